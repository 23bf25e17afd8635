"""Handover within the township (交接; docs/architecture.md, "The school year").

The sending school names the receiving school of a child who leaves (`offer`, or
`transfer_out` from the child's file; the new-year step for its graduates); the
township turns the offer into a handover of the receiving school with the child's
records (relay.py); the receiving school sees it (`incoming`, `waiting_by_school`) and
accepts it into a file of its own (`accept`) or says the child is not there (`refuse`).
The decision goes back through the township onto the sending school's departure, which
keeps its file as 毕业/转出 with where the child went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from fupin_desktop.db.base import database
from fupin_desktop.db.models import (
    Departure,
    Handover,
    Pairing,
    School,
    StatusHistory,
    Student,
    TownshipSchool,
)
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.format import mask_id_number
from fupin_desktop.schema.schoolyear import MOVE, WATCH_DAYS, fits
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.roles import may_follow_up
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.schoolyear import handover_copy as copy
from fupin_desktop.services.students.status_history import _add_history, history_value

MANAGERS = ("principal", "aid_officer", "system")
LEAVING = ("graduate", "transfer_out")
HANDOVER = "handover"


def may_see_handovers(actor: Actor) -> bool:
    """Whether `actor` sees the children handed over (services/accounts/roles.py)."""
    return may_follow_up(actor)


def _require(actor: Actor, roles: tuple[str, ...] = MANAGERS) -> None:
    if actor.role not in roles:
        raise PermissionDenied(N_("Only the principal or the aid officer hands children over."))


# -- the township's schools -------------------------------------------------------------
@dataclass(frozen=True)
class SchoolChoice:
    code: str
    name: str


def receiving_schools() -> list[SchoolChoice]:
    """The schools a child may be handed over to: the township's schools as its packages
    list them (at the township, its school records), this school left out."""
    info = installation.current()
    if info is None:
        return []
    if info.is_township:
        rows = School.select(School.code, School.name).where(School.deleted == False)  # noqa: E712
        return [SchoolChoice(s.code, s.name) for s in rows.order_by(School.code)]
    rows = TownshipSchool.select().where(
        (TownshipSchool.deleted == False)  # noqa: E712
        & (TownshipSchool.active == True)  # noqa: E712
        & (TownshipSchool.code != info.school_code)
    )
    return [SchoolChoice(s.code, s.name) for s in rows.order_by(TownshipSchool.code)]


def receiving_school(code: str) -> SchoolChoice:
    code = (code or "").strip()
    for choice in receiving_schools():
        if choice.code == code:
            return choice
    raise ValidationError(
        N_(
            "{code} is not a school of the township this ledger knows. The list of the "
            "township's schools comes with the township's packages."
        ),
        code=code or "?",
        field="to_school",
    )


# -- the sending school -----------------------------------------------------------------
def set_offer(departure: Departure, code: str) -> None:
    """Name `code` the receiving school of `departure` and save it (the caller holds the
    transaction); refused for a child who did not leave for a school, or whose
    receiving school is already confirmed, or who was not there."""
    if departure.reason not in LEAVING:
        raise ValidationError(
            N_("Only a child who graduated or transferred out is handed over to a school.")
        )
    if departure.confirmed_on is not None or departure.handover_state == "accepted":
        raise ValidationError(
            N_("The receiving school has already been confirmed ({date})."),
            date=str(departure.confirmed_on or departure.handover_on or ""),
        )
    school = receiving_school(code)
    if departure.handover_state == "refused" and departure.to_school_code == school.code:
        raise ValidationError(
            N_(
                "{school} said the child is not there. Offer the child to another school, "
                "or confirm by hand where the child studies."
            ),
            school=school.name,
        )
    departure.to_school_code, departure.to_school_name = school.code, school.name[:60]
    departure.handover_state, departure.handover_on, departure.handover_note = "offered", None, ""
    departure.save()


def open_departure(student_id: str) -> str | None:
    """The child's departure that may still be handed over (graduated or transferred out,
    no receiving school confirmed), or None."""
    found = (
        Departure.select(Departure.id)
        .where(
            (Departure.student == student_id)
            & (Departure.deleted == False)  # noqa: E712
            & Departure.reason.in_(LEAVING)
            & Departure.confirmed_on.is_null()
        )
        .order_by(Departure.left_on.desc())
        .first()
    )
    return None if found is None else found.id


def offer(actor: Actor, departure_id: str, to_code: str) -> Result[None]:
    """Offer a child who left to a receiving school of the township; the next package
    takes the offer to the township, which passes it on."""
    _require(actor)
    with database.atomic():
        departure = Departure.get_or_none(
            (Departure.id == departure_id) & (Departure.deleted == False)  # noqa: E712
        )
        if departure is None:
            raise NotFound()
        set_offer(departure, to_code)
        audit.record(actor, "handover_offer", "departure", departure.id, departure.to_school_code)
    return Result(None, Changes().touch("departure", departure.id))


def end_pairings(student: Student, day: dt.date, reason: str) -> list[str]:
    """End the child's open pairings the day before `day`, with the reason (the history
    a successor reads)."""
    ended = []
    for pairing in Pairing.select().where(
        (Pairing.student == student) & (Pairing.end_date.is_null()) & (Pairing.deleted == False)  # noqa: E712
    ):
        pairing.end_date = max(pairing.start_date, day - dt.timedelta(days=1))
        pairing.end_reason = reason
        pairing.save()
        ended.append(pairing.id)
    return ended


def transfer_out(
    actor: Actor, student_id: str, on: dt.date, *, to_code: str = "", to_place: str = ""
) -> Result[str]:
    """转出 from the child's file: enrolment transferred from `on` (dated), pairings
    ended, a departure to follow up, offered to `to_code` (a school of the township) or
    naming `to_place` (elsewhere). Returns the departure's id."""
    _require(actor)
    changes = Changes()
    with database.atomic():
        student = Student.get_or_none((Student.id == student_id) & (Student.deleted == False))  # noqa: E712
        if student is None:
            raise NotFound()
        if student.enrolment != "enrolled":
            raise ValidationError(N_("Only an enrolled child transfers out."))
        if to_code:
            receiving_school(to_code)
        _add_history(student, "enrolment", "transferred", on)
        student.enrolment = "transferred"
        student.save()
        changes.touch("student", student.id).touch("status_history")
        for pairing_id in end_pairings(student, on, MOVE.label("transfer_out")):
            changes.touch("pairing", pairing_id)
        departure = Departure(
            student=student,
            left_on=on,
            reason="transfer_out",
            to_place=to_place.strip()[:100],
            follow_up_date=on + dt.timedelta(days=WATCH_DAYS),
        )
        departure.save()
        if to_code:
            set_offer(departure, to_code)
        changes.touch("departure", departure.id)
        audit.record(actor, "transfer_out", "student", student.id, to_code or to_place[:40])
    return Result(departure.id, changes)


@dataclass(frozen=True)
class Outgoing:
    """A child this school offered to another school, and what became of it."""

    departure_id: str
    student_id: str
    name: str
    reason: str
    left_on: dt.date
    to_school_name: str
    state: str  # schema.schoolyear.HANDOVER_STATE
    decided_on: dt.date | None
    note: str


def outgoing(actor: Actor, school_id: str | None = None) -> list[Outgoing]:
    _require(actor, (*MANAGERS, "township"))
    query = (
        Departure.select(Departure, Student.name)
        .join(Student)
        .where((Departure.to_school_code != "") & (Departure.deleted == False))  # noqa: E712
    )
    if school_id:
        query = query.where(Student.school == school_id)
    return [
        Outgoing(
            d.id,
            d.student_id,
            d.name,
            d.reason,
            d.left_on,
            d.to_school_name,
            d.handover_state,
            d.handover_on,
            d.handover_note,
        )
        for d in query.order_by(Departure.left_on.desc(), Student.name_pinyin).objects()
    ]


# -- the receiving school ---------------------------------------------------------------
@dataclass(frozen=True)
class Incoming:
    """A child another school of the township handed over to this one."""

    id: str
    school_id: str
    from_school_code: str
    from_school_name: str
    name: str
    id_number: str  # masked
    reason: str
    left_on: dt.date
    from_stage: str
    from_grade: int | None
    from_class: str
    to_stage: str
    to_grade: int | None
    state: str  # offered / accepted / refused
    withdrawn: bool
    decided_on: dt.date | None
    decided_by: str
    note: str
    student_id: str | None

    @property
    def waiting(self) -> bool:
        return self.state == "offered" and not self.withdrawn


def _incoming(h: Handover) -> Incoming:
    # A list on a screen or a terminal: the ID number masked (docs/architecture.md,
    # "People and privacy"); a person names the child by the number on the paper file.
    number = mask_id_number(h.id_number)
    return Incoming(
        h.id, h.school_id, h.from_school_code, h.from_school_name, h.student_name, number,
        h.reason, h.left_on, h.from_stage, h.from_grade, h.from_class, h.to_stage,
        h.to_grade, h.state, h.withdrawn, h.decided_on, h.decided_by, h.note, h.student_id,
    )  # fmt: skip


def incoming(
    actor: Actor, school_id: str | None = None, *, waiting_only: bool = False
) -> list[Incoming]:
    """The children handed over to `school_id` (every school's, at the township), those
    waiting for a decision first."""
    _require(actor, (*MANAGERS, "township"))
    query = Handover.select().where(Handover.deleted == False)  # noqa: E712
    if school_id:
        query = query.where(Handover.school == school_id)
    if waiting_only:
        query = query.where((Handover.state == "offered") & (Handover.withdrawn == False))  # noqa: E712
    rows = [_incoming(h) for h in query]
    return sorted(rows, key=lambda i: (not i.waiting, i.from_school_name, i.name))


def waiting_by_school(actor: Actor, school_id: str | None) -> list[tuple[str, int]]:
    """(sending school, how many children) of the offers waiting here: "3 children
    handed over by 柳塘小学"."""
    counts: dict[str, int] = {}
    for item in incoming(actor, school_id, waiting_only=True):
        counts[item.from_school_name] = counts.get(item.from_school_name, 0) + 1
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def find(actor: Actor, school_id: str | None, key: str) -> Incoming:
    """A handover of this school by the child's ID number or the start of its record id
    (six characters or more, as `fupin year handover list` shows it)."""
    _require(actor, (*MANAGERS, "township"))
    key = key.strip().upper()
    query = Handover.select().where(Handover.deleted == False)  # noqa: E712
    if school_id:
        query = query.where(Handover.school == school_id)
    found = [
        h
        for h in query
        if key == h.id_number.upper() or (len(key) >= 6 and h.id.upper().startswith(key))
    ]
    found.sort(key=lambda h: (h.state != "offered" or h.withdrawn, h.offered_on))
    if not found:
        raise ValidationError(N_("No child handed over to this school with {key}."), key=key)
    return _incoming(found[0])


def _open_handover(actor: Actor, handover_id: str) -> Handover:
    """The handover, if it waits for this school's decision."""
    _require(actor)
    info = installation.current()
    handover = Handover.get_or_none((Handover.id == handover_id) & (Handover.deleted == False))  # noqa: E712
    if handover is None:
        raise NotFound()
    if info is None or info.is_township or info.school_id != handover.school_id:
        raise PermissionDenied(N_("The receiving school decides on a handover, in its own ledger."))
    if handover.withdrawn:
        raise ValidationError(
            N_("{school} took the offer of {name} back."),
            school=handover.from_school_name,
            name=handover.student_name,
        )
    if handover.state != "offered":
        raise ValidationError(
            N_("{name} was already {state} on {date} by {who}."),
            name=handover.student_name,
            state=_decision_word(handover.state),
            date=str(handover.decided_on or ""),
            who=handover.decided_by,
        )
    return handover


def _decision_word(state: str) -> str:
    return tr("accepted") if state == "accepted" else tr("refused")


def _file_with_id_number(school_id: str, id_number: str) -> str | None:
    if not id_number:
        return None
    student = Student.get_or_none(
        (Student.school == school_id)
        & (Student.id_number == id_number)
        & (Student.deleted == False)  # noqa: E712
    )
    return None if student is None else student.id


def accept(
    actor: Actor,
    handover_id: str,
    *,
    on: dt.date | None = None,
    class_name: str = "",
    grade: int | None = None,
) -> Result[str]:
    """Take the child in: a file here made from the handed-over records (or this
    school's file with the same ID number, which gains the assessments it lacks), dated
    enrolled here from the day the child left. Returns the file's id."""
    on = on or dt.date.today()
    changes = Changes()
    with database.atomic():
        handover = _open_handover(actor, handover_id)
        grade = handover.to_grade if grade is None else grade
        if not fits(handover.to_stage, grade):
            raise ValidationError(N_("Grade {grade} is not a grade of this stage."), grade=grade)
        place = copy.Place(
            handover.school_id,
            handover.to_stage,
            grade,
            clean_value(STUDENT["class_name"], class_name) or "",
            handover.left_on,
        )
        existing = _file_with_id_number(handover.school_id, handover.id_number)
        student_id, touched = copy.materialise(handover, place, existing)
        for table in touched:
            changes.touch(table)
        if existing is None:
            _history_here(student_id, handover)
            changes.touch("status_history")
        handover.state, handover.decided_on, handover.decided_by = "accepted", on, actor.name
        handover.student = student_id
        handover.save()
        changes.touch("student", student_id).touch(HANDOVER, handover.id)
        audit.record(actor, "handover_accept", HANDOVER, handover.id, handover.from_school_code)
    return Result(student_id, changes)


def _history_here(student_id: str, handover: Handover) -> None:
    """Stage, grade and enrolment at this school from the day the child left there."""
    student = Student.get_by_id(student_id)
    for key in ("stage", "grade", "enrolment"):
        value = history_value(key, getattr(student, key))
        in_force = StatusHistory.select().where(
            (StatusHistory.student == student)
            & (StatusHistory.kind == key)
            & StatusHistory.end_date.is_null()
            & (StatusHistory.deleted == False)  # noqa: E712
        )
        if any(row.value == value for row in in_force):
            continue
        _add_history(student, key, value, handover.left_on)


def refuse(actor: Actor, handover_id: str, note: str, *, on: dt.date | None = None) -> Result[None]:
    """ "Not here": the child is not at this school. The sending school keeps the child
    on its no-child-lost list, with this note."""
    note = (note or "").strip()
    if not note:
        raise ValidationError(N_("Say why the child is not taken in (not here?)."), field="note")
    with database.atomic():
        handover = _open_handover(actor, handover_id)
        handover.state, handover.decided_on = "refused", on or dt.date.today()
        handover.decided_by, handover.note = actor.name, note[:200]
        handover.save()
        audit.record(actor, "handover_refuse", HANDOVER, handover.id, handover.from_school_code)
    return Result(None, Changes().touch(HANDOVER, handover.id))
