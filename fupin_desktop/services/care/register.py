"""The 民政 definition of a rural left-behind child (农村留守儿童基本情况登记表, 民政部、
教育部、公安部 2016), checked on a child's profile, and the children no one looks after
(无人监护) that coverage, the township page and the county report count.

The definition: under 16, a rural 户口, and both parents working away, or one away and
the other without the capacity to look after the child (重病、重残). A child whose only
parent works away counts as both away. The check says which condition holds or fails,
and which facts are missing to decide (see docs/architecture.md, "Exchange").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.models import LeftBehindProfile, Student
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import reminders
from fupin_desktop.services.care.common import UNATTENDED_SQL, as_date, rows
from fupin_desktop.services.context import Actor

AGE_LIMIT = 16

MEETS = N_("Meets the 民政 definition of a rural left-behind child: {reasons}.")
FAILS = N_("Does not meet the 民政 definition of a rural left-behind child: {reasons}.")
UNDECIDED = N_("Cannot be checked against the 民政 definition yet; missing: {missing}.")


@dataclass(frozen=True)
class DefinitionCheck:
    meets: bool
    holds: list[str] = field(default_factory=list)  # translated: conditions that hold
    fails: list[str] = field(default_factory=list)  # translated: conditions that fail
    missing: list[str] = field(default_factory=list)  # translated: facts not recorded

    @property
    def decided(self) -> bool:
        return bool(self.fails) or not self.missing

    def text(self) -> str:
        if self.fails:
            return tr(FAILS).format(reasons="；".join(self.fails))
        if self.missing:
            return tr(UNDECIDED).format(missing="、".join(self.missing))
        return tr(MEETS).format(reasons="，".join(self.holds))


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check_definition(
    birth_date: dt.date | None, profile: Mapping[str, Any], on: dt.date
) -> DefinitionCheck:
    """Check a child (birth date) and their profile values (stored codes) on a day."""
    holds: list[str] = []
    fails: list[str] = []
    missing: list[str] = []
    if birth_date is None:
        missing.append(tr("the birth date"))
    else:
        age = age_on(birth_date, on)
        if age < AGE_LIMIT:
            holds.append(tr("under 16 ({age})").format(age=age))
        else:
            fails.append(tr("{age} years old, not under 16").format(age=age))
    hukou = profile.get("hukou") or ""
    if not hukou:
        missing.append(tr("the household registration (hukou)"))
    elif hukou == "rural":
        holds.append(tr("rural hukou"))
    elif hukou == "urban":
        fails.append(tr("an urban hukou"))
    else:
        fails.append(tr("no hukou registered"))
    _parents(profile, holds, fails, missing)
    return DefinitionCheck(not fails and not missing, holds, fails, missing)


def _parents(
    profile: Mapping[str, Any], holds: list[str], fails: list[str], missing: list[str]
) -> None:
    away = profile.get("parent_away") or ""
    if away == "both":
        holds.append(tr("both parents work away"))
    elif away == "single_parent":
        holds.append(tr("the only parent works away"))
    elif away in ("father", "mother"):
        other = tr("the mother") if away == "father" else tr("the father")
        gone = tr("the father works away") if away == "father" else tr("the mother works away")
        if profile.get("guardianship_type") == "parent_incapable":
            text = tr("{gone}, {other} cannot look after the child")
            holds.append(text.format(gone=gone, other=other))
        else:
            fails.append(
                tr("{gone} and {other} at home can look after the child").format(
                    gone=gone, other=other
                )
            )
    else:
        missing.append(tr("which parent works away"))


def is_unattended(profile: Mapping[str, Any]) -> bool:
    return profile.get("guardianship_type") == "none" or profile.get("guardian_kind") == "none"


def definition(actor: Actor, student_id: str, on: dt.date | None = None) -> DefinitionCheck:
    """The check for a child's current (open) profile; every condition missing when the
    child has no profile."""
    student = Student.get_or_none(Student.id == student_id)
    if student is None or student.deleted:
        raise NotFound()
    profile = (
        LeftBehindProfile.select()
        .where(
            (LeftBehindProfile.student == student_id)
            & (LeftBehindProfile.deleted == False)  # noqa: E712
            & LeftBehindProfile.end_date.is_null()
        )
        .order_by(LeftBehindProfile.start_date.desc())
        .first()
    )
    values = {} if profile is None else profile.__data__
    return check_definition(student.birth_date, values, on or dt.date.today())


@dataclass(frozen=True)
class UnattendedChild:
    school_id: str
    school_name: str
    student_id: str
    name: str
    class_label: str
    last_visit: dt.date | None
    visited: bool  # visited since the start of the term


def this_term_start(today: dt.date) -> dt.date:
    """The first day of the term running on `today` (in the holidays, of the term just
    gone): "this term" for the 无人监护 counts."""
    return reminders.calendar().term_so_far(today).start


def unattended_children(
    actor: Actor, *, school_id: str | None = None, today: dt.date | None = None
) -> list[UnattendedChild]:
    """Enrolled children with an open profile that says no one looks after them, with
    whether anyone visited them this term; by school, class and name."""
    today = today or dt.date.today()
    start = this_term_start(today)
    sql = (
        "SELECT s.school_id, sc.name AS school_name, s.id, s.name, s.grade, s.class_name,"
        " (SELECT max(v.visit_date) FROM visit v WHERE v.student_id = s.id"
        " AND +v.deleted = 0 AND v.visit_date <= ?) AS last_visit"
        " FROM student s JOIN school sc ON sc.id = s.school_id"
        " WHERE +s.deleted = 0 AND s.enrolment = 'enrolled' AND EXISTS (SELECT 1 FROM"
        " left_behind_profile lp WHERE lp.student_id = s.id AND +lp.deleted = 0"
        f" AND lp.end_date IS NULL AND {UNATTENDED_SQL})"
    )
    params: list[Any] = [today.isoformat()]
    if school_id:
        sql += " AND s.school_id = ?"
        params.append(school_id)
    sql += " ORDER BY sc.code, s.grade, s.class_name, s.name_pinyin"
    found = []
    for r in rows(sql, params):
        last = as_date(r["last_visit"])
        label = class_label(r["grade"], r["class_name"])
        found.append(
            UnattendedChild(
                r["school_id"],
                r["school_name"],
                r["id"],
                r["name"],
                label,
                last,
                last is not None and last >= start,
            )
        )
    return found


def check_form(
    actor: Actor, student_id: str, raw: Mapping[str, Any], on: dt.date | None = None
) -> DefinitionCheck:
    """The check for values a person is typing into the profile form (not yet saved):
    fields that do not clean yet count as not recorded."""
    from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
    from fupin_desktop.schema.clean import clean_record

    student = Student.get_or_none(Student.id == student_id)
    if student is None or student.deleted:
        raise NotFound()
    values, _ = clean_record(LEFT_BEHIND_PROFILE, raw, partial=True)
    return check_definition(student.birth_date, values, on or dt.date.today())
