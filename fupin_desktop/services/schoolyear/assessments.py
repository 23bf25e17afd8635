"""Assessments (家庭经济困难学生认定) per child and school year, with the class review
(评议) and the public notice (公示) (docs/architecture.md, "The school year").

The notice rows carry name, school, grade, class and level only: nothing else is read,
so nothing else can be printed (national rule; DESIGN "People and privacy").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop import terms
from fupin_desktop.db.base import database
from fupin_desktop.db.models import Assessment, School, Student
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.schoolyear import LEVEL, REASON, grade_label
from fupin_desktop.services import audit
from fupin_desktop.services.context import Actor, Changes, Result

MANAGERS = ("principal", "aid_officer", "head_teacher", "system")
_TEXT_KEYS = ("reason_text", "review_participants", "objection_settlement", "decision")
_DATE_KEYS = ("assessed_on", "review_date", "notice_start", "notice_end")


@dataclass(frozen=True)
class NoticeRow:
    """One line of the 公示名单: these five values and no others."""

    name: str
    school: str
    grade: str
    class_name: str
    level: str


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    level = values.get("level")
    if level not in LEVEL.codes():
        raise ValidationError(N_("Choose the assessed level."), field="level")
    reasons = list(values.get("reasons") or [])
    for code in reasons:
        if code not in REASON.codes():
            raise ValidationError(N_("{value} is not a reason of the list."), value=code)
    out: dict[str, Any] = {"level": level, "reasons": reasons}
    for key in _TEXT_KEYS:
        out[key] = str(values.get(key) or "").strip()[:200]
    for key in _DATE_KEYS:
        value = values.get(key)
        if value is not None and not isinstance(value, dt.date):
            value = dt.date.fromisoformat(str(value))
        out[key] = value
    out["objection"] = bool(values.get("objection"))
    start, end = out["notice_start"], out["notice_end"]
    if start and end and end < start:
        raise ValidationError(N_("The notice cannot end before it starts."), field="notice_end")
    if out["objection"] and not out["objection_settlement"]:
        raise ValidationError(
            N_("Say how the objection was settled."), field="objection_settlement"
        )
    return out


def record(actor: Actor, student_id: str, school_year: str, values: dict[str, Any]) -> Result[str]:
    """Create or replace the child's assessment of the school year."""
    if actor.role not in MANAGERS:
        raise PermissionDenied()
    school_year = terms.clean_school_year(school_year)
    clean = _clean(values)
    with database.atomic():
        student = Student.get_or_none((Student.id == student_id) & (Student.deleted == False))  # noqa: E712
        if student is None:
            raise NotFound()
        row = _current(student_id, school_year) or Assessment(
            student=student, school_year=school_year
        )
        for key, value in clean.items():
            setattr(row, key, value)
        row.save()
        audit.record(actor, "assess", "assessment", row.id, f"{school_year} {clean['level']}")
    return Result(row.id, Changes().touch("assessment", row.id))


def record_many(
    actor: Actor, school_year: str, entries: list[tuple[str, dict[str, Any]]]
) -> Result[int]:
    """The assessments of a class, all or none (one transaction)."""
    changes = Changes()
    with database.atomic():
        for student_id, values in entries:
            changes.merge(record(actor, student_id, school_year, values).changes)
    return Result(len(entries), changes)


def _current(student_id: str, school_year: str) -> Assessment | None:
    return Assessment.get_or_none(
        (Assessment.student == student_id)
        & (Assessment.school_year == school_year)
        & (Assessment.deleted == False)  # noqa: E712
    )


def of_students(student_ids: list[str], school_year: str) -> dict[str, Assessment]:
    """{student id: the child's assessment of the school year} for those assessed (the
    资助系统 export reads it, services/exchange/exports.py)."""
    school_year = terms.clean_school_year(school_year)
    found: dict[str, Assessment] = {}
    for start in range(0, len(student_ids), 500):
        chunk = student_ids[start : start + 500]
        for row in Assessment.select().where(
            Assessment.student.in_(chunk)
            & (Assessment.school_year == school_year)
            & (Assessment.deleted == False)  # noqa: E712
        ):
            found[row.student_id] = row
    return found


def _enrolled(school_id: str, class_name: str | None = None, grade: int | None = None) -> Any:
    where = (
        (Student.school == school_id)
        & (Student.deleted == False)  # noqa: E712
        & (Student.enrolment == "enrolled")
    )
    if class_name:
        where &= Student.class_name == class_name
    if grade is not None:
        where &= Student.grade == grade
    return (
        Student.select()
        .where(where)
        .order_by(Student.stage, Student.grade, Student.class_name, Student.name_pinyin)
    )


def of_school(
    actor: Actor,
    school_id: str,
    school_year: str,
    class_name: str | None = None,
    grade: int | None = None,
) -> list[dict[str, Any]]:
    """Every enrolled child with this year's assessment (None where not yet assessed)."""
    school_year = terms.clean_school_year(school_year)
    students = list(_enrolled(school_id, class_name, grade))
    found = {
        a.student_id: a
        for a in Assessment.select().where(
            (Assessment.student.in_([s.id for s in students]))
            & (Assessment.school_year == school_year)
            & (Assessment.deleted == False)  # noqa: E712
        )
    }
    return [
        {
            "student_id": s.id,
            "name": s.name,
            "stage": s.stage,
            "grade": s.grade,
            "class_name": s.class_name,
            "assessment": found.get(s.id),
        }
        for s in students
    ]


def find_children(school_id: str, texts: list[str]) -> list[str]:
    """The enrolled children named by name, ID number or student number, one each."""
    found: list[str] = []
    for text in texts:
        word = text.strip()
        ids = [
            s.id
            for s in _enrolled(school_id).where(
                (Student.name == word)
                | (Student.id_number == word.upper())
                | (Student.student_no == word.upper())
            )
        ]
        if len(ids) != 1:
            raise ValidationError(N_("{count} students match {text}."), count=len(ids), text=word)
        found += ids
    return found


def missing(actor: Actor, school_id: str, school_year: str) -> list[dict[str, Any]]:
    """Children not yet assessed this school year (the list shown from 1 September)."""
    return [r for r in of_school(actor, school_id, school_year) if r["assessment"] is None]


def notice_rows(
    actor: Actor, school_id: str, school_year: str, *, include_none: bool = False
) -> list[NoticeRow]:
    """The 公示名单: name, school, grade, class, level. Children assessed 不困难 are left
    out unless asked for."""
    school = School.get_by_id(school_id)
    rows = []
    for r in of_school(actor, school_id, school_year):
        a = r["assessment"]
        if a is None or (a.level == "none" and not include_none):
            continue
        grade = grade_label(r["stage"], r["grade"])
        rows.append(NoticeRow(r["name"], school.name, grade, r["class_name"], LEVEL.label(a.level)))
    audit.record(actor, "notice", "assessment", school_id, f"{school_year} {len(rows)} rows")
    return rows
