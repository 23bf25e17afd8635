"""The duties screens change data through ui.operations: what they save is announced on
the bus, so the open views reload (the runner announces nothing by itself)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fupin_desktop.db.models import Activity, MealRegister
from fupin_desktop.services.context import Changes
from tests import builders as make
from tests.builders import PRINCIPAL
from ui.bus import bus


@pytest.fixture
def announced():
    seen: list[Changes] = []
    bus().changed.connect(seen.append)
    yield seen
    bus().changed.disconnect(seen.append)


def test_a_saved_activity_is_announced(ui_session, school_db, qtbot, announced) -> None:
    from ui.activities.entry import ActivityDialog

    make.teacher(school_db, "张老师")
    dialog = ActivityDialog(PRINCIPAL, school_db.school_id, today=dt.date(2025, 3, 3))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("guardian_meeting"))
    dialog.form.editor("title").set_value("春季临时监护人会议")
    dialog.teachers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    activity = Activity.get()
    assert dialog.saved_id == activity.id
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [c.affects("activity") and activity.id in c.ids for c in announced] == [True]


def test_a_saved_meal_register_is_announced(ui_session, school_db, qtbot, announced) -> None:
    from ui.activities.meals import MealRegisterTab

    for i in range(3):
        make.needy_student(school_db, f"学生{i}", grade=3, class_name="1班")
    tab = MealRegisterTab(today=dt.date(2025, 3, 3))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.pupils.count() == 3
    tab.save()
    register = MealRegister.get()
    assert register.served == 3
    assert [c.tables for c in announced] == [{"meal_register"}]
    assert register.id in announced[0].ids
