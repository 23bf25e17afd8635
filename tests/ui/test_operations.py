"""The operation helper (ui.operations): a refusal is shown in words and announces
nothing; a success hands on the value and announces the Changes; a write waits for the
worker's transaction instead of failing with "database is locked"."""

from __future__ import annotations

import threading
from functools import partial
from typing import Any

import peewee as pw
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Teacher
from fupin_desktop.errors import PermissionDenied
from fupin_desktop.services.care import teachers
from fupin_desktop.services.context import Changes, Result
from tests.builders import PRINCIPAL, TEACHER
from ui import tasks
from ui.bus import bus
from ui.operations import long_op, op


@pytest.fixture
def announced():
    seen: list[Changes] = []
    bus().changed.connect(seen.append)
    yield seen
    bus().changed.disconnect(seen.append)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes ui.errors would show."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture
def worker(ui_session):
    """The real runner: one worker thread, results back through the event loop."""
    runner = tasks.TaskRunner()
    tasks.set_runner(runner)
    yield runner
    runner.close_connections()
    runner.shutdown()


def new_teacher(school_id: str, name: str) -> partial[Result[str]]:
    return partial(teachers.save_teacher, PRINCIPAL, None, school_id, {"name": name})


def names() -> list[str]:
    return sorted(t.name for t in Teacher.select())


def test_a_refusal_is_shown_in_words_and_announces_nothing(
    ui_session, qtbot, announced, boxes
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    values: list[Any] = []
    call = partial(teachers.save_teacher, TEACHER, None, ui_session.info.school_id, {"name": "x"})
    op(parent, call).success(values.append).run_in_background()
    assert boxes == [PermissionDenied().message]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in boxes[0])  # in Chinese words
    assert values == [] and announced == [] and names() == []


def test_a_failure_callback_replaces_the_message(ui_session, qtbot, announced, boxes) -> None:
    errors: list[BaseException] = []
    call = partial(teachers.save_teacher, TEACHER, None, ui_session.info.school_id, {"name": "x"})
    op(None, call).failure(errors.append).run_in_background()
    assert [type(e) for e in errors] == [PermissionDenied]
    assert boxes == [] and announced == []


def test_a_success_hands_on_the_value_and_announces_the_changes(
    ui_session, qtbot, announced, boxes
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    values: list[str] = []
    seen_when_called: list[int] = []

    def success(teacher_id: str) -> None:
        values.append(teacher_id)
        seen_when_called.append(len(announced))

    op(parent, new_teacher(ui_session.info.school_id, "周老师")).success(
        success
    ).run_in_background()
    assert names() == ["周老师"] and boxes == []
    assert values == [Teacher.get(Teacher.name == "周老师").id]
    assert [c.tables for c in announced] == [{"teacher"}] and values[0] in announced[0].ids
    assert seen_when_called == [0]  # the value first (a session refresh), then the Changes


def hold_the_ledger(school_id: str, holding: threading.Event, release: threading.Event):
    """Long work on the worker: a write in a transaction kept open until released (an
    import of a big package)."""

    def work(report: Any, cancel: Any) -> Result[str]:
        with database.atomic():
            result = new_teacher(school_id, "甲老师")()
            holding.set()
            assert release.wait(20)
        return result

    return work


def test_a_write_waits_for_the_worker_instead_of_database_is_locked(
    worker, ui_session, qtbot, announced, boxes
) -> None:
    school_id = ui_session.info.school_id
    holding, release = threading.Event(), threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []
    long_op(parent, "import", hold_the_ledger(school_id, holding, release)).success(
        done.append
    ).run_in_background()
    assert holding.wait(10)
    # What the helper prevents: a save on the UI thread meets the worker's transaction.
    database.execute_sql("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(pw.OperationalError, match="database is locked"):
            new_teacher(school_id, "丙老师")()
    finally:
        database.execute_sql("PRAGMA busy_timeout = 10000")
    # Through the helper, the save queues behind the worker's transaction.
    op(parent, new_teacher(school_id, "乙老师")).success(done.append).run_in_background()
    qtbot.wait(200)
    assert done == [] and announced == []
    release.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10000)
    assert boxes == []
    assert names() == ["乙老师", "甲老师"]
    assert [Teacher.get_by_id(i).name for i in done] == ["甲老师", "乙老师"]
    assert [c.tables for c in announced] == [{"teacher"}, {"teacher"}]


def test_a_dialog_saves_once_while_its_operation_runs(
    worker, ui_session, qtbot, announced, boxes
) -> None:
    school_id = ui_session.info.school_id
    holding, release = threading.Event(), threading.Event()
    long_op(None, "import", hold_the_ledger(school_id, holding, release)).run_in_background()
    assert holding.wait(10)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[str] = []
    first = op(dialog, new_teacher(school_id, "周老师")).success(saved.append)
    assert first.run_in_background() is not None
    second = op(dialog, new_teacher(school_id, "周老师")).success(saved.append)
    assert second.run_in_background() is None  # a double click on OK
    release.set()
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=10000)
    assert len(saved) == 1 and names() == ["周老师", "甲老师"]
    # Once done, the dialog may save again.
    op(dialog, new_teacher(school_id, "吴老师")).success(saved.append).run_in_background()
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=10000)
    assert boxes == []
