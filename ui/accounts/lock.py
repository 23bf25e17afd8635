"""The window locks after N idle minutes (the setting accounts.lock_minutes), and at the
person's word; switching user logs out and in again (docs/architecture.md, "People and
privacy").

`Guard` owns the session's life: it watches the keyboard and mouse of the whole program,
hides every window while locked (so no child's data stays on the screen of a shared
office PC), shows the lock dialog, and on a switch of user builds the main window anew,
so every page and menu is made for the new account's rights.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.accounts import accounts
from fupin_desktop.services.context import Actor, Changes, Result
from ui.accounts.login import LoginDialog, message_label, pin_field, run_login, show_message
from ui.operations import op
from ui.screen import fit
from ui.session import session

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class LockDialog(QDialog):
    """Locked: the same person's PIN unlocks; another person switches user."""

    SWITCH = 2

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Locked"))
        self.actor = actor
        text = QLabel(
            self.tr(
                "The ledger is locked: no one's data is shown. {name}, enter your PIN to go on."
            ).format(name=actor.name),
            self,
        )
        text.setWordWrap(True)
        self.pin = pin_field(self, self.tr("PIN"))
        self.message = message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.switch_button = buttons.addButton(
            self.tr("Switch user…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        self.switch_button.clicked.connect(lambda: self.done(self.SWITCH))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit(self, 420, 220)
        self.pin.setFocus()

    def unlock(self) -> None:
        actor, pin = self.actor, self.pin.text()

        def call() -> Result[Actor]:
            return Result(accounts.unlock(actor, pin), Changes())

        op(self, call).success(lambda _: self.accept()).failure(self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        self.pin.clear()
        show_message(self.message, error)


class Guard(QObject):
    """The idle timer, the lock and the switch of user for one running program."""

    def __init__(self, make_window: Callable[[], QMainWindow]) -> None:
        super().__init__()
        self.make_window = make_window
        self.window: QMainWindow | None = None
        self.locked = False
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.minutes = accounts.lock_minutes()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart_timer()

    def start(self, actor: Actor, frame: QMainWindow | None = None) -> QMainWindow:
        """The window for `actor`: a new one, or the frame the program started with,
        built now for them (`attach`)."""
        session().actor = actor
        if frame is not None:
            frame.attach()  # type: ignore[attr-defined]
            self.window = frame
        else:
            self.window = self.make_window()
        self.window.show()
        return self.window

    def stop(self) -> None:
        """No more locking: the timer stopped and the input no longer watched (the program
        quits, or a test is done with this guard — a timer left running would lock a later
        test's windows minutes after)."""
        self.timer.stop()
        self.minutes = 0
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def restart_timer(self) -> None:
        if self.minutes > 0 and not self.locked:
            self.timer.start(self.minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked:
            self.restart_timer()
        return False

    # -- locking -------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or self.window is None:
            return
        self.locked = True
        self.timer.stop()
        actor = session().actor
        op(None, lambda: _recorded(accounts.lock, actor, self.minutes)).run_in_background()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        dialog = LockDialog(actor)  # no parent: every window is hidden meanwhile
        answer = dialog.exec()
        self.locked = False
        if answer == QDialog.DialogCode.Accepted:
            self._show_again()
        elif answer == LockDialog.SWITCH:
            self._show_again()
            self.switch_user()
        else:
            self._show_again()
            self.window.close()
        self.restart_timer()

    def _show_again(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []

    # -- another person ---------------------------------------------------------------------
    def switch_user(self) -> Actor | None:
        """Log the present person out and another in; the main window is made anew for
        the new account (its pages and menus follow the new rights)."""
        old = session().actor
        actor = run_login(LoginDialog(self.window, title=self.tr("Switch user")))
        if actor is None:
            return None
        op(None, lambda: _recorded(accounts.logout, old, "switch")).run_in_background()
        previous = self.window
        self.start(actor)
        if previous is not None:
            previous.switching = True  # type: ignore[attr-defined]
            previous.close()
            previous.deleteLater()
        return actor


def _recorded(call: Callable[..., None], *args: object) -> Result[None]:
    call(*args)
    return Result(None, Changes(tables={"audit_log"}))


_guard: Guard | None = None


def guard() -> Guard | None:
    """The running program's guard (None in tests that build a window without one)."""
    return _guard


def set_guard(value: Guard | None) -> None:
    global _guard
    _guard = value
