"""The date inputs: DateEditor (a catalogue field, may be empty) and DayPicker (a date
that always holds a day), with the same ±1 day keys."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from fupin_desktop.errors import ValidationError
from fupin_desktop.validation import clean_date
from ui.fields.editor import MIN_INPUT_WIDTH, FieldEditor

# ±1 day on every date input (DateEditor, DayPicker): up is later, down is earlier.
DAY_KEYS = {Qt.Key.Key_Up: 1, Qt.Key.Key_PageUp: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageDown: -1}


def day_keys_tip() -> str:
    return QCoreApplication.translate(
        "DateEditor", "Up or Page Up: one day later. Down or Page Down: one day earlier."
    )


class _DayLineEdit(QLineEdit):
    """The date's line edit: the ±1 day keys become a step, the rest is typing."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        days = DAY_KEYS.get(event.key())
        if days is not None and not event.modifiers():
            self.step.emit(days)
            return
        super().keyPressEvent(event)


class DateEditor(FieldEditor):
    """A date typed as schools write it (2015-03-02, 2015.3.2, 20150302, 2015年3月2日) or
    picked from a calendar; empty is just an empty box.

    A QDateEdit cannot be empty without a sentinel date, and with one, typing after the
    blank text loses the first digit, and a typed '-' skips a section (2015-03-02 became
    2015-05-03 when tried here); teachers type dates, so a line edit it is."""

    def _build_input(self) -> QLineEdit:
        edit = _DayLineEdit(self)
        edit.setMaxLength(20)
        edit.setPlaceholderText(self.tr("e.g. 2015-09-01"))
        edit.setFixedWidth(max(MIN_INPUT_WIDTH, edit.fontMetrics().horizontalAdvance("0") * 16))
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(self._on_finished)
        edit.step.connect(self.step_day)
        edit.setToolTip(day_keys_tip())
        return edit

    def step_day(self, days: int) -> None:
        """One day later or earlier (an empty or unreadable box starts from today)."""
        value = self.value()
        day = value + dt.timedelta(days=days) if isinstance(value, dt.date) else dt.date.today()
        self.set_value(day)
        self.changed.emit()

    def _extra_widgets(self) -> list[QWidget]:
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_picked)
        self.calendar.activated.connect(self._on_picked)
        self.calendar_menu = QMenu(self)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        self.calendar_menu.aboutToShow.connect(self._on_calendar_shown)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        # Popped up by hand: a tool button's own menu arrow is drawn over its text.
        self.calendar_button.clicked.connect(self._show_calendar)
        return [self.calendar_button]

    def _show_calendar(self) -> None:
        button = self.calendar_button
        self.calendar_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    @property
    def line_edit(self) -> QLineEdit:
        assert isinstance(self._input, QLineEdit)
        return self._input

    def value(self) -> dt.date | str | None:
        """A date when the text reads as one; otherwise the text, so that clean_value
        can say what is wrong with it."""
        text = self.line_edit.text().strip()
        if not text:
            return None
        try:
            return clean_date(text)
        except ValidationError:
            return text

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            self.line_edit.setText(value.isoformat())
        else:
            self.line_edit.setText("" if value is None else str(value))

    def _on_finished(self) -> None:
        # Show every date the same way once it is understood.
        value = self.value()
        if isinstance(value, dt.date) and self.line_edit.text() != value.isoformat():
            self.line_edit.setText(value.isoformat())
        self._finished()

    def _on_calendar_shown(self) -> None:
        value = self.value()
        date = value if isinstance(value, dt.date) else dt.date.today()
        qdate = QDate(date.year, date.month, date.day)
        self.calendar.setSelectedDate(qdate)
        self.calendar.setCurrentPage(date.year, date.month)

    def _on_picked(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.calendar_menu.hide()
        self._finished()


class DayPicker(QDateEdit):
    """A date that always holds a day (a period's ends, the day of a meal register), with
    the calendar and the same ±1 day keys as DateEditor."""

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_day(day or dt.date.today())
        self.setToolTip(day_keys_tip())

    def day(self) -> dt.date:
        value = self.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_day(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = DAY_KEYS.get(event.key())
        if step is not None and not event.modifiers():
            self.setDate(self.date().addDays(step))
            return
        super().keyPressEvent(event)
