"""`fupin visits list`, `fupin coverage`, `fupin teachers list`, and the demo's pairing
and care records: the same for the same seed, with the gaps the coverage must show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fupin_desktop.cli.common import table, text_width
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.i18n import tr
from fupin_desktop.services.care import coverage
from fupin_desktop.services.context import SYSTEM
from tests.builders import fupin

AS_OF = dt.date(2025, 11, 20)


def scalar(sql: str) -> object:
    return database.execute_sql(sql).fetchone()[0]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("care") / "demo.db"
    open_database(path)
    demo.generate(SYSTEM, schools=3, students=600, seed=4, as_of=AS_OF)
    close_database()
    return path


def test_demo_adds_a_year_of_care_with_gaps(demo_db: Path) -> None:
    open_database(demo_db)
    try:
        assert scalar("SELECT count(*) FROM pairing") > 100
        assert scalar("SELECT min(visit_date) FROM visit") >= str(AS_OF - dt.timedelta(days=365))
        assert scalar("SELECT max(visit_date) FROM visit") <= str(AS_OF)
        assert scalar("SELECT count(*) FROM diary_entry") > 100
        assert scalar("SELECT count(*) FROM family_call") > 100
        # Proxy parents only for left-behind children; and some have none (a gap).
        assert (
            scalar(
                "SELECT count(*) FROM pairing p JOIN student s ON s.id = p.student_id"
                " WHERE p.kind = 'proxy_parent' AND s.left_behind = 0"
            )
            == 0
        )
        cov = coverage.coverage(SYSTEM, dt.date(2025, 9, 1), AS_OF, as_of=AS_OF)
        total = cov.total
        assert 0 < total.left_behind_no_proxy < total.left_behind
        assert 0 < total.entitled_unpaired < total.entitled
        assert 0 < total.visited < total.paired  # some paired children never visited
        assert total.overdue > 0
        assert list(database.execute_sql("PRAGMA foreign_key_check")) == []
    finally:
        close_database()


def test_same_seed_same_care(tmp_path: Path) -> None:
    found = []
    for name in ("a", "b"):
        open_database(tmp_path / f"{name}.db")
        try:
            demo.generate(SYSTEM, schools=2, students=200, seed=9, as_of=AS_OF)
            found.append(
                [
                    list(database.execute_sql(f"SELECT * FROM {t} ORDER BY id"))
                    for t in ("pairing", "visit", "diary_entry", "family_call")
                ]
            )
        finally:
            close_database()
    strip = [[[row[:1] + row[5:] for row in rows] for rows in tables] for tables in found]
    assert strip[0] == strip[1]


def test_cli_coverage_prints_the_table(demo_db: Path, capsys: pytest.CaptureFixture) -> None:
    code = fupin(
        demo_db, "coverage", "--from", "2025-09-01", "--to", "2025-10-31",
        "--as-of", AS_OF.isoformat(), "--by-class",
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    # The command line speaks the installed zh_CN; tr() now gives what it printed.
    assert (
        tr("Coverage {start} – {end} (as of {as_of})").format(
            start="2025-09-01", end="2025-10-31", as_of=AS_OF
        )
        in out
    )
    lines = out.splitlines()
    assert lines[-1].startswith(tr("Total"))
    # Below the heading, the children no one looks after (无人监护), then the table.
    unattended = tr(
        "Children no one looks after (无人监护): {count}; visited in the period: "
        "{visited}, not visited: {missed}."
    )
    assert lines[1].startswith(unattended.split("{")[0])
    assert tr("No proxy parent") in lines[2] and tr("No one looks after") in lines[2]
    assert tr("Grade {grade} {class_name}").format(grade=1, class_name="1班") in out


def test_cli_visits_and_overdue(demo_db: Path, capsys: pytest.CaptureFixture) -> None:
    open_database(demo_db)
    name = scalar(
        "SELECT t.name FROM teacher t JOIN visit v ON v.teacher_id = t.id"
        " GROUP BY t.id HAVING count(*) > 5 AND"
        " (SELECT count(*) FROM teacher t2 WHERE t2.name = t.name) = 1 LIMIT 1"
    )
    close_database()
    assert fupin(demo_db, "visits", "list", "--teacher", str(name), "--limit", "5") == 0
    out = capsys.readouterr().out
    assert tr("{count} visits.").format(count=5) in out and str(name) in out
    assert fupin(demo_db, "visits", "list", "--overdue", "--as-of", AS_OF.isoformat()) == 0
    out = capsys.readouterr().out
    last = out.strip().splitlines()[-1]
    assert last != tr("{count} overdue.").format(count=0)
    assert fupin(demo_db, "visits", "list", "--teacher", "没有这个人") == 2
    assert tr("No teacher called {name}.").format(name="没有这个人") in capsys.readouterr().out
    assert fupin(demo_db, "teachers", "list") == 0
    assert capsys.readouterr().out.count("\n") > 3
    assert fupin(demo_db, "rules") == 0
    assert tr("Month") in capsys.readouterr().out


def test_table_lines_up_chinese() -> None:
    lines = table(["名字", "n"], [["张三", 1], ["Li", 22]], {1})
    assert text_width("张三") == 4
    assert len({text_width(line.split("  ")[0]) for line in lines}) == 1 or all(
        text_width(line) == text_width(lines[0]) for line in lines
    )
    assert lines[2].endswith(" 1") and lines[3].endswith("22")
