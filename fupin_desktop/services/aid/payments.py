"""Payments an aid officer records (资助发放记录): who received how much of which
program for which term, and the voiding of one recorded by mistake.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidPayment, AidProgram, Student
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import tr
from fupin_desktop.schema.aid import AID_PAYMENT
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.services import audit
from fupin_desktop.services.aid.access import (
    AID_READERS,
    AID_WRITERS,
    raise_if_errors,
    require,
)
from fupin_desktop.services.aid.entitlements import (
    STUDENT_COLUMNS,
    school_names,
    student_key,
    student_scope,
)
from fupin_desktop.services.aid.programs import MAX_AMOUNT_FEN
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import fen_to_yuan, normalise_prose


@dataclass
class PaymentInput:
    """A payment as the form holds it: the amount as yuan text ('625', '1,250.00')."""

    student_id: str
    program_id: str
    school_year: str
    term: int | str
    amount_yuan: str
    paid_on: dt.date | str | None
    method: str
    funding_source: str = ""
    received_by: str = ""
    signed_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class PaymentRow:
    id: str
    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    school_year: str
    term: int
    amount_fen: int
    paid_on: dt.date
    method: str
    funding_source: str
    received_by: str
    signed_by: str
    note: str
    school_name: str = ""


def validate_payment(
    data: PaymentInput, *, today: dt.date | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values and errors by field key (translated), for the form and the save."""
    raw = asdict(data)
    raw["amount_fen"] = raw.pop("amount_yuan")
    values, errors = clean_record(AID_PAYMENT, raw)
    amount = values.get("amount_fen")
    if "amount_fen" not in errors and amount is not None:
        if amount <= 0:
            errors["amount_fen"] = tr("The amount must be more than 0.")
        elif amount > MAX_AMOUNT_FEN:
            errors["amount_fen"] = tr("The amount must be at most {limit} yuan.").format(
                limit=fen_to_yuan(MAX_AMOUNT_FEN, grouped=True)
            )
    paid_on = values.get("paid_on")
    today = today or dt.date.today()
    if paid_on is not None and not dt.date(2000, 1, 1) <= paid_on <= today:
        errors["paid_on"] = tr("The date paid cannot be in the future or before 2000.")
    for key, cleaner in (("school_year", clean_school_year), ("term", clean_term)):
        try:
            values[key] = cleaner(raw[key])
        except ValidationError as exc:
            errors[key] = exc.message
    student = Student.get_or_none(Student.id == data.student_id) if data.student_id else None
    if not data.student_id:
        errors["student"] = tr("Choose the student.")
    elif student is None or student.deleted:
        errors["student"] = tr("The student was not found.")
    program = AidProgram.get_or_none(AidProgram.id == data.program_id)
    if program is None or program.deleted:
        errors["program"] = tr("The program was not found.")
    elif not program.active:
        errors["program"] = tr("The program {name} is not active.").format(name=program.name)
    elif not values.get("funding_source"):
        values["funding_source"] = program.funding_source
    return values, errors


def record_payment(actor: Actor, data: PaymentInput) -> tuple[str, Changes]:
    """Record one payment (aid officer or principal). A second payment for the same
    student, program and term is allowed (a top-up), and flagged by reconcile()."""
    require(actor, AID_WRITERS)
    with database.atomic():
        values, errors = validate_payment(data)
        raise_if_errors(errors, AID_PAYMENT)
        payment = AidPayment(student=data.student_id, program=data.program_id, **values)
        payment.save()
        audit.record(
            actor,
            "create",
            "aid_payment",
            payment.id,
            f"student={data.student_id} {values['school_year']}/{values['term']} "
            f"fen={values['amount_fen']}",
        )
    return payment.id, Changes().touch("aid_payment", payment.id)


def void_payment(actor: Actor, payment_id: str, reason: str = "") -> Changes:
    """Cancel a payment recorded by mistake: a tombstone, and the reason in the audit."""
    require(actor, AID_WRITERS)
    with database.atomic():
        payment = AidPayment.get_or_none(AidPayment.id == payment_id)
        if payment is None or payment.deleted:
            raise NotFound()
        payment.tombstone()
        audit.record(actor, "void", "aid_payment", payment_id, normalise_prose(reason))
    return Changes().touch("aid_payment", payment_id)


def list_payments(
    actor: Actor,
    school_year: str | None = None,
    term: int | None = None,
    school_id: str | None = None,
    *,
    student_id: str | None = None,
    program_id: str | None = None,
) -> list[PaymentRow]:
    """Live payments, newest first."""
    require(actor, AID_READERS)
    select = (
        AidPayment.select(AidPayment, Student, AidProgram)
        .join(Student)
        .switch(AidPayment)
        .join(AidProgram)
        .where(AidPayment.deleted == False)  # noqa: E712
    )
    if school_year:
        select = select.where(AidPayment.school_year == clean_school_year(school_year))
    if term is not None:
        select = select.where(AidPayment.term == clean_term(term))
    if school_id:
        select = select.where(Student.school == school_id)
    if student_id:
        select = select.where(AidPayment.student == student_id)
    if program_id:
        select = select.where(AidPayment.program == program_id)
    select = select.order_by(AidPayment.paid_on.desc(), AidPayment.created_at.desc())
    schools = school_names()
    return [_payment_row(p, schools) for p in select]


def _payment_row(p: AidPayment, schools: Mapping[str, tuple[str, str]]) -> PaymentRow:
    return PaymentRow(
        id=p.id,
        student_id=p.student.id,
        student_name=p.student.name,
        stage=p.student.stage,
        grade=p.student.grade,
        class_name=p.student.class_name,
        program_id=p.program.id,
        program_code=p.program.code,
        program_name=p.program.name,
        school_year=p.school_year,
        term=p.term,
        amount_fen=p.amount_fen,
        paid_on=p.paid_on,
        method=p.method,
        funding_source=p.funding_source,
        received_by=p.received_by,
        signed_by=p.signed_by,
        note=p.note,
        school_name=schools.get(p.student.school_id, ("", ""))[1],
    )


@dataclass(frozen=True)
class StudentChoice:
    id: str
    name: str
    stage: str
    grade: int | None
    class_name: str
    school_name: str = ""


def payable_students(actor: Actor, school_id: str | None = None) -> list[StudentChoice]:
    """Enrolled students, for choosing who an ad hoc payment (a donation) went to."""
    require(actor, AID_READERS)
    select = (
        Student.select(*STUDENT_COLUMNS)
        .where(student_scope(school_id) & (Student.enrolment == "enrolled"))
        .dicts()
    )
    schools = school_names()
    rows = sorted(select, key=lambda row: student_key(row, schools))
    return [
        StudentChoice(
            r["id"],
            r["name"],
            r["stage"],
            r["grade"],
            r["class_name"],
            schools.get(r["school"], ("", ""))[1],
        )
        for r in rows
    ]


def school_year_choices(today: dt.date | None = None, back: int = 5) -> list[str]:
    """School years to pick from: the next, this one and `back` before, newest first,
    plus any older year that has payments."""
    years = set(school_calendar().school_years_around(today or dt.date.today(), back))
    years.update(
        row[0]
        for row in AidPayment.select(AidPayment.school_year)
        .where(AidPayment.deleted == False)  # noqa: E712
        .distinct()
        .tuples()
    )
    return sorted(years, reverse=True)
