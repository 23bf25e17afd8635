"""The student list as filtered, to Excel (the list's "Export list…", `fupin students
export`): Chinese headers from the catalogue, choices in words, IDs as text cells."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fupin_desktop.i18n import tr
from fupin_desktop.io import xlsx
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, allows, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students import listing

BATCH = 500  # students read at a time


def export_columns() -> list[xlsx.Column]:
    """学校, then every field of the student file, headers from the catalogue."""
    return [xlsx.Column(tr("School"), 16)] + [xlsx.Column.of(f) for f in STUDENT]


def _export_value(f: Field, value: Any) -> Any:
    if value is None or value == "":
        return None  # an empty cell, not "(none)"
    if f.kind is Kind.INT:
        return value
    return f.display(value)


def export_students(
    actor: Actor,
    query: listing.StudentQuery,
    path: Path,
    report: Report = no_report,
    cancel: CancelToken | None = None,
) -> Result[int]:
    """The student list as filtered (a listing.StudentQuery) to an Excel file:
    Chinese headers, choices in words, IDs and phones as text cells, header row frozen.
    ID numbers in full for a role that may write them (the role matrix), else masked;
    the role matrix's EXPORT decides who exports at all. The value is the
    number of rows; the audit log records the export, before the file is written."""
    require(actor, Do.EXPORT)
    full = allows(actor, Do.FULL_ID_FILES)
    ids = listing.list_ids(actor, query)
    ids_are = "full IDs" if full else "IDs masked"
    audit.record_before_file(
        actor, "export", "student", details=f"{len(ids)} rows, {ids_are}, {Path(path).name}"
    )
    total = max(len(ids), 1)

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), BATCH):
            if cancel is not None:
                cancel.check()
            chunk = ids[start : start + BATCH]
            fetched = listing.fetch_rows(actor, chunk, full_ids=full)
            for student_id in chunk:
                row = fetched.get(student_id)
                if row is not None:
                    values = [_export_value(f, row.get(f.key)) for f in STUDENT]
                    yield [row.get("school_name", ""), *values]
            done = start + len(chunk)
            text = tr("Written {done} of {total} students").format(done=done, total=len(ids))
            report(done / total, text)

    count = xlsx.write_workbook(
        Path(path), [xlsx.SheetSpec(tr("Students"), export_columns(), rows())], cancel=cancel
    )
    return Result(count, Changes().touch("audit_log"))
