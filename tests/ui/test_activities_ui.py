"""The duties page: an activity entered, a class's meal register saved in one action,
the targets view, letters previewed and printed; each fits a 1366×768 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fupin_desktop.db.models import Activity, ActivityTeacher, MealRegister
from fupin_desktop.services.activities import records
from tests import builders as make
from tests.builders import PRINCIPAL

SHOTS = Path("/tmp/fupin-duties")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_activity_entry_saves_with_its_teachers(ui_session, school_db, qtbot) -> None:
    from ui.activities.entry import ActivityDialog

    teacher = make.teacher(school_db, "张老师")
    dialog = ActivityDialog(PRINCIPAL, school_db.school_id, today=dt.date(2025, 3, 3))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("guardian_meeting"))
    dialog.form.editor("title").set_value("春季临时监护人会议")
    dialog.form.editor("families_reached").set_value("35")
    dialog.teachers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.show()
    _shot(dialog, "activity_entry")
    assert dialog.frameGeometry().height() <= 690
    dialog.accept()
    activity = Activity.get()
    assert (activity.kind, activity.title, activity.families_reached) == (
        "guardian_meeting",
        "春季临时监护人会议",
        35,
    )
    assert [a.teacher_id for a in ActivityTeacher.select()] == [teacher]


def test_meal_register_of_a_class_in_one_save(ui_session, school_db, qtbot) -> None:
    from ui.activities.meals import MealRegisterTab

    for i in range(40):
        make.needy_student(school_db, f"学生{i:02d}", grade=3, class_name="1班", left_behind=i < 4)
    tab = MealRegisterTab(today=dt.date(2025, 3, 3))
    qtbot.addWidget(tab)
    tab.resize(900, 640)
    tab.show()
    assert tab.pupils.count() == 40
    assert all(tab.pupils.item(i).checkState() == Qt.CheckState.Checked for i in range(40))
    tab.pupils.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "39" in tab.count.text()
    _shot(tab, "meal_register")
    tab.save()
    register = MealRegister.get()
    assert (register.enrolled, register.served, register.left_behind_served) == (40, 39, 3)


def test_targets_view_and_letters(ui_session, school_db, qtbot, tmp_path) -> None:
    from ui.activities.letters import LettersDialog
    from ui.activities.targets import TargetsView

    make.needy_student(school_db, "李小明", grade=3, class_name="1班")
    records.save_activity(
        PRINCIPAL,
        None,
        school_db.school_id,
        "letter_to_parents",
        {"activity_date": dt.date(2025, 3, 3), "title": "致家长的一封信",
         "content": "尊敬的{家长}：{学生}（{班级}）……{学校}"},
    )  # fmt: skip
    view = TargetsView(school_id=school_db.school_id, today=dt.date(2025, 3, 20))
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    statuses = {i.target.code: i.status for i in view.items}
    # No teacher on file: the training rate is a gap; the term's meeting is still due.
    assert statuses == {"training_rate": "behind", "guardian_meeting": "due"}
    assert view.model.rowCount() == 2 and "1" in view.summary.text()
    _shot(view, "targets")
    dialog = LettersDialog(school_db.school_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "李小明" in dialog.preview.toPlainText() and "柳塘小学" in dialog.preview.toPlainText()
    _shot(dialog, "letters")
    assert dialog.frameGeometry().height() <= 690
    from fupin_desktop.services.printing.jobs import print_forms

    result = print_forms(PRINCIPAL, dialog.job(), tmp_path / "letters.pdf").value
    assert result.pages == 1
    from pypdf import PdfReader

    assert "李小明" in PdfReader(str(result.path)).pages[0].extract_text()


@pytest.fixture
def township_session(township_db, fresh_session):
    fresh_session.refresh()
    return fresh_session


def test_the_township_edits_targets_and_kinds(township_session, qtbot, monkeypatch) -> None:
    from fupin_desktop.services.activities import kinds, targets
    from ui.activities.duty_rules import DutyRulesDialog
    from ui.activities.targets import TargetsView

    monkeypatch.setattr("ui.operations.show_error", lambda _p, exc: pytest.fail(str(exc)))
    view = TargetsView()
    qtbot.addWidget(view)
    opened: list[DutyRulesDialog] = []
    monkeypatch.setattr(DutyRulesDialog, "exec", lambda self: opened.append(self) or 0)
    view.rules_button.click()  # reachable from the targets page
    dialog = opened[0]
    qtbot.addWidget(dialog)
    assert dialog.editable and dialog.targets.isEnabled()
    assert dialog.height() <= 652 and dialog.width() <= 1366
    # The kind is picked by its name, not typed as a code.
    kind_field = dialog.targets.catalogue["kind"]
    assert kind_field.choices is not None and kind_field.choices.label("lecture") == "专题讲座"
    kind_rows = dialog.kinds.rows()
    assert kind_rows[0]["name"] == "教师培训"
    kind_rows.append({"name": "家长学校", "for_pairing": False, "training": False, "active": True})
    dialog.kinds.set_rows(kind_rows)
    rows = dialog.targets.rows()
    rate = next(r for r in rows if r["id"] == "training_rate")
    rate["min_value"] = "90"
    dialog.targets.set_rows(rows)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert {t.code: t.min_value for t in targets.list_targets()}["training_rate"] == 90
    assert "家长学校" in [k.name for k in kinds.list_kinds()]


def test_a_school_reads_the_targets_and_kinds(ui_session, qtbot) -> None:
    from ui.activities.duty_rules import DutyRulesDialog

    dialog = DutyRulesDialog(PRINCIPAL)
    qtbot.addWidget(dialog)
    assert not dialog.editable
    assert not dialog.targets.isEnabled() and not dialog.kinds.isEnabled()
    assert dialog.targets.table.rowCount() == 5
