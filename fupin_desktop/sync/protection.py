"""How a package file is protected (docs/architecture.md, "Trust"): sealed to the
receiver's enrolled X25519 key (the default); encrypted with the route's Excel password,
for a clerk who must open it in WPS; or not at all (only receipts, which hold no
records, and tests). And the read-back check of a written package (`--verify`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.services import installation
from fupin_desktop.sync import keys, seal, state, trust
from fupin_desktop.sync.manifest import RECEIPT, Manifest

SEALED, EXCEL_PASSWORD, PLAIN = "sealed", "excel_password", "plain"


def protect(
    info: installation.InstallationInfo,
    peer: str,
    receiver: str,
    manifest: Manifest,
    me: keys.Identity,
    protection: str,
    written: dict[str, str],
) -> tuple[str, Callable[[bytes], bytes] | None, str | None]:
    """(protection used, how the workbook's bytes are wrapped, the Excel password) of a
    package to `peer` (`receiver`: its name for people). A sealed package's SHA-256 is put
    in `written` once it is sealed (verify_written)."""
    if protection == EXCEL_PASSWORD:
        password = keys.route_password(me, keys.outgoing(peer))
        if not password:
            raise ValidationError(
                N_(
                    "No Excel password was made for {receiver} yet. Make one and print its "
                    "card first (Sync > Keys, or: fupin sync password --to CODE -o CARD.pdf)."
                ),
                receiver=receiver,
            )
        return protection, None, password
    if protection != SEALED or manifest.kind == RECEIPT:
        return PLAIN, None, None  # a receipt holds no records: any clerk may open it
    enrolled = trust.peer_keys(peer)
    if enrolled is None or not enrolled[1]:
        raise ValidationError(
            N_(
                "The key of {receiver} is not enrolled here, so the package cannot be sealed "
                "for it. Enrol its key first (Sync > Keys, or: fupin sync trust), or use the "
                "route's Excel password if a clerk must open the package in WPS."
            ),
            receiver=receiver,
        )
    own_code = info.township_code if info.is_township else info.school_code
    envelope = seal.Envelope(
        manifest.package_id,
        state.peer_key(info.role, own_code),
        info.display_name,
        me.fingerprint,
        peer,
        manifest.to_fingerprint,
    )

    def wrap(plain: bytes) -> bytes:
        sealed = seal.seal(plain, envelope, enrolled[1])
        written["sha256"] = hashlib.sha256(sealed).hexdigest()
        return sealed

    return SEALED, wrap, None


def verify_written(
    path: Path, manifest: Manifest, password: str | None, written: dict[str, str]
) -> None:
    """The file on the drive is what was written: a sealed one byte for byte (only its
    receiver can open it), the others read back like an import would."""
    if "sha256" in written:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != written["sha256"]:
            raise ValidationError(N_("The package on the drive differs from what was written."))
        return
    from fupin_desktop.sync.reader import read_package

    copy = read_package(path, password=password)
    if copy.manifest.content_sha256() != manifest.content_sha256():
        raise ValidationError(N_("The package on the drive differs from what was written."))
