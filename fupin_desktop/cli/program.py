"""The command line: the same services as the GUI, for the township's bulk work.

    fupin --db PATH init --role school --school-code … --school-name … …
    fupin --db PATH demo [--schools N] [--students N] [--seed N]
    fupin --db PATH check
    fupin --db PATH backup create DIR | backup restore FILE

Exit codes: 0 done, 1 refused or a problem found (said why), 2 a file or database that
cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fupin_desktop import APP_VERSION
from fupin_desktop.cli.common import (
    CLI_ACTOR,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREADABLE,
    day,
    open_ledger,
    progress,
    progress_done,
    say,
)
from fupin_desktop.cli.words import VERSION_HELP, translated
from fupin_desktop.errors import FileFormatError, FupinError, IntegrityFailed
from fupin_desktop.fileio import cannot_write
from fupin_desktop.i18n import N_, install_ts_translator, tr
from fupin_desktop.paths import default_db_path, zh_cn_ts
from fupin_desktop.schema.choices import ROLE, SCHOOL_TYPE
from fupin_desktop.services import ledger

Handler = Callable[[argparse.Namespace], int]


def cmd_init(args: argparse.Namespace) -> int:
    from fupin_desktop.services import installation

    open_ledger(args)
    form = installation.SetupForm(
        role=args.role,
        township_code=args.township_code or "",
        township_name=args.township_name or "",
        school_code=args.school_code or "",
        school_name=args.school_name or "",
        school_type=args.school_type or "",
    )
    _, errors = installation.validate_setup(form)
    if errors:
        for message in errors.values():
            say(message)
        return EXIT_REFUSED
    installation.initialise(CLI_ACTOR, form)
    info = installation.current()
    assert info is not None
    say(tr("Set up as {role}: {name}.").format(role=ROLE.label(info.role), name=info.display_name))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from fupin_desktop.demo import generate as demo

    open_ledger(args)
    summary, _ = demo.generate(
        CLI_ACTOR,
        schools=args.schools,
        students=args.students,
        seed=args.seed,
        report=progress,
        as_of=args.on,
    )
    progress_done()
    say(
        tr("Demo data: {schools} schools, {teachers} teachers, {students} students.").format(
            schools=summary.schools, teachers=summary.teachers, students=summary.students
        )
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if not path.exists():
        say(tr("{path} does not exist.").format(path=path))
        return EXIT_UNREADABLE
    try:
        problems = ledger.check(path)
    except IntegrityFailed as exc:
        say(exc.message)
        return EXIT_REFUSED
    if problems:
        say(tr("Problems found in {path}:").format(path=path))
        for problem in problems:
            say(f"  - {problem}")
        return EXIT_REFUSED
    say(tr("{path}: integrity and foreign keys are in order.").format(path=path))
    return EXIT_OK


def cmd_backup_create(args: argparse.Namespace) -> int:
    open_ledger(args)
    target = ledger.back_up_to(Path(args.db), Path(args.folder)).value
    say(tr("Backup written and checked: {path}").format(path=target))
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    aside = ledger.restore(Path(args.db), Path(args.file))
    say(
        tr("Restored from {backup}. The previous ledger was kept as {aside}.").format(
            backup=args.file, aside=aside
        )
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fupin",
        description=tr(
            "Education poverty-alleviation ledger: the command line of the same program, "
            "for setting up, checking, backing up and bulk work."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"fupin {APP_VERSION}", help=tr(VERSION_HELP)
    )
    parser.add_argument(
        "--db",
        default=str(default_db_path()),
        metavar="PATH",
        help=tr("the ledger database file (default: {path})").format(path=default_db_path()),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help=tr("set up this installation as a school or the township"))
    init.add_argument("--role", required=True, choices=ROLE.codes(), help=tr("school or township"))
    init.add_argument("--school-code", help=tr("the school's 10-digit national code"))
    init.add_argument("--school-name", help=tr("the school's name"))
    init.add_argument(
        "--school-type",
        choices=SCHOOL_TYPE.codes(),
        help=tr("the type of school (a school must say it)"),
    )
    init.add_argument("--township-code", required=True, help=tr("the township's 9-digit code"))
    init.add_argument("--township-name", required=True, help=tr("the township's name"))
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", help=tr("fill the ledger with realistic demo data"))
    demo.add_argument("--schools", type=int, default=9, help=tr("number of schools"))
    demo.add_argument("--students", type=int, default=2000, help=tr("number of students"))
    demo.add_argument("--seed", type=int, default=1, help=tr("random seed (same seed, same data)"))
    demo.add_argument(
        "--on",
        type=day,
        metavar="YYYY-MM-DD",
        help=tr("the day the ledger is 'today' (default: today)"),
    )
    demo.set_defaults(handler=cmd_demo)

    check = sub.add_parser("check", help=tr("check integrity and foreign keys; exit 1 on problems"))
    check.set_defaults(handler=cmd_check)

    backup = sub.add_parser("backup", help=tr("back up or restore the ledger"))
    backup_sub = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    create = backup_sub.add_parser("create", help=tr("write a checked backup into a folder"))
    create.add_argument("folder", metavar="DIR", help=tr("the folder, e.g. on a USB stick"))
    create.set_defaults(handler=cmd_backup_create)
    restore = backup_sub.add_parser(
        "restore", help=tr("replace the ledger with a backup, after checking it")
    )
    restore.add_argument("file", metavar="FILE", help=tr("the backup file"))
    restore.set_defaults(handler=cmd_backup_restore)

    from fupin_desktop.cli.students import register as register_students

    register_students(sub)
    from fupin_desktop.cli.pdf import register as register_pdf

    register_pdf(sub)
    from fupin_desktop.cli.sync import register as register_sync

    register_sync(sub)
    from fupin_desktop.cli.care import register as register_care

    register_care(sub)
    from fupin_desktop.cli.exchange import register as register_exchange

    register_exchange(sub)
    from fupin_desktop.cli.activities import register as register_activities

    register_activities(sub)
    from fupin_desktop.cli.aid import register as register_aid

    register_aid(sub)

    from fupin_desktop.cli.schoolyear import register as register_schoolyear

    register_schoolyear(sub)

    return parser


DAMAGED_ON_THE_WAY = N_(
    "The ledger {path} could not be read or written ({reason}): it may be damaged. Check "
    "it with: fupin --db {path} check; if it is damaged, restore the newest backup: fupin "
    "--db {path} backup restore FILE."
)


def main(argv: Sequence[str] | None = None) -> int:
    install_ts_translator(zh_cn_ts())
    # argparse's own words (usage, options, its errors) in Chinese too.
    with translated():
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except FileFormatError as exc:
        say(exc.message)
        return EXIT_UNREADABLE
    except FupinError as exc:
        say(exc.message)
        if exc.details:
            print(exc.details, file=sys.stderr)
        return EXIT_REFUSED
    except ledger.LEDGER_ERRORS as exc:
        # A ledger that opened but fails on the way (damaged pages): said, never a trace.
        say(tr(DAMAGED_ON_THE_WAY).format(path=args.db, reason=exc))
        return EXIT_UNREADABLE
    except OSError as exc:
        say(cannot_write(Path(exc.filename or args.db), exc).message)
        return EXIT_UNREADABLE
    finally:
        ledger.close_ledger()


if __name__ == "__main__":
    sys.exit(main())
