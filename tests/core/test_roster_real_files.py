"""Rosters the way clerks make them: a 汇总 sheet in front, wrapped and parent headers,
numbers where text belongs (docs/architecture.md, "File formats, the roster import and
the bulk writer")."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from fupin_desktop.errors import FileFormatError, ValidationError
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


@pytest.mark.parametrize("header", ["监护人工作单位", "家长工作单位", "监护人务工地点", "家长签字"])
def test_a_guardian_column_that_is_not_a_name_is_left_unmapped(header) -> None:
    assert roster.guess_mapping(["姓名", "身份证号", header]) == {0: "name", 1: "id_number"}


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


def test_a_sex_or_birth_date_the_id_contradicts_is_refused(tmp_path, school_db) -> None:
    rows = [
        ["姓名", "性别", "身份证号", "出生日期"],
        ["张三", "女", GOOD, "2015-01-01"],  # GOOD is a boy's
        ["李四", "女", OTHER, "2015-08-09"],  # OTHER: born 2015-08-08
        ["王五", "男", GOOD[:-1].replace("0101", "0202", 1), None],  # invalid ID: one error
    ]
    _, result = checked(roster_file(tmp_path / "r.xlsx", ("花名册", rows)), school_db.school_id)
    first, second, third = result.rows
    assert [(e.header, e.column) for e in first.errors] == [("性别", 1)]
    assert "Female" in first.errors[0].message and "Male" in first.errors[0].message
    assert [(e.header, e.column) for e in second.errors] == [("出生日期", 3)]
    assert "2015-08-08" in second.errors[0].message
    assert [e.header for e in third.errors] == ["身份证号"]


@pytest.mark.parametrize("text", ["2015.08", "2015年8月", "201508", "2015-8", "2015/08"])
def test_a_year_and_month_of_birth_takes_the_day_from_the_id(tmp_path, school_db, text) -> None:
    rows = [["姓名", "身份证号", "出生年月"], ["李四", OTHER, text], ["张三", GOOD, text]]
    _, result = checked(roster_file(tmp_path / "r.xlsx", ("花名册", rows)), school_db.school_id)
    agrees, differs = result.rows
    assert (agrees.status, agrees.values["birth_date"]) == (roster.NEW, dt.date(2015, 8, 8))
    assert differs.status == roster.INVALID  # 2015-01 is not 2015-08: refused, not taken
    assert [e.header for e in differs.errors] == ["出生年月"]


def test_an_id_on_file_under_another_name_is_refused(tmp_path, school_db) -> None:
    from tests.builders import EXISTING, existing_student

    existing_student(school_db.school_id)  # 吴十
    rows = [["姓名", "身份证号", "班级"], ["吴 十", EXISTING, "2班"], ["吴石", EXISTING, "3班"]]
    _, result = checked(roster_file(tmp_path / "r.xlsx", ("花名册", rows)), school_db.school_id)
    same, other = result.rows
    assert (same.status, same.changes) == (roster.EXISTING, ["class_name"])
    assert other.status == roster.DUPLICATE  # the same number twice in the file
    rows = [rows[0], rows[2]]
    path = roster_file(tmp_path / "r2.xlsx", ("花名册", rows))
    _, result = checked(path, school_db.school_id)
    (other,) = result.rows
    assert other.status == roster.INVALID and not other.changes
    (error,) = other.errors
    assert error.header == "身份证号" and "吴十" in error.message and "吴石" in error.message


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_csv_saved_as_a_workbook_says_what_it_is(tmp_path, encoding) -> None:
    path = tmp_path / "花名册.xlsx"
    path.write_bytes(f"姓名,性别,身份证号\n张三,男,{GOOD}\n".encode(encoding))
    with pytest.raises(FileFormatError, match=r"text file \(perhaps CSV\).*save it as"):
        roster.load_roster(path)


def test_files_of_other_programs_are_refused_in_words(tmp_path) -> None:
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(roster.NoHeaderRow):
        roster.load_roster(empty)
    good = roster_file(tmp_path / "g.xlsx", ("花名册", [["姓名", "身份证号"], ["张三", GOOD]]))
    truncated = tmp_path / "t.xlsx"
    truncated.write_bytes(good.read_bytes()[:-200])
    with pytest.raises(FileFormatError, match="damaged or incomplete"):
        roster.load_roster(truncated)


def test_other_sheets_with_children_are_named(tmp_path) -> None:
    path = roster_file(
        tmp_path / "r.xlsx",
        ("说明", [["请按年级分表填写"]]),
        ("一年级", [["姓名", "身份证号"], ["张三", GOOD]]),
        ("二年级", [["姓名", "身份证号"], ["李四", OTHER]]),
        ("三年级", [["姓名", "身份证号"]]),  # no child yet
        ("汇总", [["年级", "班级", "人数"], [1, "1班", 1]]),
    )
    table = roster.load_roster(path)
    assert (table.sheet, table.other_rosters) == ("一年级", ["二年级"])
    assert roster.load_roster(path, "二年级").other_rosters == []  # the person chose


@pytest.mark.parametrize(
    ("key", "written", "stored"),
    [
        ("sex", "男生", "male"),
        ("sex", "女生", "female"),
        ("sex", "Ｆ", "female"),
        ("boarder", "走读生", False),
        ("boarder", "住校生", True),
        ("boarder", "寄宿生", True),
        ("enrolment", "在校生", "enrolled"),
    ],
)
def test_words_clerks_write_in_choice_columns(key, written, stored) -> None:
    from fupin_desktop.schema.clean import clean_value

    assert clean_value(STUDENT[key], prepare_cell(STUDENT[key], written)) == stored


@pytest.mark.parametrize(
    ("written", "stored"), [("父", "father"), ("母", "mother"), ("其它", "other")]
)
def test_words_clerks_write_for_the_relation(written, stored) -> None:
    from fupin_desktop.schema.catalogues import GUARDIAN
    from fupin_desktop.schema.clean import clean_value

    relation = GUARDIAN["relation"]
    assert clean_value(relation, prepare_cell(relation, written)) == stored


@pytest.mark.parametrize("group", ["监护人信息", "家长信息"])
def test_group_titles_over_the_child_and_the_guardian(tmp_path, school_db, group) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["学生信息", None, None, None, group, None])
    sheet.append(["姓名", "性别", "身份证号", "班级", "姓名", "联系电话"])
    sheet.merge_cells("A1:D1")
    sheet.merge_cells("E1:F1")
    sheet.append(["张三", "男", GOOD, "1班", "张大山", "13800138000"])
    book.save(tmp_path / "g.xlsx")
    table, result = checked(tmp_path / "g.xlsx", school_db.school_id)
    assert table.header_row == 2
    assert roster.guess_mapping(table.headers) == {
        0: "name",
        1: "sex",
        2: "id_number",
        3: "class_name",
        4: "guardian.name",
        5: "guardian.phone",
    }
    (row,) = result.rows
    assert (row.values["name"], row.guardian["name"], row.guardian["phone"]) == (
        "张三",
        "张大山",
        "13800138000",
    )


def test_a_title_row_above_the_header_is_not_a_group(tmp_path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["柳塘镇建档立卡学生花名册", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["姓名", "身份证号", None, "监护人"])
    sheet.append(["张三", GOOD, "备注", "张大山"])
    book.save(tmp_path / "t.xlsx")
    table = roster.load_roster(tmp_path / "t.xlsx")
    assert table.header_row == 2
    assert roster.guess_mapping(table.headers) == {0: "name", 1: "id_number", 3: "guardian.name"}


@pytest.mark.parametrize("words", ["本页合计", "全校合计：2人", "共2人", "合 计"])
def test_totals_rows_as_schools_write_them_are_left_out(words) -> None:
    from fupin_desktop.io.roster import not_a_child

    assert not_a_child([words, None, None, "2"]) is not None


def test_a_row_with_an_id_number_is_a_child_whatever_else_it_says() -> None:
    from fupin_desktop.io.roster import not_a_child

    # A remark that starts like a total, a name column left empty: still a child's row.
    assert not_a_child([None, GOOD.lower(), "合计补助500元"]) is None
    assert not_a_child(["张三", GOOD, "家长签字后交回"]) is None
