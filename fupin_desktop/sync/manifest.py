"""The manifest of a package: who sent it, to whom, what it holds, the SHA-256 of every
sheet's canonical content, and an HMAC-SHA256 signature over all of it.

The signature uses a key made by each installation and handed over once, at enrolment
(the first package to a new peer carries it; the receiver keeps it after a person
confirms the sender). It protects against a package edited by hand or assembled by
someone else in the name of an enrolled school or township: without the key the
signature cannot be made again. It is a shared key, not a public-key signature: it does
not protect against whoever saw the enrolment package.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from fupin_desktop.i18n import N_

FORMAT_NAME = "fupin-sync"
# 1: the first packages (up to commit 059f497).
# 2: the left-behind profile's 登记表 columns, the school's phone and the head teacher's
# class (issue 12). A version-1 package still reads: the columns it lacks keep their
# defaults on insert and are left alone on update (merge._write_sql).
# 3: every catalogued column headed by its field's label, choice labels, amounts in yuan
# (1 and 2 wrote codes in some care and aid columns and fen: sync.tables.CODES_UNTIL).
# 4: (kept for the package trust of issue 14.)
# 5: the `stamps` column of every sheet: the edit that last wrote each field, for the
# field-level merge (sync/fields.py). A package without it merges whole records.
FORMAT_VERSION = 5
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
    "sequence": N_("Sequence number on this route"),
    "full": N_("Full export"),
    "base": N_("Acknowledged by the receiver before (version vector)"),
    "holds": N_("Held by the sender (version vector)"),
    "acknowledges": N_("Packages received from the receiver"),
    "received": N_("Last sequence number received from the receiver"),
    "sensitive_text": N_("Diary text and counselling notes included"),
    "sheets": N_("Sheets, row counts and SHA-256"),
    "sender_key": N_("Sender's key (first package only)"),
    "audit_head": N_("Sender's audit log: last row and its SHA-256 chain hash"),
    "retention": N_("How long data is kept (the county's rule, from the township)"),
    "signature": N_("Signature (HMAC-SHA256)"),
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
    sender_key: str = ""
    to_name: str = ""
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

    def sign(self, secret: str) -> None:
        self.signature = _mac(secret, self.signed_bytes())

    def signature_valid(self, secret: str) -> bool:
        return hmac.compare_digest(self.signature, _mac(secret, self.signed_bytes()))

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


def _mac(secret: str, payload: bytes) -> str:
    return hmac.new(bytes.fromhex(secret), payload, hashlib.sha256).hexdigest()
