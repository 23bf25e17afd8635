"""What the main window shows of accounts and privacy: who is logged in (title bar),
and the File menu's switch user, lock, accounts and privacy, audit log and purge. An
action the role matrix refuses to this account is not shown (the services refuse it
anyway: the screens only hide what they would refuse)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from fupin_desktop.services.accounts.roles import ACCOUNT_ROLE, Do, allows
from ui.session import session


def add_actions(window: QMainWindow, menu: QMenu) -> dict[str, QAction]:
    """Add the account actions to `menu` (before its last separator and Exit); the
    actions by name, for tests."""
    actor = session().actor
    found: dict[str, QAction] = {}

    def action(name: str, text: str, slot, shortcut: str | None = None) -> None:
        item = QAction(text, window)
        if shortcut:
            item.setShortcut(QKeySequence(shortcut))
        item.triggered.connect(slot)
        menu.addAction(item)
        found[name] = item

    action(
        "switch",
        QCoreApplication.translate("AccountsMenu", "S&witch user…"),
        lambda: _switch(window),
    )
    action("lock", QCoreApplication.translate("AccountsMenu", "&Lock now"), _lock, "Ctrl+L")
    if allows(actor, Do.MANAGE_ACCOUNTS) or allows(actor, Do.CONFIGURE):
        action(
            "accounts",
            QCoreApplication.translate("AccountsMenu", "Accounts and &privacy…"),
            lambda: _accounts(window),
        )
    if allows(actor, Do.VIEW_AUDIT):
        action(
            "audit",
            QCoreApplication.translate("AccountsMenu", "A&udit log…"),
            lambda: _audit(window),
        )
    if allows(actor, Do.PURGE):
        action(
            "purge",
            QCoreApplication.translate("AccountsMenu", "Purge personal &data…"),
            lambda: _purge(window),
        )
    menu.addSeparator()
    # Who is logged in stands in the title bar, on every screen of the shared PC.
    who = QCoreApplication.translate("AccountsMenu", "Logged in: {name} ({role})").format(
        name=actor.name, role=ACCOUNT_ROLE.label(actor.role)
    )
    window.setWindowTitle(f"{window.windowTitle()} — {who}")
    return found


def _switch(window: QMainWindow) -> None:
    from ui.accounts.lock import guard

    if guard() is not None:
        guard().switch_user()  # type: ignore[union-attr]


def _lock() -> None:
    from ui.accounts.lock import guard

    if guard() is not None:
        guard().lock()  # type: ignore[union-attr]


def _accounts(window: QMainWindow) -> None:
    from ui.accounts.manage import AccountsDialog

    dialog = AccountsDialog(window)
    dialog.exec()
    dialog.deleteLater()


def _audit(window: QMainWindow) -> None:
    from ui.accounts.audit_view import AuditDialog

    dialog = AuditDialog(window)
    dialog.exec()
    dialog.deleteLater()


def _purge(window: QMainWindow) -> None:
    from ui.accounts.purge import PurgeDialog

    dialog = PurgeDialog(window)
    dialog.exec()
    dialog.deleteLater()
