"""The reconciliation of a term: what was due against what was paid, per student and
program, with totals per program and per stage, all in integer fen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.models import AidPayment, AidProgram, AidStandard, Student
from fupin_desktop.i18n import tr
from fupin_desktop.schema.aid import FLAGGED, STATUS
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.services.aid.access import AID_READERS, require
from fupin_desktop.services.aid.entitlements import (
    compute_entitlements,
    school_names,
    stage_order,
    student_key,
)
from fupin_desktop.services.aid.programs import program_order
from fupin_desktop.services.context import Actor
from fupin_desktop.terms import clean_school_year, clean_term


@dataclass(frozen=True)
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

    @property
    def difference_fen(self) -> int:
        """Paid minus due: negative is money still owed to the child."""
        return self.paid_fen - self.entitled_fen

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.entitled_fen - self.paid_fen)

    @property
    def in_kind(self) -> bool:
        return self.entitled and self.entitled_fen == 0


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


def reconcile(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> Reconciliation:
    """Entitled against paid, per student and program, with totals per program and per
    stage (all integer fen). Rows come in the order of list_entitlements(), then payments
    that match no entitlement."""
    require(actor, AID_READERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    due = compute_entitlements(school_year, term, school_id)
    paid = {
        (p["student_id"], p["program_id"]): p for p in _paid_in_term(school_year, term, school_id)
    }
    ad_hoc = _ad_hoc_programs()
    rows: list[ReconRow] = []
    for e in due:
        p = paid.pop((e.student_id, e.program_id), None)
        amount, count = (int(p["paid"]), int(p["payments"])) if p else (0, 0)
        rows.append(
            ReconRow(
                student_id=e.student_id,
                student_name=e.student_name,
                stage=e.stage,
                grade=e.grade,
                class_name=e.class_name,
                program_id=e.program_id,
                program_code=e.program_code,
                program_name=e.program_name,
                entitled=True,
                entitled_fen=e.amount_fen,
                paid_fen=amount,
                payments=count,
                status=payment_status(
                    entitled=True,
                    ad_hoc=False,
                    entitled_fen=e.amount_fen,
                    paid_fen=amount,
                    payments=count,
                ),
                school_name=e.school_name,
            )
        )
    rows.extend(_unentitled_rows(paid.values(), ad_hoc))
    return _with_totals(school_year, term, rows)


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
    programs: dict[str, dict[str, Any]] = {}
    stages: dict[str, dict[str, Any]] = {}
    grand = _empty_sums()
    counts: dict[str, int] = dict.fromkeys(STATUS.codes(), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
        program = programs.setdefault(row.program_id, {**_empty_sums(), "row": row})
        stage = stages.setdefault(row.stage, _empty_sums())
        for sums in (program, stage, grand):
            _add(sums, row)
    by_program = [
        _total(key, sums["row"].program_name, sums)
        for key, sums in sorted(
            programs.items(),
            key=lambda kv: program_order(kv[1]["row"].program_code, kv[1]["row"].program_name),
        )
    ]
    by_stage = [
        _total(stage, STAGE.label(stage), sums)
        for stage, sums in sorted(stages.items(), key=lambda kv: stage_order(kv[0]))
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


def _empty_sums() -> dict[str, Any]:
    return {"entitled": 0, "paid": 0, "entitled_rows": 0, "paid_rows": 0, "flagged": 0}


def _add(sums: dict[str, Any], row: ReconRow) -> None:
    sums["entitled"] += row.entitled_fen
    sums["paid"] += row.paid_fen
    sums["entitled_rows"] += int(row.entitled)
    sums["paid_rows"] += int(row.payments > 0)
    sums["flagged"] += int(row.status in FLAGGED)


def _total(key: str, label: str, sums: Mapping[str, Any]) -> Total:
    return Total(
        key=key,
        label=label,
        entitled_fen=sums["entitled"],
        paid_fen=sums["paid"],
        entitled_rows=sums["entitled_rows"],
        paid_rows=sums["paid_rows"],
        flagged=sums["flagged"],
    )
