"""Where a sync package goes by default: the removable drive (a USB stick) if one is
plugged in, else the user's Documents, never beside the ledger (on Windows that is the
hidden %LOCALAPPDATA%, and "the USB stick can be removed" would be untrue)."""

from __future__ import annotations

import getpass
import os
import string
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def removable_drives() -> list[Path]:
    """The mounted removable drives, in drive-letter or name order."""
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = kernel.GetLogicalDrives()
        drives = []
        for index, letter in enumerate(string.ascii_uppercase):
            root = f"{letter}:\\"
            if mask & (1 << index) and kernel.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                drives.append(Path(root))
        return drives
    return [p for base in _mount_bases() if base.is_dir() for p in sorted(base.iterdir())]


def _mount_bases() -> list[Path]:
    user = os.environ.get("USER") or getpass.getuser()
    if sys.platform == "darwin":
        return [Path("/Volumes")]
    return [Path("/media") / user, Path("/run/media") / user]


def is_removable(path: Path) -> bool:
    """Whether `path` is on one of the removable drives."""
    target = path.resolve() if path.exists() else path.parent.resolve()
    return any(target == d or d in target.parents for d in removable_drives())


def documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def export_folder() -> Path:
    """The first removable drive, else Documents."""
    drives = removable_drives()
    return drives[0] if drives else documents()
