"""`fupin sync key|trust|password`: this ledger's keys, enrolling a peer's key, and the
Excel password of a route (docs/architecture.md, "Trust"). See cli/sync.py for the
command lines."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_OK,
    actor,
    open_ledger,
    password_from_file,
    password_option,
    say,
)
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr


def register(actions: Any) -> None:
    key = actions.add_parser("key", help=tr("this ledger's key: fingerprint, card, export"))
    key.add_argument("--card", metavar="OUT.pdf", help=tr("print the enrolment card"))
    key.add_argument(
        "--public", metavar="OUT.fpkey", help=tr("write the public key file for the peers")
    )
    key.add_argument(
        "--export-private",
        metavar="OUT",
        help=tr("export the private key for a reinstall (principal; keep it locked away)"),
    )
    key.add_argument(
        "--i-understand",
        action="store_true",
        help=tr("confirm that the exported private key lets anyone sign as this ledger"),
    )
    key.add_argument(
        "--import-private", metavar="FILE", help=tr("make an exported key this ledger's key")
    )
    password_option(key, tr("the password of the exported key, in this file"))
    key.set_defaults(handler=cmd_key)

    trust = actions.add_parser("trust", help=tr("enrol or re-key a peer after comparing"))
    trust.add_argument("peer", metavar="PEER", help=tr("school:CODE, township:CODE or a code"))
    trust.add_argument(
        "--fingerprint", required=True, help=tr("the whole fingerprint on the peer's card")
    )
    trust.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="FILE",
        help=tr("the peer's key file, or a package or receipt it sent"),
    )
    password_option(trust, tr("the Excel password of that package, in this file"))
    trust.set_defaults(handler=cmd_trust)

    password = actions.add_parser(
        "password", help=tr("make a route's Excel password and print its card (once)")
    )
    password.add_argument("--to", metavar="SCHOOL_CODE", help=tr("the school (township mode)"))
    password.add_argument("-o", "--output", required=True, metavar="CARD.pdf")
    password.add_argument("--new", action="store_true", help=tr("replace the password"))
    password.set_defaults(handler=cmd_password)


def cmd_key(args: argparse.Namespace) -> int:
    from fupin_desktop.sync import cards, trust

    secret = password_from_file(args)
    open_ledger(args)
    if args.import_private:
        if not secret:
            raise ValidationError(N_("Give the key's password with --password-file."))
        trust.import_private_key(actor(), Path(args.import_private), secret)
        say(tr("The exported key is now this ledger's key."))
    fingerprint = trust.own_card().fingerprint
    say(tr("Fingerprint of this ledger's key: {fingerprint}").format(fingerprint=fingerprint))
    if args.card:
        path = cards.print_enrolment_card(actor(), Path(args.card)).value
        say(tr("Enrolment card written to {path}.").format(path=path))
    if args.public:
        path = trust.write_public_key(Path(args.public)).value
        say(tr("Public key written to {path}.").format(path=path))
    if args.export_private:
        if not args.i_understand:
            raise ValidationError(
                N_(
                    "The exported key lets anyone who has it and its password sign as this "
                    "ledger. Add --i-understand to export it."
                )
            )
        password = trust.export_private_key(actor(), Path(args.export_private)).value
        say(
            tr(
                "Private key exported to {path}. Its password, shown only now: {password}. "
                "Write it down and keep it apart from the file."
            ).format(path=args.export_private, password=password)
        )
    return EXIT_OK


def _peer_name(text: str) -> str:
    text = text.strip()
    if ":" in text:
        return text
    digits = "".join(ch for ch in text if ch.isdigit())
    return f"school:{digits}" if len(digits) == 10 else f"township:{digits}"


def cmd_trust(args: argparse.Namespace) -> int:
    from fupin_desktop.sync import keys, trust

    password = password_from_file(args)
    open_ledger(args)
    offer = trust.read_offer(Path(args.source), password=password)
    if _peer_name(args.peer) != offer.peer:
        raise ValidationError(
            N_("{name} holds the key of {found}, not of {peer}. Nothing was enrolled."),
            name=Path(args.source).name,
            found=offer.peer,
            peer=args.peer,
        )
    if len(keys.normalise_fingerprint(args.fingerprint).replace(" ", "")) != 40:
        raise ValidationError(
            N_("Give the whole fingerprint (40 digits) as printed on the enrolment card.")
        )
    say(tr("Enrolled now: {old}").format(old=offer.enrolled_fingerprint or tr("none")))
    say(tr("In {name}: {new}").format(name=Path(args.source).name, new=offer.fingerprint))
    _, changes = trust.enrol(actor(), offer, args.fingerprint)
    if not changes:
        say(tr("{peer} was enrolled with this key already.").format(peer=offer.name))
    elif offer.is_rekey:
        say(tr("{peer} was re-keyed.").format(peer=offer.name))
    else:
        say(tr("{peer} is enrolled.").format(peer=offer.name))
    return EXIT_OK


def cmd_password(args: argparse.Namespace) -> int:
    from fupin_desktop.sync import cards

    open_ledger(args)
    cards.make_route_password(actor(), args.to, Path(args.output), new=args.new)
    say(
        tr("The Excel password of this route is on the card {path}; it is not shown again.").format(
            path=args.output
        )
    )
    return EXIT_OK
