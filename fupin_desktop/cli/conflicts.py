"""`fupin sync conflicts …`: the conflict log from the command line, through the same
service as the GUI's conflicts page (sync/conflicts.py): the same rights, the same rules.

    fupin --db PATH sync conflicts list [--school CODE] [--all]
    fupin --db PATH sync conflicts keep ID ours|theirs

`list` prints the open conflicts (with --all the resolved ones too), newest first: the
number to give `keep`, the kind of record, the record, each field edited on both sides
with this ledger's value and the package's, and which one the merge kept. `keep ID ours`
keeps this ledger's value of every field in conflict, `keep ID theirs` the package's:
a new edit that travels with the next package and closes the conflict on the other side
too. Each conflict says who changed each side and when ("Changed here", "Changed there":
the place that sent the package, the person and the time). Exit code 0 when done, 2 when
refused (the reason is printed)."""

from __future__ import annotations

import argparse
from typing import Any

from fupin_desktop.cli.common import EXIT_OK, actor, open_ledger, say, school_id, table
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr


def register(actions: Any) -> None:
    """The `conflicts` action of `fupin sync`."""
    parser = actions.add_parser("conflicts", help=tr("list and resolve sync conflicts"))
    steps = parser.add_subparsers(dest="conflicts_command", required=True, metavar="STEP")

    listing = steps.add_parser("list", help=tr("the conflicts to resolve"))
    listing.add_argument("--school", metavar="CODE", help=tr("only this school's records"))
    listing.add_argument("--all", action="store_true", help=tr("resolved ones too"))
    listing.set_defaults(handler=cmd_list)

    keep = steps.add_parser("keep", help=tr("keep one side of a conflict"))
    keep.add_argument("id", type=int, metavar="ID", help=tr("the number shown by list"))
    keep.add_argument(
        "side",
        choices=("ours", "theirs"),
        help=tr("ours: this ledger's values; theirs: the package's"),
    )
    keep.set_defaults(handler=cmd_keep)


def _side(side: str) -> str:
    return tr("this ledger's") if side == "ours" else tr("the package's")


def cmd_list(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.format import local_time
    from fupin_desktop.sync import conflicts

    open_ledger(args)
    school = school_id(args.school) if args.school else None
    rows = conflicts.list_conflicts(actor(), include_resolved=args.all, school_id=school)
    if not rows:
        say(tr("No conflicts to resolve."))
        return EXIT_OK
    body: list[list[Any]] = []
    for row in rows:
        state = _resolution(row.resolution) if row.resolved else tr("open")
        for number, side in enumerate(conflicts.field_sides(actor(), row.id)):
            head = [row.id, row.table_title, row.summary] if number == 0 else ["", "", ""]
            when = ["", "", "", ""]
            if number == 0:
                there = f"{row.there.place} {row.there.changed}".strip()
                when = [row.here.changed, there, local_time(row.logged_at), state]
            body.append([*head, side.title, side.ours, side.theirs, _side(side.kept), *when])
    headers = [
        tr("ID"),
        tr("Kind of record"),
        tr("Record (name or date)"),
        tr("Field"),
        tr("This ledger"),
        tr("Package"),
        tr("Kept"),
        tr("Changed here"),
        tr("Changed there"),
        tr("Logged"),
        tr("State"),
    ]
    for line in table(headers, body, {0}):
        say(line)
    say(tr("To keep one side: fupin sync conflicts keep ID ours|theirs"))
    return EXIT_OK


def _resolution(code: str) -> str:
    return {
        "ours": tr("kept this ledger's"),
        "theirs": tr("kept the package's"),
        "winner": tr("kept the winner"),
        "loser": tr("kept the loser"),
        "elsewhere": tr("resolved on the other side"),
    }.get(code, code)


def cmd_keep(args: argparse.Namespace) -> int:
    from fupin_desktop.errors import NotFound
    from fupin_desktop.sync import conflicts

    open_ledger(args)
    try:
        conflicts.resolve(actor(), args.id, args.side)
    except NotFound:
        raise ValidationError(
            N_("There is no conflict number {id}: see fupin sync conflicts list."), id=args.id
        ) from None
    say(
        tr(
            "Conflict {id}: {side} values kept. The next package takes them to the other side."
        ).format(id=args.id, side=_side(args.side))
    )
    return EXIT_OK
