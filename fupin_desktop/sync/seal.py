"""Sealed packages (docs/architecture.md, "Trust"): the workbook encrypted to the
receiver's X25519 key with HPKE (RFC 9180, `cryptography`'s hpke: DHKEM(X25519),
HKDF-SHA256, AES-256-GCM). Whoever finds the USB stick sees a file that is not a
workbook; only the receiver's private key opens it.

The file is: MAGIC, the length of the header (4 bytes, big-endian), the header (JSON:
package id, sender, receiver and the fingerprints of their keys, in clear so that the
importer can say whose package it is before it opens it), then the HPKE ciphertext. The
header is HPKE's `info`: change one byte of it and the package does not open. The
manifest inside, signed by the sender, must name the same package, sender and receiver.

Sealing is confidentiality only: anyone may seal a file to a public key. That the sender
is who it says is the manifest's Ed25519 signature (sync.manifest).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, PackageRefused
from fupin_desktop.i18n import N_

MAGIC = b"FUPIN-SEALED\x00\n"
SEAL_FORMAT = "fupin-sealed"
SUITE = "DHKEM(X25519)-HKDF-SHA256-AES-256-GCM"
SUFFIX = ".fpkg"
_MAX_HEADER = 4096


@dataclass(frozen=True)
class Envelope:
    package_id: str
    sender: str  # state.peer_key of the sender: "school:4301230001"
    sender_name: str
    sender_fingerprint: str
    receiver: str
    receiver_fingerprint: str

    def header(self) -> bytes:
        data = {
            "format": SEAL_FORMAT,
            "version": 1,
            "suite": SUITE,
            "package_id": self.package_id,
            "sender": self.sender,
            "sender_name": self.sender_name,
            "sender_fingerprint": self.sender_fingerprint,
            "receiver": self.receiver,
            "receiver_fingerprint": self.receiver_fingerprint,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _suite() -> Any:
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def seal(plain: bytes, envelope: Envelope, receiver_seal_public: str) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    header = envelope.header()
    key = X25519PublicKey.from_public_bytes(bytes.fromhex(receiver_seal_public))
    body = _suite().encrypt(plain, key, info=b"fupin-sealed-v1:" + header)
    return MAGIC + struct.pack(">I", len(header)) + header + body


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _damaged(name: str) -> FileFormatError:
    return FileFormatError(
        N_("{name} is a sealed package, but it is damaged or incomplete. Ask for it again."),
        name=name,
    )


def read_envelope(path: Path) -> tuple[Envelope, bytes, bytes]:
    """(envelope, header bytes, ciphertext) of a sealed file; refuses a damaged one."""
    from fupin_desktop.sync.crypto import _check_size

    path = Path(path)
    _check_size(path)  # the same limit as for any workbook
    data = path.read_bytes()
    start = len(MAGIC) + 4
    if len(data) < start:
        raise _damaged(path.name)
    (size,) = struct.unpack(">I", data[len(MAGIC) : start])
    if size > _MAX_HEADER or len(data) < start + size:
        raise _damaged(path.name)
    header = data[start : start + size]
    try:
        fields = json.loads(header)
        if fields.get("format") != SEAL_FORMAT or fields.get("suite") != SUITE:
            raise ValueError(fields.get("suite"))
        envelope = Envelope(
            **{k: str(fields[k]) for k in Envelope.__dataclass_fields__}  # type: ignore[arg-type]
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(path.name) from None
    return envelope, header, data[start + size :]


def open_sealed(path: Path, seal_key: Any) -> tuple[Envelope, bytes]:
    """(envelope, workbook bytes) of a sealed package opened with this installation's
    X25519 private key. A package sealed to another key, or changed on the way, is
    refused."""
    from cryptography.exceptions import InvalidTag

    envelope, header, body = read_envelope(path)
    try:
        plain = _suite().decrypt(body, seal_key, info=b"fupin-sealed-v1:" + header)
    except (InvalidTag, ValueError):
        raise PackageRefused(
            N_(
                "{name} is sealed for another receiver's key ({receiver}), or was changed "
                "on the way: this ledger cannot open it. Nothing was imported."
            ),
            name=path.name,
            receiver=envelope.receiver,
        ) from None
    return envelope, plain
