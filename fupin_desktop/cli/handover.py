"""`fupin year handover list|accept|refuse|offer|schools`: handover within the township
from the command line, through the same services as the GUI (docs/architecture.md,
"The school year"). A refusal is said in Chinese and ends with exit code 2."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_OK,
    EXIT_UNREADABLE,
    actor,
    day,
    open_ledger,
    say,
    table,
)
from fupin_desktop.errors import FupinError, ValidationError
from fupin_desktop.i18n import N_, tr

KEY_HELP = N_("the child's ID number, or the number the list shows")


def register(year_actions: Any) -> None:
    handover = year_actions.add_parser(
        "handover", help=tr("children handed over between the township's schools")
    )
    actions = handover.add_subparsers(dest="handover_command", required=True, metavar="ACTION")
    lst = actions.add_parser("list", help=tr("children handed over to and by this school"))
    lst.add_argument("--all", action="store_true", help=tr("decided ones too"))
    lst.add_argument("--school", metavar="CODE", help=tr("the school (township mode)"))
    lst.set_defaults(handler=_failing_with_2(cmd_list))
    accept = actions.add_parser("accept", help=tr("take a handed-over child in"))
    accept.add_argument("key", metavar="ID_NUMBER", help=tr(KEY_HELP))
    accept.add_argument("--class", dest="class_name", default="", metavar="NAME",
                        help=tr("the child's class here"))  # fmt: skip
    accept.add_argument("--grade", type=int, help=tr("the grade here, if not the one offered"))
    accept.add_argument("--on", type=day, metavar="YYYY-MM-DD", help=tr("default: today"))
    accept.set_defaults(handler=_failing_with_2(cmd_accept))
    refuse = actions.add_parser("refuse", help=tr("the child is not at this school"))
    refuse.add_argument("key", metavar="ID_NUMBER", help=tr(KEY_HELP))
    refuse.add_argument("--reason", required=True, metavar="TEXT", help=tr("e.g. not here"))
    refuse.add_argument("--on", type=day, metavar="YYYY-MM-DD", help=tr("default: today"))
    refuse.set_defaults(handler=_failing_with_2(cmd_refuse))
    offer = actions.add_parser(
        "offer", help=tr("hand a child who leaves over to a school of the township")
    )
    offer.add_argument("key", metavar="ID_NUMBER", help=tr("the child's ID number"))
    offer.add_argument("--to", required=True, metavar="CODE", help=tr("the receiving school"))
    offer.add_argument(
        "--on", type=day, metavar="YYYY-MM-DD",
        help=tr("the day an enrolled child transfers out (default: today)"),
    )  # fmt: skip
    offer.set_defaults(handler=_failing_with_2(cmd_offer))
    schools = actions.add_parser("schools", help=tr("the township's schools this ledger knows"))
    schools.set_defaults(handler=_failing_with_2(cmd_schools))


def _failing_with_2(handler: Callable[[argparse.Namespace], int]) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except FupinError as exc:
            say(exc.message)
            return EXIT_UNREADABLE

    return run


def _school(args: argparse.Namespace) -> str | None:
    from fupin_desktop.cli.common import school_id
    from fupin_desktop.services import installation

    info = installation.current()
    if info is not None and info.is_township and not getattr(args, "school", None):
        return None
    return school_id(getattr(args, "school", None))


def _place(stage: str, grade: int | None, class_name: str = "") -> str:
    from fupin_desktop.schema.schoolyear import grade_label

    return " ".join(x for x in (grade_label(stage, grade), class_name) if x)


def cmd_list(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.schoolyear import HANDOVER_STATE, MOVE
    from fupin_desktop.services.schoolyear import handover

    open_ledger(args)
    school_id = _school(args)
    rows = handover.incoming(actor(), school_id, waiting_only=not args.all)
    for school, count in handover.waiting_by_school(actor(), school_id):
        say(tr("{count} children handed over by {school}").format(count=count, school=school))
    if rows:
        body = [
            [r.id[:8], r.name, r.id_number, r.from_school_name, MOVE.label(r.reason),
             r.left_on, _place(r.to_stage, r.to_grade), _state(r)]
            for r in rows
        ]  # fmt: skip
        headers = [tr("Number"), tr("Name"), tr("ID number"), tr("Sending school"),
                   tr("Move"), tr("Left on"), tr("Here"), tr("State")]  # fmt: skip
        for line in table(headers, body, set()):
            say(line)
    out = handover.outgoing(actor(), school_id)
    if not args.all:
        out = [o for o in out if o.state != "accepted"]
    if out:
        say(
            tr("Handed over by this school:")
            if school_id
            else tr("Handed over by the township's schools:")
        )
        body = [
            [o.name, MOVE.label(o.reason), o.left_on, o.to_school_name,
             HANDOVER_STATE.label(o.state) if o.state else "", o.note]
            for o in out
        ]  # fmt: skip
        headers = [tr("Name"), tr("Move"), tr("Left on"), tr("Receiving school"), tr("State"),
                   tr("Note")]  # fmt: skip
        for line in table(headers, body, set()):
            say(line)
    if not rows and not out:
        say(tr("No child handed over."))
    return EXIT_OK


def _state(row: Any) -> str:
    if row.withdrawn and row.state == "offered":
        return tr("withdrawn by the sending school")
    if row.state == "offered":
        return tr("waiting")
    word = tr("accepted") if row.state == "accepted" else tr("refused")
    return f"{word} {row.decided_on or ''}".strip()


def cmd_accept(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.catalogues import STUDENT
    from fupin_desktop.schema.clean import clean_value
    from fupin_desktop.schema.schoolyear import grade_label
    from fupin_desktop.services.schoolyear import handover

    open_ledger(args)
    found = handover.find(actor(), _school(args), args.key)
    handover.accept(actor(), found.id, on=args.on, class_name=args.class_name, grade=args.grade)
    grade = found.to_grade if args.grade is None else args.grade
    class_name = clean_value(STUDENT["class_name"], args.class_name) or ""
    say(
        tr("{name} of {school} is now in {place} here.").format(
            name=found.name,
            school=found.from_school_name,
            place=" ".join(x for x in (grade_label(found.to_stage, grade), class_name) if x),
        )
    )
    return EXIT_OK


def cmd_refuse(args: argparse.Namespace) -> int:
    from fupin_desktop.services.schoolyear import handover

    open_ledger(args)
    found = handover.find(actor(), _school(args), args.key)
    handover.refuse(actor(), found.id, args.reason, on=args.on)
    say(
        tr("{school} will be told that {name} is not here.").format(
            school=found.from_school_name, name=found.name
        )
    )
    return EXIT_OK


def cmd_offer(args: argparse.Namespace) -> int:
    from fupin_desktop.services.schoolyear import handover, step

    open_ledger(args)
    school_id = _school(args)
    if school_id is None:
        raise ValidationError(N_("In township mode, say which school with --school CODE."))
    student_id = step.student_by_id_number(school_id, args.key.strip())
    if student_id is None:
        raise ValidationError(N_("No child with the ID number {value}."), value=args.key)
    target = handover.receiving_school(args.to)
    departure = handover.open_departure(student_id)
    if departure is not None:
        handover.offer(actor(), departure, target.code)
    else:
        handover.transfer_out(actor(), student_id, args.on or dt.date.today(),
                              to_code=target.code)  # fmt: skip
    say(
        tr("Offered to {school}; the next package to the township takes the offer.").format(
            school=target.name
        )
    )
    return EXIT_OK


def cmd_schools(args: argparse.Namespace) -> int:
    from fupin_desktop.services.schoolyear import handover

    open_ledger(args)
    choices = handover.receiving_schools()
    for choice in choices:
        say(f"{choice.code}\t{choice.name}")
    if not choices:
        say(tr("No other school of the township is known yet: import the township's package."))
    return EXIT_OK
