"""Enrolment (docs/architecture.md, "Trust"): which key this ledger accepts for each
peer, decided only by a principal who compared the key's fingerprint with the peer's
enrolment card (or heard it read out by phone). A batch import never enrols or re-keys.

The peer's public keys come from a file it made: its key file (`fupin sync key
--export-public`, Sync > Keys) or any package or receipt it sent here. The file's own
signature proves it was made with the private half of the key it carries; the
fingerprint a person compares proves whose key that is.

Peers are kept in Setting rows (state.peer): instance id, name, public keys, fingerprint,
when and by whom enrolled. Public keys are no secret: they may sit in the ledger.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database, utcnow
from fupin_desktop.errors import FileFormatError, NotInitialised, PermissionDenied, ValidationError
from fupin_desktop.fileio import atomic_target
from fupin_desktop.i18n import N_
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import keys, state
from fupin_desktop.validation import clean_school_code, clean_township_code

PUBLIC_FORMAT = "fupin-public-key"
PUBLIC_SUFFIX = ".fpkey"


@dataclass(frozen=True)
class Offer:
    """A peer's public keys, read from a file, ready for a person to compare."""

    peer: str  # "school:<code>" / "township:<code>"
    role: str
    code: str
    name: str
    township_code: str
    instance_id: str
    sign_key: str
    seal_key: str
    fingerprint: str
    enrolled_fingerprint: str  # the key enrolled now; "" if none

    @property
    def is_rekey(self) -> bool:
        return bool(self.enrolled_fingerprint) and self.enrolled_fingerprint != self.fingerprint

    @property
    def already_enrolled(self) -> bool:
        return self.enrolled_fingerprint == self.fingerprint


def _info() -> installation.InstallationInfo:
    info = installation.current()
    if info is None:
        raise NotInitialised()
    return info


def own_identity() -> keys.Identity:
    return keys.identity(_info().instance_id)


@dataclass(frozen=True)
class Card:
    """What an enrolment card shows: who this installation is, and its fingerprint."""

    role: str
    code: str
    name: str
    township_code: str
    township_name: str
    fingerprint: str


def own_card() -> Card:
    info = _info()
    code = info.township_code if info.is_township else info.school_code
    return Card(
        info.role,
        code,
        info.display_name,
        info.township_code,
        info.township_name,
        own_identity().fingerprint,
    )


def enrolled_fingerprint(peer: str) -> str:
    known = state.peer(peer) or {}
    if not known.get("sign_key"):
        return ""
    return keys.fingerprint(known["sign_key"], known.get("seal_key", ""))


# -- the public key file ---------------------------------------------------------------
def _public_body(info: installation.InstallationInfo, me: keys.Identity) -> dict[str, Any]:
    code = info.township_code if info.is_township else info.school_code
    return {
        "format": PUBLIC_FORMAT,
        "version": 1,
        "role": info.role,
        "code": code,
        "name": info.display_name,
        "township_code": info.township_code,
        "instance_id": info.instance_id,
        "sign_key": me.sign_public,
        "seal_key": me.seal_public,
        "created_at": str(utcnow()),
    }


def _canonical(body: dict[str, Any]) -> bytes:
    data = {k: v for k, v in body.items() if k != "signature"}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def write_public_key(path: Path) -> Result[Path]:
    """This installation's public keys in a small signed file, for a peer to enrol (a
    file written; nothing in the ledger changes)."""
    info = _info()
    me = own_identity()
    body = _public_body(info, me)
    body["signature"] = me.sign(_canonical(body))
    with atomic_target(Path(path)) as tmp:
        tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    return Result(Path(path), Changes())


def _not_a_key(name: str) -> FileFormatError:
    return FileFormatError(
        N_("{name} is neither a key file nor a package of this program."), name=name
    )


def _offer_from_key_file(path: Path) -> dict[str, Any]:
    try:
        body = json.loads(path.read_text(encoding="utf-8")[:20_000])
        fields = {k: str(body[k]) for k in ("role", "code", "name", "township_code")}
        fields.update({k: str(body[k]) for k in ("instance_id", "sign_key", "seal_key")})
        signature = str(body["signature"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _not_a_key(path.name) from None
    if body.get("format") != PUBLIC_FORMAT or not keys.verify(
        fields["sign_key"], signature, _canonical(body)
    ):
        raise _not_a_key(path.name)
    return fields


def _offer_from_package(path: Path, password: str | None) -> dict[str, Any]:
    from fupin_desktop.sync.reader import read_package

    me = own_identity()
    manifest = read_package(path, password=password, identity=me).manifest
    if not manifest.signature_valid(manifest.sign_key):
        raise _not_a_key(path.name)
    code = manifest.school_code if manifest.sender_role == "school" else manifest.township_code
    return {
        "role": manifest.sender_role,
        "code": code,
        "name": manifest.sender_name,
        "township_code": manifest.township_code,
        "instance_id": manifest.sender_instance,
        "sign_key": manifest.sign_key,
        "seal_key": manifest.seal_key,
    }


def read_offer(path: Path, *, password: str | None = None) -> Offer:
    """The keys in `path` (a key file, a package or a receipt), checked: made with the
    key they carry, by a peer this ledger may enrol (its township, or a school of it)."""
    path = Path(path)
    info = _info()
    try:
        head = path.read_bytes()[:1]
    except OSError as exc:
        raise FileFormatError(N_("{name} cannot be opened."), name=path.name) from exc
    fields = _offer_from_key_file(path) if head == b"{" else _offer_from_package(path, password)
    try:
        clean_township_code(fields["township_code"])
        if fields["role"] == "school":
            clean_school_code(fields["code"])
        elif fields["role"] == "township":
            clean_township_code(fields["code"])
        else:
            raise ValidationError()
        fp = keys.fingerprint(fields["sign_key"], fields["seal_key"])
    except (ValidationError, ValueError):
        raise _not_a_key(path.name) from None
    _check_relation(info, fields)
    peer = state.peer_key(fields["role"], fields["code"])
    return Offer(
        peer,
        fields["role"],
        fields["code"],
        fields["name"][:60],
        fields["township_code"],
        fields["instance_id"][:36],
        fields["sign_key"],
        fields["seal_key"],
        fp,
        enrolled_fingerprint(peer),
    )


def _check_relation(info: installation.InstallationInfo, fields: dict[str, Any]) -> None:
    if fields["instance_id"] == info.instance_id:
        raise ValidationError(N_("This is this installation's own key: enrol it at the peer."))
    if fields["township_code"] != info.township_code:
        raise ValidationError(
            N_("This key belongs to another township ({code}); it cannot be enrolled here."),
            code=fields["township_code"],
        )
    if info.is_township and fields["role"] != "school":
        raise ValidationError(N_("A township enrols the keys of its schools only."))
    if not info.is_township and fields["role"] != "township":
        raise ValidationError(N_("A school enrols the key of its township only."))


# -- enrolling ---------------------------------------------------------------------------
def fingerprint_matches(offer: Offer, typed: str) -> bool:
    """The whole fingerprint (the command line), or its last group (the GUI, after a
    person compared the whole of it on the screen with the card)."""
    digits = keys.normalise_fingerprint(typed)
    return bool(digits) and digits in (offer.fingerprint, keys.last_group(offer.fingerprint))


def enrol(actor: Actor, offer: Offer, typed: str) -> Result[None]:
    """Enrol the peer's key, or re-key it (the peer was reinstalled): principal only,
    after the fingerprint was compared. A re-key forgets what the peer was known to hold,
    so that the next package to it holds everything."""
    require(actor, Do.ENROL)
    if not fingerprint_matches(offer, typed):
        raise ValidationError(
            N_(
                "The fingerprint typed does not match the key's ({fingerprint}). Compare it "
                "with the enrolment card again; nothing was enrolled."
            ),
            fingerprint=offer.fingerprint,
        )
    with database.atomic():
        current = enrolled_fingerprint(offer.peer)
        if current == offer.fingerprint:
            return Result(None, Changes())
        if state.peer(offer.peer) is not None:
            state.reset_route(offer.peer)
        state.enrol(
            offer.peer,
            {
                "instance_id": offer.instance_id,
                "name": offer.name,
                "role": offer.role,
                "code": offer.code,
                "sign_key": offer.sign_key,
                "seal_key": offer.seal_key,
                "enrolled_at": str(utcnow()),
                "enrolled_by": actor.name,
            },
        )
        action = audit.Action.REKEY if current else audit.Action.ENROL
        details = f"{current or '-'} -> {offer.fingerprint}"
        audit.record(actor, action, "setting", offer.peer, details)
    return Result(None, Changes(settings=True))


def peer_keys(peer: str) -> tuple[str, str] | None:
    """(signing key, sealing key) enrolled for `peer`, or None."""
    known = state.peer(peer) or {}
    if not known.get("sign_key"):
        return None
    return known["sign_key"], known.get("seal_key", "")


def adopt_instance(peer: str, instance_id: str) -> None:
    """The enrolled key now signs from a new installation (its key was exported and
    imported on a reinstalled PC): the route starts again from what this ledger has."""
    known = dict(state.peer(peer) or {})
    if known.get("instance_id") != instance_id:
        known["instance_id"] = instance_id
        state.enrol(peer, known)
        state.reset_route(peer)


# -- exporting and importing the private key (a reinstall) ---------------------------
def export_private_key(actor: Actor, path: Path) -> Result[str]:
    """The private keys, encrypted, into `path`; its value is the password (shown once)."""
    password = keys.export_private(own_identity(), Path(path), may_configure=actor.may_configure)
    audit.record(actor, audit.Action.KEY_EXPORT, "setting", details=Path(path).name)
    return Result(password, Changes())


def import_private_key(actor: Actor, path: Path, password: str) -> Result[str]:
    """Make the exported keys in `path` this installation's keys; its value is the new
    fingerprint.
    The peers then accept this installation's packages without enrolling it again."""
    if not actor.may_configure:
        raise PermissionDenied()
    info = _info()
    blob, _fingerprint = keys.read_export(Path(path), password)
    identity = keys.Identity.from_blob(info.instance_id, blob)
    keys.save(identity)
    audit.record(actor, audit.Action.KEY_IMPORT, "setting", details=identity.fingerprint)
    return Result(identity.fingerprint, Changes(settings=True))
