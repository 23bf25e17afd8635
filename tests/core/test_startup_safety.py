"""Integrity without a check at every start, and compressed backups: the open marker
says when a start must check, the background check finds damage, gzip backups read back
and restore like plain ones."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import sqlite3
from pathlib import Path

import pytest

from fupin_desktop.db import backup, connection
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.errors import BackupError, IntegrityFailed
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM

from .test_backup import rename_school, school_names


def marker(path: Path) -> Path:
    return path.with_name(path.name + ".open")


def scribble_over_a_table_page(path: Path) -> None:
    """Damage a page of the school table, leaving the schema readable: the file still
    opens, only a check finds it."""
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'school'").fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start : start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def test_a_clean_close_removes_the_marker_and_a_crash_leaves_it(school_db, db_path) -> None:
    assert marker(db_path).exists(), "an open ledger is marked"
    assert connection.needs_check(db_path)
    close_database()
    assert not marker(db_path).exists()
    assert not connection.needs_check(db_path)
    open_database(db_path, check=None)
    # A process killed now never removes it: the next start checks first.
    assert connection.needs_check(db_path)


def test_start_checks_only_when_the_last_close_was_not_clean(
    school_db, db_path, monkeypatch
) -> None:
    close_database()
    checked: list[Path] = []
    real = connection.check_file
    monkeypatch.setattr(connection, "check_file", lambda p: checked.append(p) or real(p))
    open_database(db_path, check=None)
    assert checked == []
    # Not closed: as after a power cut.
    open_database(db_path, check=None)
    assert checked == [db_path]
    open_database(db_path, check=False)
    assert checked == [db_path]
    open_database(db_path)  # the command line's default: always
    assert checked == [db_path, db_path]


def test_a_damaged_ledger_found_at_an_unclean_start(school_db, db_path) -> None:
    close_database()
    scribble_over_a_table_page(db_path)
    connection.mark_needs_check(db_path, reason="test")
    with pytest.raises(IntegrityFailed):
        open_database(db_path, check=None)


def test_a_ledger_that_will_not_open_says_it_is_damaged(school_db, db_path) -> None:
    close_database()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page is gone
    db_path.write_bytes(bytes(data))
    assert not connection.needs_check(db_path)
    with pytest.raises(IntegrityFailed):
        open_database(db_path, check=None)


def test_background_check_finds_damage_and_is_full_once_a_week(school_db, db_path) -> None:
    today = dt.date(2026, 11, 2)
    assert connection.full_check_due(db_path, today)
    assert connection.background_check(db_path, today) == []
    stamp = db_path.with_name(db_path.name + ".checked")
    assert stamp.read_text().strip() == "2026-11-02"
    assert not connection.full_check_due(db_path, today + dt.timedelta(days=6))
    assert connection.full_check_due(db_path, today + dt.timedelta(days=7))
    close_database()
    scribble_over_a_table_page(db_path)
    assert connection.background_check(db_path, today + dt.timedelta(days=1))
    assert connection.background_check(db_path, today + dt.timedelta(days=8))


def test_backups_are_gzip_and_read_back(school_db, db_path) -> None:
    made = backup.automatic_backup(db_path, reason="test")
    assert made.read_bytes()[:2] == b"\x1f\x8b"
    assert backup.is_compressed(made)
    with gzip.open(made) as handle:
        content = handle.read()
    assert content[:16] == b"SQLite format 3\x00"
    assert made.stat().st_size < len(content) / 3
    backup.verify_backup(made)
    assert school_names(made) == ["柳塘小学"]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_a_compressed_backup_that_does_not_read_back_is_refused(
    school_db, db_path, tmp_path, monkeypatch
) -> None:
    """A bad USB stick: the bytes on it are not those written. The read-back finds it
    and no backup is left that looks finished."""
    real_fsync = os.fsync

    def flip_a_byte(fd: int) -> None:
        real_fsync(fd)
        written = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if written.name.endswith(".partial"):
            data = bytearray(written.read_bytes())
            data[len(data) // 2] ^= 0xFF
            written.write_bytes(bytes(data))

    monkeypatch.setattr(backup.os, "fsync", flip_a_byte)
    with pytest.raises(BackupError):
        backup.backup_to_folder(db_path, tmp_path / "usb")
    assert not list((tmp_path / "usb").glob("*"))


def test_read_back_compares_the_content(school_db, db_path, tmp_path, monkeypatch) -> None:
    """A compressed file that is valid gzip but not the ledger's bytes is refused."""
    real_open = gzip.open

    def other_bytes(path, mode="rb", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if "r" in mode:
            handle.read = lambda *a: b""  # reads back nothing
        return handle

    monkeypatch.setattr(backup.gzip, "open", other_bytes)
    with pytest.raises(BackupError):
        backup.backup_to_folder(db_path, tmp_path / "usb")
    assert not list((tmp_path / "usb").glob("*"))


def test_restore_reads_compressed_and_plain_backups(school_db, db_path, tmp_path) -> None:
    packed = backup.backup_to_folder(db_path, tmp_path / "usb")
    plain = backup.copy_database(db_path, tmp_path / "plain.fupinbak")
    assert backup.is_compressed(packed) and not backup.is_compressed(plain)
    rename_school("改过的名字")
    backup.restore(db_path, packed)
    assert school_names(db_path) == ["柳塘小学"]
    # A restored ledger is checked at the next start.
    assert connection.needs_check(db_path)
    open_database(db_path)
    rename_school("又改了")
    backup.restore(db_path, plain)
    assert school_names(db_path) == ["柳塘小学"]


def test_a_truncated_compressed_backup_is_refused_and_changes_nothing(
    school_db, db_path, tmp_path
) -> None:
    packed = backup.backup_to_folder(db_path, tmp_path / "usb")
    packed.write_bytes(packed.read_bytes()[: packed.stat().st_size // 2])
    with pytest.raises(IntegrityFailed):
        backup.verify_backup(packed)
    rename_school("现在的名字")
    with pytest.raises(IntegrityFailed):
        backup.restore(db_path, packed)
    assert installation.current() is not None
    close_database()
    assert school_names(db_path) == ["现在的名字"]


def test_newest_good_backup_reads_compressed_ones(school_db, db_path) -> None:
    made = backup.automatic_backup(db_path, reason="a")
    assert backup.newest_good_backup(db_path) == made
    made.write_bytes(made.read_bytes()[:100])
    assert backup.newest_good_backup(db_path) is None


def test_self_setup_for_the_marker_tests_uses_a_real_ledger(db_path) -> None:
    installation.initialise(
        SYSTEM,
        installation.SetupForm(role="township", township_code="430123101", township_name="柳塘镇"),
    )
    close_database()
    assert not marker(db_path).exists()
