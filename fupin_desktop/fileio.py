"""Files the program writes appear only when complete: written to a temporary name in the
same folder, flushed to disk, then renamed into place. And they are private to the user:
0600 files, 0700 folders on POSIX (docs/architecture.md, "People and privacy"); the
program also runs with the umask 077, so that what SQLite or a library creates is too."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

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


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target`.
    On any error, or cancellation, the temporary file is removed and `target` is
    untouched."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        yield tmp
        make_private(tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        if tmp.exists():
            tmp.unlink()
