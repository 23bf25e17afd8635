"""Packages with the route's Excel password (for a clerk who must open them in WPS):
encrypted the way Excel and WPS encrypt a workbook, with a password the program makes
(4 x 4 digits) and prints once on a card, imported with the same password (remembered
per sender once it opened a package). A missing or wrong password is refused with a
clear message and changes nothing; files that are not encrypted packages keep their own
messages."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop import cli
from fupin_desktop.db.models import Student
from fupin_desktop.errors import FileFormatError
from fupin_desktop.i18n import set_translator
from fupin_desktop.sync import cards, crypto, keys
from fupin_desktop.sync.reader import PackageRefused, read_package
from fupin_desktop.sync.writer import EXCEL_PASSWORD
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, fingerprint, introduce, receive

PASSWORD = "2025-1108-0317-4242"
MAKE_PASSWORD = keys.new_route_password
CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture
def setup(tmp_path: Path, monkeypatch):
    set_translator(lambda text: text)
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    introduce(school, township)
    make.student_row(school, "张三")
    school.use()
    monkeypatch.setattr(keys, "new_route_password", lambda: PASSWORD)
    assert cards.make_route_password(PRINCIPAL, None, tmp_path / "card.pdf").value == PASSWORD
    package = tmp_path / "locked.xlsx"
    result = export(school, package, protection=EXCEL_PASSWORD, verify=True)
    assert result.verified
    township.use()
    yield township, package, tmp_path
    set_translator(lambda text: text)


def _refused(township, path: Path, kind: type[Exception], pattern: str, **kwargs) -> None:
    before = fingerprint(township.path)
    with pytest.raises(kind) as caught:
        receive(township, path, **kwargs)
    assert re.search(pattern, caught.value.message), caught.value.message
    assert fingerprint(township.path) == before


def test_round_trip_with_a_password(setup) -> None:
    township, package, _ = setup
    data = package.read_bytes()
    assert data.startswith(CFB)
    assert crypto.is_encrypted(package)
    assert not zipfile.is_zipfile(package)
    with pytest.raises(Exception):  # noqa: B017 - openpyxl's error for an OLE file varies
        load_workbook(package, read_only=True)
    result = receive(township, package, password=PASSWORD)
    assert result.applied
    assert result.counts["student"]["new"] == 1
    township.use()
    assert [s.name for s in Student.select()] == ["张三"]
    # No decrypted copy is left beside the package.
    assert sorted(p.name for p in package.parent.iterdir() if p.suffix == ".xlsx") == [
        "locked.xlsx"
    ]


def test_the_decrypted_workbook_is_the_package(setup) -> None:
    import msoffcrypto

    _, package, _ = setup
    with open(package, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        office.load_key(password=PASSWORD, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    book = load_workbook(plain, read_only=True)
    assert "Students" in book.sheetnames
    book.close()


def test_wrong_password_is_refused_and_changes_nothing(setup) -> None:
    township, package, _ = setup
    _refused(township, package, crypto.WrongPassword, "password does not open", password="nope")


def test_no_password_for_an_encrypted_package(setup) -> None:
    township, package, _ = setup
    _refused(township, package, crypto.PasswordNeeded, "protected by a password")
    assert issubclass(crypto.PasswordNeeded, PackageRefused)


def test_a_plain_package_needs_no_password(setup, tmp_path: Path) -> None:
    township, _, _ = setup
    school = make.school_replica(tmp_path, "4301230002", "河西小学")
    make.student_row(school, "李四")
    plain = tmp_path / "plain.fpkg"
    export(school, plain)  # sealed: no Excel password
    assert not crypto.is_encrypted(plain)
    assert receive(township, plain, password="ignored").applied


def test_an_old_xls_keeps_its_message(setup) -> None:
    import olefile

    township, _, tmp = setup
    xls = tmp / "old.xlsx"
    # An OLE compound file without an EncryptionInfo stream, as an .xls is.
    header = bytearray(512)
    header[:8] = CFB
    xls.write_bytes(bytes(header) + bytes(1024))
    assert not olefile.isOleFile(str(xls)) or not crypto.is_encrypted(xls)
    _refused(township, xls, FileFormatError, "Excel 97-2003", password=PASSWORD)


def test_an_encrypted_word_document_keeps_its_message(setup) -> None:
    township, _, tmp = setup
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        # msoffcrypto fails on a tiny package (a few hundred bytes); a real one is larger.
        archive.writestr("word/document.xml", "<document>" + "字" * 8000 + "</document>")
    locked = tmp / "letter.xlsx"
    locked.write_bytes(crypto.encrypt_bytes(plain.getvalue(), PASSWORD))
    _refused(township, locked, FileFormatError, "Word document", password=PASSWORD)
    _refused(township, locked, crypto.PasswordNeeded, "protected by a password")


def test_a_decrypted_zip_bomb_is_refused(setup, monkeypatch) -> None:
    _, package, _ = setup
    monkeypatch.setattr("fupin_desktop.io.xlsx_read.MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(FileFormatError) as caught:
        read_package(package, password=PASSWORD)
    assert "would unpack to more than" in caught.value.message


def test_command_line_password_file(setup, capsys) -> None:
    township, package, tmp = setup
    db = ["--db", str(township.path), *make.login()]
    right = tmp / "password.txt"
    right.write_text(PASSWORD + "\n", encoding="utf-8")
    wrong = tmp / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    broken = tmp / "broken.xlsx"
    broken.write_bytes(package.read_bytes()[:2000])
    before = fingerprint(township.path)
    assert cli.main([*db, "sync", "import", str(package)]) == cli.EXIT_REFUSED
    assert "--password-file" in capsys.readouterr().out
    args = [*db, "sync", "import", str(package), "--password-file"]
    assert cli.main([*args, str(wrong)]) == cli.EXIT_REFUSED
    assert cli.main([*db, "sync", "import", str(broken), "--password-file", str(right)]) == (
        cli.EXIT_UNREADABLE
    )
    assert cli.main([*args, str(tmp / "missing.txt")]) == cli.EXIT_UNREADABLE
    assert fingerprint(township.path) == before
    assert cli.main([*args, str(right)]) == cli.EXIT_OK
    township.use()
    assert [s.name for s in Student.select()] == ["张三"]


def test_the_route_password_is_made_printed_once_and_opens_the_package(setup, monkeypatch) -> None:
    from pypdf import PdfReader

    township, _, tmp = setup
    monkeypatch.setattr(keys, "new_route_password", MAKE_PASSWORD)
    school = make.school_replica(tmp, "4301230003", "东山小学")
    introduce(school, township)
    make.student_row(school, "王五")
    db = ["--db", str(school.path), *make.login()]
    card = tmp / "card-east.pdf"
    out = tmp / "east.xlsx"
    export_args = [*db, "sync", "export", "-o", str(out), "--verify", "--excel-password"]
    assert cli.main(export_args) == cli.EXIT_REFUSED  # no password made yet
    assert cli.main([*db, "sync", "password", "-o", str(card)]) == cli.EXIT_OK
    text = "".join(page.extract_text() for page in PdfReader(card).pages)
    [password] = re.findall(r"\d{4}-\d{4}-\d{4}-\d{4}", text)
    assert password != PASSWORD  # made by the program, not the test's
    again = tmp / "card-again.pdf"
    assert cli.main([*db, "sync", "password", "-o", str(again)]) == cli.EXIT_REFUSED
    assert not again.exists()  # printed once
    set_translator(lambda text: text)
    assert cli.main(export_args) == cli.EXIT_OK
    assert out.read_bytes().startswith(CFB)
    set_translator(lambda text: text)
    _refused(township, out, crypto.WrongPassword, "password does not open", password=PASSWORD)
    assert receive(township, out, password=password).applied
    # Remembered for this sender: its next package needs the password no more.
    make.student_row(school, "赵六", id_number=make.id_number())
    school.use()
    export(school, tmp / "east2.xlsx", protection=EXCEL_PASSWORD)
    assert receive(township, tmp / "east2.xlsx").applied


def test_a_batch_with_a_password(setup, tmp_path: Path) -> None:
    from fupin_desktop.sync import batch

    township, package, _ = setup
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / package.name).write_bytes(package.read_bytes())
    township.use()
    entries = batch.preview_batch([folder])
    assert entries[0].status == batch.REFUSED
    assert isinstance(entries[0].error, crypto.PasswordNeeded)
    entries = batch.preview_batch([folder], password=PASSWORD)
    assert entries[0].status == batch.READY
    result = batch.import_batch(PRINCIPAL, entries).value
    assert [e.outcome for e in result.entries] == [batch.APPLIED]
    township.use()
    assert [s.name for s in Student.select()] == ["张三"]
