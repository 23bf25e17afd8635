"""The catalogue-driven editors: every Kind round-trips through clean_value, errors and
warnings show beside the field, forms are built from the catalogue alone."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QWidget

from fupin_desktop.errors import ValidationError
from fupin_desktop.schema.care import INCOME_SOURCE
from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT
from fupin_desktop.schema.choices import POVERTY_CAUSE, SEX
from fupin_desktop.schema.clean import clean_record, clean_value
from fupin_desktop.schema.fields import Field, Kind
from tests import builders as make
from ui.fields.dates import DateEditor, DayPicker
from ui.fields.form import FieldForm, RecordDialog
from ui.fields.kinds import ChoiceEditor, LineEditor, make_editor
from ui.fields.rows import RowsEditor

# (field, stored value): one or more for every Kind.
ROUND_TRIPS: list[tuple[Field, Any]] = [
    (Field("t", "Text"), "张三"),
    (Field("t", "Text"), ""),
    (Field("l", "Long", Kind.LONG_TEXT), "第一行\n第二行"),
    (Field("c", "Choice", Kind.CHOICE, required=True, choices=SEX), "female"),
    (Field("c", "Choice", Kind.CHOICE, choices=SEX), ""),
    (Field("c", "Choice", Kind.CHOICE, choices=POVERTY_CAUSE), "illness"),
    (Field("b", "Bool", Kind.BOOL), True),
    (Field("b", "Bool", Kind.BOOL), False),
    (Field("d", "Date", Kind.DATE), dt.date(2015, 3, 2)),
    (Field("d", "Date", Kind.DATE), None),
    (Field("i", "Int", Kind.INT, minimum=1, maximum=9), 7),
    (Field("i", "Int", Kind.INT), None),
    (Field("m", "Money", Kind.MONEY), 125050),
    (Field("m", "Money", Kind.MONEY), 0),
    (Field("m", "Money", Kind.MONEY), None),
    (Field("n", "ID", Kind.ID_NUMBER), make.with_check_digit("43012320150302123")),
    (Field("p", "Phone", Kind.PHONE), "13812345678"),
    (Field("k", "Code", Kind.CODE), "G" + make.with_check_digit("43012320150302123")),
    (Field("x", "Multi", Kind.MULTI_CHOICE, choices=INCOME_SOURCE), "wages,relatives"),
    (Field("x", "Multi", Kind.MULTI_CHOICE, choices=INCOME_SOURCE), ""),
]


def test_round_trips_cover_every_kind() -> None:
    assert {field.kind for field, _ in ROUND_TRIPS} == set(Kind)


@pytest.mark.parametrize(("field", "stored"), ROUND_TRIPS, ids=lambda v: repr(v)[:30])
def test_editor_round_trips_stored_value(ui_session, qtbot, field: Field, stored: Any) -> None:
    editor = make_editor(field)
    qtbot.addWidget(editor)
    assert editor.field is field
    editor.set_value(stored)
    assert clean_value(field, editor.value()) == stored


@pytest.mark.parametrize("field", list(STUDENT) + list(FAMILY_MEMBER) + list(GUARDIAN))
def test_catalogue_fields_round_trip_their_empty_value(ui_session, qtbot, field: Field) -> None:
    editor = make_editor(field)
    qtbot.addWidget(editor)
    editor.set_value(field.empty())
    if field.required:
        with pytest.raises(ValidationError):
            clean_value(field, editor.value())
    else:
        assert clean_value(field, editor.value()) == field.empty()


def test_choice_shows_labels_and_keeps_codes(ui_session, qtbot) -> None:
    optional = make_editor(Field("s", "Sex", Kind.CHOICE, choices=SEX))
    required = make_editor(Field("s", "Sex", Kind.CHOICE, required=True, choices=SEX))
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert isinstance(optional, ChoiceEditor)
    combo = optional.combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "male", "female"]
    assert combo.itemText(2) == SEX.label("female")
    assert optional.value() == ""
    # Nothing is picked for a person: a required choice starts empty, with no blank item.
    assert isinstance(required, ChoiceEditor)
    assert required.value() == ""
    assert required.combo.currentIndex() == -1
    assert required.combo.findData("") == -1


def test_choice_set_with_its_own_empty_code_gets_no_second_blank(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["poverty_cause"])
    qtbot.addWidget(editor)
    assert isinstance(editor.input_widget, QComboBox)
    assert editor.input_widget.count() == len(POVERTY_CAUSE.choices)


def test_unknown_choice_code_is_kept_not_changed(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["stage"])
    qtbot.addWidget(editor)
    editor.set_value("postdoc")
    assert editor.value() == "postdoc"


def test_money_is_shown_in_yuan_and_cleaned_to_fen(ui_session, qtbot) -> None:
    editor = make_editor(FAMILY_MEMBER["annual_income"])
    qtbot.addWidget(editor)
    editor.set_value(125050)
    assert editor.value() == "1250.50"
    assert isinstance(editor, LineEditor)
    editor.line_edit.setText("3,000.5")
    assert clean_value(editor.field, editor.value()) == 300050


def test_set_error_shows_red_message_and_clears(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["name"])
    qtbot.addWidget(editor)
    editor.show()
    editor.set_error("太长了")
    assert editor.error() == "太长了"
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == editor.error()
    assert "#c62828" in editor._frame.styleSheet()
    editor.set_error(None)
    assert editor.error() is None
    assert not editor.error_label.isVisible()
    assert "#c62828" not in editor._frame.styleSheet()


def test_warning_escapes_text_and_carries_a_link(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["id_number"])
    qtbot.addWidget(editor)
    editor.show()
    clicked: list[str] = []
    editor.link_activated.connect(clicked.append)
    editor.set_warning("<b>张三</b>", ("student:abc", "Open"))
    assert editor.warning_label.isVisible()
    assert "&lt;b&gt;" in editor.warning()
    assert 'href="student:abc"' in editor.warning()
    editor.warning_label.linkActivated.emit("student:abc")
    assert clicked == ["student:abc"]
    editor.set_warning(None)
    assert not editor.warning_label.isVisible()


def type_by_input_method(widget: QWidget, text: str) -> None:
    """What a Chinese input method does (QTest cannot type non-ASCII keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_id_number_is_normalised_as_typed(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["id_number"])
    qtbot.addWidget(editor)
    type_by_input_method(editor.input_widget, "４３０１２３ 2015 0302 12x")
    assert editor.value() == "4301232015030212X"


def test_check_shows_what_is_wrong_but_not_an_empty_required_field(ui_session, qtbot) -> None:
    grade = make_editor(STUDENT["grade"])
    name = make_editor(STUDENT["name"])
    qtbot.addWidget(grade)
    qtbot.addWidget(name)
    grade.set_value("12")
    message = grade.check()
    assert message is not None and "12" in message
    grade.set_value("3")
    assert grade.check() is None and grade.error() is None
    assert name.check() is None


def test_date_editor_reads_school_formats_and_shows_iso(ui_session, qtbot) -> None:
    editor = make_editor(STUDENT["birth_date"])
    qtbot.addWidget(editor)
    assert isinstance(editor, DateEditor)
    editor.line_edit.setText("2015.3.2")
    editor.line_edit.editingFinished.emit()
    assert editor.value() == dt.date(2015, 3, 2)
    assert editor.line_edit.text() == "2015-03-02"
    editor.line_edit.setText("2015-02-30")
    editor.line_edit.editingFinished.emit()
    assert editor.error()
    editor.line_edit.clear()
    assert editor.value() is None


def test_date_editor_calendar_picks_a_date(ui_session, qtbot) -> None:
    from PySide6.QtCore import QDate

    editor = make_editor(STUDENT["birth_date"])
    qtbot.addWidget(editor)
    assert isinstance(editor, DateEditor)
    editor.calendar.clicked.emit(QDate(2016, 9, 1))
    assert editor.value() == dt.date(2016, 9, 1)


def test_every_date_input_steps_a_day_with_the_arrow_and_page_keys(ui_session, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    editor = make_editor(STUDENT["birth_date"])
    qtbot.addWidget(editor)
    edit = editor.line_edit
    assert "PageUp" in edit.toolTip()  # the keys are said where the person looks
    editor.set_value(dt.date(2026, 2, 28))
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert editor.value() == dt.date(2026, 3, 1)
    QTest.keyClick(edit, Qt.Key.Key_PageDown)
    QTest.keyClick(edit, Qt.Key.Key_Down)
    assert editor.value() == dt.date(2026, 2, 27)
    QTest.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.text() == "2026-02-28"
    edit.clear()  # an empty box starts from today
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert editor.value() == dt.date.today()
    # The day pickers of periods and registers take the same keys.
    picker = DayPicker(dt.date(2026, 12, 31))
    qtbot.addWidget(picker)
    assert picker.toolTip() in edit.toolTip()
    QTest.keyClick(picker, Qt.Key.Key_Up)
    assert picker.day() == dt.date(2027, 1, 1)
    QTest.keyClick(picker, Qt.Key.Key_PageDown)
    QTest.keyClick(picker, Qt.Key.Key_PageDown)
    assert picker.day() == dt.date(2026, 12, 30)


def test_field_form_is_built_from_the_catalogue(ui_session, qtbot) -> None:
    form = FieldForm(FAMILY_MEMBER.fields)
    qtbot.addWidget(form)
    assert form.keys() == FAMILY_MEMBER.keys()
    for field in FAMILY_MEMBER:
        label = form.label(field.key)
        assert isinstance(label, QLabel)
        assert label.text().startswith(field.title)
        assert label.text().endswith("*") == field.required
    with qtbot.waitSignal(form.changed):
        form.editor("name").set_value("李四")
    form.set_values({"name": "李四", "relation": "father", "annual_income": 500000})
    values = form.values()
    assert values["name"] == "李四"
    assert values["relation"] == "father"
    assert values["annual_income"] == "5000.00"
    assert values["birth_year"] == ""


def test_field_form_shows_and_clears_errors(ui_session, qtbot) -> None:
    form = FieldForm(GUARDIAN.fields)
    qtbot.addWidget(form)
    shown = form.show_errors({"phone": "bad phone", "name": "no name"})
    assert shown == ["name", "phone"]
    assert form.editor("phone").error() == "bad phone"
    assert form.editor("relation").error() is None
    form.clear_errors()
    assert all(editor.error() is None for editor in form.editors())


def test_record_dialog_accepts_only_a_clean_record(ui_session, qtbot) -> None:
    dialog = RecordDialog(GUARDIAN, "Guardian")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.editor("name").error()
    assert dialog.form.editor("relation").error()
    dialog.form.set_values({"name": "王五", "relation": "grandfather", "phone": "138 1234 5678"})
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.clean_values["phone"] == "13812345678"
    assert dialog.clean_values["entrusted"] is False


def test_rows_editor_adds_edits_removes_and_shows_row_errors(ui_session, qtbot, monkeypatch):
    answers = iter(
        [
            {"name": "张父", "relation": "father", "annual_income": "12000"},
            {"name": "张母", "relation": "mother"},
            {"name": "张母亲", "relation": "mother"},
        ]
    )

    def fake_exec(dialog: RecordDialog) -> int:
        dialog.form.set_values(next(answers))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    rows = RowsEditor(FAMILY_MEMBER, "Family member")
    qtbot.addWidget(rows)
    rows.set_rows([{"id": "old-1", "name": "老人", "relation": "grandfather"}])
    rows.add_row()
    rows.add_row()
    assert [r["name"] for r in rows.rows()] == ["老人", "张父", "张母"]
    # Rows come out raw (yuan), as validate_file and save_file take them.
    assert clean_value(FAMILY_MEMBER["annual_income"], rows.rows()[1]["annual_income"]) == 1200000
    rows.edit_row(0)
    assert rows.rows()[0]["id"] == "old-1"
    assert rows.rows()[0]["name"] == "张母亲"
    rows.table.selectRow(2)
    rows.remove_current()
    assert [r["name"] for r in rows.rows()] == ["张母亲", "张父"]
    assert rows.table.rowCount() == 2
    rows.show_errors({"1.relation": "关系必填"})
    rows.show()
    assert rows.error_label.isVisible()
    assert FAMILY_MEMBER["relation"].title in rows.error_label.text()
    assert "关系必填" in rows.error_label.text()
    item = rows.table.item(1, FAMILY_MEMBER.keys().index("relation"))
    assert item is not None and item.toolTip() == "关系必填"
    rows.show_errors({})
    assert not rows.error_label.isVisible()


def test_rows_editor_takes_stored_rows_and_gives_raw_ones(ui_session, qtbot) -> None:
    """Stored fen must not reach clean_value again (it reads amounts as yuan)."""
    rows = RowsEditor(FAMILY_MEMBER, "Family member")
    qtbot.addWidget(rows)
    rows.set_rows([{"id": "r1", "name": "张父", "relation": "father", "annual_income": 800050}])
    income_column = FAMILY_MEMBER.keys().index("annual_income")
    item = rows.table.item(0, income_column)
    assert item is not None and item.text() == "8000.50"
    values, errors = clean_record(FAMILY_MEMBER, rows.rows()[0])
    assert errors == {}
    assert values["annual_income"] == 800050
    assert rows.rows()[0]["id"] == "r1"
