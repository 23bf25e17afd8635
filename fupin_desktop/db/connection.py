"""Open the ledger: pragmas for power cuts, the application id, integrity, migrations."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from fupin_desktop.db.base import database
from fupin_desktop.db.migrations import all_migrations
from fupin_desktop.errors import DatabaseError, IntegrityFailed, SchemaTooNew
from fupin_desktop.i18n import N_

log = logging.getLogger(__name__)

# "FUPI": marks a SQLite file as a ledger of this program (PRAGMA application_id).
APPLICATION_ID = 0x46555049

PRAGMAS = {
    "journal_mode": "wal",
    # A power cut must never lose a committed edit.
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": -16000,
}


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, read without changing it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        return app_id, version
    except sqlite3.DatabaseError as exc:
        raise IntegrityFailed(
            N_("{path} is not a ledger database, or it is damaged."), details=str(exc), path=path
        ) from exc
    finally:
        con.close()


def quick_check(path: Path) -> list[str]:
    """Problems found by SQLite's quick check and the foreign key check; empty if none."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in con.execute("PRAGMA quick_check") if row[0] != "ok"]
        for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check"):
            problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def _has_tables(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        con.close()


def check_file(path: Path) -> None:
    """Raise IntegrityFailed if the file is not a healthy ledger."""
    if path.exists() and path.stat().st_size > 0:
        app_id, _ = read_header(path)
        if app_id != APPLICATION_ID and (app_id != 0 or _has_tables(path)):
            raise IntegrityFailed(N_("{path} is a database of another program."), path=path)
        problems = quick_check(path)
        if problems:
            raise IntegrityFailed(
                N_("The ledger database {path} is damaged."), details="\n".join(problems), path=path
            )


def open_database(path: Path, *, check: bool = True, migrate: bool = True) -> None:
    """Open (or create) the ledger at `path` and bring its schema up to date.

    A newer schema is refused; pending migrations run in one transaction after a
    backup copy is taken.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed and check:
        check_file(path)
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS, check_same_thread=False)
    database.connect(reuse_if_open=True)
    if migrate:
        try:
            run_migrations(path, existed)
        except Exception:
            database.close()
            raise


def close_database() -> None:
    if not database.is_closed():
        # SQLite's advice: let it refresh the statistics its query planner uses on close.
        try:
            database.execute_sql("PRAGMA optimize")
        except Exception:  # closing must never fail on a statistics update
            log.debug("PRAGMA optimize failed", exc_info=True)
        database.close()


def schema_version() -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def run_migrations(path: Path, existed: bool) -> int:
    """Run pending migrations; return how many ran."""
    migrations = all_migrations()
    current = schema_version()
    latest = migrations[-1].number
    if current > latest:
        raise SchemaTooNew()
    pending = [m for m in migrations if m.number > current]
    if not pending:
        return 0
    if existed and current > 0:
        from fupin_desktop.db.backup import automatic_backup

        automatic_backup(path, reason=f"before-migration-{latest}")
    try:
        with database.atomic():
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            for migration in pending:
                log.info("migration %04d %s", migration.number, migration.name)
                migration.run(database)
                database.execute_sql(f"PRAGMA user_version = {migration.number}")
    except Exception as exc:
        raise DatabaseError(
            N_("The ledger could not be upgraded; nothing was changed."), details=repr(exc)
        ) from exc
    return len(pending)
