"""A rotating log file in the user data directory: what a helper reads when a user
calls about a problem. It carries no personal values: every record passes through the
masking filter (privacy.MaskingFilter), and the files are the user's alone (0600)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from fupin_desktop.fileio import make_private, private_folder
from fupin_desktop.privacy import MaskingFilter


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the rolled-over ones too, is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    private_folder(folder, own=True)
    path = folder / "fupin.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    for old in folder.glob("fupin.log*"):
        make_private(old)
    return path
