"""This installation's keys (docs/architecture.md, "Trust"): an Ed25519 key that signs
every package's manifest and an X25519 key that packages sent here are sealed to.

The private keys never enter the ledger, its backups or a package. They live in one file
per installation in the user profile (platformdirs; FUPIN_KEY_DIR in tests), readable by
the user only (0600). Where the OS has a keyring (Windows Credential Locker through the
`keyring` package), the file's secret part is encrypted with a key held there; else it
is kept as it is, protected by the file's permissions. The same file remembers the Excel
password of each route (for WPS), a secret like the keys.

A principal may export the private keys deliberately, encrypted with a password the
program makes, to bring them to a reinstalled PC: the peers then need no re-enrolment.

A fingerprint is 40 digits in 8 groups of 5, from the SHA-256 of both public keys: short
enough to read out by phone, long enough that no one can make a key that matches it.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, FupinError, PermissionDenied
from fupin_desktop.i18n import N_

KEY_FORMAT = "fupin-key"
EXPORT_FORMAT = "fupin-key-export"
KEYRING_SERVICE = "fupin-desktop"
_EXPORT_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class KeyUnavailable(FupinError):
    default_message = N_(
        "The key of this installation cannot be opened. Import the key a principal exported "
        "(Sync > Keys), or make a new key and have every peer enrol it again."
    )


def key_dir() -> Path:
    override = os.environ.get("FUPIN_KEY_DIR")
    if override:
        path = Path(override)
    else:
        from fupin_desktop.paths import user_data_dir

        path = user_data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def _key_path(instance_id: str) -> Path:
    safe = "".join(ch for ch in instance_id if ch.isalnum() or ch == "-")[:40]
    return key_dir() / f"{safe}.key"


# -- fingerprints ---------------------------------------------------------------------
def fingerprint(sign_public: str, seal_public: str) -> str:
    """Eight groups of five digits, from the SHA-256 of both public keys (hex)."""
    import hashlib

    digest = hashlib.sha256(b"fupin-fp:" + bytes.fromhex(sign_public + seal_public)).digest()
    number = int.from_bytes(digest[:17], "big") % 10**40
    digits = f"{number:040d}"
    return " ".join(digits[i : i + 5] for i in range(0, 40, 5))


def normalise_fingerprint(text: str) -> str:
    """Only the digits of a typed fingerprint, regrouped as fingerprint() writes it."""
    digits = "".join(ch for ch in str(text) if ch.isdigit())
    return " ".join(digits[i : i + 5] for i in range(0, len(digits), 5))


def last_group(fp: str) -> str:
    return fp.split()[-1] if fp else ""


# -- the identity ---------------------------------------------------------------------
@dataclass
class Identity:
    instance_id: str
    sign_seed: bytes  # Ed25519 private key, raw 32 bytes
    seal_secret: bytes  # X25519 private key, raw 32 bytes
    passwords: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def sign_public(self) -> str:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = Ed25519PrivateKey.from_private_bytes(self.sign_seed)
        return _raw_public(key).hex()

    @property
    def seal_public(self) -> str:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return _raw_public(X25519PrivateKey.from_private_bytes(self.seal_secret)).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.seal_public)

    def sign(self, payload: bytes) -> str:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.sign_seed).sign(payload).hex()

    def seal_key(self) -> Any:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(self.seal_secret)

    def secret_blob(self) -> bytes:
        data = {
            "sign": self.sign_seed.hex(),
            "seal": self.seal_secret.hex(),
            "passwords": self.passwords,
        }
        return json.dumps(data, sort_keys=True).encode()

    @classmethod
    def from_blob(cls, instance_id: str, blob: bytes) -> Identity:
        data = json.loads(blob)
        return cls(
            instance_id,
            bytes.fromhex(data["sign"]),
            bytes.fromhex(data["seal"]),
            dict(data.get("passwords") or {}),
        )


def _raw_public(private: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def verify(sign_public: str, signature: str, payload: bytes) -> bool:
    """True if `signature` (hex) is `sign_public`'s Ed25519 signature of `payload`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(sign_public))
        key.verify(bytes.fromhex(signature), payload)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _new_identity(instance_id: str) -> Identity:
    return Identity(instance_id, secrets.token_bytes(32), _new_x25519())


def _new_x25519() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


# -- the OS keyring -------------------------------------------------------------------
def _keyring() -> Any:
    """The `keyring` module if there is a usable OS keyring, else None."""
    if os.environ.get("FUPIN_KEYRING", "").lower() in ("off", "0", "no"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # not installed (it is only a dependency on Windows)
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:
        return None
    return keyring


def _wrap_key(instance_id: str, create: bool) -> bytes | None:
    ring = _keyring()
    if ring is None:
        return None
    name = f"key-wrap:{instance_id}"
    try:
        stored = ring.get_password(KEYRING_SERVICE, name)
        if stored:
            return base64.b64decode(stored)
        if not create:
            return None
        key = secrets.token_bytes(32)
        ring.set_password(KEYRING_SERVICE, name, base64.b64encode(key).decode())
        return key
    except Exception:
        return None


def _aead_seal(key: bytes, plain: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plain, aad)


def _aead_open(key: bytes, data: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).decrypt(data[:12], data[12:], aad)


# -- the key file ---------------------------------------------------------------------
_cache: dict[str, Identity] = {}


def _write_private(path: Path, text: str) -> None:
    """Write `text` to `path` readable by the user only, replacing it whole."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def save(identity: Identity) -> None:
    blob = identity.secret_blob()
    aad = identity.instance_id.encode()
    wrap = _wrap_key(identity.instance_id, create=True)
    data = {
        "format": KEY_FORMAT,
        "version": 1,
        "instance_id": identity.instance_id,
        "sign_public": identity.sign_public,
        "seal_public": identity.seal_public,
        "protection": "keyring" if wrap else "file",
        "secret": base64.b64encode(_aead_seal(wrap, blob, aad) if wrap else blob).decode(),
    }
    _write_private(_key_path(identity.instance_id), json.dumps(data, indent=1))
    _cache[identity.instance_id] = identity


def _load(instance_id: str) -> Identity | None:
    path = _key_path(instance_id)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        secret = base64.b64decode(data["secret"])
        if data.get("protection") == "keyring":
            wrap = _wrap_key(instance_id, create=False)
            if wrap is None:
                raise KeyUnavailable()
            secret = _aead_open(wrap, secret, instance_id.encode())
        return Identity.from_blob(instance_id, secret)
    except KeyUnavailable:
        raise
    except Exception as exc:
        raise KeyUnavailable(details=repr(exc)) from exc


def identity(instance_id: str) -> Identity:
    """This installation's keys; made (and stored) the first time they are needed."""
    found = _cache.get(instance_id)
    if found is None:
        found = _load(instance_id)
        if found is None:
            found = _new_identity(instance_id)
            save(found)
        _cache[instance_id] = found
    return found


def forget_cache() -> None:
    _cache.clear()


# -- route passwords (Excel encryption, for WPS) ---------------------------------------
def new_route_password() -> str:
    """Four groups of four digits: 53 bits, far beyond a guess at Excel's spin count."""
    return "-".join(f"{secrets.randbelow(10**4):04d}" for _ in range(4))


def outgoing(peer: str) -> str:
    """The name a password made here for packages to `peer` is remembered under."""
    return f"out:{peer}"


def incoming(peer: str) -> str:
    """The name a password that opened `peer`'s packages is remembered under."""
    return f"in:{peer}"


def route_password(me: Identity, name: str) -> str | None:
    return me.passwords.get(name)


def incoming_passwords(me: Identity) -> list[str]:
    return [v for k, v in sorted(me.passwords.items()) if k.startswith("in:")]


def remember_password(me: Identity, name: str, password: str) -> None:
    if me.passwords.get(name) != password:
        me.passwords[name] = password
        save(me)


# -- export for a reinstall -------------------------------------------------------------
def export_private(me: Identity, path: Path, *, may_configure: bool) -> str:
    """Write this installation's private keys to `path`, encrypted with a new password
    (six groups of four digits, returned: shown once, written down by the principal)."""
    if not may_configure:
        raise PermissionDenied()
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    password = "-".join(f"{secrets.randbelow(10**4):04d}" for _ in range(6))
    salt = secrets.token_bytes(16)
    key = Scrypt(salt=salt, length=32, **_EXPORT_SCRYPT).derive(password.encode())
    body = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "fingerprint": me.fingerprint,
        "salt": salt.hex(),
        "scrypt": _EXPORT_SCRYPT,
        "secret": base64.b64encode(
            _aead_seal(key, me.secret_blob(), EXPORT_FORMAT.encode())
        ).decode(),
    }
    _write_private(Path(path), json.dumps(body, indent=1))
    return password


def read_export(path: Path, password: str) -> tuple[bytes, str]:
    """(secret blob, fingerprint) of an exported key file opened with `password`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    path = Path(path)
    try:
        body = json.loads(path.read_text(encoding="utf-8")[:100_000])
        if body.get("format") != EXPORT_FORMAT:
            raise ValueError(body.get("format"))
        params = {k: int(v) for k, v in body["scrypt"].items() if k in ("n", "r", "p")}
        if params["n"] > 2**20 or params["r"] > 16 or params["p"] > 4:
            raise ValueError("scrypt")
        salt = bytes.fromhex(body["salt"])
        data = base64.b64decode(body["secret"])
    except Exception as exc:
        raise FileFormatError(
            N_("{name} is not a key file exported by this program."), name=path.name
        ) from exc
    key = Scrypt(salt=salt, length=32, **params).derive(normalise_password(password).encode())
    try:
        blob = _aead_open(key, data, EXPORT_FORMAT.encode())
    except InvalidTag:
        raise FupinError(
            N_("The password does not open the key file {name}."), name=path.name
        ) from None
    return blob, str(body.get("fingerprint", ""))


def normalise_password(text: str) -> str:
    """Digits of a program-made password, grouped by four with '-' (as typed: any
    separators)."""
    digits = "".join(ch for ch in str(text) if ch.isdigit())
    if not digits:
        return str(text).strip()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))
