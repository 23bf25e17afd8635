"""What the aid forms print: the payment sheet of a term (资助发放表, from the confirmed list or
the entitlements) and the payment notices to families. Read-only, as services/printing/gather.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from fupin_desktop.db.models import (
    AidList,
    AidProgram,
    School,
)
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.shapes import (
    AidSheet,
    PaymentNotice,
    SheetRow,
)
from fupin_desktop.schema.format import mask_card_number
from fupin_desktop.services.aid.entitlements import list_entitlements
from fupin_desktop.services.aid.lists import find_list, load_list
from fupin_desktop.services.aid.payments import list_payments
from fupin_desktop.services.context import Actor
from fupin_desktop.services.printing.gather import (
    by_student,
    chunks,
    effective_mask,
    school_names,
    student_values,
    students_by_id,
)
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import fen_to_yuan

ADJUSTED = N_("Adjusted {amount}: {reason}")


def aid_sheet(
    actor: Actor,
    program_id: str,
    school_year: str,
    term: int,
    *,
    school_id: str | None,
    student_ids: Sequence[str] | None = None,
    mask_ids: bool = True,
) -> AidSheet:
    """The sheet of one program and term: the school's confirmed list as stored, with
    its adjustments (never a recomputation); without one, the payments recorded, one
    row a student (a top-up adds to the row), or when none are recorded yet, the
    entitled students."""
    program = AidProgram.get_or_none(AidProgram.id == program_id)
    if program is None or program.deleted:
        raise NotFound()
    mask = effective_mask(actor, mask_ids)
    wanted = set(student_ids) if student_ids is not None else None
    held = (
        find_list(school_id, clean_school_year(school_year), clean_term(term))
        if school_id
        else None
    )
    if held is not None and held.state == "confirmed":
        return _confirmed_sheet(held, program, wanted, mask)
    amounts: dict[str, int] = defaultdict(int)
    received: dict[str, str] = {}
    notes: dict[str, str] = {}
    source = "payments"
    for p in list_payments(actor, school_year, term, school_id, program_id=program_id):
        if wanted is None or p.student_id in wanted:
            amounts[p.student_id] += p.amount_fen
            received.setdefault(p.student_id, p.received_by)
            if p.note:
                notes[p.student_id] = p.note
    if not amounts:
        source = "entitlements"
        for e in list_entitlements(actor, school_year, term, school_id):
            if e.program_id == program_id and (wanted is None or e.student_id in wanted):
                amounts[e.student_id] += e.amount_fen
    students = {}
    for chunk in chunks(list(amounts)):
        students.update(students_by_id(chunk))
    ordered = sorted(
        (s for s in students.values()),
        key=lambda s: (s.school_id, s.grade or 0, s.class_name, s.name_pinyin, s.id),
    )
    school = School.get_or_none(School.id == school_id) if school_id else None
    rows = [
        SheetRow(
            s.id,
            student_values(s, mask),
            amounts[s.id],
            received.get(s.id, ""),
            notes.get(s.id, ""),
            mask_card_number(s.card_number or ""),
        )
        for s in ordered
    ]
    return AidSheet(
        program.name, school_year, int(term), school.name if school else "", rows, source
    )


def _confirmed_sheet(
    held: AidList, program: AidProgram, wanted: set[str] | None, mask: bool
) -> AidSheet:
    term_list = load_list(held, mask_cards=True, mask_ids=mask)
    rows = []
    for line in term_list.cash_lines(program.id):
        if line.due_fen <= 0 or (wanted is not None and line.student_id not in wanted):
            continue
        values = {
            "name": line.student_name,
            "sex": line.sex,
            "grade": line.grade,
            "class_name": line.class_name,
            "id_number": line.id_number,
        }
        notes = [
            tr(ADJUSTED).format(amount=fen_to_yuan(a.amount_fen, grouped=True), reason=a.reason)
            for a in line.adjustments
        ]
        rows.append(
            SheetRow(
                line.student_id,
                values,
                line.due_fen,
                line.card_holder,
                "; ".join(notes),
                line.card_number,
            )
        )
    return AidSheet(
        program.name,
        held.school_year,
        held.term,
        term_list.school_name,
        rows,
        "confirmed",
        held.confirmed_by,
        held.confirmed_on,
    )


# The letter's text: {name}, {school}, {year}, {term}, {total}, {contact} are filled in;
# a principal may replace it with the setting aid.notice_template.
NOTICE_TEMPLATE = N_(
    "Dear guardian of {name}: in the {term} of the school year {year}, {school} paid "
    "the aid below to your child, {total} yuan in all, by the standards of the state and "
    "the province. Aid is paid by the list the principal confirmed; it is never paid in "
    "cash by any other person. If anything is not as written here, please ask {contact}."
)


NOTICE_TEMPLATE_SETTING = "aid.notice_template"


DEFAULT_CONTACT = N_("the school's aid officer")


def payment_notices(
    actor: Actor, ids: Sequence[str], school_year: str, term: int, *, mask_ids: bool
) -> Iterator[PaymentNotice]:
    """One letter per child who was paid anything in the term, from the template."""
    from fupin_desktop.services.calendar import CONTACT
    from fupin_desktop.services.installation import get_setting

    template = get_setting(NOTICE_TEMPLATE_SETTING) or tr(NOTICE_TEMPLATE)
    contact = get_setting(CONTACT) or tr(DEFAULT_CONTACT)
    term_name = tr("Autumn term") if int(term) == 1 else tr("Spring term")
    mask = effective_mask(actor, mask_ids)
    schools = school_names()
    paid = by_student(list_payments(actor, school_year, term))
    for chunk in chunks(list(ids)):
        for student in students_by_id(chunk).values():
            lines = paid.get(student.id)
            if not lines:
                continue
            rows = [(p.program_name, p.amount_fen, p.paid_on, p.method) for p in lines]
            total = fen_to_yuan(sum(r[1] for r in rows), grouped=True)
            school = schools.get(student.school_id, "")
            text = template.format(
                name=student.name,
                school=school,
                year=school_year,
                term=term_name,
                total=total,
                contact=contact,
            )
            yield PaymentNotice(school, student_values(student, mask), text, rows)
