"""Teachers: the list (with how many students each looks after), the form, and the
lookups the command line and the "view as teacher" picker need."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop import pinyin
from fupin_desktop.db.base import database
from fupin_desktop.db.models import School, Teacher
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.catalogues import TEACHER
from fupin_desktop.services import audit
from fupin_desktop.services.care.common import OPEN_END, clean_or_raise, require_manager, rows
from fupin_desktop.services.context import Actor, Changes, Result


@dataclass(frozen=True)
class TeacherRow:
    id: str
    school_id: str
    school_name: str
    values: dict[str, Any]
    students: int  # paired in force today (any kind)
    proxy_children: int  # of them, as proxy parent

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")


def list_teachers(
    actor: Actor,
    *,
    school_id: str | None = None,
    active_only: bool = False,
    search: str = "",
    as_of: dt.date | None = None,
) -> list[TeacherRow]:
    day = (as_of or dt.date.today()).isoformat()
    cols = ", ".join(f't."{k}"' for k in TEACHER.keys())
    sql = (
        f"SELECT t.id, t.school_id, sc.name AS school_name, sc.code AS school_code, {cols},"
        " (SELECT count(DISTINCT p.student_id) FROM pairing p WHERE p.teacher_id = t.id"
        " AND +p.deleted = 0 AND p.start_date <= ? AND coalesce(p.end_date, ?) >= ?)"
        " AS students,"
        " (SELECT count(DISTINCT p.student_id) FROM pairing p WHERE p.teacher_id = t.id"
        " AND +p.deleted = 0 AND p.kind = 'proxy_parent' AND p.start_date <= ?"
        " AND coalesce(p.end_date, ?) >= ?) AS proxy_children"
        " FROM teacher t JOIN school sc ON sc.id = t.school_id WHERE +t.deleted = 0"
    )
    params: list[Any] = [day, OPEN_END, day, day, OPEN_END, day]
    if school_id:
        sql += " AND t.school_id = ?"
        params.append(school_id)
    if active_only:
        sql += " AND t.active = 1"
    sql += " ORDER BY sc.code, t.active DESC"
    found = []
    # Teachers have no spelling columns: found and ordered by pinyin here (the schools'
    # order and active first kept: the sort is stable).
    listed = [r for r in rows(sql, params) if pinyin.matches(r["name"], search)]
    listed.sort(key=lambda r: pinyin.sort_key(r["name"]))
    listed.sort(key=lambda r: (r["school_code"], not r["active"]))
    for row in listed:
        values = {k: row[k] for k in TEACHER.keys()}
        values["active"] = bool(values["active"])
        found.append(
            TeacherRow(
                row["id"],
                row["school_id"],
                row["school_name"],
                values,
                row["students"],
                row["proxy_children"],
            )
        )
    return found


def get_teacher(actor: Actor, teacher_id: str) -> TeacherRow:
    teacher = Teacher.get_or_none(Teacher.id == teacher_id)
    if teacher is None or teacher.deleted:
        raise NotFound()
    for row in list_teachers(actor, school_id=teacher.school_id):
        if row.id == teacher_id:
            return row
    raise NotFound()


def save_teacher(
    actor: Actor, teacher_id: str | None, school_id: str, raw: dict[str, Any]
) -> Result[str]:
    """Create or update a teacher. Managers only: teachers are the school's staff list."""
    require_manager(actor)
    values = clean_or_raise(TEACHER, raw)
    with database.atomic():
        if teacher_id:
            teacher = Teacher.get_or_none(Teacher.id == teacher_id)
            if teacher is None or teacher.deleted:
                raise NotFound()
        else:
            school = School.get_or_none(School.id == school_id)
            if school is None or school.deleted:
                raise ValidationError(N_("Please choose the school."), field="school")
            teacher = Teacher(school=school_id)
        for key, value in values.items():
            setattr(teacher, key, value)
        teacher.save()
        audit.record(actor, "update" if teacher_id else "create", "teacher", teacher.id)
    return Result(teacher.id, Changes().touch("teacher", teacher.id))


def set_active(actor: Actor, teacher_id: str, active: bool) -> Result[None]:
    """A teacher who leaves is made inactive, never deleted: their records stay theirs."""
    require_manager(actor)
    with database.atomic():
        teacher = Teacher.get_or_none(Teacher.id == teacher_id)
        if teacher is None or teacher.deleted:
            raise NotFound()
        teacher.active = active
        teacher.save()
        audit.record(actor, "update", "teacher", teacher_id, f"active={active}")
    return Result(None, Changes().touch("teacher", teacher_id))


def find_by_name(
    name: str, school_id: str | None = None, *, exact: bool = False
) -> list[tuple[str, str, str]]:
    """(id, name, school name) of live teachers whose name is `name` (or, unless `exact`,
    contains it when none is exactly it)."""
    base = (
        Teacher.select(Teacher.id, Teacher.name, School.name.alias("school_name"))
        .join(School)
        .where(Teacher.deleted == False)  # noqa: E712
    )
    if school_id:
        base = base.where(Teacher.school == school_id)
    exact_rows = list(base.where(Teacher.name == name.strip()).tuples())
    if exact_rows or exact:
        return exact_rows
    return list(base.where(Teacher.name.contains(name.strip())).tuples())


def teacher_choices(school_id: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of active teachers, for pickers ("view as teacher")."""
    select = Teacher.select(Teacher.id, Teacher.name).where(
        (Teacher.deleted == False) & (Teacher.active == True)  # noqa: E712
    )
    if school_id:
        select = select.where(Teacher.school == school_id)
    return sorted(((t.id, t.name) for t in select), key=lambda t: pinyin.sort_key(t[1]))
