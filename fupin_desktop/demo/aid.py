"""A believable year of aid for the demo ledger (issue 10): each school's lists of the
last terms prepared and confirmed, the signed sheets recorded as paid, meals and aid in
kind recorded as provided. The past terms are paid in full; the latest one shows every
state a reconciliation knows: a few children unpaid and a few underpaid, one double
claim, one payment to a child who is not entitled, and one adjustment with its reason.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.models import AidPayment, AidProgram, Student
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.provisions import provided_programs, record_provision
from fupin_desktop.services.aid.sheets import record_sheet
from fupin_desktop.services.aid.store import insert_rows
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Actor
from fupin_desktop.services.students.files import schools as list_schools

TERMS = 3  # the latest terms with payments: a school year and the term after it
ADJUSTMENT_REASON = "寄宿登记遗漏，经班主任核实补列"


@dataclass
class AidSummary:
    lists: int = 0
    payments: int = 0
    provisions: int = 0


def _terms(as_of: dt.date) -> list[tuple[str, int, dt.date]]:
    """(school year, term, reference day) of the last TERMS terms decided by `as_of`."""
    cal = school_calendar()
    decided = [t for t in cal.terms_of_years(as_of.year - 3, as_of.year) if t.reference <= as_of]
    return [(t.school_year, t.term, t.reference) for t in decided[-TERMS:]]


def add_aid(actor: Actor, seed: int, as_of: dt.date) -> AidSummary:
    rng = random.Random(f"demo-aid-payments-{seed}")
    summary = AidSummary()
    terms = _terms(as_of)
    busiest = _busiest()
    for index, (year, term, reference) in enumerate(terms):
        latest = index == len(terms) - 1
        confirmed_on = min(as_of, reference + dt.timedelta(days=7))
        paid_on = min(as_of, reference + dt.timedelta(days=40))
        # A second demo run adds children; the lists an earlier run confirmed stay as
        # they are (a confirmed list is never prepared again), and so do their payments.
        done = lists.confirmed_lists(year, term)
        for school_id, _ in list_schools():
            if school_id in done:
                continue
            lists.prepare_list(actor, year, term, school_id, today=confirmed_on)
            lists.confirm_list(actor, year, term, school_id, today=confirmed_on)
            summary.lists += 1
            held = lists.get_list(actor, year, term, school_id, mask_ids=False)
            if held is None or not held.lines:
                continue
            if latest and school_id == busiest:
                summary.payments += _latest_term(actor, rng, held, paid_on)
            else:
                summary.payments += _pay_all(actor, held, paid_on, rng, skip=2 if latest else 0)
            for program in provided_programs():
                record_provision(
                    actor,
                    year,
                    term,
                    school_id,
                    program.id,
                    days=98 if term == 1 else 90,
                    provided_on=paid_on,
                )
                summary.provisions += 1
    return summary


def _busiest() -> str:
    """The school with the most children: where the latest term's anomalies are."""
    counts = {
        school_id: Student.select().where(Student.school == school_id).count()
        for school_id, _ in list_schools()
    }
    return max(counts, key=lambda k: counts[k])


def _pay_all(
    actor: Actor, held: lists.TermList, paid_on: dt.date, rng: random.Random, skip: int = 0
) -> int:
    """Every cash program's sheet recorded as paid; `skip` children left unpaid."""
    done = 0
    for program_id, _ in lists.list_programs_on(held):
        lines = held.cash_lines(program_id)
        unpaid = [ln.student_id for ln in rng.sample(lines, min(skip, len(lines) // 10))]
        done += _record(actor, held, program_id, paid_on, unpaid)
    return done


def _record(
    actor: Actor, held: lists.TermList, program_id: str, day: dt.date, unpaid: list[str]
) -> int:
    """One program's sign-off sheet recorded as paid by bank card, but for `unpaid`."""
    result, _ = record_sheet(
        actor,
        held.school_year,
        held.term,
        held.school_id,
        program_id,
        day,
        "bank_card",
        unpaid,
        "资助专干",
        today=day,
    )
    return result.recorded


def _latest_term(actor: Actor, rng: random.Random, held: lists.TermList, paid_on: dt.date) -> int:
    """The latest term of the busiest school: every reconciliation state appears."""
    cash = [ln for ln in held.cash_lines() if ln.due_fen > 0]
    if not cash:
        return 0  # nothing owed in cash: nothing to pay
    boarding = [ln for ln in cash if ln.program_code == "boarding_subsidy"] or cash
    underpaid = rng.sample(cash, min(3, len(cash)))
    unpaid = [ln for ln in rng.sample(cash, min(8, len(cash))) if ln not in underpaid][:3]
    on_list = {ln.student_id for ln in held.cash_lines(boarding[0].program_id)}
    missed = _adjust_missed_boarder(actor, held, boarding[0], on_list, paid_on)
    held = lists.get_list(actor, held.school_year, held.term, held.school_id, mask_ids=False)
    assert held is not None
    over = [ln for ln in cash if ln not in underpaid and ln not in unpaid][:1]
    skip = {ln.student_id for ln in underpaid + unpaid + over}
    done = _record_sheets(actor, held, skip, paid_on)
    extra = [_row(held, ln, ln.due_fen // 2, paid_on, "银行退回部分，待补发") for ln in underpaid]
    extra += [_row(held, ln, ln.due_fen * 2, paid_on, "按全年标准误发") for ln in over]
    # A small school may have no child left for a double claim.
    double = next((ln for ln in cash if ln.student_id not in skip), None)
    if double is not None:
        extra.append(_row(held, double, double.due_fen, paid_on, "重复申领"))
    outsider = _outsider_payment(held, boarding[0], on_list, missed, paid_on)
    if outsider is not None:
        extra.append(outsider)
    insert_rows(AidPayment, extra)
    return done + len(extra)


def _adjust_missed_boarder(
    actor: Actor, held: lists.TermList, line: lists.ListLine, on_list: set[str], day: dt.date
) -> Student | None:
    """One adjustment: a boarder the list left out, added with the reason."""
    missed = (
        Student.select()
        .where(
            (Student.school == held.school_id)
            & (Student.deleted == False)  # noqa: E712
            & (Student.enrolment == "enrolled")
            & (Student.stage == line.stage)
            & Student.id.not_in(list(on_list))
        )
        .order_by(Student.name_pinyin)
        .first()
    )
    if missed is not None:
        lists.adjust(
            actor,
            held.id,
            missed.id,
            line.program_id,
            _yuan(line.due_fen),
            ADJUSTMENT_REASON,
            today=day,
        )
    return missed


def _record_sheets(actor: Actor, held: lists.TermList, skip: set[str], day: dt.date) -> int:
    """Each program's sign-off sheet recorded as paid, but for the children in `skip`."""
    done = 0
    for program_id, _ in lists.list_programs_on(held):
        unpaid = [ln.student_id for ln in held.cash_lines(program_id) if ln.student_id in skip]
        done += _record(actor, held, program_id, day, unpaid)
    return done


def _outsider_payment(
    held: lists.TermList,
    line: lists.ListLine,
    on_list: set[str],
    missed: Student | None,
    day: dt.date,
) -> dict[str, Any] | None:
    """A cash payment to a child of the school who is on no confirmed list."""
    outsider = (
        Student.select()
        .where(
            (Student.school == held.school_id)
            & (Student.deleted == False)  # noqa: E712
            & Student.id.not_in(list(on_list))
            & (Student.id != (missed.id if missed is not None else ""))
        )
        .first()
    )
    if outsider is None:
        return None
    program = AidProgram.get_by_id(line.program_id)
    return {
        "student": outsider.id,
        "program": program.id,
        "school_year": held.school_year,
        "term": held.term,
        "amount_fen": line.due_fen,
        "paid_on": day,
        "method": "cash",
        "received_by": outsider.name,
        "note": "未在确认名单",
        "funding_source": program.funding_source,
    }


def _row(held: lists.TermList, line: lists.ListLine, fen: int, day: dt.date, note: str) -> dict:
    return {
        "student": line.student_id,
        "program": line.program_id,
        "school_year": held.school_year,
        "term": held.term,
        "amount_fen": fen,
        "paid_on": day,
        "method": "bank_card",
        "received_by": line.card_holder or line.student_name,
        "note": note,
    }


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"
