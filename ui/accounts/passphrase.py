"""The backup passphrase, asked before a backup to a folder (a USB stick) and before a
restore from one; set by the principal the first time (docs/architecture.md, "People
and privacy": the recovery route is the sheet in the school's safe)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.accounts import backup_key
from fupin_desktop.services.accounts.roles import Do, allows
from ui.accounts.login import message_label, pin_field, show_message
from ui.operations import op
from ui.screen import fit
from ui.session import session


class PassphraseDialog(QDialog):
    """One field (asking), or two (setting a new passphrase, which is saved here)."""

    def __init__(self, parent: QWidget | None = None, *, new: bool = False, text: str = "") -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(
            self.tr("Set the backup passphrase") if new else self.tr("Backup passphrase")
        )
        intro = QLabel(text or self._intro(), self)
        intro.setWordWrap(True)
        self.phrase = pin_field(self)
        self.phrase.setMaxLength(200)
        self.again = pin_field(self)
        self.again.setMaxLength(200)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.phrase)
        if new:
            form.addRow(self.tr("Again"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 460, 260 if new else 200)

    def _intro(self) -> str:
        if self.new:
            return self.tr(
                "A backup on a USB stick is encrypted with this passphrase: whoever finds "
                "the stick cannot read it. Write the passphrase on the recovery sheet in "
                "the school's safe; without it no one can open those backups."
            )
        return self.tr("The backup passphrase (on the recovery sheet in the school's safe).")

    def value(self) -> str:
        return self.phrase.text()

    def _ok(self) -> None:
        if not self.new:
            self.accept()
            return
        if self.phrase.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases differ."))
            self.message.show()
            return
        actor, phrase = session().actor, self.phrase.text()
        op(self, lambda: backup_key.set_passphrase(actor, phrase)).success(
            lambda _: self.accept()
        ).failure(lambda error: show_message(self.message, error)).run_in_background()


def for_backup(parent: QWidget | None) -> str | None:
    """The passphrase for a backup to a folder: asked, or set first by the principal.
    None when the person cancelled or may not set it."""
    if not backup_key.is_set():
        if not allows(session().actor, Do.CONFIGURE):
            QMessageBox.information(
                parent,
                QCoreApplication.translate("PassphraseDialog", "Backup passphrase"),
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "No backup passphrase is set yet: the principal sets it at the first "
                    "backup to a folder.",
                ),
            )
            return None
        dialog = PassphraseDialog(parent, new=True)
    else:
        dialog = PassphraseDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


def for_restore(parent: QWidget | None) -> str | None:
    dialog = PassphraseDialog(parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
