"""The 登记表 fields travel (since package format 2), a package without them (of a
program that did not know them) still reads, and the township counts the children no
one looks after in its totals and the county report."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.models import LeftBehindProfile
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.care import register
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.sync import township as tw
from fupin_desktop.sync import trust, writer
from fupin_desktop.sync.manifest import FORMAT_VERSION
from fupin_desktop.sync.reader import read_package
from fupin_desktop.sync.tables import SyncTable, sync_tables
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, receive

NEW_COLUMNS = {
    "left_behind_profile": {
        "father_name", "father_id_number", "father_birth_date", "father_work_place",
        "mother_name", "mother_id_number", "mother_birth_date", "mother_work_place",
        "hukou", "health", "health_type", "health_level", "guardian_id_number",
        "guardianship_type", "income_sources", "assistance_received",
    },
    "school": {"phone"},
    "teacher": {"head_grade", "head_class"},
}  # fmt: skip


def profiles() -> dict[str, dict]:
    return {p.id: p.__data__ for p in LeftBehindProfile.select()}


def test_register_fields_travel_and_are_counted(tmp_path: Path) -> None:
    assert FORMAT_VERSION >= 2  # the 登记表 columns travel since format 2
    township = make.township_replica(tmp_path)  # first: the school enrols its key
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=300, seed=7)
    sent = profiles()
    unattended = len(register.unattended_children(SYSTEM))
    export(school, tmp_path / "up.xlsx")
    receive(township, tmp_path / "up.xlsx")
    got = profiles()
    assert got.keys() == sent.keys()
    for key, values in sent.items():
        for column in NEW_COLUMNS["left_behind_profile"]:
            assert str(got[key][column] or "") == str(values[column] or ""), column
    assert any(v["father_work_place"] for v in got.values())
    totals = tw.school_totals(PRINCIPAL)
    assert sum(t.unattended for t in totals) == unattended > 0
    report = tw.write_county_report(PRINCIPAL, tmp_path / "county.xlsx").value
    book = load_workbook(report)
    follow = book.worksheets[1]
    rows = list(follow.iter_rows(values_only=True))
    assert len(rows) - 1 == unattended
    assert {r[4] for r in rows[1:]} <= {"Yes", "No"}
    assert "No one looks after (无人监护)" in next(book.worksheets[0].iter_rows(values_only=True))


def test_a_package_without_the_new_columns_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Packages of formats 1 to 3 are refused (docs/architecture.md, "Trust"), but a
    program that does not know some columns yet still writes format 4 without them."""
    township = make.township_replica(tmp_path)
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=120, seed=8)
    sent = profiles()

    def old_tables() -> tuple[SyncTable, ...]:
        return tuple(
            SyncTable(
                t.model,
                t.name,
                tuple(c for c in t.columns if c.key not in NEW_COLUMNS.get(t.name, ())),
            )
            for t in sync_tables()
        )

    monkeypatch.setattr(writer, "sync_tables", old_tables)
    export(school, tmp_path / "old.fpkg")
    monkeypatch.undo()
    township.use()
    package = read_package(tmp_path / "old.fpkg", identity=trust.own_identity())
    profile_sheet = next(t for t in package.tables if t.table.name == "left_behind_profile")
    assert profile_sheet.index("hukou") is None and profile_sheet.index("father_name") is None
    receive(township, tmp_path / "old.fpkg")
    got = profiles()
    assert got.keys() == sent.keys()
    assert all(v["father_work_place"] == "" and v["hukou"] == "" for v in got.values())
