"""Picking a person from a list by typing: letters typed in a picker of students or
teachers (a combo box, a list, a table) go to the first name that answers to them in
pinyin: "zs" or "zhang" finds 张三. The matching is the one pinyin helper's
(fupin_desktop/pinyin.py), as in every search box of names."""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QWidget

from fupin_desktop import pinyin

# Letters typed within this many milliseconds of each other make one search.
PAUSE_MS = 1200


def _name(text: str) -> str:
    """The name at the start of an item ("张三　3年级1班 (应结对)" → "张三")."""
    return re.split(r"[\s\u3000(（]", text.strip(), maxsplit=1)[0]


class PinyinTypeAhead(QObject):
    def __init__(self, view: QComboBox | QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.typed = ""
        self.clock = QElapsedTimer()
        view.installEventFilter(self)

    def names(self) -> list[str]:
        view = self.view
        if isinstance(view, QComboBox):
            return [_name(view.itemText(i)) for i in range(view.count())]
        model = view.model()
        return [_name(str(model.index(i, 0).data() or "")) for i in range(model.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            letter = event.text().lower()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if plain and len(letter) == 1 and "a" <= letter <= "z":
                self.type(letter)
                return True
        return super().eventFilter(watched, event)

    def type(self, letter: str) -> None:
        if not self.clock.isValid() or self.clock.elapsed() > PAUSE_MS:
            self.typed = ""
        self.clock.restart()
        self.typed += letter
        for index, name in enumerate(self.names()):
            if name and pinyin.is_spelling(self.typed) and pinyin.matches(name, self.typed):
                self._go(index)
                return

    def _go(self, index: int) -> None:
        view = self.view
        if isinstance(view, QComboBox):
            view.setCurrentIndex(index)
        else:
            view.setCurrentIndex(view.model().index(index, 0))


def type_ahead(*views: QWidget) -> None:
    """Pinyin type-ahead on each picker."""
    for view in views:
        if isinstance(view, (QComboBox, QAbstractItemView)):
            PinyinTypeAhead(view)
