"""`fupin year preview|apply --to 2027-2028`: the new-school-year step from the command
line (the same service as the GUI, docs/architecture.md "The school year")."""

from __future__ import annotations

import argparse
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    actor,
    day,
    open_ledger,
    say,
)
from fupin_desktop.cli.common import school_id as _school_id
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr


def register(sub: Any) -> None:
    year = sub.add_parser("year", help=tr("the new-school-year step"))
    actions = year.add_subparsers(dest="year_command", required=True, metavar="ACTION")
    for name, handler, text in (
        ("preview", cmd_year_preview, tr("show every child's move; write nothing")),
        ("apply", cmd_year_apply, tr("back up, then move every child into the new year")),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("--to", required=True, metavar="YEAR", help=tr("e.g. 2027-2028"))
        action.add_argument("--school", metavar="CODE", help=tr("the school (township mode)"))
        action.add_argument(
            "--except",
            dest="exceptions",
            action="append",
            default=[],
            metavar="ID_NUMBER=MOVE",
            help=tr(
                "a child who repeats, transfers out or is suspended: repeat, "
                "transfer_out, suspend (may be given more than once)"
            ),
        )
        action.set_defaults(handler=handler)
    apply_action = actions.choices["apply"]
    apply_action.add_argument(
        "--send",
        action="append",
        default=[],
        metavar="ID_NUMBER=CODE",
        help=tr("hand a child who leaves over to this school of the township"),
    )
    apply_action.add_argument(
        "--graduates-to",
        metavar="CODE",
        help=tr("hand every graduate over to this school of the township"),
    )
    from fupin_desktop.cli.handover import register as register_handover

    register_handover(actions)

    assess = sub.add_parser("assess", help=tr("assessments of the school year"))
    assess_actions = assess.add_subparsers(dest="assess_command", required=True, metavar="ACTION")
    lst = assess_actions.add_parser("list", help=tr("list this school year's assessments"))
    lst.add_argument("--year", metavar="YYYY-YYYY", help=tr("the school year (default: current)"))
    lst.add_argument("--school", metavar="CODE", help=tr("the school (township mode)"))
    lst.add_argument("--class", dest="class_name", metavar="NAME", help=tr("only this class"))
    lst.add_argument(
        "--missing", action="store_true", help=tr("only children not yet assessed; exit 1 if any")
    )
    lst.set_defaults(handler=cmd_assess_list)


def _exceptions(pairs: list[str], school_id: str) -> dict[str, str]:
    from fupin_desktop.services.schoolyear.step import student_by_id_number

    out: dict[str, str] = {}
    for pair in pairs:
        number, _, move = pair.partition("=")
        student_id = student_by_id_number(school_id, number.strip())
        if student_id is None:
            raise ValidationError(N_("No child with the ID number {value}."), value=number)
        out[student_id] = move.strip()
    return out


def _plan(args: argparse.Namespace) -> tuple[str, dict[str, str]]:
    open_ledger(args)
    school_id = _school_id(args.school)
    return school_id, _exceptions(args.exceptions, school_id)


def cmd_year_preview(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.schoolyear import MOVE, grade_label
    from fupin_desktop.services import installation
    from fupin_desktop.services.schoolyear import step

    open_ledger(args)
    info = installation.current()
    if args.school is None and info is not None and info.school_id is None:
        # The township previews every school; each school applies its own step.
        plans = [step.preview(actor(), args.to, None, sid) for sid in step.school_ids()]
        for plan in plans:
            say(plan.summary())
        return EXIT_OK if any(p.moves for p in plans) else EXIT_ATTENTION
    school_id, exceptions = _plan(args)
    plan = step.preview(actor(), args.to, exceptions, school_id)
    say(plan.summary())
    for m in plan.moves:
        before = grade_label(m.stage, m.grade)
        after = grade_label(m.to_stage, m.to_grade) if m.move == "promote" else ""
        say(f"  {m.name}\t{m.class_name}\t{before}\t{MOVE.label(m.move)}\t{after}")
    return EXIT_OK if plan.moves else EXIT_ATTENTION


def _receiving(args: argparse.Namespace, school_id: str, exceptions: dict[str, str]) -> dict:
    """{child: school code} of --send and --graduates-to."""
    from fupin_desktop.services.schoolyear import step

    out: dict[str, str] = {}
    if args.graduates_to:
        plan = step.preview(actor(), args.to, exceptions, school_id)
        out = {m.student_id: args.graduates_to for m in plan.moves if m.move == "graduate"}
    for pair in args.send:
        number, _, code = pair.partition("=")
        student_id = step.student_by_id_number(school_id, number.strip())
        if student_id is None:
            raise ValidationError(N_("No child with the ID number {value}."), value=number)
        out[student_id] = code.strip()
    return out


def cmd_year_apply(args: argparse.Namespace) -> int:
    from fupin_desktop.services.schoolyear import step

    school_id, exceptions = _plan(args)
    receiving = _receiving(args, school_id, exceptions)
    result, _ = step.apply(actor(), args.to, exceptions, school_id, receiving)
    say(result.preview.summary())
    say(tr("{count} pairings of children who left were ended.").format(count=result.pairings_ended))
    if result.backup is not None:
        say(tr("A backup was taken first: {path}").format(path=result.backup))
    return EXIT_OK


def cmd_assess_list(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.schoolyear import LEVEL, grade_label
    from fupin_desktop.services.schoolyear import assessments, step

    open_ledger(args)
    school_id = _school_id(args.school)
    year = args.year or step.current_year()
    rows = assessments.of_school(actor(), school_id, year, args.class_name)
    if args.missing:
        rows = [r for r in rows if r["assessment"] is None]
    for r in rows:
        a = r["assessment"]
        level = LEVEL.label(a.level) if a is not None else tr("not yet assessed")
        grade = grade_label(r["stage"], r["grade"])
        say(f"{r['name']}\t{grade}\t{r['class_name']}\t{level}")
    if args.missing:
        say(tr("{count} children not yet assessed in {year}.").format(count=len(rows), year=year))
        return EXIT_ATTENTION if rows else EXIT_OK
    say(tr("{count} children.").format(count=len(rows)))
    return EXIT_OK


def cmd_year_pdf(args: argparse.Namespace) -> int:
    """fupin pdf assessment-form|review|notice [--year] [--class] [--student] -o OUT."""
    from pathlib import Path

    from fupin_desktop.services.schoolyear import assessments, printing, step

    open_ledger(args)
    school_id = _school_id(args.school)
    year = args.year or step.current_year()
    out = Path(args.output)
    if args.form == "notice":
        count = printing.print_notice(actor(), school_id, year, out)
    elif args.form == "review":
        if not args.class_name:
            raise ValidationError(N_("Say which class with --class NAME."))
        count = printing.print_review(
            actor(), school_id, year, args.class_name, out, grade=args.grade
        )
    else:
        if args.student:
            ids = assessments.find_children(school_id, args.student)
        else:
            found = assessments.of_school(actor(), school_id, year, args.class_name, args.grade)
            ids = [r["student_id"] for r in found]
        count = printing.print_applications(actor(), school_id, year, ids, out)
    say(tr("{count} children printed to {path}.").format(count=count, path=out))
    return EXIT_OK


def register_watch(actions: Any) -> None:
    """`fupin students watch`: the no-child-lost list."""
    watch = actions.add_parser(
        "watch", help=tr("children who left unconfirmed or study elsewhere; exit 1 if overdue")
    )
    watch.add_argument("--on", type=day, metavar="YYYY-MM-DD", help=tr("as of (default: today)"))
    watch.add_argument("--school", metavar="CODE", help=tr("only this school"))
    watch.set_defaults(handler=cmd_students_watch)


def cmd_students_watch(args: argparse.Namespace) -> int:
    import datetime as dt

    from fupin_desktop.services import installation
    from fupin_desktop.services.schoolyear import watch

    open_ledger(args)
    info = installation.current()
    township = info is not None and info.school_id is None
    school_id = None if township and not args.school else _school_id(args.school)
    as_of = args.on or dt.date.today()
    items = watch.watch_list(actor(), as_of, school_id)
    for i in items:
        mark = tr("OVERDUE") if i.overdue else ""
        due = i.follow_up_date.isoformat() if i.follow_up_date else ""
        say(f"{i.school}\t{i.name}\t{i.what}\t{i.follow_up_owner}\t{due}\t{mark}")
    overdue = sum(1 for i in items if i.overdue)
    say(
        tr("{count} children to follow up, {overdue} overdue.").format(
            count=len(items), overdue=overdue
        )
    )
    return EXIT_ATTENTION if overdue else EXIT_OK
