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
from fupin_desktop.validation import normalise_prose
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
            if part:
                self.count += len("".join(lazy_pinyin(part))) + 1
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
    (stored as prose: the Chinese comma stays, validation.normalise_prose)."""
    saved = sorted(
        (v.student.name, v.method, v.child_state)
        for v in Visit.select().where(Visit.visit_date == ROUND_DAY)
    )
    assert saved == sorted(zip(names, ["talk"] * 10, map(normalise_prose, NOTES), strict=True))


# The round as it was on main (commit cb71b8d), typed by the first version of this test
# (commit f09489e): the list of children kept Tab to itself (it walked from cell to
# cell, and from child to child), so the teacher took the mouse once: a click on the
# method, Down Down Enter for 谈心, a click in the child's state; then each note typed
# in full and Ctrl+Enter for each child. 341 keys and 2 mouse clicks.
BEFORE_KEYS, BEFORE_CLICKS = 341, 2


def test_the_monthly_round_takes_less_than_half_the_keys(
    ui_session, qtbot, round_teacher, monkeypatch
) -> None:
    """Now: each child's form starts with the method owed (谈心) and the focus in the
    child's state; a stock sentence is one key (Ctrl+1 … Ctrl+9, the field's ready
    phrases), the teacher's own words are typed; Ctrl+Enter saves and moves on."""
    from fupin_desktop.services import phrases

    monkeypatch.setattr("ui.operations.show_error", lambda _p, exc: pytest.fail(str(exc)))
    dialog = _open(round_teacher, qtbot)
    names = [p.student_name for p in dialog.pairings]
    stock = phrases.phrases("visit", "child_state")
    assert "情绪稳定，学习认真" in stock  # the defaults, in Chinese
    keys = Keyboard()
    for note in NOTES:
        editor = dialog.form.editor("child_state")
        assert keys.focus() is editor.input_widget
        assert dialog.form.editor("method").value() == "talk"  # owed this month
        known = [p for p in stock if note.startswith(p)]
        own = note
        if known:
            number = stock.index(known[0]) + 1
            keys.press(Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
            own = note[len(known[0]) :]
        keys.type_chinese(own)
        assert editor.value() == note
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _check_saved(names)
    assert not dialog.save_next.isEnabled()  # the round stopped at the last child
    print("the round now:", keys.count, "keys,", keys.clicks, "clicks")
    assert keys.clicks == 0
    assert keys.count * 2 <= BEFORE_KEYS + BEFORE_CLICKS
    assert keys.count == 82


def test_the_list_says_who_still_owes_what_and_can_show_only_them(
    ui_session, qtbot, round_teacher, monkeypatch
) -> None:
    monkeypatch.setattr("ui.operations.show_error", lambda _p, exc: pytest.fail(str(exc)))
    from ui.care.visit_entry import VisitQuickEntry

    probe = VisitQuickEntry(PRINCIPAL, round_teacher, today=ROUND_DAY)
    qtbot.addWidget(probe)
    done = probe.pairings[0].student_id  # the first child of the list: done this month
    for day in (2, 9, 16):
        make.visit(round_teacher, done, dt.date(2026, 10, day), "talk")
    make.visit(round_teacher, done, dt.date(2026, 9, 20), "home_visit")
    dialog = _open(round_teacher, qtbot)
    owed = [dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())]
    assert owed[0] == ""
    assert owed[1:] == ["谈心差3次、家访差1次"] * 9
    assert "待办：谈心差3次" not in dialog.student_label.text()
    # Only those owed: the first child goes; the form moves to the next child.
    dialog.only_owed.setChecked(True)
    assert dialog.model.rowCount() == 9
    assert dialog.current().student_id != done
    assert "待办：谈心差3次、家访差1次" in dialog.student_label.text()
    # A talk saved: one fewer owed, still listed (two talks to go).
    saved_id = dialog.current().student_id
    dialog.form.editor("child_state").input_widget.setPlainText("很好")
    assert dialog.save_and_next()
    row = [p.student_id for p in dialog.rows].index(saved_id)
    assert dialog.model.index(row, 2).data() == "谈心差2次、家访差1次"
    assert dialog.current().student_id == dialog.rows[row + 1].student_id
    dialog.only_owed.setChecked(False)
    assert dialog.model.rowCount() == 10
