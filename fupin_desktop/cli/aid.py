"""`fupin aid …` and `fupin settings …`: term lists, sheets, the bank's detail, the
reconciliation, and the calendar and province settings (the same services as the GUI).

    fupin aid prepare|confirm --year 2026-2027 --term 1 [--school CODE]
    fupin aid adjust --year … --term … --student NAME|ID --program CODE --amount YUAN --reason …
    fupin aid record-sheet --year … --term … --program CODE --date D [--method M] [--except …]
    fupin aid import-bank FILE --year … --term … [--program CODE] [--dry-run]
    fupin aid provide --year … --term … --program CODE [--days N]
    fupin aid reconcile --year … --term … [--school CODE]   (exit 1: something needs attention)
    fupin aid export FILE --year … --term …
    fupin settings get [KEY] | set KEY VALUE
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from fupin_desktop.cli import common
from fupin_desktop.cli.common import EXIT_ATTENTION, EXIT_OK, actor, say
from fupin_desktop.cli.common import open_ledger as _open
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr

STATUS_LINE = N_("{status}: {count}")
TOTAL_LINE = N_("Due {due} yuan, paid {paid} yuan, {flagged} rows need attention.")
COMPUTED = N_("{count} schools have no confirmed list: their due is computed now.")


def _term(parser: Any) -> None:
    parser.add_argument("--year", required=True, help=tr("the school year, e.g. 2026-2027"))
    parser.add_argument("--term", required=True, help=tr("1 autumn, 2 spring"))
    parser.add_argument("--school", metavar="CODE", help=tr("the school's code"))


def register(sub: Any) -> None:
    aid = sub.add_parser("aid", help=tr("term lists, sheets, bank detail, reconciliation"))
    actions = aid.add_subparsers(dest="aid_command", required=True, metavar="ACTION")
    prepare = actions.add_parser("prepare", help=tr("prepare a term's list (aid officer)"))
    _term(prepare)
    prepare.set_defaults(handler=cmd_prepare)
    confirm = actions.add_parser("confirm", help=tr("confirm a term's list (principal)"))
    _term(confirm)
    confirm.set_defaults(handler=cmd_confirm)
    adjust = actions.add_parser("adjust", help=tr("correct a confirmed list, with a reason"))
    _term(adjust)
    adjust.add_argument("--student", required=True, help=tr("name, ID or student number"))
    adjust.add_argument("--program", required=True, help=tr("the program's code or name"))
    adjust.add_argument("--amount", required=True, help=tr("yuan to add (negative: take off)"))
    adjust.add_argument("--reason", required=True, help=tr("why"))
    adjust.set_defaults(handler=cmd_adjust)
    sheet = actions.add_parser("record-sheet", help=tr("record a whole signed sheet as paid"))
    _term(sheet)
    sheet.add_argument("--program", required=True, help=tr("the program's code or name"))
    sheet.add_argument("--date", required=True, help=tr("the day it was paid"))
    sheet.add_argument("--method", default="bank_card", help=tr("bank_card, cash, …"))
    sheet.add_argument(
        "--except",
        dest="exceptions",
        action="append",
        default=[],
        metavar="STUDENT",
        help=tr("a child not paid (repeat for more)"),
    )
    sheet.add_argument("--signed-by", default="", help=tr("who handed it over"))
    sheet.set_defaults(handler=cmd_record_sheet)
    bank = actions.add_parser("import-bank", help=tr("import the bank's payment detail"))
    bank.add_argument("file", metavar="FILE", help=tr("the bank's Excel file"))
    _term(bank)
    bank.add_argument("--program", help=tr("the program, when the file does not say"))
    bank.add_argument("--dry-run", action="store_true", help=tr("check and report only"))
    bank.set_defaults(handler=cmd_import_bank)
    provide = actions.add_parser("provide", help=tr("record meals or aid in kind as provided"))
    _term(provide)
    provide.add_argument("--program", required=True, help=tr("the program's code or name"))
    provide.add_argument("--days", type=int, default=0, help=tr("meal days served"))
    provide.set_defaults(handler=cmd_provide)
    recon = actions.add_parser("reconcile", help=tr("due against paid; exit 1 on problems"))
    _term(recon)
    recon.add_argument("--limit", type=int, default=50, help=tr("at most this many rows"))
    recon.set_defaults(handler=cmd_reconcile)
    export = actions.add_parser("export", help=tr("the term's payments as Excel"))
    export.add_argument("file", metavar="FILE", help=tr("the .xlsx to write"))
    _term(export)
    export.set_defaults(handler=cmd_export)

    settings = sub.add_parser("settings", help=tr("read or change a setting"))
    setting_actions = settings.add_subparsers(
        dest="settings_command", required=True, metavar="ACTION"
    )
    get = setting_actions.add_parser("get", help=tr("show a setting (all without KEY)"))
    get.add_argument("key", nargs="?", metavar="KEY")
    get.set_defaults(handler=cmd_settings_get)
    put = setting_actions.add_parser("set", help=tr("change a setting (principal)"))
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE", help=tr("empty text returns to the default"))
    put.set_defaults(handler=cmd_settings_set)


def _schools(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(id, name) of --school, of this school, or in township mode every school."""
    from fupin_desktop.services.students.files import schools

    if args.school or common.own_school():
        wanted = common.school_id(args.school)
        return [(i, n) for i, n in schools() if i == wanted]
    return schools()


def _one_school(args: argparse.Namespace) -> str | None:
    return common.school_id(args.school) if args.school else common.own_school()


def cmd_prepare(args: argparse.Namespace) -> int:
    from fupin_desktop.services.aid import lists

    _open(args)
    for school_id, name in _schools(args):
        lists.prepare_list(actor(), args.year, args.term, school_id)
        held = lists.get_list(actor(), args.year, args.term, school_id)
        assert held is not None
        say(
            tr("{school}: list prepared, {rows} rows, {total} yuan in cash.").format(
                school=name, rows=len(held.lines), total=_yuan(held.total_fen)
            )
        )
    return EXIT_OK


def cmd_confirm(args: argparse.Namespace) -> int:
    from fupin_desktop.services.aid import lists

    _open(args)
    for school_id, name in _schools(args):
        held = lists.get_list(actor(), args.year, args.term, school_id)
        if held is None:
            lists.prepare_list(actor(), args.year, args.term, school_id)
        lists.confirm_list(actor(), args.year, args.term, school_id)
        held = lists.get_list(actor(), args.year, args.term, school_id)
        assert held is not None
        say(
            tr("{school}: list confirmed, {rows} rows, {total} yuan in cash.").format(
                school=name, rows=len(held.lines), total=_yuan(held.total_fen)
            )
        )
    return EXIT_OK


def _yuan(fen: int) -> str:
    from fupin_desktop.validation import fen_to_yuan

    return fen_to_yuan(fen, grouped=True)


def _student(args: argparse.Namespace, school_id: str | None, text: str) -> str:
    from fupin_desktop.cli.pdf import _find_students
    from fupin_desktop.services.students.listing import StudentQuery

    return _find_students(StudentQuery(school_id=school_id), [text])[0]


def cmd_adjust(args: argparse.Namespace) -> int:
    from fupin_desktop.cli.pdf import _program_id
    from fupin_desktop.services.aid import lists

    _open(args)
    school_id = _one_school(args)
    if school_id is None:
        raise ValidationError(N_("In township mode, say which school with --school CODE."))
    held = lists.get_list(actor(), args.year, args.term, school_id)
    if held is None:
        raise ValidationError(lists.NOT_ON_CONFIRMED)
    student = _student(args, school_id, args.student)
    lists.adjust(actor(), held.id, student, _program_id(args.program), args.amount, args.reason)
    say(tr("Adjustment recorded."))
    return EXIT_OK


def cmd_record_sheet(args: argparse.Namespace) -> int:
    from fupin_desktop.cli.pdf import _program_id
    from fupin_desktop.services.aid.sheets import record_sheet

    _open(args)
    school_id = _one_school(args)
    if school_id is None:
        raise ValidationError(N_("In township mode, say which school with --school CODE."))
    skip = [_student(args, school_id, text) for text in args.exceptions]
    result, _ = record_sheet(
        actor(),
        args.year,
        args.term,
        school_id,
        _program_id(args.program),
        args.date,
        args.method,
        skip,
        args.signed_by,
    )
    say(
        tr("{count} payments recorded, {total} yuan.").format(
            count=result.recorded, total=_yuan(result.total_fen)
        )
    )
    if result.already_paid:
        say(
            tr("Already paid, left as they were: {names}").format(
                names="、".join(result.already_paid)
            )
        )
    if result.exceptions:
        say(tr("Not paid (exceptions): {names}").format(names="、".join(result.exceptions)))
    return EXIT_OK


def cmd_import_bank(args: argparse.Namespace) -> int:
    from fupin_desktop.cli.pdf import _program_id
    from fupin_desktop.services.aid.sheets import apply_bank_detail, preview_bank_detail

    _open(args)
    program = _program_id(args.program) if args.program else None
    preview = preview_bank_detail(
        actor(), Path(args.file), args.year, args.term, _one_school(args), program
    )
    new = preview.to_record
    say(
        tr("{matched} rows matched ({new} new, {old} already recorded), {bad} not.").format(
            matched=len(preview.matched),
            new=len(new),
            old=len(preview.matched) - len(new),
            bad=len(preview.problems),
        )
    )
    for m in preview.matched:
        if m.amount_fen != m.due_fen:
            say(
                tr("Row {row}: {name} paid {paid} yuan, due {due} yuan.").format(
                    row=m.row, name=m.student_name, paid=_yuan(m.amount_fen), due=_yuan(m.due_fen)
                )
            )
    for problem in preview.problems:
        say(problem)
    if args.dry_run:
        say(tr("Dry run: nothing was written."))
        return EXIT_ATTENTION if preview.problems else EXIT_OK
    count, _ = apply_bank_detail(actor(), preview)
    say(tr("{count} payments recorded.").format(count=count))
    return EXIT_ATTENTION if preview.problems else EXIT_OK


def cmd_provide(args: argparse.Namespace) -> int:
    from fupin_desktop.cli.pdf import _program_id
    from fupin_desktop.services.aid.provisions import record_provision

    _open(args)
    program = _program_id(args.program)
    for school_id, name in _schools(args):
        record_provision(actor(), args.year, args.term, school_id, program, days=args.days)
        say(tr("{school}: recorded as provided.").format(school=name))
    return EXIT_OK


def cmd_reconcile(args: argparse.Namespace) -> int:
    from fupin_desktop.schema.aid import FLAGGED, STATUS
    from fupin_desktop.services.aid.reconciliation import reconcile

    _open(args)
    result = reconcile(actor(), args.year, args.term, _one_school(args))
    for code, count in result.status_counts.items():
        if count:
            say(tr(STATUS_LINE).format(status=STATUS.label(code), count=count))
    total = result.total
    say(
        tr(TOTAL_LINE).format(
            due=_yuan(total.entitled_fen), paid=_yuan(total.paid_fen), flagged=total.flagged
        )
    )
    if result.computed_schools:
        say(tr(COMPUTED).format(count=result.computed_schools))
    flagged = [r for r in result.rows if r.status in FLAGGED]
    for r in flagged[: args.limit]:
        say(
            f"  {r.school_name} {r.student_name} {r.program_name} {STATUS.label(r.status)} "
            f"{_yuan(r.entitled_fen)} / {_yuan(r.paid_fen)}"
        )
    return EXIT_ATTENTION if result.needs_attention else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from fupin_desktop.services.aid.sheets import export_payments

    _open(args)
    count = export_payments(actor(), Path(args.file), args.year, args.term, _one_school(args))
    say(tr("{count} payments written to {path}.").format(count=count, path=args.file))
    return EXIT_OK


def cmd_settings_get(args: argparse.Namespace) -> int:
    from fupin_desktop.services import calendar

    _open(args)
    if args.key:
        value, default = calendar.get_value(args.key)
        say(f"{args.key} = {value}" + (f"  ({tr('default')})" if default else ""))
        return EXIT_OK
    cal = calendar.school_calendar()
    for key in (calendar.PROVINCE, calendar.CONTACT):
        say(f"{key} = {calendar.get_value(key)[0]}")
    # This school year and the next.
    for school_year in reversed(cal.school_years_around(dt.date.today(), 0)):
        for name in ("autumn", "spring"):
            for suffix in ("", "_reference"):
                key = f"calendar.{school_year}.{name}{suffix}"
                value, default = calendar.get_value(key)
                say(f"{key} = {value}" + (f"  ({tr('default')})" if default else ""))
    return EXIT_OK


def cmd_settings_set(args: argparse.Namespace) -> int:
    from fupin_desktop.services import calendar

    _open(args)
    calendar.set_value(actor(), args.key, args.value)
    value, default = calendar.get_value(args.key)
    say(f"{args.key} = {value}" + (f"  ({tr('default')})" if default else ""))
    return EXIT_OK
