"""The conflict log as people use it: the list, both versions field by field, and keeping
either one. Keeping a version is a new edit (a new version that dominates both), so it
travels with the next package and settles the record everywhere.

A clerk decides between places, not between "winner" and "loser": each conflict says
which version is this installation's own ("本校" at a school, the central school at the
township) and which came in the package (the township, or the school that sent it),
who changed each and when, and, once decided, which one was kept. The merge logs the
deterministic winner and the loser; which of the two was here is read from their
version vectors: this installation's own version holds its latest edit of the record
(the loser carries it only when the loser was here).

Since field-level merge (sync/fields.py) a conflict is the fields edited on both sides:
the log notes them and which side won each (`ConflictLog.fields`), so "ours" (this
ledger's values before the package came) and "theirs" (the package's) are known
exactly; keeping one is a new edit of those fields only, stamped even where a value
stays, so that it travels; the other installation closes its own entry for the record
when it arrives (sync/merge.py). The GUI page (ui/sync/conflicts_page.py) and `fupin
sync conflicts` (cli/conflicts.py) use the same calls."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.models import AuditLog, ConflictLog, PackageLedger, School, Student
from fupin_desktop.db.stamps import UNSTAMPED
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.privacy import mask_personal
from fupin_desktop.schema.format import local_time
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.roles import may_resolve_conflicts
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import state
from fupin_desktop.sync.codec import to_cell
from fupin_desktop.sync.tables import MACHINE, ColumnKind, SyncTable, scope_sql, table_by_name

KEEP_WINNER, KEEP_LOSER = "winner", "loser"
KEEP_OURS, KEEP_THEIRS = "ours", "theirs"  # this ledger's version, the package's
KEEPS = (KEEP_WINNER, KEEP_LOSER, KEEP_OURS, KEEP_THEIRS)


@dataclass(frozen=True)
class Side:
    """One version of a conflict, as a clerk tells it apart."""

    keep: str  # KEEP_OURS / KEEP_THEIRS (before field-level merge: KEEP_WINNER / _LOSER)
    place: str  # "本校（柳塘小学）", "乡镇中心学校", or the sending school's name
    who: str  # the person who made this version (its changed_by); "" when not known
    changed_at: dt.datetime | str | None  # the version's own time of change (UTC)
    here: bool  # this installation's own version

    @property
    def changed(self) -> str:
        """ "张老师 2026-10-05 10:15" (local time), as much as is known."""
        when = local_time(self.changed_at) if self.changed_at else ""
        return " ".join(part for part in (self.who, when) if part)


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
    here: Side
    there: Side
    fields: tuple[str, ...] = ()  # the columns edited on both sides; () for a whole record

    @property
    def kept(self) -> Side | None:
        """The version kept, once a person decided (None too when it was settled on the
        other side: sync.merge.SETTLED)."""
        if not self.resolved or self.resolution not in (self.here.keep, self.there.keep):
            return None
        return self.here if self.resolution == self.here.keep else self.there

    @property
    def state(self) -> str:
        kept = self.kept
        if kept is None:
            return tr("Resolved on the other side") if self.resolved else tr("Waiting for review")
        return tr("Kept: {place}").format(place=kept.place)


@dataclass(frozen=True)
class FieldDiff:
    key: str
    title: str
    winner: str  # as a person reads it
    loser: str
    differs: bool
    here: str = ""  # this installation's version of the field
    there: str = ""  # the package's


@dataclass(frozen=True)
class FieldSide:
    """One field in conflict as this ledger had it and as the package brought it."""

    key: str
    title: str
    ours: str
    theirs: str
    kept: str  # KEEP_OURS or KEEP_THEIRS: the side the merge kept


def may_resolve(actor: Actor) -> bool:
    """Whether `actor` sees and clears conflicts (services/accounts/roles.py)."""
    return may_resolve_conflicts(actor)


def _may(actor: Actor) -> None:
    if not may_resolve(actor):
        raise PermissionDenied(
            N_("Only the principal, the aid officer or the township clears conflicts.")
        )


def _summary(record: dict[str, Any]) -> str:
    """The record as a person knows it: a name, or the child's name and a date."""
    parts = []
    if record.get("student_id") and not record.get("name"):
        student = Student.get_or_none(Student.id == record["student_id"])
        if student is not None:
            parts.append(student.name)
    for key in ("name", "visit_date", "entry_date", "call_date", "paid_on", "start_date", "code"):
        if record.get(key):
            parts.append(str(record[key]))
            break
    return " ".join(parts) or str(record.get("id", ""))[:8]


def _vector(record: dict[str, Any]) -> dict[str, int]:
    version = record.get("version")
    if isinstance(version, str):
        try:
            version = json.loads(version)
        except ValueError:
            return {}
    return version if isinstance(version, dict) else {}


def _loser_was_here(row: ConflictLog, own: str) -> bool:
    """The written winner holds the merged vector; the loser its own. This
    installation's version holds its latest edit of the record, so when the loser's
    count of our edits is the winner's (and not nought), the loser was here."""
    mine = _vector(row.loser).get(own, 0)
    return mine > 0 and mine == _vector(row.winner).get(own, 0)


def _places(
    info: installation.InstallationInfo | None, package: PackageLedger | None
) -> tuple[str, str]:
    """(this installation, the package's sender) as a clerk names them."""
    if info is None:
        return tr("This installation"), tr("The other side")
    if info.is_township:
        here = tr("Township central school (here)")
        there = tr("A school")
        if package is not None and package.school_code:
            school = School.get_or_none(School.code == package.school_code)
            there = school.name if school is not None else package.school_code
        return here, there
    return tr("This school ({name})").format(name=info.school_name), tr("Township central school")


def _who_here(row: ConflictLog) -> str:
    """Who made this ledger's version: as logged, else (a conflict logged before the
    changed_by migration) the last person who changed the record here before the
    package came, from the audit log."""
    if row.here_by:
        return row.here_by
    entry = (
        AuditLog.select(AuditLog.actor)
        .where(
            (AuditLog.record_id == row.record_id)
            & (AuditLog.action.in_(("create", "update")))
            & (AuditLog.at <= row.logged_at)
        )
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .first()
    )
    return entry.actor if entry is not None else ""


def _version(row: ConflictLog, keep: str) -> dict[str, Any]:
    """One side of a field-level conflict as a whole record: the merged record with that
    side's values (and stamps) in the fields in conflict."""
    sides: dict[str, str] = row.fields or {}
    out = dict(row.winner)
    won = dict(row.winner.get("stamps") or {})
    lost = dict(row.loser.get("stamps") or {})
    stamps = dict(won)
    for column, side in sides.items():
        # `side` won the field: keeping the other side means the loser's value.
        out[column] = row.winner.get(column) if side == keep else row.loser.get(column)
        stamps[column] = won.get(column) if side == keep else lost.get(column)
    out["stamps"] = {k: v for k, v in stamps.items() if v is not None}
    return out


def _changed_at(record: dict[str, Any], columns: list[str]) -> str | None:
    """When a side last changed the fields in conflict (the times of its stamps)."""
    stamps = record.get("stamps") or {}
    times = [str(stamps[c][2]) for c in columns if isinstance(stamps.get(c), list)]
    return max(times) if times else record.get("updated_at")


def _sides(row: ConflictLog, info: installation.InstallationInfo | None) -> tuple[Side, Side]:
    package = PackageLedger.get_or_none(PackageLedger.package_id == row.package_id)
    here_place, there_place = _places(info, package)
    if row.fields:
        columns = list(row.fields)
        ours, theirs = _version(row, KEEP_OURS), _version(row, KEEP_THEIRS)
        here = Side(KEEP_OURS, here_place, _who_here(row), _changed_at(ours, columns), True)
        there = Side(KEEP_THEIRS, there_place, row.there_by, _changed_at(theirs, columns), False)
        return here, there
    loser_here = info is not None and _loser_was_here(row, info.instance_id)
    here_record, there_record = (row.loser, row.winner) if loser_here else (row.winner, row.loser)
    here_keep, there_keep = (KEEP_LOSER, KEEP_WINNER) if loser_here else (KEEP_WINNER, KEEP_LOSER)
    here = Side(here_keep, here_place, _who_here(row), here_record.get("updated_at"), True)
    there = Side(there_keep, there_place, row.there_by, there_record.get("updated_at"), False)
    return here, there


def list_conflicts(
    actor: Actor, *, include_resolved: bool = False, school_id: str | None = None
) -> list[ConflictRow]:
    """Newest first; with `school_id`, only the records of that school (reference data,
    which belongs to no school, is left out then)."""
    _may(actor)
    query = ConflictLog.select().order_by(ConflictLog.logged_at.desc(), ConflictLog.id.desc())
    if not include_resolved:
        query = query.where(ConflictLog.resolved == False)  # noqa: E712
    out = []
    info = installation.current()
    for row in query:
        table = table_by_name(row.table)
        if school_id is not None and (table is None or not _of_school(table, row, school_id)):
            continue
        here, there = _sides(row, info)
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
                here,
                there,
                tuple(row.fields or ()),
            )
        )
    return out


def _of_school(table: SyncTable, row: ConflictLog, school_id: str) -> bool:
    scope = scope_sql(table)
    if scope is None:
        return False
    sql = f'SELECT 1 FROM "{table.name}" WHERE "id" = ? AND {scope}'
    return database.execute_sql(sql, (row.record_id, school_id)).fetchone() is not None


def field_sides(actor: Actor, conflict_id: int) -> list[FieldSide]:
    """The fields in conflict: this ledger's value and the package's, as people read
    them (a conflict logged before field-level merge: the fields that differ, this
    installation's version told from the version vectors)."""
    _may(actor)
    row = _get(conflict_id)
    table = _table(row.table)
    here, _ = _sides(row, installation.current())
    out = []
    for diff in compare(actor, conflict_id):
        if not diff.differs:
            continue
        if row.fields:
            kept = row.fields.get(diff.key, KEEP_OURS)
        else:
            kept = KEEP_OURS if here.keep == KEEP_WINNER else KEEP_THEIRS
        out.append(FieldSide(diff.key, _title(table, diff.key), diff.here, diff.there, kept))
    return out


def _title(table: SyncTable, key: str) -> str:
    try:
        return table.column(key).title
    except KeyError:
        return key


def open_count() -> int:
    return ConflictLog.select().where(ConflictLog.resolved == False).count()  # noqa: E712


def _display(table: SyncTable, key: str, value: Any) -> str:
    """A value as the page and the command line show it: ID, card and phone numbers
    masked to their last four, as on every screen (docs/architecture.md, "People and
    privacy"); the two sides still show which field differs."""
    try:
        column = table.column(key)
    except KeyError:
        return mask_personal("" if value is None else str(value))
    if key == "deleted":
        return tr("Deleted") if value else tr("Live")
    shown = to_cell(column, value)
    return mask_personal("" if shown is None else str(shown))


def user_field(key: str, kind: str) -> bool:
    """A column a person fills in, not one the program keeps: no record ids, versions,
    timestamps, pinyin spellings or lists of record ids."""
    if key in MACHINE or key in UNSTAMPED or key.endswith("_id"):
        return False
    if key in ("name_pinyin", "name_initials"):
        return False
    return kind not in (ColumnKind.JSON, ColumnKind.DATETIME)


def compare(actor: Actor, conflict_id: int) -> list[FieldDiff]:
    """Both versions, field by field, in the order of the package sheet: the fields a
    person fills in, and "deleted" only when one side deleted the record."""
    _may(actor)
    row = _get(conflict_id)
    table = _table(row.table)
    here, there = _versions(row)
    out = []
    for column in table.columns:
        if column.key not in row.winner and column.key not in row.loser:
            continue
        a, b = row.winner.get(column.key), row.loser.get(column.key)
        if column.key == "deleted":
            if bool(a) == bool(b):
                continue
        elif not user_field(column.key, column.kind):
            continue
        out.append(
            FieldDiff(
                column.key,
                column.title,
                _display(table, column.key, a),
                _display(table, column.key, b),
                a != b,
                _display(table, column.key, here.get(column.key)),
                _display(table, column.key, there.get(column.key)),
            )
        )
    return out


def _versions(row: ConflictLog) -> tuple[dict[str, Any], dict[str, Any]]:
    """(this installation's version, the package's) as whole records."""
    if row.fields:
        return _version(row, KEEP_OURS), _version(row, KEEP_THEIRS)
    here, _ = _sides(row, installation.current())
    return (row.winner, row.loser) if here.keep == KEEP_WINNER else (row.loser, row.winner)


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


def _chosen(row: ConflictLog, keep: str) -> tuple[dict[str, Any], list[str] | None]:
    """The values to keep and the columns they are kept for (None: every column, for a
    whole-record conflict logged before field-level merge)."""
    sides: dict[str, str] = row.fields or {}
    if keep in (KEEP_OURS, KEEP_THEIRS):
        if sides:
            return _version(row, keep), list(sides)
        here, _ = _sides(row, installation.current())
        mine = here.keep == KEEP_WINNER
        keep = KEEP_WINNER if (keep == KEEP_OURS) == mine else KEEP_LOSER
    return (row.winner if keep == KEEP_WINNER else row.loser), list(sides) or None


def _kept(row: ConflictLog, keep: str, here: Side, there: Side) -> Side:
    """The side a choice keeps (the winner of a field-level conflict: ours only when we
    won every field in it)."""
    if keep in (KEEP_OURS, KEEP_THEIRS):
        return here if keep == KEEP_OURS else there
    if row.fields:
        ours_won = all(side == KEEP_OURS for side in row.fields.values())
        return here if ours_won == (keep == KEEP_WINNER) else there
    return here if here.keep == keep else there


def resolve(actor: Actor, conflict_id: int, keep: str) -> Result[str]:
    """Keep the version a person chose, as a new edit of the fields in conflict (every
    field, for a conflict logged before field-level merge), stamped even where the value
    stays, so that it travels and closes the conflict on the other side too.

    `keep`: KEEP_OURS (this ledger's version before the package came) or KEEP_THEIRS
    (the package's), as `Side.keep` names them; KEEP_WINNER or KEEP_LOSER too. Text a
    package did not carry (diary text, counselling notes) is never blanked by keeping
    the other version. The value says what was kept, as the page shows it ("Kept:
    本校（柳塘小学）")."""
    _may(actor)
    if keep not in KEEPS:
        raise ValidationError(N_("Choose which version to keep."))
    with database.atomic():
        row = _get(conflict_id)
        if row.resolved:
            raise ValidationError(N_("This conflict was resolved before."))
        here, there = _sides(row, installation.current())
        chosen, columns = _chosen(row, keep)
        kept = _kept(row, keep, here, there)
        table = _table(row.table)
        model = table.model
        record = model.get_or_none(model.id == row.record_id)
        if record is None:
            raise NotFound()
        for column in table.columns:
            if column.key in UNSTAMPED or column.key not in chosen:
                continue
            if columns is not None and column.key not in columns:
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
            record.touch(column.key)
        record.save()
        ConflictLog.update(resolved=True, resolution=kept.keep, resolved_at=utcnow()).where(
            (ConflictLog.record_id == row.record_id) & (ConflictLog.resolved == False)  # noqa: E712
        ).execute()
        audit.record(actor, "resolve_conflict", row.table, row.record_id, keep)
    said = tr("Kept: {place}").format(place=kept.place) + f" · {_summary(row.winner or {})}"
    return Result(said, Changes(tables={row.table, "conflict_log"}, ids={row.record_id}))


def set_send_sensitive_text(actor: Actor, value: bool) -> Result[None]:
    """The setting that lets diary text and counselling notes travel (principal only)."""
    if not actor.may_configure:
        raise PermissionDenied()
    with database.atomic():
        state.set_send_sensitive_text(value)
        audit.record(actor, "sync_sensitive_text", "setting", details=str(bool(value)))
    return Result(None, Changes(settings=True))
