"""The screens of people and privacy (issue 15): login with its back-off, the first
account and its recovery code, the lock, switching user, reveal with a reason, the audit
viewer, purge and the accounts dialog; each fits the small screen (SCREENSHOTS=folder
saves a PNG of each)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from fupin_desktop.db.models import Account, AuditLog, Student
from fupin_desktop.schema.format import mask_id_number
from fupin_desktop.services.accounts import accounts
from tests import builders as make
from tests.builders import AID_OFFICER, HEAD_TEACHER, PRINCIPAL
from ui.screen import MAX_HEIGHT, MAX_WIDTH


def grab(widget: QWidget, name: str) -> None:
    """Check the default size fits 1366x768 over a taskbar; save a PNG if asked."""
    widget.show()
    assert widget.width() <= MAX_WIDTH and widget.height() <= MAX_HEIGHT, name
    folder = os.environ.get("SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def people(ui_session):
    """The principal (in the builders' ledger already) and an aid officer."""
    officer = make.account(AID_OFFICER)
    principal = make.account(PRINCIPAL)
    ui_session.actor = principal
    return {"principal": principal, "officer": officer}


def test_login_refuses_a_wrong_pin_then_waits(qtbot, people) -> None:
    from ui.accounts.login import LoginDialog

    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.names.setCurrentIndex(dialog.names.findData("王校长"))
    for _ in range(3):
        dialog.pin.setText("135792")
        dialog.try_login()
    assert dialog.actor is None
    assert dialog.message.isVisibleTo(dialog) and "30" in dialog.message.text()
    assert not dialog.login_button.isEnabled()  # the back-off: wait before the next try
    grab(dialog, "login")
    dialog._seconds = 0
    dialog._tick()
    Account.update(locked_until=None).execute()
    dialog.pin.setText(make.LOGIN_PIN)
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.name == "王校长"
    assert dialog.actor.account_id == people["principal"].account_id
    assert AuditLog.select().where(AuditLog.action == "login_failed").count() == 3


def test_first_account_shows_its_recovery_code_once(qtbot, ui_session, monkeypatch) -> None:
    from ui.accounts import login

    Account.delete().execute()
    shown: list[str] = []

    def written_down(dialog: login.RecoveryCodeDialog) -> int:
        assert not dialog.ok.isEnabled()  # OK only once it is written down
        dialog.written.setChecked(True)
        grab(dialog, "recovery-code")
        shown.append(dialog.code.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(login.RecoveryCodeDialog, "exec", written_down)
    dialog = login.FirstAccountDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("刘校长")
    dialog.pin.setText("202611")
    dialog.again.setText("202612")
    dialog.create()
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    assert not accounts.has_accounts()
    dialog.again.setText("202611")
    grab(dialog, "first-account")
    dialog.create()
    assert dialog.actor is not None and dialog.actor.role == "principal"
    assert len(shown) == 1 and len(shown[0]) == 24
    assert accounts.recover("刘校长", shown[0], "202613").value != shown[0]


def test_lock_hides_every_window_until_the_pin(qtbot, people, monkeypatch) -> None:
    from ui.accounts import lock

    made: list[QMainWindow] = []

    def window() -> QMainWindow:
        made.append(QMainWindow())
        return made[-1]

    guard = lock.Guard(window)
    lock.set_guard(guard)  # stopped after the test even if it fails (tests/ui/conftest.py)
    guard.start(people["principal"])
    qtbot.addWidget(made[0])
    seen: dict[str, bool] = {}

    def unlock(dialog: lock.LockDialog) -> int:
        seen["hidden"] = not made[0].isVisible()
        grab(dialog, "lock")
        dialog.pin.setText("135792")
        dialog.unlock()
        seen["refused"] = dialog.message.isVisibleTo(dialog)
        dialog.pin.setText(make.LOGIN_PIN)
        dialog.unlock()
        return dialog.result()

    monkeypatch.setattr(lock.LockDialog, "exec", unlock)
    guard.lock()
    assert seen == {"hidden": True, "refused": True}
    assert made[0].isVisible() and not guard.locked
    assert AuditLog.select().where(AuditLog.action == "lock").count() == 1
    assert guard.timer.isActive() and guard.timer.interval() == 10 * 60_000
    guard.stop()
    assert not guard.timer.isActive()


def test_switch_user_builds_the_window_for_the_new_account(qtbot, people, monkeypatch) -> None:
    from ui.accounts import lock
    from ui.accounts.login import LoginDialog
    from ui.main_window import MainWindow
    from ui.session import session

    guard = lock.Guard(MainWindow)
    lock.set_guard(guard)
    try:
        first = guard.start(people["principal"])  # the guard closes and deletes it
        assert "audit" in first.account_actions

        def as_officer(dialog: LoginDialog) -> int:
            grab(dialog, "switch-user")
            dialog.names.setCurrentIndex(dialog.names.findData("赵会计"))
            dialog.pin.setText(make.LOGIN_PIN)
            dialog.try_login()
            return dialog.result()

        monkeypatch.setattr(LoginDialog, "exec", as_officer)
        assert guard.switch_user() is not None
        assert session().actor.name == "赵会计"
        assert guard.window is not None and guard.window.windowTitle() != ""
        assert "赵会计" in guard.window.windowTitle()
        qtbot.addWidget(guard.window)
        assert "audit" not in guard.window.account_actions  # not the aid officer's
        assert "switch" in guard.window.account_actions
        actions = [r.action for r in AuditLog.select().order_by(AuditLog.id)]
        assert "logout" in actions and actions.count("login") == 1
    finally:
        lock.set_guard(None)
        guard.stop()


def test_the_file_shows_ids_masked_and_reveals_with_a_reason(qtbot, people, monkeypatch) -> None:
    from ui.accounts import reveal
    from ui.students.form import StudentFormDialog

    number = make.id_number("20150312")
    student = make.student(_school(), "张小红", id_number=number)
    dialog = StudentFormDialog(student)
    qtbot.addWidget(dialog)
    editor = dialog.editor("id_number")
    assert editor.value() == mask_id_number(number)
    assert not editor.error() and not dialog.is_dirty()
    assert len(dialog.privacy_buttons) == 2  # show full ID, erase

    def with_reason(shown: reveal.RevealDialog) -> int:
        shown.show_number()
        assert shown.number is None and shown.message.text()  # no reason: refused
        shown.reason.setCurrentText("办理银行卡或一卡通")
        shown.show_number()
        grab(shown, "reveal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(reveal.RevealDialog, "exec", with_reason)
    dialog.privacy_buttons[0].click()
    assert editor.value() == number and not dialog.is_dirty()
    row = AuditLog.get(AuditLog.action == "reveal")
    assert (row.record_id, row.reason, row.actor) == (student, "办理银行卡或一卡通", "王校长")
    dialog.save()
    assert Student.get_by_id(student).id_number == number


def test_a_head_teacher_sees_no_reveal_nor_delete(qtbot, people) -> None:
    from ui.session import session
    from ui.students.form import StudentFormDialog

    school = _school()
    teacher = make.teacher(school, "陈老师", head_grade=3, head_class="1班")
    student = make.student(school, "王小明", grade=3, class_name="1班")
    session().actor = make.account(HEAD_TEACHER, teacher_id=teacher)
    dialog = StudentFormDialog(student)
    qtbot.addWidget(dialog)
    assert dialog.privacy_buttons == []
    assert not dialog.delete_button.isVisibleTo(dialog)


def test_the_audit_viewer_says_whether_the_chain_holds(qtbot, people) -> None:
    from ui.accounts.audit_view import AuditDialog

    make.student(_school(), "张小红")
    dialog = AuditDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= 2
    assert "intact" in dialog.chain.text() or "完好" in dialog.chain.text()
    grab(dialog, "audit-viewer")
    AuditLog.update(details="changed").where(AuditLog.id == 1).execute()
    broken = AuditDialog()
    qtbot.addWidget(broken)
    assert "1" in broken.chain.text() and broken.chain.text() != dialog.chain.text()


def test_purge_counts_and_runs(qtbot, people, monkeypatch) -> None:
    from ui.accounts.purge import PurgeDialog

    student = make.student(_school(), "张小红")
    from fupin_desktop.services.students import files

    files.tombstone(people["principal"], student)
    dialog = PurgeDialog()
    qtbot.addWidget(dialog)
    # No peer enrolled: no one else holds the record, so its tombstone is purgeable.
    assert dialog.records.text() == "1" and dialog.purge_button.isEnabled()
    grab(dialog, "purge")
    dialog.purge()
    assert Student.get_by_id(student).name == ""
    assert dialog.records.text() == "0"


def test_the_accounts_dialog_adds_an_account(qtbot, people, monkeypatch) -> None:
    from ui.accounts import manage

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    dialog = manage.AccountsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    grab(dialog, "accounts")
    new = manage.AccountDialog(None, dialog)
    new.name.setText("孙老师")
    new.role.setCurrentIndex(new.role.findData("aid_officer"))
    new.pin.setText("975310")
    new.again.setText("975310")
    new.save()
    dialog.reload()
    assert dialog.table.rowCount() == 3
    assert accounts.login("孙老师", "975310").role == "aid_officer"


def _school() -> str:
    from ui.session import session

    info = session().info
    assert info is not None and info.school_id
    return info.school_id


def test_the_login_at_start_leaves_no_pin_behind(qtbot, people, monkeypatch) -> None:
    """The login dialog is a child of the main window at start; once it has let the
    person in it is destroyed, its PIN cleared first, so no PIN stays in the window."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLineEdit

    from ui.accounts.login import LoginDialog, log_in_at_start

    def typed(dialog: LoginDialog) -> int:
        dialog.names.setCurrentIndex(dialog.names.findData("王校长"))
        dialog.pin.setText(make.LOGIN_PIN)
        dialog.actor = accounts.login("王校长", make.LOGIN_PIN)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", typed)
    window = QMainWindow()
    qtbot.addWidget(window)
    actor = log_in_at_start(None, None, window)
    assert actor is not None and actor.name == "王校长"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(LoginDialog) == []
    assert all(make.LOGIN_PIN not in f.text() for f in window.findChildren(QLineEdit))
