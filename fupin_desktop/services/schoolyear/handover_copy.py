"""A handed-over child's file as records (docs/architecture.md, "The school year"): the
township copies the sending school's records of the child into handover items for the
receiving school (`snapshot`), and the receiving school makes its own records from them
when it accepts (`materialise`). Who may do either is decided in handover.py and
relay.py; this module only copies.

The receiving school's records are new records of its own (ids derived from the handover
and the record they copy, so the same acceptance made twice makes the same records): the
sending school keeps its file and its history, and a child is counted by the one file
that is enrolled. Pairings, visits, diary entries and family calls name the sending
school's teachers: they stay handover items, read with the file (`earlier_records`),
never records of the receiving school's own care.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db import bulk
from fupin_desktop.db import models as m
from fupin_desktop.db.base import database, json_text, utcnow
from fupin_desktop.schema import activities as act
from fupin_desktop.schema import care
from fupin_desktop.schema import catalogues as cat
from fupin_desktop.schema.fields import Catalogue

# Records the receiving school makes its own when it accepts, and records it only reads.
MADE_HERE = (
    "family_member",
    "guardian",
    "status_history",
    "assessment",
    "left_behind_profile",
    "growth_measurement",
)
READ_ONLY = ("pairing", "visit", "diary_entry", "family_call")
KINDS = ("student", *MADE_HERE, *READ_ONLY)
MODELS: dict[str, type[m.Travelling]] = {
    model._meta.table_name: model
    for model in (
        m.Student, m.FamilyMember, m.Guardian, m.StatusHistory, m.Assessment,
        m.LeftBehindProfile, m.GrowthMeasurement, m.Pairing, m.Visit, m.DiaryEntry,
        m.FamilyCall,
    )
}  # fmt: skip
# The catalogue whose stays_at_school fields go apart (schema.fields.Field).
CATALOGUES: dict[str, Catalogue] = {
    "student": cat.STUDENT,
    "family_member": cat.FAMILY_MEMBER,
    "guardian": cat.GUARDIAN,
    "left_behind_profile": care.LEFT_BEHIND_PROFILE,
    "growth_measurement": act.GROWTH_MEASUREMENT,
    "pairing": care.PAIRING,
    "visit": care.VISIT,
    "diary_entry": care.DIARY_ENTRY,
    "family_call": care.FAMILY_CALL,
}
# The date a record is read by.
DAY = {
    "status_history": "start_date",
    "assessment": "assessed_on",
    "left_behind_profile": "start_date",
    "growth_measurement": "measured_on",
    "pairing": "start_date",
    "visit": "visit_date",
    "diary_entry": "entry_date",
    "family_call": "call_date",
}
# Columns that are the record's own bookkeeping or its links: never copied.
_NOT_COPIED = {
    "id", "created_at", "updated_at", "deleted", "version", "stamps", "school_id",
    "student_id", "teacher_id", "pairing_id",
}  # fmt: skip
_NAMESPACE = uuid.UUID("6f1d3c1e-2b53-4c53-9a55-0d8c1f1a7e11")


def derived_id(*parts: str) -> str:
    """The same id for the same parts on every installation."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def school_text_keys(kind: str) -> list[str]:
    catalogue = CATALOGUES.get(kind)
    return [f.key for f in catalogue if f.stays_at_school] if catalogue else []


@dataclass(frozen=True)
class Item:
    kind: str
    source_id: str
    day: str | None  # stored form
    teacher_name: str
    content: dict[str, Any]
    school_text: str  # JSON text of the stays-at-school fields, "" when none hold text


def _rows(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def snapshot(student_id: str) -> list[Item]:
    """The child's file as the ledger holds it: the file, then each kind of record."""
    teachers = {
        row[0]: row[1] for row in database.execute_sql('SELECT "id", "name" FROM "teacher"')
    }
    items: list[Item] = []
    for kind in KINDS:
        if kind == "student":
            rows = _rows('SELECT * FROM "student" WHERE "id" = ?', [student_id])
        else:
            rows = _rows(
                f'SELECT * FROM "{kind}" WHERE "student_id" = ? AND "deleted" = 0 ORDER BY rowid',
                [student_id],
            )
        apart = school_text_keys(kind)
        for row in rows:
            text = {k: row[k] for k in apart if k in row}
            content = {k: v for k, v in row.items() if k not in _NOT_COPIED and k not in text}
            items.append(
                Item(
                    kind,
                    row["id"],
                    row.get(DAY.get(kind, ""), None),
                    teachers.get(row.get("teacher_id") or "", "")[:40],
                    content,
                    json_text(text) if any(text.values()) else "",
                )
            )
    return items


# -- the receiving school ------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """Where the child goes on at the receiving school."""

    school_id: str
    stage: str
    grade: int | None
    class_name: str
    day: dt.date  # the day the child left the sending school


def _columns(model: type[pw.Model]) -> set[str]:
    return {f.column_name for f in model._meta.sorted_fields}


def _record(model: type[pw.Model], item: m.HandoverItem) -> dict[str, Any]:
    """The item's values as a row of `model` here (columns this ledger lacks left out)."""
    values = dict(item.content or {})
    if item.school_text:
        values.update(json.loads(item.school_text))
    wanted = _columns(model) - _NOT_COPIED
    return {k: v for k, v in values.items() if k in wanted}


def materialise(handover: m.Handover, place: Place, existing: str | None) -> tuple[str, set[str]]:
    """Make the child's records here from the handover's items: a new file, or, when
    this school already has a file with the child's ID number (`existing`), that file
    with the assessments of the school years it lacks. Returns the file's id and the
    tables written. The caller holds the transaction."""
    items = list(
        m.HandoverItem.select()
        .where((m.HandoverItem.handover == handover) & (m.HandoverItem.deleted == False))  # noqa: E712
        .order_by(m.HandoverItem.day, m.HandoverItem.id)
    )
    now = utcnow()
    touched: set[str] = set()
    if existing is None:
        student_id = derived_id(handover.id, "student")
        source = next((i for i in items if i.kind == "student"), None)
        row = _record(m.Student, source) if source is not None else {}
        row.update(
            id=student_id,
            school_id=place.school_id,
            stage=place.stage,
            grade=place.grade,
            class_name=place.class_name,
            enrolment="enrolled",
        )
        rows = bulk.Rows(m.Student)
        rows.add(row)
        rows.flush(now)
        kinds = MADE_HERE
        touched.add("student")
    else:
        student_id = existing
        kinds = ("assessment",)
    have_years = {
        a.school_year
        for a in m.Assessment.select(m.Assessment.school_year).where(
            (m.Assessment.student == student_id) & (m.Assessment.deleted == False)  # noqa: E712
        )
    }
    for kind in kinds:
        model = MODELS[kind]
        rows = bulk.Rows(model)
        for item in items:
            if item.kind != kind or _left_with_the_move(item, place.day):
                continue
            row = _record(model, item)
            if kind == "assessment" and row.get("school_year") in have_years:
                continue
            row.update(id=derived_id(handover.id, kind, item.source_id), student_id=student_id)
            rows.add(row)
        if rows.rows:
            rows.flush(now)
            touched.add(kind)
    return student_id, touched


def _left_with_the_move(item: m.HandoverItem, day: dt.date) -> bool:
    """The sending school's entry that says the child left (enrolment graduated or
    transferred from that day): the receiving school's enrolment replaces it."""
    if item.kind != "status_history" or (item.content or {}).get("kind") != "enrolment":
        return False
    start = (item.content or {}).get("start_date") or ""
    return str(start) >= day.isoformat()
