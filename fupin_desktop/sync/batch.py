"""A batch of packages (several files, or a folder of them), as the township imports
the packages of its schools: preview them all, then apply the acceptable ones in order
of sequence per sender, one backup first and each package in its own transaction, so
one bad package does not stop the others. A batch never enrols or re-keys a sender: a
package from a sender whose key is not enrolled is refused (sync.trust enrols, apart).
Every check is importer's: a package is inspected again right before it is applied,
against the ledger as the earlier packages of the batch left it. No user-visible text
here: the caller says what happened."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fupin_desktop.errors import Cancelled, FupinError
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import importer
from fupin_desktop.sync.reader import PackageRefused

READY, IMPORTED_BEFORE, REFUSED = "ready", "imported_before", "refused"
APPLIED, SKIPPED = "applied", "skipped"  # outcomes of the import
SUFFIXES = (".xlsx", ".fpkg")  # a plain or Excel-encrypted package, a sealed one


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the .xlsx files in it (as on the command line)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    return files


@dataclass
class BatchEntry:
    path: Path
    preview: importer.Preview | None = None
    error: FupinError | None = None
    outcome: str = ""  # after the import: APPLIED, IMPORTED_BEFORE, REFUSED, SKIPPED
    result: importer.ImportResult | None = None
    password: str | None = field(default=None, repr=False)  # for an encrypted package

    @property
    def status(self) -> str:
        if self.error is not None or self.preview is None:
            return REFUSED
        if self.preview.already_imported:
            return IMPORTED_BEFORE
        return READY

    @property
    def reason(self) -> str:
        """Why it was refused, translated; "" if it was not."""
        return self.error.message if self.error is not None else ""

    @property
    def unreadable(self) -> bool:
        """Not a package at all: nothing the ledger does can change that."""
        return self.error is not None and not isinstance(self.error, PackageRefused)

    @property
    def sender(self) -> str:
        return self.preview.peer if self.preview else ""

    @property
    def sequence(self) -> int:
        return self.preview.manifest.sequence if self.preview else 0

    def totals(self) -> dict[str, int]:
        source = self.result.preview if self.result else self.preview
        if source is None or source.plan is None:
            return {}
        return source.plan.totals()


def preview_batch(
    paths: Iterable[Path],
    report: Report = no_report,
    cancel: CancelToken | None = None,
    *,
    password: str | None = None,
) -> list[BatchEntry]:
    """Inspect every file; writes nothing. A refusal is kept with its entry. `password`
    opens the encrypted packages of the batch (plain ones need none)."""
    files = package_files(paths)
    entries: list[BatchEntry] = []
    for number, path in enumerate(files):
        if cancel is not None:
            cancel.check()
        report(number / max(1, len(files)), path.name)
        entry = BatchEntry(path, password=password)
        try:
            entry.preview = importer.inspect(path, cancel, password=password)
        except Cancelled:
            raise
        except FupinError as exc:
            entry.error = exc
        entries.append(entry)
    report(1.0, "")
    return entries


def ordered(entries: Iterable[BatchEntry]) -> list[BatchEntry]:
    """By sender, then sequence; packages whose sender is not known (refused) last."""
    return sorted(entries, key=lambda e: (e.preview is None, e.sender, e.sequence))


@dataclass
class BatchResult:
    entries: list[BatchEntry]
    cancelled: bool = False

    def with_outcome(self, outcome: str) -> list[BatchEntry]:
        return [e for e in self.entries if e.outcome == outcome]


def import_batch(
    actor: Actor,
    entries: list[BatchEntry],
    *,
    report: Report = no_report,
    cancel: CancelToken | None = None,
) -> Result[BatchResult]:
    """Apply the batch: one backup, then each package (checked again) in its own
    transaction. Unreadable files and packages imported before are not read again; a
    package refused in the preview is tried again after the earlier packages of the
    batch (it may have needed one of them)."""
    result = BatchResult(entries)
    changes = Changes()
    todo: list[BatchEntry] = []
    for entry in ordered(entries):
        entry.outcome, entry.result = "", None
        if entry.unreadable:
            entry.outcome = REFUSED
        elif entry.status == IMPORTED_BEFORE:
            entry.outcome = IMPORTED_BEFORE
        else:
            todo.append(entry)
    if not any(e.status == READY for e in todo):
        for entry in todo:
            entry.outcome = REFUSED
        return Result(result, changes)
    importer.backup_before_import(report)  # one for the whole batch
    share = 0.8 / len(todo)
    for number, entry in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            result.cancelled = True
            break
        start = 0.15 + number * share

        def step(fraction: float, text: str, start: float = start) -> None:
            report(start + fraction * share, text)

        try:
            preview = importer.inspect(entry.path, cancel, password=entry.password)
            done, more = importer.apply(actor, preview, replan=False, backup=False, report=step)
        except Cancelled:
            result.cancelled = True
            break
        except FupinError as exc:
            entry.error, entry.outcome = exc, REFUSED
            continue
        entry.preview, entry.error, entry.result = done.preview, None, done
        entry.outcome = APPLIED if done.applied else IMPORTED_BEFORE
        changes.merge(more)
    for entry in todo:
        if not entry.outcome:
            entry.outcome = SKIPPED
    report(1.0, "")
    return Result(result, changes)
