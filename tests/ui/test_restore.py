"""Restoring a backup from the running program: every connection is closed first, the
restored file is what the program sees afterwards, the current one is kept aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from fupin_desktop.db import backup
from fupin_desktop.db.connection import open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.students import listing


def student_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM student WHERE deleted = 0").fetchone()[0]
    finally:
        con.close()


def test_restore_from_the_menu_replaces_the_ledger(qtbot, ui_session, monkeypatch) -> None:
    import ui.ledger_window as ledger_window
    import ui.main_window as main_window
    from ui import tasks

    path = ui_session.db_path
    saved = backup.backup_to_folder(path, path.parent / "usb")
    demo.generate(SYSTEM, students=30, seed=4)
    assert student_count(path) == 30

    # The worker thread holds a connection of its own, as it does after any background task.
    runner = tasks.TaskRunner()
    tasks.set_runner(runner)
    runner._pool.submit(lambda: listing.count(SYSTEM, listing.StudentQuery())).result()

    restarted: list[bool] = []
    monkeypatch.setattr(ledger_window, "restart_program", lambda: restarted.append(True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.restore_backup()

    assert restarted == [True]
    assert told
    # No thread is left holding the file that was moved aside.
    from fupin_desktop.db.base import database

    assert database.is_closed()
    assert runner._pool.submit(database.is_closed).result()
    assert student_count(path) == 0
    (aside,) = path.parent.glob(f"{path.name}.before-restore-*")
    assert student_count(aside) == 30
    # What the program sees when it starts again is the restored ledger.
    open_database(path)
    assert listing.count(SYSTEM, listing.StudentQuery()) == 0
    runner.shutdown()


def test_a_damaged_backup_changes_nothing(qtbot, ui_session, monkeypatch, tmp_path) -> None:
    import ui.ledger_window as ledger_window
    import ui.main_window as main_window

    path = ui_session.db_path
    demo.generate(SYSTEM, students=10, seed=4)
    bad = tmp_path / "bad.fupinbak"
    bad.write_bytes(path.read_bytes()[:2000])
    restarted: list[bool] = []
    errors: list[BaseException] = []
    monkeypatch.setattr(ledger_window, "restart_program", lambda: restarted.append(True))
    monkeypatch.setattr(ledger_window, "show_error", lambda _parent, exc: errors.append(exc))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    window = main_window.MainWindow()
    qtbot.addWidget(window)
    window.restore_backup()

    assert not restarted and errors
    assert listing.count(SYSTEM, listing.StudentQuery()) == 10
    assert not list(path.parent.glob(f"{path.name}.before-restore-*"))


def test_a_file_that_is_no_backup_is_refused_before_the_question(
    qtbot, ui_session, monkeypatch, tmp_path
) -> None:
    """A spreadsheet picked by mistake is refused at once in words: the person is never
    asked whether to replace the ledger with it."""
    import ui.ledger_window as ledger_window
    import ui.main_window as main_window
    from fupin_desktop.services import ledger

    sheet = tmp_path / "花名册.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 400)
    other = tmp_path / "other.fupinbak"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    asked: list[str] = []
    errors: list[BaseException] = []
    monkeypatch.setattr(ledger_window, "show_error", lambda _parent, exc: errors.append(exc))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    for picked in (sheet, other):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=picked, **k: (str(p), ""))
        window.restore_backup()
    assert not asked and len(errors) == 2
    assert all("不是本程序的台账备份" in e.message for e in errors), errors
    good = backup.automatic_backup(ui_session.db_path, reason="t")
    ledger.check_looks_like_backup(good)  # a real one, compressed, passes


def test_a_backup_to_a_folder_that_is_not_there_is_refused_in_words(
    ui_session, monkeypatch, tmp_path
) -> None:
    """The folder chosen is gone (a USB stick pulled out) or is a file: the backup says
    so in Chinese; it was 'an unexpected error' (a FileNotFoundError). Nothing written."""
    from fupin_desktop.services.accounts import backup_key
    from tests import builders as make
    from tests.builders import PRINCIPAL
    from tests.ui.screens import Walk
    from ui.main_window import MainWindow

    ui_session.actor = make.account(PRINCIPAL)
    phrase = "长城长城长城123abcXYZ"
    backup_key.set_passphrase(ui_session.actor, phrase)
    walk = Walk()
    walk.install(monkeypatch)
    monkeypatch.setattr(MainWindow, "_maybe_auto_backup", lambda self: None)
    monkeypatch.setattr("ui.accounts.passphrase.for_backup", lambda parent: phrase)
    window = MainWindow()
    stick = tmp_path / "U盘"
    stick.mkdir()
    not_a_folder = stick / "花名册.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    gone = Path("/proc/no-such-usb-stick")
    for folder in (gone, not_a_folder):
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *a, f=folder, **k: str(f))
        )
        walk.messages.clear()
        window.backup_to_folder()
        assert len(walk.messages) == 1 and "无法写入" in walk.messages[0], walk.messages
    assert not walk.findings, walk.findings
    assert [p.name for p in stick.iterdir()] == ["花名册.txt"]
    window.deleteLater()
