"""`fupin visits …`, `fupin coverage`, `fupin teachers list`, `fupin rules`: pairing and
care from the command line, through the same services as the GUI.

    fupin --db PATH visits list [--teacher NAME] [--overdue | --due] [--from D --to D]
    fupin --db PATH coverage [--from DATE --to DATE] [--school CODE] [--by-class]
    fupin --db PATH teachers list [--school CODE]
    fupin --db PATH rules

Dates are YYYY-MM-DD; --as-of DATE makes "today" another day (checking an old term).
Exit codes: 0 done, 1 refused (a teacher or school not found, a bad date).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    actor,
    open_ledger,
    parse_date,
    say,
    school_or_none,
    table,
    teacher_by_name,
)
from fupin_desktop.i18n import tr
from fupin_desktop.services.calendar import school_calendar


def register(sub: Any) -> None:
    """Add the pairing and care commands to the main parser's subcommands."""
    visits = sub.add_parser("visits", help=tr("list visits, and what is due or overdue"))
    actions = visits.add_subparsers(dest="visits_command", required=True, metavar="ACTION")
    lst = actions.add_parser("list", help=tr("list visits, or the overdue list"))
    lst.add_argument("--teacher", metavar="NAME", help=tr("only this teacher's"))
    lst.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    group = lst.add_mutually_exclusive_group()
    group.add_argument("--overdue", action="store_true", help=tr("what is overdue instead"))
    group.add_argument("--due", action="store_true", help=tr("what is due now instead"))
    _dates(lst)
    lst.add_argument("--limit", type=int, default=200, help=tr("at most this many visits"))
    lst.set_defaults(handler=cmd_visits_list)

    cov = sub.add_parser("coverage", help=tr("print the coverage table of a period"))
    cov.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    cov.add_argument("--by-class", action="store_true", help=tr("a row for each class"))
    _dates(cov)
    cov.set_defaults(handler=cmd_coverage)

    teachers = sub.add_parser("teachers", help=tr("the teachers and their students"))
    t_actions = teachers.add_subparsers(dest="teachers_command", required=True, metavar="ACTION")
    t_list = t_actions.add_parser("list", help=tr("list the teachers"))
    t_list.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    t_list.set_defaults(handler=cmd_teachers_list)

    rules = sub.add_parser("rules", help=tr("print the reminder rules"))
    rules.set_defaults(handler=cmd_rules)


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="DATE", help=tr("first day"))
    parser.add_argument("--to", dest="date_to", metavar="DATE", help=tr("last day"))
    parser.add_argument("--as-of", metavar="DATE", help=tr("take this day as today"))


# --- commands ------------------------------------------------------------------------


def cmd_visits_list(args: argparse.Namespace) -> int:
    from fupin_desktop.services.care import reminders, visits

    open_ledger(args)
    school_id = school_or_none(args.school)
    teacher_id = teacher_by_name(args.teacher, school_id) if args.teacher else None
    as_of = parse_date(args.as_of, dt.date.today())
    assert as_of is not None
    if args.overdue or args.due:
        scope = reminders.Scope(teacher_id=teacher_id, school_id=school_id)
        if args.overdue:
            items = reminders.overdue_list(actor(), scope, as_of, since=parse_date(args.date_from))
        else:
            items = reminders.due_list(actor(), scope, as_of)
        headers = [tr("Due by"), tr("Teacher"), tr("Student"), tr("Class"), tr("What"), tr("Done")]
        body = [
            (
                i.due_date.isoformat(),
                i.teacher_name,
                i.student_name,
                i.class_label,
                i.title,
                f"{i.done}/{i.required}",
            )
            for i in items
        ]
        for line in table(headers, body, {5}):
            say(line)
        text = tr("{count} overdue.") if args.overdue else tr("{count} due.")
        say(text.format(count=len(items)))
        return EXIT_OK
    query = visits.VisitQuery(
        teacher_id=teacher_id,
        school_id=school_id,
        date_from=parse_date(args.date_from),
        date_to=parse_date(args.date_to),
        limit=args.limit,
    )
    found = visits.list_visits(actor(), query)
    from fupin_desktop.schema.care import VISIT

    headers = [tr("Date"), tr("Teacher"), tr("Student"), tr("Method"), tr("Next follow-up")]
    body = [
        (
            v.values["visit_date"].isoformat(),
            v.teacher_name,
            v.student_name,
            VISIT["method"].display(v.values["method"]),
            VISIT["next_follow_up"].display(v.values["next_follow_up"]),
        )
        for v in found
    ]
    for line in table(headers, body, set()):
        say(line)
    say(tr("{count} visits.").format(count=len(found)))
    return EXIT_OK


def default_period(as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The term running on `as_of` up to that day; in the holidays, the term just gone."""
    term = school_calendar().term_so_far(as_of)
    return term.start, term.end


def cmd_coverage(args: argparse.Namespace) -> int:
    from fupin_desktop.services.care import coverage

    open_ledger(args)
    as_of = parse_date(args.as_of, dt.date.today())
    assert as_of is not None
    start, end = default_period(as_of)
    start = parse_date(args.date_from, start) or start
    end = parse_date(args.date_to, end) or end
    if end < start:
        say(tr("The end date {end} is before the start date {start}.").format(end=end, start=start))
        return EXIT_REFUSED
    result = coverage.coverage(
        actor(), start, end, school_id=school_or_none(args.school), as_of=as_of
    )
    say(tr("Coverage {start} – {end} (as of {as_of})").format(start=start, end=end, as_of=as_of))
    total = result.total
    say(
        tr(
            "Children no one looks after (无人监护): {count}; visited in the period: "
            "{visited}, not visited: {missed}."
        ).format(
            count=total.unattended,
            visited=total.unattended_visited,
            missed=total.unattended - total.unattended_visited,
        )
    )
    headers = [
        tr("School"),
        tr("Class"),
        tr("Enrolled pupils"),
        tr("Entitled"),
        tr("Unpaired"),
        tr("Paired"),
        tr("Visited"),
        tr("Share"),
        tr("Home visits"),
        tr("Left behind"),
        tr("No proxy parent"),
        tr("No one looks after"),
        tr("Of them visited"),
        tr("Overdue"),
    ]
    lines = result.rows if args.by_class else result.schools
    body = [_coverage_cells(r) for r in [*lines, result.total]]
    for line in table(headers, body, set(range(2, 14))):
        say(line)
    return EXIT_OK


def _coverage_cells(r: Any) -> list[str]:
    share = r.visited_share
    return [
        r.school_name,
        r.class_label,
        r.students,
        r.entitled,
        r.entitled_unpaired,
        r.paired,
        r.visited,
        "" if share is None else f"{share:.0%}",
        r.home_visited,
        r.left_behind,
        r.left_behind_no_proxy,
        r.unattended,
        r.unattended_visited,
        r.overdue,
    ]


def cmd_teachers_list(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.catalogues import TEACHER
    from fupin_desktop.services.care import teachers

    open_ledger(args)
    found = teachers.list_teachers(actor(), school_id=school_or_none(args.school))
    headers = [
        tr("School"),
        *(f.title for f in TEACHER.table_fields()),
        tr("Paired students"),
        tr("Proxy parent of"),
    ]
    body = [
        [
            t.school_name,
            *(f.display(t.values[f.key]) for f in TEACHER.table_fields()),
            t.students,
            t.proxy_children,
        ]
        for t in found
    ]
    for line in table(headers, body, {len(headers) - 2, len(headers) - 1}):
        say(line)
    say(tr("{count} teachers.").format(count=len(found)))
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.care import REMINDER_RULE
    from fupin_desktop.services.care import reminder_rules

    open_ledger(args)
    fields = REMINDER_RULE.fields
    body = [
        [f.display(reminder_rules.rule_values(r)[f.key]) for f in fields]
        for r in reminder_rules.list_rules()
    ]
    for line in table([f.title for f in fields], body, {4}):
        say(line)
    return EXIT_OK
