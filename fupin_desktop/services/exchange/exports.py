"""Exports for the national systems: the 资助系统's 家庭经济信息 template, a term's 资助发放名单,
and the 民政 农村留守儿童基本情况登记表, each in its column set (schema/exchange.py).

prepare(actor, kind, …) builds the rows and checks them by the systems' rules: every
required column filled, no text longer than the system takes (a Chinese character counts
two). It writes nothing: the clerk sees every incomplete row, named by child and missing
column, and fixes the ledger, not the Excel. write(actor, plan, path) refuses a plan
with problems and writes the file otherwise (io/exchange.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from fupin_desktop.db.models import FamilyMember, Guardian, LeftBehindProfile, School, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.choices import RELATION
from fupin_desktop.schema.exchange import (
    AID_SYSTEM,
    LEFT_BEHIND_REGISTER,
    PAYMENTS,
    Cell,
    ColumnSet,
    byte_length,
)
from fupin_desktop.schema.format import class_label
from fupin_desktop.schema.needs import LIFTED_STATUSES, MONITORED_STATUSES
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.care.register import check_definition
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.validation import fen_to_yuan

ID_TYPE = "居民身份证"  # the 资助系统's word for the resident ID card
_LIVE = False  # deleted == False, for peewee where clauses


# -- this year's 认定 (assessment): an optional source ---------------------------------
class Assessment(NamedTuple):
    school_year: str
    level: str  # as the system writes it: 特别困难 / 困难 / 一般困难 / 不困难
    assessed_on: dt.date | None
    reason: str


# (student id, school year) -> the child's 认定 that year, or None.
AssessmentSource = Callable[[str, str], Assessment | None]


def no_assessment_yet(student_id: str, school_year: str) -> Assessment | None:
    """The ledger keeps no 认定 record yet (the school-year assessment, issue 11): the
    认定 columns of the 资助系统 template read None and stay empty, and are not required
    until a real source is set here."""
    return None


# Replace with the assessment service's look-up once it exists.
assessment_source: AssessmentSource = no_assessment_yet


# -- the plan --------------------------------------------------------------------------
@dataclass(frozen=True)
class RowProblem:
    who: str  # the child, as a clerk finds them: name (school class)
    missing: tuple[str, ...]  # headers of required columns left empty
    too_long: tuple[str, ...]  # "header (found > limit)"

    def describe(self) -> str:
        parts = []
        if self.missing:
            parts.append(tr("missing {columns}").format(columns="、".join(self.missing)))
        if self.too_long:
            parts.append(tr("too long: {columns}").format(columns="、".join(self.too_long)))
        return f"{self.who}: {'; '.join(parts)}"


@dataclass
class ExportPlan:
    column_set: ColumnSet
    rows: list[list[str]]
    problems: list[RowProblem] = field(default_factory=list)
    # Children left out, with why (the 登记表: not a rural left-behind child by the 民政
    # definition).
    left_out: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        text = tr("{rows} rows; {problems} incomplete; {left_out} left out.")
        return text.format(
            rows=len(self.rows), problems=len(self.problems), left_out=len(self.left_out)
        )


def format_cell(cell: Cell, value: Any) -> str:
    """A value as the national systems want it, always text."""
    if value is None or value == "":
        return ""
    if cell is Cell.DATE:
        return value.strftime("%Y%m%d") if isinstance(value, dt.date) else str(value)
    if cell is Cell.FLAG:
        return "是" if value else ""
    if cell is Cell.YES_NO:
        return "是" if value else "否"
    if cell is Cell.MONEY:
        return fen_to_yuan(int(value))
    return str(value).strip()


def _check(column_set: ColumnSet, who: str, cells: list[str]) -> RowProblem | None:
    missing, too_long = [], []
    for column, text in zip(column_set, cells, strict=True):
        if column.required and not text:
            missing.append(column.header)
        elif column.max_bytes is not None and byte_length(text) > column.max_bytes:
            too_long.append(f"{column.header} ({byte_length(text)} > {column.max_bytes})")
    if missing or too_long:
        return RowProblem(who, tuple(missing), tuple(too_long))
    return None


def _plan(
    column_set: ColumnSet, records: Iterable[tuple[str, Mapping[str, Any], list[str]]]
) -> ExportPlan:
    """records: (who, values by column key, extra missing headers)."""
    plan = ExportPlan(column_set, [])
    for who, values, extra_missing in records:
        cells = [format_cell(c.cell, values.get(c.key)) for c in column_set]
        problem = _check(column_set, who, cells)
        if extra_missing:
            missing = (*(problem.missing if problem else ()), *extra_missing)
            problem = RowProblem(who, missing, problem.too_long if problem else ())
        if problem is not None:
            plan.problems.append(problem)
        plan.rows.append(cells)
    return plan


def _require_full_ids(actor: Actor) -> None:
    # The files carry full ID numbers: only who may write them (the role matrix).
    require(actor, Do.FULL_ID_FILES)


# -- the students ----------------------------------------------------------------------
def _students(school_id: str | None) -> list[Student]:
    select = Student.select().where((Student.deleted == _LIVE) & (Student.enrolment == "enrolled"))
    if school_id:
        select = select.where(Student.school == school_id)
    return list(select.order_by(Student.school, Student.grade, Student.class_name, Student.name))


def _schools() -> dict[str, str]:
    return {s.id: s.name for s in School.select(School.id, School.name)}


def _who(student: Student, schools: Mapping[str, str]) -> str:
    place = schools.get(student.school_id, "")
    if student.grade:
        place += " " + class_label(student.grade, student.class_name)
    return f"{student.name}（{place.strip()}）"


def _by_student(model: Any, ids: list[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in model.select().where(model.student.in_(chunk) & (model.deleted == _LIVE)):
            found.setdefault(row.student_id, []).append(row)
    return found


# -- 资助系统 家庭经济信息 -----------------------------------------------------------------
def _aid_system_values(
    s: Student, guardians: list[Guardian], family: list[FamilyMember], school_year: str
) -> dict[str, Any]:
    guardian = guardians[0] if guardians else None
    size = len(family) + (0 if any(m.relation == "self" for m in family) else 1) if family else ""
    values: dict[str, Any] = {
        "name": s.name,
        "id_type": ID_TYPE,
        "id_number": s.id_number,
        "student_no": s.student_no,
        "disability_level": STUDENT["disability_level"].display(s.disability_level),
        "lifted": s.poverty_status in LIFTED_STATUSES,
        "monitored": s.poverty_status in MONITORED_STATUSES,
        "family_size": size,
        "address": s.address,
        "phone": s.phone or (guardian.phone if guardian else ""),
        "guardian_name": guardian.name if guardian else "",
        "guardian_id_number": guardian.id_number if guardian else "",
    }
    for key in ("registered_poor", "dibao", "extreme_poverty_support", "orphan"):
        values[key] = getattr(s, key)
    for key in ("de_facto_unsupported", "disabled", "left_behind"):
        values[key] = getattr(s, key)
    found = assessment_source(s.id, school_year)
    if found is not None:
        values.update(
            assessment_year=found.school_year,
            assessment_level=found.level,
            assessment_date=found.assessed_on,
            assessment_reason=found.reason,
        )
    return values


def prepare_aid_system(
    actor: Actor, *, school_id: str | None = None, school_year: str | None = None
) -> ExportPlan:
    """The 家庭经济信息 template: every enrolled child of the ledger (or one school)."""
    from fupin_desktop.services.calendar import school_calendar

    _require_full_ids(actor)
    school_year = school_year or school_calendar().current_term()[0]
    students = _students(school_id)
    ids = [s.id for s in students]
    guardians = _by_student(Guardian, ids)
    family = _by_student(FamilyMember, ids)
    schools = _schools()
    records = (
        (
            _who(s, schools),
            _aid_system_values(s, guardians.get(s.id, []), family.get(s.id, []), school_year),
            [],
        )
        for s in students
    )
    return _plan(AID_SYSTEM, records)


# -- 资助发放名单 ------------------------------------------------------------------------
def prepare_payments(
    actor: Actor, school_year: str, term: int, *, school_id: str | None = None
) -> ExportPlan:
    """Every live payment of a term, one row each, the program by its name."""
    from fupin_desktop.schema.aid import PAYMENT_METHOD
    from fupin_desktop.services.aid.payments import list_payments

    _require_full_ids(actor)
    payments = list_payments(actor, school_year, term, school_id)
    ids = sorted({p.student_id for p in payments})
    students = {s.id: s for s in Student.select().where(Student.id.in_(ids))} if ids else {}
    schools = _schools()
    term_label = tr("Autumn") if int(term) == 1 else tr("Spring")
    records = []
    for p in sorted(payments, key=lambda p: (p.school_name, p.grade or 0, p.class_name, p.paid_on)):
        s = students[p.student_id]
        values = {
            "name": p.student_name,
            "id_number": s.id_number,
            "student_no": s.student_no,
            "school_name": p.school_name,
            "grade": STUDENT["grade"].display(p.grade) if p.grade else "",
            "class_name": p.class_name,
            "program": p.program_name,
            "amount": p.amount_fen,
            "paid_on": p.paid_on,
            "method": PAYMENT_METHOD.label(p.method) if p.method else "",
            "funding_source": p.funding_source,
            "school_year": p.school_year,
            "term": term_label,
        }
        records.append((_who(s, schools), values, []))
    return _plan(PAYMENTS, records)


# -- 农村留守儿童基本情况登记表 -------------------------------------------------------------
def _register_values(
    s: Student, p: LeftBehindProfile, school_name: str
) -> tuple[dict[str, Any], list[str]]:
    away = p.parent_away
    incapable = ""
    if away in ("father", "mother") and p.guardianship_type == "parent_incapable":
        incapable = "母亲" if away == "father" else "父亲"
    entrusted = p.guardian_kind not in ("", "none")
    health_type = p.health_type
    level = LEFT_BEHIND_PROFILE["health_level"].display(p.health_level)
    values: dict[str, Any] = {
        "name": s.name,
        "sex": STUDENT["sex"].display(s.sex),
        "ethnicity": STUDENT["ethnicity"].display(s.ethnicity),
        "birth_date": s.birth_date,
        "id_number": s.id_number,
        "hukou_registered": None if not p.hukou else p.hukou != "unregistered",
        "household_registration": s.household_registration,
        "address": s.address or p.guardian_address,
        "health": LEFT_BEHIND_PROFILE["health"].display(p.health),
        "disability": " ".join(x for x in (health_type, level) if x)
        if p.health == "disabled"
        else "",
        "illness": health_type if p.health == "ill" else "",
        "boarder": s.boarder,
        "schooling": STUDENT["stage"].display(s.stage),
        "school_name": school_name,
        "both_away": away in ("both", "single_parent"),
        "one_away_other_incapable": bool(incapable),
        "incapable_parent": incapable,
        "entrusted": entrusted,
        "guardian_relation": RELATION.label(p.guardian_relation) if entrusted else "",
        "guardianship_type": LEFT_BEHIND_PROFILE["guardianship_type"].display(p.guardianship_type),
        "income_sources": LEFT_BEHIND_PROFILE["income_sources"].display(p.income_sources),
        "assistance_received": LEFT_BEHIND_PROFILE["assistance_received"].display(
            p.assistance_received
        ),
    }
    for who in ("father", "mother"):
        for part in ("name", "birth_date", "id_number", "work_place", "phone"):
            values[f"{who}_{part}"] = getattr(p, f"{who}_{part}")
    if entrusted:
        for part in ("name", "phone", "id_number", "address"):
            values[f"guardian_{part}"] = getattr(p, f"guardian_{part}")
    return values, _missing_work_places(p)


def _missing_work_places(p: LeftBehindProfile) -> list[str]:
    """The away parent's work place (填写到 省 市) is required; for an only parent, one."""
    father, mother = (
        LEFT_BEHIND_REGISTER["father_work_place"],
        LEFT_BEHIND_REGISTER["mother_work_place"],
    )
    missing = []
    if p.parent_away in ("both", "father") and not p.father_work_place:
        missing.append(father.header)
    if p.parent_away in ("both", "mother") and not p.mother_work_place:
        missing.append(mother.header)
    if p.parent_away == "single_parent" and not (p.father_work_place or p.mother_work_place):
        missing.append(f"{father.header}/{mother.header}")
    return missing


def _open_profiles(ids: list[str]) -> dict[str, LeftBehindProfile]:
    found: dict[str, LeftBehindProfile] = {}
    for rows in _by_student(LeftBehindProfile, ids).values():
        for p in sorted(rows, key=lambda r: r.start_date):
            if p.end_date is None:
                found[p.student_id] = p
    return found


def prepare_left_behind_register(
    actor: Actor, *, school_id: str | None = None, today: dt.date | None = None
) -> ExportPlan:
    """One row per enrolled child with an open left-behind profile. A child the 民政
    definition does not cover (16 or older, an urban 户口, one parent at home who can
    look after them) is left out and listed with the reason."""
    _require_full_ids(actor)
    today = today or dt.date.today()
    students = _students(school_id)
    profiles = _open_profiles([s.id for s in students])
    schools = _schools()
    records = []
    left_out = []
    for s in students:
        p = profiles.get(s.id)
        if p is None:
            continue
        check = check_definition(s.birth_date, p.__data__, today)
        if check.fails:
            left_out.append(f"{_who(s, schools)}: {check.text()}")
            continue
        values, missing = _register_values(s, p, schools.get(s.school_id, ""))
        records.append((_who(s, schools), values, missing))
    plan = _plan(LEFT_BEHIND_REGISTER, records)
    plan.left_out = left_out
    return plan


# -- writing ---------------------------------------------------------------------------
KINDS = ("aid-system", "payments", "left-behind-register")
INCOMPLETE = N_(
    "{count} rows are incomplete; nothing was written. Complete the files in the ledger "
    "first:\n{rows}"
)


def write(actor: Actor, plan: ExportPlan, path: Path) -> Result[int]:
    """Write a checked plan; a plan with problems is refused, naming every row. The
    value is the number of rows written; the audit log records the export."""
    from fupin_desktop.io.exchange import write_column_set

    _require_full_ids(actor)
    if plan.problems:
        raise ValidationError(
            INCOMPLETE,
            count=len(plan.problems),
            rows="\n".join(p.describe() for p in plan.problems),
        )
    # The audit row first, committed: no file with full IDs exists without its row.
    details = f"{plan.column_set.key}: {len(plan.rows)} rows, full IDs, {Path(path).name}"
    audit.record_before_file(actor, "export", "student", details=details)
    count = write_column_set(Path(path), plan.column_set, plan.rows)
    return Result(count, Changes().touch("audit_log"))
