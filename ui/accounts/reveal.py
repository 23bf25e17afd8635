"""A full ID number on screen only through an audited reveal that asks why, and a
child's data erased at the family's request (docs/architecture.md, "People and
privacy"). The student file shows the two buttons to the roles the matrix lets."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.accounts import retention
from fupin_desktop.services.accounts.reveal import reveal
from fupin_desktop.services.accounts.roles import Do, allows
from ui.accounts.login import message_label, show_message
from ui.operations import op
from ui.screen import fit
from ui.session import session

if TYPE_CHECKING:
    from ui.students.form import StudentFormDialog

# Reasons people give most, offered in the list (any other may be typed).
COMMON_REASONS = (
    "核对资助系统信息",
    "办理银行卡或一卡通",
    "学籍核对",
    "家长来校核对",
)


class RevealDialog(QDialog):
    """Why the full number is needed; then the number, once the reveal is recorded."""

    def __init__(self, table: str, record_id: str, who: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Show the full ID number"))
        self.table, self.record_id = table, record_id
        self.number: str | None = None
        intro = QLabel(
            self.tr(
                "The full ID number of {who} is personal data of a child. Say why you need "
                "it: the reason, your name and the time go into the audit log."
            ).format(who=who),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItem("")
        for text in COMMON_REASONS:
            self.reason.addItem(text)
        self.reason.lineEdit().setMaxLength(200)
        self.reason.lineEdit().setPlaceholderText(self.tr("Why"))
        self.shown = QLineEdit(self)
        self.shown.setReadOnly(True)
        self.shown.hide()
        font = self.shown.font()
        font.setPointSize(font.pointSize() + 4)
        self.shown.setFont(font)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Why"), self.reason)
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(
            self.tr("Show"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.show_number)
        buttons.rejected.connect(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.shown)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 480, 250)

    def show_number(self) -> None:
        call = partial(
            reveal, session().actor, self.table, self.record_id, self.reason.currentText()
        )
        op(self, call).success(self._shown).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()

    def _shown(self, number: str) -> None:
        self.number = number
        self.message.hide()
        self.shown.setText(number)
        self.shown.show()
        self.reason.setEnabled(False)
        self.show_button.setEnabled(False)

    def _close(self) -> None:
        if self.number is not None:
            self.accept()
        else:
            self.reject()


class EraseDialog(QDialog):
    """Erase at the family's request: the reason, and the child's name typed again."""

    def __init__(self, student_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase at the family's request"))
        self.student_id, self.name = student_id, name
        intro = QLabel(
            self.tr(
                "All personal data of {name} is erased here, and in the township's copy "
                "with the next package: the file, family, guardians, visits, diary entries, "
                "calls and the left-behind profile. Aid payments keep their amounts (the "
                "school's accounts); the names typed on them are erased. This cannot be "
                "undone."
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.confirm = QLineEdit(self)
        self.confirm.setPlaceholderText(name)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Why (the family's request)"), self.reason)
        form.addRow(self.tr("Type the child's name"), self.confirm)
        buttons = QDialogButtonBox(self)
        self.erase_button = buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 520, 320)

    def erase(self) -> None:
        if self.confirm.text().strip() != self.name:
            self.message.setText(self.tr("Type the child's name as it is on the file."))
            self.message.show()
            return
        call = partial(retention.erase, session().actor, self.student_id, self.reason.text())
        op(self, call).success(lambda _: self.accept()).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()


def file_buttons(form: StudentFormDialog) -> list[QPushButton]:
    """The student file's "Show full ID…" and "Erase…" buttons, for the roles allowed."""
    actor = session().actor
    found: list[QPushButton] = []
    if form.student_id is None:
        return found
    if allows(actor, Do.REVEAL_ID):
        button = QPushButton(QCoreApplication.translate("RevealDialog", "Show full ID…"), form)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: _reveal_into(form))
        found.append(button)
    if allows(actor, Do.PURGE):
        button = QPushButton(QCoreApplication.translate("EraseDialog", "Erase…"), form)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: _erase(form))
        found.append(button)
    return found


def _reveal_into(form: StudentFormDialog) -> None:
    """The number revealed goes into the form's field (to be corrected, if it must)."""
    assert form.student_id is not None
    name = str(form.editor("name").value() or "")
    dialog = RevealDialog("student", form.student_id, name, form)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.number:
        editor = form.editor("id_number")
        editor.set_value(dialog.number)
        form._baseline["values"]["id_number"] = editor.value()
    dialog.deleteLater()


def _erase(form: StudentFormDialog) -> None:
    assert form.student_id is not None
    name = str(form.editor("name").value() or "")
    dialog = EraseDialog(form.student_id, name, form)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        form.deleted = True
        form.accept()
    dialog.deleteLater()
