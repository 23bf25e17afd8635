"""What the printed forms show, read once per batch in a few wide queries and returned
as plain data (the shapes of io/pdf/shapes.py). Read-only: printing never changes the
ledger (only the audit log). Here: the shared reads, the archive card and the roster; the
aid forms are in aid_forms.py, the care forms in care_forms.py.

ID numbers are masked here, in the service, never by the form: `mask_ids` says what the
person printing chose; an actor who may not see full ID numbers never gets them. The
care catalogues' restricted fields (diary text, counselling needs, parents' phones) are
masked as on the screen for an actor who may not read them (care.may_read_restricted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import peewee as pw

from fupin_desktop.db.models import (
    AidPayment,
    AidProgram,
    FamilyMember,
    Guardian,
    Pairing,
    School,
    StatusHistory,
    Student,
    Teacher,
    Visit,
)
from fupin_desktop.io.pdf.shapes import (
    AidLine,
    ArchiveCard,
    PairingLine,
    Roster,
    VisitLine,
)
from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT
from fupin_desktop.schema.format import mask_card_number, mask_id_number
from fupin_desktop.services.context import Actor
from fupin_desktop.services.students import listing

CHUNK = 400  # students read at a time: wide enough for few queries, small for SQLite's limits


def live(model: type[pw.Model]) -> pw.Expression:
    return model.deleted == False  # noqa: E712


def effective_mask(actor: Actor, mask_ids: bool) -> bool:
    """Only those who may see full ID numbers can print them."""
    return mask_ids or not actor.may_see_full_ids


def mask_student(values: dict[str, Any]) -> dict[str, Any]:
    """The student number is often "G" + the ID number: masked too, or it leaks."""
    out = dict(values)
    number = out.get("id_number") or ""
    if number and number in (out.get("student_no") or ""):
        out["student_no"] = out["student_no"].replace(number, mask_id_number(number))
    out["id_number"] = mask_id_number(number)
    return out


def student_values(row: Student, mask: bool) -> dict[str, Any]:
    """The file's values for a form; the bank card number is always masked on paper
    (docs/architecture.md, "Aid over time")."""
    values = {key: getattr(row, key) for key in STUDENT.keys()}
    values["card_number"] = mask_card_number(values["card_number"] or "")
    return mask_student(values) if mask else values


def school_names() -> dict[str, str]:
    return {s.id: s.name for s in School.select(School.id, School.name)}


def chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def students_by_id(ids: Sequence[str]) -> dict[str, Student]:
    rows = Student.select().where(Student.id.in_(list(ids)) & live(Student))
    return {s.id: s for s in rows}


def live_rows(model: type[pw.Model], ids: Sequence[str], *order: Any) -> dict[str, list[Any]]:
    """The live rows of `model` for the students `ids`, grouped by student, in `order`."""
    query = model.select().where(model.student.in_(list(ids)) & live(model))
    return by_student(query.order_by(*order))


def by_student(rows: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.student_id].append(row)
    return grouped


# -- archive card ---------------------------------------------------------------------


def archive_cards(actor: Actor, ids: Sequence[str], *, mask_ids: bool) -> Iterator[ArchiveCard]:
    """One card per student, in the order of `ids`, read a chunk at a time so a whole
    school costs a few dozen queries and little memory."""
    mask = effective_mask(actor, mask_ids)
    schools = school_names()
    for chunk in chunks(ids):
        students = students_by_id(chunk)
        family = live_rows(FamilyMember, chunk)
        guardians = live_rows(Guardian, chunk)
        history = live_rows(
            StatusHistory, chunk, StatusHistory.start_date, StatusHistory.created_at
        )
        payments = by_student(
            AidPayment.select(AidPayment, AidProgram)
            .join(AidProgram)
            .where(AidPayment.student.in_(chunk) & live(AidPayment))
            .order_by(AidPayment.school_year, AidPayment.term, AidPayment.paid_on)
        )
        pairings = by_student(
            Pairing.select(Pairing, Teacher)
            .join(Teacher)
            .where(Pairing.student.in_(chunk) & live(Pairing))
            .order_by(Pairing.start_date)
        )
        visits = by_student(
            Visit.select(Visit, Teacher)
            .join(Teacher)
            .where(Visit.student.in_(chunk) & live(Visit))
            .order_by(Visit.visit_date)
        )
        for sid in chunk:
            student = students.get(sid)
            if student is None:
                continue
            yield ArchiveCard(
                student_id=sid,
                school_name=schools.get(student.school_id, ""),
                values=student_values(student, mask),
                family=[{k: getattr(m, k) for k in FAMILY_MEMBER.keys()} for m in family[sid]],
                guardians=[_guardian(g, mask) for g in guardians[sid]],
                history=[
                    {
                        "kind": h.kind,
                        "value": h.value,
                        "start_date": h.start_date,
                        "end_date": h.end_date,
                        "note": h.note,
                    }
                    for h in history[sid]
                ],
                aid=[
                    AidLine(
                        p.school_year, p.term, p.program.name, p.amount_fen, p.paid_on, p.method
                    )
                    for p in payments[sid]
                ],
                pairings=[
                    PairingLine(p.teacher.name, p.teacher.phone, p.kind, p.start_date, p.end_date)
                    for p in pairings[sid]
                ],
                visits=[
                    VisitLine(v.visit_date, v.method, v.teacher.name, v.outcome or v.measures)
                    for v in visits[sid]
                ],
            )


def _guardian(g: Guardian, mask: bool) -> dict[str, Any]:
    values = {k: getattr(g, k) for k in GUARDIAN.keys()}
    if mask:
        values["id_number"] = mask_id_number(values["id_number"] or "")
    return values


# -- roster ---------------------------------------------------------------------------


def roster(actor: Actor, ids: Sequence[str], *, mask_ids: bool, show_school: bool) -> Roster:
    """The rows of the list, in its order (services.students reads and masks them as
    the actor may see; the person printing may mask more)."""
    mask = effective_mask(actor, mask_ids)
    rows: list[dict[str, Any]] = []
    for chunk in chunks(ids):
        fetched = listing.fetch_rows(actor, chunk, full_ids=not mask)
        for sid in chunk:
            row = fetched.get(sid)
            if row is not None:
                rows.append(mask_student(row) if mask else row)
    return Roster(rows, show_school)
