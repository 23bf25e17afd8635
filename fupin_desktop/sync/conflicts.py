"""The conflict log as people use it: the list, both versions field by field, and keeping
either one. Keeping a version is a new edit (a new version that dominates both), so it
travels with the next package and settles the record everywhere."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import ConflictLog
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services import audit
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import state
from fupin_desktop.sync.codec import to_cell
from fupin_desktop.sync.tables import MACHINE, SyncTable, table_by_name

KEEP_WINNER, KEEP_LOSER = "winner", "loser"


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    table_title: str
    record_id: str
    summary: str  # a name or a date a person recognises the record by
    logged_at: dt.datetime
    package_id: str
    resolved: bool
    resolution: str


@dataclass(frozen=True)
class FieldDiff:
    key: str
    title: str
    winner: str  # as a person reads it
    loser: str
    differs: bool


def _may(actor: Actor) -> None:
    if not actor.may_configure and actor.role != "aid_officer":
        raise PermissionDenied()


def _summary(record: dict[str, Any]) -> str:
    for key in ("name", "visit_date", "entry_date", "call_date", "paid_on", "start_date", "code"):
        if record.get(key):
            return str(record[key])
    return str(record.get("id", ""))[:8]


def list_conflicts(actor: Actor, *, include_resolved: bool = False) -> list[ConflictRow]:
    _may(actor)
    query = ConflictLog.select().order_by(ConflictLog.logged_at.desc(), ConflictLog.id.desc())
    if not include_resolved:
        query = query.where(ConflictLog.resolved == False)  # noqa: E712
    out = []
    for row in query:
        table = table_by_name(row.table)
        out.append(
            ConflictRow(
                row.id,
                row.table,
                table.title if table else row.table,
                row.record_id,
                _summary(row.winner or {}),
                row.logged_at,
                row.package_id,
                row.resolved,
                row.resolution,
            )
        )
    return out


def open_count() -> int:
    return ConflictLog.select().where(ConflictLog.resolved == False).count()  # noqa: E712


def _display(table: SyncTable, key: str, value: Any) -> str:
    try:
        column = table.column(key)
    except KeyError:
        return "" if value is None else str(value)
    if key == "deleted":
        return tr("Deleted") if value else tr("Live")
    shown = to_cell(column, value)
    return "" if shown is None else str(shown)


def compare(actor: Actor, conflict_id: int) -> list[FieldDiff]:
    """Both versions, field by field, in the order of the package sheet."""
    _may(actor)
    row = _get(conflict_id)
    table = _table(row.table)
    out = []
    for column in table.columns:
        if column.key in ("id", "version", "created_at"):
            continue
        if column.key not in row.winner and column.key not in row.loser:
            continue
        a, b = row.winner.get(column.key), row.loser.get(column.key)
        out.append(
            FieldDiff(
                column.key,
                column.title,
                _display(table, column.key, a),
                _display(table, column.key, b),
                a != b and column.key != "updated_at",
            )
        )
    return out


def _get(conflict_id: int) -> ConflictLog:
    row = ConflictLog.get_or_none(ConflictLog.id == conflict_id)
    if row is None:
        raise NotFound()
    return row


def _table(name: str) -> SyncTable:
    table = table_by_name(name)
    if table is None:
        raise ValidationError(N_("Records of kind {table} are not known here."), table=name)
    return table


def resolve(actor: Actor, conflict_id: int, keep: str) -> Result[None]:
    """Keep the version a person chose, as a new edit. Text a package did not carry
    (diary text, counselling notes) is never blanked by keeping the other version."""
    _may(actor)
    if keep not in (KEEP_WINNER, KEEP_LOSER):
        raise ValidationError(N_("Choose which version to keep."))
    with database.atomic():
        row = _get(conflict_id)
        table = _table(row.table)
        chosen = row.winner if keep == KEEP_WINNER else row.loser
        model = table.model
        record = model.get_or_none(model.id == row.record_id)
        if record is None:
            raise NotFound()
        for column in table.columns:
            if column.key in (*MACHINE[:1], "version", "created_at", "updated_at"):
                continue
            if column.key not in chosen:
                continue
            field = model._meta.fields[column.field_name]
            value = field.python_value(chosen[column.key])
            # Text that stayed at the other school arrived blank: keep the text here.
            if column.stays_at_school and not value and getattr(record, column.field_name):
                continue
            if hasattr(field, "rel_model"):
                setattr(record, field.object_id_name, value)
            else:
                setattr(record, column.field_name, value)
        record.save()
        ConflictLog.update(resolved=True, resolution=keep).where(
            (ConflictLog.record_id == row.record_id) & (ConflictLog.resolved == False)  # noqa: E712
        ).execute()
        audit.record(actor, "resolve_conflict", row.table, row.record_id, keep)
    return Result(None, Changes(tables={row.table, "conflict_log"}, ids={row.record_id}))


def set_send_sensitive_text(actor: Actor, value: bool) -> Result[None]:
    """The setting that lets diary text and counselling notes travel (principal only)."""
    if not actor.may_configure:
        raise PermissionDenied()
    with database.atomic():
        state.set_send_sensitive_text(value)
        audit.record(actor, "sync_sensitive_text", "setting", details=str(bool(value)))
    return Result(None, Changes(settings=True))
