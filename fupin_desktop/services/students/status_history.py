"""The dated status history of a student (StatusHistory): poverty status, categories,
enrolment, grade and the like, kept as history, never overwritten; and how long aid lasts
after a status ends (docs/architecture.md, "Aid over time").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import StatusHistory, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.catalogues import (
    STUDENT_CATEGORY_KEYS,
    STUDENT_HISTORY_KEYS,
)
from fupin_desktop.schema.needs import KEEPS_AID_TO_STAGE_END, stage_end
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import scope
from fupin_desktop.services.accounts.roles import Do
from fupin_desktop.services.context import Actor, Changes, Result

# Dated values held as "true"/"false".


# Dated values held as "true"/"false".
_FLAG_KEYS = (*STUDENT_CATEGORY_KEYS, "boarder")


def history_value(key: str, value: Any) -> str:
    """A dated value as its history entry holds it: flags "true"/"false", the rest text
    (the roster import's bulk path writes the same)."""
    if key in _FLAG_KEYS:
        return "true" if value else "false"
    return "" if value is None else str(value)


def _add_history(
    student: Student, kind: str, value: str, start: dt.date, previous: str | None = None
) -> None:
    """Close the entry in force and open one from `start`. A file that has no entry yet
    for this value (made before it was dated) first gets one for the `previous` value,
    from the day the file was made, so the change does not reach back before `start`."""
    live = StatusHistory.deleted == False  # noqa: E712
    mine = (StatusHistory.student == student) & (StatusHistory.kind == kind) & live
    if previous is not None and not StatusHistory.select().where(mine).exists():
        made = student.created_at.date() if student.created_at else start
        StatusHistory(
            student=student,
            kind=kind,
            value=previous,
            start_date=min(made, start),
            aid_until=_aid_until(student, kind, previous, min(made, start)),
        ).save()
    open_rows = StatusHistory.select().where(
        (StatusHistory.student == student)
        & (StatusHistory.kind == kind)
        & (StatusHistory.end_date.is_null())
        & (StatusHistory.deleted == False)  # noqa: E712
    )
    for row in open_rows:
        if row.start_date > start:
            raise ValidationError(
                N_("The current value holds since {date}; a change cannot be dated earlier."),
                date=row.start_date.isoformat(),
            )
        row.end_date = start
        row.save()
    StatusHistory(
        student=student,
        kind=kind,
        value=value,
        start_date=start,
        aid_until=_aid_until(student, kind, value, start),
    ).save()


def _aid_until(student: Student, kind: str, value: str, start: dt.date) -> dt.date | None:
    return aid_until(kind, value, student.stage, student.grade, start)


def aid_until(
    kind: str, value: str, stage: str | None, grade: int | None, start: dt.date
) -> dt.date | None:
    """The dated end of a status that keeps aid to the end of the stage (schema.needs):
    the stage and grade the child is in when it begins."""
    if kind != "poverty_status" or value not in KEEPS_AID_TO_STAGE_END:
        return None
    return stage_end(stage, grade, start)


def add_history_entry(
    actor: Actor,
    student_id: str,
    kind: str,
    value: str,
    start: dt.date,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> Result[None]:
    """Record a dated status change directly (脱贫 on a date, a parent coming home).

    A change dated after today is refused: the current value would change at once,
    a year early (a 转出 planned for next term is recorded on its day)."""
    if start > (today or dt.date.today()):
        raise ValidationError(
            N_("A status change cannot be dated in the future ({date}): record it on its day."),
            date=start.isoformat(),
        )
    scope.require_student(actor, student_id, Do.EDIT_STUDENT)
    with database.atomic():
        student = Student.get_by_id(student_id)
        previous = history_value(kind, getattr(student, kind, None))
        _add_history(student, kind, value, start, previous=previous)
        if kind in STUDENT_HISTORY_KEYS:
            current: Any = value == "true" if kind in _FLAG_KEYS else value
            if kind == "grade":
                current = int(value) if value else None
            setattr(student, kind, current)
            student.save()
        audit.record(actor, "history", "student", student_id, f"{kind}={value}")
    return Result(None, Changes().touch("student", student_id).touch("status_history"))
