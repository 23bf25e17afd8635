"""What a person is told when a file cannot be written (fupin_desktop/fileio.py)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from fupin_desktop.fileio import cannot_write


@pytest.mark.parametrize(
    "code", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.ENOENT, errno.EIO, errno.EBUSY]
)
def test_every_write_failure_is_said_in_the_programs_words(code: int) -> None:
    """The system's reason (English on most PCs: "Input/output error", "File exists")
    goes to the details, never into the sentence a person reads."""
    import os

    reason = os.strerror(code)
    error = cannot_write(Path("/media/u/包.xlsx"), OSError(code, reason, "/media/u/包.xlsx"))
    assert "/media/u/包.xlsx" in error.message
    assert reason not in error.message
    assert reason in (error.details or "")
    assert "Nothing was changed" in error.message
