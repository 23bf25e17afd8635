"""The handover screens (issue 11 point 3): the receiving school's acceptance dialog and
home tile ("3 children handed over by 石门学校"), taking one child in and saying another
is not here; the 转出到… dialog of a child's file. Each grabbed offscreen and fitting a
1366x768 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from fupin_desktop.db.models import Departure, Handover, Student
from fupin_desktop.services.schoolyear import step
from tests import builders as make
from tests.builders import PRINCIPAL, SCHOOL_CODE, Replica
from tests.core.sync_support import TwoSchools

GRABS = "/tmp"
NINE_YEAR = "4301230005"


def fits(dialog) -> None:
    assert dialog.height() <= 690 - 30 and dialog.width() <= 1366


@pytest.fixture
def handed_over(ui_session, db_path: Path, tmp_path: Path):
    """石门学校 (nine-year) hands three grade-3 pupils who transfer out at the new year over
    to 柳塘小学 (the session's ledger)."""
    here = Replica(db_path, "school", SCHOOL_CODE)
    folder = tmp_path / "town"
    folder.mkdir()
    other = Replica(folder / "nine-year.db", "school", NINE_YEAR).use()
    make.install_school(NINE_YEAR, "石门学校", school_type="nine_year")
    town = TwoSchools(folder, other, here)
    other.use()
    children = [make.student(other, name, grade=3) for name in ("王小红", "李明", "张芳")]
    teacher = make.teacher(other, "陈老师")
    for child in children:
        make.visit(teacher, child, dt.date(2027, 5, 20), "home_visit", child_state="学习认真")
    step.apply(
        PRINCIPAL,
        "2027-2028",
        dict.fromkeys(children, "transfer_out"),
        receiving=dict.fromkeys(children, SCHOOL_CODE),
    )
    town.up(other)
    town.down(here)
    here.use()
    ui_session.refresh()
    return town


def test_acceptance_dialog(handed_over, qtbot, monkeypatch) -> None:
    from ui.schoolyear.handover_dialog import HandoverDialog

    dialog = HandoverDialog()
    qtbot.addWidget(dialog)
    assert "3" in dialog.heading.text() and "石门学校" in dialog.heading.text()
    assert dialog.table.rowCount() == 3
    shown = dialog.records.toPlainText()
    assert dialog.rows[0].name in shown and "石门学校" in shown
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-handover-accept.png")
    first = dialog.current()
    assert first is not None
    dialog.class_name.setText("2")
    dialog.take_in()
    taken = Student.get(Student.name == first.name)
    assert (taken.stage, taken.grade, taken.class_name) == ("primary", 4, "2班")
    # The child's timeline here reads the visit of the earlier school.
    from ui.care.timeline import ChildTimelineDialog

    timeline = ChildTimelineDialog(taken.id)
    qtbot.addWidget(timeline)
    assert "陈老师（石门学校）" in timeline.browser.toPlainText()
    assert "学习认真" in timeline.browser.toPlainText()
    timeline.show()
    timeline.grab().save(f"{GRABS}/i11-handover-timeline.png")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("不在本校", True))
    dialog.table.selectRow(0)
    refused = dialog.current()
    assert refused is not None and refused.name != first.name
    dialog.not_here()
    assert Handover.get_by_id(refused.id).state == "refused"
    assert dialog.table.rowCount() == 1  # decided ones hidden
    dialog.show_all.setChecked(True)
    assert dialog.table.rowCount() == 3


def test_home_tile_names_the_sending_school(handed_over, qtbot, monkeypatch) -> None:
    from ui.care.home import HomePage

    home = HomePage(today=dt.date(2027, 9, 10))
    qtbot.addWidget(home)
    home.show()
    tile = home.principal_home.tiles["handover"]
    qtbot.waitUntil(lambda: tile.number.text() == "3")
    assert "石门学校" in tile.caption.text()
    home.resize(1300, 640)
    home.grab().save(f"{GRABS}/i11-handover-home.png")
    opened: list[object] = []
    monkeypatch.setattr(
        "ui.schoolyear.handover_dialog.HandoverDialog.exec", lambda self: opened.append(self)
    )
    tile.clicked.emit()
    assert opened


def test_transfer_out_from_the_file(handed_over, qtbot) -> None:
    from ui.schoolyear.transfer_dialog import TransferOutDialog

    child = make.student(handed_over.b, "赵小虎", grade=4)
    dialog = TransferOutDialog(child, "赵小虎")
    qtbot.addWidget(dialog)
    index = dialog.school.findData(NINE_YEAR)
    assert index > 0, "the township's schools came down with its package"
    dialog.school.setCurrentIndex(index)
    dialog.day.set_day(dt.date(2027, 10, 8))
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-handover-transfer.png")
    dialog.save()
    departure = Departure.get(Departure.student == child)
    assert (departure.reason, departure.to_school_code, departure.left_on) == (
        "transfer_out", NINE_YEAR, dt.date(2027, 10, 8)
    )  # fmt: skip
    assert Student.get_by_id(child).enrolment == "transferred"


def test_year_dialog_hands_graduates_over(handed_over, qtbot, monkeypatch) -> None:
    from ui.schoolyear.year_dialog import YearStepDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    graduate = make.student(handed_over.b, "陈小六", grade=6)
    make.student(handed_over.b, "周小三", grade=2)
    dialog = YearStepDialog()
    qtbot.addWidget(dialog)
    assert dialog.year.text() == "2027-2028"
    rows = {m.student_id: row for row, m in enumerate(dialog.plan.moves)}
    assert dialog.table.cellWidget(rows[graduate], 5) is not None
    assert len([r for r in rows.values() if dialog.table.cellWidget(r, 5) is not None]) == 1
    dialog.graduates_to.setCurrentIndex(dialog.graduates_to.findData(NINE_YEAR))
    assert dialog.receiving() == {graduate: NINE_YEAR}
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-handover-year.png")
    dialog.apply()
    departure = Departure.get(Departure.student == graduate)
    assert (departure.to_school_code, departure.handover_state) == (NINE_YEAR, "offered")
