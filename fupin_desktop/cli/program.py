"""The command line: the same services as the GUI, for the township's bulk work.

    fupin --db PATH --user NAME init --role school --school-code … --school-name … …
    fupin --db PATH demo [--schools N] [--students N] [--seed N]
    fupin --db PATH check
    fupin --db PATH --user NAME backup create DIR | restore FILE | passphrase

Every command but init (on a new ledger), demo (on a new ledger), check and `accounts
first|recover` logs in: --user NAME, the PIN typed or read from --pin-file FILE.

Exit codes: 0 done, 1 refused or a problem found (said why), 2 a file or database that
cannot be used (cli/failures.py): one sentence, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fupin_desktop import APP_VERSION
from fupin_desktop.cli import failures
from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREADABLE,
    NO_USER,
    UsageProblem,
    actor,
    day,
    log_in,
    open_ledger,
    progress,
    progress_done,
    read_pin,
    say,
    say_recovery_code,
    set_actor,
    table,
)
from fupin_desktop.cli.words import VERSION_HELP, translate_placeholders, translated
from fupin_desktop.errors import IntegrityFailed
from fupin_desktop.fileio import use_private_umask
from fupin_desktop.i18n import install_ts_translator, tr
from fupin_desktop.paths import default_db_path, zh_cn_ts
from fupin_desktop.schema.choices import ROLE, SCHOOL_TYPE
from fupin_desktop.services import ledger
from fupin_desktop.services.accounts import pins
from fupin_desktop.services.context import SYSTEM, Actor

Handler = Callable[[argparse.Namespace], int]


def cmd_init(args: argparse.Namespace) -> int:
    """Set up the installation and, on a ledger without accounts, its first account
    (--user, the PIN asked twice or read from --pin-file); its recovery code is printed
    once. A ledger with accounts is changed only by a principal who logs in."""
    from fupin_desktop.services import installation
    from fupin_desktop.services.accounts import accounts

    open_ledger(args, create=True, login=False)
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
    first = not accounts.has_accounts()
    if first:
        if not args.user:
            raise UsageProblem(NO_USER)
        pin = read_pin(args, confirm=True)
        pins.check_pin(pin)
        installation.initialise(Actor(args.user, "system"), form)
        made = accounts.create_first(args.user, pin).value
        set_actor(made.actor)
    else:
        installation.initialise(log_in(args), form)
    info = installation.current()
    assert info is not None
    say(tr("Set up as {role}: {name}.").format(role=ROLE.label(info.role), name=info.display_name))
    if first:
        say_recovery_code(made.actor.name, made.recovery_code)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Demo data; on a ledger without accounts, one account per role with known PINs,
    printed (a ledger with accounts is filled only by a principal who logs in)."""
    from fupin_desktop.demo import generate as demo
    from fupin_desktop.services.accounts import accounts

    open_ledger(args, create=True, login=False)
    who = log_in(args) if accounts.has_accounts() else SYSTEM
    summary, _ = demo.generate(
        who,
        schools=args.schools,
        students=args.students,
        seed=args.seed,
        report=progress,
        as_of=args.on,
    )
    progress_done()
    made = summary.accounts
    say(
        tr("Demo data: {schools} schools, {teachers} teachers, {students} students.").format(
            schools=summary.schools, teachers=summary.teachers, students=summary.students
        )
    )
    if made:
        say(tr("Demo accounts (name, role, PIN): log in with --user NAME."))
        for line in table([tr("Name"), tr("Role"), "PIN"], made, right=set()):
            say(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.db)
    if not path.exists() or path.is_dir():
        say(tr("{path} does not exist.").format(path=path))
        return EXIT_UNREADABLE
    try:
        problems = ledger.check(path)
    except IntegrityFailed as exc:
        say(exc.message)
        return EXIT_ATTENTION
    if problems:
        say(tr("Problems found in {path}:").format(path=path))
        for problem in problems:
            say(f"  - {problem}")
        return EXIT_ATTENTION
    say(tr("{path}: integrity and foreign keys are in order.").format(path=path))
    return EXIT_OK


def cmd_backup_create(args: argparse.Namespace) -> int:
    open_ledger(args)
    passphrase = read_pin(args, attribute="passphrase_file", prompt=tr("Backup passphrase: "))
    target = ledger.back_up_to(
        Path(args.db), Path(args.folder), actor=actor(), passphrase=passphrase
    ).value
    say(tr("Backup written, encrypted and checked: {path}").format(path=target))
    return EXIT_OK


def cmd_backup_passphrase(args: argparse.Namespace) -> int:
    from fupin_desktop.services.accounts import backup_key

    open_ledger(args)
    prompt = tr("New backup passphrase: ")
    passphrase = read_pin(args, attribute="passphrase_file", prompt=prompt, confirm=True)
    backup_key.set_passphrase(actor(), passphrase)
    say(tr("The backup passphrase is set. Write it on the recovery sheet in the school's safe."))
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Log in on the current ledger (a damaged one that cannot open is restored as the
    program's start does it, by SYSTEM, recorded), then restore."""
    from fupin_desktop.errors import IntegrityFailed as Damaged

    # Not under a program window that has the ledger open: it would go on writing into
    # the file moved aside (docs/architecture.md, "One window per ledger").
    claim = ledger.claim(Path(args.db))
    try:
        try:
            open_ledger(args)
            who = actor()
        except Damaged:
            who = SYSTEM
        ledger.close_connection()
        passphrase = None
        if ledger.is_encrypted(Path(args.file)):
            prompt = tr("Backup passphrase: ")
            passphrase = read_pin(args, attribute="passphrase_file", prompt=prompt)
        aside = ledger.restore(Path(args.db), Path(args.file), actor=who, passphrase=passphrase)
    finally:
        claim.release()
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
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _register_setup(sub)
    _register_backup(sub)
    _register_wings(sub)
    translate_placeholders(parser)
    return parser


def _global_options(parser: argparse.ArgumentParser) -> None:
    """--version, the ledger, and who acts: before any command."""
    parser.add_argument(
        "--version", action="version", version=f"fupin {APP_VERSION}", help=tr(VERSION_HELP)
    )
    parser.add_argument(
        "--db",
        default=str(default_db_path()),
        metavar="PATH",
        help=tr("the ledger database file (default: {path})").format(path=default_db_path()),
    )
    parser.add_argument("--user", metavar="NAME", help=tr("the account that acts"))
    parser.add_argument(
        "--pin-file",
        metavar="FILE",
        help=tr("read the PIN from this file (readable by its owner alone), for unattended work"),
    )


def _register_setup(sub: argparse._SubParsersAction) -> None:
    """Setting up, filling with demo data, and checking the ledger."""
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


def _register_backup(sub: argparse._SubParsersAction) -> None:
    """`fupin backup create|restore|passphrase`."""
    backup = sub.add_parser("backup", help=tr("back up or restore the ledger"))
    backup_sub = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    passphrase_help = tr("read the backup passphrase from this file (readable by its owner)")
    create = backup_sub.add_parser(
        "create", help=tr("write a checked, encrypted backup into a folder")
    )
    create.add_argument("folder", metavar="DIR", help=tr("the folder, e.g. on a USB stick"))
    create.add_argument("--passphrase-file", metavar="FILE", help=passphrase_help)
    create.set_defaults(handler=cmd_backup_create)
    restore = backup_sub.add_parser(
        "restore", help=tr("replace the ledger with a backup, after checking it")
    )
    restore.add_argument("file", metavar="FILE", help=tr("the backup file"))
    restore.add_argument("--passphrase-file", metavar="FILE", help=passphrase_help)
    restore.set_defaults(handler=cmd_backup_restore)
    phrase = backup_sub.add_parser(
        "passphrase", help=tr("set the passphrase that encrypts backups to a folder")
    )
    phrase.add_argument("--passphrase-file", metavar="FILE", help=passphrase_help)
    phrase.set_defaults(handler=cmd_backup_passphrase)


def _register_wings(sub: argparse._SubParsersAction) -> None:
    """Each wing's commands, from its own module (imported here, not at start-up)."""
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

    from fupin_desktop.cli.accounts import register as register_accounts

    register_accounts(sub)
    from fupin_desktop.cli.privacy import register as register_privacy

    register_privacy(sub)


def main(argv: Sequence[str] | None = None) -> int:
    use_private_umask()
    install_ts_translator(zh_cn_ts())
    # argparse's own words (usage, options, its errors) in Chinese too.
    with translated():
        parser = build_parser()
        args = parser.parse_args(argv)
    set_actor(None)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # The output's reader stopped early (`fupin … | head`): nothing more to say to it,
        # and no traceback when Python flushes stdout on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # one sentence and an exit code, never a traceback
        return failures.report(exc, args.db)
    finally:
        set_actor(None)
        try:
            ledger.close_ledger()
        except Exception:  # closing a ledger that could not open must not raise
            ledger.close_connection()


if __name__ == "__main__":
    sys.exit(main())
