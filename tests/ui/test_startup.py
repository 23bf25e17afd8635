"""Start-up: the window first, then the work. Nothing heavy is imported to show the
main window, hidden pages are not built, and the ledger check runs after the window is
up and offers the newest good backup when it finds damage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from fupin_desktop.db import backup
from fupin_desktop.db.connection import close_database
from tests import builders as make

ROOT = Path(__file__).resolve().parents[2]

SHOW_WINDOW = """
import json, sys
from pathlib import Path
from ui.app import create_app, open_ledger
from ui.main_window import MainWindow
from ui.session import Session, set_session
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM

app = create_app(["fupin"])
path = Path(sys.argv[1])
assert open_ledger(None, path)
installation.initialise(SYSTEM, installation.SetupForm(
    "school", "430123101", "柳塘镇", "4301230001", "柳塘小学", "complete_primary"))
session = Session(path)
session.refresh()
set_session(session)
window = MainWindow()
window.show()
for _ in range(5):
    app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""

HEAVY = ("openpyxl", "reportlab", "msoffcrypto", "pypinyin", "python_calamine", "pypdf")
NOT_SHOWN_FIRST = (
    "ui.students.list_page",
    "ui.aid.page",
    "ui.care.page",
    "ui.sync.conflicts_page",
    "ui.sync.township_page",
    "ui.sync.import_dialog",
    "ui.sync.export_dialog",
)


def _show(script: str, path: Path, home: Path) -> object:
    """Run `script` in a fresh process on the ledger at `path`; the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


FRAME_FIRST = """
import json, sys
from ui.app import prepare, show_frame
app = prepare(["fupin"])
window = show_frame()
for _ in range(5):
    app.processEvents()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_frame_shows_before_the_ledger_code_is_imported(tmp_path) -> None:
    """The program's first paint is its main window's frame: neither peewee nor the
    ledger's models nor any service is imported for it (they load on the opening thread)."""
    home = tmp_path / "home"
    home.mkdir()
    modules = _show(FRAME_FIRST, tmp_path / "unused.db", home)
    early = [
        m
        for m in modules
        if m == "peewee" or m.startswith(("fupin_desktop.db", "fupin_desktop.services"))
    ]
    assert early == [] or early == ["fupin_desktop.services", "fupin_desktop.services.context"]
    assert not [m for m in modules if m.split(".")[0] in HEAVY]


def test_showing_the_main_window_imports_nothing_heavy(tmp_path) -> None:
    modules = set(_show(SHOW_WINDOW, tmp_path / "ledger.db", tmp_path))  # type: ignore[arg-type]
    assert "ui.main_window" in modules and "ui.care.home" in modules
    loaded = [m for m in modules if m.split(".")[0] in HEAVY]
    assert loaded == []
    assert [m for m in NOT_SHOWN_FIRST if m in modules] == []


# The UI thread alone: the worker takes no work, so what is imported (or read) here is
# imported before the first paint, on the thread that paints.
SHOW_WITHOUT_WORKER = """
import json, sys
from pathlib import Path
from ui import tasks
from ui.app import create_app, open_ledger
from ui.main_window import MainWindow
from ui.session import Session, set_session

tasks.runner().load = lambda *args, **kwargs: None
app = create_app(["fupin"])
path = Path(sys.argv[1])
assert open_ledger(None, path)
session = Session(path)
session.refresh()
set_session(session)
window = MainWindow()
window.show()
for _ in range(5):
    app.processEvents()
home = window.home_page
print(json.dumps({
    "modules": sorted(sys.modules),
    "view_as": [home.view_as.itemText(i) for i in range(home.view_as.count())],
    "share": home.principal_home.tiles["share"].number.text(),
}))
"""


def test_a_ledger_with_teachers_shows_before_pinyin_is_loaded(tmp_path, ui_session) -> None:
    """The "view as" teachers are put in pinyin order on the worker, after the figures:
    pypinyin's tables (a second on an old PC) are not loaded to show the window."""
    make.teacher(ui_session.info, "周老师")
    make.needy_student(ui_session.info, "张三")
    path = ui_session.db_path
    close_database()
    shown: dict = _show(SHOW_WITHOUT_WORKER, path, tmp_path)  # type: ignore[assignment]
    assert [m for m in shown["modules"] if m.split(".")[0] in HEAVY] == []
    # The person logged in, the figures still to come: nothing read on the UI thread.
    assert len(shown["view_as"]) == 1 and shown["share"] == "…"


def test_the_teachers_come_after_the_figures(qtbot, ui_session) -> None:
    from ui.care.home import HomePage

    teacher = make.teacher(ui_session.info, "周老师")
    make.teacher(ui_session.info, "陈老师")
    home = HomePage()
    qtbot.addWidget(home)
    assert home.view_as.count() == 1  # nothing read before the page shows
    home.set_teacher(teacher)  # asked for before the list is read: kept until it is
    home.show()
    qtbot.waitUntil(lambda: home.view_as.count() == 3)
    names = [home.view_as.itemText(i) for i in range(1, 3)]
    assert names == ["陈老师", "周老师"]  # pinyin order: chen before zhou
    assert home.current_actor().teacher_id == teacher
    assert home.stack.currentWidget() is home.teacher_home


def test_pages_are_built_when_first_shown(qtbot, ui_session) -> None:
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert "students_page" not in window._built
    window.nav.setCurrentRow(1)
    page = window._built["students_page"]
    assert window.pages.currentWidget() is page
    assert window.pages.indexOf(page) == 1
    assert window.students_page is page  # built once
    assert window.pages.count() == window.nav.count()
    window.nav.setCurrentRow(window.nav.count() - 1)
    assert window.pages.currentWidget() is window.conflicts_page


def scribble_over_the_school_table(path: Path) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'school'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def test_damage_found_after_the_window_shows_offers_the_backup(
    qtbot, ui_session, monkeypatch
) -> None:
    import ui.ledger_window as ledger_window
    import ui.main_window as main_window

    path = ui_session.db_path
    good = backup.automatic_backup(path, reason="good")
    scribble_over_the_school_table(path)
    asked: list[str] = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    restarted: list[bool] = []
    monkeypatch.setattr(ledger_window, "restart_program", lambda: restarted.append(True))
    window = main_window.MainWindow()
    qtbot.addWidget(window)
    assert asked == []  # nothing is checked before the window shows
    window.show()
    qtbot.waitUntil(lambda: bool(restarted), timeout=5000)
    assert good.name in asked[0]
    assert list(path.parent.glob(f"{path.name}.before-restore-*")), "the damaged file is kept"
    close_database()
    from fupin_desktop.db.connection import quick_check

    assert quick_check(path) == []


def test_an_unclean_start_checks_in_a_window_that_says_so(qtbot, ui_session, monkeypatch) -> None:
    """After a power cut the check runs before the ledger opens, on a thread of its own,
    under a small window that says why the wait (a 1 GB ledger takes seconds)."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from fupin_desktop.db.integrity import mark_needs_check
    from fupin_desktop.services import ledger
    from ui.app import load_translations, open_ledger

    load_translations(QApplication.instance())
    path = ui_session.db_path
    close_database()
    mark_needs_check(path)  # as a power cut leaves it
    real_check = ledger.check_before_open
    threads: list[str] = []

    def slow_check(where: Path) -> None:
        threads.append(threading.current_thread().name)
        threading.Event().wait(0.4)
        real_check(where)

    monkeypatch.setattr(ledger, "check_before_open", slow_check)
    seen: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())
                assert widget.frameGeometry().height() <= 690
                widget.grab().save("/tmp/startup-check.png")

    QTimer.singleShot(150, look)
    assert open_ledger(None, path)
    assert threads == ["start-open"]
    assert seen and "没有正常关闭" in seen[0]
    assert ledger.needs_check(path)  # open again: the marker stands until a clean close
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_the_frame_says_why_the_wait_at_an_unclean_start(qtbot, ui_session, monkeypatch) -> None:
    """At the program's start the main window's frame is up before the ledger opens; after
    a power cut it says on itself why the wait, with no second window, and the window is
    built once the ledger is open."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from fupin_desktop.db.integrity import mark_needs_check
    from fupin_desktop.services import ledger
    from ui.app import load_translations, open_ledger
    from ui.main_window import MainWindow

    load_translations(QApplication.instance())
    path = ui_session.db_path
    close_database()
    mark_needs_check(path)
    real_check = ledger.check_before_open
    monkeypatch.setattr(
        ledger,
        "check_before_open",
        lambda where: (threading.Event().wait(0.4), real_check(where)),
    )
    frame = MainWindow(attach=False)
    qtbot.addWidget(frame)
    frame.show()
    assert "正在打开台账" in frame.notice.text()
    seen: list[str] = []

    def look() -> None:
        seen.append(frame.notice.text())
        seen.extend(
            "dialog"
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        frame.grab().save("/tmp/startup-frame-check.png")

    QTimer.singleShot(200, look)
    assert open_ledger(frame, path)
    assert seen and "没有正常关闭" in seen[0] and "dialog" not in seen
    frame.attach()
    assert frame.attached and frame.nav.count() >= 6
    assert frame.home_page is not None


def test_damage_found_at_an_unclean_start_is_offered_the_backup(ui_session, monkeypatch) -> None:
    import ui.app
    from fupin_desktop.db.integrity import mark_needs_check

    path = ui_session.db_path
    backup.automatic_backup(path, reason="good")
    close_database()
    scribble_over_the_school_table(path)
    mark_needs_check(path)
    offered: list[str] = []
    monkeypatch.setattr(
        ui.app, "offer_restore", lambda _parent, _path, exc: offered.append(str(exc))
    )
    assert not ui.app.open_ledger(None, path)  # the person said no: nothing opens
    assert offered and ("损坏" in offered[0] or "damaged" in offered[0])
