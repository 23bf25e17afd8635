"""The roster import's writes: the rows a preview accepted, in one transaction, all or
nothing, after a backup; written through the one bulk writer (db/bulk.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.db import backup, bulk
from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.models import Guardian, StatusHistory, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.pinyin import name_pinyin
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.catalogues import STUDENT, STUDENT_HISTORY_KEYS
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students.roster_plan import (
    BATCH,
    EXISTING,
    NEW,
    PreviewRow,
    RosterPreview,
    guardian_change,
    guardians_of,
    students_by_id_number,
)
from fupin_desktop.services.students.status_history import aid_until, history_value


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    backup: Path | None = None
    student_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return tr(
            "Imported: {created} new, {updated} updated, {unchanged} unchanged, "
            "{skipped} rows skipped."
        ).format(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )


def apply(
    actor: Actor,
    roster: RosterPreview,
    *,
    update_existing: bool = True,
    skip_invalid: bool = False,
    report: Report = no_report,
    cancel: CancelToken | None = None,
    as_of: dt.date | None = None,
) -> Result[ImportResult]:
    """Write the accepted rows in one transaction: all of them or, on any error or
    cancellation, none. Invalid or repeated rows refuse the whole import unless
    skip_invalid. A backup of the ledger is taken first."""
    require(actor, Do.IMPORT)
    blocking = roster.blocking
    if blocking and not skip_invalid:
        raise ValidationError(
            N_(
                "{count} rows of the file are not valid, so nothing was imported. Correct "
                "them, or choose to skip invalid rows."
            ),
            count=len(blocking),
            details="\n".join(roster.problems()),
        )
    new_rows = [row for row in roster.rows if row.status == NEW]
    existing = [row for row in roster.rows if row.status == EXISTING]
    updates = [row for row in existing if row.changes] if update_existing else []
    result = ImportResult(
        unchanged=len(existing) - len(updates), skipped=len(blocking) if skip_invalid else 0
    )
    changes = Changes()
    if not new_rows and not updates:
        return Result(result, changes)
    result.backup = backup_before_import()
    as_of = as_of or dt.date.today()
    report(0.0, tr("Writing {count} students").format(count=len(new_rows) + len(updates)))
    with database.atomic():
        _check_still_new(new_rows)
        batch = _Batch()
        for row in new_rows:
            result.student_ids.append(_plan_new(batch, actor, roster, row, as_of))
        _plan_updates(batch, actor, roster, updates, as_of)
        result.student_ids += [row.student_id or "" for row in updates]
        if cancel is not None:
            cancel.check()
        batch.write(changes)
        result.created, result.updated = len(new_rows), len(updates)
        audit.record(actor, "import", "student", details=_audit_details(roster, result))
        if cancel is not None:
            cancel.check()  # the last moment a cancel still leaves the ledger untouched
    report(1.0, result.summary())
    return Result(result, changes)


def _audit_details(roster: RosterPreview, result: ImportResult) -> str:
    return (
        f"{roster.file_name} [{roster.sheet}]: {result.created} new, {result.updated} updated,"
        f" {result.skipped} skipped"
    )


def backup_before_import() -> Path | None:
    """One backup before every import (docs/architecture.md)."""
    name = database.database
    if not name or name == ":memory:" or not Path(name).exists():
        return None
    return backup.automatic_backup(Path(name), reason="before-import")


def _check_still_new(rows: list[PreviewRow]) -> None:
    """The ledger may have changed since the preview (a file typed in meanwhile)."""
    taken = students_by_id_number([row.values["id_number"] for row in rows])
    if taken:
        raise _ledger_changed(len(taken))


def _ledger_changed(count: int) -> ValidationError:
    return ValidationError(
        N_(
            "The ledger changed since the preview ({count} students). Nothing was imported: "
            "preview the file again."
        ),
        count=count,
    )


class _Batch:
    """The bulk way (docs/architecture.md): a save() a row, with its history, guardian
    and audit, took 7.5 s for 2,000 new students and 12 s for 2,000
    updates. What services.students.files.save_file does is planned here row by row, then
    written through db.bulk; every record still gets its own version stamp."""

    def __init__(self) -> None:
        # In foreign-key order: students before what points at them.
        models = (Student, Guardian, StatusHistory)
        self.inserts = {model: bulk.Rows(model) for model in models}
        # model -> [(record id, its version vector now, {column: new value})]
        self.updates: dict[Any, list[tuple[str, dict[str, int] | None, dict[str, Any]]]] = {
            model: [] for model in models
        }
        self.audits: list[audit.Entry] = []
        self.actor: Actor | None = None

    def insert(self, model: Any, record: dict[str, Any]) -> str:
        return self.inserts[model].add(record)

    def update(
        self, model: Any, record_id: str, version: dict[str, int] | None, values: dict[str, Any]
    ) -> None:
        self.updates[model].append((record_id, version, values))

    def audit(self, actor: Actor, action: str, record_id: str, details: str) -> None:
        self.actor = actor
        self.audits.append(audit.Entry(action, "student", record_id, details, fields=()))

    def write(self, changes: Changes) -> None:
        now = utcnow()
        for model, rows in self.inserts.items():
            ids = rows.flush(now)
            if ids:
                changes.touch(model._meta.table_name, *ids)
        for model, updates in self.updates.items():
            ids = bulk.update_travelling(model, updates, now)
            if ids:
                changes.touch(model._meta.table_name, *ids)
        if self.audits:
            assert self.actor is not None
            audit.record_many(self.actor, self.audits)


def _plan_new(
    batch: _Batch, actor: Actor, roster: RosterPreview, row: PreviewRow, as_of: dt.date
) -> str:
    """A new file, as save_file creates one: the student, a dated first history entry for
    every dated value, false and empty ones too (docs/architecture.md, "Aid over time"),
    the guardian."""
    pinyin, initials = name_pinyin(row.values["name"])
    student_id = batch.insert(
        Student,
        {
            **row.values,
            "school_id": roster.school_id,
            "name_pinyin": pinyin,
            "name_initials": initials,
        },
    )
    stage, grade = row.values.get("stage"), row.values.get("grade")
    for key in STUDENT_HISTORY_KEYS:
        value = history_value(key, row.values.get(key))
        _plan_entry(batch, student_id, key, value, as_of, (stage, grade))
    if row.guardian is not None:
        batch.insert(Guardian, {**row.guardian, "student_id": student_id})
    batch.audit(actor, "create", student_id, f"{roster.file_name} row {row.number}")
    return student_id


def _plan_updates(
    batch: _Batch, actor: Actor, roster: RosterPreview, rows: list[PreviewRow], as_of: dt.date
) -> None:
    """Only the fields the file changes are written; family members and other guardians
    are not touched. A changed status closes its open history entry and opens a new one
    on `as_of`, as save_file does. Read again inside the transaction: the version vectors
    merged into must be the current ones."""
    ids = [row.student_id or "" for row in rows]
    stored = _students_by_ids(ids)
    if len(stored) != len(ids):
        raise _ledger_changed(len(ids) - len(stored))
    guardians = guardians_of(ids)
    open_history = _open_history(ids)
    for row in rows:
        student = stored[row.student_id or ""]
        if student["id_number"] != row.values["id_number"]:
            raise _ledger_changed(1)
        _plan_update(batch, row, student, guardians, open_history, as_of)
        batch.audit(actor, "update", student["id"], f"{roster.file_name} row {row.number}")


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _plan_update(
    batch: _Batch,
    row: PreviewRow,
    student: dict[str, Any],
    guardians: dict[str, list[dict[str, Any]]],
    open_history: dict[tuple[str, str], list[dict[str, Any]]],
    as_of: dt.date,
) -> None:
    student_id = student["id"]
    values = {key: row.values[key] for key in row.changes if key in STUDENT.keys()}
    if values:
        pinyin, initials = name_pinyin(values.get("name", student["name"]))
        values.update(name_pinyin=pinyin, name_initials=initials)
        batch.update(Student, student_id, student["version"], values)
    stage = row.values.get("stage", student["stage"])
    grade = row.values.get("grade", student["grade"])
    for key in row.changes:
        if key not in STUDENT_HISTORY_KEYS:
            continue
        if not open_history.get((student_id, key)):
            _plan_previous(batch, student, key, as_of)
        for entry in open_history.get((student_id, key), []):
            if _as_date(entry["start_date"]) > as_of:
                # The same rule as a student file saved by hand: no change dated before
                # the value it replaces started.
                raise ValidationError(
                    N_("The current value holds since {date}; a change cannot be dated earlier."),
                    date=str(entry["start_date"]),
                )
            batch.update(StatusHistory, entry["id"], entry["version"], {"end_date": as_of})
        value = history_value(key, row.values[key])
        _plan_entry(batch, student_id, key, value, as_of, (stage, grade))
    if row.guardian is not None:
        change = guardian_change(row, guardians.get(student_id, []))
        if change is not None:
            existing, guardian_values = change
            if existing is None:
                batch.insert(Guardian, {**guardian_values, "student_id": student_id})
            else:
                batch.update(Guardian, existing["id"], existing["version"], guardian_values)


def _plan_entry(
    batch: _Batch,
    student_id: str,
    kind: str,
    value: str,
    start: dt.date,
    placement: tuple[str | None, int | None],
    end: dt.date | None = None,
) -> None:
    """A history entry, with the end of the aid it keeps (the stage and grade it begins in)."""
    until = aid_until(kind, value, *placement, start)
    batch.insert(
        StatusHistory,
        {
            "student_id": student_id,
            "kind": kind,
            "value": value,
            "start_date": start,
            "end_date": end,
            "aid_until": until,
        },
    )


def _plan_previous(batch: _Batch, student: dict[str, Any], key: str, as_of: dt.date) -> None:
    """A file with no entry for a dated value (a bare row) first gets one for its old
    value, from the day it was made, as save_file does: the change does not reach back
    before `as_of`."""
    made = student["created_at"]
    made = made.date() if isinstance(made, dt.datetime) else _as_date(made)
    start = min(made, as_of)
    value = history_value(key, student[key])
    placement = (student["stage"], student["grade"])
    _plan_entry(batch, student["id"], key, value, start, placement, end=as_of)


def _students_by_ids(ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        query = Student.select().where(Student.id.in_(chunk) & (Student.deleted == False))  # noqa: E712
        found.update({row["id"]: row for row in query.dicts()})
    return found


def _open_history(student_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    result: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for start in range(0, len(student_ids), BATCH):
        chunk = student_ids[start : start + BATCH]
        query = StatusHistory.select(
            StatusHistory.id,
            StatusHistory.student,
            StatusHistory.kind,
            StatusHistory.version,
            StatusHistory.start_date,
        ).where(
            StatusHistory.student.in_(chunk)
            & StatusHistory.end_date.is_null()
            & (StatusHistory.deleted == False)  # noqa: E712
        )
        for entry in query.dicts():
            result.setdefault((entry["student"], entry["kind"]), []).append(entry)
    return result
