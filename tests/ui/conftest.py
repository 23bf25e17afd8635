"""GUI tests: offscreen, a fresh ledger, a session, and tasks run synchronously."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def fresh_session(db_path, qapp):
    """A session on a fresh, not yet set-up ledger, with zh_CN and the font loaded and
    tasks run synchronously."""
    from ui import tasks
    from ui.app import load_font, load_translations
    from ui.session import Session, set_session

    load_font()
    load_translations(qapp)
    session = Session(db_path)
    session.refresh()
    set_session(session)
    tasks.set_runner(tasks.TaskRunner(synchronous=True))
    yield session
    tasks.set_runner(tasks.TaskRunner())


@pytest.fixture
def ui_session(school_db, fresh_session):
    """The same on a ledger set up as 柳塘小学."""
    fresh_session.refresh()
    return fresh_session


@pytest.fixture(autouse=True)
def collect_between_tests(qapp):
    """Python's cycle collector runs here, between tests, after Qt has deleted what it was
    asked to delete: never in the middle of a later test, where collecting a wrapper whose
    C++ object Qt already deleted crashed a whole run (a segmentation fault inside
    openpyxl, during garbage collection)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    from ui.accounts import lock

    running = lock.guard()
    if running is not None:  # its idle timer would lock a later test's windows (a modal)
        running.stop()
        lock.set_guard(None)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
