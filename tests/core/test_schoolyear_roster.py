"""The one grade convention on import, and a clean roster as schools send it imported
strictly: the instructions sheet, titles, 小计/合计 and signature rows are not children."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from fupin_desktop.schema.schoolyear import next_place, read_grade
from fupin_desktop.services.students import roster_import as roster
from tests import builders as make
from tests.builders import CLI_INIT as INIT
from tests.builders import PRINCIPAL
from tests.builders import with_check_digit as idn

IDS = [idn(f"43012320150101{n:03d}") for n in range(8)]


def sent_roster(path: Path) -> Path:
    """The sex column agrees with the ID numbers (an even 17th digit is a girl)."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填表说明"
    notes.append(["填表说明"])
    notes.append(["1. 姓名、性别、身份证号必填；身份证号按文本填写。"])
    notes.append(["2. 年级填 一年级…六年级、初一 或 小班/中班/大班。"])
    sheet = book.create_sheet("花名册")
    sheet.append(["柳塘小学2027年秋季学期家庭经济困难学生花名册"])
    sheet.merge_cells("A1:F1")
    sheet.append(["填报单位（盖章）：柳塘小学", None, None, "填报日期：2027年9月1日"])
    sheet.append(["序号", "姓名", "性别", "身份证号", "年级", "班级"])
    sheet.append([1, "张一", "女", IDS[0], "初一", "一班"])
    sheet.append([2, "张二", "男", IDS[1], "七年级", "一班"])
    sheet.append(["小计", None, None, None, None, "2人"])
    sheet.append([3, "张三", "女", IDS[2], 7, "二班"])
    sheet.append(["小计", None, None, None, None, "1人"])
    sheet.append([4, "李一", "男", IDS[3], "小班", "幼儿班"])
    sheet.append([5, "李二", "女", IDS[4], "中班", "幼儿班"])
    sheet.append([6, "李三", "男", IDS[5], "大班", "幼儿班"])
    sheet.append(["合计", None, None, None, None, "6人"])
    sheet.append([])
    sheet.append(["制表人：", None, "审核人：", None, "校长签字："])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("初一", ("junior", 7)),
        ("七年级", ("junior", 7)),
        ("7", ("junior", 7)),
        ("三年级", (None, 3)),
        ("小班", ("preschool", 1)),
        ("中班", ("preschool", 2)),
        ("大班", ("preschool", 3)),
        ("高一", None),
    ],
)
def test_one_grade_convention(text: str, found) -> None:
    assert read_grade(text) == found


def test_promotion_moves_across_stages() -> None:
    assert next_place("preschool", 3, 3) is None  # a kindergarten's 大班 leaves it
    assert next_place("preschool", 3, 6) == ("primary", 1)
    assert next_place("primary", 6, 9) == ("junior", 7)
    assert next_place("primary", 6, 6) is None
    assert next_place("junior", 8, 9) == ("junior", 9)


def test_rows_that_are_not_children_are_named(tmp_path: Path, school_db) -> None:
    table = roster.load_roster(sent_roster(tmp_path / "r.xlsx"))
    assert table.sheet == "花名册" and table.header_row == 3
    assert [n for n, _ in table.not_children] == [6, 8, 12, 14]
    result = roster.preview(
        PRINCIPAL,
        table,
        roster.guess_mapping(table.headers),
        school_db.school_id,
    )
    assert not result.blocking
    stages = {row.values["name"]: (row.values["stage"], row.values["grade"]) for row in result.rows}
    assert stages["张一"] == stages["张二"] == stages["张三"] == ("junior", 7)
    assert stages["李一"] == ("preschool", 1) and stages["李三"] == ("preschool", 3)
    assert any("Row 12: not a child" in line for line in result.left_out())


def test_clean_roster_imports_strictly(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ledger.db"
    assert make.fupin(db, *INIT) == 0
    path = sent_roster(tmp_path / "花名册.xlsx")
    capsys.readouterr()
    assert make.fupin(db, "students", "import", str(path)) == 0
    out = capsys.readouterr().out
    assert "第 14 行：不是学生（签字栏）" in out  # the command line speaks zh_CN
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT name, stage, grade FROM student ORDER BY name").fetchall()
    finally:
        con.close()
    assert len(rows) == 6
    assert ("张二", "junior", 7) in rows and ("李二", "preschool", 2) in rows


def test_year_and_watch_from_the_command_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ledger.db"
    assert make.fupin(db, *INIT) == 0
    assert make.fupin(db, "students", "import", str(sent_roster(tmp_path / "r.xlsx"))) == 0
    capsys.readouterr()
    assert make.fupin(db, "year", "preview", "--to", "2027-2028") == 0
    assert "张一" in capsys.readouterr().out
    assert make.fupin(db, "year", "apply", "--to", "20x7") == 2
    assert make.fupin(db, "assess", "list", "--missing", "--year", "2027-2028") == 1
    assert make.fupin(db, "year", "apply", "--to", "2027-2028") == 0
    assert make.fupin(db, "year", "apply", "--to", "2027-2028") == 2
    # A complete primary school keeps no junior grade: its 初一 children graduate from it.
    assert make.fupin(db, "students", "watch", "--on", "2027-09-02") == 0
    assert make.fupin(db, "students", "watch", "--on", "2027-12-01") == 1
    assert "张一" in capsys.readouterr().out
