"""The cards a principal prints (docs/architecture.md, "Trust"): this ledger's enrolment
card (its key's fingerprint) and the Excel password card of one route (made here once,
remembered with the keys, never in the ledger)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fupin_desktop.errors import NotInitialised, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.io.pdf import trust_card
from fupin_desktop.schema.choices import ROLE
from fupin_desktop.services import audit, installation
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import keys, trust
from fupin_desktop.sync.writer import route_to


def print_enrolment_card(actor: Actor, path: Path) -> Result[Path]:
    card = trust.own_card()
    text = trust_card.enrolment_card(
        ROLE.label(card.role),
        card.name,
        card.code,
        f"{card.township_name}（{card.township_code}）",
        card.fingerprint,
        dt.date.today().isoformat(),
    )
    trust_card.write_card(Path(path), text)
    audit.record(actor, audit.Action.PRINT, "setting", details=f"enrolment card {card.fingerprint}")
    return Result(Path(path), Changes())


def make_route_password(
    actor: Actor, to_code: str | None, path: Path, *, new: bool = False
) -> Result[str]:
    """Make the Excel password of the route to `to_code` (a school's code, in township
    mode), remember it, and print its card into `path`, once: a second card needs `new`,
    which makes another password (the receiver must then be given the new card)."""
    if not actor.may_configure:
        raise PermissionDenied()
    info = installation.current()
    if info is None:
        raise NotInitialised()
    route = route_to(info, to_code)
    me = trust.own_identity()
    if keys.route_password(me, keys.outgoing(route.peer)) and not new:
        raise ValidationError(
            N_(
                "The Excel password for {receiver} was made and printed before; it is "
                "printed only once. To replace it, make a new one (--new) and give the "
                "receiver the new card."
            ),
            receiver=route.to_name,
        )
    password = keys.new_route_password()
    sender = f"{info.display_name}（{info.school_code or info.township_code}）"
    card = trust_card.password_card(
        sender, f"{route.to_name}（{route.to_code}）", password, dt.date.today().isoformat()
    )
    trust_card.write_card(Path(path), card)
    keys.remember_password(me, keys.outgoing(route.peer), password)
    audit.record(actor, audit.Action.ROUTE_PASSWORD, "setting", route.peer)
    return Result(password, Changes())
