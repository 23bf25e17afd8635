"""`fupin aid …` and `fupin settings …` on a small ledger: confirm, record a sheet, the
bank's payment detail matched by ID or card (preview, unmatched rows named, the same
file twice records nothing twice), the export's IDs as text, reconcile's exit code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from fupin_desktop.cli.program import main
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.db.models import AidPayment
from tests import builders as make

pay = make.payment
program_id = make.program_id


def add_student(school: str, name: str, stage: str = "primary", **values: Any) -> str:
    return make.student(school, name, stage=stage, **values)


MADE = dt.date(2025, 8, 20)


def run(db: Path, *args: str) -> int:
    close_database()  # main() opens and closes the ledger itself
    try:
        return main(["--db", str(db), *make.login(), *args])
    finally:
        open_database(db)


def test_settings_get_and_set(db_path: Path, school_db, capsys) -> None:
    assert (
        run(db_path, "settings", "set", "calendar.2026-2027.spring", "2027-02-22 2027-07-09") == 0
    )
    assert run(db_path, "settings", "get", "calendar.2026-2027.spring") == 0
    assert "2027-02-22 2027-07-09" in capsys.readouterr().out
    assert run(db_path, "settings", "set", "calendar.2026-2027.spring", "2027-07-09") == 2
    assert "2027-02-22" in capsys.readouterr().out  # the message gives an example
    assert run(db_path, "settings", "get") == 0
    assert "province" in capsys.readouterr().out


def _bank_file(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["xx县农村信用社代发明细"])
    sheet.append(["序号", "户名", "证件号码", "账号", "金额（元）", "交易日期", "状态"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_confirm_record_import_reconcile_export(db_path: Path, school_db, tmp_path, capsys) -> None:
    school = school_db.school_id
    a = add_student(school, "甲", boarder=True, registered_poor=True, as_of=MADE,
                    card_number="6217000011112222333")  # fmt: skip
    add_student(school, "乙", boarder=True, dibao=True, as_of=MADE)
    add_student(school, "丙", "junior", boarder=True, orphan=True, grade=2, as_of=MADE,
                card_number="6217000099998888777")  # fmt: skip
    term = ["--year", "2025-2026", "--term", "1"]
    assert run(db_path, "aid", "reconcile", *term) == 1  # nothing paid yet
    assert run(db_path, "aid", "confirm", *term) == 0
    assert (
        run(
            db_path,
            "aid",
            "record-sheet",
            *term,
            "--program",
            "non_boarder_subsidy",
            "--date",
            "2025-10-10",
        )
        == 0
    )  # fmt: skip
    assert run(db_path, "aid", "record-sheet", *term, "--program", "boarding_subsidy",
               "--date", "2025-10-10", "--except", "乙", "--except", "丙") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "乙" in out and "丙" in out
    from fupin_desktop.db.models import Student

    b_id = Student.get(Student.name == "乙").id_number
    bank = _bank_file(tmp_path / "明细.xlsx", [
        [1, "乙", b_id, "", "500.00", "2025-10-20", "成功"],
        [2, "丙", "", "6217000099998888777", "625", "2025-10-20", "成功"],
        [3, "丁", "430123200001010011", "", "500", "2025-10-20", "成功"],
        [4, "甲", "", "6217000011112222333", "500", "2025-10-20", "失败"],
    ])  # fmt: skip
    capsys.readouterr()
    assert run(db_path, "aid", "import-bank", str(bank), *term, "--dry-run") == 1
    out = capsys.readouterr().out
    assert "第 5 行" in out and "丁" in out and "第 6 行" in out  # Excel row numbers
    before = AidPayment.select().count()
    assert AidPayment.select().count() == before  # a dry run writes nothing
    assert run(db_path, "aid", "import-bank", str(bank), *term) == 1  # rows 5 and 6 named
    assert AidPayment.select().count() == before + 2
    assert run(db_path, "aid", "import-bank", str(bank), *term) == 1
    assert AidPayment.select().count() == before + 2  # the same file twice: nothing new
    assert run(db_path, "aid", "provide", *term, "--program", "nutrition_plan") == 0
    assert run(db_path, "aid", "provide", *term, "--program", "tuition_waiver") == 0
    assert run(db_path, "aid", "provide", *term, "--program", "free_textbooks") == 0
    assert run(db_path, "aid", "reconcile", *term) == 0
    out_file = tmp_path / "发放.xlsx"
    assert run(db_path, "aid", "export", str(out_file), *term) == 0
    sheet = openpyxl.load_workbook(out_file).active
    values = list(sheet.iter_rows(values_only=True))
    ids = [row[2] for row in values[1:]]
    assert b_id in ids and all(isinstance(v, str) for v in ids)
    cards = {row[9] for row in values[1:]}
    assert "6217000011112222333" in cards
    assert a
