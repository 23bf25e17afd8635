"""The handover screens (issue 11 point 3): the receiving school's acceptance dialog and
home tile ("3 children handed over by 石门幼儿园"), taking one child in and saying another
is not here; the 转出到… dialog of a child's file. Each grabbed offscreen and fitting a
1366x768 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from fupin_desktop.db.models import Departure, Handover, Student
from fupin_desktop.services.schoolyear import step
from tests import builders as make
from tests.builders import PRINCIPAL, SCHOOL_CODE, Replica
from tests.core.sync_support import TwoSchools

GRABS = "/tmp"
KINDERGARTEN = "4301230005"


def fits(dialog) -> None:
    assert dialog.height() <= 690 - 30 and dialog.width() <= 1366


@pytest.fixture
def handed_over(ui_session, db_path: Path, tmp_path: Path):
    """石门幼儿园 hands its three 大班 graduates over to 柳塘小学 (the session's ledger)."""
    here = Replica(db_path, "school", SCHOOL_CODE)
    folder = tmp_path / "town"
    folder.mkdir()
    kindergarten = Replica(folder / "kindergarten.db", "school", KINDERGARTEN).use()
    make.install_school(KINDERGARTEN, "石门幼儿园", school_type="kindergarten")
    town = TwoSchools(folder, kindergarten, here)
    kindergarten.use()
    children = [
        make.student(kindergarten, name, stage="preschool", grade=3)
        for name in ("王小红", "李明", "张芳")
    ]
    step.apply(PRINCIPAL, "2027-2028", receiving=dict.fromkeys(children, SCHOOL_CODE))
    town.up(kindergarten)
    town.down(here)
    here.use()
    ui_session.refresh()
    return town


def test_acceptance_dialog(handed_over, qtbot, monkeypatch) -> None:
    from ui.schoolyear.handover_dialog import HandoverDialog

    dialog = HandoverDialog()
    qtbot.addWidget(dialog)
    assert "3" in dialog.heading.text() and "石门幼儿园" in dialog.heading.text()
    assert dialog.table.rowCount() == 3
    shown = dialog.records.toPlainText()
    assert dialog.rows[0].name in shown and "石门幼儿园" in shown
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-handover-accept.png")
    first = dialog.current()
    assert first is not None
    dialog.class_name.setText("2")
    dialog.take_in()
    taken = Student.get(Student.name == first.name)
    assert (taken.stage, taken.grade, taken.class_name) == ("primary", 1, "2班")
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
    assert "石门幼儿园" in tile.caption.text()
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
    index = dialog.school.findData(KINDERGARTEN)
    assert index > 0, "the township's schools came down with its package"
    dialog.school.setCurrentIndex(index)
    dialog.day.set_day(dt.date(2027, 10, 8))
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-handover-transfer.png")
    dialog.save()
    departure = Departure.get(Departure.student == child)
    assert (departure.reason, departure.to_school_code, departure.left_on) == (
        "transfer_out", KINDERGARTEN, dt.date(2027, 10, 8)
    )  # fmt: skip
    assert Student.get_by_id(child).enrolment == "transferred"
