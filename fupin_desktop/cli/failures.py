"""How a command that fails ends: one sentence in Chinese and an exit code, never a
traceback (docs/architecture.md, "People and privacy": two writers and odd paths).

    1  refused, or a problem found (a wrong PIN, a right the account lacks, bad data)
    2  the ledger or a file cannot be used: busy (another program writes it), read-only,
       missing, a folder, no permission, a disk full, a clash, or a fault of the program
       (whose details go to the log file, masked, not to the screen)
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import peewee as pw

from fupin_desktop.cli.common import EXIT_FAILED, say
from fupin_desktop.errors import FupinError
from fupin_desktop.fileio import cannot_write
from fupin_desktop.i18n import N_, tr

log = logging.getLogger(__name__)

BUSY = N_(
    "The ledger is busy: another program is writing it. Wait until it has finished, then try again."
)
READ_ONLY = N_("The ledger {path} is read-only: nothing was changed.")
CANNOT_OPEN = N_("The ledger {path} cannot be opened: check the path and the permissions.")
DISK_FULL = N_("The disk is full: nothing was changed.")
CLASH = N_("This would give two records the same code ({detail}): nothing was changed.")
# A ledger that opened but fails on the way (damaged pages): what to do about it.
DAMAGED_ON_THE_WAY = N_(
    "The ledger {path} could not be read or written ({reason}): it may be damaged. Check "
    "it with: fupin --db {path} check; if it is damaged, restore the newest backup: fupin "
    "--db {path} backup restore FILE."
)
UNEXPECTED = N_("The program met an unexpected fault; nothing more was done. Details: {kind}.")


def explain(exc: BaseException, db: str) -> tuple[str, int]:
    """The sentence and the exit code for an exception a command raised: whatever it was
    (refused input or package, no right, a damaged ledger, an unreadable file), the
    command did nothing, and says so with exit code 2."""
    if isinstance(exc, FupinError):
        return exc.message, EXIT_FAILED
    if isinstance(exc, (pw.IntegrityError, sqlite3.IntegrityError)):
        detail = str(exc).split(":", 1)[-1].strip()
        return tr(CLASH).format(detail=detail), EXIT_FAILED
    if isinstance(exc, (pw.OperationalError, sqlite3.OperationalError, pw.DatabaseError)):
        return _database(str(exc).lower(), db), EXIT_FAILED
    if isinstance(exc, sqlite3.DatabaseError):
        return _database(str(exc).lower(), db), EXIT_FAILED
    if isinstance(exc, OSError):
        # Full drive, read-only stick, no permission: the one wording of fileio.
        return cannot_write(Path(exc.filename or db), exc).message, EXIT_FAILED
    log.error("unexpected fault in a command", exc_info=exc)
    return tr(UNEXPECTED).format(kind=type(exc).__name__), EXIT_FAILED


def _database(text: str, db: str) -> str:
    if "locked" in text or "busy" in text:
        return tr(BUSY)
    if "readonly" in text or "read-only" in text:
        return tr(READ_ONLY).format(path=db)
    if "full" in text:
        return tr(DISK_FULL)
    if "unable to open" in text:
        return tr(CANNOT_OPEN).format(path=db)
    return tr(DAMAGED_ON_THE_WAY).format(path=db, reason=text)


def report(exc: BaseException, db: str) -> int:
    """Say what went wrong (details of a refusal on stderr) and return the exit code."""
    message, code = explain(exc, db)
    say(message)
    if isinstance(exc, FupinError) and exc.details:
        print(exc.details, file=sys.stderr)
    return code
