"""Pairings (结对帮扶): a teacher made responsible for one or several students, or proxy
parent (代理家长) of a left-behind child. A pairing that ends or changes hands keeps its
row with an end date and a reason: the history stays readable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fupin_desktop import pinyin
from fupin_desktop.db.base import database
from fupin_desktop.db.models import Pairing, Student, Teacher
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.care import PAIRING
from fupin_desktop.services import audit
from fupin_desktop.services.care.common import (
    OPEN_END,
    as_date,
    check_dates,
    clean_or_raise,
    require_manager,
    rows,
)
from fupin_desktop.services.care.reminders import ENTITLED_SQL
from fupin_desktop.services.context import Actor, Changes, Result


@dataclass(frozen=True)
class PairingRow:
    id: str
    teacher_id: str
    teacher_name: str
    student_id: str
    student_name: str
    grade: int | None
    class_name: str
    kind: str
    start_date: dt.date
    end_date: dt.date | None
    goals: str
    measures: str
    end_reason: str

    def in_force(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or self.end_date >= day)

    def values(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in PAIRING.keys()}


_SELECT = (
    "SELECT p.id, p.teacher_id, t.name AS teacher_name, p.student_id,"
    " s.name AS student_name, s.grade, s.class_name, p.kind, p.start_date, p.end_date,"
    " p.goals, p.measures, p.end_reason FROM pairing p"
    " JOIN teacher t ON t.id = p.teacher_id JOIN student s ON s.id = p.student_id"
    " WHERE +p.deleted = 0 AND +s.deleted = 0"
)


def _row(r: dict[str, Any]) -> PairingRow:
    start = as_date(r["start_date"])
    assert start is not None
    return PairingRow(
        r["id"],
        r["teacher_id"],
        r["teacher_name"],
        r["student_id"],
        r["student_name"],
        r["grade"],
        r["class_name"] or "",
        r["kind"],
        start,
        as_date(r["end_date"]),
        r["goals"],
        r["measures"],
        r["end_reason"],
    )


def for_teacher(
    actor: Actor, teacher_id: str, *, as_of: dt.date | None = None, history: bool = False
) -> list[PairingRow]:
    """A teacher's students: those in force on `as_of` (default today), or every pairing
    ever with history=True."""
    sql, params = _SELECT + " AND p.teacher_id = ?", [teacher_id]
    if not history:
        day = (as_of or dt.date.today()).isoformat()
        sql += " AND p.start_date <= ? AND coalesce(p.end_date, ?) >= ?"
        params += [day, OPEN_END, day]
    sql += " ORDER BY p.end_date IS NOT NULL, s.grade, s.class_name, s.name_pinyin"
    return [_row(r) for r in rows(sql, params)]


def for_student(actor: Actor, student_id: str) -> list[PairingRow]:
    """A student's teachers, all of them, the current ones first."""
    sql = _SELECT + " AND p.student_id = ? ORDER BY p.end_date IS NOT NULL, p.start_date DESC"
    return [_row(r) for r in rows(sql, [student_id])]


def get(actor: Actor, pairing_id: str) -> PairingRow:
    found = rows(_SELECT + " AND p.id = ?", [pairing_id])
    if not found:
        raise NotFound()
    return _row(found[0])


def _check_overlap(
    teacher_id: str, student_id: str, start: dt.date, end: dt.date | None, exclude: str = ""
) -> None:
    sql = (
        "SELECT count(*) FROM pairing WHERE +deleted = 0 AND teacher_id = ? AND student_id = ?"
        " AND id != ? AND start_date <= ? AND coalesce(end_date, ?) >= ?"
    )
    last = (end or dt.date(9999, 12, 31)).isoformat()
    params = (teacher_id, student_id, exclude, last, OPEN_END, start.isoformat())
    if database.execute_sql(sql, params).fetchone()[0]:
        raise ValidationError(
            N_("This teacher is already paired with the student for these dates."),
            field="start_date",
        )


def create(
    actor: Actor, teacher_id: str, student_ids: Sequence[str], raw: dict[str, Any]
) -> Result[list[str]]:
    """Pair a teacher with one or several students, one row each. A new proxy parent
    takes over from the child's previous one, whose pairing ends the day before."""
    require_manager(actor)
    values = clean_or_raise(PAIRING, raw)
    check_dates(values["start_date"], values["end_date"])
    if not student_ids:
        raise ValidationError(N_("Please choose at least one student."), field="students")
    teacher = Teacher.get_or_none(Teacher.id == teacher_id)
    if teacher is None or teacher.deleted:
        raise NotFound()
    changes = Changes()
    ids: list[str] = []
    with database.atomic():
        for student_id in student_ids:
            student = Student.get_or_none(Student.id == student_id)
            if student is None or student.deleted:
                raise NotFound()
            _check_overlap(teacher_id, student_id, values["start_date"], values["end_date"])
            if values["kind"] == "proxy_parent":
                _end_other_proxies(student_id, values["start_date"], changes)
            pairing = Pairing(teacher=teacher_id, student=student_id, **values)
            pairing.save()
            ids.append(pairing.id)
            changes.touch("pairing", pairing.id)
            audit.record(actor, "create", "pairing", pairing.id, f"student={student_id}")
    return Result(ids, changes)


def _end_other_proxies(student_id: str, start: dt.date, changes: Changes) -> None:
    open_rows = Pairing.select().where(
        (Pairing.student == student_id)
        & (Pairing.kind == "proxy_parent")
        & (Pairing.deleted == False)  # noqa: E712
        & (Pairing.start_date < start)
        & ((Pairing.end_date.is_null()) | (Pairing.end_date >= start))
    )
    for old in open_rows:
        old.end_date = start - dt.timedelta(days=1)
        old.end_reason = old.end_reason or "handed_over"
        old.save()
        changes.touch("pairing", old.id)


def update(actor: Actor, pairing_id: str, raw: dict[str, Any]) -> Result[None]:
    """Change a pairing's plan or dates (the kind, teacher and student stay)."""
    require_manager(actor)
    values = clean_or_raise(PAIRING, raw)
    check_dates(values["start_date"], values["end_date"])
    with database.atomic():
        pairing = Pairing.get_or_none(Pairing.id == pairing_id)
        if pairing is None or pairing.deleted:
            raise NotFound()
        _check_overlap(
            pairing.teacher_id,
            pairing.student_id,
            values["start_date"],
            values["end_date"],
            exclude=pairing_id,
        )
        for key, value in values.items():
            setattr(pairing, key, value)
        pairing.save()
        audit.record(actor, "update", "pairing", pairing_id)
    return Result(None, Changes().touch("pairing", pairing_id))


def end(actor: Actor, pairing_id: str, on: dt.date, reason: str = "") -> Result[None]:
    """End a pairing: `on` is its last day."""
    require_manager(actor)
    with database.atomic():
        pairing = Pairing.get_or_none(Pairing.id == pairing_id)
        if pairing is None or pairing.deleted:
            raise NotFound()
        check_dates(pairing.start_date, on)
        pairing.end_date = on
        pairing.end_reason = reason.strip()[:200]
        pairing.save()
        audit.record(actor, "end", "pairing", pairing_id, reason)
    return Result(None, Changes().touch("pairing", pairing_id))


def hand_over(
    actor: Actor, pairing_id: str, new_teacher_id: str, on: dt.date, reason: str = ""
) -> Result[str]:
    """Another teacher takes the student over from `on`: the old pairing ends the day
    before, the new one starts with the same kind and plan."""
    require_manager(actor)
    with database.atomic():
        old = Pairing.get_or_none(Pairing.id == pairing_id)
        if old is None or old.deleted:
            raise NotFound()
        if new_teacher_id == old.teacher_id:
            raise ValidationError(
                N_("{name} already looks after this child: choose another teacher."),
                field="teacher",
                name=old.teacher.name,
            )
        if on <= old.start_date:
            raise ValidationError(
                N_("The handover must be after the pairing started ({date})."),
                field="start_date",
                date=old.start_date.isoformat(),
            )
        ended = end(actor, pairing_id, on - dt.timedelta(days=1), reason or "handed_over")
        values = {
            "kind": old.kind,
            "start_date": on,
            "end_date": None,
            "goals": old.goals,
            "measures": old.measures,
            "end_reason": "",
        }
        ids, more = create(actor, new_teacher_id, [old.student_id], values)
    return Result(ids[0], ended.changes.merge(more))


def tombstone(actor: Actor, pairing_id: str) -> Result[None]:
    """Remove a pairing made by mistake (an ended one is kept with end(), not this)."""
    require_manager(actor)
    with database.atomic():
        pairing = Pairing.get_or_none(Pairing.id == pairing_id)
        if pairing is None or pairing.deleted:
            raise NotFound()
        pairing.tombstone()
        audit.record(actor, "delete", "pairing", pairing_id)
    return Result(None, Changes().touch("pairing", pairing_id))


@dataclass(frozen=True)
class StudentChoice:
    id: str
    name: str
    grade: int | None
    class_name: str
    entitled: bool
    left_behind: bool
    teachers: str  # names of the teachers paired now


def student_choices(
    actor: Actor, school_id: str | None, *, search: str = "", as_of: dt.date | None = None
) -> list[StudentChoice]:
    """Enrolled students for the pairing picker: who is entitled, who is left behind,
    and who already has teachers."""
    day = (as_of or dt.date.today()).isoformat()
    sql = (
        f"SELECT s.id, s.name, s.grade, s.class_name, {ENTITLED_SQL} AS entitled,"
        " s.left_behind, (SELECT group_concat(t.name, '、') FROM pairing p"
        " JOIN teacher t ON t.id = p.teacher_id WHERE p.student_id = s.id AND +p.deleted = 0"
        " AND p.start_date <= ? AND coalesce(p.end_date, ?) >= ?) AS teachers"
        " FROM student s WHERE +s.deleted = 0 AND s.enrolment = 'enrolled'"
    )
    params: list[Any] = [day, OPEN_END, day]
    if school_id:
        sql += " AND s.school_id = ?"
        params.append(school_id)
    found, found_params = pinyin.search_sql(search)
    if found:
        sql += " AND " + found
        params += found_params
    sql += " ORDER BY s.grade, s.class_name, s.name_pinyin LIMIT 2000"
    return [
        StudentChoice(
            r["id"],
            r["name"],
            r["grade"],
            r["class_name"] or "",
            bool(r["entitled"]),
            bool(r["left_behind"]),
            r["teachers"] or "",
        )
        for r in rows(sql, params)
    ]
