"""Activities: a dated duty done by the school (a training, 送教下乡, a guardians' meeting,
a letter sent home …), with the teachers who took part. Teachers see and record; the
principal and the aid officer correct and delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Activity, ActivityTeacher, InstitutionPairing, School, Teacher
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.activities import ACTIVITY
from fupin_desktop.services import audit
from fupin_desktop.services.activities import kinds as kinds_
from fupin_desktop.services.care.common import as_date, clean_or_raise, is_manager, rows
from fupin_desktop.services.context import Actor, Changes, Result

WRITERS = ("teacher", "head_teacher", "aid_officer", "principal", "township", "system")


@dataclass
class ActivityRow:
    id: str
    school_id: str
    school_name: str
    kind: str
    kind_label: str
    pairing_id: str | None
    pairing_partner: str
    values: dict[str, Any]
    teacher_ids: list[str] = field(default_factory=list)
    teacher_names: list[str] = field(default_factory=list)

    @property
    def day(self) -> dt.date:
        return self.values["activity_date"]


def _check_teachers(school_id: str, teacher_ids: list[str]) -> None:
    if not teacher_ids:
        return
    found = {
        t.id
        for t in Teacher.select(Teacher.id).where(
            Teacher.id.in_(teacher_ids) & (Teacher.school == school_id) & (Teacher.deleted == False)  # noqa: E712
        )
    }
    missing = [t for t in teacher_ids if t not in found]
    if missing:
        raise ValidationError(N_("A teacher chosen is not of this school."), field="teachers")


def _check_pairing(school_id: str, pairing_id: str | None, kind: kinds_.Kind) -> None:
    if pairing_id is None:
        return
    pairing = InstitutionPairing.get_or_none(InstitutionPairing.id == pairing_id)
    if pairing is None or pairing.deleted or pairing.school_id != school_id:
        raise ValidationError(N_("The pairing chosen is not of this school."), field="pairing")


def save_activity(
    actor: Actor,
    activity_id: str | None,
    school_id: str,
    kind: str,
    raw: dict[str, Any],
    *,
    teacher_ids: list[str] | None = None,
    pairing_id: str | None = None,
) -> Result[str]:
    """Create or correct an activity and the teachers who took part, in one transaction."""
    if actor.role not in WRITERS:
        raise PermissionDenied()
    if activity_id and not is_manager(actor):
        raise PermissionDenied()
    values = clean_or_raise(ACTIVITY, raw)
    the_kind = kinds_.get_kind(kind)
    if the_kind.training and not values.get("level"):
        raise ValidationError(N_("Please choose the training level."), field="level")
    teacher_ids = list(dict.fromkeys(teacher_ids or []))
    changes = Changes()
    with database.atomic():
        school = School.get_or_none(School.id == school_id)
        if school is None or school.deleted:
            raise ValidationError(N_("Please choose the school."), field="school")
        _check_teachers(school_id, teacher_ids)
        _check_pairing(school_id, pairing_id, the_kind)
        if activity_id:
            activity = Activity.get_or_none(Activity.id == activity_id)
            if activity is None or activity.deleted:
                raise NotFound()
        else:
            activity = Activity(school=school_id)
        for key, value in values.items():
            setattr(activity, key, value)
        activity.kind, activity.institution_pairing = kind, pairing_id
        activity.save()
        changes.touch("activity", activity.id)
        _save_teachers(activity.id, teacher_ids, changes)
        audit.record(actor, "update" if activity_id else "create", "activity", activity.id)
    return Result(activity.id, changes)


def _save_teachers(activity_id: str, teacher_ids: list[str], changes: Changes) -> None:
    existing = {r.teacher_id: r for r in ActivityTeacher.select().where(
        ActivityTeacher.activity == activity_id)}  # fmt: skip
    for teacher_id in teacher_ids:
        row = existing.get(teacher_id)
        if row is None:
            row = ActivityTeacher(activity=activity_id, teacher=teacher_id)
        elif not row.deleted:
            continue
        row.deleted = False
        row.save()
        changes.touch("activity_teacher", row.id)
    for teacher_id, row in existing.items():
        if teacher_id not in teacher_ids and not row.deleted:
            row.tombstone()
            changes.touch("activity_teacher", row.id)


def delete_activity(actor: Actor, activity_id: str) -> Result[None]:
    if not is_manager(actor):
        raise PermissionDenied()
    changes = Changes()
    with database.atomic():
        activity = Activity.get_or_none(Activity.id == activity_id)
        if activity is None or activity.deleted:
            raise NotFound()
        _save_teachers(activity_id, [], changes)
        activity.tombstone()
        audit.record(actor, "delete", "activity", activity_id)
    return Result(None, changes.touch("activity", activity_id))


def list_activities(
    actor: Actor,
    *,
    school_id: str | None = None,
    kind: str | None = None,
    pairing_id: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = 2000,
) -> list[ActivityRow]:
    """Activities, newest first, with their teachers (two queries in all)."""
    cols = ", ".join(f'a."{k}"' for k in ACTIVITY.keys())
    sql = (
        f"SELECT a.id, a.school_id, a.kind, a.institution_pairing_id, sc.name AS school_name,"
        f" coalesce(p.partner_name, '') AS partner_name, {cols} FROM activity a"
        " JOIN school sc ON sc.id = a.school_id"
        " LEFT JOIN institution_pairing p ON p.id = a.institution_pairing_id"
        " WHERE +a.deleted = 0"
    )
    params: list[Any] = []
    for clause, value in (
        (" AND a.school_id = ?", school_id),
        (" AND a.kind = ?", kind),
        (" AND a.institution_pairing_id = ?", pairing_id),
        (" AND a.activity_date >= ?", start.isoformat() if start else None),
        (" AND a.activity_date <= ?", end.isoformat() if end else None),
    ):
        if value:
            sql += clause
            params.append(value)
    sql += " ORDER BY a.activity_date DESC, a.rowid DESC LIMIT ?"
    params.append(limit)
    labels = {k.code: k.label for k in kinds_.list_kinds()}
    found = []
    for row in rows(sql, params):
        values = {k: row[k] for k in ACTIVITY.keys()}
        values["activity_date"] = as_date(values["activity_date"])
        found.append(
            ActivityRow(
                row["id"],
                row["school_id"],
                row["school_name"],
                row["kind"],
                labels.get(row["kind"], row["kind"]),
                row["institution_pairing_id"],
                row["partner_name"],
                values,
            )
        )
    _attach_teachers(found)
    return found


def _attach_teachers(found: list[ActivityRow]) -> None:
    by_id = {a.id: a for a in found}
    for start in range(0, len(found), 500):
        chunk = [a.id for a in found[start : start + 500]]
        marks = ", ".join("?" for _ in chunk)
        sql = (
            "SELECT at.activity_id, t.id, t.name FROM activity_teacher at"
            f" JOIN teacher t ON t.id = at.teacher_id WHERE at.activity_id IN ({marks})"
            " AND +at.deleted = 0 ORDER BY t.name"
        )
        for activity_id, teacher_id, name in database.execute_sql(sql, chunk):
            by_id[activity_id].teacher_ids.append(teacher_id)
            by_id[activity_id].teacher_names.append(name)


def get_activity(actor: Actor, activity_id: str) -> ActivityRow:
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None or activity.deleted:
        raise NotFound()
    for row in list_activities(
        actor, school_id=activity.school_id, start=activity.activity_date,
        end=activity.activity_date,
    ):  # fmt: skip
        if row.id == activity_id:
            return row
    raise NotFound()
