"""The school year's forms gathered from the ledger and written by io/pdf/schoolyear.py
(docs/architecture.md, "The school year"). The notice is gathered as NoticeRow only:
name, school, grade, class, level."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from fupin_desktop import terms
from fupin_desktop.db.models import Assessment, School, Student
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.catalogues import FAMILY_MEMBER, STUDENT
from fupin_desktop.schema.schoolyear import LEVEL, REASON
from fupin_desktop.services import audit
from fupin_desktop.services.context import Actor
from fupin_desktop.services.schoolyear import assessments

NOTHING = N_("Nothing to print: no child of this school year is assessed.")
# The facts of the file an application is filled from.
APPLICATION_KEYS = (
    "name", "sex", "ethnicity", "id_number", "birth_date", "grade", "class_name",
    "village", "address", "phone", "poverty_status", "poverty_cause", "registered_poor",
    "dibao", "extreme_poverty_support", "orphan", "disabled", "left_behind",
)  # fmt: skip


def _reasons(a: Assessment | None) -> str:
    if a is None:
        return ""
    words = [REASON.label(code) for code in a.reasons or []]
    if a.reason_text:
        words.append(a.reason_text)
    return "；".join(words)


def _school(school_id: str) -> School:
    school = School.get_or_none(School.id == school_id)
    if school is None:
        raise ValidationError(N_("Choose the school the step is for."))
    return school


def print_notice(
    actor: Actor, school_id: str, school_year: str, path: Path, printed_on: dt.date | None = None
) -> int:
    """The 公示名单 of the school year; returns how many children it lists."""
    from fupin_desktop.io.pdf.schoolyear import write_notice

    school_year = terms.clean_school_year(school_year)
    rows = assessments.notice_rows(actor, school_id, school_year)
    if not rows:
        raise ValidationError(NOTHING)
    noticed = (
        Assessment.select(Assessment.notice_start, Assessment.notice_end)
        .join(Student)
        .where(
            (Assessment.school_year == school_year)
            & (Student.school == school_id)
            & Assessment.notice_start.is_null(False)
            & (Assessment.deleted == False)  # noqa: E712
        )
        .order_by(Assessment.notice_start.desc())
        .first()
    )
    start, end = (noticed.notice_start, noticed.notice_end) if noticed else (None, None)
    texts = [dataclasses.astuple(r) for r in rows]
    write_notice(path, _school(school_id).name, school_year, texts, start, end, printed_on)
    return len(rows)


def print_review(
    actor: Actor,
    school_id: str,
    school_year: str,
    class_name: str,
    path: Path,
    printed_on: dt.date | None = None,
    grade: int | None = None,
) -> int:
    """The class 评议 record; returns how many children it lists."""
    from fupin_desktop.io.pdf.schoolyear import write_review

    school_year = terms.clean_school_year(school_year)
    found = assessments.of_school(actor, school_id, school_year, class_name, grade)
    done = [r for r in found if r["assessment"] is not None]
    if not done:
        raise ValidationError(NOTHING)
    first = done[0]["assessment"]
    rows = [(r["name"], LEVEL.label(r["assessment"].level), _reasons(r["assessment"]))
            for r in done]  # fmt: skip
    write_review(
        path, _school(school_id).name, class_name, school_year, first.review_date,
        first.review_participants, rows, printed_on,
    )  # fmt: skip
    return len(rows)


def print_applications(
    actor: Actor,
    school_id: str,
    school_year: str,
    student_ids: list[str],
    path: Path,
    printed_on: dt.date | None = None,
) -> int:
    """The 认定申请表 of each child, filled from the file (full ID: it is filed)."""
    from fupin_desktop.io.pdf.schoolyear import write_applications
    from fupin_desktop.services.care import pairings
    from fupin_desktop.services.students.files import get_file

    if not actor.may_see_full_ids:
        raise PermissionDenied()
    school_year = terms.clean_school_year(school_year)
    children: list[dict[str, Any]] = []
    for student_id in student_ids:
        file = get_file(actor, student_id, full_ids=True)  # a form that is filed
        facts = [
            (STUDENT[k].title, STUDENT[k].display(file.values.get(k))) for k in APPLICATION_KEYS
        ]
        family = [
            tuple(FAMILY_MEMBER[k].display(m.get(k)) for k in ("name", "relation", "occupation"))
            for m in file.family
        ]
        current = [p for p in pairings.for_student(actor, student_id) if p.end_date is None]
        a = assessments._current(student_id, school_year)
        children.append({
            "name": file.values.get("name", ""),
            "school_year": tr("School year {year}").format(year=school_year),
            "facts": facts,
            "family": family,
            "reasons": _reasons(a),
            "pairing": "、".join(p.teacher_name for p in current),
        })  # fmt: skip
    if not children:
        raise ValidationError(NOTHING)
    # The audit row first, committed: no printed form with full IDs without its row.
    audit.record_before_file(
        actor, "print", "assessment", details=f"applications {len(children)}, full IDs"
    )
    write_applications(path, _school(school_id).name, children, printed_on)
    return len(children)
