"""Privacy on the command line (docs/architecture.md, "People and privacy"):

    fupin --user NAME reveal STUDENT --reason TEXT     a full ID number, audited with why
    fupin --user NAME purge [--dry-run]                blank acknowledged tombstones, …
    fupin --user NAME erase STUDENT --reason TEXT      erase at the family's request
    fupin --user NAME retention [KEY=VALUE …]          show, or (township) set

A student is named by name, ID number or student number, as `fupin pdf` names one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fupin_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    actor,
    open_ledger,
    say,
    table,
)
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services.accounts import retention
from fupin_desktop.services.accounts.reveal import reveal
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing


def _one_student(text: str) -> str:
    found = students.match_students(actor(), listing.StudentQuery(), text)
    if not found:
        raise ValidationError(N_("No student {text} that you may see."), text=text)
    if len(found) > 1:
        raise ValidationError(
            N_("{count} students match {text}: name one by ID or student number."),
            count=len(found),
            text=text,
        )
    return found[0]


def cmd_reveal(args: argparse.Namespace) -> int:
    open_ledger(args)
    say(reveal(actor(), "student", _one_student(args.student), args.reason).value)
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from fupin_desktop.sync import retention as acknowledged

    open_ledger(args)
    db = Path(args.db)
    todo = acknowledged.plan(db) if args.dry_run else acknowledged.purge(actor(), db).value
    verb = tr("To purge") if args.dry_run else tr("Purged")
    say(
        tr("{verb}: {records} deleted records' personal data, {conflicts} resolved "
           "conflicts, {aside} old copies kept aside.").format(
            verb=verb, records=todo.records, conflicts=todo.conflicts, aside=len(todo.aside)
        )
    )  # fmt: skip
    for name, ids in sorted(todo.tombstones.items()):
        say(f"  {name}: {len(ids)}")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    open_ledger(args)
    student_id = _one_student(args.student)
    done = retention.erase(actor(), student_id, args.reason).value
    say(
        tr("Erased: {records} records; {payments} payments keep their amounts, names blanked.")
        .format(records=done.records, payments=done.payments)
    )  # fmt: skip
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    open_ledger(args)
    if args.values:
        raw = {}
        for item in args.values:
            key, sep, value = item.partition("=")
            if not sep:
                say(tr("Write KEY=VALUE, e.g. conflict_days=90."))
                return EXIT_REFUSED
            raw[key.strip()] = value.strip()
        retention.set_values(actor(), raw)
    current = retention.values()
    rows = [[key, tr(retention.LABELS[key]), current[key]] for key in retention.RETENTION]
    for line in table([tr("Key"), tr("Category"), tr("Value")], rows, right={2}):
        say(line)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    why = tr("why (kept in the audit log)")
    show = sub.add_parser("reveal", help=tr("show a student's full ID number, audited"))
    show.add_argument("student", help=tr("name, ID number or student number"))
    show.add_argument("--reason", required=True, help=why)
    show.set_defaults(handler=cmd_reveal)

    purge = sub.add_parser(
        "purge", help=tr("blank the personal data of deletions every peer acknowledged")
    )
    purge.add_argument("--dry-run", action="store_true", help=tr("only say what would go"))
    purge.set_defaults(handler=cmd_purge)

    erase = sub.add_parser(
        "erase", help=tr("erase a child's personal data at the family's request")
    )
    erase.add_argument("student", help=tr("name, ID number or student number"))
    erase.add_argument("--reason", required=True, help=why)
    erase.set_defaults(handler=cmd_erase)

    keep = sub.add_parser("retention", help=tr("how long each kind of data is kept"))
    keep.add_argument("values", nargs="*", metavar="KEY=VALUE", help=tr("set (township only)"))
    keep.set_defaults(handler=cmd_retention)
