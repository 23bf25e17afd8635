"""`fupin lists import` and `fupin export …`: exchange with the county and the national
systems, through the same services as the GUI (services/exchange/).

    fupin --db PATH lists import FILE --category 低保 --as-of DATE [--sheet NAME] [--dry-run]
        (--category also 脱贫户 or 监测对象: the list sets the dated poverty status)
    fupin --db PATH export aid-system -o FILE [--school CODE] [--year 2025-2026]
    fupin --db PATH export left-behind-register -o FILE [--school CODE]
    fupin --db PATH export payments --year 2025-2026 --term 1 -o FILE [--school CODE]

lists import: exit 0 when applied (or, with --dry-run, when it would apply) and every ID
was found; 1 when some IDs are in no school of the ledger or cannot be read (the changes
are applied all the same, and the follow-up list printed), or the category or date is
wrong; 2 when the file cannot be read.
export: exit 0 when written; 1 when rows are incomplete (each named, nothing written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    EXIT_REFUSED,
    actor,
    open_ledger,
    say,
    school_id,
)
from fupin_desktop.i18n import tr


def register(sub: Any) -> None:
    lists = sub.add_parser("lists", help=tr("take in the county's category lists"))
    actions = lists.add_subparsers(dest="lists_command", required=True, metavar="ACTION")
    imp = actions.add_parser(
        "import", help=tr("match a county list of ID numbers against the ledger")
    )
    imp.add_argument("file", metavar="FILE", help=tr("the county's list (.xlsx)"))
    imp.add_argument(
        "--category", required=True, help=tr("the category, by its Chinese name or its key")
    )
    imp.add_argument(
        "--as-of", required=True, metavar="DATE", help=tr("the list's date (YYYY-MM-DD)")
    )
    imp.add_argument("--sheet", metavar="NAME", help=tr("the sheet (default: the first)"))
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("check and report only; write nothing")
    )
    imp.set_defaults(handler=cmd_lists_import)

    export = sub.add_parser("export", help=tr("files for the national systems"))
    kinds = export.add_subparsers(dest="export_command", required=True, metavar="KIND")
    aid = kinds.add_parser(
        "aid-system", help=tr("the student aid system's family economic information template")
    )
    aid.add_argument("--year", metavar="YEAR", help=tr("school year, e.g. 2025-2026"))
    register_ = kinds.add_parser(
        "left-behind-register", help=tr("the civil affairs register of rural left-behind children")
    )
    payments = kinds.add_parser("payments", help=tr("the aid payments of a term"))
    payments.add_argument(
        "--year", required=True, metavar="YEAR", help=tr("school year, e.g. 2025-2026")
    )
    payments.add_argument(
        "--term", required=True, type=int, choices=(1, 2), help=tr("1 autumn, 2 spring")
    )
    parsers = ((aid, "aid-system"), (register_, "left-behind-register"), (payments, "payments"))
    for parser, kind in parsers:
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE", help=tr("the .xlsx file")
        )
        parser.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
        parser.set_defaults(handler=cmd_export, kind=kind)


def _school(code: str | None) -> str | None:
    return school_id(code) if code else None


def cmd_lists_import(args: argparse.Namespace) -> int:
    from fupin_desktop.services.exchange import lists
    from fupin_desktop.validation import clean_date

    open_ledger(args)
    as_of = clean_date(args.as_of)
    if as_of is None:
        say(tr("Give the list's date with --as-of YYYY-MM-DD."))
        return EXIT_REFUSED
    preview = lists.preview(actor(), Path(args.file), args.category, as_of, sheet=args.sheet)
    say(preview.summary())
    for school, groups in preview.by_school().items():
        say(
            tr("  {school}: {gains} gain, {keeps} keep, {losses} lose").format(
                school=school,
                gains=len(groups["gains"]),
                keeps=len(groups["keeps"]),
                losses=len(groups["losses"]),
            )
        )
    for title, children in ((tr("Gain"), preview.gains), (tr("Lose"), preview.losses)):
        for child in children:
            status = f" → {child.value_label()}" if child.value_label() else ""
            say(f"  {title}: {child.name}（{child.school_name} {child.class_label}）{status}")
    for child, why in preview.blocked:
        say(tr("  Not changed: {name}, {why}").format(name=child.name, why=why))
    _follow_up(preview)
    if args.dry_run:
        say(tr("Dry run: nothing was written."))
    else:
        result, _ = lists.apply(actor(), preview)
        say(result.summary())
    return EXIT_ATTENTION if preview.unknown or preview.unreadable else EXIT_OK


def _follow_up(preview: Any) -> None:
    if preview.unknown:
        say(tr("On the list but in no school of this ledger (follow up):"))
        for entry in preview.unknown:
            note = f"（{entry.note}）" if entry.note else ""
            say(f"  {tr('Row')} {entry.row}: {entry.name} {entry.id_number}{note}")
    if preview.unreadable:
        say(tr("ID numbers that cannot be read:"))
        for entry in preview.unreadable:
            say(f"  {tr('Row')} {entry.row}: {entry.name} {entry.id_number}: {entry.note}")


def cmd_export(args: argparse.Namespace) -> int:
    from fupin_desktop.services.exchange import exports

    open_ledger(args)
    school = _school(args.school)
    if args.kind == "aid-system":
        plan = exports.prepare_aid_system(actor(), school_id=school, school_year=args.year)
    elif args.kind == "payments":
        from fupin_desktop.terms import clean_school_year

        year = clean_school_year(args.year)
        plan = exports.prepare_payments(actor(), year, args.term, school_id=school)
    else:
        plan = exports.prepare_left_behind_register(actor(), school_id=school)
    for line in plan.left_out:
        say(tr("Left out: {line}").format(line=line))
    if plan.problems:
        text = tr("{count} rows are incomplete; nothing was written:")
        say(text.format(count=len(plan.problems)))
        for problem in plan.problems:
            say("  " + problem.describe())
        return EXIT_REFUSED
    count = exports.write(actor(), plan, Path(args.output)).value
    say(tr("{count} rows written to {path}.").format(count=count, path=args.output))
    return EXIT_OK
