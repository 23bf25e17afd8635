"""County 脱贫户 and 监测对象 lists (`fupin lists import --category 监测对象`): they set the
dated poverty status (issue 10). A 监测对象 list of 50 IDs against a ledger of 300
children gives the right gains (with the 监测类型 the list says, or the stated default),
keeps, losses (monitoring ended: 风险消除) and unknown IDs; a 脱贫户 list takes the
享受政策 column, leaves a 监测对象 to its own list and ends a lifted status it no longer
lists (docs/architecture.md, "Exchange")."""

from __future__ import annotations

from pathlib import Path

import pytest

from fupin_desktop import cli
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.exchange import lists
from tests import builders as make
from tests.core.test_exchange_lists import AS_OF, LIST_DAY, unknown_ids, write_list

MONITORED = ("monitored_unstable", "monitored_marginal", "monitored_sudden")
LIFTED = ("lifted", "lifted_keeps_aid")
WORD = {"monitored_unstable": "脱贫不稳定户", "monitored_marginal": "边缘易致贫户",
        "monitored_sudden": "突发严重困难户"}  # fmt: skip


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("status_lists") / "demo.db"
    open_database(path)
    demo.generate(SYSTEM, schools=2, students=300, seed=7, as_of=AS_OF, care=False)
    close_database()
    return path


@pytest.fixture
def db(ledger: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ledger.db"
    copy.write_bytes(ledger.read_bytes())
    open_database(copy)
    yield copy
    close_database()


def children() -> list[tuple[str, str, str, str]]:
    """(id, name, ID number, poverty status) of the enrolled children whose status the
    ledger does not date after the list's day (a list cannot undo a later change)."""
    sql = (
        "SELECT s.id, s.name, s.id_number, s.poverty_status FROM student s"
        " WHERE s.deleted = 0 AND s.enrolment = 'enrolled' AND NOT EXISTS (SELECT 1 FROM"
        " status_history h WHERE h.student_id = s.id AND h.kind = 'poverty_status'"
        " AND h.end_date IS NULL AND h.deleted = 0 AND h.start_date > ?) ORDER BY s.id"
    )
    return [tuple(r) for r in database.execute_sql(sql, (LIST_DAY.isoformat(),))]


def status_of(student_id: str) -> str:
    sql = "SELECT poverty_status FROM student WHERE id = ?"
    return database.execute_sql(sql, (student_id,)).fetchone()[0]


def test_monitored_list_of_50_against_300(db: Path, tmp_path: Path) -> None:
    everyone = children()
    assert len(everyone) > 250
    watched = [c for c in everyone if c[3] in MONITORED]
    assert len(watched) >= 4, "the demo watches a few families"
    keeps = watched[: len(watched) // 2]
    losses = watched[len(watched) // 2 :]
    # The first of the losses' kind changes instead: on the list with another 监测类型.
    changed = losses.pop(0)
    new_kind = next(k for k in MONITORED if k != changed[3])
    lifted = [c for c in everyone if c[3] in LIFTED][:15]
    plain = [c for c in everyone if c[3] == "none"]
    sudden = plain[:5]
    rest = plain[5 : 5 + 45 - len(keeps) - 1 - len(lifted) - len(sudden)]
    unknown = unknown_ids(5)
    # The 监测类型 column: each keep's own, the new kind, blank (the default) for the
    # lifted and the plain children, 突发严重困难 for five.
    rows = [(c[1], c[2]) for c in [*keeps, changed, *lifted, *sudden, *rest]]
    words = [WORD[c[3]] for c in keeps] + [WORD[new_kind]] + [""] * len(lifted)
    words += ["突发严重困难"] * len(sudden) + [""] * len(rest)
    rows += [("无名", n) for n in unknown]
    words += [""] * len(unknown)
    assert len(rows) == 50
    path = write_list(tmp_path / "监测对象.xlsx", rows, ("监测类型", words))

    preview = lists.preview(SYSTEM, path, "监测对象", LIST_DAY)
    assert preview.category == "monitored" and preview.category_title == "监测对象"
    assert preview.listed == 50
    assert {c.student_id for c in preview.keeps} == {c[0] for c in keeps}
    expected = {changed[0]: new_kind}
    expected |= {c[0]: "monitored_unstable" for c in lifted}  # a lifted family: 脱贫不稳定
    expected |= {c[0]: "monitored_sudden" for c in sudden}
    expected |= {c[0]: "monitored_marginal" for c in rest}  # the default: 边缘易致贫
    assert {c.student_id: c.value for c in preview.gains} == expected
    assert {c.student_id for c in preview.losses} == {c[0] for c in losses}
    assert all(c.value == "monitored_cleared" for c in preview.losses)
    assert sorted(e.id_number for e in preview.unknown) == sorted(unknown)
    assert preview.blocked == [] and preview.unreadable == []

    result, changes = lists.apply(SYSTEM, preview)
    assert (result.gained, result.lost) == (len(expected), len(losses))
    assert changes.affects("student", "status_history")
    assert all(status_of(i) == v for i, v in expected.items())
    assert all(status_of(c[0]) == "monitored_cleared" for c in losses)
    assert all(status_of(c[0]) == c[3] for c in keeps)
    dated = database.execute_sql(
        "SELECT count(*) FROM status_history WHERE kind = 'poverty_status' AND start_date = ?"
        " AND end_date IS NULL AND deleted = 0",
        (LIST_DAY.isoformat(),),
    ).fetchone()[0]
    assert dated == len(expected) + len(losses)
    # The same list again: nothing more changes.
    again = lists.preview(SYSTEM, path, "monitored", LIST_DAY)
    assert (len(again.gains), len(again.losses)) == (0, 0)
    assert len(again.keeps) == len(keeps) + len(expected)


def test_lifted_list(db: Path, tmp_path: Path) -> None:
    everyone = children()
    lifted = [c for c in everyone if c[3] in LIFTED]
    kept, ended = lifted[:-3], lifted[-3:]
    plain = [c for c in everyone if c[3] == "none"][:3]
    watched = next(c for c in everyone if c[3] in MONITORED)
    rows = [(c[1], c[2]) for c in [*kept, *plain, watched]]
    # 享受政策: blank for the kept (their value stays), 否, 是 and blank for the new ones.
    words = [""] * len(kept) + ["否", "是", ""] + [""]
    path = write_list(tmp_path / "脱贫户.xlsx", rows, ("是否享受政策", words))
    preview = lists.preview(SYSTEM, path, "脱贫户", LIST_DAY)
    assert preview.category == "lifted"
    assert {c.student_id for c in preview.keeps} == {c[0] for c in kept}
    assert {c.student_id: c.value for c in preview.gains} == {
        plain[0][0]: "lifted",
        plain[1][0]: "lifted_keeps_aid",
        plain[2][0]: "lifted_keeps_aid",  # no word: a new 脱贫户 keeps the policies
    }
    assert {c.student_id: c.value for c in preview.losses} == {c[0]: "none" for c in ended}
    # A 监测对象 on the 脱贫户 list: the 监测对象 list decides, nothing changes.
    assert [(c.student_id, "监测对象" in why) for c, why in preview.blocked] == [(watched[0], True)]
    lists.apply(SYSTEM, preview)
    assert [status_of(c[0]) for c in plain] == ["lifted", "lifted_keeps_aid", "lifted_keeps_aid"]
    assert {status_of(c[0]) for c in ended} == {"none"}
    assert status_of(watched[0]) == watched[3]
    # A lifted_keeps_aid status is dated with the end of its stage (issue 10).
    until = database.execute_sql(
        "SELECT aid_until FROM status_history WHERE student_id = ? AND kind = 'poverty_status'"
        " AND end_date IS NULL",
        (plain[1][0],),
    ).fetchone()[0]
    assert until is not None


def test_cli_status_list(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    child = next(c for c in children() if c[3] == "none")
    path = write_list(tmp_path / "l.xlsx", [(child[1], child[2])])
    close_database()
    args = ["--db", str(db), *make.login(), "lists", "import", str(path), "--category", "监测对象"]
    assert cli.main([*args, "--as-of", LIST_DAY.isoformat(), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert child[1] in out and "边缘易致贫" in out
    open_database(db)
    assert status_of(child[0]) == "none"
    close_database()
    assert cli.main([*args, "--as-of", LIST_DAY.isoformat()]) == 0
    open_database(db)
    assert status_of(child[0]) == "monitored_marginal"
