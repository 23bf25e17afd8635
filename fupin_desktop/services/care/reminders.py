"""What the reminder rules (services/care/reminder_rules.py) ask: what is due and what is
overdue, the arithmetic of issue 4, done in SQL; the coverage of a school (遍访全覆盖) counts
from it (services/care/coverage.py).

The rules of the arithmetic, in one place:

- Rules apply in school terms only (the one school calendar, services.calendar): a
  rule "a month" counts the days of the month that fall in a term, so the winter and
  summer holidays ask for nothing, and the first days of July are a period of their own.
- A pairing is in force from its start date to its end date, both included. Left-behind
  status (StatusHistory kind "left_behind", value "true") holds from its start date up to
  the day before its end date: the day a parent comes home, the child is no longer left
  behind.
- A rule's count is asked in proportion to the days of the period the obligation was in
  force, rounded half up: three talks a month become one for a pairing that ended on the
  10th; one home visit a term is still asked when the pairing held half the term or more.
- Paired rules (one-to-one and one-to-many pairings) count the visits of the pairing's
  own teacher; left-behind rules (a proxy parent's pairing, while the child is left
  behind) count the child's diary entries and family calls, whoever wrote them.
- A period is overdue when it has ended with fewer records than asked; a period that is
  still running is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fupin_desktop.i18n import tr
from fupin_desktop.schema.format import class_label
from fupin_desktop.schema.needs import pairing_sql
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.care.common import (
    OPEN_END,
    rows,
)
from fupin_desktop.services.care.reminder_rules import Rule, active_rules
from fupin_desktop.services.context import Actor
from fupin_desktop.terms import Calendar, Period

# Students entitled to a pairing: defined once, in the catalogue (schema/needs.py).
ENTITLED_SQL = pairing_sql("s")
PAIRED_KINDS = ("one_to_one", "one_to_many")
PROXY_KIND = "proxy_parent"
FOLLOW_UP = "follow_up"


# --- periods --------------------------------------------------------------------------


def calendar() -> Calendar:
    """The one school calendar, with the term dates the principal set."""
    return school_calendar()


# --- obligations in SQL ---------------------------------------------------------------


@dataclass
class Scope:
    """Which obligations: a teacher's, a school's, or the whole township's."""

    teacher_id: str | None = None
    school_id: str | None = None


def _values_cte(periods: Sequence[Period]) -> tuple[str, list[Any]]:
    marks = ", ".join("(?, ?, ?)" for _ in periods)
    params: list[Any] = []
    for p in periods:
        params += [p.start.isoformat(), p.end.isoformat(), p.days]
    return f"per(pstart, pend, pdays) AS (VALUES {marks})", params


def _scope_sql(scope: Scope) -> tuple[str, list[Any]]:
    sql, params = "", []
    if scope.teacher_id:
        sql += " AND p.teacher_id = ?"
        params.append(scope.teacher_id)
    if scope.school_id:
        sql += " AND s.school_id = ?"
        params.append(scope.school_id)
    return sql, params


def in_list(values: Sequence[str]) -> tuple[str, list[Any]]:
    return "(" + ", ".join("?" for _ in values) + ")", list(values)


def obligation_sql(rule: Rule, periods: Sequence[Period], scope: Scope) -> tuple[str, list[Any]]:
    """One row per pairing, period (and left-behind spell) the rule asks something of:
    pairing, teacher, student, period, window in force, required and done."""
    cte, params = _values_cte(periods)
    where, where_params = _scope_sql(scope)
    required = (
        "CAST((2 * ? * (julianday(we) - julianday(ws) + 1) + pdays) / (2 * pdays) AS INTEGER)"
    )
    if rule.applies_to == "paired":
        kinds, kind_params = in_list(PAIRED_KINDS)
        base = (
            "SELECT p.id AS pairing_id, p.teacher_id, p.student_id, per.pstart, per.pend,"
            " per.pdays, max(per.pstart, p.start_date) AS ws,"
            f" min(per.pend, coalesce(p.end_date, '{OPEN_END}')) AS we"
            " FROM pairing p JOIN per ON p.start_date <= per.pend"
            " AND coalesce(p.end_date, ?) >= per.pstart"
            " JOIN student s ON s.id = p.student_id"
            f" WHERE +p.deleted = 0 AND p.kind IN {kinds}"
            " AND +s.deleted = 0 AND s.enrolment = 'enrolled'" + where
        )
        base_params = [OPEN_END, *kind_params, *where_params]
    else:
        base = (
            "SELECT p.id AS pairing_id, p.teacher_id, p.student_id, per.pstart, per.pend,"
            " per.pdays, max(per.pstart, p.start_date, h.start_date) AS ws,"
            f" min(per.pend, coalesce(p.end_date, '{OPEN_END}'),"
            f" coalesce(date(h.end_date, '-1 day'), '{OPEN_END}')) AS we"
            " FROM pairing p JOIN per ON p.start_date <= per.pend"
            " AND coalesce(p.end_date, ?) >= per.pstart"
            " JOIN status_history h ON h.student_id = p.student_id"
            " AND h.kind = 'left_behind' AND h.value = 'true' AND +h.deleted = 0"
            " AND h.start_date <= per.pend AND coalesce(h.end_date, ?) > per.pstart"
            " JOIN student s ON s.id = p.student_id"
            " WHERE +p.deleted = 0 AND p.kind = ?"
            " AND +s.deleted = 0 AND s.enrolment = 'enrolled'" + where
        )
        base_params = [OPEN_END, OPEN_END, PROXY_KIND, *where_params]
    if rule.record == "visit":
        done = (
            "SELECT count(*) FROM visit v WHERE v.student_id = o.student_id"
            " AND +v.teacher_id = o.teacher_id AND +v.deleted = 0"
            " AND v.visit_date BETWEEN o.ws AND o.we"
        )
        done_params: list[Any] = []
        if rule.methods:
            methods, done_params = in_list(rule.methods)
            done += f" AND v.method IN {methods}"
    elif rule.record == "diary_entry":
        done = (
            "SELECT count(*) FROM diary_entry d WHERE d.student_id = o.student_id"
            " AND +d.deleted = 0 AND d.entry_date BETWEEN o.ws AND o.we"
        )
        done_params = []
    else:
        done = (
            "SELECT count(*) FROM family_call c WHERE c.student_id = o.student_id"
            " AND +c.deleted = 0 AND c.call_date BETWEEN o.ws AND o.we"
        )
        done_params = []
    sql = (
        f"WITH {cte}, o AS ({base}) SELECT o.pairing_id, o.teacher_id, o.student_id,"
        f" o.pstart, o.pend, o.ws, o.we, {required} AS required, ({done}) AS done"
        " FROM o WHERE o.ws <= o.we"
    )
    return sql, [*params, *base_params, rule.min_count, *done_params]


def periods_for(rule: Rule, start: dt.date, end: dt.date) -> list[Period]:
    return calendar().periods_between(rule.period, start, end)


# --- due and overdue -----------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    status: str  # due / overdue
    rule_code: str
    title: str
    teacher_id: str
    teacher_name: str
    student_id: str
    student_name: str
    class_label: str
    period_start: dt.date
    period_end: dt.date
    required: int
    done: int

    @property
    def missing(self) -> int:
        return max(0, self.required - self.done)

    @property
    def due_date(self) -> dt.date:
        return self.period_end


def _items(
    rule: Rule, periods: Sequence[Period], scope: Scope, status: str, window: str
) -> list[DueItem]:
    """Unmet obligations; `window` is a condition on the end of the days in force (we):
    an obligation whose pairing or status ended before today can no longer be met."""
    if not periods:
        return []
    sql, params = obligation_sql(rule, periods, scope)
    full = (
        f"SELECT x.*, t.name AS teacher_name, s.name AS student_name, s.grade, s.class_name"
        f" FROM ({sql}) x JOIN teacher t ON t.id = x.teacher_id"
        f" JOIN student s ON s.id = x.student_id WHERE x.done < x.required AND {window}"
    )
    found = []
    for row in rows(full, params):
        found.append(
            DueItem(
                status,
                rule.code,
                rule.title,
                row["teacher_id"],
                row["teacher_name"],
                row["student_id"],
                row["student_name"],
                class_label(row["grade"], row["class_name"]),
                dt.date.fromisoformat(row["pstart"]),
                dt.date.fromisoformat(row["pend"]),
                row["required"],
                row["done"],
            )
        )
    return found


def due_list(actor: Actor, scope: Scope, as_of: dt.date) -> list[DueItem]:
    """What is still asked in the periods running on `as_of`, and visits' follow-ups that
    fall within the next seven days; soonest first."""
    found: list[DueItem] = []
    day = as_of.isoformat()
    for rule in active_rules():
        running = [p for p in periods_for(rule, as_of, as_of) if p.start <= as_of <= p.end]
        found += _items(rule, running, scope, "due", f"x.we >= '{day}'")
    week = as_of + dt.timedelta(days=7)
    found += follow_ups(scope, low=as_of, high=week, as_of=as_of, status="due")
    return sorted(found, key=lambda i: (i.due_date, i.student_name, i.rule_code))


def overdue_list(
    actor: Actor, scope: Scope, as_of: dt.date, since: dt.date | None = None
) -> list[DueItem]:
    """Obligations whose days in force ended between `since` (default: the start of the
    school year) and `as_of` with fewer records than asked: a period that ended, or a
    pairing or left-behind spell that ended within a running period. And follow-ups
    whose date has passed."""
    since = since or calendar().school_year_start(as_of)
    found: list[DueItem] = []
    window = f"x.we < '{as_of.isoformat()}' AND x.we >= '{since.isoformat()}'"
    for rule in active_rules():
        periods = [p for p in periods_for(rule, since, as_of) if p.start < as_of]
        found += _items(rule, periods, scope, "overdue", window)
    yesterday = as_of - dt.timedelta(days=1)
    found += follow_ups(scope, low=since, high=yesterday, as_of=as_of, status="overdue")
    return sorted(found, key=lambda i: (i.due_date, i.student_name, i.rule_code))


def follow_ups(
    scope: Scope, *, low: dt.date, high: dt.date, as_of: dt.date, status: str
) -> list[DueItem]:
    """Follow-up dates in [low, high] of visits that no later visit of the same teacher
    and student has answered, while the teacher is still paired with the student."""
    sql = (
        "SELECT v.teacher_id, v.student_id, t.name AS teacher_name, s.name AS student_name,"
        " s.grade, s.class_name, v.next_follow_up FROM visit v"
        " JOIN student s ON s.id = v.student_id JOIN teacher t ON t.id = v.teacher_id"
        " WHERE +v.deleted = 0 AND v.next_follow_up BETWEEN ? AND ? AND +s.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM visit w WHERE w.student_id = v.student_id"
        " AND w.teacher_id = v.teacher_id AND +w.deleted = 0 AND w.visit_date > v.visit_date)"
        " AND EXISTS (SELECT 1 FROM pairing p WHERE p.teacher_id = v.teacher_id"
        " AND p.student_id = v.student_id AND +p.deleted = 0 AND coalesce(p.end_date, ?) >= ?)"
    )
    params: list[Any] = [low.isoformat(), high.isoformat(), OPEN_END, as_of.isoformat()]
    if scope.teacher_id:
        sql += " AND v.teacher_id = ?"
        params.append(scope.teacher_id)
    if scope.school_id:
        sql += " AND s.school_id = ?"
        params.append(scope.school_id)
    found = []
    for row in rows(sql, params):
        day = dt.date.fromisoformat(row["next_follow_up"])
        found.append(
            DueItem(
                status,
                FOLLOW_UP,
                tr("Follow-up"),
                row["teacher_id"],
                row["teacher_name"],
                row["student_id"],
                row["student_name"],
                class_label(row["grade"], row["class_name"]),
                day,
                day,
                1,
                0,
            )
        )
    return found
