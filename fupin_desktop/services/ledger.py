"""The ledger file itself: open (create or migrate), check, back up, restore, close.

The GUI and the command line go through here and never through `db/`
(docs/architecture.md). A backup returns a `Result` whose changes name "backup", so the
status bar's "last backup" follows it like any other change.

People and privacy (docs/architecture.md): a backup to a folder needs the BACKUP right
and the backup passphrase, and is encrypted with it; a restore needs RESTORE; both are
in the audit log before the file is written, and a restore keeps the audit log (the
replaced ledger's rows go on in the restored one) and rotates the copies kept aside.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from fupin_desktop.db import backup, connection, instance, integrity
from fupin_desktop.db.base import database
from fupin_desktop.db.migrations import latest_version
from fupin_desktop.i18n import tr
from fupin_desktop.paths import backup_dir_for
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import backup_key, retention
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import SYSTEM, Actor, Changes, Result

BackupInfo = backup.BackupInfo
LedgerClaim = instance.LedgerClaim
# What SQLite (directly or through peewee) raises when a ledger fails on the way: the
# command line and the GUI say it in words (a damaged ledger: restore a backup).
LEDGER_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, pw.DatabaseError)
DEFAULT_KEEP = backup.DEFAULT_KEEP


def open_ledger(path: Path, *, check: bool | None = True, create: bool = True) -> None:
    """Open (or create) the ledger at `path` for this thread and bring its schema up to
    date; a damaged file or a newer schema is refused (IntegrityFailed, SchemaTooNew).
    `check`: True checks the file first, False never, None only after an unclean close
    or a restore (the program's start, which checks in the background later). Without
    `create`, a missing file is refused (DatabaseError) instead of made."""
    connection.open_database(Path(path), check=check, create=create)


def needs_check(path: Path) -> bool:
    """True when the ledger at `path` was not closed cleanly last time, or was just
    restored: its start checks the file before opening it."""
    return integrity.needs_check(Path(path))


def check_kind(path: Path) -> None:
    """Refuse a folder, a file that is not a database, or another program's database
    (DatabaseError, IntegrityFailed), reading its header only: before the program claims
    the ledger, so a refused path gets nothing written beside it."""
    connection.check_kind(Path(path))


def check_before_open(path: Path) -> None:
    """The check of an unclean start (quick_check and whose file it is), before the
    ledger opens: IntegrityFailed if it is damaged. Safe on any thread: it reads the
    file with a connection of its own."""
    connection.check_file(Path(path))


def claim(path: Path) -> LedgerClaim:
    """Claim the ledger for this process (one program window per ledger): LedgerInUse
    when another process holds it (docs/architecture.md, "One window per ledger")."""
    return instance.claim_ledger(Path(path))


def close_ledger() -> None:
    """Close this thread's connection and count the ledger as closed cleanly (close the
    other threads' connections first)."""
    connection.close_database()


def connect_here() -> None:
    """Give this thread its connection to the open ledger now (the program's start opens
    the ledger on a thread of its own, then works on the UI thread)."""
    database.connect(reuse_if_open=True)


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


def back_up(path: Path, reason: str = "auto", *, actor: Actor = SYSTEM) -> Result[Path]:
    """A rotating backup beside the ledger (the newest `keep_count()` are kept)."""
    audit.record_before_file(actor, audit.Action.BACKUP, details=f"rotating, {reason}")
    return Result(backup.automatic_backup(Path(path), reason=reason), _backed_up())


def back_up_to(path: Path, folder: Path, *, actor: Actor, passphrase: str) -> Result[Path]:
    """A checked backup into a folder a person chose (a USB stick), encrypted with the
    backup passphrase (refused in words when it is not the one set)."""
    require(actor, Do.BACKUP)
    backup_key.check(passphrase)
    audit.record_before_file(
        actor, audit.Action.BACKUP, details=f"to a folder, encrypted: {Path(folder).name}"
    )
    made = backup.backup_to_folder(Path(path), Path(folder), passphrase)
    return Result(made, _backed_up())


def check_looks_like_backup(backup_file: Path) -> None:
    """Refuse at once a file that cannot be a backup of this program (IntegrityFailed):
    before the person is asked whether to replace the ledger with it."""
    backup.check_looks_like_backup(Path(backup_file))


def is_encrypted(backup_file: Path) -> bool:
    """Whether a backup needs the backup passphrase to be read (one made for a folder)."""
    return backup.is_encrypted(Path(backup_file))


def _backed_up() -> Changes:
    return Changes(tables={"backup"})


def restore(path: Path, backup_file: Path, *, actor: Actor, passphrase: str | None = None) -> Path:
    """Replace the ledger with a checked backup; return where the current one was kept.
    Every thread must have closed its connection first (close_connection); this one's
    is closed afterwards. The audit log goes on: the replaced ledger's rows are carried
    into the restored one, then a row for the restore (the program's start restores a
    damaged ledger before anyone logs in: its actor is SYSTEM). The copies kept aside
    rotate (retention "before_restore")."""
    require(actor, Do.RESTORE)
    path, backup_file = Path(path), Path(backup_file)
    # The ledger being replaced says how many copies stay aside (not the older backup).
    keep = retention.values(backup.read_setting(path, retention.SETTING))["before_restore"]
    aside = backup.restore(path, backup_file, passphrase)
    connection.open_database(path, check=True)  # the restored copy's schema brought up
    database.close()
    row = {
        "actor": actor.name,
        "account_id": actor.account_id or "",
        "role": actor.role,
        "table": "ledger",
        "details": f"from {backup_file.name}; the replaced ledger kept as {aside.name}",
    }
    audit.carry_over(aside, path, row)
    backup.rotate_aside(path, keep)
    return aside


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


def kept_aside(path: Path) -> list[Path]:
    """The copies of the ledger kept aside at restores, newest first."""
    return backup.kept_aside(Path(path))


def rotate_aside(path: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` copies kept aside at restores; those removed."""
    return backup.rotate_aside(Path(path), keep)
