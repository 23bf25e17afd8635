"""Exports for the national systems: the 资助系统 template of the demo (IDs as 18-character
text, dates as 8 digits, a child missing a required field named before anything is
written), the 登记表 (one row per left-behind child, each parent's work place in its own
column), a term's payments, and the files as LibreOffice reads them."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop import cli
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.schema.exchange import AID_SYSTEM, LEFT_BEHIND_REGISTER, PAYMENTS, byte_length
from fupin_desktop.schema.needs import LIFTED_STATUSES, MONITORED_STATUSES
from fupin_desktop.services.care import register
from fupin_desktop.services.context import SYSTEM, Actor
from fupin_desktop.services.exchange import exports
from tests import builders as make

AS_OF = dt.date(2025, 11, 20)
DATE8 = re.compile(r"^(19|20)\d{6}$")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "demo.db"
    open_database(path)
    demo.generate(SYSTEM, schools=2, students=500, seed=5, as_of=AS_OF)
    close_database()
    return path


@pytest.fixture
def db(ledger: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ledger.db"
    copy.write_bytes(ledger.read_bytes())
    open_database(copy)
    yield copy
    close_database()


def sheet_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    sheet = book.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    types = {c.data_type for row in sheet.iter_rows(min_row=2) for c in row if c.value}
    assert types <= {"s"}, "every cell is text"
    return rows


def column(rows: list[list[object]], header: str) -> list[object]:
    index = rows[0].index(header)
    return [r[index] for r in rows[1:]]


def test_aid_system_export_of_the_demo(db: Path, tmp_path: Path) -> None:
    plan = exports.prepare_aid_system(SYSTEM, school_year="2025-2026")
    assert plan.ready, [p.describe() for p in plan.problems[:3]]
    path = tmp_path / "资助系统.xlsx"
    count = exports.write(SYSTEM, plan, path).value
    enrolled = database.execute_sql(
        "SELECT count(*) FROM student WHERE deleted = 0 AND enrolment = 'enrolled'"
    ).fetchone()[0]
    assert count == enrolled
    rows = sheet_rows(path)
    assert rows[0] == AID_SYSTEM.headers()
    ids = column(rows, "身份证件号")
    assert all(isinstance(i, str) and len(i) == 18 for i in ids)
    # Yes/no columns hold 是 or stay empty: never 否 (the system's rule).
    flags = column(rows, "是否最低生活保障家庭") + column(rows, "是否孤儿")
    assert set(flags) <= {"是", None} and "是" in flags
    # No internal codes: the disability level in words, no record ids or versions.
    assert not any("level" in str(v) for v in column(rows, "残疾等级") if v)
    assert not any(h in ("id", "version") for h in rows[0])
    # Issue 10's statuses: both kinds of lifted family, every 监测对象 (and 返贫).
    for header, codes in (
        ("是否脱贫家庭", LIFTED_STATUSES),
        ("是否防返贫监测对象", MONITORED_STATUSES),
    ):
        marks = ",".join("?" * len(codes))
        expected = database.execute_sql(
            "SELECT count(*) FROM student WHERE deleted = 0 AND enrolment = 'enrolled'"
            f" AND poverty_status IN ({marks})",
            codes,
        ).fetchone()[0]
        assert column(rows, header).count("是") == expected > 0, header
    # 认定: each child's assessment of the school year (issue 11), in the system's words.
    assessed = {
        r[0]: r[1:]
        for r in database.execute_sql(
            "SELECT s.id_number, a.level, a.assessed_on FROM assessment a JOIN student s ON"
            " s.id = a.student_id WHERE a.school_year = '2025-2026' AND a.deleted = 0"
        )
    }
    words = {"severe": "特别困难", "hardship": "困难", "mild": "一般困难", "none": "不困难"}
    levels = column(rows, "家庭经济困难程度")
    dates = column(rows, "认定时间")
    assert set(column(rows, "认定学年")) == {"2025-2026"}
    for number, level, day in zip(ids, levels, dates, strict=True):
        assert level == words[assessed[number][0]]
        assert day == str(assessed[number][1]).replace("-", "") and DATE8.match(day)
    assert {"特别困难", "不困难"} <= set(levels)
    reasons = column(rows, "认定原因")
    assert "孤儿或事实无人抚养儿童" in reasons and not any("orphan" in str(r) for r in reasons)


def test_child_without_assessment_is_named(db: Path, tmp_path: Path) -> None:
    child = database.execute_sql(
        "SELECT id, name FROM student WHERE enrolment = 'enrolled' ORDER BY id LIMIT 1"
    ).fetchone()
    database.execute_sql("UPDATE assessment SET deleted = 1 WHERE student_id = ?", (child[0],))
    plan = exports.prepare_aid_system(SYSTEM, school_year="2025-2026")
    assert [p.who.split("（")[0] for p in plan.problems] == [child[1]]
    assert plan.problems[0].missing == ("认定学年", "家庭经济困难程度", "认定时间")
    path = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError, match="家庭经济困难程度"):
        exports.write(SYSTEM, plan, path)
    assert not path.exists()
    # A school year nobody was assessed in: every child is named.
    enrolled = database.execute_sql(
        "SELECT count(*) FROM student WHERE deleted = 0 AND enrolment = 'enrolled'"
    ).fetchone()[0]
    assert len(exports.prepare_aid_system(SYSTEM, school_year="2026-2027").problems) == enrolled


def test_missing_required_field_is_named_before_writing(db: Path, tmp_path: Path) -> None:
    child = database.execute_sql(
        "SELECT id, name FROM student WHERE enrolment = 'enrolled' ORDER BY id LIMIT 1"
    ).fetchone()
    database.execute_sql("UPDATE student SET student_no = '' WHERE id = ?", (child[0],))
    plan = exports.prepare_aid_system(SYSTEM, school_year="2025-2026")
    assert len(plan.problems) == 1
    problem = plan.problems[0]
    assert problem.who.startswith(child[1]) and problem.missing == ("学籍号",)
    path = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError) as raised:
        exports.write(SYSTEM, plan, path)
    assert child[1] in raised.value.message and "学籍号" in raised.value.message
    assert not path.exists()


def test_too_long_counts_chinese_as_two(db: Path) -> None:
    assert byte_length("柳塘ab") == 6
    child = database.execute_sql(
        "SELECT id FROM student WHERE enrolment = 'enrolled' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    # 101 Chinese characters: 202 bytes, over the 200 of 家庭住址 (101 characters fit a
    # count by characters).
    database.execute_sql("UPDATE student SET address = ? WHERE id = ?", ("村" * 101, child))
    plan = exports.prepare_aid_system(SYSTEM, school_year="2025-2026")
    assert [p.too_long for p in plan.problems] == [("家庭住址 (202 > 200)",)]


def test_left_behind_register_one_row_per_child(db: Path, tmp_path: Path) -> None:
    plan = exports.prepare_left_behind_register(SYSTEM, today=AS_OF)
    assert plan.ready, [p.describe() for p in plan.problems[:3]]
    path = tmp_path / "登记表.xlsx"
    exports.write(SYSTEM, plan, path)
    rows = sheet_rows(path)
    assert rows[0] == LEFT_BEHIND_REGISTER.headers()
    open_profiles = database.execute_sql(
        "SELECT count(DISTINCT lp.student_id) FROM left_behind_profile lp JOIN student s"
        " ON s.id = lp.student_id WHERE lp.deleted = 0 AND lp.end_date IS NULL"
        " AND s.enrolment = 'enrolled' AND s.deleted = 0"
    ).fetchone()[0]
    assert len(rows) - 1 + len(plan.left_out) == open_profiles
    ids = column(rows, "公民身份号码")
    assert len(ids) == len(set(ids)), "one row per child"
    # Each parent's work place in its own column; a both-away child has both.
    both_away = {
        r[0]
        for r in database.execute_sql(
            "SELECT s.id_number FROM left_behind_profile lp JOIN student s ON s.id ="
            " lp.student_id WHERE lp.end_date IS NULL AND lp.parent_away = 'both'"
        )
    }
    father, mother = rows[0].index("父亲当前务工地点"), rows[0].index("母亲当前务工地点")
    id_col = rows[0].index("公民身份号码")
    both = [r for r in rows[1:] if r[id_col] in both_away]
    assert both and all(r[father] and r[mother] for r in both)
    assert all(r[rows[0].index("父母双方同时外出")] == "是" for r in both)
    assert all(r[father] or r[mother] for r in rows[1:])
    assert all(DATE8.match(str(d)) for d in column(rows, "出生日期"))
    assert all(DATE8.match(str(d)) for d in column(rows, "父亲出生日期") if d)
    kinds = set(column(rows, "监护类型"))
    assert kinds <= {"无人监护", "父或母无监护能力", "受委托监护人监护能力不足", "监护情况一般",
                     "监护情况较好"} or kinds  # fmt: skip
    # Every child left out says why, by the 民政 definition.
    assert all("民政" in line for line in plan.left_out)


def test_register_leaves_out_children_the_definition_does_not_cover(db: Path) -> None:
    sid = database.execute_sql(
        "SELECT lp.student_id FROM left_behind_profile lp JOIN student s ON s.id ="
        " lp.student_id WHERE lp.end_date IS NULL AND lp.parent_away = 'both'"
        " AND s.enrolment = 'enrolled' ORDER BY lp.student_id LIMIT 1"
    ).fetchone()[0]
    database.execute_sql(
        "UPDATE left_behind_profile SET hukou = 'urban' WHERE student_id = ?", (sid,)
    )
    plan = exports.prepare_left_behind_register(SYSTEM, today=AS_OF)
    name = database.execute_sql("SELECT name FROM student WHERE id = ?", (sid,)).fetchone()[0]
    assert any(line.startswith(name) and "urban" in line for line in plan.left_out)


def test_payments_of_a_term(db: Path, tmp_path: Path) -> None:
    from fupin_desktop.services.aid import payments as aid

    year, term = "2025-2026", 1
    program = database.execute_sql(
        "SELECT id FROM aid_program WHERE code = 'boarding_subsidy'"
    ).fetchone()[0]
    children = database.execute_sql(
        "SELECT id FROM student WHERE enrolment = 'enrolled' ORDER BY id LIMIT 12"
    ).fetchall()
    for n, (sid,) in enumerate(children):
        data = aid.PaymentInput(
            sid, program, year, term, f"{500 + n}.50", dt.date(2025, 10, 15), "bank_card",
            received_by="张父",
        )  # fmt: skip
        aid.record_payment(SYSTEM, data)
    plan = exports.prepare_payments(SYSTEM, year, term)
    assert plan.ready
    path = tmp_path / "发放名单.xlsx"
    count = exports.write(SYSTEM, plan, path).value
    paid = database.execute_sql(
        "SELECT count(*), sum(amount_fen) FROM aid_payment WHERE deleted = 0 AND school_year = ?"
        " AND term = ?",
        (year, term),
    ).fetchone()
    assert count == paid[0] > 0
    rows = sheet_rows(path)
    assert rows[0] == PAYMENTS.headers()
    amounts = column(rows, "发放金额（元）")
    assert sum(round(float(str(a)) * 100) for a in amounts) == paid[1]
    assert all(DATE8.match(str(d)) for d in column(rows, "发放时间"))


def test_teacher_may_not_export_full_ids(db: Path) -> None:
    with pytest.raises(PermissionDenied):
        exports.prepare_aid_system(Actor("李老师", "teacher"))


def test_unattended_children_are_counted_in_coverage(db: Path) -> None:
    from fupin_desktop.services.care import coverage

    children = register.unattended_children(SYSTEM, today=AS_OF)
    assert children, "the demo has children no one looks after"
    start = register.this_term_start(AS_OF)
    cov = coverage.coverage(SYSTEM, start, AS_OF, as_of=AS_OF)
    assert cov.total.unattended == len(children)
    assert cov.total.unattended_visited == sum(c.visited for c in children)


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_opened_as_a_clerk_would(db: Path, tmp_path: Path) -> None:
    """`libreoffice --headless --convert-to csv` of each export: IDs 18 characters,
    dates 8 digits, as the clerk's spreadsheet shows them."""
    close_database()
    out = tmp_path / "out"
    out.mkdir()
    files = {
        "aid": ("export", "aid-system", "--year", "2025-2026"),
        "register": ("export", "left-behind-register"),
    }
    for name, args in files.items():
        target = str(out / f"{name}.xlsx")
        assert cli.main(["--db", str(db), *make.login(), *args, "-o", target]) == 0
    subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
         "--outdir", str(out), str(out / "aid.xlsx"), str(out / "register.xlsx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with open(out / "aid.csv", encoding="utf-8") as handle:
        aid = list(csv.reader(handle))
    assert aid[0][:3] == ["学生姓名", "身份证件类型", "身份证件号"]
    assert all(len(r[2]) == 18 and "E+" not in r[2] for r in aid[1:])
    # The 认定 columns as the clerk sees them: the year as text, the day as 8 digits.
    year, day = aid[0].index("认定学年"), aid[0].index("认定时间")
    assert {r[year] for r in aid[1:]} == {"2025-2026"}
    assert all(DATE8.match(r[day]) for r in aid[1:])
    with open(out / "register.csv", encoding="utf-8") as handle:
        reg = list(csv.reader(handle))
    birth = reg[0].index("出生日期")
    assert all(DATE8.match(r[birth]) for r in reg[1:])
    assert all(len(r[reg[0].index("公民身份号码")]) == 18 for r in reg[1:])
    open_database(db)


def test_fupin_coverage_shows_unattended(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    children = register.unattended_children(SYSTEM, today=AS_OF)
    visited = sum(c.visited for c in children)
    close_database()
    assert cli.main(["--db", str(db), *make.login(), "coverage", "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    # zh_CN is installed by the command line.
    assert f"无人监护儿童：{len(children)} 名；期间已走访 {visited} 名" in out
    open_database(db)
