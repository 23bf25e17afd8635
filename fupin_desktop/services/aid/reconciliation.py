"""The reconciliation of a term: what was due against what was paid, per student and
program, with totals per program and per stage, all in integer fen.

What was due is the school's confirmed list of the term with its adjustments
(services/aid/lists.py), never a recomputation; a school without a confirmed list is
reconciled against the entitlements computed now, and says so (`confirmed`). Meals and
aid in kind are provided, never owed: their rows are "provided" or "to record", and
count in no money total.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import (
    AidPayment,
    AidProgram,
    AidProvision,
    AidStandard,
    School,
    Student,
)
from fupin_desktop.i18n import tr
from fupin_desktop.schema.aid import CASH, FLAGGED, STATUS
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.services.aid.access import AID_READERS, require
from fupin_desktop.services.aid.entitlements import (
    compute_entitlements,
    school_names,
    stage_order,
    student_key,
)
from fupin_desktop.services.aid.lists import confirmed_lists
from fupin_desktop.services.aid.programs import program_order
from fupin_desktop.services.context import Actor
from fupin_desktop.terms import clean_school_year, clean_term


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which
# costs a second at 200,000 rows (benchmarks/bench_aid.py).
@dataclass(slots=True)
class ReconRow:
    """One student and program in a term: what was due against what was paid."""

    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    entitled: bool
    entitled_fen: int
    paid_fen: int
    payments: int
    status: str
    school_name: str = ""
    provision: str = CASH
    adjustment_fen: int = 0  # part of entitled_fen added by adjustments
    reasons: tuple[str, ...] = ()  # of the adjustments
    confirmed: bool = False  # due from a confirmed list, not computed now

    @property
    def difference_fen(self) -> int:
        """Paid minus due: negative is money still owed to the child."""
        return self.paid_fen - self.entitled_fen

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.entitled_fen - self.paid_fen)

    @property
    def in_kind(self) -> bool:
        return self.provision != CASH or (self.entitled and self.entitled_fen == 0)


# What was due for one child and program, a plain tuple in this order (a dataclass a row
# cost a second at 200,000 rows, benchmarks/bench_aid.py): student id, name, stage, grade,
# class, program id, code, name, provision, amount due (adjustments included), school id,
# school name, the adjustments' part of the amount, their reasons, from a confirmed list.
_Due = tuple[
    str, str, str, int | None, str, str, str, str, str, int, str, str, int, tuple[str, ...], bool
]


@dataclass(frozen=True)
class Total:
    key: str  # program id, stage code, or "" for the grand total
    label: str
    entitled_fen: int = 0
    paid_fen: int = 0
    # Counted in rows (a student and a program): a child with two programs counts twice.
    entitled_rows: int = 0
    paid_rows: int = 0
    flagged: int = 0

    @property
    def difference_fen(self) -> int:
        return self.paid_fen - self.entitled_fen


@dataclass
class Reconciliation:
    school_year: str
    term: int
    rows: list[ReconRow]
    by_program: list[Total]
    by_stage: list[Total]
    total: Total
    status_counts: dict[str, int] = field(default_factory=dict)
    # Schools whose due came from a confirmed list, and those computed now.
    confirmed_schools: int = 0
    computed_schools: int = 0

    @property
    def needs_attention(self) -> bool:
        return any(self.status_counts.get(code) for code in FLAGGED)


def payment_status(
    *, entitled: bool, ad_hoc: bool, entitled_fen: int, paid_fen: int, payments: int
) -> str:
    """The one rule for a row's status, in order of what needs attention first."""
    if not entitled:
        return "ad_hoc" if ad_hoc else "not_entitled"
    if payments > 1:
        return "double_claim"
    if entitled_fen == 0:
        return "ok"  # in kind: nothing to pay, and a recorded value is no problem
    if paid_fen == 0:
        return "unpaid"
    if paid_fen < entitled_fen:
        return "underpaid"
    if paid_fen > entitled_fen:
        return "overpaid"
    return "ok"


def _paid_in_term(school_year: str, term: int, school_id: str | None) -> list[dict[str, Any]]:
    """Live payments summed per student and program, in SQL."""
    select = (
        AidPayment.select(
            AidPayment.student.alias("student_id"),
            AidPayment.program.alias("program_id"),
            pw.fn.SUM(AidPayment.amount_fen).alias("paid"),
            pw.fn.COUNT(AidPayment.id).alias("payments"),
            Student.name,
            Student.name_pinyin,
            Student.stage,
            Student.grade,
            Student.class_name,
            Student.school,
            AidProgram.code.alias("program_code"),
            AidProgram.name.alias("program_name"),
        )
        .join(Student)
        .switch(AidPayment)
        .join(AidProgram)
        .where(
            (AidPayment.deleted == False)  # noqa: E712
            & (AidPayment.school_year == school_year)
            & (AidPayment.term == term)
        )
        .group_by(AidPayment.student, AidPayment.program)
    )
    if school_id:
        select = select.where(Student.school == school_id)
    return list(select.dicts())


def _ad_hoc_programs() -> set[str]:
    with_standards = AidStandard.select(AidStandard.program).where(
        AidStandard.deleted == False  # noqa: E712
    )
    return {
        row[0]
        for row in AidProgram.select(AidProgram.id)
        .where(AidProgram.id.not_in(with_standards))
        .tuples()
    }


def _confirmed_due(school_year: str, term: int, school_ids: list[str]) -> list[_Due]:
    """The rows of the confirmed lists with their adjustments, school by school in the
    order given, each in its list's order; read with plain cursors, one query a school
    (200,000 rows at township scale: no model objects in between, no join to sort)."""
    if not school_ids:
        return []
    marks = ", ".join("?" for _ in school_ids)
    scope = (
        f"l.school_year = ? AND l.term = ? AND l.state = 'confirmed' AND l.deleted = 0"
        f" AND l.school_id IN ({marks})"
    )
    params = (school_year, term, *school_ids)
    adjusted: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for student_id, program_id, fen, reason in database.execute_sql(
        "SELECT a.student_id, a.program_id, a.amount_fen, a.reason FROM aid_adjustment a"
        f" JOIN aid_list l ON l.id = a.aid_list_id WHERE a.deleted = 0 AND {scope}"
        " ORDER BY a.made_on, a.created_at",
        params,
    ):
        adjusted[(student_id, program_id)].append((fen, reason))
    programs = {
        row[0]: row[1:] for row in database.execute_sql("SELECT id, code, name FROM aid_program")
    }
    held: dict[str, list[str]] = defaultdict(list)
    for school_id, list_id in database.execute_sql(
        f"SELECT l.school_id, l.id FROM aid_list l WHERE {scope}", params
    ):
        held[school_id].append(list_id)
    schools = school_names()
    due: list[_Due] = []
    for school_id in (s for s in school_ids if s in held):
        name, ids = schools[school_id][1], held[school_id]
        marks = ", ".join("?" for _ in ids)
        for row in database.execute_sql(_LIST_ROWS.format(marks=marks), ids):
            code, program_name = programs[row[5]]
            adj = adjusted.pop((row[0], row[5]), None) if adjusted else None
            if adj is None:
                due.append((*row[:6], code, program_name, row[6], row[7], school_id, name,
                            0, (), True))  # fmt: skip
                continue
            fen = sum(a[0] for a in adj)
            due.append((*row[:6], code, program_name, row[6], row[7] + fen, school_id, name,
                        fen, tuple(a[1] for a in adj), True))  # fmt: skip
    for (student_id, program_id), adj in adjusted.items():  # children added by adjustment
        s = Student.get_by_id(student_id)
        p = AidProgram.get_by_id(program_id)
        fen = sum(a[0] for a in adj)
        due.append((s.id, s.name, s.stage, s.grade, s.class_name, p.id, p.code, p.name,
                    p.provision, fen, s.school_id, School.get_by_id(s.school_id).name, fen,
                    tuple(a[1] for a in adj), True))  # fmt: skip
    return due


# The rows of one school's confirmed lists in list order: "+r.deleted" keeps SQLite on
# the lists' index (the deleted index would walk every term's rows).
_LIST_ROWS = (
    "SELECT r.student_id, r.student_name, r.stage, r.grade, r.class_name, r.program_id,"
    " r.provision, r.amount_fen FROM aid_list_row r WHERE +r.deleted = 0"
    " AND r.aid_list_id IN ({marks}) ORDER BY r.position"
)


def _due(school_year: str, term: int, school_id: str | None) -> tuple[list[_Due], int, int]:
    """What was due: confirmed lists with their adjustments, the entitlements computed
    now for the schools without one (none computed when every school has its list)."""
    lists = confirmed_lists(school_year, term)
    codes = school_names()
    in_scope = [school_id] if school_id else sorted(codes, key=lambda s: codes[s][0])
    confirmed = [s for s in in_scope if s in lists]
    due = _confirmed_due(school_year, term, confirmed)
    computed = 0
    for missing in (s for s in in_scope if s not in lists):
        live = compute_entitlements(school_year, term, missing)
        computed += bool(live)
        due += [
            (
                e.student_id, e.student_name, e.stage, e.grade, e.class_name, e.program_id,
                e.program_code, e.program_name, e.provision, e.amount_fen, e.school_id,
                e.school_name, 0, (), False,
            )
            for e in live
        ]  # fmt: skip
    return due, len(confirmed), computed


def _provided(school_year: str, term: int) -> set[tuple[str, str, str, Any, str]]:
    """(school, program, stage, grade, class) of the provisions recorded for the term;
    a record without class (grade None, class "") covers the whole stage or school."""
    return {
        (p.school_id, p.program_id, p.stage, p.grade, p.class_name)
        for p in AidProvision.select().where(
            (AidProvision.school_year == school_year)
            & (AidProvision.term == term)
            & (AidProvision.deleted == False)  # noqa: E712
        )
    }


def _provision_status(
    key: tuple[str, str, str, Any, str],
    provided: set[tuple[str, str, str, Any, str]],
    known: dict[tuple[Any, ...], str],
) -> str:
    """ "provided" or "to_record" for (school, program, stage, grade, class); `known`
    keeps the answer for each class, which a hundred thousand rows of meals share."""
    status = known.get(key)
    if status is None:
        school, program, stage = key[:3]
        keys = (key, (school, program, stage, None, ""), (school, program, "", None, ""))
        status = known[key] = "provided" if any(k in provided for k in keys) else "to_record"
    return status


def reconcile(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> Reconciliation:
    """Due against paid, per student and program, with totals per program and per
    stage (all integer fen). Rows come in the order of the lists, then payments that
    match nothing due."""
    require(actor, AID_READERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    due, confirmed, computed = _due(school_year, term, school_id)
    paid = {
        (p["student_id"], p["program_id"]): p for p in _paid_in_term(school_year, term, school_id)
    }
    provided = _provided(school_year, term)
    known: dict[tuple[Any, ...], str] = {}
    ad_hoc = _ad_hoc_programs()
    rows: list[ReconRow] = []
    append = rows.append
    for (
        student_id, name, stage, grade, class_name, program_id, code, program_name, provision,
        due_fen, school, school_name, adjustment_fen, reasons, from_list,
    ) in due:  # fmt: skip
        p = paid.pop((student_id, program_id), None) if paid else None
        amount, count = (int(p["paid"]), int(p["payments"])) if p else (0, 0)
        if provision != CASH:
            key = (school, program_id, stage, grade, class_name)
            status, entitled_fen = _provision_status(key, provided, known), 0
        else:
            entitled_fen = due_fen
            status = payment_status(
                entitled=True,
                ad_hoc=False,
                entitled_fen=entitled_fen,
                paid_fen=amount,
                payments=count,
            )
            if status == "ok" and reasons:
                status = "adjusted"
        # Positional, in the field order: keywords cost a third more at 200,000 rows.
        append(
            ReconRow(
                student_id, name, stage, grade, class_name, program_id, code, program_name,
                True, entitled_fen, amount, count, status, school_name, provision,
                adjustment_fen, reasons, from_list,
            )
        )  # fmt: skip
    rows.extend(_unentitled_rows(paid.values(), ad_hoc))
    result = _with_totals(school_year, term, rows)
    result.confirmed_schools, result.computed_schools = confirmed, computed
    return result


def _unentitled_rows(payments: Iterable[dict[str, Any]], ad_hoc: set[str]) -> list[ReconRow]:
    rows = []
    schools = school_names()
    for p in sorted(
        payments,
        key=lambda p: (*student_key({**p, "id": p["student_id"]}, schools), p["program_code"]),
    ):
        amount, count = int(p["paid"]), int(p["payments"])
        rows.append(
            ReconRow(
                student_id=p["student_id"],
                student_name=p["name"],
                stage=p["stage"],
                grade=p["grade"],
                class_name=p["class_name"],
                program_id=p["program_id"],
                program_code=p["program_code"],
                program_name=p["program_name"],
                entitled=False,
                entitled_fen=0,
                paid_fen=amount,
                payments=count,
                status=payment_status(
                    entitled=False,
                    ad_hoc=p["program_id"] in ad_hoc,
                    entitled_fen=0,
                    paid_fen=amount,
                    payments=count,
                ),
                school_name=schools.get(p["school"], ("", ""))[1],
            )
        )
    return rows


def _with_totals(school_year: str, term: int, rows: list[ReconRow]) -> Reconciliation:
    # Summed once per program and stage, then added up into the three kinds of total:
    # three sums a row cost half a million calls at township scale.
    groups: dict[tuple[str, str], list[int]] = {}
    first: dict[str, ReconRow] = {}  # a program's first row: its code and name
    counts: dict[str, int] = dict.fromkeys(STATUS.codes(), 0)
    for row in rows:
        status = row.status
        counts[status] = counts.get(status, 0) + 1
        sums = groups.get((row.program_id, row.stage))
        if sums is None:
            sums = groups[(row.program_id, row.stage)] = [0, 0, 0, 0, 0]
            first.setdefault(row.program_id, row)
        sums[0] += row.entitled_fen
        sums[1] += row.paid_fen
        sums[2] += row.entitled
        sums[3] += row.payments > 0
        sums[4] += status in FLAGGED
    programs: dict[str, list[int]] = {}
    stages: dict[str, list[int]] = {}
    grand = [0, 0, 0, 0, 0]
    for (program_id, stage), sums in groups.items():
        for total in (
            programs.setdefault(program_id, [0, 0, 0, 0, 0]),
            stages.setdefault(stage, [0, 0, 0, 0, 0]),
            grand,
        ):
            for i, value in enumerate(sums):
                total[i] += value
    by_program = [
        _total(key, first[key].program_name, programs[key])
        for key in sorted(
            programs, key=lambda k: program_order(first[k].program_code, first[k].program_name)
        )
    ]
    by_stage = [
        _total(stage, STAGE.label(stage), stages[stage])
        for stage in sorted(stages, key=stage_order)
    ]
    return Reconciliation(
        school_year=school_year,
        term=term,
        rows=rows,
        by_program=by_program,
        by_stage=by_stage,
        total=_total("", tr("Total"), grand),
        status_counts=counts,
    )


def _total(key: str, label: str, sums: list[int]) -> Total:
    entitled, paid, entitled_rows, paid_rows, flagged = sums
    return Total(key, label, entitled, paid, entitled_rows, paid_rows, flagged)
