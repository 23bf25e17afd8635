"""The values in force on a day (docs/architecture.md, "Aid over time"): stage, grade,
boarding, enrolment, poverty status and every category flag, read from the dated
history (StatusHistory) for many students at once, in one query.

The rule: the entry whose days hold the day (start_date <= day < end_date, or no end;
of entries that overlap, the latest); a day before a file's first entry takes that first
entry (the state the file was made in: files are often entered after the term began),
and a day in a gap the next entry; a value with no entry at all is the file's current
value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.schema.catalogues import STUDENT_CATEGORY_KEYS
from fupin_desktop.schema.needs import NEEDY_FLAGS

# What decides aid, dated.
DECIDING = (
    "enrolment",
    "poverty_status",
    "stage",
    "grade",
    "boarder",
    *dict.fromkeys(NEEDY_FLAGS),
)
_FLAGS = {*STUDENT_CATEGORY_KEYS, "boarder"}
AID_UNTIL = "aid_until"  # the dated end of a status that keeps aid to the stage's end


def _typed(kind: str, value: str) -> Any:
    if kind in _FLAGS:
        return value == "true"
    if kind == "grade":
        return int(value) if value not in ("", "None") else None
    return value


def values_on(day: dt.date, school_id: str | None = None) -> dict[str, dict[str, Any]]:
    """student id -> {kind: value in force on `day`, "aid_until": date or None}, for the
    live students of `school_id` (every student when None: then deleted students may be
    there too, which no caller asks for); only the kinds that have history are present.

    One read of the history: the live entries of the deciding kinds that hold the day or
    start after it. Of those that hold the day, the latest (start, then made) wins; a
    value none holds takes the first entry after the day (by start, then made)."""
    day_text = day.isoformat()
    kinds = ", ".join(f"'{k}'" for k in DECIDING)
    # `later` is None for an entry that holds the day, else the order of a later one.
    # "+" keeps the kind out of index seeks: SQLite 3.40 seeking an IN list and a range
    # on the next column of one index (student_id, kind, start_date) returns entries
    # outside the range. The whole ledger is one pass over the table, in file order (no
    # index, no sort: 2.5 s against 5.9 s for two indexed queries at 50,000 students);
    # one school goes from the school's index to each child's entries.
    columns = (
        "h.student_id, h.kind, h.value, h.aid_until,"
        " CASE WHEN h.start_date <= ? THEN NULL ELSE h.start_date || ' ' || h.created_at END"
    )
    wanted = (
        f"+h.deleted = 0 AND +h.kind IN ({kinds})"
        " AND (h.start_date > ? OR h.end_date IS NULL OR h.end_date > ?)"
    )
    if school_id:
        sql = (
            f"SELECT {columns} FROM student s JOIN status_history h ON h.student_id = s.id"
            f" WHERE s.deleted = 0 AND s.school_id = ? AND {wanted}"
        )
        params: tuple[Any, ...] = (day_text, school_id, day_text, day_text)
    else:
        sql = f"SELECT {columns} FROM status_history h WHERE {wanted}"
        params = (day_text, day_text, day_text)
    found: dict[str, dict[str, Any]] = {}
    later: dict[tuple[str, str], tuple[str, str, Any]] = {}
    clashes: set[tuple[str, str]] = set()
    flags, statuses = _FLAGS, "poverty_status"
    last: str | None = None
    held: dict[str, Any] = {}
    for student_id, kind, value, until, order in database.execute_sql(sql, params):
        if order is not None:
            best = later.get((student_id, kind))
            if best is None or order < best[0]:
                later[(student_id, kind)] = (order, value, until)
            continue
        if student_id != last:  # a child's entries mostly come one after another
            last, held = student_id, found.setdefault(student_id, {})
        if kind in held:
            clashes.add((student_id, kind))
        if kind in flags:  # the most of them: inline (50,000 students, 14 values each)
            held[kind] = value == "true"
        elif kind == statuses:
            _put(held, kind, value, until)
        else:
            held[kind] = _typed(kind, value)
    for student_id, kind in clashes:  # entries that overlap on the day: rare
        _put(found[student_id], kind, *_latest_holding(student_id, kind, day_text))
    for (student_id, kind), (_, value, until) in later.items():
        held = found.setdefault(student_id, {})
        if kind not in held:
            _put(held, kind, value, until)
    return found


def _latest_holding(student_id: str, kind: str, day_text: str) -> tuple[str, Any]:
    """(value, aid_until) of the latest of the entries of a kind that hold the day."""
    row = database.execute_sql(
        "SELECT value, aid_until FROM status_history WHERE student_id = ? AND kind = ?"
        " AND deleted = 0 AND start_date <= ? AND (end_date IS NULL OR end_date > ?)"
        " ORDER BY start_date DESC, created_at DESC LIMIT 1",
        (student_id, kind, day_text, day_text),
    ).fetchone()
    return row[0], row[1]


def _put(held: dict[str, Any], kind: str, value: str, until: Any) -> None:
    held[kind] = _typed(kind, value)
    if kind == "poverty_status":
        held[AID_UNTIL] = dt.date.fromisoformat(str(until)) if until else None
