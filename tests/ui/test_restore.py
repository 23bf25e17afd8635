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
