"""Coverage view and overdue list at township scale (about 500,000 visit, diary and call
rows), beside the same numbers computed by one hand-written SQL query in plain sqlite3.

    python -m benchmarks.bench_coverage [--students 42000] [--schools 9]

(county-sized: --students 50000 --schools 40, the ledger of bench_startup)

The plain queries are written here on their own (the default rules spelled out), and
the benchmark checks that they give the same numbers as the services before timing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3

from benchmarks.common import demo_ledger, print_table, timed
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.services.care import coverage, coverage_summary, reminders
from fupin_desktop.services.care.reminders import Scope
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.terms import DEFAULT, Period

# The pairing rule of schema/needs.py (issue 10's categories and statuses), spelled out.
ENTITLED = (
    "(s.registered_poor OR s.dibao OR s.extreme_poverty_support OR s.orphan"
    " OR s.de_facto_unsupported OR s.disabled OR s.disabled_parent OR s.martyr_child"
    " OR s.low_income OR s.left_behind OR s.child_in_difficulty"
    " OR s.poverty_status IN ('poor', 'returned', 'monitored_unstable', 'monitored_marginal',"
    " 'monitored_sudden', 'lifted_keeps_aid'))"
)


def values(periods: list[Period]) -> str:
    return ", ".join(f"('{p.start}', '{p.end}', {p.days})" for p in periods)


def obligations_sql(months: list[Period], terms: list[Period]) -> str:
    """Every (rule, pairing, period) of the four default rules, with required and done."""
    paired = (
        "SELECT '{rule}' AS rule, p.id AS pid, p.teacher_id, p.student_id, x.pstart, x.pdays,"
        " max(x.pstart, p.start_date) AS ws,"
        " min(x.pend, coalesce(p.end_date, '9999-12-31')) AS we, {n} AS n"
        " FROM pairing p JOIN {per} x ON p.start_date <= x.pend"
        " AND coalesce(p.end_date, '9999-12-31') >= x.pstart"
        " JOIN student s ON s.id = p.student_id"
        " WHERE +p.deleted = 0 AND p.kind IN ('one_to_one', 'one_to_many')"
        " AND +s.deleted = 0 AND s.enrolment = 'enrolled'"
    )
    left = (
        "SELECT '{rule}', p.id, p.teacher_id, p.student_id, x.pstart, x.pdays,"
        " max(x.pstart, p.start_date, h.start_date),"
        " min(x.pend, coalesce(p.end_date, '9999-12-31'),"
        " coalesce(date(h.end_date, '-1 day'), '9999-12-31')), 1"
        " FROM pairing p JOIN months x ON p.start_date <= x.pend"
        " AND coalesce(p.end_date, '9999-12-31') >= x.pstart"
        " JOIN status_history h ON h.student_id = p.student_id AND h.kind = 'left_behind'"
        " AND h.value = 'true' AND +h.deleted = 0 AND h.start_date <= x.pend"
        " AND coalesce(h.end_date, '9999-12-31') > x.pstart"
        " JOIN student s ON s.id = p.student_id WHERE +p.deleted = 0"
        " AND p.kind = 'proxy_parent' AND +s.deleted = 0 AND s.enrolment = 'enrolled'"
    )
    return (
        f"WITH months(pstart, pend, pdays) AS (VALUES {values(months)}),"
        f" terms(pstart, pend, pdays) AS (VALUES {values(terms)}),"
        " ob AS ("
        + paired.format(rule="paired_talk", n=3, per="months")
        + " UNION ALL "
        + paired.format(rule="paired_home_visit", n=1, per="terms")
        + " UNION ALL "
        + left.format(rule="left_behind_call")
        + " UNION ALL "
        + left.format(rule="left_behind_diary")
        + "),"
        " counted AS (SELECT ob.*,"
        " CAST((2 * n * (julianday(we) - julianday(ws) + 1) + pdays) / (2 * pdays)"
        " AS INTEGER) AS required,"
        " CASE rule"
        " WHEN 'paired_talk' THEN (SELECT count(*) FROM visit v WHERE v.student_id = ob.student_id"
        " AND v.teacher_id = ob.teacher_id AND +v.deleted = 0 AND v.method = 'talk'"
        " AND v.visit_date BETWEEN ws AND we)"
        " WHEN 'paired_home_visit' THEN (SELECT count(*) FROM visit v"
        " WHERE v.student_id = ob.student_id AND v.teacher_id = ob.teacher_id"
        " AND +v.deleted = 0 AND v.method = 'home_visit' AND v.visit_date BETWEEN ws AND we)"
        " WHEN 'left_behind_call' THEN (SELECT count(*) FROM family_call c"
        " WHERE c.student_id = ob.student_id AND +c.deleted = 0"
        " AND c.call_date BETWEEN ws AND we)"
        " ELSE (SELECT count(*) FROM diary_entry d WHERE d.student_id = ob.student_id"
        " AND +d.deleted = 0 AND d.entry_date BETWEEN ws AND we) END AS done"
        " FROM ob WHERE ws <= we)"
    )


def plain_overdue(con: sqlite3.Connection, as_of: dt.date) -> list[tuple]:
    since = DEFAULT.school_year_start(as_of)
    months = [p for p in DEFAULT.months_between(since, as_of) if p.start < as_of]
    terms = [p for p in DEFAULT.terms_between(since, as_of) if p.start < as_of]
    sql = obligations_sql(months, terms) + (
        " SELECT c.rule, c.pid, c.pstart, c.required, c.done, t.name, s.name FROM counted c"
        " JOIN teacher t ON t.id = c.teacher_id JOIN student s ON s.id = c.student_id"
        f" WHERE done < required AND we < '{as_of}' AND we >= '{since}'"
    )
    return con.execute(sql).fetchall()


def plain_coverage(con: sqlite3.Connection, start: dt.date, end: dt.date, as_of: dt.date):
    ref = min(end, as_of)
    last = min(end, as_of - dt.timedelta(days=1))
    months = DEFAULT.months_between(start, last)
    terms = DEFAULT.terms_between(start, last)
    sql = obligations_sql(months, terms) + (
        ", late AS (SELECT s.school_id, count(*) AS n FROM counted c"
        " JOIN student s ON s.id = c.student_id WHERE done < required"
        f" AND we BETWEEN '{start}' AND '{last}' GROUP BY s.school_id),"
        " agg AS (SELECT s.school_id, count(*) AS students,"
        f" sum({ENTITLED}) AS entitled,"
        f" sum({ENTITLED} AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.student_id = s.id"
        f" AND +p.deleted = 0 AND p.start_date <= '{ref}'"
        f" AND coalesce(p.end_date, '9999-12-31') >= '{ref}')) AS unpaired,"
        " sum(EXISTS (SELECT 1 FROM pairing p WHERE p.student_id = s.id AND +p.deleted = 0"
        f" AND p.start_date <= '{end}' AND coalesce(p.end_date, '9999-12-31') >= '{start}'))"
        " AS paired,"
        " sum(EXISTS (SELECT 1 FROM pairing p WHERE p.student_id = s.id AND +p.deleted = 0"
        f" AND p.start_date <= '{end}' AND coalesce(p.end_date, '9999-12-31') >= '{start}')"
        " AND EXISTS (SELECT 1 FROM visit v WHERE v.student_id = s.id AND +v.deleted = 0"
        f" AND v.visit_date BETWEEN '{start}' AND '{end}')) AS visited,"
        " sum(EXISTS (SELECT 1 FROM status_history h WHERE h.student_id = s.id"
        " AND +h.deleted = 0 AND h.kind = 'left_behind' AND h.value = 'true'"
        f" AND h.start_date <= '{end}' AND coalesce(h.end_date, '9999-12-31') > '{start}'))"
        " AS left_behind,"
        " sum(EXISTS (SELECT 1 FROM status_history h WHERE h.student_id = s.id"
        " AND +h.deleted = 0 AND h.kind = 'left_behind' AND h.value = 'true'"
        f" AND h.start_date <= '{ref}' AND coalesce(h.end_date, '9999-12-31') > '{ref}')"
        " AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.student_id = s.id AND +p.deleted = 0"
        f" AND p.kind = 'proxy_parent' AND p.start_date <= '{ref}'"
        f" AND coalesce(p.end_date, '9999-12-31') >= '{ref}')) AS no_proxy"
        " FROM student s WHERE +s.deleted = 0 AND s.enrolment = 'enrolled'"
        " GROUP BY s.school_id)"
        " SELECT sc.name, a.students, a.entitled, a.unpaired, a.paired, a.visited,"
        " a.left_behind, a.no_proxy, coalesce(l.n, 0) FROM agg a"
        " JOIN school sc ON sc.id = a.school_id LEFT JOIN late l ON l.school_id = a.school_id"
        " ORDER BY sc.name"
    )
    return con.execute(sql).fetchall()


def ours_coverage(start: dt.date, end: dt.date, as_of: dt.date) -> list[tuple]:
    result = coverage.coverage(SYSTEM, start, end, as_of=as_of)
    return sorted(
        (
            r.school_name,
            r.students,
            r.entitled,
            r.entitled_unpaired,
            r.paired,
            r.visited,
            r.left_behind,
            r.left_behind_no_proxy,
            r.overdue,
        )
        for r in result.schools
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=42_000)
    parser.add_argument("--schools", type=int, default=9)
    args = parser.parse_args()
    path = demo_ledger(args.students, schools=args.schools)
    open_database(path)
    con = sqlite3.connect(path)
    counts = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("student", "pairing", "visit", "diary_entry", "family_call")
    }
    rows = counts["visit"] + counts["diary_entry"] + counts["family_call"]
    as_of = dt.date.today()
    term = DEFAULT.term_so_far(as_of)
    start, end = term.start, term.end

    ours = ours_coverage(start, end, as_of)
    plain = sorted(tuple(r) for r in plain_coverage(con, start, end, as_of))
    assert ours == plain, (ours[:2], plain[:2])
    overdue = reminders.overdue_list(SYSTEM, Scope(), as_of)
    plain_late = plain_overdue(con, as_of)
    follow_ups = sum(1 for i in overdue if i.rule_code == reminders.FOLLOW_UP)
    assert len(overdue) - follow_ups == len(plain_late), (len(overdue), len(plain_late))

    year = DEFAULT.school_year_start(as_of)
    measures = [
        (
            f"coverage of the term ({len(ours)} schools)",
            timed(lambda: coverage.coverage(SYSTEM, start, end, as_of=as_of), 3),
            timed(lambda: plain_coverage(con, start, end, as_of), 3),
        ),
        (
            f"coverage since {year} by class",
            timed(lambda: coverage.coverage(SYSTEM, year, as_of, as_of=as_of), 3),
            timed(lambda: plain_coverage(con, year, as_of, as_of), 3),
        ),
        (
            f"overdue list, township ({len(overdue)} items)",
            timed(lambda: reminders.overdue_list(SYSTEM, Scope(), as_of), 3),
            timed(lambda: plain_overdue(con, as_of), 3),
        ),
    ]
    # The home page's reading: the summary kept by services/care/coverage_summary.py
    # (counted once, then one lookup until a record it counts changes).
    coverage_summary.term_coverage(SYSTEM, start, end, as_of=as_of)
    measures.append(
        (
            "coverage of the term, kept summary",
            timed(lambda: coverage_summary.term_coverage(SYSTEM, start, end, as_of=as_of)),
            None,
        )
    )
    teacher = con.execute(
        "SELECT teacher_id FROM pairing GROUP BY teacher_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    measures.append(
        (
            "due list, one teacher (home screen)",
            timed(lambda: reminders.due_list(SYSTEM, Scope(teacher_id=teacher), as_of)),
            None,
        )
    )
    print(
        f"\n{counts['student']} students, {counts['pairing']} pairings, {rows} visit+diary+call"
        f" rows ({counts['visit']} visits, {counts['diary_entry']} diary entries,"
        f" {counts['family_call']} calls); as of {as_of}"
    )
    print_table("Coverage and overdue (median ms; plain = one hand-written SQL query)", measures)
    con.close()
    close_database()


if __name__ == "__main__":
    main()
