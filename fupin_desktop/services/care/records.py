"""Finding, correcting and deleting care records: visits (帮扶记录), growth-diary entries
(成长日记) and family calls (亲情电话) in one list.

The list is one UNION ALL query, filtered, ordered and paged in SQL. Restricted text (the
diary's "what happened") is shown only to who may read it (care.may_read_restricted).
Correcting goes through the save functions of visits and care (they take the record's
id); deleting is a tombstone that travels.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop import pinyin
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema import choices as c
from fupin_desktop.schema.care import DIARY_CATEGORY
from fupin_desktop.schema.format import class_label
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.scope import student_sql
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import visits
from fupin_desktop.services.care.common import as_date, rows
from fupin_desktop.services.context import Actor, Result

KINDS = ("visit", "diary_entry", "family_call")
KIND_TITLES = {
    "visit": N_("Visit"),
    "diary_entry": N_("Diary"),
    "family_call": N_("Family call"),
}
SUMMARY_CHARS = 80

# Every record as (kind, id, day, student, teacher, a, b, c, d, created_at); "+x.deleted"
# as in care_common: keep the planner off the index on `deleted`.
_UNION = (
    "SELECT 'visit' AS kind, v.id, v.visit_date AS day, v.student_id, v.teacher_id,"
    " v.method AS a, v.child_state AS b, v.measures AS c, v.outcome AS d, v.created_at"
    " FROM visit v WHERE +v.deleted = 0"
    " UNION ALL SELECT 'diary_entry', d.id, d.entry_date, d.student_id, d.teacher_id,"
    " d.category, d.mood, d.what_happened, d.what_done, d.created_at"
    " FROM diary_entry d WHERE +d.deleted = 0"
    " UNION ALL SELECT 'family_call', f.id, f.call_date, f.student_id, f.teacher_id,"
    " f.who_spoke, f.minutes, f.notes, '', f.created_at"
    " FROM family_call f WHERE +f.deleted = 0"
)


@dataclass
class RecordQuery:
    kind: str | None = None  # visit / diary_entry / family_call; None: all three
    teacher_id: str | None = None
    student_id: str | None = None
    search: str = ""  # the child's name, or pinyin ("zs", "zhangsan")
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    school_id: str | None = None


@dataclass(frozen=True)
class CareRecord:
    kind: str
    id: str
    day: dt.date
    student_id: str
    student_name: str
    class_label: str
    teacher_id: str | None
    teacher_name: str
    summary: str


def _where(query: RecordQuery, actor: Actor) -> tuple[str, list[Any]]:
    sql = " WHERE +s.deleted = 0"
    params: list[Any] = []
    # Only the children the role matrix lets this person list (a teacher: paired ones).
    visible, params = student_sql(actor, "s.id")
    sql += visible
    if query.kind:
        if query.kind not in KINDS:
            raise ValueError(query.kind)
        sql += " AND r.kind = ?"
        params.append(query.kind)
    for column, value in (
        ("r.teacher_id", query.teacher_id),
        ("r.student_id", query.student_id),
        ("s.school_id", query.school_id),
    ):
        if value:
            sql += f" AND {column} = ?"
            params.append(value)
    if query.date_from:
        sql += " AND r.day >= ?"
        params.append(query.date_from.isoformat())
    if query.date_to:
        sql += " AND r.day <= ?"
        params.append(query.date_to.isoformat())
    found, found_params = pinyin.search_sql(query.search)
    if found:
        sql += " AND " + found
        params += found_params
    return sql, params


def count_records(actor: Actor, query: RecordQuery) -> int:
    where, params = _where(query, actor)
    sql = f"SELECT count(*) AS n FROM ({_UNION}) r JOIN student s ON s.id = r.student_id{where}"
    return int(rows(sql, params)[0]["n"])


def list_records(
    actor: Actor, query: RecordQuery, *, offset: int = 0, limit: int = 200
) -> list[CareRecord]:
    """One page of records, newest first."""
    where, params = _where(query, actor)
    sql = (
        "SELECT r.*, s.name AS student_name, s.grade, s.class_name,"
        f" coalesce(t.name, '') AS teacher_name FROM ({_UNION}) r"
        " JOIN student s ON s.id = r.student_id LEFT JOIN teacher t ON t.id = r.teacher_id"
        f"{where} ORDER BY r.day DESC, r.created_at DESC, r.id LIMIT ? OFFSET ?"
    )
    found = rows(sql, [*params, limit, offset])
    readable: dict[str, bool] = {}
    result = []
    for r in found:
        student_id = r["student_id"]
        if student_id not in readable:
            readable[student_id] = care.may_read_restricted(actor, student_id)
        day = as_date(r["day"])
        assert day is not None
        label = class_label(r["grade"], r["class_name"])
        result.append(
            CareRecord(
                r["kind"],
                r["id"],
                day,
                student_id,
                r["student_name"],
                label,
                r["teacher_id"],
                r["teacher_name"],
                _summary(r, readable[student_id]),
            )
        )
    action = care.read_action(any(readable.values()))
    audit.record(actor, action, "care_records", "", f"{len(result)} rows")
    return result


def _summary(r: dict[str, Any], readable: bool) -> str:
    kind = r["kind"]
    if kind == "visit":
        parts = [c.VISIT_METHOD.label(r["a"]), r["b"], r["c"], r["d"]]
    elif kind == "diary_entry":
        happened = r["c"] if readable else tr(care.RESTRICTED)
        parts = [DIARY_CATEGORY.label(r["a"]), happened, r["d"]]
    else:
        call = tr("{who}, {minutes} min").format(who=r["a"] or "", minutes=r["b"] or 0)
        parts = [call, r["c"]]
    cleaned = (" ".join(str(p).split()).rstrip("。；;. ") for p in parts if p)
    text = "；".join(p for p in cleaned if p)
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def tombstone(actor: Actor, kind: str, record_id: str) -> Result[None]:
    """Delete a record the way travelling records are deleted; only its teacher or a
    manager may."""
    if kind == "visit":
        return visits.tombstone(actor, record_id)
    if kind in ("diary_entry", "family_call"):
        return care.tombstone_record(actor, kind, record_id)
    raise ValueError(kind)
