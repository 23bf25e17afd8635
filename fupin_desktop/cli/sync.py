"""`fupin sync …`: sync packages from the command line, through the same services as the
GUI.

    fupin --db PATH sync export -o FILE.fpkg [--full] [--to SCHOOL_CODE] [--verify]
                                [--excel-password]
    fupin --db PATH sync import FILE_OR_FOLDER... [--dry-run] [--receipts DIR]
                                [--password-file FILE]
    fupin --db PATH sync receipt -o FILE [--to SCHOOL_CODE]
    fupin --db PATH sync status
    fupin --db PATH sync conflicts list [--school CODE] [--all]   (cli/conflicts.py)
    fupin --db PATH sync conflicts keep ID ours|theirs
    fupin --db PATH sync key [--card OUT.pdf] [--public OUT.fpkey]
                             [--export-private OUT --i-understand]
                             [--import-private FILE --password-file FILE]
    fupin --db PATH sync trust PEER --fingerprint "DIGITS" --from FILE
    fupin --db PATH sync password [--to SCHOOL_CODE] -o CARD.pdf [--new]

A package is sealed to the receiver's enrolled key (docs/architecture.md, "Trust"); with
--excel-password it is encrypted instead with the route's Excel password (made once
with `sync password`, printed on its card), for a clerk who must open it in WPS.

Import exits 0 when every package was applied (or would be, with --dry-run, or was
imported before), 1 when one was refused (the reason is printed), 2 when a file cannot
be read at all. A folder stands for the .xlsx and .fpkg files in it, oldest sequence
first. An import never enrols a sender: `sync trust` does, after a principal compared
the fingerprint (the whole of it) with the sender's enrolment card. --enrol is accepted
for old scripts and does nothing but say so.

--password-file names a file whose first line is a password: the Excel password of
encrypted packages (import; remembered per sender once it opened one), or the password
of an exported key (key --import-private). A password on the command line itself would
be seen by other users in the process list and kept in the shell's history.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    actor,
    open_ledger,
    password_from_file,
    password_option,
    say,
)
from fupin_desktop.errors import FupinError, ValidationError
from fupin_desktop.i18n import N_, tr


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help=tr("sync packages between schools and the township"))
    actions = sync.add_subparsers(dest="sync_command", required=True, metavar="ACTION")

    exp = actions.add_parser("export", help=tr("write a sync package"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("the .xlsx file"))
    exp.add_argument(
        "--full", action="store_true", help=tr("everything, not only what was not acknowledged")
    )
    exp.add_argument("--to", metavar="SCHOOL_CODE", help=tr("the school (township mode)"))
    exp.add_argument(
        "--verify", action="store_true", help=tr("read the file back and check it (USB stick)")
    )
    exp.add_argument(
        "--excel-password",
        action="store_true",
        help=tr("encrypt with the route's Excel password instead of sealing (for WPS)"),
    )
    exp.set_defaults(handler=cmd_export)

    imp = actions.add_parser("import", help=tr("import sync packages"))
    imp.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER", help=tr("packages or folders"))
    imp.add_argument("--dry-run", action="store_true", help=tr("check and preview; write nothing"))
    imp.add_argument(
        "--enrol", action="store_true", help=tr("no longer used: enrol keys with sync trust")
    )
    imp.add_argument(
        "--receipts", metavar="DIR", help=tr("write a receipt for each sender into this folder")
    )
    password_option(imp, tr("the password of encrypted packages, in this file"))
    imp.set_defaults(handler=cmd_import)

    rec = actions.add_parser("receipt", help=tr("write a receipt (acknowledgement) only"))
    rec.add_argument("-o", "--output", required=True, metavar="FILE", help=tr("the .xlsx file"))
    rec.add_argument("--to", metavar="SCHOOL_CODE", help=tr("the school (township mode)"))
    rec.set_defaults(handler=cmd_receipt)

    status = actions.add_parser("status", help=tr("what was sent and received, and conflicts"))
    status.set_defaults(handler=cmd_status)

    from fupin_desktop.cli.conflicts import register as register_conflicts
    from fupin_desktop.cli.trust import register as register_trust

    register_conflicts(actions)
    register_trust(actions)


def cmd_export(args: argparse.Namespace) -> int:
    from fupin_desktop.sync.writer import EXCEL_PASSWORD, SEALED, export_package

    open_ledger(args)
    result = export_package(
        actor(),
        Path(args.output),
        full=args.full,
        to_code=args.to,
        verify=args.verify,
        protection=EXCEL_PASSWORD if args.excel_password else SEALED,
    ).value
    say(
        tr("Package {number} written to {path}: {rows} records.").format(
            number=result.manifest.sequence, path=result.path, rows=sum(result.counts.values())
        )
    )
    if result.verified:
        say(tr("Read back and checked: the drive can be removed."))
    return EXIT_OK


def cmd_receipt(args: argparse.Namespace) -> int:
    from fupin_desktop.sync.writer import export_package

    open_ledger(args)
    result = export_package(actor(), Path(args.output), to_code=args.to, receipt=True).value
    say(tr("Receipt written to {path}.").format(path=result.path))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from fupin_desktop.sync.batch import package_files

    password = password_from_file(args)
    open_ledger(args)
    if args.enrol:
        say(
            tr(
                "--enrol no longer enrols anyone: a principal enrols a sender's key with "
                "`fupin sync trust` after comparing its fingerprint."
            )
        )
    worst = EXIT_OK
    senders: set[str] = set()
    backed_up = False
    for path in package_files(Path(p) for p in args.paths):
        try:
            result, backed_up = _import_one(path, args, password, backed_up)
        except FupinError as exc:  # refused or unreadable: this file changed nothing
            say(f"{path.name}: {exc.message}")
            worst = EXIT_FAILED
            continue
        _say_result(path, result, args.dry_run)
        if result.applied:
            senders.add(result.preview.manifest.school_code)
    if args.receipts and senders and not args.dry_run:
        _write_receipts(Path(args.receipts), senders)
    return worst


def _import_one(
    path: Path, args: argparse.Namespace, password: str | None, backed_up: bool
) -> tuple[Any, bool]:
    """Check one package; apply it unless --dry-run. The automatic backup is taken once,
    before the first package that passed its checks: a file refused costs no backup (a
    retried bad file must not rotate the good backups away)."""
    from fupin_desktop.sync import importer

    preview = importer.inspect(path, password=password)
    if args.dry_run:
        plan = preview.plan
        counts = {t.table.name: dict(t.counts) for t in plan.tables} if plan else {}
        return importer.ImportResult(preview, False, counts), backed_up
    # inspect() refused a sender whose key is not enrolled (sync.trust); one backup a batch.
    result = importer.apply(actor(), preview, replan=True, backup=not backed_up).value
    return result, backed_up or result.applied


def _say_result(path: Path, result: Any, dry_run: bool) -> None:
    from fupin_desktop.sync.merge import CATEGORIES
    from fupin_desktop.sync.tables import table_by_name

    preview = result.preview
    for note in preview.notes():
        say(f"{path.name}: {note}")
    if preview.already_imported:
        return
    head = tr("Would import") if dry_run else tr("Imported")
    say(
        tr("{head} {name}: package {number} from {sender}.").format(
            head=head, name=path.name, number=preview.manifest.sequence, sender=preview.sender_label
        )
    )
    labels = {
        "new": tr("new"),
        "changed": tr("changed"),
        "unchanged": tr("unchanged"),
        "conflict": tr("conflicts"),
        "deleted": tr("deleted"),
    }
    for name, counts in result.counts.items():
        if not any(counts.values()):
            continue
        table = table_by_name(name)
        parts = ", ".join(f"{labels[c]} {counts[c]}" for c in CATEGORIES if counts[c])
        say(f"  {table.title if table else name}: {parts}")


def _write_receipts(folder: Path, school_codes: set[str]) -> None:
    """One receipt per sender, named by its school code. The codes come from manifests
    the reader checked (10 digits), and are checked again here: a file name made from a
    package must never lead out of the folder."""
    from fupin_desktop.services import installation
    from fupin_desktop.sync.writer import export_package
    from fupin_desktop.validation import clean_school_code

    info = installation.current()
    for code in sorted(school_codes):
        code = clean_school_code(code)
        to = code if info is not None and info.is_township else None
        target = folder / (f"receipt-{code}.xlsx" if to else "receipt.xlsx")
        if target.resolve().parent != folder.resolve():
            raise ValidationError(N_("A receipt may only be written into {folder}."), folder=folder)
        result = export_package(actor(), target, to_code=to, receipt=True).value
        say(tr("Receipt written to {path}.").format(path=result.path))


def cmd_status(args: argparse.Namespace) -> int:
    from fupin_desktop.sync.township import sync_status

    open_ledger(args)
    for line in sync_status():
        say(line)
    return EXIT_OK
