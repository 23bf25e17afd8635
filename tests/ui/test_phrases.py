"""Ready phrases on the free-text fields: Ctrl+1 … Ctrl+9, the list (F4 or the button),
and editing them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fupin_desktop.schema.care import VISIT
from fupin_desktop.services import phrases
from ui.fields.form import FieldForm
from ui.phrases import PhrasesDialog, attach_phrases


def _form(qtbot) -> FieldForm:
    form = FieldForm(VISIT.fields)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()  # shortcuts reach an active window only
    QApplication.processEvents()
    return form


def test_a_phrase_goes_in_with_one_key(ui_session, qtbot) -> None:
    form = _form(qtbot)
    helpers = attach_phrases(form, VISIT.name)
    # Every long text has phrases, and "who took part" (a short text with defaults).
    assert {h.key for h in helpers} == {
        "participants",
        "living_conditions",
        "child_state",
        "family_needs",
        "measures",
        "outcome",
        "parent_feedback",
    }
    edit = form.editor("child_state").input_widget
    assert "Ctrl+1" in edit.toolTip()
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "性格开朗，与同学相处融洽"
    # After text that does not end a clause, the phrase follows a comma.
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    edit.insertPlainText("。作业拖拉")
    QTest.keyClick(edit, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "性格开朗，与同学相处融洽。作业拖拉，学习有进步，继续鼓励"
    # A number beyond the list does nothing.
    QTest.keyClick(edit, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText().endswith("继续鼓励")
    # The list: each phrase numbered with its key, and "Edit phrases…".
    helper = next(h for h in helpers if h.key == "child_state")
    menu = helper.build_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "&1  情绪稳定，学习认真\tCtrl+1"
    assert texts[-1] == "编辑常用语…"
    menu.actions()[2].trigger()
    assert edit.toPlainText().endswith("继续鼓励，想念父母，已进行心理疏导")
    participants = form.editor("participants").input_widget
    participants.setFocus()
    QTest.keyClick(participants, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert form.editor("participants").value() == "学生本人、祖父母"


def test_the_teacher_edits_the_phrases_of_a_field(ui_session, qtbot) -> None:
    form = _form(qtbot)
    attach_phrases(form, VISIT.name)
    dialog = PhrasesDialog(VISIT.name, "outcome", VISIT["outcome"].title)
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "孩子精神状态良好"
    dialog.text.setPlainText("按时完成作业\n\n主动举手发言\n")
    dialog.accept()  # saved through the operation helper (run at once in tests)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert phrases.phrases("visit", "outcome") == ["按时完成作业", "主动举手发言"]
    edit = form.editor("outcome").input_widget
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert edit.toPlainText() == "主动举手发言"
    dialog.restore_defaults()
    assert dialog.text.toPlainText() == "孩子精神状态良好"
