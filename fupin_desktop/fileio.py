"""Files the program writes appear only when complete: written to a temporary name in the
same folder, flushed to disk, then renamed into place.

Temporary names are `.<name>.<random>.partial` beside the target, and the process writing
one holds a lock on it (flock on POSIX; on Windows an open file cannot be deleted). A
program killed in the middle leaves its partial file behind: the next write into the same
folder recognises it (the name, no lock held) and removes it. Nothing the program writes
goes through the system's temporary folder (docs/architecture.md, "Crash-clean files").

And they are private to the user: 0600 files, 0700 folders on POSIX (docs/architecture.md,
"People and privacy"); the program also runs with the umask 077, so that what SQLite or a
library creates is too."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from fupin_desktop.errors import FileWriteError
from fupin_desktop.i18n import N_

# `.<name>.<12 hex>.partial`; older versions named them by process id: `.<name>.<pid>.partial`
_PARTIAL = re.compile(r"^\..+\.([0-9a-f]{12}|\d+)\.partial$")
PRIVATE_FILE, PRIVATE_FOLDER, PRIVATE_UMASK = 0o600, 0o700, 0o077


def use_private_umask() -> None:
    """Every file and folder created from now on is the user's alone (POSIX)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """0600 for a file the user owns (nothing on Windows: the profile is private)."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, PRIVATE_FILE)
    except OSError:
        pass  # a file on a FAT USB stick has no modes; one we do not own keeps its own


def private_folder(folder: Path, *, own: bool = False) -> Path:
    """Create `folder` (and its parents) 0700. With `own` (a folder the program keeps for
    itself: its data, logs, backups), an existing one is made 0700 too; a folder a person
    chose (a USB stick) keeps its modes."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if own and os.name == "posix":
        try:
            os.chmod(folder, PRIVATE_FOLDER)
        except OSError:
            pass
    return folder


def is_private(path: Path) -> bool:
    """Whether only its owner may read or write `path` (always true off POSIX)."""
    if os.name != "posix":
        return True
    return not Path(path).stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _lock(fd: int) -> bool:
    """Hold an exclusive lock on an open file; False if another process holds one."""
    if os.name != "posix":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def is_partial(path: Path) -> bool:
    return bool(_PARTIAL.match(Path(path).name))


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files a killed program left in `folder` (those no live process
    holds). Returns what was removed; a folder that cannot be read removes nothing."""
    removed: list[Path] = []
    try:
        candidates = [p for p in Path(folder).iterdir() if is_partial(p)]
    except OSError:
        return removed
    for path in candidates:
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            if _lock(fd):
                path.unlink()
                removed.append(path)
        except OSError:  # in use (Windows) or already gone
            pass
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def partial_file(target: Path) -> Iterator[Path]:
    """A new, locked, empty temporary file beside `target` (its name recognisable as
    partial); removed on leaving unless it was renamed away (publish). Stale partial
    files of killed programs in the folder are removed first."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(target.parent)
    path = target.with_name(f".{target.name}.{os.urandom(6).hex()}.partial")
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
    if os.name != "posix":
        # Windows: a file open here could not be renamed; the writer's own handle keeps
        # it from being deleted while it is written.
        os.close(fd)
        fd = -1
    if fd >= 0:
        _lock(fd)
    try:
        yield path
    finally:
        try:
            path.unlink(missing_ok=True)
        finally:
            if fd >= 0:
                os.close(fd)


def publish(tmp: Path, target: Path) -> None:
    """Flush `tmp` to disk and rename it to `target` (replacing it), durably; private."""
    make_private(tmp)
    fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(Path(target).parent)


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target`.
    On any error, or cancellation, the temporary file is removed and `target` is
    untouched."""
    target = Path(target)
    with partial_file(target) as tmp:
        yield tmp
        publish(tmp, target)


def cannot_write(path: Path, exc: OSError) -> FileWriteError:
    """What to tell a person when `path` could not be written: full drive, read-only
    drive or folder, or another reason of the system (its words in the details)."""
    name = str(path)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        message = N_(
            "{path} could not be written: the drive is full. Free some space or choose "
            "another drive, then try again. Nothing was changed."
        )
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        message = N_(
            "{path} could not be written: the drive or folder is read-only (a USB stick "
            "with its lock switch on?). Choose another folder, then try again. Nothing was "
            "changed."
        )
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):  # EEXIST: a file there
        message = N_(
            "{path} could not be written: its folder is not there (a USB stick taken out?). "
            "Choose the folder again, then try again. Nothing was changed."
        )
    else:
        # The system's own reason is English on most PCs: it goes in the details.
        message = N_(
            "{path} could not be written. Check the drive (full, write-protected or "
            "taken out?), then try again. Nothing was changed."
        )
    return FileWriteError(message, details=repr(exc), path=name, reason=exc.strerror or "")
