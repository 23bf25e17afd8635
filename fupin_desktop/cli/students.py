"""`fupin students …`: roster import, list export and the blank template from the command
line, through the same io.roster functions as the GUI.

    fupin --db PATH students import FILE.xlsx [--sheet NAME] [--dry-run] [--skip-invalid]
    fupin --db PATH students export -o FILE.xlsx [--search TEXT] [--stage STAGE] [--school CODE]
    fupin --db PATH students template -o FILE.xlsx

Import exits 0 when imported (or, with --dry-run, when it would import), 1 when rows are
invalid (nothing written without --skip-invalid), 2 for a file that cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    actor,
    open_ledger,
    own_school,
    progress,
    progress_done,
    say,
    school_id,
    stage_code,
)
from fupin_desktop.i18n import tr


def register(sub: Any) -> None:
    """Add `students` and its actions to the main parser's subcommands."""
    students = sub.add_parser("students", help=tr("import a roster, export the list"))
    actions = students.add_subparsers(dest="students_command", required=True, metavar="ACTION")

    imp = actions.add_parser("import", help=tr("import students from an Excel roster"))
    imp.add_argument("file", metavar="FILE", help=tr("the roster (.xlsx)"))
    imp.add_argument("--sheet", metavar="NAME", help=tr("the sheet (default: the first)"))
    imp.add_argument(
        "--dry-run", action="store_true", help=tr("check and report only; write nothing")
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help=tr("import the valid rows and leave out the invalid ones"),
    )
    imp.add_argument(
        "--no-update",
        action="store_true",
        help=tr("leave students already in the ledger as they are"),
    )
    imp.add_argument("--school", metavar="CODE", help=tr("the school's code (township mode)"))
    imp.set_defaults(handler=cmd_import)

    exp = actions.add_parser("export", help=tr("export the student list to Excel"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("the .xlsx file"))
    exp.add_argument("--search", default="", help=tr("name, pinyin, ID or student number"))
    exp.add_argument("--stage", help=tr("only this stage (code or name)"))
    exp.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    exp.set_defaults(handler=cmd_export)

    tpl = actions.add_parser("template", help=tr("write a blank roster to fill in"))
    tpl.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("the .xlsx file"))
    tpl.set_defaults(handler=cmd_template)

    from fupin_desktop.cli.schoolyear import register_watch

    register_watch(actions)


def cmd_import(args: argparse.Namespace) -> int:
    from fupin_desktop.services.students import roster_import as roster

    open_ledger(args)
    school = school_id(args.school)
    table = roster.load_roster(Path(args.file), args.sheet)
    mapping = roster.guess_mapping(table.headers, table.hidden_columns)
    heading = tr("{file}, sheet {sheet}: header in row {row}.")
    say(heading.format(file=table.file_name, sheet=table.sheet, row=table.header_row))
    for column, target in sorted(mapping.items()):
        say(f"  {table.column_label(column)} -> {roster.target_title(target)}")
    if table.other_rosters:
        others = tr("Other sheets list children too: {sheets}. Import each with --sheet NAME.")
        say(others.format(sheets=", ".join(table.other_rosters)))
    result = roster.preview(actor(), table, mapping, school)
    _say_preview(result)
    if not result.rows:
        say(tr("No student rows found below the header."))
        return EXIT_REFUSED
    if result.blocking and not args.skip_invalid:
        say(tr("Nothing was imported: correct the rows above, or use --skip-invalid."))
        return EXIT_REFUSED
    if args.dry_run:
        say(tr("Dry run: nothing was written."))
        return EXIT_OK
    outcome, _ = roster.apply(
        actor(),
        result,
        update_existing=not args.no_update,
        skip_invalid=args.skip_invalid,
        report=progress,
    )
    progress_done()
    say(outcome.summary())
    if outcome.backup is not None:
        say(tr("A backup was taken first: {path}").format(path=outcome.backup))
    return EXIT_OK


def _say_preview(result: Any) -> None:
    say(result.summary())
    for line in result.left_out():
        say(f"  {line}")
    for line in result.hidden():
        say(f"  {line}")
    for line in result.problems():
        say(f"  {line}")


def cmd_export(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.catalogues import STUDENT
    from fupin_desktop.services.students.export import export_students
    from fupin_desktop.services.students.listing import StudentQuery

    open_ledger(args)
    filters: dict[str, Any] = {}
    if args.stage:
        stage = stage_code(args.stage)
        if stage is None:
            say(tr("{value} is not a stage.").format(value=args.stage))
            say(", ".join(STUDENT["stage"].choices.codes()))  # type: ignore[union-attr]
            return EXIT_REFUSED
        filters["stage"] = stage
    school = school_id(args.school) if args.school else own_school()
    query = StudentQuery(search=args.search, school_id=school, filters=filters)
    count = export_students(actor(), query, Path(args.output), report=progress).value
    progress_done()
    say(tr("{count} students written to {path}.").format(count=count, path=args.output))
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from fupin_desktop.io import roster

    path = roster.write_template(Path(args.output))
    say(tr("Blank roster written to {path}.").format(path=path))
    return EXIT_OK
