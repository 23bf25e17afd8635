"""Accounts and privacy, the principal's dialog (docs/architecture.md, "People and
privacy"): the accounts (add, change, reset a PIN, disable), the idle minutes before the
window locks, the backup passphrase, and the county's retention (changed at the township
only). Every change goes through ui/operations.py to the services, which decide."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.i18n import tr
from fupin_desktop.schema.format import local_time
from fupin_desktop.services.accounts import accounts, backup_key, retention
from fupin_desktop.services.accounts.roles import ACCOUNT_ROLE, Do, allows
from fupin_desktop.services.care.teachers import teacher_choices
from ui.accounts.login import message_label, pin_field, show_message
from ui.accounts.passphrase import PassphraseDialog
from ui.operations import op
from ui.screen import fit
from ui.session import session


class AccountDialog(QDialog):
    """A new account (name, role, teacher, PIN) or a change of one (no PIN here)."""

    def __init__(self, row: accounts.AccountRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Account") if row else self.tr("New account"))
        self.name = QLineEdit(row.name if row else "", self)
        self.name.setMaxLength(40)
        self.role = QComboBox(self)
        for code in accounts.roles_here():
            self.role.addItem(ACCOUNT_ROLE.label(code), code)
        self.teacher = QComboBox(self)
        self.teacher.addItem("", None)
        for teacher_id, name in teacher_choices():
            self.teacher.addItem(name, teacher_id)
        if row is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
            self.teacher.setCurrentIndex(max(0, self.teacher.findData(row.teacher_id)))
        self.pin = pin_field(self, self.tr("at least 6 characters"))
        self.again = pin_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Teacher (for a teacher's account)"), self.teacher)
        if row is None:
            form.addRow(self.tr("PIN"), self.pin)
            form.addRow(self.tr("PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 440, 300)

    def save(self) -> None:
        if self.row is None and self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.message.show()
            return
        call = partial(
            accounts.save_account,
            session().actor,
            self.row.id if self.row else None,
            self.name.text(),
            self.role.currentData(),
            teacher_id=self.teacher.currentData(),
            pin=self.pin.text() if self.row is None else None,
        )
        op(self, call).success(lambda _: self.accept()).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()


class NewPinDialog(QDialog):
    def __init__(self, row: accounts.AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=row.name))
        self.pin = pin_field(self)
        self.again = pin_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("New PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 400, 200)

    def save(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.message.show()
            return
        call = partial(accounts.reset_pin, session().actor, self.row.id, self.pin.text())
        op(self, call).success(lambda _: self.accept()).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()


class AccountsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts and privacy"))
        self.rows: list[accounts.AccountRow] = []
        actor = session().actor
        layout = QVBoxLayout(self)
        if allows(actor, Do.MANAGE_ACCOUNTS):
            layout.addWidget(self._accounts_box(), 1)
        if allows(actor, Do.CONFIGURE):
            layout.addWidget(self._security_box())
        layout.addWidget(self._retention_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit(self, 760, 620)

    # -- accounts ----------------------------------------------------------------------
    def _accounts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts"), self)
        self.table = QTableWidget(0, 5, box)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Teacher"), self.tr("Active"),
             self.tr("Last login")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add),
            (self.tr("Change…"), self.change),
            (self.tr("New PIN…"), self.new_pin),
            (self.tr("Disable or enable"), self.toggle),
        ):
            button = QPushButton(text, box)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.account_message = message_label(box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.account_message)
        layout.addLayout(row)
        self.reload()
        return box

    def reload(self) -> None:
        self.rows = accounts.list_accounts(session().actor)
        self.table.setRowCount(len(self.rows))
        for index, account in enumerate(self.rows):
            cells = [
                account.name,
                account.role_label,
                account.teacher_name,
                self.tr("yes") if account.active else self.tr("no"),
                local_time(account.last_login_at) if account.last_login_at else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> accounts.AccountRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def add(self) -> None:
        if AccountDialog(None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def change(self) -> None:
        row = self.selected()
        if row is not None and AccountDialog(row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def new_pin(self) -> None:
        row = self.selected()
        if row is not None:
            NewPinDialog(row, self).exec()

    def toggle(self) -> None:
        row = self.selected()
        if row is None:
            return
        call = partial(accounts.set_active, session().actor, row.id, not row.active)
        op(self, call).success(lambda _: self.reload()).failure(
            lambda error: show_message(self.account_message, error)
        ).run_in_background()

    # -- security ----------------------------------------------------------------------
    def _security_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Security"), self)
        self.lock_minutes = QSpinBox(box)
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(accounts.lock_minutes())
        save_lock = QPushButton(self.tr("Save"), box)
        save_lock.setAutoDefault(False)
        save_lock.clicked.connect(self.save_lock)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_minutes)
        lock_row.addWidget(save_lock)
        lock_row.addStretch(1)
        state = self.tr("set") if backup_key.is_set() else self.tr("not set yet")
        self.phrase_state = QLabel(state, box)
        phrase = QPushButton(self.tr("Set the backup passphrase…"), box)
        phrase.setAutoDefault(False)
        phrase.clicked.connect(self.set_passphrase)
        phrase_row = QHBoxLayout()
        phrase_row.addWidget(self.phrase_state)
        phrase_row.addWidget(phrase)
        phrase_row.addStretch(1)
        self.security_message = message_label(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Lock the window after"), lock_row)
        form.addRow(self.tr("Backup passphrase"), phrase_row)
        form.addRow(self.security_message)
        return box

    def save_lock(self) -> None:
        call = partial(accounts.set_lock_minutes, session().actor, self.lock_minutes.value())
        op(self, call).failure(
            lambda error: show_message(self.security_message, error)
        ).run_in_background()

    def set_passphrase(self) -> None:
        if PassphraseDialog(self, new=True).exec() == QDialog.DialogCode.Accepted:
            self.phrase_state.setText(self.tr("set"))

    # -- retention ---------------------------------------------------------------------
    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How long data is kept (the county's rule)"), self)
        editable = allows(session().actor, Do.SET_RETENTION)
        self.retention: dict[str, QSpinBox] = {}
        form = QFormLayout(box)
        for key, number in retention.values().items():
            _, low, high = retention.RETENTION[key]
            spin = QSpinBox(box)
            spin.setRange(low, high)
            spin.setValue(number)
            spin.setEnabled(editable)
            self.retention[key] = spin
            form.addRow(tr(retention.LABELS[key]), spin)
        self.retention_message = message_label(box)
        if editable:
            save = QPushButton(self.tr("Save"), box)
            save.setAutoDefault(False)
            save.clicked.connect(self.save_retention)
            form.addRow(save)
        else:
            note = QLabel(self.tr("Set at the township; its packages bring the county's rule."))
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.retention_message)
        return box

    def save_retention(self) -> None:
        values = {key: spin.value() for key, spin in self.retention.items()}
        call = partial(retention.set_values, session().actor, values)
        op(self, call).failure(
            lambda error: show_message(self.retention_message, error)
        ).run_in_background()
