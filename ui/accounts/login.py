"""Who is at the PC (docs/architecture.md, "People and privacy"): the login dialog, the
first account of a ledger with its recovery code, and a forgotten principal's PIN set
again with that code. Each writes the audit log through the accounts service, on the
one worker (ui/operations.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
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

from fupin_desktop.errors import FupinError
from fupin_desktop.services.accounts import accounts
from fupin_desktop.services.accounts.pins import MAX_LENGTH
from fupin_desktop.services.context import Actor, Changes, Result
from ui.errors import describe
from ui.operations import op
from ui.screen import fit

ERROR_STYLE = "color: #b00020;"
LAST_NAME_KEY = "accounts/last_name"


def pin_field(parent: QWidget, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    field.setPlaceholderText(placeholder)
    return field


def message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, error: BaseException) -> None:
    label.setText(describe(error)[0])
    label.show()


class LoginDialog(QDialog):
    """A name from the list and a PIN. A refusal is said under the PIN; after wrong PINs
    the button waits as long as the service says (the back-off)."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Log in"))
        self.actor: Actor | None = None
        self.names = QComboBox(self)
        for name, role in accounts.login_names():
            self.names.addItem(self.tr("{name} ({role})").format(name=name, role=role), name)
        last = QSettings().value(LAST_NAME_KEY)
        if isinstance(last, str) and self.names.findData(last) >= 0:
            self.names.setCurrentIndex(self.names.findData(last))
        self.pin = pin_field(self, self.tr("PIN"))
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.names)
        form.addRow(self.tr("PIN"), self.pin)
        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.forgot = QPushButton(self.tr("Forgot the PIN…"), self)
        self.forgot.setAutoDefault(False)
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self.recover)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The ledger holds children's personal data: log in to use it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self._wait = QTimer(self, interval=1000)
        self._wait.timeout.connect(self._tick)
        self._seconds = 0
        fit(self, 420, 260)
        self.pin.setFocus()

    def try_login(self) -> None:
        name, pin = self.names.currentData(), self.pin.text()
        if not name or self._seconds > 0:
            return

        def call() -> Result[Actor]:
            return Result(accounts.login(name, pin), Changes())

        op(self, call).success(self._logged_in).failure(self._refused).run_in_background()

    def _logged_in(self, actor: Actor) -> None:
        QSettings().setValue(LAST_NAME_KEY, actor.name)
        self.actor = actor
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.pin.clear()
        show_message(self.message, error)
        wait = getattr(error, "wait", 0)
        if wait:
            self._seconds = int(wait)
            self.login_button.setEnabled(False)
            self._wait.start()
        self.pin.setFocus()

    def _tick(self) -> None:
        self._seconds -= 1
        if self._seconds <= 0:
            self._wait.stop()
            self.login_button.setEnabled(True)
            self.message.hide()

    def recover(self) -> None:
        dialog = RecoverDialog(self.names.currentData() or "", self)
        dialog.exec()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: OK only after the person says it is written down."""

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        text = QLabel(
            self.tr(
                "The recovery code of {name}. Write it on paper and keep it in the school's "
                "safe: it sets a new PIN when the PIN is forgotten. It is shown only now."
            ).format(name=name),
            self,
        )
        text.setWordWrap(True)
        self.code = QLabel(code, self)
        font = self.code.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(self.tr("I have written the recovery code down"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addWidget(buttons)
        fit(self, 460, 240)

    def reject(self) -> None:
        if self.written.isChecked():
            super().reject()


class FirstAccountDialog(QDialog):
    """A ledger without accounts: its principal (the township's administrator) chooses a
    name and a PIN, then writes the recovery code down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The first account"))
        self.actor: Actor | None = None
        role = accounts.ACCOUNT_ROLE.label(accounts.first_role())
        intro = QLabel(
            self.tr(
                "The ledger holds children's personal data: each person logs in with a "
                "name and a PIN. First the {role}'s account; the {role} then makes the "
                "others."
            ).format(role=role),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(40)
        self.pin = pin_field(self, self.tr("at least 6 characters"))
        self.again = pin_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 460, 300)

    def create(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.message.show()
            return
        name, pin = self.name.text(), self.pin.text()
        op(self, lambda: accounts.create_first(name, pin)).success(self._made).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()

    def _made(self, made: accounts.FirstAccount) -> None:
        RecoveryCodeDialog(made.actor.name, made.recovery_code, self).exec()
        QSettings().setValue(LAST_NAME_KEY, made.actor.name)
        self.actor = made.actor
        self.accept()


class RecoverDialog(QDialog):
    """The principal forgot the PIN: the recovery code from the safe sets a new one, and
    a new recovery code replaces the one used."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a forgotten PIN"))
        self.name = QLineEdit(name, self)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV")
        self.pin = pin_field(self)
        self.again = pin_field(self)
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("New PIN again"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 460, 260)

    def recover(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs differ."))
            self.message.show()
            return
        name, code, pin = self.name.text(), self.code.text(), self.pin.text()
        op(self, lambda: accounts.recover(name, code, pin)).success(self._done).failure(
            lambda error: show_message(self.message, error)
        ).run_in_background()

    def _done(self, fresh: str) -> None:
        RecoveryCodeDialog(self.name.text(), fresh, self).exec()
        self.accept()


def unattended(user: str, pin_file: str) -> Actor:
    """The login of `--user` with `--pin-file` (a file its owner alone may read), for a
    PC that starts the program by itself. FupinError in words when refused."""
    from pathlib import Path

    from fupin_desktop.fileio import is_private
    from fupin_desktop.i18n import N_

    path = Path(pin_file)
    try:
        if not is_private(path):
            raise FupinError(N_("The PIN file {path} may be read by others."), path=path)
        pin = path.read_text(encoding="utf-8").strip().splitlines()[0]
    except (OSError, IndexError) as exc:
        raise FupinError(N_("The PIN file {path} cannot be read."), path=path) from exc
    return accounts.login(user, pin)


def log_in_at_start(
    user: str | None, pin_file: str | None, parent: QWidget | None = None
) -> Actor | None:
    """Who uses the program from now on: the first account of a new ledger, the login
    of --user with --pin-file (unattended; a refusal is shown, then the dialog), or the
    login dialog. None when the person closed the dialog."""
    from ui.errors import show_error

    if not accounts.has_accounts():
        return run_login(FirstAccountDialog(parent))
    if user and pin_file:
        try:
            return unattended(user, pin_file)
        except FupinError as exc:
            show_error(parent, exc)
    return run_login(LoginDialog(parent))


def run_login(dialog: FirstAccountDialog | LoginDialog) -> Actor | None:
    """Who the dialog let in; the dialog, with the PIN typed into it, is destroyed (a
    child of the main window would otherwise keep it for the whole session)."""
    dialog.exec()
    actor = dialog.actor
    for field in dialog.findChildren(QLineEdit):
        field.clear()
    dialog.deleteLater()
    return actor
