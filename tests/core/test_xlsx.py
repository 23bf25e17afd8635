"""io.xlsx and io.xlsx_read: text cells that stay text, refusals instead of truncation,
and files that are checked before a parser sees them."""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fupin_desktop.errors import Cancelled, FileFormatError, ValidationError
from fupin_desktop.io import xlsx, xlsx_read
from fupin_desktop.progress import CancelToken
from tests.builders import replace_in_sheet

FORMULA = '=HYPERLINK("http://x","y")'
ID = "430123201501010014"


def write(path: Path, rows: list[list], columns: list[xlsx.Column] | None = None) -> Path:
    columns = columns or [xlsx.Column("姓名", 8), xlsx.Column("身份证号", 20, text=True)]
    xlsx.write_workbook(path, [xlsx.SheetSpec("学生", columns, rows)])
    return path


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


# -- writing ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [FORMULA, "+1", "-2+3", "@SUM(A1)", "\tx", "=1+2"])
def test_formula_like_text_is_written_as_text_and_reads_back_identical(tmp_path, text) -> None:
    path = write(tmp_path / "f.xlsx", [[text, ID]])
    cell = openpyxl.load_workbook(path)["学生"]["A2"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix  # stays text when someone edits it in Excel or WPS
    assert "<f>" not in sheet_xml(path)
    assert xlsx_read.read_sheet(path).rows[1][0] == text


def test_ids_and_phones_are_text_cells_formatted_as_text(tmp_path) -> None:
    columns = [xlsx.Column("身份证号", 20, text=True), xlsx.Column("电话", 13, text=True)]
    path = write(tmp_path / "t.xlsx", [[ID, 13800138000]], columns)
    sheet = openpyxl.load_workbook(path)["学生"]
    for cell, expected in ((sheet["A2"], ID), (sheet["B2"], "13800138000")):
        assert cell.value == expected
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    # Cells typed into the column later are text too: the column carries the format.
    assert sheet.column_dimensions["A"].number_format == "@"


def test_header_bold_frozen_and_widths_from_columns(tmp_path) -> None:
    path = write(tmp_path / "h.xlsx", [["张三", ID]])
    sheet = openpyxl.load_workbook(path)["学生"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "姓名" and sheet["A1"].font.b
    assert not sheet["A2"].font.b
    assert sheet.column_dimensions["B"].width == 22  # 20 characters + margin
    assert sheet.column_dimensions["A"].width == 10  # 姓名 is 4 wide, the column 8


def test_numbers_dates_and_empty_cells(tmp_path) -> None:
    columns = [xlsx.Column("年级"), xlsx.Column("日期"), xlsx.Column("空"), xlsx.Column("是")]
    path = write(tmp_path / "n.xlsx", [[3, dt.date(2024, 9, 1), "", None]], columns)
    sheet = openpyxl.load_workbook(path)["学生"]
    assert sheet["A2"].value == 3 and sheet["A2"].data_type == "n"
    assert sheet["B2"].value == dt.datetime(2024, 9, 1)
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert xlsx_read.cell_value(sheet["C2"].value) == ""


def test_text_over_excel_limit_is_refused_never_truncated(tmp_path) -> None:
    assert xlsx.safe_cell_text("字" * xlsx.MAX_CELL_CHARS) == "字" * xlsx.MAX_CELL_CHARS
    with pytest.raises(ValidationError):
        xlsx.safe_cell_text("x" * (xlsx.MAX_CELL_CHARS + 1))
    target = tmp_path / "long.xlsx"
    with pytest.raises(ValidationError):
        write(target, [["x" * (xlsx.MAX_CELL_CHARS + 1), ID]])
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # no half-written temporary file either


def test_control_characters_xml_cannot_hold_are_dropped(tmp_path) -> None:
    path = write(tmp_path / "c.xlsx", [["张\x07三\x00", ID]])
    assert openpyxl.load_workbook(path)["学生"]["A2"].value == "张三"


def test_cancel_leaves_the_previous_file_untouched(tmp_path) -> None:
    target = write(tmp_path / "keep.xlsx", [["旧", ID]])
    before = target.read_bytes()
    token = CancelToken()
    token.cancel()
    rows = ([f"学生{i}", ID] for i in range(1000))
    with pytest.raises(Cancelled):
        xlsx.write_workbook(
            target, [xlsx.SheetSpec("学生", [xlsx.Column("姓名")], rows)], cancel=token
        )
    assert target.read_bytes() == before


def test_sheet_titles_excel_accepts() -> None:
    assert xlsx.sheet_title("a/b:c*?[d]") == "a_b_c___d_"
    assert len(xlsx.sheet_title("长" * 40)) == 31
    assert [xlsx.column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


# -- checking and reading -------------------------------------------------------------------
def zip_file(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_random_bytes_are_not_a_workbook(tmp_path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(FileFormatError, match="not an Excel workbook"):
        xlsx_read.read_sheet(path)


def test_word_document_renamed_is_refused(tmp_path) -> None:
    path = zip_file(
        tmp_path / "letter.xlsx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
    )
    with pytest.raises(FileFormatError, match="Word document"):
        xlsx_read.sheet_names(path)


def test_truncated_workbook_is_damaged(tmp_path) -> None:
    whole = write(tmp_path / "whole.xlsx", [[f"学生{i}", ID] for i in range(200)])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(FileFormatError, match="damaged or incomplete"):
        xlsx_read.read_sheet(cut)


def test_empty_and_old_xls_files(tmp_path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(FileFormatError, match="empty"):
        xlsx_read.read_sheet(empty)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    with pytest.raises(FileFormatError, match="97-2003"):
        xlsx_read.read_sheet(old)


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch) -> None:
    path = write(tmp_path / "big.xlsx", [["张三", ID]])
    monkeypatch.setattr(xlsx_read, "MAX_FILE_BYTES", path.stat().st_size - 1)
    with pytest.raises(FileFormatError, match="larger than"):
        xlsx_read.read_sheet(path)


def test_zip_bomb_is_refused_before_parsing(tmp_path) -> None:
    """A small file that inflates beyond the limit: 201 MB of zeros in ~200 KB."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(xlsx_read.MAX_UNCOMPRESSED_BYTES // len(block) + 1):
                member.write(block)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(FileFormatError, match="unpack to more than"):
        xlsx_read.read_sheet(path)


def _patch_sizes(data: bytes, name: bytes, claimed: int) -> bytes:
    """Make the zip lie about a member's uncompressed size (local and central headers)."""
    out = bytearray(data)
    at = 0
    while (at := out.find(b"PK\x03\x04", at)) >= 0:
        name_len = struct.unpack_from("<H", out, at + 26)[0]
        if bytes(out[at + 30 : at + 30 + name_len]) == name:
            struct.pack_into("<I", out, at + 22, claimed)
        at += 4
    at = 0
    while (at := out.find(b"PK\x01\x02", at)) >= 0:
        name_len = struct.unpack_from("<H", out, at + 28)[0]
        if bytes(out[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", out, at + 24, claimed)
        at += 4
    return bytes(out)


def test_zip_that_lies_about_its_sizes_is_refused(tmp_path) -> None:
    """The directory claims 1 KB; the member inflates to 5 MB. The claim is not trusted."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (5 << 20))
    path = tmp_path / "liar.xlsx"
    path.write_bytes(_patch_sizes(buffer.getvalue(), b"xl/worksheets/sheet1.xml", 1024))
    with pytest.raises(FileFormatError, match="damaged"):
        xlsx_read.read_sheet(path)


def test_cell_longer_than_excel_allows_is_refused_on_read(tmp_path) -> None:
    source = write(tmp_path / "s.xlsx", [["PLACEHOLDER", ID]])
    long = ("长" * 40_000).encode()
    path = replace_in_sheet(source, tmp_path / "long.xlsx", b"PLACEHOLDER", long)
    with pytest.raises(FileFormatError, match="A2"):
        xlsx_read.read_sheet(path)


def test_long_numbers_exact_only_when_the_file_holds_every_digit(tmp_path) -> None:
    """Excel stores 15 digits (4.3012320150101E+17: damaged, stays a float); a program may
    write all 18 (430123201501010014: read back as that exact int)."""
    book = openpyxl.Workbook()
    book.active.append([1, 2])
    book.save(tmp_path / "n.xlsx")
    exact = replace_in_sheet(
        tmp_path / "n.xlsx", tmp_path / "exact.xlsx", b"<v>1</v>", f"<v>{ID}</v>".encode()
    )
    damaged = replace_in_sheet(
        tmp_path / "n.xlsx", tmp_path / "damaged.xlsx", b"<v>1</v>", b"<v>4.3012320150101E+17</v>"
    )
    assert xlsx_read.read_sheet(exact).rows[0][0] == int(ID)
    value = xlsx_read.read_sheet(damaged).rows[0][0]
    assert isinstance(value, float) and value == 4.3012320150101e17


def test_sheet_names_and_merged_ranges(tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "花名册"
    book.active["B2"] = "标题"
    book.active.merge_cells("B2:D2")
    hidden = book.create_sheet("下拉选项")
    hidden.sheet_state = "hidden"
    book.create_sheet("说明")
    book.save(tmp_path / "m.xlsx")
    assert xlsx_read.sheet_names(tmp_path / "m.xlsx") == ["花名册", "说明"]
    data = xlsx_read.read_sheet(tmp_path / "m.xlsx")
    assert data.name == "花名册"
    assert data.rows[1][1] == "标题"  # absolute positions: B2 is rows[1][1]
    assert data.merged == [(1, 1, 1, 3)]
    with pytest.raises(FileFormatError, match="no sheet named"):
        xlsx_read.read_sheet(tmp_path / "m.xlsx", "没有")
