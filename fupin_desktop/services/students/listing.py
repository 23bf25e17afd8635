"""The student list: the query a screen or a batch asks (StudentQuery), filtered by the
actor's scope and sorted in SQL, returned as ids, a count or masked rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School, Student
from fupin_desktop.schema.catalogues import (
    STUDENT,
)
from fupin_desktop.schema.format import mask_card_number, mask_id_number
from fupin_desktop.services.accounts import scope
from fupin_desktop.services.accounts.roles import Do, allows, require
from fupin_desktop.services.aid.access import may_see_card
from fupin_desktop.services.context import Actor
from fupin_desktop.validation import compact

# Dated values held as "true"/"false".


# Columns a list can sort by: catalogue keys, plus the school's name.
SORT_KEYS = {f.key for f in STUDENT.fields} | {"school"}


@dataclass
class StudentQuery:
    search: str = ""
    school_id: str | None = None
    # catalogue key -> wanted value (choice code, int, or True for flags)
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str = "name"
    descending: bool = False


def _where(query: StudentQuery, actor: Actor) -> pw.Expression:
    cond = Student.deleted == False  # noqa: E712
    visible = scope.student_condition(actor)
    if visible is not None:
        cond &= visible
    if query.school_id:
        cond &= Student.school == query.school_id
    for key, value in query.filters.items():
        if key not in STUDENT.keys() or value in (None, ""):
            continue
        cond &= getattr(Student, key) == value
    text = compact(query.search).lower()
    if text:
        like = f"%{text}%"
        if re.fullmatch(r"[a-z]+", text):
            # Pinyin: initials from the start ("zs"), or the full spelling anywhere.
            cond &= (Student.name_initials.startswith(text)) | (Student.name_pinyin.contains(text))
        elif re.fullmatch(r"[0-9x]+", text):
            upper = text.upper()
            if allows(actor, Do.REVEAL_ID):
                cond &= (Student.id_number.contains(upper)) | (Student.student_no.contains(upper))
            else:
                # Digits find whole numbers only: a masked ID is not rebuilt by searching
                # its digits one guess at a time (docs/architecture.md, People and privacy).
                cond &= (Student.id_number == upper) | (Student.student_no == upper)
        else:
            cond &= (Student.name**like) | (Student.student_no ** like.upper())
    return cond


def _order(query: StudentQuery) -> list[pw.Ordering]:
    key = query.sort if query.sort in SORT_KEYS else "name"
    column = School.name if key == "school" else getattr(Student, key)
    if key == "name":
        column = Student.name_pinyin
    first = column.desc() if query.descending else column.asc()
    return [first, Student.name_pinyin.asc(), Student.id.asc()]


def list_ids(actor: Actor, query: StudentQuery) -> list[str]:
    """The ids of the students the list shows, in order. Rows are fetched by id as the
    view scrolls (fetch_rows), so 50,000 students cost one narrow query."""
    select = Student.select(Student.id)
    if query.sort == "school":
        select = select.join(School)
    sql, params = select.where(_where(query, actor)).order_by(*_order(query)).sql()
    # A plain cursor: building 50,000 peewee row tuples costs more than the query.
    return [row[0] for row in database.execute_sql(sql, params)]


def count(actor: Actor, query: StudentQuery) -> int:
    return Student.select().where(_where(query, actor)).count()


def fetch_rows(
    actor: Actor, ids: list[str], *, full_ids: bool = False
) -> dict[str, dict[str, Any]]:
    """The list's rows for these ids (those the actor may list): catalogue values plus
    the school name. ID numbers are masked for everyone on screen; `full_ids` (a printed
    form or an export, audited by its caller) only for roles that may write them."""
    if not ids:
        return {}
    if full_ids:
        require(actor, Do.FULL_ID_FILES)
    visible = scope.student_condition(actor)
    rows: dict[str, dict[str, Any]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        where = Student.id.in_(chunk)
        if visible is not None:
            where &= visible
        select = (
            Student.select(Student, School.name.alias("school_name"))
            .join(School)
            .where(where)
            .dicts()
        )
        for row in select:
            if not full_ids:
                _mask_row(row)
            if not may_see_card(actor):
                row["card_number"] = mask_card_number(row["card_number"] or "")
            rows[row["id"]] = row
    return rows


def _mask_row(row: dict[str, Any]) -> None:
    """The student number is often "G" + the ID number: mask it too, or it leaks."""
    number = row["id_number"]
    if number and number in (row.get("student_no") or ""):
        row["student_no"] = row["student_no"].replace(number, mask_id_number(number))
    row["id_number"] = mask_id_number(number)
