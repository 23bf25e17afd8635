"""The student file dialog: validation beside the fields, the ID number helpers, saving
with family and guardians, history, deleting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from fupin_desktop.errors import ValidationError
from fupin_desktop.schema.catalogues import FAMILY_MEMBER
from fupin_desktop.schema.choices import POVERTY_STATUS
from fupin_desktop.services.context import Changes
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.services.students.listing import StudentQuery
from fupin_desktop.validation import parse_id_number
from tests import builders as make
from ui.bus import bus
from ui.fields.form import RecordDialog
from ui.session import LOCAL_USER
from ui.students.form import StudentFormDialog
from ui.students.history import StatusChangeDialog

MALE_2015 = "43012320150302123"  # 17 digits: born 2015-03-02, odd sequence digit: male


MALE_ID = make.with_check_digit(MALE_2015)
# The student the tests open: saved by the session's user, dated today.
ZHANG_SAN = {"sex": "male", "id_number": MALE_ID, "actor": LOCAL_USER, "as_of": None}


def count() -> int:
    return listing.count(students_actor(), StudentQuery())


def students_actor():
    from ui.session import session

    return session().actor


def open_form(qtbot, student_id: str | None = None) -> StudentFormDialog:
    dialog = StudentFormDialog(student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_by_input_method(dialog: StudentFormDialog, key: str, text: str) -> None:
    """Typing as a Chinese input method commits it (QTest cannot type non-ASCII)."""
    widget = dialog.editor(key).input_widget
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_required(dialog: StudentFormDialog, id_number: str | None = None) -> None:
    dialog.editor("name").set_value("李小花")
    dialog.editor("id_number").set_value(id_number or make.with_check_digit("43012320160911002"))
    dialog.editor("stage").set_value("primary")
    dialog.editor("enrolment").set_value("enrolled")


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch) -> None:
    """Closing a changed form asks before dropping the work; pytest-qt closes every
    dialog at the end of a test, so by default the answer is yes (tests that care about
    the question patch it again)."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )


@pytest.fixture
def announced() -> list[Changes]:
    seen: list[Changes] = []
    bus().changed.connect(seen.append)
    yield seen
    bus().changed.disconnect(seen.append)


def test_empty_required_fields_show_errors_and_save_nothing(ui_session, qtbot, announced):
    dialog = open_form(qtbot)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.save() is False
    for key in ("name", "sex", "id_number", "stage"):
        editor = dialog.editor(key)
        assert editor.error(), key
        assert "{" not in editor.error()
        assert editor.error_label.isVisibleTo(dialog)
    for key in ("ethnicity", "village", "registered_poor"):
        assert dialog.editor(key).error() is None
    assert dialog.summary.isVisibleTo(dialog)
    assert dialog.tabs.currentIndex() == 0  # the tab of the first error
    assert dialog.isVisible()
    assert count() == 0
    assert announced == []


def test_errors_clear_once_fixed(ui_session, qtbot):
    dialog = open_form(qtbot)
    dialog.save()
    fill_required(dialog)
    dialog.editor("grade").set_value("12")
    assert dialog.save() is False
    assert dialog.editor("name").error() is None
    assert dialog.editor("grade").error()
    assert count() == 0


def test_bad_check_digit_is_shown_beside_the_id_field(ui_session, qtbot):
    good = MALE_ID
    bad = good[:17] + ("1" if good[17] != "1" else "2")
    with pytest.raises(ValidationError) as expected:
        parse_id_number(bad)
    dialog = open_form(qtbot)
    editor = dialog.editor("id_number")
    editor.input_widget.setFocus()
    qtbot.keyClicks(editor.input_widget, bad)
    # Shown as soon as the number is complete, and again by the save.
    assert editor.error() == expected.value.message
    fill_required(dialog, id_number=bad)
    assert dialog.save() is False
    assert editor.error() == expected.value.message
    assert editor.error_label.isVisibleTo(dialog)
    assert count() == 0


def test_lower_case_x_and_full_width_digits_are_normalised(ui_session, qtbot):
    number = make.id_ending_in_x("43012320140815")
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in number[:6]) + number[6:-1] + "x"
    dialog = open_form(qtbot)
    type_by_input_method(dialog, "id_number", full_width)
    assert dialog.editor("id_number").value() == number
    assert dialog.editor("id_number").error() is None


def test_birth_date_and_sex_are_filled_from_the_id(ui_session, qtbot):
    dialog = open_form(qtbot)
    qtbot.keyClicks(dialog.editor("id_number").input_widget, MALE_ID)
    assert dialog.editor("birth_date").value() == dt.date(2015, 3, 2)
    assert dialog.editor("sex").value() == "male"
    assert not dialog.editor("birth_date").warning()


def test_typed_birth_date_and_sex_that_disagree_are_warned_not_refused(ui_session, qtbot):
    dialog = open_form(qtbot)
    dialog.editor("sex").set_value("female")
    dialog.editor("birth_date").set_value(dt.date(2015, 3, 3))
    qtbot.keyClicks(dialog.editor("id_number").input_widget, MALE_ID)
    # What the person typed stays; the disagreement is pointed out beside each field.
    assert dialog.editor("sex").value() == "female"
    assert dialog.editor("birth_date").value() == dt.date(2015, 3, 3)
    assert "2015-03-02" in dialog.editor("birth_date").warning()
    assert dialog.editor("sex").warning()
    assert dialog.editor("sex").warning_label.isVisibleTo(dialog)
    fill_required(dialog, id_number=MALE_ID)
    assert dialog.save() is True
    assert count() == 1


def test_duplicate_id_number_is_warned_with_a_link_to_the_other_file(ui_session, qtbot):
    other_id = make.student(ui_session.info, **ZHANG_SAN, name="张三")
    dialog = open_form(qtbot)
    qtbot.keyClicks(dialog.editor("id_number").input_widget, MALE_ID)
    editor = dialog.editor("id_number")
    warning = editor.warning()
    assert "张三" in warning and "柳塘小学" in warning
    assert f'href="student:{other_id}"' in warning
    assert editor.warning_label.isVisibleTo(dialog)
    editor.warning_label.linkActivated.emit(f"student:{other_id}")
    opened = [d for d in dialog.findChildren(StudentFormDialog) if d.student_id == other_id]
    assert len(opened) == 1
    assert opened[0].editor("name").value() == "张三"
    opened[0].reject()


def test_own_id_number_is_not_a_duplicate(ui_session, qtbot):
    student_id = make.student(ui_session.info, "张三", **ZHANG_SAN)
    dialog = open_form(qtbot, student_id)
    # Masked on screen (a full number only through an audited reveal), with no error.
    assert dialog.editor("id_number").value() == "*" * 14 + MALE_ID[-4:]
    assert not dialog.editor("id_number").warning()
    assert not dialog.editor("id_number").error()


def test_valid_save_creates_student_with_family_member_and_guardian(
    ui_session, qtbot, monkeypatch, announced
):
    rows = iter(
        [
            {
                "name": "李大山",
                "relation": "father",
                "birth_year": "1985",
                "annual_income": "8,000.50",
            },
            {"name": "李奶奶", "relation": "grandmother", "phone": "13812345678"},
        ]
    )

    def fake_exec(row_dialog: RecordDialog) -> int:
        row_dialog.form.set_values(next(rows))
        row_dialog.accept()
        return row_dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    dialog = open_form(qtbot)
    assert dialog.school_editor.value() == ui_session.info.school_id
    assert not dialog.school_editor.isEnabled()  # school mode: this school only
    fill_required(dialog)
    dialog.editor("poverty_status").set_value("poor")
    dialog.editor("boarder").set_value(True)
    dialog.family_rows.add_row()
    dialog.guardian_rows.add_row()
    assert dialog.save() is True
    assert dialog.result() == StudentFormDialog.DialogCode.Accepted
    assert count() == 1
    assert announced and announced[0].affects("student")
    data = students.get_file(ui_session.actor, dialog.student_id)
    assert data.school_id == ui_session.info.school_id
    assert data.values["name"] == "李小花"
    assert data.values["sex"] == "female"  # read from the ID number
    assert data.values["birth_date"] == dt.date(2016, 9, 11)
    assert data.values["boarder"] is True
    assert len(data.family) == 1 and data.family[0]["name"] == "李大山"
    assert data.family[0]["annual_income"] == 800050
    assert data.family[0]["birth_year"] == 1985
    assert len(data.guardians) == 1 and data.guardians[0]["relation"] == "grandmother"
    assert data.guardians[0]["phone"] == "13812345678"


def test_editing_keeps_rows_their_ids_and_amounts(ui_session, qtbot):
    student_id = make.student(ui_session.info, "张三", **ZHANG_SAN)
    dialog = open_form(qtbot, student_id)
    dialog.family_rows.set_rows([{"name": "张父", "relation": "father", "annual_income": 800050}])
    assert dialog.save()
    first = students.get_file(ui_session.actor, student_id).family[0]
    assert first["annual_income"] == 800050
    again = open_form(qtbot, student_id)
    assert again.family_rows.rows()[0]["id"] == first["id"]
    assert not again.is_dirty()
    assert again.save()
    # Saved twice, unchanged: the same row, the same amount (not multiplied by 100).
    family = students.get_file(ui_session.actor, student_id).family
    assert [(m["id"], m["annual_income"]) for m in family] == [(first["id"], 800050)]


def test_a_bad_family_row_is_shown_and_nothing_saved(ui_session, qtbot):
    dialog = open_form(qtbot)
    fill_required(dialog)
    dialog.family_rows.set_rows([{"name": "张父", "relation": ""}])
    assert dialog.save() is False
    assert dialog.tabs.currentIndex() == dialog.family_tab
    assert dialog.family_rows.error_label.isVisibleTo(dialog)
    assert FAMILY_MEMBER["relation"].title in dialog.family_rows.error_label.text()
    assert count() == 0


def test_changing_poverty_status_creates_a_history_row(ui_session, qtbot):
    student_id = make.student(ui_session.info, "张三", **ZHANG_SAN, poverty_status="poor")
    dialog = open_form(qtbot, student_id)
    dialog.editor("poverty_status").set_value("lifted")
    assert dialog.save()
    history = [
        h
        for h in students.get_file(ui_session.actor, student_id).history
        if h["kind"] == "poverty_status"
    ]
    assert [h["value"] for h in history] == ["poor", "lifted"]
    assert history[0]["end_date"] == dt.date.today() and history[1]["end_date"] is None
    again = open_form(qtbot, student_id)
    newest = again.timeline.row_texts(0)
    assert POVERTY_STATUS.label("lifted") in newest


def test_status_change_button_records_a_dated_entry(ui_session, qtbot, monkeypatch, announced):
    # On file since before the change (issue 10 dates the file's "no" from that day: a
    # change cannot be dated before it).
    file = {**ZHANG_SAN, "as_of": make.ON_FILE_SINCE}
    student_id = make.student(ui_session.info, "张三", **file)

    def fake_exec(status: StatusChangeDialog) -> int:
        status.set_kind("left_behind")
        assert status.value_editor is not None
        status.value_editor.set_value(True)
        status.date_editor.set_value(dt.date(2024, 3, 1))
        status.accept()
        return status.result()

    monkeypatch.setattr(StatusChangeDialog, "exec", fake_exec)
    dialog = open_form(qtbot, student_id)
    assert dialog.timeline.add_button.isEnabled()
    assert dialog.add_status_change() is True
    entries = students.get_file(ui_session.actor, student_id).history
    left = [h for h in entries if h["kind"] == "left_behind"]
    assert [(h["value"], h["start_date"], h["end_date"]) for h in left] == [
        ("false", make.ON_FILE_SINCE, dt.date(2024, 3, 1)),
        ("true", dt.date(2024, 3, 1), None),
    ]
    assert dialog.editor("left_behind").value() is True
    assert not dialog.is_dirty()
    assert any(c.affects("status_history") for c in announced)
    texts = [dialog.timeline.row_texts(r) for r in range(dialog.timeline.table.rowCount())]
    assert any("2024-03-01" in row for row in texts)


def test_status_change_dialog_refuses_a_missing_value(ui_session, qtbot):
    status = StatusChangeDialog()
    qtbot.addWidget(status)
    status.accept()
    assert status.result_values is None
    assert status.kind_editor.error()
    status.set_kind("poverty_status")
    status.accept()
    assert status.result_values is None
    assert status.value_editor is not None and status.value_editor.error()
    status.value_editor.set_value("lifted")
    status.accept()
    assert status.result_values == ("poverty_status", "lifted", dt.date.today(), "")


def test_new_student_cannot_have_history_yet(ui_session, qtbot):
    dialog = open_form(qtbot)
    assert not dialog.timeline.add_button.isEnabled()
    assert dialog.add_status_change() is False


def test_delete_asks_naming_the_student_then_tombstones(ui_session, qtbot, monkeypatch, announced):
    student_id = make.student(ui_session.info, "张三", **ZHANG_SAN)
    asked: list[str] = []

    def answer(answer_with: QMessageBox.StandardButton):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return answer_with

        return question

    dialog = open_form(qtbot, student_id)
    assert dialog.delete_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert dialog.delete() is False
    assert count() == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dialog.delete() is True
    assert "张三" in asked[-1] and MALE_ID[-4:] in asked[-1]
    assert dialog.deleted
    assert count() == 0
    assert any(student_id in c.ids for c in announced)


def test_new_student_has_no_delete_button(ui_session, qtbot):
    dialog = open_form(qtbot)
    assert not dialog.delete_button.isVisible()


def test_ctrl_s_saves(ui_session, qtbot):
    dialog = open_form(qtbot)
    fill_required(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.editor("name").focus_input()
    qtbot.keyClick(
        dialog.editor("name").input_widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert count() == 1
    assert dialog.result() == StudentFormDialog.DialogCode.Accepted


def test_escape_closes_a_clean_form_and_asks_for_a_changed_one(ui_session, qtbot, monkeypatch):
    asked: list[str] = []

    def say_no(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    clean = open_form(qtbot)
    qtbot.keyClick(clean, Qt.Key.Key_Escape)
    assert not clean.isVisible() and asked == []
    changed = open_form(qtbot)
    changed.editor("name").set_value("王五")
    qtbot.keyClick(changed, Qt.Key.Key_Escape)
    assert changed.isVisible() and len(asked) == 1
    assert count() == 0


def test_window_titles(ui_session, qtbot):
    new = open_form(qtbot)
    existing = open_form(qtbot, make.student(ui_session.info, **ZHANG_SAN, name="赵六"))
    assert "赵六" not in new.windowTitle()
    assert "赵六" in existing.windowTitle()
    assert new.windowTitle() != existing.windowTitle().replace("赵六", "")


def test_dialog_fits_an_old_screen(ui_session, qtbot):
    dialog = open_form(qtbot, make.student(ui_session.info, "张三", **ZHANG_SAN))
    dialog.save()
    assert dialog.width() <= 1024 and dialog.height() <= 700 - 40  # title bar
    assert dialog.minimumSizeHint().height() <= 660


def test_a_change_dated_before_the_current_value_is_refused(ui_session, qtbot):
    history = [
        {
            "kind": "poverty_status",
            "value": "poor",
            "start_date": dt.date(2024, 9, 1),
            "end_date": None,
        },
    ]
    status = StatusChangeDialog(history)
    qtbot.addWidget(status)
    status.set_kind("poverty_status", "lifted")
    status.date_editor.set_value(dt.date(2024, 8, 31))
    status.accept()
    assert status.result_values is None
    assert "2024-09-01" in (status.date_editor.error() or "")
    status.date_editor.set_value(dt.date(2024, 9, 1))
    status.accept()
    assert status.result_values == ("poverty_status", "lifted", dt.date(2024, 9, 1), "")


def test_timeline_is_newest_first(ui_session, qtbot):
    from ui.students.history import HistoryTimeline

    timeline = HistoryTimeline()
    qtbot.addWidget(timeline)
    timeline.set_entries(
        [
            {
                "kind": "enrolment",
                "value": "enrolled",
                "start_date": dt.date(2020, 9, 1),
                "end_date": dt.date(2024, 7, 1),
            },
            {
                "kind": "poverty_status",
                "value": "poor",
                "start_date": dt.date(2021, 1, 1),
                "end_date": None,
            },
            {
                "kind": "enrolment",
                "value": "suspended",
                "start_date": dt.date(2024, 7, 1),
                "end_date": None,
            },
        ]
    )
    starts = [timeline.row_texts(row)[2] for row in range(timeline.table.rowCount())]
    assert starts == ["2024-07-01", "2021-01-01", "2020-09-01"]
    assert timeline.row_texts(2)[3] == "2024-07-01"


def test_township_mode_chooses_the_school(ui_session, qtbot, monkeypatch):
    import dataclasses

    school_id = ui_session.info.school_id
    township = dataclasses.replace(ui_session.info, role="township", school_id=None)
    monkeypatch.setattr(ui_session, "info", township)
    dialog = open_form(qtbot)
    assert dialog.school_editor.isEnabled()
    assert dialog.school_editor.value() == ""
    fill_required(dialog)
    assert dialog.save() is False
    assert dialog.school_editor.error()
    assert count() == 0
    dialog.school_editor.set_value(school_id)
    assert dialog.save() is True
    assert students.get_file(ui_session.actor, dialog.student_id).school_id == school_id


def test_a_change_dated_in_the_future_is_refused(ui_session, qtbot):
    status = StatusChangeDialog([])
    qtbot.addWidget(status)
    status.set_kind("enrolment", "transferred")
    status.date_editor.set_value(dt.date.today() + dt.timedelta(days=365))
    status.accept()
    assert status.result_values is None
    assert status.date_editor.error()
    status.date_editor.set_value(dt.date.today())
    status.accept()
    assert status.result_values is not None


def test_saving_a_second_file_with_an_existing_id_asks_first(ui_session, qtbot, monkeypatch):
    make.student(ui_session.info, "张三", **ZHANG_SAN)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = open_form(qtbot)
    fill_required(dialog, id_number=MALE_ID)
    assert dialog.save() is False
    assert "张三" in asked[0]
    assert count() == 1
    assert dialog.save() is True
    assert count() == 2
