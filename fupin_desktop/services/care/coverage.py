"""The coverage of a school or the township (遍访全覆盖): students entitled to a pairing,
paired, visited, and the overdue obligations, counted by class and school in SQL aggregates
from the obligations of services/care/reminders.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.models import School
from fupin_desktop.i18n import tr
from fupin_desktop.schema.format import class_label
from fupin_desktop.services import audit
from fupin_desktop.services.care.common import (
    OPEN_END,
    UNATTENDED_SQL,
    rows,
)
from fupin_desktop.services.care.reminder_rules import active_rules, list_rules
from fupin_desktop.services.care.reminders import (
    ENTITLED_SQL,
    PROXY_KIND,
    Scope,
    in_list,
    obligation_sql,
    periods_for,
)
from fupin_desktop.services.context import Actor


@dataclass
class CoverageRow:
    school_id: str
    school_name: str
    grade: int | None
    class_name: str
    students: int = 0
    entitled: int = 0
    entitled_unpaired: int = 0
    paired: int = 0
    visited: int = 0
    home_visited: int = 0
    left_behind: int = 0
    left_behind_no_proxy: int = 0
    # 无人监护: left-behind children no one looks after, and how many of them were
    # visited in the period (services/care/register.py).
    unattended: int = 0
    unattended_visited: int = 0
    overdue: int = 0

    @property
    def class_label(self) -> str:
        if self.grade is None and not self.class_name:
            return ""
        return class_label(self.grade, self.class_name)

    @property
    def visited_share(self) -> float | None:
        return self.visited / self.paired if self.paired else None

    def add(self, other: CoverageRow) -> None:
        for key in COUNT_KEYS:
            setattr(self, key, getattr(self, key) + getattr(other, key))


COUNT_KEYS = (
    "students",
    "entitled",
    "entitled_unpaired",
    "paired",
    "visited",
    "home_visited",
    "left_behind",
    "left_behind_no_proxy",
    "unattended",
    "unattended_visited",
    "overdue",
)


@dataclass
class Coverage:
    start: dt.date
    end: dt.date
    as_of: dt.date
    rows: list[CoverageRow] = field(default_factory=list)
    schools: list[CoverageRow] = field(default_factory=list)
    total: CoverageRow = field(default_factory=lambda: CoverageRow("", "", None, ""))


def coverage_counts_sql(
    start: dt.date, end: dt.date, ref: dt.date, school_id: str | None
) -> tuple[str, list[Any]]:
    """Counts per school and class, but overdue: one aggregate over the students. Each
    set is an uncorrelated IN (…): SQLite builds it once, as an index, not per student."""
    school_where = " AND s.school_id = ?" if school_id else ""
    home, home_params = in_list(_home_methods())
    s_, e_, r_ = start.isoformat(), end.isoformat(), ref.isoformat()
    paired = (
        "s.id IN (SELECT student_id FROM pairing WHERE +deleted = 0"
        " AND start_date <= ? AND coalesce(end_date, ?) >= ?)"
    )
    paired_now = (
        "s.id IN (SELECT student_id FROM pairing WHERE +deleted = 0"
        " AND start_date <= ? AND coalesce(end_date, ?) >= ?)"
    )
    proxy_now = (
        "s.id IN (SELECT student_id FROM pairing WHERE +deleted = 0"
        " AND kind = ? AND start_date <= ? AND coalesce(end_date, ?) >= ?)"
    )
    visited = (
        "s.id IN (SELECT student_id FROM visit WHERE +deleted = 0 AND visit_date BETWEEN ? AND ?)"
    )
    home_visited = (
        "s.id IN (SELECT student_id FROM visit WHERE +deleted = 0"
        f" AND visit_date BETWEEN ? AND ? AND method IN {home})"
    )
    left_behind = (
        "s.id IN (SELECT student_id FROM status_history WHERE +deleted = 0"
        " AND kind = 'left_behind' AND value = 'true' AND start_date <= ?"
        " AND coalesce(end_date, ?) > ?)"
    )
    unattended = (
        "s.id IN (SELECT student_id FROM left_behind_profile lp WHERE +lp.deleted = 0"
        f" AND lp.start_date <= ? AND coalesce(lp.end_date, ?) > ? AND {UNATTENDED_SQL})"
    )
    seen = (
        "s.id IN (SELECT student_id FROM visit WHERE +deleted = 0 AND visit_date BETWEEN ? AND ?)"
    )
    sql = (
        "SELECT s.school_id, s.grade, s.class_name, count(*) AS students,"
        f" sum({ENTITLED_SQL}) AS entitled,"
        f" sum({ENTITLED_SQL} AND NOT {paired_now}) AS entitled_unpaired,"
        f" sum({paired}) AS paired,"
        f" sum({paired} AND {visited}) AS visited,"
        f" sum({paired} AND {home_visited}) AS home_visited,"
        f" sum({left_behind}) AS left_behind,"
        f" sum({left_behind} AND NOT {proxy_now}) AS left_behind_no_proxy,"
        f" sum({unattended}) AS unattended,"
        f" sum({unattended} AND {seen}) AS unattended_visited"
        " FROM student s WHERE +s.deleted = 0 AND s.enrolment = 'enrolled'"
        + school_where
        + " GROUP BY s.school_id, s.grade, s.class_name"
    )
    in_period = [e_, OPEN_END, s_]
    params: list[Any] = [
        r_, OPEN_END, r_,
        *in_period,
        *in_period, s_, e_,
        *in_period, s_, e_, *home_params,
        e_, OPEN_END, s_,
        r_, OPEN_END, r_, PROXY_KIND, r_, OPEN_END, r_,
        r_, OPEN_END, r_,
        r_, OPEN_END, r_, s_, e_,
    ]  # fmt: skip
    if school_id:
        params.append(school_id)
    return sql, params


def _home_methods() -> tuple[str, ...]:
    """What counts as visited at home: the home-visit rule's methods."""
    for rule in list_rules():
        if rule.record == "visit" and rule.period == "term" and rule.methods:
            return rule.methods
    return ("home_visit",)


def overdue_counts_sql(
    start: dt.date, end: dt.date, as_of: dt.date, school_id: str | None
) -> tuple[str, list[Any]]:
    """Unmet obligations whose days in force ended in [start, end] (and before as_of), as
    overdue_list counts them, per school and class: one UNION ALL of the rules, one
    GROUP BY."""
    parts: list[str] = []
    params: list[Any] = []
    scope = Scope(school_id=school_id)
    last = min(end, as_of - dt.timedelta(days=1))
    if last < start:
        return "", []
    for rule in active_rules():
        periods = periods_for(rule, start, last)
        if not periods:
            continue
        sql, rule_params = obligation_sql(rule, periods, scope)
        parts.append(f"SELECT student_id FROM ({sql}) WHERE done < required AND we BETWEEN ? AND ?")
        params += [*rule_params, start.isoformat(), last.isoformat()]
    if not parts:
        return "", []
    union = " UNION ALL ".join(parts)
    sql = (
        f"SELECT s.school_id, s.grade, s.class_name, count(*) AS overdue FROM ({union}) u"
        " JOIN student s ON s.id = u.student_id GROUP BY s.school_id, s.grade, s.class_name"
    )
    return sql, params


def coverage(
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    school_id: str | None = None,
    as_of: dt.date | None = None,
) -> Coverage:
    """The coverage table of [start, end], per school and class, with school subtotals
    and a total. "Now" counts (entitled without a pairing, left-behind without a proxy
    parent) are taken on the last day of the period, or `as_of` if that is earlier."""
    as_of = as_of or dt.date.today()
    ref = min(end, as_of)
    result = Coverage(start, end, as_of)
    names = {
        s.id: s.name
        for s in School.select(School.id, School.name).where(School.deleted == False)  # noqa: E712
    }
    by_key: dict[tuple[str, Any, str], CoverageRow] = {}
    sql, params = coverage_counts_sql(start, end, ref, school_id)
    for row in rows(sql, params):
        key = (row["school_id"], row["grade"], row["class_name"] or "")
        item = CoverageRow(row["school_id"], names.get(row["school_id"], ""), key[1], key[2])
        for count_key in COUNT_KEYS[:-1]:
            setattr(item, count_key, int(row[count_key] or 0))
        by_key[key] = item
    sql, params = overdue_counts_sql(start, end, as_of, school_id)
    if sql:
        for row in rows(sql, params):
            key = (row["school_id"], row["grade"], row["class_name"] or "")
            if key in by_key:
                by_key[key].overdue = int(row["overdue"])
    ordered = sorted(
        by_key.values(),
        key=lambda r: (r.school_name, r.grade if r.grade is not None else 99, r.class_name),
    )
    result.rows = ordered
    schools: dict[str, CoverageRow] = {}
    for item in ordered:
        school = schools.setdefault(
            item.school_id, CoverageRow(item.school_id, item.school_name, None, "")
        )
        school.add(item)
        result.total.add(item)
    result.schools = list(schools.values())
    result.total.school_name = tr("Total")
    audit.record(actor, "coverage", details=f"{start}..{end}")
    return result
