"""One program window per ledger (docs/architecture.md, "One window per ledger").

Two windows of the program on one ledger would each keep a connection to it: a restore
in one replaces the file under the other, which goes on writing into the file moved
aside, and the edits made there are lost. So the program's window claims the ledger for
as long as it runs: an operating-system lock on the side file `<ledger>.lock`. The
operating system drops the lock when the process ends in any way (a crash, a kill, a
power cut), so a claim is never left standing. The command line's restore claims the
ledger too; its other commands do not (SQLite keeps two writers apart).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from fupin_desktop.db.integrity import side_file
from fupin_desktop.errors import LedgerInUse

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges, and a locked byte cannot be read: the lock sits far past the
# few bytes that name the holder, which the refused program reads for its message.
_LOCK_OFFSET = 1 << 30
# What a lock held by another process raises, on either system.
_HELD = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK}


class LedgerClaim:
    """This process's claim on a ledger, held until `release()` or the process ends."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = None


def lock_file(path: Path) -> Path:
    return side_file(Path(path), LOCK_SUFFIX)


def claim_ledger(path: Path) -> LedgerClaim:
    """Claim the ledger at `path` for this process; LedgerInUse if another process holds
    it. Where no lock file can be made (a read-only folder), nothing is claimed: opening
    the ledger there reports the folder itself."""
    target = lock_file(path)
    try:
        fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return LedgerClaim(target, None)
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        if exc.errno in _HELD or isinstance(exc, BlockingIOError):
            raise LedgerInUse(path=path, holder=_holder(target)) from None
        return LedgerClaim(target, None)  # a file system without locks: nothing to claim
    _name_holder(fd)
    return LedgerClaim(target, fd)


def _holder(target: Path) -> str:
    """The process id the holder wrote, for the message ("?" if unreadable)."""
    try:
        with open(target, encoding="ascii", errors="replace") as file:
            text = file.read(32).strip()
    except OSError:
        return "?"
    return text if text.isdigit() else "?"


def _name_holder(fd: int) -> None:
    # Written over the old name in place, never truncated: Windows may refuse to cut a
    # file with a locked range.
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid():<20}\n".encode("ascii"))
    except OSError:
        pass  # the name is only for the message; the lock is what counts


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
