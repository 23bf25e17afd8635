"""Every test gets a fresh temporary ledger (Vorta's way)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM, Actor

PRINCIPAL = Actor("王校长", "principal")
TEACHER = Actor("李老师", "teacher")


@pytest.fixture(autouse=True)
def english_core_messages():
    """The command line and the GUI install a zh_CN translator globally; each test starts
    from the English source text."""
    from fupin_desktop.i18n import set_translator

    set_translator(lambda text: text)
    yield
    set_translator(lambda text: text)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.db"
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def school_db(db_path: Path) -> installation.InstallationInfo:
    """A ledger set up as 柳塘小学 of 柳塘镇."""
    installation.initialise(
        SYSTEM,
        installation.SetupForm(
            role="school",
            township_code="430123101",
            township_name="柳塘镇",
            school_code="4301230001",
            school_name="柳塘小学",
            school_type="complete_primary",
        ),
    )
    info = installation.current()
    assert info is not None
    return info


@pytest.fixture
def township_db(db_path: Path) -> installation.InstallationInfo:
    installation.initialise(
        SYSTEM,
        installation.SetupForm(role="township", township_code="430123101", township_name="柳塘镇"),
    )
    info = installation.current()
    assert info is not None
    return info
