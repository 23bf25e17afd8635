"""Pieces the care pages share: the school in view, a teacher picker, a period bar and a
small form dialog over a catalogue with a teacher (or student) chosen beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.care import PAIRING
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.fields import Field
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.care import teachers
from fupin_desktop.services.context import Result
from ui.aid.table import Column, field_column
from ui.fields.dates import DayPicker
from ui.fields.form import FieldForm
from ui.operations import op
from ui.pick import type_ahead
from ui.screen import fit
from ui.session import school_scope

# What a catalogue dialog's OK runs: the service call, built from the form's values.
Save = Callable[[dict[str, Any]], Callable[[], Result[Any]]]


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def pairing_field_columns() -> list[Column]:
    """A pairing's kind, dates and why it ended, as the catalogue (PAIRING) words them:
    the columns of every list of pairings."""
    keys = ("kind", "start_date", "end_date", "end_reason")
    return [field_column(PAIRING[key], lambda p, key=key: getattr(p, key)) for key in keys]


class TeacherCombo(QComboBox):
    """Active teachers of the school in view; data is the teacher id."""

    def __init__(self, parent: QWidget | None = None, *, blank: str = "") -> None:
        super().__init__(parent)
        self._blank = blank
        self.reload()
        type_ahead(self)

    def reload(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self._blank:
            self.addItem(self._blank, None)
        for teacher_id, name in teachers.teacher_choices(school_scope()):
            self.addItem(name, teacher_id)
        index = self.findData(current)
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)

    def teacher_id(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_teacher(self, teacher_id: str | None) -> None:
        index = self.findData(teacher_id)
        if index >= 0:
            self.setCurrentIndex(index)


class PeriodBar(QWidget):
    """This month, this term, this school year, or any dates."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("This term"), "term")
        self.kind.addItem(self.tr("This month"), "month")
        self.kind.addItem(self.tr("This school year"), "year")
        self.kind.addItem(self.tr("Dates"), "range")
        self.start = DayPicker(self.today, self)
        self.end = DayPicker(self.today, self)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:"), self))
        layout.addWidget(self.kind)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.end)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        today = self.today
        if kind == "range":
            self.changed.emit()
            return
        if kind == "month":
            start, end = today.replace(day=1), today
        elif kind == "year":
            start, end = school_calendar().school_year_start(today), today
        else:
            term = school_calendar().term_so_far(today)
            start, end = term.start, term.end
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.changed.emit()

    def _dates_edited(self) -> None:
        index = self.kind.findData("range")
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(False)
        self.changed.emit()

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = pydate(self.start.date()), pydate(self.end.date())
        return (start, end) if start <= end else (end, start)


class CatalogueDialog(QDialog):
    """A record of a catalogue in a form (scrolling if long), with optional extra rows
    above it (a teacher picker). OK runs the service call `save(values)` returns, as an
    operation (ui.operations): the dialog closes once it is done; a refusal is shown and
    the dialog stays open."""

    def __init__(
        self,
        title: str,
        fields: Iterable[Field],
        values: Mapping[str, Any] | None,
        save: Save,
        parent: QWidget | None = None,
        *,
        extra: Iterable[tuple[str, QWidget]] = (),
        phrases: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.form = FieldForm(list(fields), self)
        if phrases:
            # Ready phrases on the free-text fields of this catalogue (ui/phrases.py).
            from ui.phrases import attach_phrases

            attach_phrases(self.form, phrases)
        if values:
            self.form.set_values(values)
        top = QFormLayout()
        for label, widget in extra:
            widget.setParent(self)
            top.addRow(label, widget)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit(self, 620, 140 + 46 * len(self.form.fields))

    def accept(self) -> None:
        raw = self.form.values()
        catalogue_errors = clean_record_errors(self.form.fields, raw)
        shown = self.form.show_errors(catalogue_errors)
        if shown:
            self.form.editor(shown[0]).focus_input()
            return
        op(self, self._save(raw)).success(self._saved).failure(self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        """A refusal about one field of the form (a date in the future) is said beside
        it, like the catalogue's own checks; any other in a message."""
        from fupin_desktop.errors import ValidationError
        from ui.errors import show_error

        field = getattr(error, "field", "") if isinstance(error, ValidationError) else ""
        if field and self.form.show_errors({field: error.message}):
            self.form.editor(field).focus_input()
            return
        show_error(self, error)

    def _saved(self, _: object) -> None:
        super().accept()


def clean_record_errors(fields: list[Field], raw: dict[str, Any]) -> dict[str, str]:
    from fupin_desktop.schema.fields import Catalogue

    _, errors = clean_record(Catalogue("form", tuple(fields)), raw)
    return errors
