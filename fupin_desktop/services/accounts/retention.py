"""Retention: personal data kept no longer than needed (docs/architecture.md, "People
and privacy"; PIPL Art. 19 and 47, 未成年人保护法 Art. 72).

- How long each category is kept is a county setting (`RETENTION`), changed only in
  township mode (SET_RETENTION) and sent down to the schools in its packages.
- `blank`: the personal columns of tombstoned records become empty. Kept: the id, the
  version vector, the deletion flag, the timestamps, the foreign keys, and dates and
  numbers a row cannot be without. sync/retention.py decides which tombstones every peer
  has acknowledged (then the blanking does not travel: each peer purges its own copy).
- `erase`: "erase at the family's request": the child's file and every record about the
  child tombstoned and blanked at once, with the reason; this travels (a new edit), so
  the peers' copies are blanked too. Aid payments stay (they are the school's accounts):
  only the names typed on them are blanked.
- Resolved conflict-log rows (they hold both versions of a record) go some days after
  their resolution; conflict rows of a purged record go with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.base import JSONField, Travelling, database, utcnow
from fupin_desktop.db.models import (
    AidPayment,
    ConflictLog,
    DiaryEntry,
    FamilyCall,
    FamilyMember,
    GrowthMeasurement,
    Guardian,
    LeftBehindProfile,
    Pairing,
    PurgeLog,
    Setting,
    StatusHistory,
    Student,
    Visit,
)
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result

SETTING = "retention"
# Category -> (default, smallest, largest). Days, or a number of copies.
RETENTION: dict[str, tuple[int, int, int]] = {
    # Days after every peer acknowledged a tombstone before its personal columns go.
    "tombstone_days": (0, 0, 3650),
    # Days after a conflict was resolved before its row (both versions) goes.
    "conflict_days": (90, 0, 3650),
    # Copies of the ledger kept aside at restores.
    "before_restore": (3, 1, 50),
}
LABELS = {
    "tombstone_days": N_("Days a deleted record keeps its personal data once acknowledged"),
    "conflict_days": N_("Days a resolved conflict is kept"),
    "before_restore": N_("Copies kept aside at restores"),
}
ACKNOWLEDGED, FAMILY_REQUEST = "acknowledged", "family_request"
_KEPT = frozenset({"id", "version", "deleted", "created_at", "updated_at"})
# The records about a child that "erase at the family's request" tombstones and blanks.
_ABOUT_A_CHILD: tuple[type[Travelling], ...] = (
    FamilyMember,
    Guardian,
    StatusHistory,
    Pairing,
    Visit,
    LeftBehindProfile,
    DiaryEntry,
    FamilyCall,
    GrowthMeasurement,
)
_PAYMENT_NAMES = ("received_by", "signed_by", "note")


_READ = object()


def values(stored: object = _READ) -> dict[str, int]:
    """Every category's setting (the county's, or the default); from `stored` (a
    setting read elsewhere, None for none) when given, else from the open ledger."""
    if stored is _READ:
        row = Setting.get_or_none(Setting.key == SETTING)
        stored = row.value if row is not None else None
    stored = stored if isinstance(stored, dict) else {}
    out = {}
    for key, (default, low, high) in RETENTION.items():
        try:
            out[key] = min(max(int(stored.get(key, default)), low), high)
        except (TypeError, ValueError):
            out[key] = default
    return out


def value(category: str) -> int:
    return values()[category]


def clean(raw: dict[str, Any]) -> dict[str, int]:
    """The categories of `raw` checked against their bounds (ValidationError in words)."""
    out = values()
    for key, given in raw.items():
        if key not in RETENTION:
            raise ValidationError(N_("No retention category {key}."), key=key)
        _, low, high = RETENTION[key]
        try:
            number = int(given)
        except (TypeError, ValueError):
            number = low - 1
        if not low <= number <= high:
            raise ValidationError(
                N_("{key}: a number from {low} to {high}."), key=key, low=low, high=high
            )
        out[key] = number
    return out


def set_values(actor: Actor, raw: dict[str, Any]) -> Result[dict[str, int]]:
    """The county's retention, set at the township (it travels down in its packages)."""
    require(actor, Do.SET_RETENTION)
    cleaned = clean(raw)
    with database.atomic():
        store(cleaned)
        details = ", ".join(f"{k}={v}" for k, v in sorted(cleaned.items()))
        audit.record(actor, audit.Action.RETENTION, "setting", details=details)
    return Result(cleaned, Changes(settings=True))


def store(cleaned: dict[str, int]) -> None:
    """Keep checked values (a package from the township brings them: sync/importer)."""
    Setting.insert(key=SETTING, value=cleaned).on_conflict_replace().execute()


# --- blanking -------------------------------------------------------------------------

_KEEP = object()  # a NOT NULL date or number a row cannot be without


def _blank_value(field: pw.Field) -> Any:
    if isinstance(field, JSONField):
        default = field.default() if callable(field.default) else field.default
        return None if field.null else default
    if field.null:
        return None
    if isinstance(field, (pw.CharField, pw.TextField)):
        return ""
    if isinstance(field, pw.BooleanField):
        return False
    return _KEEP


def personal_values(model: type[Travelling]) -> dict[str, Any]:
    """The column -> blank value of a model's personal columns."""
    out: dict[str, Any] = {}
    for f in model._meta.sorted_fields:
        if f.name in _KEPT or isinstance(f, pw.ForeignKeyField):
            continue
        blank = _blank_value(f)
        if blank is not _KEEP:
            out[f.name] = blank
    return out


def blank(model: type[Travelling], ids: Iterable[str], reason: str) -> list[str]:
    """Blank the personal columns of these tombstones in place, without a new edit (every
    peer blanks its own copy), and note them in the purge log. Live rows are left alone.
    Inside the caller's transaction; returns the ids blanked."""
    wanted = list(ids)
    done: list[str] = []
    blanks = personal_values(model)
    table = model._meta.table_name
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        live = model.select(model.id).where(model.id.in_(chunk) & (model.deleted == True))  # noqa: E712
        found = [row.id for row in live]
        if not found:
            continue
        if blanks:
            model.update(**blanks).where(model.id.in_(found)).execute()
        ConflictLog.delete().where(
            (ConflictLog.table == table) & ConflictLog.record_id.in_(found)
        ).execute()
        PurgeLog.insert_many(
            [{"table": table, "record_id": i, "reason": reason} for i in found]
        ).on_conflict_replace().execute()
        done += found
    return done


def already_purged(table: str) -> set[str]:
    return {r.record_id for r in PurgeLog.select(PurgeLog.record_id).where(PurgeLog.table == table)}


# --- erase at the family's request -----------------------------------------------------


@dataclass(frozen=True)
class Erased:
    records: int  # rows tombstoned and blanked, the child's file with them
    payments: int  # payments whose typed names were blanked (they stay)


def erase(actor: Actor, student_id: str, reason: str) -> Result[Erased]:
    """Erase a child's personal data at the family's request: the file and every record
    about the child tombstoned and blanked, as a new edit that travels. The reason is
    asked and kept in the audit log."""
    require(actor, Do.PURGE)
    reason = reason.strip()
    if len(reason) < 2:
        raise ValidationError(N_("Say why the data is erased (the family's request)."))
    changes = Changes()
    count = 0
    with database.atomic():
        student = Student.get_or_none(Student.id == student_id)
        if student is None:
            raise NotFound()
        for model in _ABOUT_A_CHILD:
            for row in model.select().where(model.student == student_id):
                count += _erase_row(row, changes)
        payments = 0
        for payment in AidPayment.select().where(AidPayment.student == student_id):
            if any(getattr(payment, k) for k in _PAYMENT_NAMES):
                for key in _PAYMENT_NAMES:
                    setattr(payment, key, "")
                payment.save()
                changes.touch("aid_payment", payment.id)
                payments += 1
        count += _erase_row(student, changes)
        audit.record(
            actor, audit.Action.ERASE, "student", student_id, f"{count} records", reason=reason
        )
    return Result(Erased(count, payments), changes)


def _erase_row(row: Travelling, changes: Changes) -> int:
    model = type(row)
    for key, blank_value in personal_values(model).items():
        setattr(row, key, blank_value)
    row.deleted = True
    row.save()
    table = model._meta.table_name
    ConflictLog.delete().where(
        (ConflictLog.table == table) & (ConflictLog.record_id == row.id)
    ).execute()
    PurgeLog.insert(
        table=table, record_id=row.id, reason=FAMILY_REQUEST
    ).on_conflict_replace().execute()
    changes.touch(table, row.id)
    return 1


# --- the conflict log ------------------------------------------------------------------


def conflicts_due(now: dt.datetime | None = None) -> pw.Expression:
    days = value("conflict_days")
    cutoff = (now or utcnow()) - dt.timedelta(days=days)
    resolved_at = pw.fn.coalesce(ConflictLog.resolved_at, ConflictLog.logged_at)
    return (ConflictLog.resolved == True) & (resolved_at <= cutoff)  # noqa: E712


def clear_conflicts(now: dt.datetime | None = None) -> int:
    """Delete the resolved conflict rows whose time is up; how many went."""
    return ConflictLog.delete().where(conflicts_due(now)).execute()
