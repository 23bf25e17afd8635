"""The monthly round typed key by key: a teacher records this month's talk (谈心) with each
of her ten paired children in the quick entry, a short note each, keyboard only. Every
key press goes through QTest and is counted (a chord such as Ctrl+Enter counts as one).

Chinese is typed as a pinyin input method takes it: the letters of the pinyin, one key
to commit (space), one key for a Chinese comma; the text arrives as the input method's
commit (keyClicks with Chinese aborts PySide6 6.11).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fupin_desktop.db.models import Visit
from fupin_desktop.validation import normalise_text
from tests import builders as make
from tests.builders import PRINCIPAL

# A school day of the autumn term, well inside a month (the care calendar's term).
ROUND_DAY = dt.date(2026, 10, 20)
NAMES = ("王一", "李二", "张三", "赵四", "钱五", "孙六", "周七", "吴八", "郑九", "冯十")
# What the teacher writes about each child this month.
NOTES = (
    "情绪稳定，学习认真",
    "情绪稳定，学习认真",
    "性格开朗，与同学相处融洽",
    "情绪稳定，学习认真",
    "想念父母，已进行心理疏导",
    "情绪稳定，学习认真，数学进步",
    "性格开朗，与同学相处融洽",
    "感冒请假两天",
    "想念父母，已进行心理疏导，周末打电话",
    "作业拖拉",
)


class Keyboard:
    """Key presses sent to the widget that has the focus, and mouse clicks, counted."""

    def __init__(self) -> None:
        self.count = 0
        self.clicks = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(self.focus(), key, modifier)
        QApplication.processEvents()
        self.count += 1

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        self.clicks += 1

    def type_chinese(self, text: str) -> None:
        """Each run of Chinese between commas: its pinyin letters and a space to commit;
        each comma one key."""
        from pypinyin import lazy_pinyin

        for index, part in enumerate(text.split("，")):
            if index:
                self._commit("，")
                self.count += 1
            letters = "".join(lazy_pinyin(part))
            self.count += len(letters) + 1
            self._commit(part)

    def _commit(self, text: str) -> None:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(self.focus(), event)
        QApplication.processEvents()


@pytest.fixture
def round_teacher(ui_session):
    teacher = make.teacher(ui_session.info, "周老师")
    for name in NAMES:
        child = make.needy_student(ui_session.info, name)
        make.pairing(teacher, child, dt.date(2026, 9, 1), kind="one_to_many")
    return teacher


def _open(teacher: str, qtbot):
    from ui.care.visit_entry import VisitQuickEntry

    dialog = VisitQuickEntry(PRINCIPAL, teacher, today=ROUND_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def _check_saved(names: list[str]) -> None:
    """One talk each, with its note, for the children in the order the list shows them
    (stored text is NFKC-normalised: the Chinese comma becomes ",")."""
    saved = sorted(
        (v.student.name, v.method, v.child_state)
        for v in Visit.select().where(Visit.visit_date == ROUND_DAY)
    )
    assert saved == sorted(zip(names, ["talk"] * 10, map(normalise_text, NOTES), strict=True))


def test_the_round_as_it_was(ui_session, qtbot, round_teacher, monkeypatch) -> None:
    """Measured on main before this change (commit cb71b8d). The list of children keeps
    Tab to itself (it moves from cell to cell, and from child to child), so the teacher
    takes the mouse once: a click on the method, Down Down Enter for 谈心, a click in
    the child's state; then a note and Ctrl+Enter for each child (the method is kept,
    the focus returns to the note)."""
    monkeypatch.setattr("ui.operations.show_error", lambda _p, exc: pytest.fail(str(exc)))
    dialog = _open(round_teacher, qtbot)
    names = [p.student_name for p in dialog.pairings]
    keys = Keyboard()
    keys.click(dialog.form.editor("method").input_widget)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        keys.press(key)
    keys.click(dialog.form.editor("child_state").input_widget.viewport())
    for note in NOTES:
        assert keys.focus() is dialog.form.editor("child_state").input_widget
        keys.type_chinese(note)
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _check_saved(names)
    print("the round as it was:", keys.count, "keys,", keys.clicks, "clicks")
    assert (keys.count, keys.clicks) == (341, 2)
