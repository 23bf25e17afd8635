"""County category lists (`fupin lists import`): a 低保 list of 200 IDs against a ledger of
1,000 children gives the right gains, keeps and losses, and its unknown IDs as a list to
follow up; applied, the changes are dated history from the list's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from fupin_desktop import cli
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.errors import ValidationError
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.exchange import lists
from tests import builders as make

AS_OF = dt.date(2025, 11, 20)
LIST_DAY = dt.date(2025, 10, 8)


def unknown_ids(count: int) -> list[str]:
    """Valid ID numbers of a county no ledger child comes from."""
    found = []
    for n in range(count):
        first17 = f"532931201509{n + 1:02d}{n:03d}"
        found.append(make.with_check_digit(first17))
    return found


def write_list(
    path: Path, rows: list[tuple[str, str | float]], extra: tuple[str, list[str]] | None = None
) -> Path:
    """A county list as counties make them: titles above, the header not in row 1 nor
    column A, IDs as text. extra: one more column (its header, a word per row), as a
    监测对象 list's 监测类型."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "柳塘镇2025年10月城乡低保对象花名册"
    sheet["A2"] = "填报单位：县民政局"
    sheet.append([])
    sheet.append(["", "序号", "姓名", "公民身份号码", "家庭住址", *(extra[:1] if extra else [])])
    for n, (name, number) in enumerate(rows, start=1):
        word = [extra[1][n - 1]] if extra else []
        sheet.append(["", n, name, number, "某村", *word])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lists") / "demo.db"
    open_database(path)
    demo.generate(SYSTEM, schools=2, students=1000, seed=3, as_of=AS_OF, care=False)
    close_database()
    return path


@pytest.fixture
def db(ledger: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ledger.db"
    copy.write_bytes(ledger.read_bytes())
    open_database(copy)
    yield copy
    close_database()


def enrolled() -> list[tuple[str, str, str, bool]]:
    sql = (
        "SELECT id, name, id_number, dibao FROM student WHERE deleted = 0"
        " AND enrolment = 'enrolled' ORDER BY id"
    )
    return [(r[0], r[1], r[2], bool(r[3])) for r in database.execute_sql(sql)]


def dibao_since_after_the_list() -> set[str]:
    """低保 children whose status the ledger dates after LIST_DAY: a list of that day
    cannot take it back (lists.preview blocks them)."""
    sql = (
        "SELECT student_id FROM status_history WHERE kind = 'dibao' AND value = 'true'"
        " AND end_date IS NULL AND deleted = 0 AND start_date > ?"
    )
    return {r[0] for r in database.execute_sql(sql, (LIST_DAY.isoformat(),))}


def plan_list(tmp_path: Path) -> tuple[Path, set[str], set[str], set[str], list[str]]:
    """200 IDs: half of the ledger's 低保 children (keeps), enough others (gains) and 20
    IDs of children in no school (to follow up). The children whose 低保 began after the
    list's day are left off it: they are blocked, not lost."""
    children = enrolled()
    assert len(children) > 900
    later = dibao_since_after_the_list()
    flagged = [c for c in children if c[3] and c[0] not in later]
    others = [c for c in children if not c[3]]
    keeps = flagged[: len(flagged) // 2]
    gains = others[: 180 - len(keeps)]
    unknown = unknown_ids(20)
    rows = [(c[1], c[2]) for c in [*keeps, *gains]] + [("无名", n) for n in unknown]
    path = write_list(tmp_path / "低保名单.xlsx", rows)
    losses = {c[0] for c in flagged[len(flagged) // 2 :]}
    return path, {c[0] for c in keeps}, {c[0] for c in gains}, losses, unknown


def test_county_list_gains_keeps_losses_and_follow_up(db: Path, tmp_path: Path) -> None:
    path, keeps, gains, losses, unknown = plan_list(tmp_path)
    preview = lists.preview(SYSTEM, path, "低保", LIST_DAY)
    assert preview.category == "dibao"
    assert preview.listed == 200
    assert {c.student_id for c in preview.keeps} == keeps
    assert {c.student_id for c in preview.gains} == gains
    assert {c.student_id for c in preview.losses} == losses
    assert sorted(e.id_number for e in preview.unknown) == sorted(unknown)
    assert [e.row for e in preview.unknown][:1] == [5 + 180]  # Excel rows, header in row 4
    assert preview.unreadable == []
    later = dibao_since_after_the_list()
    assert {c.student_id for c, _ in preview.blocked} == later
    # Township mode's split: every child under its school.
    split = preview.by_school()
    assert sum(len(g["gains"]) for g in split.values()) == len(gains)
    assert len(split) == 2

    result, changes = lists.apply(SYSTEM, preview)
    assert (result.gained, result.lost) == (len(gains), len(losses))
    assert changes.affects("student", "status_history")
    now = {c[0]: c[3] for c in enrolled()}
    assert all(now[i] for i in keeps | gains)
    assert not any(now[i] for i in losses)
    started = database.execute_sql(
        "SELECT count(*) FROM status_history WHERE kind = 'dibao' AND value = 'true'"
        " AND start_date = ? AND end_date IS NULL",
        (LIST_DAY.isoformat(),),
    ).fetchone()[0]
    assert started == len(gains)
    ended = database.execute_sql(
        "SELECT count(*) FROM status_history WHERE kind = 'dibao' AND value = 'false'"
        " AND start_date = ?",
        (LIST_DAY.isoformat(),),
    ).fetchone()[0]
    assert ended == len(losses)
    # The same list again: everyone on it keeps the category, nothing more changes.
    again = lists.preview(SYSTEM, path, "dibao", LIST_DAY)
    assert (len(again.gains), len(again.losses), len(again.keeps)) == (0, 0, 180)


def test_a_numeric_id_cell_is_named_not_guessed(db: Path, tmp_path: Path) -> None:
    child = enrolled()[0]
    path = write_list(tmp_path / "l.xlsx", [(child[1], child[2]), ("王五", 4.30123201501e17)])
    preview = lists.preview(SYSTEM, path, "孤儿", LIST_DAY)
    assert preview.category == "orphan"
    assert [e.name for e in preview.unreadable] == ["王五"]
    assert "text" in preview.unreadable[0].note


def test_unknown_category_is_refused(db: Path, tmp_path: Path) -> None:
    path = write_list(tmp_path / "l.xlsx", [])
    with pytest.raises(ValidationError, match="not a category"):
        lists.preview(SYSTEM, path, "大学生", LIST_DAY)


def test_change_dated_after_the_list_is_not_made(db: Path, tmp_path: Path) -> None:
    from fupin_desktop.services.students.status_history import add_history_entry

    child = next(c for c in enrolled() if not c[3])
    add_history_entry(SYSTEM, child[0], "dibao", "false", dt.date(2025, 11, 1))
    path = write_list(tmp_path / "l.xlsx", [(child[1], child[2])])
    preview = lists.preview(SYSTEM, path, "dibao", LIST_DAY)
    assert preview.gains == []
    blocked = {c.student_id: why for c, why in preview.blocked}
    assert "2025-11-01" in blocked[child[0]]


def test_cli_exit_codes(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, _, gains, _, unknown = plan_list(tmp_path)
    close_database()
    args = ["--db", str(db), *make.login(), "lists", "import", str(path), "--category", "低保"]
    # Dry run: reported, nothing written; unknown IDs make it exit 1.
    assert cli.main([*args, "--as-of", "2025-10-08", "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert unknown[0] in out
    open_database(db)
    assert sum(1 for c in enrolled() if c[0] in gains and c[3]) == 0
    close_database()
    assert cli.main([*args, "--as-of", "2025-10-08"]) == 1
    open_database(db)
    assert all(c[3] for c in enrolled() if c[0] in gains)
    close_database()
    # A list whose every ID is in the ledger: exit 0.
    open_database(db)
    child = enrolled()[0]
    close_database()
    clean = write_list(tmp_path / "clean.xlsx", [(child[1], child[2])])
    assert cli.main(["--db", str(db), *make.login(), "lists", "import", str(clean),
                     "--category", "特困", "--as-of", "2025-10-08"]) == 0  # fmt: skip
    # A file that is not a workbook: exit 2, a message, no traceback.
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert cli.main([*args[:8], str(bad), "--category", "低保", "--as-of", "2025-10-08"]) == 2
    assert "bad.xlsx" in capsys.readouterr().out
    open_database(db)
