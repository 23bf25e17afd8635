"""Accounts and the audit log on the command line (docs/architecture.md, "People and
privacy"):

    fupin --user NAME accounts first                  the first account, with its recovery code
    fupin --user NAME accounts list | add NAME --role ROLE [--teacher NAME]
    fupin --user NAME accounts enable NAME | disable NAME | reset-pin NAME | pin
    fupin --user NAME accounts recover --code CODE    a forgotten PIN, with the recovery code
    fupin --user NAME accounts lock-minutes N
    fupin --user NAME audit list [--from DATE] [--to DATE] [--who NAME] [--action ACTION]
    fupin --user NAME audit verify                     exit 1 when the chain is broken

New PINs are typed twice, or read from --new-pin-file FILE.
"""

from __future__ import annotations

import argparse

from fupin_desktop.cli.common import (
    EXIT_ATTENTION,
    EXIT_OK,
    NO_USER,
    UsageProblem,
    actor,
    open_ledger,
    parse_date,
    read_pin,
    say,
    say_recovery_code,
    set_actor,
    table,
    teacher_by_name,
)
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import tr
from fupin_desktop.schema.format import local_time
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import accounts
from fupin_desktop.services.accounts.roles import ACCOUNT_ROLE


def _new_pin(args: argparse.Namespace) -> str:
    return read_pin(args, attribute="new_pin_file", prompt=tr("New PIN: "), confirm=True)


def _account_id(name: str) -> str:
    for row in accounts.list_accounts(actor()):
        if row.name == name:
            return row.id
    raise NotFound(tr("No account called {name}.").format(name=name))


def cmd_first(args: argparse.Namespace) -> int:
    open_ledger(args, login=False)
    if not args.user:
        raise UsageProblem(NO_USER)
    made = accounts.create_first(args.user, read_pin(args, confirm=True)).value
    set_actor(made.actor)
    say(tr("Account {name} made ({role}).").format(name=args.user, role=made.actor.role))
    say_recovery_code(made.actor.name, made.recovery_code)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    open_ledger(args)
    rows = [
        [
            a.name,
            a.role_label,
            a.teacher_name,
            tr("yes") if a.active else tr("no"),
            local_time(a.last_login_at) if a.last_login_at else "",
        ]
        for a in accounts.list_accounts(actor())
    ]
    headers = [tr("Name"), tr("Role"), tr("Teacher"), tr("Active"), tr("Last login")]
    for line in table(headers, rows, right=set()):
        say(line)
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    open_ledger(args)
    teacher = teacher_by_name(args.teacher, None) if args.teacher else None
    accounts.save_account(
        actor(), None, args.name, args.role, teacher_id=teacher, pin=_new_pin(args)
    )
    say(tr("Account {name} made.").format(name=args.name))
    return EXIT_OK


def cmd_active(args: argparse.Namespace) -> int:
    open_ledger(args)
    accounts.set_active(actor(), _account_id(args.name), args.active)
    text = tr("Account {name} enabled.") if args.active else tr("Account {name} disabled.")
    say(text.format(name=args.name))
    return EXIT_OK


def cmd_reset_pin(args: argparse.Namespace) -> int:
    open_ledger(args)
    accounts.reset_pin(actor(), _account_id(args.name), _new_pin(args))
    say(tr("The PIN of {name} is reset.").format(name=args.name))
    return EXIT_OK


def cmd_own_pin(args: argparse.Namespace) -> int:
    open_ledger(args, login=False)
    if not args.user:
        raise UsageProblem(NO_USER)
    old = read_pin(args)
    me = accounts.login(args.user, old)
    accounts.change_own_pin(me, old, _new_pin(args))
    say(tr("Your PIN is changed."))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    open_ledger(args, login=False)
    if not args.user:
        raise UsageProblem(NO_USER)
    fresh = accounts.recover(args.user, args.code, _new_pin(args)).value
    say(tr("The PIN of {name} is set. The old recovery code is used up.").format(name=args.user))
    say_recovery_code(args.user, fresh)
    return EXIT_OK


def cmd_lock(args: argparse.Namespace) -> int:
    open_ledger(args)
    accounts.set_lock_minutes(actor(), args.minutes)
    say(tr("The window locks after {n} idle minutes (0: never).").format(n=args.minutes))
    return EXIT_OK


def cmd_audit_list(args: argparse.Namespace) -> int:
    open_ledger(args)
    query = audit.AuditQuery(
        date_from=parse_date(args.date_from),
        date_to=parse_date(args.date_to),
        actor=args.who or "",
        action=args.action or "",
        limit=args.limit,
    )
    rows = [
        [
            r.seq,
            local_time(r.at),
            r.actor,
            ACCOUNT_ROLE.label(r.role),
            r.action,
            r.table,
            r.fields,
            r.details,
            r.reason,
        ]
        for r in audit.entries(actor(), query)
    ]
    headers = ["#", tr("When"), tr("Who"), tr("Role"), tr("Action"), tr("Table")]
    headers += [tr("Fields"), tr("Details"), tr("Why")]
    for line in table(headers, rows, right={0}):
        say(line)
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    open_ledger(args)
    from fupin_desktop.services.accounts.roles import Do, require

    require(actor(), Do.VIEW_AUDIT)
    found = audit.verify()
    head = audit.head()
    if found.intact:
        say(
            tr("The audit log is intact: {rows} rows, head {seq} {sha}.").format(
                rows=found.rows, seq=head.seq, sha=head.sha256[:16]
            )
        )
        return EXIT_OK
    say(tr("The audit log was changed: the chain breaks at row {seq}.").format(seq=found.broken_at))
    return EXIT_ATTENTION


def register(sub: argparse._SubParsersAction) -> None:
    new_pin = tr("read the new PIN from this file (readable by its owner alone)")
    parser = sub.add_parser("accounts", help=tr("accounts, roles and PINs"))
    acts = parser.add_subparsers(dest="accounts_command", required=True, metavar="ACTION")
    first = acts.add_parser("first", help=tr("make the first account (--user) of a ledger"))
    first.set_defaults(handler=cmd_first)
    acts.add_parser("list", help=tr("list the accounts")).set_defaults(handler=cmd_list)
    add = acts.add_parser("add", help=tr("make an account"))
    add.add_argument("name", help=tr("the name to log in with"))
    add.add_argument("--role", required=True, choices=ACCOUNT_ROLE.codes(), help=tr("its role"))
    add.add_argument("--teacher", help=tr("the teacher it belongs to (teacher roles)"))
    add.add_argument("--new-pin-file", metavar="FILE", help=new_pin)
    add.set_defaults(handler=cmd_add)
    for name, active, text in (
        ("enable", True, tr("let an account log in again")),
        ("disable", False, tr("stop an account from logging in")),
    ):
        one = acts.add_parser(name, help=text)
        one.add_argument("name")
        one.set_defaults(handler=cmd_active, active=active)
    reset = acts.add_parser("reset-pin", help=tr("give an account a new PIN"))
    reset.add_argument("name")
    reset.add_argument("--new-pin-file", metavar="FILE", help=new_pin)
    reset.set_defaults(handler=cmd_reset_pin)
    own = acts.add_parser("pin", help=tr("change your own PIN"))
    own.add_argument("--new-pin-file", metavar="FILE", help=new_pin)
    own.set_defaults(handler=cmd_own_pin)
    recover = acts.add_parser("recover", help=tr("set a forgotten PIN with the recovery code"))
    recover.add_argument("--code", required=True, help=tr("the recovery code"))
    recover.add_argument("--new-pin-file", metavar="FILE", help=new_pin)
    recover.set_defaults(handler=cmd_recover)
    lock = acts.add_parser("lock-minutes", help=tr("lock the window after N idle minutes"))
    lock.add_argument("minutes", type=int)
    lock.set_defaults(handler=cmd_lock)

    log = sub.add_parser("audit", help=tr("read and check the audit log"))
    log_acts = log.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    listing = log_acts.add_parser("list", help=tr("the audit log, newest first"))
    listing.add_argument("--from", dest="date_from", metavar="DATE")
    listing.add_argument("--to", dest="date_to", metavar="DATE")
    listing.add_argument("--who", metavar="NAME")
    listing.add_argument("--action", choices=sorted(audit.ACTIONS))
    listing.add_argument("--limit", type=int, default=200)
    listing.set_defaults(handler=cmd_audit_list)
    verify = log_acts.add_parser("verify", help=tr("check the SHA-256 chain; exit 1 if broken"))
    verify.set_defaults(handler=cmd_audit_verify)
