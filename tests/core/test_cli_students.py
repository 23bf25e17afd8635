"""`fupin students import | export | template`: exit 0 imported, 1 invalid rows (nothing
written), 2 a file that cannot be read."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fupin_desktop import cli
from fupin_desktop.io import xlsx_read
from tests.builders import CLI_INIT, GOOD, NO_SEX, WITH_X, fupin, messy_roster


def count(db: Path, table: str = "student") -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    db = tmp_path / "ledger.db"
    assert fupin(db, *CLI_INIT) == 0
    return db


def clean_roster(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "身份证号", "年级", "班级", "监护人", "监护人电话"])
    book.active.append(["张三", "男", GOOD, 3, "一班", "张大山", "13800138000"])
    book.active.append(["王五", "男", WITH_X, 3, "一班", None, None])
    book.save(path)
    return path


def test_import_refuses_every_row_when_one_is_invalid(ledger, tmp_path, capsys) -> None:
    roster_file = messy_roster(tmp_path / "花名册.xlsx")
    capsys.readouterr()
    assert fupin(ledger, "students", "import", str(roster_file)) == cli.EXIT_REFUSED
    out = capsys.readouterr().out
    assert count(ledger) == 0
    assert "4.2E+17" in out  # the damaged ID, named
    assert "10" in out and "身份证号码" in out  # its row and column
    assert "--skip-invalid" in out


def test_dry_run_writes_nothing(ledger, tmp_path, capsys) -> None:
    roster_file = messy_roster(tmp_path / "花名册.xlsx")
    args = ("students", "import", str(roster_file), "--dry-run")
    assert fupin(ledger, *args) == cli.EXIT_REFUSED  # invalid rows, as without --dry-run
    assert fupin(ledger, *args, "--skip-invalid") == cli.EXIT_OK
    assert (
        fupin(ledger, "students", "import", str(clean_roster(tmp_path / "r.xlsx")), "--dry-run")
        == 0
    )
    assert (count(ledger), count(ledger, "guardian"), count(ledger, "status_history")) == (0, 0, 0)


def test_skip_invalid_imports_the_valid_rows(ledger, tmp_path, capsys) -> None:
    roster_file = messy_roster(tmp_path / "花名册.xlsx")
    assert fupin(ledger, "students", "import", str(roster_file), "--skip-invalid") == 0
    assert count(ledger) == 4  # rows 5, 6, 13 and 14
    con = sqlite3.connect(ledger)
    try:
        ids = {row[0] for row in con.execute("SELECT id_number FROM student")}
    finally:
        con.close()
    assert {GOOD, WITH_X, NO_SEX} <= ids


def test_clean_roster_imports_and_a_second_time_changes_nothing(ledger, tmp_path) -> None:
    roster_file = clean_roster(tmp_path / "r.xlsx")
    assert fupin(ledger, "students", "import", str(roster_file)) == cli.EXIT_OK
    assert (count(ledger), count(ledger, "guardian")) == (2, 1)
    assert fupin(ledger, "students", "import", str(roster_file)) == cli.EXIT_OK
    assert (count(ledger), count(ledger, "guardian")) == (2, 1)


def test_sheet_option(ledger, tmp_path, capsys) -> None:
    roster_file = clean_roster(tmp_path / "r.xlsx")
    assert fupin(ledger, "students", "import", str(roster_file), "--sheet", "没有") == 2
    assert "没有" in capsys.readouterr().out
    assert fupin(ledger, "students", "import", str(roster_file), "--sheet", "Sheet") == 0


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def _truncated(path: Path) -> Path:
    whole = clean_roster(path.with_name("whole.xlsx")).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _random(path: Path) -> Path:
    path.write_bytes(os.urandom(5000))
    return path


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (3 << 20))
    return path


@pytest.mark.parametrize("make", [_random, _docx, _truncated, _bomb])
def test_unreadable_files_exit_2(ledger, tmp_path, monkeypatch, capsys, make) -> None:
    monkeypatch.setattr(xlsx_read, "MAX_UNCOMPRESSED_BYTES", 2 << 20)  # the real bomb: test_xlsx
    bad = make(tmp_path / "bad.xlsx")
    capsys.readouterr()
    assert fupin(ledger, "students", "import", str(bad)) == cli.EXIT_UNREADABLE
    assert "bad.xlsx" in capsys.readouterr().out
    assert count(ledger) == 0


def test_missing_file_exits_2(ledger, tmp_path) -> None:
    assert fupin(ledger, "students", "import", str(tmp_path / "nowhere.xlsx")) == 2


def test_township_must_say_which_school(tmp_path, capsys) -> None:
    db = tmp_path / "t.db"
    township = ["init", "--role", "township", "--township-code", "430123101"]
    assert fupin(db, *township, "--township-name", "柳塘镇") == 0
    roster_file = clean_roster(tmp_path / "r.xlsx")
    assert fupin(db, "students", "import", str(roster_file)) == cli.EXIT_REFUSED
    assert "--school" in capsys.readouterr().out
    assert fupin(db, "students", "import", str(roster_file), "--school", "4301230009") == 2


def test_export_and_template(ledger, tmp_path) -> None:
    assert fupin(ledger, "students", "import", str(clean_roster(tmp_path / "r.xlsx"))) == 0
    out = tmp_path / "out" / "名单.xlsx"
    assert fupin(ledger, "students", "export", "-o", str(out), "--stage", "小学") == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.max_row == 3 and sheet.freeze_panes == "A2"
    ids = {cell.value for cell in sheet["E"][1:]}
    assert ids == {GOOD, WITH_X}
    assert all(cell.data_type == "s" for cell in sheet["E"][1:])
    assert fupin(ledger, "students", "export", "-o", str(out), "--search", "zs") == 0
    assert openpyxl.load_workbook(out).worksheets[0].max_row == 2
    assert fupin(ledger, "students", "export", "-o", str(out), "--stage", "大学堂") == 2
    template = tmp_path / "模板.xlsx"
    assert fupin(ledger, "students", "template", "-o", str(template)) == 0
    assert openpyxl.load_workbook(template).worksheets[0].freeze_panes == "A2"


def test_command_line_starts_without_excel_libraries() -> None:
    """openpyxl (~190 ms) and calamine load only when a file is touched."""
    code = (
        "import sys; from fupin_desktop import cli; cli.build_parser(); "
        "bad = {'openpyxl', 'python_calamine', 'PySide6'} & set(sys.modules); "
        "sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_import_names_the_other_sheets_that_list_children(ledger, tmp_path, capsys) -> None:
    book = openpyxl.Workbook()
    book.active.title = "一年级"
    book.active.append(["姓名", "身份证号"])
    book.active.append(["张三", GOOD])
    book.create_sheet("二年级").append(["姓名", "身份证号"])
    book["二年级"].append(["王五", WITH_X])
    book.save(tmp_path / "r.xlsx")
    capsys.readouterr()
    assert fupin(ledger, "students", "import", str(tmp_path / "r.xlsx"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "一年级" in out and "其他工作表也列有学生：二年级" in out  # the CLI speaks zh_CN
