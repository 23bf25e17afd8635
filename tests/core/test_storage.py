"""Opening the ledger (pragmas, application id, migrations) and the version vectors that
every travelling record carries."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

import peewee as pw
import pytest

from fupin_desktop.db import base, connection, migrations
from fupin_desktop.db import models as m
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import (
    APPLICATION_ID,
    close_database,
    open_database,
    run_migrations,
)
from fupin_desktop.db.migrations import Migration, latest_version
from fupin_desktop.errors import DatabaseError, IntegrityFailed, NotInitialised, SchemaTooNew
from fupin_desktop.paths import backup_dir_for
from tests import builders as make


def pragma(name: str) -> object:
    return database.execute_sql(f"PRAGMA {name}").fetchone()[0]


def file_pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(str(path))
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def columns_of(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(str(path))
    try:
        return {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
    finally:
        con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counted(found: list[Migration], ran: list[int]) -> list[Migration]:
    def wrap(migration: Migration) -> Migration:
        def run(db: pw.Database) -> None:
            ran.append(migration.number)
            migration.run(db)

        return Migration(migration.number, migration.name, run)

    return [wrap(x) for x in found]


def patch_migrations(monkeypatch: pytest.MonkeyPatch, found: list[Migration]) -> None:
    # connection.py binds all_migrations at import; latest_version() looks it up in its module.
    monkeypatch.setattr(migrations, "all_migrations", lambda: list(found))
    monkeypatch.setattr(connection, "all_migrations", lambda: list(found))


# --- opening ----------------------------------------------------------------------------


def test_pragmas_for_power_cuts(db_path: Path) -> None:
    assert str(pragma("journal_mode")).lower() == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == latest_version() >= 1


def test_header_is_stored_in_the_file(db_path: Path) -> None:
    close_database()
    assert file_pragma(db_path, "application_id") == APPLICATION_ID
    assert file_pragma(db_path, "user_version") == latest_version()
    assert str(file_pragma(db_path, "journal_mode")).lower() == "wal"


def test_foreign_keys_are_enforced(school_db) -> None:
    with pytest.raises(pw.IntegrityError):
        m.Teacher(school="no-such-school", name="王老师").save()


def test_schema_matches_the_models(db_path: Path) -> None:
    """A model changed without a migration shows up here."""
    tables = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    model_tables = {model._meta.table_name for model in m.ALL_MODELS}
    assert tables == model_tables
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        in_db = {row[1]: row for row in database.execute_sql(f'PRAGMA table_info("{table}")')}
        in_model = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(in_db) == set(in_model), table
        for name, field in in_model.items():
            not_null = bool(in_db[name][3])
            assert not_null == (not field.null), f"{table}.{name} nullability"


def test_schema_indexes_match_the_models(db_path: Path) -> None:
    in_db = {
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    }
    wanted = set()
    for model in m.ALL_MODELS:
        for index in model._meta.fields_to_index():
            wanted.add(index._name)
    assert wanted <= in_db


def test_reopening_runs_no_migration(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    close_database()
    ran: list[int] = []
    patch_migrations(monkeypatch, counted(migrations.all_migrations(), ran))
    open_database(db_path)
    assert ran == []
    assert run_migrations(db_path, True) == 0
    assert not backup_dir_for(db_path).exists()
    assert pragma("user_version") == latest_version()


def test_new_file_runs_every_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    found = migrations.all_migrations()
    patch_migrations(monkeypatch, counted(found, ran))
    path = tmp_path / "new.db"
    try:
        open_database(path)
        assert ran == [x.number for x in found]
        # Nothing to back up for a new file.
        assert not backup_dir_for(path).exists()
    finally:
        close_database()


def test_newer_schema_is_refused_and_left_unchanged(db_path: Path) -> None:
    close_database()
    con = sqlite3.connect(str(db_path))
    con.execute(f"PRAGMA user_version = {latest_version() + 5}")
    con.close()
    before = sha256(db_path)
    with pytest.raises(SchemaTooNew):
        open_database(db_path)
    close_database()
    assert sha256(db_path) == before
    assert file_pragma(db_path, "user_version") == latest_version() + 5
    assert not backup_dir_for(db_path).exists()


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA application_id = 0x12345678")
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    con.execute("INSERT INTO accounts (owner) VALUES ('someone')")
    con.commit()
    con.close()
    before = sha256(path)
    with pytest.raises(IntegrityFailed):
        open_database(path)
    close_database()
    assert sha256(path) == before


@pytest.mark.parametrize("check", [True, None])
def test_plain_sqlite_file_with_tables_is_refused(tmp_path: Path, check: bool | None) -> None:
    """A plain SQLite file (application_id 0) that holds another program's tables is not an
    empty new ledger: it must not be migrated into one, by the command line (check=True)
    nor by the program's start (check=None, which checks the whole file only after an
    unclean close: until December 2026 it migrated such a file into a ledger)."""
    path = tmp_path / "plain.db"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    con.execute("INSERT INTO accounts (owner) VALUES ('someone')")
    con.commit()
    con.close()
    before = sha256(path)
    try:
        with pytest.raises(IntegrityFailed, match=r"another program|其他程序"):
            open_database(path, check=check)
    finally:
        close_database()
    assert sha256(path) == before
    assert columns_of(path, "student") == set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db"]


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.db"
    path.write_bytes(bytes(range(256)) * 64)
    before = sha256(path)
    with pytest.raises(IntegrityFailed):
        open_database(path)
    close_database()
    assert sha256(path) == before


def add_column_migration(number: int) -> Migration:
    def run(db: pw.Database) -> None:
        db.execute_sql("ALTER TABLE student ADD COLUMN nickname VARCHAR(40) NOT NULL DEFAULT ''")

    return Migration(number, "add_nickname", run)


def test_pending_migration_takes_a_backup_first(
    school_db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_database()
    found = migrations.all_migrations()
    version = found[-1].number
    patch_migrations(monkeypatch, [*found, add_column_migration(version + 1)])
    open_database(db_path)
    assert pragma("user_version") == version + 1
    assert "nickname" in {row[1] for row in database.execute_sql("PRAGMA table_info(student)")}
    backups = list(backup_dir_for(db_path).glob("*.fupinbak"))
    assert len(backups) == 1
    # The copy is the ledger as it was before the migration, data included (compressed).
    from fupin_desktop.db.backup import plain_copy

    with plain_copy(backups[0]) as copy:
        assert file_pragma(copy, "user_version") == version
        assert file_pragma(copy, "application_id") == APPLICATION_ID
        assert "nickname" not in columns_of(copy, "student")
        con = sqlite3.connect(str(copy))
        assert con.execute("SELECT code FROM school").fetchall() == [(school_db.school_code,)]
        con.close()


def test_failing_migration_changes_nothing(
    school_db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    close_database()
    found = migrations.all_migrations()
    version = found[-1].number

    def broken(db: pw.Database) -> None:
        db.execute_sql("ALTER TABLE student ADD COLUMN nickname VARCHAR(40) NOT NULL DEFAULT ''")
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk full")

    patch_migrations(monkeypatch, [*found, Migration(version + 1, "broken", broken)])
    with pytest.raises(DatabaseError) as info:
        open_database(db_path)
    assert "nothing was changed" in info.value.message
    close_database()
    assert file_pragma(db_path, "user_version") == version
    assert "nickname" not in columns_of(db_path, "student")
    assert columns_of(db_path, "half_done") == set()
    # The data is still there and the file still opens with the real migrations.
    monkeypatch.undo()
    open_database(db_path)
    assert m.School.select().count() == 1


def test_migrations_are_numbered_without_gaps() -> None:
    found = migrations.all_migrations()
    assert [x.number for x in found] == list(range(1, len(found) + 1))
    assert latest_version() == len(found)


# --- version vectors --------------------------------------------------------------------


def installation_counter() -> int:
    return m.Installation.get_by_id(1).counter


def test_save_inserts_and_stamps_the_version(school_db) -> None:
    instance_id = school_db.instance_id
    start = installation_counter()
    school = make.school_row()
    school.save()
    row = m.School.get_by_id(school.id)
    assert row.name == "山背教学点"
    assert uuid.UUID(row.id).version == 4
    assert row.version == {instance_id: start + 1}
    assert installation_counter() == start + 1
    assert row.deleted is False


def test_second_save_raises_the_counter(school_db, monkeypatch: pytest.MonkeyPatch) -> None:
    instance_id = school_db.instance_id
    school = make.school_row()
    school.save()
    first = m.School.get_by_id(school.id)
    later = first.updated_at + dt.timedelta(hours=1)
    monkeypatch.setattr(base, "utcnow", lambda: later)
    school.name = "山背小学"
    school.save()
    second = m.School.get_by_id(school.id)
    assert m.School.select().where(m.School.code == "4301230099").count() == 1
    assert second.name == "山背小学"
    assert second.version[instance_id] == first.version[instance_id] + 1
    assert second.updated_at == later
    assert second.created_at == first.created_at


def test_loaded_record_updates_instead_of_inserting(school_db) -> None:
    school = make.school_row()
    school.save()
    loaded = m.School.get_by_id(school.id)
    loaded.name = "改名"
    loaded.save()
    assert m.School.select().where(m.School.code == "4301230099").count() == 1
    assert m.School.get_by_id(school.id).name == "改名"


def test_other_instances_counters_are_kept(school_db) -> None:
    school = make.school_row()
    school.version = {"other-instance": 41}
    school.save()
    row = m.School.get_by_id(school.id)
    assert row.version["other-instance"] == 41
    assert row.version[school_db.instance_id] == installation_counter()


def test_rolled_back_edit_gives_its_number_back(school_db) -> None:
    start = installation_counter()
    with database.atomic() as txn:
        make.school_row().save()
        assert installation_counter() == start + 1
        txn.rollback()
    assert installation_counter() == start
    assert m.School.select().where(m.School.code == "4301230099").count() == 0
    # The next edit takes the same number.
    school = make.school_row()
    school.save()
    assert m.School.get_by_id(school.id).version == {school_db.instance_id: start + 1}


def test_failed_insert_gives_its_number_back(school_db) -> None:
    start = installation_counter()
    duplicate = make.school_row(code=school_db.school_code)
    with pytest.raises(pw.IntegrityError):
        duplicate.save()
    assert installation_counter() == start


def test_delete_instance_is_refused(school_db) -> None:
    school = make.school_row()
    school.save()
    with pytest.raises(TypeError):
        school.delete_instance()
    assert m.School.get_or_none(m.School.id == school.id) is not None


def test_tombstone_flags_and_bumps_the_version(school_db) -> None:
    school = make.school_row()
    school.save()
    before = m.School.get_by_id(school.id).version[school_db.instance_id]
    school.tombstone()
    row = m.School.get_by_id(school.id)
    assert row.deleted is True
    assert row.version[school_db.instance_id] == before + 1


def test_saving_without_installation_is_refused(db_path: Path) -> None:
    with pytest.raises(NotInitialised):
        make.school_row().save()
    assert m.School.select().count() == 0


def test_json_field_is_canonical(school_db) -> None:
    school = make.school_row()
    school.version = {"b": 1, "a": 2}
    school.save()
    raw = database.execute_sql("SELECT version FROM school WHERE id = ?", (school.id,)).fetchone()
    pairs = json.loads(raw[0], object_pairs_hook=list)
    keys = [key for key, _ in pairs]
    assert keys == sorted(keys) and {"a", "b"} <= set(keys)
    assert " " not in raw[0]
