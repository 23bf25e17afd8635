"""The manifest of a package: who sent it, to whom, what it holds, the SHA-256 of every
sheet's canonical content, the sender's public keys, and an Ed25519 signature over all of
it (docs/architecture.md, "Trust").

The receiver checks the signature with the key it enrolled for the sender (after a
person compared its fingerprint), never with the key the package carries: the carried
key only lets a person enrol it (sync.trust). No secret travels. Format 1 (HMAC with a
key that travelled in the first package) is refused: its signatures could be forged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from fupin_desktop.i18n import N_
from fupin_desktop.sync import vectors

FORMAT_NAME = "fupin-sync"
# 1: the first packages (up to commit 059f497).
# 2: the left-behind profile's 登记表 columns, the school's phone and the head teacher's
# class (issue 12). A version-1 package still reads: the columns it lacks keep their
# defaults on insert and are left alone on update (merge._write_sql).
# 3: every catalogued column headed by its field's label, choice labels, amounts in yuan
# (1 and 2 wrote codes in some care and aid columns and fen: sync.tables.CODES_UNTIL).
# 4: trust (docs/architecture.md, "Trust"): the manifest signed with the sender's Ed25519
# key and carrying its public keys, the receiver's fingerprint; the sheets as in 3. It was
# never released: it lived only on the branch of issue 14 and went out together with 5.
# 5: the `stamps` column of every sheet: the edit that last wrote each field, for the
# field-level merge (sync/fields.py), and the trust of 4. A package without stamps merges
# whole records.
# Formats 1 to 3 (and 4, never released) are refused (sync.reader): 1 to 3 were signed with
# an HMAC key that travelled in the first package; there is no transition in which they are
# read. A package without the Ed25519 keys (an HMAC-signed 5 of a development build) is
# refused the same way.
FORMAT_VERSION = 5
SIGNED_SINCE = 5
DATA, RECEIPT = "data", "receipt"
MANIFEST_TITLE = N_("Manifest")  # the title of the manifest's sheet

# The labels shown beside each manifest key, for a clerk who opens the sheet.
KEY_LABELS: dict[str, str] = {
    "format": N_("Format"),
    "format_version": N_("Format version"),
    "kind": N_("Kind of package"),
    "schema_version": N_("Database schema version"),
    "app_version": N_("Program version"),
    "package_id": N_("Package ID"),
    "created_at": N_("Created at (UTC)"),
    "sender_instance": N_("Sending installation"),
    "sender_role": N_("Sender's role"),
    "sender_name": N_("Sender"),
    "school_code": N_("School code"),
    "school_name": N_("School name"),
    "township_code": N_("Township code"),
    "township_name": N_("Township"),
    "to_role": N_("Receiver's role"),
    "to_code": N_("Receiver's code"),
    "to_name": N_("Receiver"),
    "to_fingerprint": N_("Fingerprint of the receiver's key"),
    "sequence": N_("Sequence number on this route"),
    "full": N_("Full export"),
    "base": N_("Acknowledged by the receiver before (version vector)"),
    "holds": N_("Held by the sender (version vector)"),
    "acknowledges": N_("Packages received from the receiver"),
    "received": N_("Last sequence number received from the receiver"),
    "sensitive_text": N_("Diary text and counselling notes included"),
    "sheets": N_("Sheets, row counts and SHA-256"),
    "sign_key": N_("Sender's signing key (Ed25519, public)"),
    "seal_key": N_("Sender's sealing key (X25519, public)"),
    "audit_head": N_("Sender's audit log: last row and its SHA-256 chain hash"),
    "retention": N_("How long data is kept (the county's rule, from the township)"),
    "signature": N_("Signature (Ed25519)"),
}


@dataclass
class SheetEntry:
    table: str
    sheet: str
    columns: list[str]
    rows: int
    sha256: str


@dataclass
class Manifest:
    package_id: str
    kind: str
    schema_version: int
    app_version: str
    created_at: str
    sender_instance: str
    sender_role: str
    sender_name: str
    school_code: str
    school_name: str
    township_code: str
    township_name: str
    to_role: str
    to_code: str
    sequence: int
    full: bool
    base: dict[str, int]
    holds: dict[str, int]
    acknowledges: list[str] = field(default_factory=list)
    received: int = 0  # the highest sequence number the sender imported from the receiver
    sensitive_text: bool = False
    sheets: list[SheetEntry] = field(default_factory=list)
    sign_key: str = ""
    seal_key: str = ""
    to_name: str = ""
    to_fingerprint: str = ""
    # People and privacy (issue 15; sync/evidence.py): the sender's audit chain head, and
    # from a township the county's retention.
    audit_head: dict[str, Any] = field(default_factory=dict)
    retention: dict[str, int] = field(default_factory=dict)
    signature: str = ""
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    # The keys a package read from a file had: a key added to the format later is not
    # part of what an older package signed.
    present: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("present")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        data = dict(data)
        data["sheets"] = [SheetEntry(**entry) for entry in data.get("sheets", [])]
        return cls(**data, present=frozenset(data))

    def signed_bytes(self) -> bytes:
        """Everything but the signature, canonical: what is hashed and signed."""
        data = self.as_dict()
        data.pop("signature")
        if self.present is not None:
            data = {k: v for k, v in data.items() if k in self.present}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()

    def content_sha256(self) -> str:
        return hashlib.sha256(self.signed_bytes()).hexdigest()

    def sign(self, me: Any) -> None:
        """Sign with `me` (keys.Identity), whose public keys the manifest carries."""
        self.sign_key, self.seal_key = me.sign_public, me.seal_public
        self.signature = me.sign(self.signed_bytes())

    def signature_valid(self, sign_public: str) -> bool:
        """True if the manifest was signed by the private half of `sign_public` (hex)."""
        from fupin_desktop.sync.keys import verify

        return bool(self.signature) and verify(sign_public, self.signature, self.signed_bytes())

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the keys the manifest carries (keys.fingerprint)."""
        from fupin_desktop.sync.keys import fingerprint

        try:
            return fingerprint(self.sign_key, self.seal_key)
        except ValueError:
            return ""

    @property
    def sender_peer(self) -> str:
        """The route name of the sender: "school:<code>" or "township:<code>"."""
        code = self.school_code if self.sender_role == "school" else self.township_code
        return f"{self.sender_role}:{code}"

    def sheet(self, table: str) -> SheetEntry | None:
        for entry in self.sheets:
            if entry.table == table:
                return entry
        return None

    def rows(self) -> list[tuple[str, str]]:
        """(key, JSON value) rows of the manifest sheet, in a fixed order."""
        data = self.as_dict()
        order = list(KEY_LABELS)
        return [(key, json.dumps(data[key], ensure_ascii=False, sort_keys=True)) for key in order]


_HEX = re.compile(r"[0-9a-f]*")
_FINGERPRINT = re.compile(r"[0-9]{5}( [0-9]{5}){7}")


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _text(value: Any, most: int, *, empty: bool = True) -> bool:
    return isinstance(value, str) and len(value) <= most and (empty or bool(value))


def _texts(value: Any, most: int) -> bool:
    return isinstance(value, list) and all(_text(item, most) for item in value)


def _fingerprint(value: Any) -> bool:
    return isinstance(value, str) and bool(_FINGERPRINT.fullmatch(value))


def _hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and bool(_HEX.fullmatch(value))


def _uuid(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(value) == 36 and bool(uuid.UUID(value))
    except ValueError:
        return False


def _moment(value: Any) -> bool:
    if not _text(value, 40, empty=False):
        return False
    try:
        return bool(dt.datetime.fromisoformat(value))
    except ValueError:
        return False


def _sheet(entry: SheetEntry) -> bool:
    return (
        _text(entry.table, 40, empty=False)
        and _text(entry.sheet, 31, empty=False)
        and _texts(entry.columns, 64)
        and _count(entry.rows)
        and _hex(entry.sha256, 64)
    )


def _vector(value: Any) -> bool:
    return vectors.valid(value) and all(len(k) <= 36 for k in value)


def problem(manifest: Manifest) -> str:
    """The first manifest key whose value is not of its kind and shape ("" if none): what
    the reader checks before anything trusts the manifest (docs/architecture.md, "Trust").
    The trust fields (keys, fingerprint, signature) and those of the field-level merge and
    the routes (`received`, the vectors) included; the codes are checked apart
    (sync.reader)."""
    m = manifest
    checks: list[tuple[str, bool]] = [
        ("package_id", _uuid(m.package_id)),
        ("app_version", _text(m.app_version, 40)),
        ("created_at", _moment(m.created_at)),
        ("sender_instance", _text(m.sender_instance, 36, empty=False)),
        ("sender_name", _text(m.sender_name, 100)),
        ("school_name", _text(m.school_name, 100)),
        ("township_name", _text(m.township_name, 100)),
        ("to_name", _text(m.to_name, 100)),
        ("sequence", _count(m.sequence)),
        ("received", _count(m.received)),
        ("full", isinstance(m.full, bool)),
        ("sensitive_text", isinstance(m.sensitive_text, bool)),
        ("base", _vector(m.base)),
        ("holds", _vector(m.holds)),
        ("acknowledges", _texts(m.acknowledges, 36)),
        ("sheets", isinstance(m.sheets, list) and all(_sheet(e) for e in m.sheets)),
        ("sign_key", _hex(m.sign_key, 64)),
        ("seal_key", _hex(m.seal_key, 64)),
        ("to_fingerprint", m.to_fingerprint == "" or _fingerprint(m.to_fingerprint)),
        ("signature", _hex(m.signature, 128)),
    ]
    return next((key for key, good in checks if not good), "")
