"""Package formats: a package speaks the catalogue's words (since format 3: every
catalogued column headed by its field's label, choice labels, yuan; format 5 adds the
Ed25519 signature, docs/architecture.md, "Trust", and the field stamps; 4 was never
released). Packages of formats 1 to 3 were signed with a key that travelled in them: they
are refused with a message in Chinese (tests/data/format1_package.xlsx is such a package,
written by the program before), and so is 4 and a format-5 package signed that way."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.models import (
    AidPayment,
    DiaryEntry,
    LeftBehindProfile,
    Student,
)
from fupin_desktop.i18n import install_ts_translator, tr
from fupin_desktop.io import xlsx
from fupin_desktop.paths import zh_cn_ts
from fupin_desktop.schema.aid import CONDITION, PAYMENT_METHOD
from fupin_desktop.schema.care import DIARY_CATEGORY, GUARDIAN_KIND, MOOD, PARENT_AWAY
from fupin_desktop.sync.codec import CellError, decoder, from_cell, to_cell
from fupin_desktop.sync.manifest import FORMAT_VERSION
from fupin_desktop.sync.reader import PackageRefused, current_codes
from fupin_desktop.sync.tables import CATALOGUES, sync_tables, table_by_name
from fupin_desktop.sync.writer import PLAIN
from tests import builders as make
from tests.core.sync_support import export, fingerprint, introduce, receive

FORMAT1 = Path(__file__).resolve().parents[1] / "data" / "format1_package.xlsx"
D = dt.date


def sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def manifest_value(rows: list[tuple[Any, ...]], key: str) -> Any:
    return next(row[1] for row in rows if row and row[0] == key)


def records(rows: list[tuple[Any, ...]], headers: list[str]) -> list[dict[str, Any]]:
    """The data rows of a sheet as {header: cell}."""
    return [dict(zip(headers, row, strict=False)) for row in rows[1:] if any(row)]


@pytest.fixture
def school_package(tmp_path: Path) -> tuple[make.Replica, Path]:
    """A school with care and aid records, exported in Chinese as the command line does
    (not sealed, to be read as a workbook here)."""
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    teacher = make.teacher(school, "王老师")
    child = make.needy_student(school, "刘小燕", boarder=True)
    make.pairing(teacher, child, D(2024, 3, 1), kind="proxy_parent")
    make.left_behind_profile(child, guardian_name="刘奶奶", guardian_relation="grandmother")
    make.diary_entry(child, teacher, D(2024, 10, 2), mood="sad", what_happened="想妈妈了")
    make.payment(child, "boarding_subsidy", "1250.50")
    install_ts_translator(zh_cn_ts())
    path = tmp_path / "up.xlsx"
    export(school, path, protection=PLAIN)
    return school, path


def test_every_catalogued_column_is_headed_by_its_field_label(school_package) -> None:
    _, path = school_package
    written = sheets(path)
    assert manifest_value(written[tr("Manifest")], "format_version") == str(FORMAT_VERSION)
    checked = 0
    for table in sync_tables():
        title = xlsx.sheet_title(table.title)
        if title not in written:
            continue  # nothing of that kind to send
        header = list(written[title][0])
        assert header == [column.title for column in table.columns]
        catalogue = CATALOGUES.get(table.name)
        for column, text in zip(table.columns, header, strict=True):
            if catalogue is not None and column.field_name in catalogue.keys():
                field = catalogue[column.field_name]
                assert text == field.title != field.label  # the Chinese of the field's label
                checked += 1
    assert checked > 60


def test_choices_are_labels_and_money_is_yuan(school_package) -> None:
    school, path = school_package
    written = sheets(path)
    diary_sheet = written[xlsx.sheet_title(tr("Growth diary"))]
    (diary,) = records(diary_sheet, list(diary_sheet[0]))
    assert diary[tr("Category")] == DIARY_CATEGORY.label("feelings") != "feelings"
    assert diary[tr("Mood")] == MOOD.label("sad")
    profile_sheet = written[xlsx.sheet_title(tr("Left-behind profiles"))]
    (profile,) = records(profile_sheet, list(profile_sheet[0]))
    assert profile[tr("Parent away")] == PARENT_AWAY.label("both")
    assert profile[tr("Actual guardian")] == GUARDIAN_KIND.label("grandparents")
    payment_sheet = written[xlsx.sheet_title(tr("Aid payments"))]
    (payment,) = records(payment_sheet, list(payment_sheet[0]))
    assert payment[tr("Amount (yuan)")] == 1250.5
    assert payment[tr("Method")] == PAYMENT_METHOD.label("bank_card")
    # Standards are the township's: they travel down only (docs/architecture.md, "Trust").
    assert xlsx.sheet_title(tr("Aid standards")) not in written
    township = make.township_replica(path.parent)
    introduce(school, township)
    assert receive(township, path).applied
    down = export(township, path.parent / "down.xlsx", to_code=school.code, protection=PLAIN)
    standard_sheet = sheets(down.path)[xlsx.sheet_title(tr("Aid standards"))]
    standards = records(standard_sheet, list(standard_sheet[0]))
    assert {s[tr("Who is entitled")] for s in standards} >= {CONDITION.label("boarder_needy")}
    assert 1000 in {s[tr("Amount a year (yuan)")] for s in standards}


def test_a_package_comes_back_as_codes_and_fen(school_package, tmp_path) -> None:
    school, path = school_package
    township = make.township_replica(tmp_path)
    introduce(school, township)
    assert receive(township, path).applied
    assert AidPayment.get().amount_fen == 125_050
    assert AidPayment.get().method == "bank_card"
    assert (DiaryEntry.get().category, DiaryEntry.get().mood) == ("feelings", "sad")
    profile = LeftBehindProfile.get()
    assert (profile.parent_away, profile.guardian_relation) == ("both", "grandmother")


def _with_format(package: Path, target: Path, version: int) -> Path:
    """`package` with another format version written in its manifest."""
    book = load_workbook(package)
    manifest = book[book.sheetnames[-1]]  # the manifest is the last sheet
    for cells in manifest.iter_rows(min_row=2):
        if cells[0].value == "format_version":
            cells[1].value = str(version)
    book.save(target)
    return target


def _signed_with_a_shared_key(package: Path, target: Path) -> Path:
    """`package` as format 5 was first written (issue 16 before issue 14's trust): the
    sender's HMAC key in `sender_key`, no Ed25519 keys."""
    book = load_workbook(package)
    manifest = book[book.sheetnames[-1]]
    for cells in manifest.iter_rows(min_row=2):
        if cells[0].value == "sign_key":
            cells[0].value, cells[1].value = "sender_key", '"' + "ab" * 32 + '"'
        elif cells[0].value == "seal_key":
            cells[0].value = cells[1].value = None
    book.save(target)
    return target


def test_packages_of_formats_1_to_4_are_refused_in_chinese(school_package, tmp_path) -> None:
    """No transition: a package signed with a key that travelled in the packages could be
    forged by anyone who saw one. The refusal names the format and what to do. Format 4
    was never released (only issue 14's branch wrote it): refused the same way."""
    school, path = school_package
    old = shutil.copy(FORMAT1, tmp_path / "old.xlsx")
    assert manifest_value(list(sheets(old).values())[-1], "format_version") == "1"
    township = make.township_replica(tmp_path)
    introduce(school, township)
    before = fingerprint(township.path)
    packages = {1: old}
    for version in (2, 3, 4):
        packages[version] = _with_format(path, tmp_path / f"f{version}.xlsx", version)
    for version, package in packages.items():
        with pytest.raises(PackageRefused) as caught:
            receive(township, package)
        message = caught.value.message
        assert f"包格式 {version}" in message and "不再导入" in message, message
        assert "重新导出" in message  # what the sender does
        assert make.fupin(township.path, "sync", "import", str(package)) == 2
    shared = _signed_with_a_shared_key(path, tmp_path / "hmac5.xlsx")
    with pytest.raises(PackageRefused) as caught:
        receive(township, shared)
    assert "随包传递的密钥签名" in caught.value.message, caught.value.message
    assert make.fupin(township.path, "sync", "import", str(shared)) == 2
    township.use()
    assert fingerprint(township.path) == before
    assert Student.select().count() == 0
    assert receive(township, path).applied  # the same content as format 5 goes in


def test_money_cells_come_back_as_exact_fen() -> None:
    column = table_by_name("aid_payment").column("amount_fen")
    assert to_cell(column, 125_050) == Decimal("1250.50")
    assert from_cell(column, 0.29) == 29  # 0.29 * 100 is 28.999999999999996 in floats
    assert from_cell(column, 1250.5) == 125_050
    assert from_cell(column, "1,250.50") == 125_050
    assert decoder(column)(1000) == 100_000
    for bad in (12.345, "一千", True, ""):
        with pytest.raises(CellError):
            from_cell(column, bad)
    # Format 1 wrote the fen themselves.
    old = column.as_written_in(1)
    assert from_cell(old, 50_000) == 50_000 and decoder(old)(50_000.0) == 50_000


def test_choice_cells_take_labels_and_codes_of_either_format() -> None:
    column = table_by_name("diary_entry").column("category")
    read = decoder(column)
    assert read(DIARY_CATEGORY.label("feelings")) == "feelings"
    assert read("feelings") == "feelings"
    # A code this program has no label for (a newer program's choice) stays itself.
    assert read("future_category") == "future_category"
    assert to_cell(column, "future_category") == "future_category"
    assert decoder(column.as_written_in(1))("feelings") == "feelings"


def test_poverty_statuses_of_an_older_program_come_back_as_today_s_codes() -> None:
    """Issue 10 relabelled 已脱贫 and renamed two codes (migration 0005): a package of an
    older program reads its words as the codes it hashed, then holds today's codes."""
    student, history = table_by_name("student"), table_by_name("status_history")
    status = student.column("poverty_status")
    read = decoder(status)
    assert read("已脱贫") == "lifted"
    assert read("边缘易致贫户") == "marginal"  # the code its writer stored and hashed
    columns = [student.column("id"), status]
    rows = [("a", "marginal"), ("b", "unstable"), ("c", "lifted")]
    assert current_codes(student, columns, rows) == [
        ("a", "monitored_marginal"),
        ("b", "monitored_unstable"),
        ("c", "lifted"),
    ]
    columns = [history.column(key) for key in ("id", "kind", "value")]
    rows = [("h", "poverty_status", "marginal"), ("g", "enrolment", "marginal")]
    assert current_codes(history, columns, rows) == [
        ("h", "poverty_status", "monitored_marginal"),
        ("g", "enrolment", "marginal"),  # only a poverty status is renamed
    ]


def test_each_older_format_is_read_as_it_was_written() -> None:
    """Format 2 (the 登记表 columns) labelled the left-behind profile's choices; the other
    care and aid choice columns and every amount stayed as format 1 wrote them."""
    profile = table_by_name("left_behind_profile").column("parent_away")
    diary = table_by_name("diary_entry").column("category")
    condition = table_by_name("aid_standard").column("condition")
    income = table_by_name("family_member").column("annual_income")
    assert profile.as_written_in(1).choices is None
    assert profile.as_written_in(2) is profile
    for column in (diary, condition):
        assert column.as_written_in(2).choices is None
        assert column.as_written_in(FORMAT_VERSION) is column
    assert income.as_written_in(2).kind == "int" and income.kind == "money"


def test_a_column_at_a_time_reads_as_cell_by_cell() -> None:
    """codec.column_decoder gives what decoder gives cell by cell, for columns that take
    the column-at-a-time path and for columns that do not (docs/architecture.md, "Sync
    packages: reading fast")."""
    from fupin_desktop.sync.codec import column_decoder

    payment, visit = table_by_name("aid_payment"), table_by_name("visit")
    columns = {
        "money": (payment.column("amount_fen"), [1000.0, 1250.5, -3.0, 0.29, 12.0]),
        "optional date": (
            next(c for c in visit.columns if c.kind == "date" and c.nullable),
            [dt.date(2025, 3, 1), "", dt.date(2024, 9, 1), "2024-09-02"],
        ),
        "time": (visit.column("updated_at"), ["2025-03-01 08:00:00", "2025-03-01 08:00:01.5"]),
        "text": (visit.column("id"), ["a", "b", "c"]),
        "flag": (visit.column("deleted"), ["否", "是", "否"]),
        "version": (visit.column("version"), ['{"x":1}', '{"y":2}']),
    }
    for name, (column, cells) in columns.items():
        expected = [decoder(column)(cell) for cell in cells]
        assert list(column_decoder(column)(cells)) == expected, name
        # Every cell of one kind (the path in C) gives the same as well.
        same = [cells[0]] * 3
        assert list(column_decoder(column)(same)) == [expected[0]] * 3, name
    with pytest.raises(CellError):
        column_decoder(visit.column("id"))(["a", 12345678.0])


def test_the_first_bad_cell_in_reading_order_is_named() -> None:
    """Decoded a column at a time, a sheet with two bad cells still names the first one
    a person reading row by row would meet."""
    from fupin_desktop.sync.reader import _decode

    table = table_by_name("visit")
    columns = [table.column("id"), table.column("deleted")]
    rows = [["a", "否"], ["b", "maybe"], [123.0, "否"]]
    with pytest.raises(PackageRefused) as refused:
        _decode(rows, columns, "visit", "package.xlsx")
    assert refused.value.fields["row"] == 3  # row 3 of the sheet (after the header)
