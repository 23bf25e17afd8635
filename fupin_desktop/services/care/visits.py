"""Visits (帮扶记录 / 家访记录): one contact of a teacher with a paired student.

Quick entry: what each child is still owed now (`owed`); on request ("Use last time"), a
new visit starts from the previous one's context (who took part, the living conditions,
the family's needs, the measures), so a teacher changes only what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Pairing, Student, Teacher, Visit
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.care import VISIT
from fupin_desktop.schema.format import class_label
from fupin_desktop.services import audit
from fupin_desktop.services.care import reminder_rules, reminders
from fupin_desktop.services.care.common import (
    OPEN_END,
    as_date,
    clean_or_raise,
    require_self_or_manager,
    rows,
)
from fupin_desktop.services.context import Actor, Changes, Result

# Carried over from the previous visit of the same student: the context, not the news.
CARRIED_KEYS = ("participants", "living_conditions", "family_needs", "measures")


@dataclass
class VisitQuery:
    teacher_id: str | None = None
    student_id: str | None = None
    school_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    limit: int = 500


@dataclass(frozen=True)
class VisitRow:
    id: str
    teacher_id: str
    teacher_name: str
    student_id: str
    student_name: str
    class_name: str
    values: dict[str, Any]


def list_visits(actor: Actor, query: VisitQuery) -> list[VisitRow]:
    """Visits, newest first."""
    cols = ", ".join(f'v."{k}"' for k in VISIT.keys())
    sql = (
        f"SELECT v.id, v.teacher_id, t.name AS teacher_name, v.student_id,"
        f" s.name AS student_name, s.grade, s.class_name, {cols} FROM visit v"
        " JOIN teacher t ON t.id = v.teacher_id JOIN student s ON s.id = v.student_id"
        " WHERE +v.deleted = 0 AND +s.deleted = 0"
    )
    params: list[Any] = []
    for column, value in (
        ("v.teacher_id", query.teacher_id),
        ("v.student_id", query.student_id),
        ("s.school_id", query.school_id),
    ):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if query.date_from:
        sql += " AND v.visit_date >= ?"
        params.append(query.date_from.isoformat())
    if query.date_to:
        sql += " AND v.visit_date <= ?"
        params.append(query.date_to.isoformat())
    sql += " ORDER BY v.visit_date DESC, v.created_at DESC LIMIT ?"
    params.append(query.limit)
    found = []
    for r in rows(sql, params):
        values = {k: r[k] for k in VISIT.keys()}
        values["visit_date"] = as_date(values["visit_date"])
        values["next_follow_up"] = as_date(values["next_follow_up"])
        label = class_label(r["grade"], r["class_name"])
        found.append(
            VisitRow(
                r["id"],
                r["teacher_id"],
                r["teacher_name"],
                r["student_id"],
                r["student_name"],
                label,
                values,
            )
        )
    return found


def previous(actor: Actor, teacher_id: str, student_id: str) -> VisitRow | None:
    """The teacher's latest visit of the student (anyone's if the teacher has none)."""
    own = list_visits(actor, VisitQuery(teacher_id=teacher_id, student_id=student_id, limit=1))
    if own:
        return own[0]
    anyone = list_visits(actor, VisitQuery(student_id=student_id, limit=1))
    return anyone[0] if anyone else None


def template(
    actor: Actor, teacher_id: str, student_id: str, on: dt.date | None = None
) -> dict[str, Any]:
    """The values a new visit starts from: the previous visit's context, today's date and
    the method used last time."""
    values: dict[str, Any] = {f.key: f.empty() for f in VISIT}
    values["visit_date"] = on or dt.date.today()
    values["method"] = "home_visit"
    last = previous(actor, teacher_id, student_id)
    if last is not None:
        values["method"] = last.values["method"]
        for key in CARRIED_KEYS:
            values[key] = last.values[key]
    return values


def _pairing_for(teacher_id: str, student_id: str, day: dt.date) -> str | None:
    sql = (
        "SELECT id FROM pairing WHERE +deleted = 0 AND teacher_id = ? AND student_id = ?"
        " AND start_date <= ? AND coalesce(end_date, ?) >= ? ORDER BY start_date DESC LIMIT 1"
    )
    found = database.execute_sql(
        sql, (teacher_id, student_id, day.isoformat(), OPEN_END, day.isoformat())
    ).fetchone()
    return found[0] if found else None


def _check(values: dict[str, Any], today: dt.date) -> None:
    if values["visit_date"] > today + dt.timedelta(days=1):
        raise ValidationError(
            N_("The visit date {date} is in the future."),
            field="visit_date",
            date=values["visit_date"].isoformat(),
        )
    follow = values.get("next_follow_up")
    if follow is not None and follow < values["visit_date"]:
        raise ValidationError(
            N_("The next follow-up must not be before the visit."), field="next_follow_up"
        )


def save(
    actor: Actor,
    visit_id: str | None,
    teacher_id: str,
    student_id: str,
    raw: dict[str, Any],
    *,
    today: dt.date | None = None,
) -> Result[str]:
    """Create or update a visit. The pairing in force on the day is linked to it."""
    require_self_or_manager(actor, teacher_id)
    values = clean_or_raise(VISIT, raw)
    _check(values, today or dt.date.today())
    with database.atomic():
        if Teacher.get_or_none(Teacher.id == teacher_id) is None:
            raise NotFound()
        student = Student.get_or_none(Student.id == student_id)
        if student is None or student.deleted:
            raise NotFound()
        if visit_id:
            visit = Visit.get_or_none(Visit.id == visit_id)
            if visit is None or visit.deleted:
                raise NotFound()
        else:
            visit = Visit(teacher=teacher_id, student=student_id)
        for key, value in values.items():
            setattr(visit, key, value)
        visit.pairing = _pairing_for(teacher_id, student_id, values["visit_date"])
        visit.save()
        audit.record(actor, "update" if visit_id else "create", "visit", visit.id)
    return Result(visit.id, Changes().touch("visit", visit.id))


def save_many(
    actor: Actor,
    teacher_id: str,
    entries: Sequence[tuple[str, dict[str, Any]]],
    *,
    today: dt.date | None = None,
) -> Result[list[str]]:
    """Quick entry: several new visits (student id, values) in one transaction; all or
    nothing, so a wrong row leaves nothing half saved."""
    ids: list[str] = []
    changes = Changes()
    with database.atomic():
        for index, (student_id, raw) in enumerate(entries):
            try:
                visit_id, more = save(actor, None, teacher_id, student_id, raw, today=today)
            except ValidationError as exc:
                raise ValidationError(
                    N_("Row {row}: {problem}"), field=exc.field, row=index + 1, problem=exc.message
                ) from exc
            ids.append(visit_id)
            changes.merge(more)
    return Result(ids, changes)


def tombstone(actor: Actor, visit_id: str) -> Result[None]:
    with database.atomic():
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None or visit.deleted:
            raise NotFound()
        require_self_or_manager(actor, visit.teacher_id)
        visit.tombstone()
        audit.record(actor, "delete", "visit", visit_id)
    return Result(None, Changes().touch("visit", visit_id))


def last_visits(actor: Actor, teacher_id: str) -> dict[str, dt.date]:
    """The date of the teacher's latest visit of each of their students (quick entry's
    "last seen" column)."""
    sql = (
        "SELECT student_id, max(visit_date) FROM visit WHERE +deleted = 0 AND teacher_id = ?"
        " GROUP BY student_id"
    )
    found = database.execute_sql(sql, (teacher_id,)).fetchall()
    return {student_id: dt.date.fromisoformat(day) for student_id, day in found}


def pairing_of(visit_id: str) -> Pairing | None:
    visit = Visit.get_or_none(Visit.id == visit_id)
    return visit.pairing if visit is not None else None


@dataclass(frozen=True)
class Owed:
    """A visit a child is still owed now: by a reminder rule or a follow-up date."""

    title: str  # as the reminders name it: 谈心, 家访, 回访
    missing: int
    methods: tuple[str, ...]  # the visit methods that count for it; () any
    due: dt.date


def owed(actor: Actor, teacher_id: str, as_of: dt.date) -> dict[str, list[Owed]]:
    """What each of the teacher's children is still owed on `as_of`, soonest first: the
    visit rules' running periods (this month's talks, this term's home visit) and the
    follow-ups due within a week (the reminders' due list, visits only)."""
    rules = {rule.code: rule for rule in reminder_rules.active_rules() if rule.record == "visit"}
    found: dict[str, list[Owed]] = {}
    for item in reminders.due_list(actor, reminders.Scope(teacher_id=teacher_id), as_of):
        if item.rule_code == reminders.FOLLOW_UP:
            methods: tuple[str, ...] = ()
        elif item.rule_code in rules:
            methods = rules[item.rule_code].methods
        else:
            continue
        if item.teacher_id == teacher_id:
            entry = Owed(item.title, item.missing, methods, item.due_date)
            found.setdefault(item.student_id, []).append(entry)
    return found
