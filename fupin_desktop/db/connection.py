"""Open the ledger: pragmas for power cuts, the application id, integrity, migrations.

Integrity without a check at every start (docs/architecture.md, "Start-up and speed"):
while a ledger is open a marker file `<ledger>.open` stands beside it, and a clean close
removes it. A marker found at the next open means a power cut, a crash or a restore
(which writes it on purpose); only then does `open_database(check=None)` check the file
before opening it. Otherwise the program checks it in the background once its window
shows (`background_check`), in full once a week.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from fupin_desktop.db import backup, routes
from fupin_desktop.db.base import database
from fupin_desktop.db.integrity import (
    APPLICATION_ID,
    mark_clean,
    mark_needs_check,
    needs_check,
    quick_check,
    read_header,
    side_file,
    write_small,
)
from fupin_desktop.db.migrations import all_migrations
from fupin_desktop.errors import DatabaseError, IntegrityFailed, SchemaTooNew
from fupin_desktop.fileio import make_private, private_folder
from fupin_desktop.i18n import N_

log = logging.getLogger(__name__)

DAMAGED = N_(
    "The ledger database {path} is damaged. Restore the newest backup: the program offers "
    "it when it starts; on the command line: fupin --db {path} backup restore FILE. The "
    "damaged file is kept aside."
)

PRAGMAS = {
    "journal_mode": "wal",
    # A power cut must never lose a committed edit.
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "cache_size": -16000,
    # Deleted and purged content is overwritten with zeros, not left in free pages
    # (docs/architecture.md, "People and privacy").
    "secure_delete": 1,
}
NO_LEDGER = N_("There is no ledger at {path}.")
NOT_A_FILE = N_("{path} is a folder, not a ledger file.")
FULL_CHECK_STAMP = ".checked"
# How often the background check is SQLite's full integrity_check, not the quick one.
FULL_CHECK_DAYS = 7


def integrity_check(path: Path) -> list[str]:
    """SQLite's full integrity check (indexes against tables too); empty if healthy."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()


def full_check_due(path: Path, today: dt.date | None = None) -> bool:
    stamp = side_file(path, FULL_CHECK_STAMP)
    try:
        last = dt.date.fromisoformat(stamp.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return True
    return ((today or dt.date.today()) - last).days >= FULL_CHECK_DAYS


def background_check(path: Path, today: dt.date | None = None) -> list[str]:
    """The check that runs after the window shows: the quick check, or the full one when
    a week has passed since the last. Problems found, or empty."""
    if full_check_due(path, today):
        problems = integrity_check(path)
        if not problems:
            stamp = (today or dt.date.today()).isoformat()
            try:
                write_small(side_file(path, FULL_CHECK_STAMP), stamp + "\n")
            except OSError:
                log.warning("could not write the check stamp beside %s", path, exc_info=True)
        return problems
    return quick_check(path)


def _has_tables(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        con.close()


def check_kind(path: Path) -> None:
    """Refuse what is not a ledger of this program, before anything is written into it or
    beside it: a folder, a file that is not a database, a database of another program (a
    ledger carries the application id from its first migration; an empty file is a new
    ledger). Reads the file's header only: cheap enough for every open."""
    if path.is_dir():
        raise DatabaseError(NOT_A_FILE, path=path)
    if path.exists() and path.stat().st_size > 0:
        app_id, _ = read_header(path)
        if app_id != APPLICATION_ID and (app_id != 0 or _has_tables(path)):
            raise IntegrityFailed(N_("{path} is a database of another program."), path=path)


def check_file(path: Path) -> None:
    """Raise IntegrityFailed if the file is not a healthy ledger."""
    check_kind(path)
    if path.exists() and path.stat().st_size > 0:
        problems = quick_check(path)
        if problems:
            raise IntegrityFailed(DAMAGED, details="\n".join(problems), path=path)


def open_database(
    path: Path, *, check: bool | None = True, migrate: bool = True, create: bool = True
) -> None:
    """Open (or, with `create`, make) the ledger at `path` and bring its schema up to date.

    `check`: True checks the file first, False never, None only when `needs_check`
    (the program's start; it checks in the background later). A newer schema is
    refused; pending migrations run in one transaction after a backup copy is taken.
    Without `create` a missing file is refused (a command that reads never makes an
    empty ledger out of a typing mistake). The file is made private (0600).
    """
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseError(NO_LEDGER, path=path)
    check_kind(path)  # another program's database is never migrated into a ledger
    private_folder(path.parent)
    existed = path.exists() and path.stat().st_size > 0
    checked = existed and bool(check or (check is None and needs_check(path)))
    if checked:
        check_file(path)
    if not database.is_closed():
        database.close()
    try:
        database.init(str(path), pragmas=PRAGMAS, check_same_thread=False)
        database.connect(reuse_if_open=True)
        for extra in ("", "-wal", "-shm"):
            side = path.with_name(path.name + extra)
            if side.exists():
                make_private(side)
        mark_needs_check(path)
        if migrate:
            run_migrations(path, existed)
            # A ledger restored from a backup: its edits take a new actor (db/routes.py).
            routes.check_restored(path)
    except Exception:
        database.close()
        if existed and not checked:
            check_file(path)  # a damaged file that would not open says so in words
        raise


def close_database() -> None:
    """Close this thread's connection and count the ledger as closed cleanly (its open
    marker goes): close the other threads' connections first."""
    if not database.is_closed():
        # SQLite's advice: let it refresh the statistics its query planner uses on close.
        try:
            database.execute_sql("PRAGMA optimize")
        except Exception:  # closing must never fail on a statistics update
            log.debug("PRAGMA optimize failed", exc_info=True)
        path = database.database
        database.close()
        if path and path != ":memory:":
            mark_clean(Path(path))


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
        backup.automatic_backup(path, reason=f"before-migration-{latest}")
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
