"""Who is entitled to what in a term (应助尽助): every student enrolled on the term's
reference day, by the standards valid that day, from stage, boarding and the family's
categories. Days and terms come from the aid calendar (terms.AID).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.models import AidProgram, AidStandard, School, StatusHistory, Student
from fupin_desktop.schema.aid import NEEDY_KEYS
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.services import installation
from fupin_desktop.services.aid.access import AID_READERS, require
from fupin_desktop.services.aid.programs import program_order
from fupin_desktop.services.context import Actor
from fupin_desktop.terms import AID, clean_school_year, clean_term
from fupin_desktop.validation import normalise_text

# The setting that names this installation's province; a standard with a province
# applies only where the setting equals it (see _standards_at).
PROVINCE_SETTING = "province"


def is_needy(student: Mapping[str, Any]) -> bool:
    return any(bool(student.get(key)) for key in NEEDY_KEYS)


def condition_met(condition: str, student: Mapping[str, Any]) -> bool:
    """Whether a student (a mapping with `boarder` and the NEEDY_KEYS flags) meets a
    standard's condition (schema.aid.CONDITION). The one place conditions are decided."""
    match condition:
        case "all":
            return True
        case "needy":
            return is_needy(student)
        case "registered_poor":
            return bool(student.get("registered_poor"))
        case "boarder":
            return bool(student.get("boarder"))
        case "boarder_needy":
            return bool(student.get("boarder")) and is_needy(student)
        case _:
            return False


def term_amount(yearly_fen: int, per_term: bool, term: int) -> int | None:
    """A term's share of a yearly amount; None when nothing falls due that term.

    Paid each term: half a year each, the odd fen in the autumn so the two add up."""
    if per_term:
        half, odd = divmod(yearly_fen, 2)
        return half + odd if term == 1 else half
    return yearly_fen if term == 1 else None


@dataclass(frozen=True)
class Entitlement:
    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    standard_id: str
    condition: str
    yearly_fen: int
    amount_fen: int  # due this term
    school_name: str = ""  # for the township, which holds many schools

    @property
    def in_kind(self) -> bool:
        """Entitled, but no money changes hands (tuition waiver, textbooks)."""
        return self.amount_fen == 0


@dataclass(frozen=True)
class _Rule:
    standard_id: str
    program_id: str
    program_code: str
    program_name: str
    per_term: bool
    condition: str
    amount_fen: int
    province: str


STUDENT_COLUMNS = (
    Student.id,
    Student.school,
    Student.name,
    Student.name_pinyin,
    Student.stage,
    Student.grade,
    Student.class_name,
    Student.boarder,
    Student.enrolment,
    *(getattr(Student, key) for key in NEEDY_KEYS),
)


def _province() -> str:
    return normalise_text(installation.get_setting(PROVINCE_SETTING, ""))


def _standards_at(day: dt.date) -> dict[str, list[_Rule]]:
    """The rules valid on `day` for active programs, by stage.

    A standard with a province applies only where the province setting names it, and
    then replaces the national standards of its program and stage."""
    province = _province()
    select = (
        AidStandard.select(AidStandard, AidProgram)
        .join(AidProgram)
        .where(
            (AidStandard.deleted == False)  # noqa: E712
            & (AidProgram.deleted == False)  # noqa: E712
            & (AidProgram.active == True)  # noqa: E712
            & (AidStandard.valid_from <= day)
            & (AidStandard.valid_to.is_null() | (AidStandard.valid_to >= day))
            & (AidStandard.province.in_(["", province]))
        )
    )
    rules: dict[tuple[str, str], list[_Rule]] = defaultdict(list)
    for s in select:
        rules[(s.stage, s.program.id)].append(
            _Rule(
                standard_id=s.id,
                program_id=s.program.id,
                program_code=s.program.code,
                program_name=s.program.name,
                per_term=s.program.per_term,
                condition=s.condition,
                amount_fen=s.amount_fen,
                province=s.province,
            )
        )
    by_stage: dict[str, list[_Rule]] = defaultdict(list)
    for (stage, _), group in rules.items():
        local = [r for r in group if r.province]
        by_stage[stage].extend(local or group)
    return by_stage


def student_scope(school_id: str | None) -> pw.Expression:
    cond = Student.deleted == False  # noqa: E712
    if school_id:
        cond &= Student.school == school_id
    return cond


def _enrolment_on(day: dt.date, scope: pw.Expression) -> dict[str, str]:
    """Each student's enrolment on `day`, from the dated history: a student who left
    after the term began was still entitled to it, and one who came later was not.

    The first entry is the state the file was created in (save_file and imports record
    it), so a day before the file existed takes that; no history at all means the
    current value (the caller's fallback)."""
    live = StatusHistory.deleted == False  # noqa: E712
    rows = (
        StatusHistory.select(StatusHistory.student, StatusHistory.value, StatusHistory.start_date)
        .join(Student)
        .where(scope & (StatusHistory.kind == "enrolment") & live)
        .order_by(StatusHistory.student, StatusHistory.start_date, StatusHistory.created_at)
        .tuples()
    )
    on_day: dict[str, str] = {}
    for student_id, value, start in rows:
        if start <= day or student_id not in on_day:
            on_day[student_id] = value
    return on_day


def stage_order(stage: str) -> int:
    stages = STAGE.codes()
    return stages.index(stage) if stage in stages else len(stages)


def school_names() -> dict[str, tuple[str, str]]:
    """School id -> (code, name): a township's rows are ordered and labelled by school."""
    return {
        row[0]: (row[1], row[2])
        for row in School.select(School.id, School.code, School.name).tuples()
    }


def student_key(row: Mapping[str, Any], schools: Mapping[str, tuple[str, str]]) -> tuple[Any, ...]:
    grade = row.get("grade")
    return (
        schools.get(row.get("school") or "", ("", ""))[0],
        stage_order(row.get("stage") or ""),
        grade if grade is not None else 99,
        row.get("class_name") or "",
        row.get("name_pinyin") or "",
        row.get("id") or "",
    )


def compute_entitlements(school_year: str, term: int, school_id: str | None) -> list[Entitlement]:
    day = AID.reference_day(school_year, term)
    rules = _standards_at(day)
    if not rules:
        return []
    scope = student_scope(school_id)
    students = list(
        Student.select(*STUDENT_COLUMNS).where(scope & Student.stage.in_(list(rules))).dicts()
    )
    enrolment = _enrolment_on(day, scope & Student.stage.in_(list(rules)))
    schools = school_names()
    students.sort(key=lambda row: student_key(row, schools))
    result: list[Entitlement] = []
    for student in students:
        if enrolment.get(student["id"], student["enrolment"]) != "enrolled":
            continue
        school_name = schools.get(student["school"], ("", ""))[1]
        result.extend(_entitle(student, rules[student["stage"]], term, school_name))
    return result


def _entitle(
    student: Mapping[str, Any], rules: list[_Rule], term: int, school_name: str = ""
) -> list[Entitlement]:
    """One entitlement per program: when several of its rules match (a boarder rule and
    a needy-boarder rule), the most generous one."""
    best: dict[str, _Rule] = {}
    for rule in rules:
        if not condition_met(rule.condition, student):
            continue
        held = best.get(rule.program_id)
        if held is None or rule.amount_fen > held.amount_fen:
            best[rule.program_id] = rule
    out = []
    for rule in sorted(best.values(), key=lambda r: program_order(r.program_code, r.program_name)):
        amount = term_amount(rule.amount_fen, rule.per_term, term)
        if amount is None:
            continue
        out.append(
            Entitlement(
                student_id=student["id"],
                student_name=student["name"],
                stage=student["stage"],
                grade=student["grade"],
                class_name=student["class_name"],
                program_id=rule.program_id,
                program_code=rule.program_code,
                program_name=rule.program_name,
                standard_id=rule.standard_id,
                condition=rule.condition,
                yearly_fen=rule.amount_fen,
                amount_fen=amount,
                school_name=school_name,
            )
        )
    return out


def list_entitlements(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> list[Entitlement]:
    """Who is entitled to what in a term: every student enrolled on the term's reference
    day (term_reference_date), by the standards valid that day, from stage, boarding
    and the family's current categories. Ordered by stage, grade, class and name.

    `school_id` None means every school of the ledger (the township)."""
    require(actor, AID_READERS)
    return compute_entitlements(clean_school_year(school_year), clean_term(term), school_id)
