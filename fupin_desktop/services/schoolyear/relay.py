"""The township's part in a handover (docs/architecture.md, "The school year"). Run by
the sync import and export of a township ledger, in their transaction:

- `refresh_directory` (before an export): the township's schools as reference data
  (township_school), so that a school's ledger can name a receiving school; kept from
  the school records.
- `relay`: a departure a school offered to another school becomes a handover of the
  receiving school (with the child's records as items: handover_copy.snapshot), its
  records kept up to date while it waits; an offer taken back or sent elsewhere is
  withdrawn; the receiving school's decision is written on the sending school's
  departure (accepted: confirmed that day), which the next package takes back.

Each record the township writes here belongs to the school whose records it is: the
handover and its items to the receiving school, the departure to the sending school. So
every package carries only its own school's rows, and the same work done twice changes
nothing (derived ids; a record is saved only when a value differs).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fupin_desktop.db.base import json_text
from fupin_desktop.db.models import (
    Departure,
    Handover,
    HandoverItem,
    School,
    Student,
    TownshipSchool,
)
from fupin_desktop.schema.schoolyear import place_after_leaving
from fupin_desktop.services import installation
from fupin_desktop.services.context import Changes
from fupin_desktop.services.schoolyear import handover_copy as copy
from fupin_desktop.terms import YEAR_START

LEAVING = ("graduate", "transfer_out")


def after_sync(today: dt.date | None = None, *, exporting: bool = False) -> Changes:
    """What the township does after each import and before each export (then the list of
    its schools too, which only a package takes anywhere); nothing at a school."""
    info = installation.current()
    changes = Changes()
    if info is None or not info.is_township:
        return changes
    if exporting:
        refresh_directory(changes)
    relay(today or dt.date.today(), changes)
    return changes


def refresh_directory(changes: Changes) -> None:
    for school in School.select():
        row_id = copy.derived_id("township_school", school.code)
        row = TownshipSchool.get_or_none(TownshipSchool.id == row_id)
        values = {
            "code": school.code,
            "name": school.name,
            "school_type": school.school_type or "",
            "active": not school.deleted,
        }
        if row is None:
            row = TownshipSchool(id=row_id, **values)
        elif all(getattr(row, k) == v for k, v in values.items()) and not row.deleted:
            continue
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted = False
        row.save()
        changes.touch("township_school", row.id)


def relay(today: dt.date, changes: Changes) -> None:
    _decisions(changes)
    offered = Departure.select().where(
        (Departure.handover_state == "offered")
        & (Departure.to_school_code != "")
        & (Departure.deleted == False)  # noqa: E712
        & Departure.confirmed_on.is_null()
        & Departure.reason.in_(LEAVING)
    )
    for departure in offered:
        _offer(departure, today, changes)
    _withdraw(changes)


def _offer(departure: Departure, today: dt.date, changes: Changes) -> None:
    to = School.get_or_none((School.code == departure.to_school_code) & (School.deleted == False))  # noqa: E712
    student = Student.get_or_none(Student.id == departure.student_id)
    if to is None or student is None or student.deleted or to.id == student.school_id:
        return
    handover_id = copy.derived_id("handover", departure.id, to.code)
    handover = Handover.get_or_none(Handover.id == handover_id)
    if handover is None:
        handover = _new_handover(handover_id, departure, student, to, today)
        changes.touch("handover", handover.id)
    elif handover.withdrawn and handover.state == "offered":
        handover.withdrawn = False  # offered to this school again
        handover.save()
        changes.touch("handover", handover.id)
    if handover.state == "offered" and not handover.withdrawn:
        _keep_items(handover, student.id, changes)


def _new_handover(
    handover_id: str, departure: Departure, student: Student, to: School, today: dt.date
) -> Handover:
    sender = School.get_by_id(student.school_id)
    year_start = (departure.left_on.month, departure.left_on.day) == YEAR_START
    stage, grade = place_after_leaving(student.stage, student.grade, departure.reason, year_start)
    handover = Handover(
        id=handover_id,
        school=to,
        departure_id=departure.id,
        from_student_id=student.id,
        from_school_code=sender.code,
        from_school_name=sender.name,
        student_name=student.name,
        id_number=student.id_number or "",
        reason=departure.reason,
        left_on=departure.left_on,
        from_stage=student.stage or "",
        from_grade=student.grade,
        from_class=student.class_name or "",
        to_stage=stage or "",
        to_grade=grade,
        offered_on=today,
    )
    handover.save(force_insert=True)
    return handover


def _keep_items(handover: Handover, student_id: str, changes: Changes) -> None:
    """The handover's items as the child's records are here now: new ones added, changed
    ones saved, records gone (deleted at the sending school) deleted."""
    here = {
        item.id: item for item in HandoverItem.select().where(HandoverItem.handover == handover)
    }
    wanted: set[str] = set()
    for item in copy.snapshot(student_id):
        item_id = copy.derived_id(handover.id, "item", item.kind, item.source_id)
        wanted.add(item_id)
        values: dict[str, Any] = {
            "kind": item.kind,
            "source_id": item.source_id,
            "day": dt.date.fromisoformat(str(item.day)[:10]) if item.day else None,
            "teacher_name": item.teacher_name,
            "content": item.content,
            "school_text": item.school_text,
        }
        row = here.get(item_id)
        if row is None:
            row = HandoverItem(id=item_id, handover=handover)
        elif not row.deleted and _same(row, values):
            continue
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted = False
        row.save()
        changes.touch("handover_item", row.id)
    for item_id, row in here.items():
        if item_id not in wanted and not row.deleted:
            row.deleted = True
            row.save()
            changes.touch("handover_item", row.id)


def _same(row: HandoverItem, values: dict[str, Any]) -> bool:
    for key, value in values.items():
        if key == "content":
            if json_text(row.content or {}) != json_text(value):
                return False
        elif getattr(row, key) != value:
            return False
    return True


def _decisions(changes: Changes) -> None:
    """The receiving school's decision onto the sending school's departure, once."""
    decided = (
        Handover.select(Handover, Departure)
        .join(Departure, on=(Departure.id == Handover.departure_id))
        .where(
            Handover.state.in_(("accepted", "refused"))
            & (Handover.withdrawn == False)  # noqa: E712
            & (Departure.handover_state == "offered")
            & (Departure.deleted == False)  # noqa: E712
        )
    )
    for handover in decided:
        departure = Departure.get_by_id(handover.departure_id)
        code = School.get_by_id(handover.school_id).code
        if departure.to_school_code != code:
            continue
        departure.handover_state = handover.state
        departure.handover_on = handover.decided_on
        departure.handover_note = handover.note
        if handover.state == "accepted" and departure.confirmed_on is None:
            departure.confirmed_on = handover.decided_on
        departure.save()
        changes.touch("departure", departure.id)


def _withdraw(changes: Changes) -> None:
    """Waiting offers whose departure no longer offers the child to their school."""
    waiting = Handover.select().where(
        (Handover.state == "offered") & (Handover.withdrawn == False)  # noqa: E712
    )
    for handover in waiting:
        departure = Departure.get_or_none(Departure.id == handover.departure_id)
        code = School.get_by_id(handover.school_id).code
        child = Student.get_or_none(Student.id == handover.from_student_id)
        if (
            departure is not None
            and not departure.deleted
            and child is not None
            and not child.deleted
            and departure.handover_state == "offered"
            and departure.to_school_code == code
        ):
            continue
        handover.withdrawn = True
        handover.save()
        changes.touch("handover", handover.id)
