"""The new-school-year step (docs/architecture.md, "The school year"): once a year the
principal moves every enrolled child: grade + 1, the top grade graduates, 大班 goes to
primary 1 and primary 6 to junior 7; exceptions (留级, 转出, 休学) are ticked by hand.

preview(actor, to_year)          every child's move; nothing is written
apply(actor, to_year, …)         a backup first (undo = restore it), then in one
                                 transaction: the file, dated history entries, pairings
                                 of leaving children ended, departures recorded, the new
                                 school year set
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from fupin_desktop import terms
from fupin_desktop.db.base import database
from fupin_desktop.db.models import Departure, School, Student
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.schoolyear import (
    EXCEPTIONS,
    MOVE,
    MOVE_ENROLMENT,
    TOP_GRADE,
    WATCH_DAYS,
    next_place,
)
from fupin_desktop.services import audit, installation
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.schoolyear import handover
from fupin_desktop.services.students.status_history import _add_history

YEAR_SETTING = "school_year.current"  # the school year the ledger is in
STEPS_SETTING = "school_year.steps"  # {school_id: the school year last stepped into}
LEAVING = ("graduate", "transfer_out", "suspend")


@dataclass(frozen=True)
class Move:
    student_id: str
    name: str
    class_name: str
    stage: str
    grade: int | None
    move: str  # schema.schoolyear.MOVE
    to_stage: str
    to_grade: int | None

    @property
    def enrolment(self) -> str:
        return MOVE_ENROLMENT[self.move]


@dataclass
class YearPreview:
    school_id: str
    school_name: str
    to_year: str
    first_day: dt.date
    moves: list[Move]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(MOVE.codes(), 0)
        for move in self.moves:
            out[move.move] += 1
        return out

    def summary(self) -> str:
        parts = [f"{MOVE.label(code)} {n}" for code, n in self.counts().items() if n]
        return tr("{school}, into {year}: {moves}.").format(
            school=self.school_name, year=self.to_year, moves=", ".join(parts) or "0"
        )


@dataclass
class YearResult:
    preview: YearPreview
    backup: Path | None
    pairings_ended: int = 0
    departures: list[str] = field(default_factory=list)


def require_principal(actor: Actor) -> None:
    if actor.role not in ("principal", "system"):
        raise PermissionDenied(N_("Only the principal makes the new-school-year step."))


def first_day(to_year: str) -> dt.date:
    """The day the school year starts (the aid calendar's 1 September)."""
    return dt.date(terms.first_year(to_year), *terms.YEAR_START)


def current_year(today: dt.date | None = None) -> str:
    """The school year the ledger is in: the last step's, else the calendar's."""
    stored = installation.get_setting(YEAR_SETTING)
    return stored or school_calendar().school_year_of(today or dt.date.today())


def preview(
    actor: Actor,
    to_year: str,
    exceptions: dict[str, str] | None = None,
    school_id: str | None = None,
) -> YearPreview:
    require_principal(actor)
    to_year = terms.clean_school_year(to_year)
    school = _school(school_id)
    _check_order(school.id, to_year)
    exceptions = exceptions or {}
    for code in exceptions.values():
        if code not in EXCEPTIONS:
            raise ValidationError(N_("{value} is not an exception of the step."), value=code)
    students = list(
        Student.select()
        .where(
            (Student.school == school)
            & (Student.deleted == False)  # noqa: E712
            & (Student.enrolment == "enrolled")
        )
        .order_by(Student.stage, Student.grade, Student.class_name, Student.name_pinyin)
    )
    top = TOP_GRADE.get(school.school_type) or max(
        [3, *(s.grade or 0 for s in students if s.stage == "primary")]
    )
    moves = [_move(s, top, exceptions.get(s.id)) for s in students]
    return YearPreview(school.id, school.name, to_year, first_day(to_year), moves)


def _move(student: Student, top: int, exception: str | None) -> Move:
    stage, grade = student.stage, student.grade
    if exception is not None:
        return Move(
            student.id, student.name, student.class_name, stage, grade, exception, stage, grade
        )
    place = next_place(stage, grade, top) if grade is not None else (stage, None)
    if place is None:
        return Move(
            student.id, student.name, student.class_name, stage, grade, "graduate", stage, grade
        )
    return Move(student.id, student.name, student.class_name, stage, grade, "promote", *place)


def school_ids() -> list[str]:
    """The schools of the ledger that have children, by name."""
    query = (
        School.select(School.id)
        .where((School.deleted == False) & School.id.in_(Student.select(Student.school)))  # noqa: E712
        .order_by(School.name)
    )
    return [s.id for s in query]


def student_by_id_number(school_id: str, id_number: str) -> str | None:
    """The id of the school's child with this ID number, for an exception given by it."""
    student = Student.get_or_none(
        (Student.school == school_id)
        & (Student.id_number == id_number.upper())
        & (Student.deleted == False)  # noqa: E712
    )
    return None if student is None else student.id


def _school(school_id: str | None) -> School:
    if school_id is None:
        info = installation.current()
        school_id = info.school_id if info is not None else None
    school = School.get_or_none(School.id == school_id) if school_id else None
    if school is None or school.deleted:
        raise ValidationError(N_("Choose the school the step is for."))
    return school


def _check_order(school_id: str, to_year: str) -> None:
    # A year typed wrong (2037-2038 for 2027-2028) would be stored as done, and every
    # real step after it refused for years: the step goes one year on from today's.
    this_year = school_calendar().school_year_of(dt.date.today())
    if terms.first_year(to_year) > terms.first_year(this_year) + 1:
        raise ValidationError(
            N_(
                "{year} is too far ahead: the school is in {current} now, so the step "
                "goes into {next} at the most."
            ),
            year=to_year,
            current=this_year,
            next=terms.school_year_label(terms.first_year(this_year) + 1),
        )
    done = (installation.get_setting(STEPS_SETTING) or {}).get(school_id)
    if done is not None and terms.first_year(done) >= terms.first_year(to_year):
        raise ValidationError(
            N_("The school already stepped into {year}: the step is made once a year."),
            year=done,
        )


def apply(
    actor: Actor,
    to_year: str,
    exceptions: dict[str, str] | None = None,
    school_id: str | None = None,
    receiving: dict[str, str] | None = None,
) -> Result[YearResult]:
    """Take a backup, then move every child in one transaction. `receiving`: the school
    of the township (by code) each graduating or transferring child is handed over to
    (handover.py)."""
    plan = preview(actor, to_year, exceptions, school_id)
    receiving = {k: v for k, v in (receiving or {}).items() if v}
    leaving = {m.student_id for m in plan.moves if m.move in handover.LEAVING}
    for student_id, code in receiving.items():
        if student_id not in leaving:
            raise ValidationError(
                N_("Only a child who graduates or transfers out is handed over to a school.")
            )
        handover.receiving_school(code)
    result = YearResult(plan, _backup())
    changes = Changes().touch("student").touch("status_history")
    day = plan.first_day
    with database.atomic():
        for move in plan.moves:
            _apply_move(move, day, result, changes, receiving.get(move.student_id))
        steps = dict(installation.get_setting(STEPS_SETTING) or {})
        steps[plan.school_id] = plan.to_year
        installation.set_setting(actor, STEPS_SETTING, steps)
        installation.set_setting(actor, YEAR_SETTING, plan.to_year)
        audit.record(actor, "new_school_year", "student", plan.school_id, plan.summary())
    changes.settings = True
    return Result(result, changes)


def _apply_move(
    move: Move, day: dt.date, result: YearResult, changes: Changes, to_code: str | None = None
) -> None:
    student = Student.get_by_id(move.student_id)
    if move.to_stage != student.stage:
        _add_history(student, "stage", move.to_stage, day)
        student.stage = move.to_stage
    if move.to_grade != student.grade and move.to_grade is not None:
        _add_history(student, "grade", str(move.to_grade), day)
        student.grade = move.to_grade
    if move.enrolment != student.enrolment:
        _add_history(student, "enrolment", move.enrolment, day)
        student.enrolment = move.enrolment
    student.save()
    changes.touch("student", student.id)
    if move.move not in LEAVING:
        return
    for pairing_id in handover.end_pairings(student, day, MOVE.label(move.move)):
        result.pairings_ended += 1
        changes.touch("pairing", pairing_id)
    if move.move != "suspend":
        departure = Departure.create(
            student=student,
            left_on=day,
            reason=move.move,
            follow_up_date=day + dt.timedelta(days=WATCH_DAYS),
        )
        if to_code:
            handover.set_offer(departure, to_code)
        result.departures.append(departure.id)
        changes.touch("departure", departure.id)


def _backup() -> Path | None:
    """DESIGN: the step is undone by restoring the backup it takes first."""
    from fupin_desktop.services import ledger

    name = database.database
    if not name or name == ":memory:" or not Path(name).exists():
        return None
    return ledger.back_up(Path(name), reason="before-new-school-year").value
