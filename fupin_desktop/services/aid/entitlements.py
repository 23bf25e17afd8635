"""Who is entitled to what in a term (应助尽助): every student enrolled on the term's
reference day, by the standards valid that day, from the stage, boarding, poverty
status and categories in force that day (services/aid/history.py). The reference day
comes from the one school calendar (services.calendar); who is needy from the catalogue
(schema/needs.py). A confirmed term list (services/aid/lists.py) stores the result.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidProgram, AidStandard, School, Student
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.schema.needs import NEEDY_FLAGS, is_needy
from fupin_desktop.services.aid.access import AID_READERS, require
from fupin_desktop.services.aid.history import AID_UNTIL, values_on
from fupin_desktop.services.aid.programs import program_order
from fupin_desktop.services.calendar import PROVINCE, province, school_calendar
from fupin_desktop.services.context import Actor
from fupin_desktop.terms import clean_school_year, clean_term

# The setting that names this installation's province; a standard with a province
# applies only where the setting equals it (see _standards_at).
PROVINCE_SETTING = PROVINCE


def condition_met(
    condition: str, student: Mapping[str, Any], day: dt.date, needy: bool | None = None
) -> bool:
    """Whether a student (the values in force on `day`: boarder, poverty status and the
    needy flags) meets a standard's condition (schema.aid.CONDITION). The one place
    conditions are decided; `needy` when the caller worked it out already."""
    if needy is None:
        needy = is_needy(student, day, student.get(AID_UNTIL))
    match condition:
        case "all":
            return True
        case "needy":
            return needy
        case "registered_poor":
            return bool(student.get("registered_poor"))
        case "boarder":
            return bool(student.get("boarder"))
        case "boarder_needy":
            return bool(student.get("boarder")) and needy
        case "non_boarder_needy":
            return not student.get("boarder") and needy
        case _:
            return False


def term_amount(yearly_fen: int, per_term: bool, term: int) -> int | None:
    """A term's share of a yearly amount; None when nothing falls due that term.

    Paid each term: half a year each, the odd fen in the autumn so the two add up."""
    if per_term:
        half, odd = divmod(yearly_fen, 2)
        return half + odd if term == 1 else half
    return yearly_fen if term == 1 else None


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which
# costs a second at 200,000 rows (benchmarks/bench_aid.py).
@dataclass(slots=True)
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
    provision: str = "cash"  # schema.aid.PROVISION
    school_id: str = ""
    boarder: bool = False

    @property
    def in_kind(self) -> bool:
        """Entitled, but no money is owed to the child (meals, waived fees, books)."""
        return self.provision != "cash" or self.amount_fen == 0


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
    provision: str = "cash"


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
    Student.poverty_status,
    *(getattr(Student, key) for key in NEEDY_FLAGS),
)
_COLUMN_NAMES = [c.column_name for c in STUDENT_COLUMNS]
_KEYS = [c.name for c in STUDENT_COLUMNS]
_BOOLS = {"boarder", *NEEDY_FLAGS}
_FLAG_KEYS = [key for key in _KEYS if key in _BOOLS]
_FLAGS_OF = itemgetter(*(_KEYS.index(key) for key in _FLAG_KEYS))


def _standards_at(day: dt.date) -> dict[str, list[_Rule]]:
    """The rules valid on `day` for active programs, by stage.

    A standard with a province applies only where the province setting names it, and
    then replaces the national standards of its program and stage."""
    here = province()
    select = (
        AidStandard.select(AidStandard, AidProgram)
        .join(AidProgram)
        .where(
            (AidStandard.deleted == False)  # noqa: E712
            & (AidProgram.deleted == False)  # noqa: E712
            & (AidProgram.active == True)  # noqa: E712
            & (AidStandard.valid_from <= day)
            & (AidStandard.valid_to.is_null() | (AidStandard.valid_to >= day))
            & (AidStandard.province.in_(["", here]))
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
                provision=s.program.provision,
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


_STAGE_ORDER = {code: index for index, code in enumerate(STAGE.codes())}


def stage_order(stage: str) -> int:
    return _STAGE_ORDER.get(stage, len(_STAGE_ORDER))


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


def students_on(day: dt.date, school_id: str | None) -> list[dict[str, Any]]:
    """Every live student of the scope with the values in force on `day` (the current
    name and class, the dated stage, grade, boarding, enrolment, status and flags)."""
    where, params = "s.deleted = 0", ()
    if school_id:
        where, params = "s.deleted = 0 AND s.school_id = ?", (school_id,)
    columns = ", ".join(f"s.{c}" for c in _COLUMN_NAMES)
    rows = database.execute_sql(f"SELECT {columns} FROM student s WHERE {where}", params)
    dated = values_on(day, school_id)
    students = []
    none: dict[str, Any] = {}
    for row in rows:
        values = dict(zip(_KEYS, row, strict=True))
        # The flags as bools without a Python loop over them (50,000 children).
        values.update(zip(_FLAG_KEYS, map(bool, _FLAGS_OF(row)), strict=True))
        values.update(dated.get(row[0], none))  # row[0]: the id
        students.append(values)
    return students


def compute_entitlements(
    school_year: str, term: int, school_id: str | None, *, day: dt.date | None = None
) -> list[Entitlement]:
    """Entitlements on the term's reference day (or `day`), in the list's order."""
    day = day or school_calendar().reference_day(school_year, term)
    rules = _standards_at(day)
    if not rules:
        return []
    students = [
        s
        for s in students_on(day, school_id)
        if s["stage"] in rules and s["enrolment"] == "enrolled"
    ]
    schools = school_names()
    students.sort(key=lambda row: student_key(row, schools))
    # What a child is entitled to follows from the stage and the three facts the
    # conditions read (boarder, needy, 建档立卡): decided once for each combination,
    # not once a child (50,000 children, a few dozen combinations).
    plans: dict[tuple[str, bool, bool, bool], list[tuple[_Rule, int]]] = {}
    result: list[Entitlement] = []
    append = result.append
    for student in students:
        stage, boarder = student["stage"], bool(student["boarder"])
        needy = is_needy(student, day, student.get(AID_UNTIL))
        key = (stage, boarder, needy, bool(student.get("registered_poor")))
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = _plan(student, rules[stage], term, day, needy)
        school = student["school"]
        school_name = schools.get(school, ("", ""))[1]
        for rule, amount in plan:
            # Positional, in the field order: keywords cost a third more.
            append(
                Entitlement(
                    student["id"], student["name"], stage, student["grade"],
                    student["class_name"], rule.program_id, rule.program_code,
                    rule.program_name, rule.standard_id, rule.condition, rule.amount_fen,
                    amount, school_name, rule.provision, school, boarder,
                )
            )  # fmt: skip
    return result


def _plan(
    student: Mapping[str, Any], rules: list[_Rule], term: int, day: dt.date, needy: bool
) -> list[tuple[_Rule, int]]:
    """The rules a child is entitled by and the amount due this term, one per program:
    when several of its rules match (a boarder rule and a needy-boarder rule), the most
    generous one; in the national order of the programs."""
    best: dict[str, _Rule] = {}
    for rule in rules:
        if not condition_met(rule.condition, student, day, needy):
            continue
        held = best.get(rule.program_id)
        if held is None or rule.amount_fen > held.amount_fen:
            best[rule.program_id] = rule
    out = []
    for rule in sorted(best.values(), key=lambda r: program_order(r.program_code, r.program_name)):
        amount = term_amount(rule.amount_fen, rule.per_term, term)
        if amount is not None:
            out.append((rule, amount))
    return out


def list_entitlements(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> list[Entitlement]:
    """Who is entitled to what in a term: every student enrolled on the term's reference
    day, by the standards valid that day, from the values in force that day. Ordered
    by school, stage, grade, class and name.

    `school_id` None means every school of the ledger (the township)."""
    require(actor, AID_READERS)
    return compute_entitlements(clean_school_year(school_year), clean_term(term), school_id)
