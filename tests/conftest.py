"""Every test gets a fresh temporary ledger (Vorta's way); what goes into it comes from
tests/builders.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.services import installation
from tests import builders as make


@pytest.fixture(autouse=True)
def english_core_messages():
    """The command line and the GUI install a zh_CN translator globally; each test starts
    from the English source text."""
    from fupin_desktop.i18n import set_translator

    set_translator(lambda text: text)
    yield
    set_translator(lambda text: text)


@pytest.fixture(autouse=True)
def private_key_dir(tmp_path_factory, monkeypatch):
    """Each test keeps its installations' private keys in a folder of its own, never in
    the user profile, and never in the OS keyring (sync.keys)."""
    from fupin_desktop.sync import keys

    folder = tmp_path_factory.mktemp("keys")
    monkeypatch.setenv("FUPIN_KEY_DIR", str(folder))
    monkeypatch.setenv("FUPIN_KEYRING", "off")
    keys.forget_cache()
    yield folder
    keys.forget_cache()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.db"
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def school_db(db_path: Path) -> installation.InstallationInfo:
    """A ledger set up as 柳塘小学 of 柳塘镇."""
    return make.install_school()


@pytest.fixture
def township_db(db_path: Path) -> installation.InstallationInfo:
    return make.install_township()


@pytest.fixture
def sample(school_db) -> make.Sample:
    """张小红 with every kind of record (make.sample_child)."""
    return make.sample_child(school_db)
