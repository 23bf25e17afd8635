"""Confirmed term lists (发放名单（已确认）, docs/architecture.md "Aid over time"): the aid
officer prepares a school's list of a term (the entitlements on its reference day, with
what the sign-off sheet prints), the principal confirms it, and from then on it is
stored and never recomputed (不追溯、不补发). A later correction is an adjustment with
a reason; the sheet and the reconciliation show it as such.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidAdjustment, AidList, AidListRow, AidProgram, School, Student
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.aid import AID_ADJUSTMENT, CASH
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.format import mask_card_number, mask_id_number
from fupin_desktop.services import audit
from fupin_desktop.services.aid.access import (
    AID_READERS,
    AID_WRITERS,
    CONFIRMERS,
    may_see_card,
    raise_if_errors,
    require,
)
from fupin_desktop.services.aid.entitlements import compute_entitlements
from fupin_desktop.services.aid.programs import program_order
from fupin_desktop.services.aid.store import insert_rows
from fupin_desktop.services.calendar import province, school_calendar
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import normalise_prose

ALREADY_CONFIRMED = N_(
    "The list of {school}, {year} term {term} was confirmed on {date}: it is not prepared "
    "again. Correct it with an adjustment and its reason."
)
NOT_PREPARED = N_("There is no prepared list of {school} for {year} term {term}.")
NEED_SCHOOL = N_("Choose the school of the list.")
NOT_ON_CONFIRMED = N_("Adjustments are made to a confirmed list only.")
NOT_A_CASH_PROGRAM = N_("{program} is provided, not paid: it has no amounts to adjust.")


@dataclass(frozen=True)
class Adjustment:
    id: str
    student_id: str
    program_id: str
    amount_fen: int
    reason: str
    made_by: str
    made_on: dt.date


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which
# costs a second at 200,000 rows (benchmarks/bench_aid.py).
@dataclass(slots=True)
class ListLine:
    """One child and program on a list, as the list holds them."""

    student_id: str
    program_id: str
    program_code: str
    program_name: str
    provision: str
    amount_fen: int  # as confirmed; 0 for a child added by an adjustment
    on_list: bool  # False: added by an adjustment
    student_name: str
    sex: str
    id_number: str
    stage: str
    grade: int | None
    class_name: str
    boarder: bool
    card_holder: str
    card_number: str
    adjustments: tuple[Adjustment, ...] = ()

    @property
    def adjustment_fen(self) -> int:
        return sum(a.amount_fen for a in self.adjustments)

    @property
    def due_fen(self) -> int:
        return self.amount_fen + self.adjustment_fen

    @property
    def cash(self) -> bool:
        return self.provision == CASH


@dataclass
class TermList:
    id: str
    school_id: str
    school_name: str
    school_year: str
    term: int
    reference_day: dt.date
    province: str
    state: str
    prepared_by: str
    prepared_on: dt.date
    confirmed_by: str
    confirmed_on: dt.date | None
    lines: list[ListLine] = field(default_factory=list)

    @property
    def confirmed(self) -> bool:
        return self.state == "confirmed"

    def cash_lines(self, program_id: str | None = None) -> list[ListLine]:
        return [
            line
            for line in self.lines
            if line.cash and (program_id is None or line.program_id == program_id)
        ]

    @property
    def total_fen(self) -> int:
        return sum(line.due_fen for line in self.cash_lines())


def _school(school_id: str | None) -> School:
    if not school_id:
        raise ValidationError(NEED_SCHOOL)
    school = School.get_or_none(School.id == school_id)
    if school is None or school.deleted:
        raise NotFound()
    return school


def find_list(school_id: str, school_year: str, term: int) -> AidList | None:
    return (
        AidList.select()
        .where(
            (AidList.school == school_id)
            & (AidList.school_year == school_year)
            & (AidList.term == term)
            & (AidList.deleted == False)  # noqa: E712
        )
        .order_by(AidList.created_at.desc())
        .first()
    )


def confirmed_lists(school_year: str, term: int) -> dict[str, AidList]:
    """School id -> its confirmed list of the term."""
    found = AidList.select().where(
        (AidList.school_year == school_year)
        & (AidList.term == term)
        & (AidList.state == "confirmed")
        & (AidList.deleted == False)  # noqa: E712
    )
    return {row.school_id: row for row in found}


def prepare_list(
    actor: Actor,
    school_year: str,
    term: int | str,
    school_id: str | None,
    *,
    today: dt.date | None = None,
) -> Result[str]:
    """Prepare (or prepare again) a school's list of a term from the entitlements on
    its reference day. A confirmed list is never prepared again."""
    require(actor, AID_WRITERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    school = _school(school_id)
    changes = Changes()
    with database.atomic():
        held = find_list(school.id, school_year, term)
        if held is not None and held.state == "confirmed":
            raise ValidationError(
                ALREADY_CONFIRMED,
                school=school.name,
                year=school_year,
                term=term,
                date=held.confirmed_on.isoformat() if held.confirmed_on else "",
            )
        if held is not None:
            stale = AidListRow.update(deleted=True).where(AidListRow.aid_list == held.id)
            stale.execute()
            held.tombstone()
            changes.touch("aid_list", held.id)
        day = school_calendar().reference_day(school_year, term)
        aid_list = AidList(
            school=school.id,
            school_year=school_year,
            term=term,
            reference_day=day,
            province=province(),
            state="prepared",
            prepared_by=actor.name,
            prepared_on=today or dt.date.today(),
        )
        aid_list.save()
        _write_rows(aid_list, compute_entitlements(school_year, term, school.id, day=day))
        audit.record(actor, "prepare", "aid_list", aid_list.id, f"{school_year}/{term}")
    return Result(aid_list.id, changes.touch("aid_list", aid_list.id).touch("aid_list_row"))


def _write_rows(aid_list: AidList, entitlements: list) -> None:
    ids = list(dict.fromkeys(e.student_id for e in entitlements))
    snap: dict[str, tuple] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in (
            Student.select(
                Student.id,
                Student.sex,
                Student.id_number,
                Student.card_holder,
                Student.card_number,
            )
            .where(Student.id.in_(chunk))
            .tuples()
        ):
            snap[row[0]] = row[1:]
    rows = []
    for position, e in enumerate(entitlements):
        sex, id_number, holder, card = snap[e.student_id]
        rows.append(
            {
                "aid_list": aid_list.id,
                "student": e.student_id,
                "program": e.program_id,
                "standard_id": e.standard_id,
                "condition": e.condition,
                "yearly_fen": e.yearly_fen,
                "amount_fen": e.amount_fen,
                "provision": e.provision,
                "position": position,
                "student_name": e.student_name,
                "sex": sex,
                "id_number": id_number,
                "stage": e.stage,
                "grade": e.grade,
                "class_name": e.class_name,
                "boarder": e.boarder,
                "card_holder": holder,
                "card_number": card,
            }
        )
    insert_rows(AidListRow, rows)


def confirm_list(
    actor: Actor,
    school_year: str,
    term: int | str,
    school_id: str | None,
    *,
    today: dt.date | None = None,
) -> Result[None]:
    """The principal confirms the prepared list: from now on it is what was due."""
    require(actor, CONFIRMERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    school = _school(school_id)
    with database.atomic():
        held = find_list(school.id, school_year, term)
        if held is None:
            raise ValidationError(NOT_PREPARED, school=school.name, year=school_year, term=term)
        if held.state == "confirmed":
            raise ValidationError(
                ALREADY_CONFIRMED,
                school=school.name,
                year=school_year,
                term=term,
                date=held.confirmed_on.isoformat() if held.confirmed_on else "",
            )
        held.state = "confirmed"
        held.confirmed_by = actor.name
        held.confirmed_on = today or dt.date.today()
        held.save()
        audit.record(actor, "confirm", "aid_list", held.id, f"{school_year}/{term}")
    return Result(None, Changes().touch("aid_list", held.id))


def adjust(
    actor: Actor,
    list_id: str,
    student_id: str,
    program_id: str,
    amount_yuan: str,
    reason: str,
    *,
    today: dt.date | None = None,
) -> Result[str]:
    """A correction to a confirmed list: an amount (negative takes off) and its reason.
    A child not on the list is added this way (a late file, a wrong category)."""
    require(actor, AID_WRITERS)
    values, errors = clean_record(AID_ADJUSTMENT, {"amount_fen": amount_yuan, "reason": reason})
    if not errors and not values.get("amount_fen"):
        errors["amount_fen"] = N_("The change cannot be 0.")
    raise_if_errors(errors, AID_ADJUSTMENT)
    with database.atomic():
        aid_list = AidList.get_or_none(AidList.id == list_id)
        if aid_list is None or aid_list.deleted:
            raise NotFound()
        if aid_list.state != "confirmed":
            raise ValidationError(NOT_ON_CONFIRMED)
        program = AidProgram.get_or_none(AidProgram.id == program_id)
        student = Student.get_or_none(Student.id == student_id)
        if program is None or student is None or student.deleted:
            raise NotFound()
        if program.provision != CASH:
            raise ValidationError(NOT_A_CASH_PROGRAM, program=program.name)
        row = AidAdjustment(
            aid_list=aid_list.id,
            student=student_id,
            program=program_id,
            amount_fen=values["amount_fen"],
            reason=normalise_prose(values["reason"]),
            made_by=actor.name,
            made_on=today or dt.date.today(),
        )
        row.save()
        audit.record(
            actor,
            "adjust",
            "aid_list",
            aid_list.id,
            f"student={student_id} fen={values['amount_fen']}",
        )
    return Result(row.id, Changes().touch("aid_adjustment", row.id))


def get_list(
    actor: Actor, school_year: str, term: int | str, school_id: str, *, mask_ids: bool = True
) -> TermList | None:
    """A school's list of a term as stored (prepared or confirmed), with adjustments;
    None when none was prepared. Card numbers are masked for all but the aid officer
    and the principal, and on every printed sheet."""
    require(actor, AID_READERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    held = find_list(school_id, school_year, term)
    if held is None:
        return None
    return load_list(held, mask_cards=mask_ids or not may_see_card(actor), mask_ids=mask_ids)


def load_list(
    held: AidList, *, mask_cards: bool, mask_ids: bool, program_id: str | None = None
) -> TermList:
    """A stored list as it is, with its adjustments; only the lines of `program_id` when
    given (a sheet: a quarter of a school's lines, at township scale)."""
    programs = {p.id: p for p in AidProgram.select()}
    adjustments: dict[tuple[str, str], list[Adjustment]] = defaultdict(list)
    wanted = (AidAdjustment.aid_list == held.id) & (AidAdjustment.deleted == False)  # noqa: E712
    if program_id is not None:
        wanted &= AidAdjustment.program == program_id
    for a in (
        AidAdjustment.select()
        .where(wanted)
        .order_by(AidAdjustment.made_on, AidAdjustment.created_at)
    ):
        adjustments[(a.student_id, a.program_id)].append(
            Adjustment(
                a.id, a.student_id, a.program_id, a.amount_fen, a.reason, a.made_by, a.made_on
            )
        )
    # A plain cursor: peewee's row conversion costs more than the query (DESIGN.md).
    one = "" if program_id is None else " AND program_id = ?"
    rows = database.execute_sql(
        "SELECT student_id, program_id, provision, amount_fen, student_name, sex, id_number,"
        " stage, grade, class_name, boarder, card_holder, card_number FROM aid_list_row"
        f" WHERE aid_list_id = ? AND deleted = 0{one} ORDER BY position",
        (held.id,) if program_id is None else (held.id, program_id),
    )
    lines = []
    for r in rows:
        adj = adjustments.pop((r[0], r[1]), [])
        lines.append(_line(r, programs[r[1]], adj, mask_cards, mask_ids))
    for (student_id, added), extra in adjustments.items():
        lines.append(_added_line(student_id, programs[added], extra, mask_cards, mask_ids))
    school = School.get_by_id(held.school_id)
    return TermList(
        held.id,
        held.school_id,
        school.name,
        held.school_year,
        held.term,
        held.reference_day,
        held.province,
        held.state,
        held.prepared_by,
        held.prepared_on,
        held.confirmed_by,
        held.confirmed_on,
        lines,
    )


def _line(
    r: tuple, program: AidProgram, adj: list[Adjustment], mask_cards: bool, mask_ids: bool
) -> ListLine:
    student, _, provision, amount, name, sex, number, stage, grade, class_name = r[:10]
    boarder, holder, card = r[10:]
    return ListLine(
        student,
        program.id,
        program.code,
        program.name,
        provision,
        amount,
        True,
        name,
        sex,
        mask_id_number(number) if mask_ids else number,
        stage,
        grade,
        class_name,
        bool(boarder),
        holder,
        mask_card_number(card) if mask_cards else card,
        tuple(adj),
    )


def _added_line(
    student_id: str, program: AidProgram, adj: list[Adjustment], mask_cards: bool, mask_ids: bool
) -> ListLine:
    s = Student.get_by_id(student_id)
    return ListLine(
        s.id,
        program.id,
        program.code,
        program.name,
        program.provision,
        0,
        False,
        s.name,
        s.sex,
        mask_id_number(s.id_number) if mask_ids else s.id_number,
        s.stage,
        s.grade,
        s.class_name,
        s.boarder,
        s.card_holder,
        mask_card_number(s.card_number) if mask_cards else s.card_number,
        tuple(adj),
    )


def list_programs_on(term_list: TermList) -> list[tuple[str, str]]:
    """(program id, name) of the cash programs on a list, in the national order."""
    seen = {
        (line.program_id, line.program_code, line.program_name) for line in term_list.cash_lines()
    }
    return [(p, n) for p, c, n in sorted(seen, key=lambda t: program_order(t[1], t[2]))]
