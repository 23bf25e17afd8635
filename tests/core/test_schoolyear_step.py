"""The new-school-year step on a demo nine-year school: every grade + 1, primary 6 to
junior 7, junior 9 graduates, exceptions by hand, dated history, pairings of leaving
children ended, once a year, undone by restoring the backup it took."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fupin_desktop.db import backup
from fupin_desktop.db.connection import open_database
from fupin_desktop.db.models import Departure, Pairing, Setting, StatusHistory, Student
from fupin_desktop.demo import generate as demo
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.schoolyear import step
from tests.builders import PRINCIPAL, TEACHER

FIRST_DAY = dt.date(2027, 9, 1)


@pytest.fixture
def nine_year(db_path: Path) -> str:
    installation.initialise(
        SYSTEM,
        installation.SetupForm(
            role="school",
            township_code="430123101",
            township_name="柳塘镇",
            school_code="4301230009",
            school_name="柳塘九年制学校",
            school_type="nine_year",
        ),
    )
    demo.generate(SYSTEM, students=300, seed=3, as_of=dt.date(2027, 8, 31))
    info = installation.current()
    assert info is not None and info.school_id is not None
    return info.school_id


def places() -> dict[str, tuple[str, int, str]]:
    return {s.id: (s.stage, s.grade, s.enrolment) for s in Student.select()}


def test_preview_writes_nothing_and_only_the_principal_steps(nine_year: str) -> None:
    before = places()
    with pytest.raises(PermissionDenied):
        step.preview(TEACHER, "2027-2028")
    plan = step.preview(PRINCIPAL, "2027-2028")
    enrolled = [k for k, v in before.items() if v[2] == "enrolled"]
    assert sorted(m.student_id for m in plan.moves) == sorted(enrolled)
    assert places() == before
    graduates = {m.student_id for m in plan.moves if m.move == "graduate"}
    assert graduates == {k for k in enrolled if before[k][:2] == ("junior", 9)}


def test_step_moves_every_child_and_restore_undoes_it(nine_year: str, db_path: Path) -> None:
    before = places()
    enrolled = {k: v for k, v in before.items() if v[2] == "enrolled"}
    repeater = next(k for k, v in enrolled.items() if v[:2] == ("primary", 3))
    paired = {p.student_id for p in Pairing.select().where(Pairing.end_date.is_null())}
    leaving_paired = {k for k, v in enrolled.items() if v[:2] == ("junior", 9)} & paired
    assert leaving_paired, "the demo pairs some top-grade children"

    result, changes = step.apply(PRINCIPAL, "2027-2028", {repeater: "repeat"})
    assert result.backup is not None and result.backup.exists()
    assert changes.affects("student")
    after = places()
    for sid, (stage, grade, _) in enrolled.items():
        if sid == repeater:
            assert after[sid] == (stage, grade, "enrolled")
        elif (stage, grade) == ("junior", 9):
            assert after[sid] == ("junior", 9, "graduated")
        elif (stage, grade) == ("primary", 6):
            assert after[sid] == ("junior", 7, "enrolled")
        else:
            assert after[sid] == (stage, grade + 1, "enrolled")
    for sid, value in before.items():
        if value[2] != "enrolled":
            assert after[sid] == value  # left children are not moved again
    # Dated history: the grade of a promoted child, the stage of a primary 6 child.
    promoted = next(k for k, v in enrolled.items() if v[:2] == ("primary", 2))
    grade_rows = StatusHistory.select().where(
        (StatusHistory.student == promoted) & (StatusHistory.kind == "grade")
    )
    rows = [
        (r.value, r.start_date, r.end_date) for r in grade_rows.order_by(StatusHistory.start_date)
    ]
    # The demo's own dated grades (issue 10) come first; the step closes the open one and
    # adds the new grade from the first day of the year.
    assert rows[-1] == ("3", FIRST_DAY, None)
    assert rows[-2][0] == "2" and rows[-2][2] == FIRST_DAY
    moved_up = next(k for k, v in enrolled.items() if v[:2] == ("primary", 6))
    stage_rows = StatusHistory.select().where(
        (StatusHistory.student == moved_up) & (StatusHistory.kind == "stage")
    )
    stages = [
        (r.value, r.start_date, r.end_date) for r in stage_rows.order_by(StatusHistory.start_date)
    ]
    assert stages[-1] == ("junior", FIRST_DAY, None)
    assert stages[-2][0] == "primary" and stages[-2][2] == FIRST_DAY
    # Pairings of graduates ended the day before, with a reason; a departure to follow up.
    for sid in leaving_paired:
        for p in Pairing.select().where(Pairing.student == sid):
            assert p.end_date is not None and p.end_date <= FIRST_DAY - dt.timedelta(days=1)
            assert p.end_reason
    gone = {d.student_id for d in Departure.select()}
    assert gone == {k for k, v in enrolled.items() if v[:2] == ("junior", 9)}
    assert installation.get_setting(step.YEAR_SETTING) == "2027-2028"
    # Once a year.
    with pytest.raises(ValidationError):
        step.apply(PRINCIPAL, "2027-2028")

    backup.restore(db_path, result.backup)
    open_database(db_path)
    assert places() == before
    assert Departure.select().count() == 0
    assert Setting.get_or_none(Setting.key == step.YEAR_SETTING) is None


def test_children_who_left_are_watched_until_confirmed(nine_year: str) -> None:
    from fupin_desktop.services.schoolyear import watch

    result, _ = step.apply(PRINCIPAL, "2027-2028")
    assert result.departures
    within = watch.watch_list(PRINCIPAL, FIRST_DAY + dt.timedelta(days=10))
    assert len(within) == len(result.departures) and not any(i.overdue for i in within)
    late = watch.watch_list(PRINCIPAL, FIRST_DAY + dt.timedelta(days=31))
    assert all(i.overdue for i in late)
    with pytest.raises(PermissionDenied):
        watch.watch_list(TEACHER, FIRST_DAY)
    with pytest.raises(ValidationError):
        watch.confirm_departure(PRINCIPAL, late[0].record_id, FIRST_DAY)
    watch.confirm_departure(PRINCIPAL, late[0].record_id, FIRST_DAY, to_place="县第一中学")
    watch.follow_up(PRINCIPAL, watch.DEPARTURE, late[1].record_id, "王老师", dt.date(2027, 12, 1))
    migrant, _ = watch.add_migrant(
        PRINCIPAL,
        nine_year,
        {"name": "随迁甲", "studies_at": "长沙市某小学", "place": "长沙市",
         "follow_up_date": dt.date(2027, 11, 1)},
    )  # fmt: skip
    items = {i.record_id: i for i in watch.watch_list(PRINCIPAL, dt.date(2027, 10, 15))}
    assert late[0].record_id not in items
    assert not items[late[1].record_id].overdue and items[late[1].record_id].follow_up_owner
    assert not items[migrant].overdue
    assert "长沙市某小学" in items[migrant].what
    settled, _ = watch.add_migrant(
        PRINCIPAL, nine_year, {"name": "随迁乙", "studies_at": "某校", "aid_confirmed": True}
    )
    refused, _ = watch.add_migrant(
        PRINCIPAL, nine_year, {"name": "随迁丙", "studies_at": "某校", "aid_confirmed": False}
    )
    listed = {i.record_id for i in watch.watch_list(PRINCIPAL, dt.date(2027, 10, 15))}
    assert settled not in listed and refused in listed
