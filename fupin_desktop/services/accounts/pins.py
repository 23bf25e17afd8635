"""PINs and recovery codes: hashed with scrypt (hashlib), compared in constant time.

A stored hash reads "scrypt$N$r$p$salt$hash" (hex), so the cost can be raised later
without losing the old hashes. N = 2**14, r = 8 takes 16 MiB and about 0.1 s on an old
two-core PC: cheap for one login, dear for a guesser with a copy of the ledger.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import os
import re
import secrets

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_LENGTH, MAX_LENGTH = 6, 32
# Letters a person copies from paper without mistaking one for another.
_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS, CODE_GROUP_LENGTH = 5, 4


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)


def hash_secret(secret: str, *, n: int = SCRYPT_N) -> str:
    """The stored form of a secret; `n` lower only for secrets that are public anyway
    (the demo accounts' printed PINs)."""
    salt = os.urandom(16)
    digest = _scrypt(secret, salt, n, SCRYPT_R, SCRYPT_P)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found.hex(), digest)


def check_pin(pin: str) -> str:
    """A new PIN as typed, or ValidationError in words: at least six characters, no
    spaces, not one character repeated, not a run like 123456."""
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise ValidationError(
            N_("A PIN has {least} to {most} characters."), least=MIN_LENGTH, most=MAX_LENGTH
        )
    if re.search(r"\s", pin):
        raise ValidationError(N_("A PIN has no spaces."))
    if len(set(pin)) == 1 or _is_run(pin):
        raise ValidationError(N_("This PIN is too easy to guess: choose another."))
    return pin


def _is_run(pin: str) -> bool:
    if not pin.isdigit():
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


def new_recovery_code() -> str:
    """Twenty letters and digits in five groups: ABCD-EFGH-…, printed once, kept on paper."""
    letters = "".join(secrets.choice(_CODE_LETTERS) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))
    groups = [letters[i : i + CODE_GROUP_LENGTH] for i in range(0, len(letters), CODE_GROUP_LENGTH)]
    return "-".join(groups)


def normal_code(code: str) -> str:
    """A recovery code as typed (lower case, spaces or no dashes) in its printed form."""
    text = re.sub(r"[\s\-]", "", code).upper()
    groups = [text[i : i + CODE_GROUP_LENGTH] for i in range(0, len(text), CODE_GROUP_LENGTH)]
    return "-".join(groups)
