"""Backups: copies that verify, rotation, restore with a check before anything is replaced."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from fupin_desktop.db import backup
from fupin_desktop.db import models as m
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import APPLICATION_ID, close_database, open_database
from fupin_desktop.errors import FupinError, IntegrityFailed
from fupin_desktop.paths import backup_dir_for
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM
from tests.builders import PRINCIPAL


def school_names(path: Path) -> list[str]:
    """The schools in a ledger or a backup of it, compressed or not."""
    with backup.plain_copy(path) as plain:
        con = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
        try:
            return [row[0] for row in con.execute("SELECT name FROM school ORDER BY code")]
        finally:
            con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rename_school(new_name: str) -> None:
    school = m.School.get()
    school.name = new_name
    school.save()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def age(path: Path, seconds: float) -> None:
    """Make a file look older, so the order of backups does not hang on clock ticks."""
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


def test_copy_database_verifies_and_holds_the_data(school_db, db_path: Path, tmp_path) -> None:
    target = tmp_path / "copies" / "ledger-copy.fupinbak"
    assert backup.copy_database(db_path, target) == target
    backup.verify_backup(target)
    assert school_names(target) == ["柳塘小学"]
    con = sqlite3.connect(str(target))
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # A copy is a single self-contained file, not a WAL database that needs its -wal.
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert leftovers(target.parent) == []


def test_copy_includes_uncheckpointed_writes(school_db, db_path: Path, tmp_path) -> None:
    rename_school("柳塘镇中心小学")
    target = backup.copy_database(db_path, tmp_path / "c.fupinbak")
    assert school_names(target) == ["柳塘镇中心小学"]


def test_backup_to_folder(school_db, db_path: Path, tmp_path) -> None:
    usb = tmp_path / "usb"
    made = backup.backup_to_folder(db_path, usb)
    assert made.parent == usb
    assert made.name.startswith("ledger-") and made.name.endswith(".fupinbak")
    backup.verify_backup(made)
    assert school_names(made) == ["柳塘小学"]
    assert [p.name for p in usb.iterdir()] == [made.name]


def test_failed_copy_leaves_no_partial_and_no_target(db_path: Path, tmp_path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(str(other))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    out = tmp_path / "out"
    with pytest.raises(FupinError):
        backup.copy_database(other, out / "x.fupinbak")
    assert list(out.iterdir()) == []


def test_copy_of_a_missing_ledger_creates_nothing(tmp_path) -> None:
    missing = tmp_path / "typo.db"
    with pytest.raises(FupinError):
        backup.copy_database(missing, tmp_path / "out" / "x.fupinbak")
    # Backing up a wrong path must not leave an empty "ledger" behind at that path.
    assert not missing.exists()


def test_automatic_backup_rotates(school_db, db_path: Path) -> None:
    made = []
    for i in range(5):
        path = backup.automatic_backup(db_path, reason="test", keep=3)
        age(path, 100 - i)
        made.append(path)
    folder = backup_dir_for(db_path)
    kept = sorted(p.name for p in folder.glob("*.fupinbak"))
    assert kept == sorted(p.name for p in made[-3:])
    assert all("-test" in name for name in kept)
    assert leftovers(folder) == []


def test_automatic_backup_keeps_the_setting(school_db, db_path: Path) -> None:
    installation.set_setting(PRINCIPAL, "backup_keep", 2)
    for i in range(4):
        age(backup.automatic_backup(db_path), 100 - i)
    assert len(list(backup_dir_for(db_path).glob("*.fupinbak"))) == 2


def make_backup(db_path: Path, tmp_path: Path, name: str = "good.fupinbak") -> Path:
    return backup.copy_database(db_path, tmp_path / "b" / name)


def test_verify_refuses_truncated_copy(school_db, db_path: Path, tmp_path) -> None:
    good = make_backup(db_path, tmp_path)
    data = good.read_bytes()
    cut = tmp_path / "cut.fupinbak"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(IntegrityFailed):
        backup.verify_backup(cut)


def test_verify_refuses_random_bytes(tmp_path) -> None:
    noise = tmp_path / "noise.fupinbak"
    noise.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(IntegrityFailed):
        backup.verify_backup(noise)


def test_verify_refuses_empty_and_missing_files(tmp_path) -> None:
    empty = tmp_path / "empty.fupinbak"
    empty.write_bytes(b"")
    with pytest.raises(IntegrityFailed) as info:
        backup.verify_backup(empty)
    assert "missing or empty" in info.value.message
    with pytest.raises(IntegrityFailed):
        backup.verify_backup(tmp_path / "absent.fupinbak")


def test_verify_refuses_another_sqlite_file(tmp_path) -> None:
    other = tmp_path / "other.fupinbak"
    con = sqlite3.connect(str(other))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(IntegrityFailed) as info:
        backup.verify_backup(other)
    assert "not a backup" in info.value.message


def test_verify_refuses_a_backup_from_a_newer_program(school_db, db_path: Path, tmp_path) -> None:
    good = make_backup(db_path, tmp_path)
    con = sqlite3.connect(str(good))
    con.execute("PRAGMA user_version = 999")
    con.close()
    with pytest.raises(IntegrityFailed) as info:
        backup.verify_backup(good)
    assert "newer version" in info.value.message


def test_verify_refuses_a_corrupted_page(school_db, db_path: Path, tmp_path) -> None:
    good = make_backup(db_path, tmp_path)
    data = bytearray(good.read_bytes())
    page = 4096
    # Scribble over every page but the first (the header stays valid).
    for offset in range(page, len(data), page):
        data[offset : offset + 16] = b"\xff" * 16
    good.write_bytes(bytes(data))
    with pytest.raises(IntegrityFailed):
        backup.verify_backup(good)


def test_restore_replaces_the_ledger_and_keeps_the_current_aside(
    school_db, db_path: Path, tmp_path
) -> None:
    saved = make_backup(db_path, tmp_path)
    rename_school("改过的名字")
    aside = backup.restore(db_path, saved)
    assert aside.exists() and aside != db_path
    assert aside.parent == db_path.parent
    assert school_names(aside) == ["改过的名字"]
    assert school_names(db_path) == ["柳塘小学"]
    assert leftovers(db_path.parent) == []
    # The restored ledger opens and works.
    open_database(db_path)
    assert m.School.get().name == "柳塘小学"
    assert installation.current().school_code == school_db.school_code


def test_restore_with_a_damaged_backup_changes_nothing(school_db, db_path: Path, tmp_path) -> None:
    rename_school("现在的名字")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = make_backup(db_path, tmp_path)
    damaged.write_bytes(damaged.read_bytes()[:2048])
    before = sha256(db_path)
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(IntegrityFailed):
        backup.restore(db_path, damaged)
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before
    # Still the open, working ledger.
    assert m.School.get().name == "现在的名字"
    close_database()
    assert school_names(db_path) == ["现在的名字"]


def test_newest_good_backup_skips_a_damaged_one(school_db, db_path: Path) -> None:
    older = backup.automatic_backup(db_path, reason="a")
    age(older, 60)
    newer = backup.automatic_backup(db_path, reason="b")
    assert backup.newest_good_backup(db_path) == newer
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.newest_good_backup(db_path) == older
    older.write_bytes(b"")
    assert backup.newest_good_backup(db_path) is None


def test_last_backup(school_db, db_path: Path) -> None:
    assert backup.last_backup(db_path) is None
    first = backup.automatic_backup(db_path)
    age(first, 60)
    second = backup.automatic_backup(db_path)
    info = backup.last_backup(db_path)
    assert info is not None
    assert info.path == second
    assert info.size == second.stat().st_size > 0


def test_backups_of_another_ledger_in_the_same_folder_are_left_alone(
    school_db, db_path: Path, tmp_path
) -> None:
    """Two ledgers in one folder share backups/: rotating one must not delete the other's
    backups, and the newest good backup of one is never a copy of the other."""
    close_database()
    other = tmp_path / "other.db"
    open_database(other)
    installation.initialise(
        SYSTEM,
        installation.SetupForm(role="township", township_code="430123101", township_name="柳塘镇"),
    )
    theirs = backup.automatic_backup(other, reason="theirs", keep=5)
    close_database()
    open_database(db_path)
    age(theirs, 600)
    for i in range(3):
        age(backup.automatic_backup(db_path, keep=1), 100 - i)
    assert theirs.exists()
    newest = backup.newest_good_backup(db_path)
    assert newest is not None and newest.name.startswith("ledger-")
    # The other ledger's only backup is its own, even though ours are newer.
    assert backup.newest_good_backup(other) == theirs
    info = backup.last_backup(other)
    assert info is not None and info.path == theirs


def counter_of(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT counter FROM installation WHERE id = 1").fetchone()[0]
    finally:
        con.close()


def test_restore_never_hands_out_an_edit_number_twice(school_db, db_path: Path, tmp_path) -> None:
    saved = make_backup(db_path, tmp_path)
    for n in range(5):
        rename_school(f"柳塘小学{n}")
    after_edits = counter_of(db_path)
    assert after_edits > counter_of(saved)
    actor = m.Installation.get_by_id(1).actor
    close_database()
    backup.restore(db_path, saved)
    assert school_names(db_path) == ["柳塘小学"]
    # At its next opening its edits go by a new actor, counted above every number given.
    open_database(db_path)
    assert counter_of(db_path) >= after_edits
    row = m.Installation.get_by_id(1)
    assert row.actor != actor and row.counter >= after_edits
    rename_school("恢复以后")
    assert m.Installation.get_by_id(1).counter > after_edits


def test_a_power_cut_during_restore_leaves_the_ledger_in_place(
    school_db, db_path: Path, tmp_path, monkeypatch
) -> None:
    saved = make_backup(db_path, tmp_path)
    rename_school("改过的名字")
    close_database()
    before = school_names(db_path)

    def power_cut(*args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(backup, "_drop_side_files", power_cut)
    with pytest.raises(OSError):
        backup.restore(db_path, saved)
    # The ledger's path never stood empty, and no half-made file is left.
    assert school_names(db_path) == before
    assert not list(db_path.parent.glob(".*.partial"))
    # The copy kept aside is whole.
    (aside,) = db_path.parent.glob(f"{db_path.name}.before-restore-*")
    assert school_names(aside) == before


def test_a_burst_of_backups_keeps_the_last_of_each_of_the_previous_seven_days(
    school_db, db_path: Path
) -> None:
    """Ten imports retried today must not rotate away last week's backups."""
    folder = backup_dir_for(db_path)
    daily = {}
    for days in range(1, 10):  # one backup a day, 1 to 9 days ago, two on day 3
        for hour in (9, 17) if days == 3 else (9,):
            path = backup.automatic_backup(db_path, reason=f"d{days}h{hour}", keep=3)
            day = dt.date.today() - dt.timedelta(days=days)
            moment = dt.datetime.combine(day, dt.time(hour)).timestamp()
            os.utime(path, (moment, moment))
            daily.setdefault(days, []).append(path)
    for _ in range(10):
        backup.automatic_backup(db_path, reason="retry", keep=3)
    kept = {p.name for p in folder.glob("*.fupinbak")}
    for days in range(1, 8):
        # The last backup of each of the previous seven days (day 3: the later one).
        assert daily[days][-1].name in kept, days
    assert daily[3][0].name not in kept
    assert daily[8][0].name not in kept and daily[9][0].name not in kept
    assert sum("-retry" in name for name in kept) == 3


def test_no_copy_of_the_ledger_passes_through_the_system_temp_folder(
    school_db, db_path: Path, tmp_path, monkeypatch
) -> None:
    """An encrypted backup to a USB stick waits for its encryption, and a compressed
    backup is expanded for its check, in the private folder beside the ledger, never in
    the system's temporary folder, where a killed program would leave minors' data in
    clear (fileio, "Crash-clean files")."""
    import tempfile

    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    seen: list[Path] = []
    real_encrypt = backup.encrypt_file

    def encrypt(plain: Path, target: Path, passphrase: str) -> object:
        seen.append(Path(plain))
        assert Path(plain).exists()
        return real_encrypt(plain, target, passphrase)

    monkeypatch.setattr(backup, "encrypt_file", encrypt)
    made = backup.backup_to_folder(db_path, tmp_path / "usb", passphrase="backup passphrase 26")
    assert made.exists() and seen
    assert seen[0].parent == backup_dir_for(db_path)
    rotating = backup.automatic_backup(db_path, reason="t")
    assert backup.newest_good_backup(db_path) == rotating  # expanded to be checked
    assert list(system_temp.iterdir()) == []
    assert [p.name for p in backup_dir_for(db_path).iterdir()] == [rotating.name]
