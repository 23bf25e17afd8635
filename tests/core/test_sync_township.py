"""Township mode: the schools overview, the totals and the county report."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from fupin_desktop.db.models import Student
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.sync import township as tw
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, receive


def test_overview_totals_and_county_report(tmp_path: Path) -> None:
    township = make.township_replica(tmp_path)  # first: the schools enrol its key
    schools = [make.school_replica(tmp_path, "4301230001", "柳塘小学")]
    demo.generate(SYSTEM, schools=1, students=60, seed=1)
    schools.append(make.school_replica(tmp_path, "4301230002", "河口小学"))
    demo.generate(SYSTEM, schools=1, students=40, seed=2)
    for i, school in enumerate(schools):
        export(school, tmp_path / f"p{i}.xlsx")
    for i in range(2):
        receive(township, tmp_path / f"p{i}.xlsx")
    overview = {s.code: s for s in tw.schools_overview(PRINCIPAL)}
    assert set(overview) == {"4301230001", "4301230002"}
    first = overview["4301230001"]
    assert first.enrolled and first.last_sequence == 1 and first.missing == []
    assert first.last_counts["student"] == 60 and first.days_since() == 0 and not first.stale

    totals = {t.code: t for t in tw.school_totals(PRINCIPAL)}
    enrolled = Student.select().where(Student.enrolment == "enrolled").count()
    assert sum(t.students for t in totals.values()) == enrolled
    assert sum(totals["4301230001"].by_stage.values()) == totals["4301230001"].students

    report, changes = tw.write_county_report(PRINCIPAL, tmp_path / "county.xlsx")
    assert changes.affects("audit_log")
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "School code"
    assert [r[0] for r in rows[1:3]] == ["4301230001", "4301230002"]
    assert rows[-1][1] == "Township total" and rows[-1][2] == enrolled
    lines = tw.sync_status()
    assert any("柳塘小学" in line for line in lines)
