"""A rotating log file in the user data directory: what a helper reads when a user
calls about a problem. It carries no personal values: every record passes through the
masking filter (privacy.MaskingFilter), and the files are the user's alone (0600)."""

from __future__ import annotations

import logging
from pathlib import Path

from fupin_desktop.fileio import make_private, private_folder
from fupin_desktop.privacy import MaskingFilter

MAX_BYTES = 1_000_000
KEEP = 5


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that rolls over past `max_bytes`, keeping `keep` older ones, every one
    of them 0600. What logging.handlers.RotatingFileHandler does, written here because
    importing that module (socket, pickle, queue) costs ~17 ms before the program's
    first paint (docs/architecture.md, "Start-up and speed")."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.keep = keep
        self._roll_at = max_bytes

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= self._roll_at:
            size = self.stream.tell()
            try:
                self._roll_over()
                self._roll_at = self.max_bytes
            except OSError:
                # Refused (on Windows, while another program has the file open): the log
                # goes on in the same file, and the next try is one more size later. A
                # log must never make the work that logs fail.
                self._roll_at = size + self.max_bytes
        super().emit(record)  # which reports its own failures to handleError

    def _roll_over(self) -> None:
        """fupin.log → .1, .1 → .2, …; the oldest goes. The live file is moved aside
        first: if that is refused, nothing has moved and emit reopens it."""
        path = Path(self.baseFilename)
        aside = path.with_name(f"{path.name}.rolling")
        self.stream.close()  # Windows renames no open file
        self.stream = None  # type: ignore[assignment]
        path.replace(aside)
        try:
            for n in range(self.keep - 1, 0, -1):
                older = path.with_name(f"{path.name}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{n + 1}"))
        finally:
            aside.replace(path.with_name(f"{path.name}.1"))


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    private_folder(folder, own=True)
    path = folder / "fupin.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = PrivateRotatingFileHandler(path)
    handler.addFilter(MaskingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    for old in folder.glob("fupin.log*"):
        make_private(old)
    return path
