"""The school year's screens: the year preview with an exception ticked and applied, the
assessment of a class saved, the no-child-lost list; each grabbed offscreen and fitting
a 1366x768 screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from fupin_desktop.db.models import Assessment, Student
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM

GRABS = "/tmp"


@pytest.fixture
def year_session(ui_session, monkeypatch):
    demo.generate(SYSTEM, students=120, seed=4, as_of=dt.date(2027, 8, 31), care=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    return ui_session


def fits(dialog) -> None:
    assert dialog.height() <= 690 - 30 and dialog.width() <= 1366


def test_year_preview_with_an_exception(year_session, qtbot) -> None:
    from ui.schoolyear.year_dialog import YearStepDialog

    dialog = YearStepDialog()
    qtbot.addWidget(dialog)
    assert dialog.year.text() == "2027-2028"
    assert (
        dialog.table.rowCount() == Student.select().where(Student.enrolment == "enrolled").count()
    )
    combo = dialog.table.cellWidget(0, 3)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("repeat"))
    repeater = dialog.plan.moves[0]
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-year-preview.png")
    dialog.apply()
    after = Student.get_by_id(repeater.student_id)
    assert (after.grade, after.enrolment) == (repeater.grade, "enrolled")
    assert Student.select().where(Student.grade == 6, Student.enrolment == "graduated").count()


def test_assessment_of_a_class(year_session, qtbot) -> None:
    from ui.schoolyear.assess_dialog import ClassAssessmentDialog

    child = Student.select().where(Student.enrolment == "enrolled").first()
    dialog = ClassAssessmentDialog(grade=child.grade, class_name=child.class_name)
    qtbot.addWidget(dialog)
    dialog.year.setText("2027-2028")
    dialog.load()
    assert dialog.table.rowCount() >= 1
    combo = dialog.table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("hardship"))
    dialog.participants.setText("班主任、学生代表")
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-assess-class.png")
    dialog.save()
    stored = Assessment.get(Assessment.school_year == "2027-2028")
    assert (stored.level, stored.review_participants) == ("hardship", "班主任、学生代表")


def test_no_child_lost_list(year_session, qtbot) -> None:
    from fupin_desktop.services.schoolyear import step
    from tests.builders import PRINCIPAL
    from ui.schoolyear.watch_page import WatchDialog

    step.apply(PRINCIPAL, "2027-2028")
    dialog = WatchDialog(today=dt.date(2027, 10, 15))
    qtbot.addWidget(dialog)
    graduates = Student.select().where(Student.enrolment == "graduated").count()
    assert dialog.list.table.rowCount() == graduates > 0
    assert "逾期" in dialog.list.table.item(0, 5).text() or dialog.list.items[0].overdue
    dialog.show()
    fits(dialog)
    dialog.grab().save(f"{GRABS}/i11-watch.png")


def test_principal_home_counts_overdue_follow_ups(year_session, qtbot) -> None:
    from fupin_desktop.services.schoolyear import step
    from tests.builders import PRINCIPAL
    from ui.care.home import HomePage

    result, _ = step.apply(PRINCIPAL, "2027-2028")
    home = HomePage(today=dt.date(2027, 12, 1))
    qtbot.addWidget(home)
    home.show()
    expected = str(len(result.departures))
    qtbot.waitUntil(lambda: home.principal_home.tiles["watch"].number.text() == expected)


def test_import_dialog_names_rows_that_are_not_children(ui_session, qtbot, tmp_path) -> None:
    from tests.core.test_schoolyear_roster import sent_roster
    from ui.students.import_dialog import RosterImportDialog

    dialog = RosterImportDialog()
    qtbot.addWidget(dialog)
    dialog.open_file(sent_roster(tmp_path / "花名册.xlsx"))
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.import_button.isEnabled()
    assert "4" in dialog.counts_label.text()
    assert "14" in dialog.counts_label.toolTip()


def test_a_year_too_far_ahead_is_refused_beside_it(year_session, qtbot) -> None:
    """A typing slip (2037-2038 for 2027-2028) would be stored as the step done, and the
    real step refused for ten years: the preview says so and nothing can be applied."""
    from fupin_desktop import terms
    from fupin_desktop.services.calendar import school_calendar
    from fupin_desktop.services.schoolyear import step
    from ui.schoolyear.year_dialog import YearStepDialog

    this_year = terms.first_year(school_calendar().school_year_of(dt.date.today()))
    dialog = YearStepDialog()
    qtbot.addWidget(dialog)
    dialog.year.setText(terms.school_year_label(this_year + 11))
    dialog.load()
    assert "太" in dialog.summary.text() or "最多" in dialog.summary.text(), dialog.summary.text()
    assert not dialog.apply_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.year.setText(terms.school_year_label(this_year + 1))
    dialog.load()
    assert dialog.apply_button.isEnabled()
    assert step.current_year() != terms.school_year_label(this_year + 11)
