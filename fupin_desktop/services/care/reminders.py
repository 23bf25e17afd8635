"""Reminder rules, and from them what is due, what is overdue, and the coverage of a
school (遍访全覆盖): the arithmetic of issue 4, done in SQL aggregates.

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
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import ReminderRule, School
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.care import REMINDER_RULE
from fupin_desktop.schema.format import class_label
from fupin_desktop.schema.needs import pairing_sql
from fupin_desktop.services import audit, installation
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.care.common import (
    OPEN_END,
    UNATTENDED_SQL,
    clean_or_raise,
    require_manager,
    rows,
)
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.terms import Calendar, Period

# Students entitled to a pairing: defined once, in the catalogue (schema/needs.py).
ENTITLED_SQL = pairing_sql("s")
PAIRED_KINDS = ("one_to_one", "one_to_many")
PROXY_KIND = "proxy_parent"
FOLLOW_UP = "follow_up"
# The namespace of the default rules' fixed ids (the same rule on every installation).
_RULE_NAMESPACE = uuid.UUID("3f0c4c2e-5d3a-4a8e-9a57-6f1b2c0d4e11")


@dataclass(frozen=True)
class Rule:
    code: str
    applies_to: str  # paired / left_behind
    record: str  # visit / diary_entry / family_call
    methods: tuple[str, ...]  # visit methods counted; empty: any
    period: str  # month / term
    min_count: int
    active: bool = True
    note: str = ""
    id: str = ""

    @property
    def title(self) -> str:
        return rule_title(self)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("paired_talk", "paired", "visit", ("talk",), "month", 3),
    Rule("paired_home_visit", "paired", "visit", ("home_visit",), "term", 1),
    Rule("left_behind_call", "left_behind", "family_call", (), "month", 1),
    Rule("left_behind_diary", "left_behind", "diary_entry", (), "month", 1),
)

_TITLES = {
    ("visit", ("talk",)): N_("Talks"),
    ("visit", ("home_visit",)): N_("Home visits"),
    ("visit", ("home_visit", "home_teaching")): N_("Home visits"),
    ("visit", ("talk", "phone", "video")): N_("Talks and calls"),
    ("visit", ()): N_("Visits"),
    ("family_call", ()): N_("Family calls"),
    ("diary_entry", ()): N_("Growth diary"),
}


def rule_title(rule: Rule) -> str:
    key = (rule.record, rule.methods if rule.record == "visit" else ())
    return tr(_TITLES.get(key, N_("Visits")))


def default_rule_id(code: str) -> str:
    return str(uuid.uuid5(_RULE_NAMESPACE, code))


# --- periods --------------------------------------------------------------------------


def calendar() -> Calendar:
    """The one school calendar, with the term dates the principal set."""
    return school_calendar()


# --- the rules as data ----------------------------------------------------------------


def _rule_from_row(row: ReminderRule) -> Rule:
    methods = tuple(m for m in (row.methods or "").split(",") if m)
    return Rule(
        row.code,
        row.applies_to,
        row.record,
        methods,
        row.period,
        row.min_count,
        bool(row.active),
        row.note,
        row.id,
    )


def list_rules() -> list[Rule]:
    """The rules in force: those stored, or the defaults while none are."""
    stored = list(
        ReminderRule.select()
        .where(ReminderRule.deleted == False)  # noqa: E712
        .order_by(ReminderRule.applies_to.desc(), ReminderRule.code)
    )
    if not stored:
        return [replace(r, id=default_rule_id(r.code)) for r in DEFAULT_RULES]
    return [_rule_from_row(r) for r in stored]


def active_rules() -> list[Rule]:
    return [r for r in list_rules() if r.active and r.min_count > 0]


def rule_values(rule: Rule) -> dict[str, Any]:
    """A rule as its catalogue's values (the editor's rows)."""
    return {
        "applies_to": rule.applies_to,
        "record": rule.record,
        "methods": ",".join(rule.methods),
        "period": rule.period,
        "min_count": rule.min_count,
        "active": rule.active,
    }


def save_rules(actor: Actor, rules_in: Iterable[tuple[str, dict[str, Any]]]) -> Result[None]:
    """Store the whole set of rules: (code, values) pairs; a new rule gets a code of its
    own by passing "". Rules left out are tombstoned. Managers of the township only:
    the rules are reference data (installation.require_reference_editor)."""
    require_manager(actor)
    installation.require_reference_editor()
    changes = Changes()
    with database.atomic():
        existing = {r.code: r for r in ReminderRule.select()}
        keep: set[str] = set()
        for code, raw in rules_in:
            values = clean_or_raise(REMINDER_RULE, raw)
            if values["record"] != "visit":
                values["methods"] = ""
            code = code or f"rule_{uuid.uuid4().hex[:8]}"
            row = existing.get(code)
            if row is None:
                row = ReminderRule(id=default_rule_id(code), code=code)
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted = False
            row.save()
            keep.add(code)
            changes.touch("reminder_rule", row.id)
        for code, row in existing.items():
            if code not in keep and not row.deleted:
                row.tombstone()
                changes.touch("reminder_rule", row.id)
        audit.record(actor, "update", "reminder_rule", details=",".join(sorted(keep)))
    return Result(None, changes)


def reset_rules(actor: Actor) -> Result[None]:
    return save_rules(actor, [(r.code, rule_values(r)) for r in DEFAULT_RULES])


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


def _in_list(values: Sequence[str]) -> tuple[str, list[Any]]:
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
        kinds, kind_params = _in_list(PAIRED_KINDS)
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
            methods, done_params = _in_list(rule.methods)
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


def _periods_for(rule: Rule, start: dt.date, end: dt.date) -> list[Period]:
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


def _class_label(grade: Any, class_name: str | None) -> str:
    return class_label(grade, class_name)


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
                _class_label(row["grade"], row["class_name"]),
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
        running = [p for p in _periods_for(rule, as_of, as_of) if p.start <= as_of <= p.end]
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
        periods = [p for p in _periods_for(rule, since, as_of) if p.start < as_of]
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
                _class_label(row["grade"], row["class_name"]),
                day,
                day,
                1,
                0,
            )
        )
    return found


# --- coverage -------------------------------------------------------------------------


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
        return _class_label(self.grade, self.class_name)

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
    home, home_params = _in_list(_home_methods())
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
        periods = _periods_for(rule, start, last)
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
