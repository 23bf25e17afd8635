"""Password protection of a package for e-mail: the workbook is encrypted the way Excel and
WPS encrypt one (ECMA-376 agile encryption, msoffcrypto-tool), so that they ask for the
password, and the program decrypts it with the same password before the normal checks.

An encrypted workbook is an OLE compound file (the signature of an old .xls) holding an
EncryptionInfo stream; an .xls or another OLE file has none and keeps io.xlsx_read's message.
msoffcrypto is imported only when a file is encrypted or decrypted."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

from fupin_desktop.errors import FileFormatError, PackageRefused
from fupin_desktop.i18n import N_
from fupin_desktop.io import xlsx_read


class PasswordNeeded(PackageRefused):
    """The package is encrypted and no password was given."""


class WrongPassword(PackageRefused):
    """The password given does not open the package."""


def is_encrypted(path: Path) -> bool:
    """True if `path` is an encrypted Office workbook (OLE with an EncryptionInfo stream)."""
    try:
        with open(path, "rb") as handle:
            if not handle.read(8).startswith(xlsx_read._OLE_MAGIC):
                return False
    except OSError:
        return False
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return bool(ole.exists("EncryptionInfo"))
    except Exception:  # a damaged OLE file: io.xlsx_read says what it is
        return False


def encrypt_bytes(plain: bytes, password: str) -> bytes:
    """The workbook `plain` (.xlsx bytes) encrypted with `password`."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    return out.getvalue()


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > xlsx_read.MAX_FILE_BYTES:
        raise FileFormatError(
            N_("{name} is larger than {limit} MB: too large for a roster or a package."),
            name=path.name,
            limit=xlsx_read.MAX_FILE_BYTES // (1024 * 1024),
        )


def _decrypt(path: Path, password: str) -> bytes:
    import msoffcrypto
    from msoffcrypto import exceptions

    name = path.name
    out = io.BytesIO()
    try:
        with open(path, "rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            if getattr(office, "format", "") != "ooxml":
                raise FileFormatError(N_("{name} is not an Excel workbook (.xlsx)."), name=name)
            try:
                office.load_key(password=password, verify_password=True)
            except exceptions.InvalidKeyError:
                raise WrongPassword(
                    N_(
                        "The password does not open {name}. Check the password with the "
                        "sender and try again. Nothing was imported."
                    ),
                    name=name,
                ) from None
            # The password is right; what it opens is not a zip if the file is damaged.
            office.decrypt(out)
    except FileFormatError:
        raise
    except Exception as exc:
        raise xlsx_read._damaged(name, repr(exc)) from exc
    return out.getvalue()


@contextlib.contextmanager
def opened(path: Path, password: str | None) -> Iterator[Path | bytes]:
    """The plain workbook to read for `path`: `path` itself, or, if it is encrypted, the
    decrypted workbook in memory (never on a disk, where a killed import would leave it:
    docs/architecture.md, "Crash-clean files"). The caller checks it like any workbook
    (io.xlsx_read.check_workbook_file: size, zip, what it unpacks to) before a parser sees it."""
    path = Path(path)
    if not is_encrypted(path):
        yield path
        return
    _check_size(path)
    if not password:
        raise PasswordNeeded(
            N_(
                "{name} is protected by a password. Enter the password the sender gave "
                "you (on the command line: --password-file)."
            ),
            name=path.name,
        )
    yield _decrypt(path, password)
