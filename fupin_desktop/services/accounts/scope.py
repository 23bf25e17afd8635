"""Which children a person's scope of the role matrix covers (roles.Scope), as a peewee
condition for the student list and as SQL for the raw queries of the care wing; and the
check of one child.

PAIRED: the children paired with the account's teacher today. CLASS: those, and the
children of the class the teacher leads as head teacher (head_grade, head_class). An
account of a teacher role without a teacher record covers nobody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import peewee as pw

from fupin_desktop.db.models import Pairing, Student, Teacher
from fupin_desktop.errors import NotFound, PermissionDenied
from fupin_desktop.services.accounts.roles import DENIED, Do, Scope, scope
from fupin_desktop.services.context import Actor


def _head_class(teacher_id: str) -> tuple[int, str] | None:
    teacher = Teacher.get_or_none(Teacher.id == teacher_id)
    if teacher is None or not teacher.head_grade:
        return None
    return int(teacher.head_grade), teacher.head_class or ""


def student_condition(
    actor: Actor, action: Do = Do.LIST_STUDENTS, today: dt.date | None = None
) -> pw.Expression | None:
    """A condition on Student for the children `action` covers; None for all of them."""
    found = scope(actor.role, action)
    if found is Scope.ALL:
        return None
    if found is Scope.NONE or not actor.teacher_id:
        return Student.id.is_null()  # nobody: an id is never null
    day = today or dt.date.today()
    paired = Pairing.select(Pairing.student).where(
        (Pairing.deleted == False)  # noqa: E712
        & (Pairing.teacher == actor.teacher_id)
        & (Pairing.start_date <= day)
        & (Pairing.end_date.is_null() | (Pairing.end_date >= day))
    )
    condition = Student.id.in_(paired)
    head = _head_class(actor.teacher_id) if found is Scope.CLASS else None
    if head is not None:
        condition |= (Student.grade == head[0]) & (Student.class_name == head[1])
    return condition


def student_sql(
    actor: Actor, column: str, action: Do = Do.LIST_STUDENTS, today: dt.date | None = None
) -> tuple[str, list[Any]]:
    """The same as SQL for a raw query (" AND …" over the student columns named by
    `column`'s table alias, e.g. "s.id"), with its parameters; ("", []) for all."""
    found = scope(actor.role, action)
    if found is Scope.ALL:
        return "", []
    if found is Scope.NONE or not actor.teacher_id:
        return " AND 0", []
    day = (today or dt.date.today()).isoformat()
    sql = (
        f"{column} IN (SELECT student_id FROM pairing WHERE deleted = 0 AND teacher_id = ?"
        " AND start_date <= ? AND coalesce(end_date, '9999-12-31') >= ?)"
    )
    params: list[Any] = [actor.teacher_id, day, day]
    head = _head_class(actor.teacher_id) if found is Scope.CLASS else None
    if head is not None:
        alias = column.rsplit(".", 1)[0] + "." if "." in column else ""
        sql = f"({sql} OR ({alias}grade = ? AND {alias}class_name = ?))"
        params += [head[0], head[1]]
    return f" AND {sql}", params


def visible_ids(actor: Actor, ids: list[str]) -> list[str]:
    """`ids` less the children the actor may not list, in their order."""
    condition = student_condition(actor)
    if condition is None:
        return ids
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = Student.select(Student.id).where(Student.id.in_(chunk) & condition).tuples()
        found.update(row[0] for row in rows)
    return [i for i in ids if i in found]


def covers(actor: Actor, student_id: str, action: Do = Do.LIST_STUDENTS) -> bool:
    """Whether `action` covers this one child for the actor."""
    condition = student_condition(actor, action)
    if condition is None:
        return True
    return Student.select().where((Student.id == student_id) & condition).exists()


def require_student(actor: Actor, student_id: str, action: Do = Do.LIST_STUDENTS) -> None:
    """Refuse (in words) unless `action` covers the child; NotFound for no such child."""
    if not Student.select().where(Student.id == student_id).exists():
        raise NotFound()
    if not covers(actor, student_id, action):
        raise PermissionDenied(DENIED.get(action))
