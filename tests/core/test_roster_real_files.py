"""Rosters the way clerks make them: a 汇总 sheet in front, wrapped and parent headers,
numbers where text belongs (docs/architecture.md, "File formats, the roster import and
the bulk writer")."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from fupin_desktop.errors import ValidationError
from fupin_desktop.io.roster import prepare_cell
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.services.students import roster_import as roster
from tests.builders import GOOD, NO_SEX, PRINCIPAL

OTHER = NO_SEX  # another valid ID number


def roster_file(path, *sheets):
    """A workbook of (title, rows) sheets."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def checked(path, school_id):
    table = roster.load_roster(path)
    mapping = roster.guess_mapping(table.headers, table.hidden_columns)
    return table, roster.preview(PRINCIPAL, table, mapping, school_id)


def test_a_summary_sheet_in_front_is_not_taken_for_the_roster(tmp_path) -> None:
    path = roster_file(
        tmp_path / "r.xlsx",
        ("汇总", [["年级", "班级", "人数"], ["三年级", "1班", 1]]),
        ("花名册", [["姓名", "身份证号", "年级"], ["张三", GOOD, 3]]),
    )
    table = roster.load_roster(path)
    assert table.sheet == "花名册"
    assert [row.cells[:2] for row in table.rows] == [["张三", GOOD]]


def test_a_file_with_only_a_summary_still_reads_it(tmp_path) -> None:
    path = roster_file(tmp_path / "r.xlsx", ("汇总", [["年级", "班级", "人数"], [3, "1班", 1]]))
    assert roster.load_roster(path).sheet == "汇总"  # the preview says what is missing


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("家长姓名", "guardian.name"),
        ("家长电话", "guardian.phone"),
        ("家长联系电话", "guardian.phone"),
        ("家长手机号", "guardian.phone"),
        ("监护人手机号", "guardian.phone"),
        ("家长身份证号", "guardian.id_number"),
    ],
)
def test_parent_headers_name_the_guardian(header, target) -> None:
    assert roster.guess_mapping(["姓名", "身份证号", header]).get(2) == target


def test_a_wrapped_header_is_one_name_in_messages(tmp_path, school_db) -> None:
    rows = [["姓 名", "性\n别", "身份证\n号码"], ["张三", "男", "4.2E+17"]]
    table, result = checked(roster_file(tmp_path / "r.xlsx", ("花名册", rows)), school_db.school_id)
    assert table.column_label(2) == "身份证号码"
    (line,) = result.problems()
    assert line.startswith("Row 2, 身份证号码: ") and "\n" not in line


def test_a_landline_that_lost_its_leading_zero_is_refused(tmp_path, school_db) -> None:
    path = roster_file(
        tmp_path / "r.xlsx",
        ("花名册", [["姓名", "身份证号", "联系电话"], ["张三", GOOD, 7315551234]]),
    )
    _, result = checked(path, school_db.school_id)
    (row,) = result.rows
    assert row.status == roster.INVALID
    (error,) = row.errors
    assert (error.header, error.column) == ("联系电话", 2)
    assert "leading 0" in error.message and "7315551234" in error.message
    # A mobile in a number cell keeps every digit.
    assert prepare_cell(STUDENT["phone"], 13800138000.0) == "13800138000"
    assert prepare_cell(STUDENT["phone"], 13800138000) == "13800138000"


def test_dates_as_clerks_write_them(tmp_path, school_db) -> None:
    born = dt.date(2015, 1, 1)  # GOOD's birth date
    cells = [42005, 42005.0, 20150101, "20150101", "2015.1.1", "2015年1月1日", "2015/01/01"]
    rows = [["姓名", "身份证号", "出生日期"]] + [["张三", GOOD, cell] for cell in cells]
    _, result = checked(roster_file(tmp_path / "r.xlsx", ("花名册", rows)), school_db.school_id)
    assert [row.values["birth_date"] for row in result.rows] == [born] * len(cells)


@pytest.mark.parametrize("number", [3000000, 42005.5, -5])
def test_a_number_that_is_no_date_is_refused(number) -> None:
    with pytest.raises(ValidationError):
        from fupin_desktop.schema.clean import clean_value

        clean_value(STUDENT["birth_date"], prepare_cell(STUDENT["birth_date"], number))


def test_a_hidden_old_column_gives_way_to_the_one_a_person_sees(tmp_path, school_db) -> None:
    path = roster_file(
        tmp_path / "r.xlsx", ("学生", [["姓名", "身份证号", "身份证号码"], ["张三", OTHER, GOOD]])
    )
    book = openpyxl.load_workbook(path)
    book["学生"].column_dimensions["B"].hidden = True  # last year's number, hidden
    book.save(path)
    table, result = checked(path, school_db.school_id)
    assert table.hidden_columns == {1}
    assert roster.guess_mapping(table.headers, table.hidden_columns) == {0: "name", 2: "id_number"}
    assert result.rows[0].values["id_number"] == GOOD
    assert result.hidden() == []  # the hidden column is not imported


def test_hidden_rows_are_imported_and_said(tmp_path, school_db) -> None:
    rows = [["姓名", "身份证号"], ["张三", GOOD], ["李四", OTHER]]
    path = roster_file(tmp_path / "r.xlsx", ("学生", rows))
    book = openpyxl.load_workbook(path)
    book["学生"].row_dimensions[3].hidden = True
    book.save(path)
    _, result = checked(path, school_db.school_id)
    assert [row.status for row in result.rows] == [roster.NEW, roster.NEW]
    assert result.hidden_rows == [3]
    (line,) = result.hidden()
    assert line.endswith(": 3.")
