"""Payments as they happen (docs/architecture.md, "Aid over time"): a whole confirmed
sheet recorded as paid in one action once it comes back signed (with the date, the
method and the exceptions), a bank's payment detail (发放明细) matched to the children
by ID number or card, and the payments of a term exported to Excel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidList, AidPayment, AidProgram, Student
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.aid import AID_PAYMENT, CASH, PAYMENT_METHOD
from fupin_desktop.services import audit
from fupin_desktop.services.aid.access import AID_READERS, AID_WRITERS, require
from fupin_desktop.services.aid.lists import ListLine, find_list, load_list
from fupin_desktop.services.aid.store import insert_rows
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import clean_date, fen_to_yuan, normalise_text, yuan_to_fen

NOT_CONFIRMED = N_(
    "The list of this term is not confirmed yet: the principal confirms it before it is paid."
)
BAD_METHOD = N_("{value} is not a payment method.")
FUTURE = N_("The date paid cannot be in the future or before 2000.")
SHEET_NOTE = N_("Confirmed sheet")
BANK_NOTE = N_("Bank payment detail {file}")
UNMATCHED = N_("Row {row}: {name} {number} is on no confirmed list of this term.")
NO_PROGRAM = N_("Row {row}: the program {program} is not known; give the program.")
BAD_AMOUNT = N_("Row {row}: {amount} is not an amount.")
FAILED_ROW = N_("Row {row}: {name}: the bank says the payment failed.")


def _check_day(paid_on: object, today: dt.date | None) -> dt.date:
    day = clean_date(paid_on)
    if day is None or not dt.date(2000, 1, 1) <= day <= (today or dt.date.today()):
        raise ValidationError(FUTURE)
    return day


def _confirmed(school_year: str, term: int, school_id: str) -> AidList:
    held = find_list(school_id, school_year, term)
    if held is None or held.state != "confirmed":
        raise ValidationError(NOT_CONFIRMED)
    return held


def _paid_keys(school_year: str, term: int, student_ids: Iterable[str]) -> set[tuple[str, str]]:
    ids = list(student_ids)
    found: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 500):
        found.update(
            AidPayment.select(AidPayment.student, AidPayment.program)
            .where(
                (AidPayment.school_year == school_year)
                & (AidPayment.term == term)
                & (AidPayment.deleted == False)  # noqa: E712
                & AidPayment.student.in_(ids[start : start + 500])
            )
            .tuples()
        )
    return found


@dataclass
class SheetResult:
    recorded: int = 0
    total_fen: int = 0
    already_paid: list[str] = field(default_factory=list)  # names
    exceptions: list[str] = field(default_factory=list)  # names


def _payment(line: ListLine, held: AidList, program: AidProgram, **values: object) -> dict:
    return {
        "student": line.student_id,
        "program": line.program_id,
        "school_year": held.school_year,
        "term": held.term,
        "amount_fen": line.due_fen,
        "funding_source": program.funding_source,
        "received_by": line.card_holder or line.student_name,
        **values,
    }


def record_sheet(
    actor: Actor,
    school_year: str,
    term: int | str,
    school_id: str,
    program_id: str,
    paid_on: object,
    method: str,
    exceptions: Iterable[str] = (),
    signed_by: str = "",
    *,
    today: dt.date | None = None,
) -> Result[SheetResult]:
    """Record the whole confirmed sheet of a program as paid, in one transaction: every
    child on it (adjustments included) but the `exceptions` (student ids: not paid, to
    be recorded later) and those already paid for the term."""
    require(actor, AID_WRITERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    day = _check_day(paid_on, today)
    if method not in PAYMENT_METHOD.codes():
        raise ValidationError(BAD_METHOD, value=method)
    program = AidProgram.get_or_none(AidProgram.id == program_id)
    if program is None or program.deleted:
        raise NotFound()
    skip = set(exceptions)
    result = SheetResult()
    with database.atomic():
        held = _confirmed(school_year, term, school_id)
        lines = [
            ln
            for ln in load_list(held, mask_cards=True, mask_ids=True).cash_lines(program_id)
            if ln.due_fen > 0
        ]
        paid = _paid_keys(school_year, term, (ln.student_id for ln in lines))
        rows = []
        for line in lines:
            if line.student_id in skip:
                result.exceptions.append(line.student_name)
            elif (line.student_id, line.program_id) in paid:
                result.already_paid.append(line.student_name)
            else:
                rows.append(
                    _payment(
                        line,
                        held,
                        program,
                        paid_on=day,
                        method=method,
                        signed_by=normalise_text(signed_by),
                        note=tr(SHEET_NOTE),
                    )
                )
        ids = insert_rows(AidPayment, rows)
        result.recorded, result.total_fen = len(rows), sum(r["amount_fen"] for r in rows)
        audit.record(
            actor,
            "record_sheet",
            "aid_payment",
            held.id,
            f"{program.code} {school_year}/{term} rows={len(rows)} fen={result.total_fen}",
        )
    return Result(result, Changes().touch("aid_payment", *ids))


# -- the bank's payment detail ----------------------------------------------------------


@dataclass(frozen=True)
class BankMatch:
    row: int
    student_id: str
    student_name: str
    program_id: str
    program_name: str
    amount_fen: int
    due_fen: int
    paid_on: dt.date
    already_paid: bool


@dataclass
class BankPreview:
    file_name: str
    school_year: str
    term: int
    matched: list[BankMatch] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unmatched rows, named

    @property
    def to_record(self) -> list[BankMatch]:
        return [m for m in self.matched if not m.already_paid]


def _lines_by_key(school_year: str, term: int, school_id: str | None) -> dict[str, list]:
    """ID number and card number -> the cash lines of the confirmed lists of the term."""
    select = AidList.select().where(
        (AidList.school_year == school_year)
        & (AidList.term == term)
        & (AidList.state == "confirmed")
        & (AidList.deleted == False)  # noqa: E712
    )
    if school_id:
        select = select.where(AidList.school == school_id)
    found: dict[str, list] = {}
    for held in select:
        for line in load_list(held, mask_cards=False, mask_ids=False).cash_lines():
            for key in (line.id_number, line.card_number):
                if key:
                    found.setdefault(key, []).append(line)
    return found


def _program_for(text: str, lines: list, programs: Mapping[str, AidProgram]) -> str | None:
    if len({ln.program_id for ln in lines}) == 1:
        return lines[0].program_id
    wanted = normalise_text(text)
    for program in programs.values():
        if wanted and wanted in (program.code, program.name):
            return program.id
    return None


def preview_bank_detail(
    actor: Actor,
    path: Path,
    school_year: str,
    term: int | str,
    school_id: str | None = None,
    program_id: str | None = None,
    *,
    today: dt.date | None = None,
) -> BankPreview:
    """Match each row of the bank's file to a child of the term's confirmed lists, by ID
    number, else by card number; nothing is written. Rows that match nothing, failed
    payments and unreadable amounts are named in `problems`."""
    from fupin_desktop.io.bank_detail import read_bank_detail

    require(actor, AID_WRITERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    preview = BankPreview(Path(path).name, school_year, term)
    by_key = _lines_by_key(school_year, term, school_id)
    programs = {p.id: p for p in AidProgram.select().where(AidProgram.deleted == False)}  # noqa: E712
    rows = read_bank_detail(Path(path))
    candidates = [
        ln for r in rows for ln in by_key.get(r.id_number) or by_key.get(r.card_number) or []
    ]
    paid = _paid_keys(school_year, term, {ln.student_id for ln in candidates})
    for r in rows:
        lines = by_key.get(r.id_number) or by_key.get(r.card_number) or []
        number = r.id_number or r.card_number
        if r.failed:
            preview.problems.append(tr(FAILED_ROW).format(row=r.row, name=r.name))
            continue
        if not lines:
            preview.problems.append(tr(UNMATCHED).format(row=r.row, name=r.name, number=number))
            continue
        chosen = program_id or _program_for(r.program, lines, programs)
        line = next((ln for ln in lines if ln.program_id == chosen), None)
        if line is None:
            preview.problems.append(tr(NO_PROGRAM).format(row=r.row, program=r.program))
            continue
        try:
            amount = yuan_to_fen(r.amount)
        except ValidationError:
            amount = None
        if not amount or amount <= 0:
            preview.problems.append(tr(BAD_AMOUNT).format(row=r.row, amount=r.amount))
            continue
        day = clean_date(r.paid_on) if r.paid_on else None
        preview.matched.append(
            BankMatch(
                r.row,
                line.student_id,
                line.student_name,
                line.program_id,
                programs[line.program_id].name,
                amount,
                line.due_fen,
                day or today or dt.date.today(),
                (line.student_id, line.program_id) in paid,
            )
        )
    return preview


def apply_bank_detail(actor: Actor, preview: BankPreview) -> Result[int]:
    """Record the matched rows of a preview that are not paid yet (bank card)."""
    require(actor, AID_WRITERS)
    programs = {p.id: p for p in AidProgram.select()}
    with database.atomic():
        paid = _paid_keys(
            preview.school_year, preview.term, {m.student_id for m in preview.matched}
        )
        note = tr(BANK_NOTE).format(file=preview.file_name)[:200]
        rows = [
            {
                "student": m.student_id,
                "program": m.program_id,
                "school_year": preview.school_year,
                "term": preview.term,
                "amount_fen": m.amount_fen,
                "paid_on": m.paid_on,
                "method": "bank_card",
                "funding_source": programs[m.program_id].funding_source,
                "received_by": m.student_name,
                "note": note,
            }
            for m in preview.to_record
            if (m.student_id, m.program_id) not in paid
        ]
        ids = insert_rows(AidPayment, rows)
        audit.record(actor, "import_bank", "aid_payment", details=f"rows={len(rows)}")
    return Result(len(rows), Changes().touch("aid_payment", *ids))


# -- export -----------------------------------------------------------------------------


def export_payments(
    actor: Actor, path: Path, school_year: str, term: int | str, school_id: str | None = None
) -> int:
    """The payments of a term as an Excel sheet (IDs and card numbers as text cells)."""
    from fupin_desktop.io.xlsx import Column, SheetSpec, write_workbook
    from fupin_desktop.schema.catalogues import STUDENT
    from fupin_desktop.services.aid.payments import list_payments

    require(actor, AID_READERS)
    payments = list_payments(actor, school_year, term, school_id)
    students: dict[str, Student] = {}
    ids = list({p.student_id for p in payments})
    for start in range(0, len(ids), 500):
        for s in Student.select().where(Student.id.in_(ids[start : start + 500])):
            students[s.id] = s
    columns = [
        Column(tr("School"), 16),
        Column.of(STUDENT["name"]),
        Column.of(STUDENT["id_number"]),
        Column.of(STUDENT["grade"]),
        Column.of(STUDENT["class_name"]),
        Column(tr("Program"), 16),
        Column.of(AID_PAYMENT["amount_fen"]),
        Column.of(AID_PAYMENT["paid_on"]),
        Column.of(AID_PAYMENT["method"]),
        Column.of(STUDENT["card_number"]),
        Column.of(AID_PAYMENT["received_by"]),
        Column.of(AID_PAYMENT["note"]),
    ]
    rows = [
        [
            p.school_name,
            p.student_name,
            students[p.student_id].id_number,
            p.grade,
            p.class_name,
            p.program_name,
            fen_to_yuan(p.amount_fen),
            p.paid_on,
            PAYMENT_METHOD.label(p.method),
            students[p.student_id].card_number,
            p.received_by,
            p.note,
        ]
        for p in sorted(payments, key=_export_order)
    ]
    title = tr("Payments {year} term {term}").format(year=school_year, term=term)
    # The audit row first, committed: no file with full IDs exists without its row.
    audit.record_before_file(
        actor, "export", "aid_payment", details=f"rows={len(rows)}, full IDs, {Path(path).name}"
    )
    return write_workbook(Path(path), [SheetSpec(title, columns, rows)])


def _export_order(p: object) -> tuple:
    return (p.school_name, p.grade or 0, p.class_name, p.student_name)  # type: ignore[attr-defined]


def cash_programs() -> list[AidProgram]:
    return list(
        AidProgram.select()
        .where((AidProgram.deleted == False) & (AidProgram.provision == CASH))  # noqa: E712
        .order_by(AidProgram.code)
    )
