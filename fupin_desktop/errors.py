"""FupinError and its kinds. Messages are English source text, translated when shown.

A message may hold `{name}` fields; they are filled after translation, so the Chinese
text can put them where Chinese grammar wants them.
"""

from __future__ import annotations

from typing import Any

from fupin_desktop.i18n import N_, tr


class FupinError(Exception):
    """An error the user can understand and act on."""

    default_message = N_("Something went wrong.")

    def __init__(self, message: str | None = None, *, details: str = "", **fields: Any) -> None:
        self.source = message or self.default_message
        self.fields = fields
        self.details = details
        super().__init__(self.source.format(**fields) if fields else self.source)

    @property
    def message(self) -> str:
        """The translated message, fields filled in."""
        text = tr(self.source)
        return text.format(**self.fields) if self.fields else text

    def __str__(self) -> str:
        return self.message


class ValidationError(FupinError):
    """A value a person typed or a file held is not acceptable."""

    default_message = N_("The data is not valid.")

    def __init__(
        self, message: str | None = None, *, field: str = "", details: str = "", **fields: Any
    ) -> None:
        super().__init__(message, details=details, **fields)
        self.field = field


class NotFound(FupinError):
    default_message = N_("The record was not found.")


class DatabaseError(FupinError):
    default_message = N_("The ledger database cannot be used.")


class IntegrityFailed(DatabaseError):
    default_message = N_("The ledger database is damaged.")


class SchemaTooNew(DatabaseError):
    default_message = N_(
        "This ledger was written by a newer version of the program. Please upgrade the program."
    )


class NotInitialised(FupinError):
    default_message = N_("This installation has not been set up yet. Run the first-run setup.")


class FileWriteError(FupinError):
    """A file could not be written (a full or read-only drive, a folder not allowed):
    said in a sentence, never as the system's error (fileio.cannot_write)."""

    default_message = N_("The file could not be written.")


class BackupError(FupinError):
    default_message = N_("The backup could not be made or restored.")


class FileFormatError(FupinError):
    """A file cannot be read: damaged, of another kind, or too large."""

    default_message = N_("The file cannot be read.")


class PackageRefused(FileFormatError):
    """A readable file that is not acceptable as a sync package (exit code 1, not 2)."""


class PermissionDenied(FupinError):
    default_message = N_("You are not allowed to do this.")


class Cancelled(FupinError):
    default_message = N_("The work was cancelled.")


class LedgerInUse(DatabaseError):
    """Another window of the program has the ledger open (fupin_desktop/db/instance.py)."""

    default_message = N_(
        "The ledger {path} is already open in another window of the program on this computer "
        "(process {holder}). Switch to that window from the taskbar: two windows on one ledger "
        "would overwrite each other's work."
    )
