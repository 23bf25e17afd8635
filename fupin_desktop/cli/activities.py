"""`fupin activities …`, `fupin targets`, `fupin meals …`: the school's duties from the
command line, through the same services as the GUI.

    fupin --db PATH activities list [--school CODE] [--kind KIND] [--from D --to D]
    fupin --db PATH activities add --kind KIND --date D --title TEXT [--school CODE]
          [--pairing PARTNER] [--teacher NAME …] [--hours N] [--lessons N] [--level LEVEL]
          [--children N] [--families N] [--place TEXT] [--text TEXT] [--summary TEXT]
    fupin --db PATH targets [--term YYYY-YYYY/1|2] [--school CODE] [--as-of D]
    fupin --db PATH meals record --class GRADE-CLASS [--date D] [--absent NAME …]
    fupin --db PATH meals list [--term YYYY-YYYY/1|2] [--school CODE] [--by-class]

Exit codes: 0 done; 1 refused, or (targets) a target behind or overdue.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    actor,
    open_ledger,
    own_school,
    parse_date,
    say,
    school_or_none,
    table,
    teacher_by_name,
)
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.format import class_label
from fupin_desktop.validation import split_class


def register(sub: Any) -> None:
    act = sub.add_parser("activities", help=tr("the school's duties: list or add activities"))
    actions = act.add_subparsers(dest="activities_command", required=True, metavar="ACTION")
    lst = actions.add_parser("list", help=tr("list activities, newest first"))
    lst.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    lst.add_argument("--kind", help=tr("only this kind (code or name)"))
    lst.add_argument("--from", dest="date_from", metavar="DATE", help=tr("first day"))
    lst.add_argument("--to", dest="date_to", metavar="DATE", help=tr("last day"))
    lst.set_defaults(handler=cmd_list)
    add = actions.add_parser("add", help=tr("record an activity"))
    add.add_argument("--kind", required=True, help=tr("the kind (code or name)"))
    add.add_argument("--date", required=True, metavar="DATE", help=tr("the day it took place"))
    add.add_argument("--title", required=True, help=tr("a short title"))
    add.add_argument("--school", metavar="CODE", help=tr("the school (10-digit code)"))
    add.add_argument("--pairing", metavar="PARTNER", help=tr("the institution pairing's partner"))
    add.add_argument(
        "--teacher", action="append", metavar="NAME", help=tr("a teacher who took part")
    )
    for name, text in (
        ("hours", N_("hours")),
        ("lessons", N_("lessons taught")),
        ("children", N_("children reached")),
        ("families", N_("families reached")),
    ):
        add.add_argument(f"--{name}", type=int, help=tr(text))  # fmt: skip
    add.add_argument("--level", help=tr("training level: national, provincial, city, county"))
    add.add_argument("--place", default="", help=tr("where"))
    add.add_argument("--text", default="", help=tr("what was done"))
    add.add_argument("--summary", default="", help=tr("the summary"))
    add.set_defaults(handler=cmd_add)

    tgt = sub.add_parser("targets", help=tr("progress against the targets; exit 1 when behind"))
    tgt.add_argument("--term", metavar="YYYY-YYYY/N", help=tr("the term (default: this term)"))
    tgt.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    tgt.add_argument("--as-of", metavar="DATE", help=tr("take this day as today"))
    tgt.set_defaults(handler=cmd_targets)

    meals = sub.add_parser("meals", help=tr("the meal register"))
    m_actions = meals.add_subparsers(dest="meals_command", required=True, metavar="ACTION")
    rec = m_actions.add_parser("record", help=tr("register a class's meal of a day"))
    rec.add_argument("--class", dest="klass", required=True, metavar="GRADE-CLASS",
                     help=tr("the class, e.g. 4-2班"))  # fmt: skip
    rec.add_argument("--date", metavar="DATE", help=tr("the day (default: today)"))
    rec.add_argument(
        "--absent", action="append", metavar="NAME", help=tr("a pupil who did not eat")
    )
    rec.add_argument("--school", metavar="CODE", help=tr("the school (10-digit code)"))
    rec.set_defaults(handler=cmd_meals_record)
    ml = m_actions.add_parser("list", help=tr("meals served in a term"))
    ml.add_argument("--term", metavar="YYYY-YYYY/N", help=tr("the term (default: this term)"))
    ml.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    ml.add_argument("--by-class", action="store_true", help=tr("a row for each class"))
    ml.set_defaults(handler=cmd_meals_list)


def _school_or_own(code: str | None) -> str | None:
    return school_or_none(code) or own_school()


def _one_school(code: str | None) -> str:
    school_id = _school_or_own(code)
    if not school_id:
        raise ValidationError(N_("Please name the school with --school CODE."))
    return school_id


def cmd_list(args: argparse.Namespace) -> int:
    from fupin_desktop.services.activities import kinds, records

    open_ledger(args)
    kind = kinds.find_kind(args.kind).code if args.kind else None
    found = records.list_activities(
        actor(),
        school_id=_school_or_own(args.school),
        kind=kind,
        start=parse_date(args.date_from),
        end=parse_date(args.date_to),
    )
    headers = [tr("Date"), tr("School"), tr("Activity kind"), tr("Title"), tr("Lessons"),
               tr("Teachers")]  # fmt: skip
    body = [
        (a.day.isoformat(), a.school_name, a.kind_label, a.values["title"],
         a.values.get("lessons") or "", "、".join(a.teacher_names))
        for a in found
    ]  # fmt: skip
    for line in table(headers, body, {4}):
        say(line)
    say(tr("{count} activities.").format(count=len(found)))
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from fupin_desktop.services.activities import kinds, records
    from fupin_desktop.services.activities.pairings import find_pairing

    open_ledger(args)
    school_id = _one_school(args.school)
    kind = kinds.find_kind(args.kind)
    teachers = [teacher_by_name(name, school_id) for name in args.teacher or []]
    pairing = find_pairing(args.pairing, school_id) if args.pairing else None
    raw = {
        "activity_date": args.date, "title": args.title, "place": args.place,
        "level": args.level or "", "hours": args.hours, "lessons": args.lessons,
        "children_reached": args.children, "families_reached": args.families,
        "content": args.text, "summary": args.summary,
    }  # fmt: skip
    records.save_activity(
        actor(), None, school_id, kind.code, raw, teacher_ids=teachers, pairing_id=pairing
    )
    say(tr("Recorded: {kind} on {date}.").format(kind=kind.label, date=args.date))
    return EXIT_OK


def cmd_targets(args: argparse.Namespace) -> int:
    from fupin_desktop.services.activities import targets
    from fupin_desktop.services.activities.periods import parse_term, term_label

    open_ledger(args)
    as_of = parse_date(args.as_of, dt.date.today())
    school_year, term = parse_term(args.term, as_of)
    items = targets.progress(
        actor(), school_year, term, school_id=_school_or_own(args.school), as_of=as_of
    )
    say(term_label(school_year, term))
    headers = [tr("School"), tr("Target"), tr("Period"), tr("Pairing"), tr("Done"), tr("Status")]
    body = [
        (i.school_name, f"{i.target.title} {i.target.rule_text}",
         school_year if i.period.kind == "year" else i.period.label(), i.pairing_label,
         i.done_text, i.status_label)
        for i in items
    ]  # fmt: skip
    for line in table(headers, body, set()):
        say(line)
    behind = sum(1 for i in items if i.behind)
    if behind:
        say(tr("{count} targets behind or overdue.").format(count=behind))
        return EXIT_ATTENTION
    say(tr("No target is behind."))
    return EXIT_OK


def _class(text: str) -> tuple[int | None, str]:
    found = split_class(text)
    if found is None:
        raise ValidationError(N_("{value} is not a class (for example 4-2班)."), value=text)
    return found


def cmd_meals_record(args: argparse.Namespace) -> int:
    from fupin_desktop.services.activities import meals

    open_ledger(args)
    school_id = _one_school(args.school)
    grade, class_name = _class(args.klass)
    day = parse_date(args.date, dt.date.today())
    assert day is not None
    roll = meals.class_roll(actor(), school_id, grade, class_name, day)
    absent = []
    for name in args.absent or []:
        ids = [e.student_id for e in roll.entries if e.name == name.strip()]
        if len(ids) != 1:
            raise ValidationError(
                N_("{count} pupils of the class are called {name}."), count=len(ids), name=name
            )
        absent += ids
    meals.record_meals(actor(), school_id, day, grade, class_name, absent)
    say(
        tr("{day} {klass}: {served} of {total} served.").format(
            day=day, klass=args.klass, served=len(roll.entries) - len(absent),
            total=len(roll.entries),
        )
    )  # fmt: skip
    return EXIT_OK


def cmd_meals_list(args: argparse.Namespace) -> int:
    from fupin_desktop.services.activities import meals
    from fupin_desktop.services.activities.periods import parse_term, term_label

    open_ledger(args)
    school_year, term = parse_term(args.term)
    found = meals.term_summary(
        actor(), school_year, term, school_id=_school_or_own(args.school), by_class=args.by_class
    )
    say(term_label(school_year, term))
    headers = [tr("School"), tr("Class"), tr("Days"), tr("Meals served"),
               tr("Left-behind served"), tr("Needy served")]  # fmt: skip
    body = [
        (m.school_name, class_label(m.grade, m.class_name) if args.by_class else "", m.days,
         m.served,
         m.left_behind_served, m.needy_served)
        for m in found
    ]  # fmt: skip
    for line in table(headers, body, {2, 3, 4, 5}):
        say(line)
    return EXIT_OK
