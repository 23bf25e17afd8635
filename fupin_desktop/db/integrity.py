"""Whether a file is a ledger of this program and a healthy one, read without changing it
(before it is opened, db/connection.py; before a backup is trusted, db/backup.py), and
the open marker that says a ledger must be checked before it is opened again: it stands
beside the ledger while it is open, and a restore writes it on purpose
(docs/architecture.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from fupin_desktop.errors import IntegrityFailed
from fupin_desktop.i18n import N_

log = logging.getLogger(__name__)

# "FUPI": marks a SQLite file as a ledger of this program (PRAGMA application_id).
APPLICATION_ID = 0x46555049

OPEN_MARKER = ".open"


def side_file(path: Path, suffix: str) -> Path:
    path = Path(path)
    return path.with_name(path.name + suffix)


def write_small(path: Path, text: str) -> None:
    """A few bytes, on disk before this returns: a marker lost in a power cut is a check
    skipped."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def needs_check(path: Path) -> bool:
    """True when the ledger was not closed cleanly last time, or was just restored."""
    return side_file(path, OPEN_MARKER).exists()


def mark_needs_check(path: Path, reason: str = "open") -> None:
    try:
        write_small(side_file(path, OPEN_MARKER), f"{reason} {dt.datetime.now().isoformat()}\n")
    except OSError:  # a read-only folder: the next start simply checks again
        log.warning("could not write the open marker beside %s", path, exc_info=True)


def mark_clean(path: Path) -> None:
    side_file(path, OPEN_MARKER).unlink(missing_ok=True)


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a SQLite file, read without changing it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        return app_id, version
    except sqlite3.DatabaseError as exc:
        raise IntegrityFailed(
            N_(
                "{path} is not a ledger database, or it is damaged. If it is your ledger, "
                "restore the newest backup: the program offers it when it starts; on the "
                "command line: fupin --db {path} backup restore FILE."
            ),
            details=str(exc),
            path=path,
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
