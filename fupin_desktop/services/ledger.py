"""The ledger file itself: open (create or migrate), check, back up, restore, close.

The GUI and the command line go through here and never through `db/`
(docs/architecture.md). A backup returns a `Result` whose changes name "backup", so the
status bar's "last backup" follows it like any other change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from fupin_desktop.db import backup, connection
from fupin_desktop.db.base import database
from fupin_desktop.db.migrations import latest_version
from fupin_desktop.i18n import tr
from fupin_desktop.paths import backup_dir_for
from fupin_desktop.services.context import Changes, Result

BackupInfo = backup.BackupInfo
# What SQLite (directly or through peewee) raises when a ledger fails on the way: the
# command line and the GUI say it in words (a damaged ledger: restore a backup).
LEDGER_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, pw.DatabaseError)
DEFAULT_KEEP = backup.DEFAULT_KEEP


def open_ledger(path: Path, *, check: bool | None = True) -> None:
    """Open (or create) the ledger at `path` for this thread and bring its schema up to
    date; a damaged file or a newer schema is refused (IntegrityFailed, SchemaTooNew).
    `check`: True checks the file first, False never, None only after an unclean close
    or a restore (the program's start, which checks in the background later)."""
    connection.open_database(Path(path), check=check)


def close_ledger() -> None:
    """Close this thread's connection and count the ledger as closed cleanly (close the
    other threads' connections first)."""
    connection.close_database()


def close_connection() -> None:
    """Close this thread's connection at once (each thread holds its own): before the
    ledger file is replaced, no thread may hold it open."""
    database.close()


def background_check(path: Path) -> list[str]:
    """The check run once the window shows: quick, or in full once a week. Problems
    found, or empty."""
    return connection.background_check(Path(path))


def check(path: Path) -> list[str]:
    """Problems of the ledger file at `path` in words (integrity, foreign keys, whose
    file it is, schema version); empty when it is in order. Raises IntegrityFailed when
    the file cannot be read as a database at all."""
    app_id, version = connection.read_header(Path(path))
    problems = connection.quick_check(Path(path))
    if app_id != connection.APPLICATION_ID:
        problems.insert(0, tr("It is not a ledger database of this program."))
    elif version != latest_version():
        problems.append(
            tr("Schema version {found}, expected {expected}.").format(
                found=version, expected=latest_version()
            )
        )
    return problems


def back_up(path: Path, reason: str = "auto") -> Result[Path]:
    """A rotating backup beside the ledger (the newest `keep_count()` are kept)."""
    return Result(backup.automatic_backup(Path(path), reason=reason), _backed_up())


def back_up_to(path: Path, folder: Path) -> Result[Path]:
    """A checked backup into a folder a person chose (a USB stick)."""
    return Result(backup.backup_to_folder(Path(path), Path(folder)), _backed_up())


def _backed_up() -> Changes:
    return Changes(tables={"backup"})


def restore(path: Path, backup_file: Path) -> Path:
    """Replace the ledger with a checked backup; return where the current one was kept.
    Every thread must have closed its connection first (close_connection)."""
    return backup.restore(Path(path), Path(backup_file))


def last_backup(path: Path) -> BackupInfo | None:
    return backup.last_backup(Path(path))


def newest_good_backup(path: Path) -> Path | None:
    """The newest rotating backup that passes the integrity check, if any."""
    return backup.newest_good_backup(Path(path))


def backup_folder(path: Path) -> Path:
    """Where the rotating backups of the ledger at `path` are kept."""
    return backup_dir_for(Path(path))


def keep_count() -> int:
    """How many rotating backups are kept (the setting, or DEFAULT_KEEP)."""
    return backup.keep_count()
