"""Personal values kept out of logs and the audit log, and the audit chain's hash
(docs/architecture.md, "People and privacy").

- `mask_personal(text)`: ID-like numbers (18 or 15 digits, a card number, a student
  number holding an ID) and phone numbers (mobile, landline) become stars with the last
  four characters kept, wherever they stand in a text.
- `text_digest(text)`: what the audit log keeps of free text a person typed about a
  child (a reason to void a payment, a diary's words): its SHA-256, never the text.
- `chain_hash(prev, row)`: the SHA-256 linking an audit row to the one before.
- `MaskingFilter`: a logging filter that passes every message (and traceback) through
  `mask_personal` before a handler writes it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

# A run of 11 or more digits (an ID number's 17 and its check character, a 15-digit old
# ID, a bank card, a mobile number, a student number "G" + ID) not inside a longer word.
_LONG_NUMBER = re.compile(r"(?<![0-9A-Za-z])([0-9]{11,}[0-9Xx]?)(?![0-9A-Za-z])")
# The same run behind a letter: a student number G430123201503120017.
_PREFIXED = re.compile(r"(?<![0-9A-Za-z])([A-Za-z])([0-9]{11,}[0-9Xx]?)(?![0-9A-Za-z])")
# A mobile number written in groups: 138 0013 8000, 138-0013-8000, +86 138…
_MOBILE_GROUPS = re.compile(
    r"(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9][- ][0-9]{4}[- ][0-9]{4}(?![0-9])"
)
# A landline with its area code: 0731-84512345, (0731)8451234.
_LANDLINE = re.compile(r"(?<![0-9])\(?0[0-9]{2,3}\)?[- ]?[0-9]{7,8}(?![0-9])")


def _stars(text: str, keep: int = 4) -> str:
    digits = sum(ch.isalnum() for ch in text)
    if digits <= keep:
        return text
    out: list[str] = []
    left = digits - keep
    for ch in text:
        if ch.isalnum() and left > 0:
            out.append("*")
            left -= 1
        else:
            out.append(ch)
    return "".join(out)


def mask_personal(text: str) -> str:
    """`text` with every ID-like number and phone number masked to its last four."""
    if not text:
        return text
    text = _MOBILE_GROUPS.sub(lambda m: _stars(m.group(0)), text)
    text = _LANDLINE.sub(lambda m: _stars(m.group(0)), text)
    text = _PREFIXED.sub(lambda m: m.group(1) + _stars(m.group(2)), text)
    return _LONG_NUMBER.sub(lambda m: _stars(m.group(1)), text)


def text_digest(text: str) -> str:
    """The audit log's record of free text: "sha256:" and its hex digest ("" for none)."""
    if not text:
        return ""
    import hashlib  # here: the logs load this module before the first paint

    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


GENESIS = "0" * 64
# The columns of an audit row that its hash covers, in this order.
CHAINED = (
    "id",
    "at",
    "actor",
    "account_id",
    "role",
    "action",
    "table",
    "record_id",
    "fields",
    "details",
    "reason",
)


def chain_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """SHA-256 over the previous row's hash and this row's chained columns (text)."""
    # Imported here: the program's logging loads this module before its first paint
    # (docs/architecture.md, "Start-up and speed").
    import hashlib
    import json

    body = [str(row.get(key) if row.get(key) is not None else "") for key in CHAINED]
    payload = json.dumps([prev_hash, *body], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class MaskingFilter(logging.Filter):
    """Masks personal values in every record a handler writes: the message with its
    arguments, and the text of an exception or stack."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = mask_personal(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal(record.stack_info)
        return True
