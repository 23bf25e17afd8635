"""Bad files are each refused with a clear message, and the ledger is left exactly as it
was. The command line says the same and exits 1 (refused) or 2 (unreadable)."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop import cli
from fupin_desktop.errors import FileFormatError
from fupin_desktop.i18n import set_translator
from fupin_desktop.sync.reader import PackageRefused
from fupin_desktop.sync.writer import PLAIN
from tests import builders as make
from tests.core.sync_support import export, fingerprint, introduce, receive

ID_NUMBER = "430123201501010022"


@pytest.fixture
def setup(tmp_path: Path):
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三", id_number=ID_NUMBER)
    introduce(school, township)
    package = tmp_path / "good.xlsx"
    # Unsealed, to be edited as a workbook: the checks are the same inside a sealed one
    # (anyone can seal a forged workbook to the township's public key).
    export(school, package, protection=PLAIN)
    township.use()
    return township, package, tmp_path


def _refused(township, path: Path, kind: type[Exception], pattern: str) -> str:
    before = fingerprint(township.path)
    with pytest.raises(kind) as caught:
        receive(township, path)
    assert re.search(pattern, caught.value.message), caught.value.message
    assert fingerprint(township.path) == before
    return caught.value.message


def _rewrite_member(source: Path, target: Path, member: str, change) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == member:
                data = change(data)
            new.writestr(info.filename, data)


def _student_sheet_member(package: Path) -> str:
    book = load_workbook(package, read_only=True)
    index = book.sheetnames.index("Students") + 1
    book.close()
    return f"xl/worksheets/sheet{index}.xml"


def test_truncated(setup) -> None:
    township, package, tmp = setup
    bad = tmp / "truncated.xlsx"
    bad.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    _refused(township, bad, FileFormatError, "damaged or incomplete")


def test_random_bytes(setup) -> None:
    township, _, tmp = setup
    bad = tmp / "random.xlsx"
    bad.write_bytes(os.urandom(5000))
    _refused(township, bad, FileFormatError, "not an Excel workbook")


def test_word_document_renamed(setup) -> None:
    township, _, tmp = setup
    bad = tmp / "letter.xlsx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    _refused(township, bad, FileFormatError, "Word document")


def test_package_of_another_township(setup) -> None:
    township, _, tmp = setup
    other = make.school_replica(tmp, "4301239999", "外乡小学", township="430123999")
    make.student_row(other, "赵六")
    bad = tmp / "other.xlsx"
    export(other, bad, protection=PLAIN)
    township.use()
    _refused(township, bad, PackageRefused, "another township")


def test_cell_edited_by_hand(setup) -> None:
    township, package, tmp = setup
    bad = tmp / "edited.xlsx"
    book = load_workbook(package)
    sheet = book["Students"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("Name") + 1, value="张三丰")
    book.save(bad)
    _refused(township, bad, PackageRefused, "changed after the package was written")


def test_id_cells_turned_into_numbers(setup) -> None:
    township, package, tmp = setup
    bad = tmp / "numbers.xlsx"
    book = load_workbook(package)
    sheet = book["Students"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("ID number") + 1, value=430123201501010000)
    book.save(bad)
    message = _refused(township, bad, PackageRefused, "row 2")
    assert "ID number" in message and "number" in message


def test_a_20_mb_cell(setup) -> None:
    township, package, tmp = setup
    bad = tmp / "huge.xlsx"
    member = _student_sheet_member(package)
    huge = ("x" * (20 * 1024 * 1024)).encode()
    _rewrite_member(package, bad, member, lambda data: data.replace("张三".encode(), huge, 1))
    assert bad.stat().st_size < 2 * 1024 * 1024
    # Refused as it is unpacked: one row cannot hold 20 MB (issue 16, point 7).
    _refused(township, bad, PackageRefused, "far more than .*20.0 MB")


def test_a_zip_bomb(setup) -> None:
    township, package, tmp = setup
    bad = tmp / "bomb.xlsx"
    shutil.copy(package, bad)
    with (
        zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w", force_zip64=True) as member,
    ):
        chunk = bytes(1 << 20)
        for _ in range(210):
            member.write(chunk)
    assert bad.stat().st_size < 2 * 1024 * 1024
    _refused(township, bad, FileFormatError, "unpack to more than")


def test_manifest_edited_by_hand_fails_the_signature(setup) -> None:
    township, package, tmp = setup
    receive(township, package)  # enrolled: later packages must carry the school's key
    bad = tmp / "forged.xlsx"
    book = load_workbook(package)
    sheet = book["Manifest"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "package_id":
            row[1].value = '"00000000-0000-0000-0000-000000000000"'
    book.save(bad)
    _refused(township, bad, PackageRefused, "signature")


SHEET_WITH_A_NUMBER_AS_ITS_HASH = (
    '[{"table": "student", "sheet": "Students", "columns": ["id"], "rows": 1, "sha256": 5}]'
)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("sign_key", '["not", "a", "key"]'),
        ("seal_key", '"zz"'),
        ("signature", '"abc"'),
        ("to_fingerprint", '"12345"'),
        ("received", "-1"),
        ("holds", '{"someone": "many"}'),
        ("created_at", '"yesterday"'),
        ("sheets", SHEET_WITH_A_NUMBER_AS_ITS_HASH),
    ],
)
def test_manifest_values_of_the_wrong_kind_are_refused_naming_the_key(
    setup, capsys, key: str, value: str
) -> None:
    """The trust fields (keys, fingerprint, signature) and those of the field-level merge
    and the routes are checked for their kind and shape before anything uses them: a
    sentence naming the key, never a traceback, the ledger unchanged."""
    township, package, tmp = setup
    bad = tmp / f"bad-{key}.xlsx"
    book = load_workbook(package)
    for row in book["Manifest"].iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value
    book.save(bad)
    _refused(township, bad, PackageRefused, rf"changed or is damaged \({key}\)")
    db = ["--db", str(township.path), *make.login()]
    assert cli.main([*db, "sync", "import", str(bad)]) == cli.EXIT_REFUSED
    set_translator(lambda text: text)  # main() installed the zh_CN translator
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err and key in captured.out


def test_known_id_with_other_content_is_tampered(setup) -> None:
    township, package, _tmp = setup
    receive(township, package)
    from fupin_desktop.db.models import PackageLedger
    from fupin_desktop.sync.reader import read_package

    manifest = read_package(package).manifest
    PackageLedger.update(content_sha256="0" * 64).where(
        PackageLedger.package_id == manifest.package_id
    ).execute()
    _refused(township, package, PackageRefused, "altered")


def test_a_roster_is_not_a_package(setup) -> None:
    township, _, tmp = setup
    from fupin_desktop.io import xlsx

    roster = tmp / "roster.xlsx"
    xlsx.write_workbook(roster, [xlsx.SheetSpec("名单", [xlsx.Column("姓名")], [["张三"]])])
    _refused(township, roster, FileFormatError, "not a sync package")


def test_a_roster_is_told_apart_from_a_damaged_package(setup) -> None:
    """A roster with ID numbers (whose cells are not the manifest's JSON) is "a roster:
    import it under 学生档案", never "the manifest was changed or is damaged"."""
    township, _, tmp = setup
    from fupin_desktop.io import xlsx

    roster = tmp / "花名册.xlsx"
    columns = [xlsx.Column("姓名"), xlsx.Column("性别"), xlsx.Column("身份证号")]
    xlsx.write_workbook(
        roster, [xlsx.SheetSpec("名单", columns, [["张三", "男", "430123201501010030"]])]
    )
    message = _refused(township, roster, FileFormatError, "looks like a roster")
    assert "学生档案" in message and "damaged" not in message


def test_command_line_exit_codes(setup, capsys) -> None:
    township, package, tmp = setup
    bad = tmp / "random.xlsx"
    bad.write_bytes(os.urandom(300))
    db = ["--db", str(township.path), *make.login()]
    assert cli.main([*db, "sync", "import", str(bad)]) == cli.EXIT_UNREADABLE
    set_translator(lambda text: text)  # main() installed the zh_CN translator
    assert cli.main([*db, "sync", "import", str(package), "--dry-run"]) == cli.EXIT_OK
    assert cli.main([*db, "sync", "import", str(package)]) == cli.EXIT_OK
    assert cli.main([*db, "sync", "import", str(package)]) == cli.EXIT_OK  # imported before
    assert cli.main([*db, "sync", "status"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "柳塘小学" in out


def test_a_sender_not_enrolled_exits_1_and_names_the_way(tmp_path: Path, capsys) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    package = tmp_path / "up.xlsx"
    export(school, package, protection=PLAIN, introduce=False)
    township.use()
    before = fingerprint(township.path)
    db = ["--db", str(township.path), *make.login()]
    assert cli.main([*db, "sync", "import", str(package), "--enrol"]) == cli.EXIT_REFUSED
    assert "sync trust" in capsys.readouterr().out
    assert fingerprint(township.path) == before


def test_xml_is_parsed_safely() -> None:
    """calamine (Rust) expands no XML entities; openpyxl, where a package is opened with
    it, must be using defusedxml."""
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_a_sheet_far_larger_than_its_manifest_is_refused_before_it_is_parsed(setup) -> None:
    """Issue 16, point 7: rows counted as the sheet's XML is unpacked, against the
    manifest, before any parser holds it."""
    township, package, tmp = setup
    bad = tmp / "rows.xlsx"
    member = _student_sheet_member(package)

    def more_rows(data: bytes) -> bytes:
        start = data.index(b'<row r="2"')
        end = data.index(b"</row>", start) + len(b"</row>")
        return data[:end] + data[start:end] * 5000 + data[end:]

    _rewrite_member(package, bad, member, more_rows)
    message = _refused(township, bad, PackageRefused, "far more than")
    assert "5001" in message and "1 rows" in message
