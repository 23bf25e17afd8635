"""Files encrypted with a passphrase: the backups made for a USB stick
(docs/architecture.md, "People and privacy").

The key is derived from the passphrase with scrypt (a fresh salt in each file, the cost
in its header) and the content encrypted with AES-256-GCM in chunks of 1 MiB, each
sealed with its number and whether it is the last, so that a chunk dropped, repeated,
moved or cut off at the end is found. Without the passphrase the file is noise: SQLite
cannot open it, nor can anyone who finds the stick.

Layout: MAGIC, version, log2(N), r, p, salt (16), nonce prefix (8), key check (16: tells
a wrong passphrase from a damaged file), then chunks of [length (4, big-endian)]
[ciphertext with its 16-byte tag].
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from pathlib import Path

from fupin_desktop.errors import FupinError
from fupin_desktop.i18n import N_

MAGIC = b"FUPINENC"
VERSION = 1
CHUNK = 1 << 20
SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
_HEADER = struct.Struct(">8sBBBB16s8s16s")
_LENGTH = struct.Struct(">I")


class WrongPassphrase(FupinError):
    default_message = N_("The backup passphrase is not right for this file.")


class DamagedFile(FupinError):
    default_message = N_("The encrypted file {path} is damaged or incomplete.")


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def derive_key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=2**log_n, r=r, p=p, maxmem=2**27, dklen=32
    )


def _check(key: bytes) -> bytes:
    return hashlib.sha256(b"fupin key check" + key).digest()[:16]


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">IB", index, 1 if last else 0)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def encrypt_file(source: Path, target: Path, passphrase: str) -> str:
    """Encrypt `source` into `target`; the SHA-256 of the plain content is returned."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(8)
    key = derive_key(passphrase, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P)
    header = _HEADER.pack(
        MAGIC, VERSION, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, salt, prefix, _check(key)
    )
    cipher = AESGCM(key)
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "wb") as out:
        out.write(header)
        index, chunk = 0, src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = not following
            digest.update(chunk)
            sealed = cipher.encrypt(_nonce(prefix, index), chunk, _aad(header, index, last))
            out.write(_LENGTH.pack(len(sealed)) + sealed)
            if last:
                break
            index, chunk = index + 1, following
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def decrypt_file(source: Path, target: Path | None, passphrase: str) -> str:
    """Decrypt `source` into `target` (or only check it, with None); the SHA-256 of the
    plain content is returned. WrongPassphrase, or DamagedFile, in words."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    digest = hashlib.sha256()
    with open(source, "rb") as src:
        header = src.read(_HEADER.size)
        try:
            magic, version, log_n, r, p, salt, prefix, check = _HEADER.unpack(header)
        except struct.error as exc:
            raise DamagedFile(path=source) from exc
        if magic != MAGIC or version != VERSION or not 10 <= log_n <= 20 or r > 16 or p > 4:
            raise DamagedFile(path=source)
        key = derive_key(passphrase, salt, log_n, r, p)
        if not hmac.compare_digest(_check(key), check):
            raise WrongPassphrase()
        cipher = AESGCM(key)
        out = open(target, "wb") if target is not None else None  # noqa: SIM115
        try:
            index = 0
            while True:
                size = src.read(_LENGTH.size)
                if len(size) != _LENGTH.size:
                    raise DamagedFile(path=source)  # cut off before its last chunk
                sealed = src.read(_LENGTH.unpack(size)[0])
                last = src.peek(1)[:1] == b""
                try:
                    plain = cipher.decrypt(_nonce(prefix, index), sealed, _aad(header, index, last))
                except InvalidTag as exc:
                    raise DamagedFile(path=source) from exc
                digest.update(plain)
                if out is not None:
                    out.write(plain)
                if last:
                    break
                index += 1
        finally:
            if out is not None:
                out.close()
    return digest.hexdigest()
