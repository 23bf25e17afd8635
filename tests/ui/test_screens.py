"""Every window and dialog fits a 1366×768 screen above a 40 px taskbar (height ≤ 690 px
with the title bar), keeps OK / Cancel out of any scroll area, and clips no label, button
or column header at its default size. The walk (tests/ui/screens.py) opens them the way a
user does: the main window's menu actions, each page and tab, each button, and the
buttons of the dialogs those open."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from fupin_desktop.demo import generate as demo
from tests import builders as make
from tests.builders import PRINCIPAL, TEACHER, TOWNSHIP_ADMIN
from tests.ui.screens import (
    MAX_HEIGHT,
    SCREEN_WIDTH,
    TITLE_BAR,
    Walk,
    english_words,
    screenshot_folder,
)


def walk_main_window(walk: Walk) -> None:
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(SCREEN_WIDTH, MAX_HEIGHT - TITLE_BAR)
    window.show()
    QApplication.processEvents()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        name = f"page «{window.nav.item(row).text()}»"
        walk.measure_window(window, name)
        walk.walk_buttons(window.pages.currentWidget(), name)
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menuRole() == action.MenuRole.QuitRole:
                continue
            if "&x" in action.text().lower() or "退出" in action.text():
                continue
            action.trigger()
            QApplication.processEvents()
            walk.close_new_windows(f"menu «{action.text()}»")
    window.hide()
    window.deleteLater()


def walk_the_program(walk: Walk, monkeypatch) -> None:
    """The walk installed, then through the main window's pages and menus."""
    walk.install(monkeypatch)
    # The automatic backup two seconds after start changes the status bar's text while
    # the walk measures a page (its layout not yet redone): not what is measured here.
    monkeypatch.setattr("ui.main_window.MainWindow._maybe_auto_backup", lambda self: None)
    walk_main_window(walk)


def assert_no_findings(walk: Walk) -> None:
    if os.environ.get("WALK_MESSAGES"):  # what the message boxes said, to read
        print("\n".join(walk.messages))
    problems = sorted({f"{f.where}: {f.problem}" for f in walk.findings})
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("role", "person"),
    [("school", PRINCIPAL), ("school", TEACHER), ("township", TOWNSHIP_ADMIN)],
    ids=["principal", "teacher", "township"],
)
def test_every_dialog_fits_the_screen(role, person, fresh_session, monkeypatch, request) -> None:
    """…and shows no English in the Chinese UI, and no error that is not the program's
    own refusal, for a principal and a teacher at a school and the township's clerk."""
    if role == "school":
        request.getfixturevalue("school_db")
    demo.generate(PRINCIPAL, students=80, seed=3)
    fresh_session.refresh()
    teacher_id = None
    if person is TEACHER:  # a teacher's account is one of the school's teachers
        from fupin_desktop.services.care.teachers import teacher_choices

        teacher_id = teacher_choices()[0][0]
    fresh_session.actor = make.account(person, teacher_id)
    walk = Walk(shots=screenshot_folder())
    walk_the_program(walk, monkeypatch)
    assert len(walk.measured) >= 15, walk.measured
    assert_no_findings(walk)


def test_the_first_run_wizard_fits(fresh_session, monkeypatch) -> None:
    from ui.wizard import FirstRunWizard

    walk = Walk(shots=screenshot_folder())
    walk.install(monkeypatch)
    wizard = FirstRunWizard()
    wizard.show()
    QApplication.processEvents()
    walk.measure_window(wizard, "FirstRunWizard")
    wizard.next()
    QApplication.processEvents()
    walk.measure_window(wizard, "FirstRunWizard / 2")
    assert not walk.findings, walk.findings


@pytest.mark.parametrize("person", [PRINCIPAL, TOWNSHIP_ADMIN], ids=["school", "township"])
def test_ok_on_every_dialog_as_it_opens(
    person, fresh_session, monkeypatch, tmp_path, request
) -> None:
    """A newcomer presses OK at once, on every dialog: each refuses in Chinese words or
    does its work; none fails with an error that is not the program's own refusal, and
    none offers what the services then refuse (the walk's PermissionDenied check)."""
    # What is written (a printed form in the documents folder) stays in the test's folder.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr("ui.printing.dialog.default_folder", lambda: tmp_path)
    if person is PRINCIPAL:
        request.getfixturevalue("school_db")
    demo.generate(PRINCIPAL, students=30, seed=5)
    fresh_session.refresh()
    fresh_session.actor = make.account(person)
    walk = Walk(press_ok=True, max_depth=1)
    walk_the_program(walk, monkeypatch)
    assert_no_findings(walk)


@pytest.mark.parametrize("junk", ["workbook", "text"])
def test_a_file_of_another_program_is_refused_in_words(
    junk, school_db, fresh_session, monkeypatch, tmp_path
) -> None:
    """Every picker of a file to open gets one from another program (a workbook of
    something else, or a text file named .xlsx) and its OK pressed: each refuses in
    Chinese words, none fails with an error that is not the program's own."""
    from openpyxl import Workbook

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr("ui.printing.dialog.default_folder", lambda: tmp_path)
    other = tmp_path / "进货单.xlsx"
    if junk == "workbook":
        book = Workbook()
        book.active.append(["品名", "数量", "单价"])
        book.active.append(["粉笔", 3, 1.5])
        book.save(other)
    else:
        other.write_text("进货单\n粉笔,3,1.5\n", encoding="utf-8")
    demo.generate(PRINCIPAL, students=20, seed=7)
    fresh_session.refresh()
    fresh_session.actor = make.account(PRINCIPAL)
    walk = Walk(press_ok=True, max_depth=1, open_file=other)
    walk_the_program(walk, monkeypatch)
    assert_no_findings(walk)


def test_the_dialogs_before_the_main_window_fit_and_refuse_in_words(
    school_db, fresh_session, monkeypatch
) -> None:
    """The login, the first account, its recovery code, the recovery and the lock: each
    fits, clips nothing, is in Chinese, and OK pressed with nothing typed refuses in
    words (no stray error)."""
    from fupin_desktop.db.models import Account
    from ui.accounts import lock, login

    principal = make.account(PRINCIPAL)
    fresh_session.actor = principal
    walk = Walk(shots=screenshot_folder())
    walk.install(monkeypatch)

    def first_account() -> login.FirstAccountDialog:
        Account.delete().execute()  # a ledger without accounts
        return login.FirstAccountDialog()

    dialogs = [
        login.LoginDialog,
        lambda: login.RecoverDialog(PRINCIPAL.name),
        lambda: login.RecoveryCodeDialog(PRINCIPAL.name, "ABCD-EFGH-JKLM-NPQR-STUV"),
        lambda: lock.LockDialog(principal),
        first_account,
    ]
    for make_dialog in dialogs:
        dialog = make_dialog()
        name = f"{type(dialog).__name__} «{dialog.windowTitle()}»"
        dialog.show()
        QApplication.processEvents()
        walk.measure_window(dialog, name)
        if walk.shots is not None:
            dialog.grab().save(str(walk.shots / f"{type(dialog).__name__}.png"))
        walk.press_accept(dialog, name)
        message = getattr(dialog, "message", None)
        if message is not None:  # the refusal, said under the PIN
            assert message.text() and not english_words(message.text()), message.text()
        dialog.hide()
        dialog.deleteLater()
    # A wrong (empty) PIN is refused: that is the login's answer, said under the PIN.
    wrong_pin = "The name or the PIN is not right."
    problems = sorted({f"{f.where}: {f.problem}" for f in walk.findings if f.problem != wrong_pin})
    assert not problems, "\n".join(problems)
