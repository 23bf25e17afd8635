"""A student's status history (poverty status, enrolment, category flags) as a timeline,
and the small dialog that records a dated change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import tr
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.choices import STATUS_KIND
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.schema.needs import KEEPS_UNTIL
from ui.fields.editor import ERROR_COLOUR, FieldEditor
from ui.fields.kinds import make_editor

# Editors for the dialog's own inputs. Their labels are never shown (the dialog writes
# its own, through self.tr), so they need no translation.
_KIND_FIELD = Field("kind", "", Kind.CHOICE, required=True, choices=STATUS_KIND)
_DATE_FIELD = Field("start_date", "", Kind.DATE, required=True)
_NOTE_FIELD = Field("note", "", max_length=200, width=24)


def history_value_label(kind: str, value: str) -> str:
    """How a stored history value reads: a choice label, or Yes/No for a flag."""
    try:
        field = STUDENT[kind]
    except KeyError:
        return value
    if field.kind is Kind.BOOL:
        return field.display(value == "true")
    return field.display(value)


def stored_history_value(kind: str, value: Any) -> str:
    """The text add_history_entry keeps: "true"/"false" for flags, else the code."""
    if STUDENT[kind].kind is Kind.BOOL:
        return "true" if value else "false"
    return "" if value is None else str(value)


class HistoryTimeline(QWidget):
    """Newest first: kind, value, from, to (empty "to" means it still holds)."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Value"), self.tr("From"), self.tr("To")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Record a status change…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self._entries: list[dict[str, Any]] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_can_add(self, can_add: bool) -> None:
        """A new student has no history yet: it starts when the file is first saved."""
        self.add_button.setEnabled(can_add)
        self.note.setText("" if can_add else self.tr("Save the student first."))

    def set_entries(self, entries: Sequence[Mapping[str, Any]]) -> None:
        # Newest first: by date, and on the same date the later entry first (get_file
        # gives them in the order they were made).
        self._entries = [dict(entry) for entry in entries]
        ordered = [
            entry
            for _, entry in sorted(
                enumerate(entries),
                key=lambda pair: (_sort_date(pair[1].get("start_date")), pair[0]),
                reverse=True,
            )
        ]
        self.table.setRowCount(len(ordered))
        for row, entry in enumerate(ordered):
            cells = (
                STATUS_KIND.label(entry["kind"]),
                history_value_label(entry["kind"], entry["value"]) + _keeps_until(entry, entries),
                _date_text(entry.get("start_date")),
                _date_text(entry.get("end_date")) or self.tr("(still)"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.get("note"):
                    item.setToolTip(str(entry["note"]))
                self.table.setItem(row, column, item)

    def entries(self) -> list[dict[str, Any]]:
        """The entries shown, as get_file gave them."""
        return [dict(entry) for entry in self._entries]

    def row_texts(self, row: int) -> list[str]:
        return [self._text(row, column) for column in range(self.table.columnCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def _keeps_until(entry: Mapping[str, Any], entries: Sequence[Mapping[str, Any]]) -> str:
    """「继续享受至小学毕业（2027-08-31）」 after a status that keeps the aid to the end of
    the stage the child was in when it began (schema.needs)."""
    until = entry.get("aid_until")
    if not until:
        return ""
    start = _sort_date(entry.get("start_date"))
    stages = [
        e for e in entries if e["kind"] == "stage" and _sort_date(e.get("start_date")) <= start
    ]
    stage = stages[-1]["value"] if stages else ""
    text = tr(KEEPS_UNTIL.get(stage, KEEPS_UNTIL["higher"]))
    return f"（{text}，{_date_text(until)}）"


def _sort_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.min


def open_entry(entries: Sequence[Mapping[str, Any]], kind: str) -> Mapping[str, Any] | None:
    """The entry of this kind that still holds (no end date), if any."""
    current = [e for e in entries if e["kind"] == kind and e.get("end_date") is None]
    return max(current, key=lambda e: _sort_date(e.get("start_date")), default=None)


def _date_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


class StatusChangeDialog(QDialog):
    """Which status, its new value, from which date. The value's editor is the student
    field's own editor, so choices and flags look as they do in the file.

    `history` is the student's entries so far: a change dated before the value it
    replaces began would close that entry before it started, so it is refused here."""

    def __init__(
        self, history: Sequence[Mapping[str, Any]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.history = list(history)
        self.setWindowTitle(self.tr("Record a status change"))
        self.result_values: tuple[str, str, dt.date, str] | None = None
        self.kind_editor = make_editor(_KIND_FIELD, self)
        self.date_editor = make_editor(_DATE_FIELD, self)
        self.date_editor.set_value(dt.date.today())
        self.note_editor = make_editor(_NOTE_FIELD, self)
        self.value_editor: FieldEditor | None = None
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.addRow(self.tr("Status") + " *", self.kind_editor)
        self._value_label = QLabel(self.tr("New value") + " *", self)
        self._value_holder = QVBoxLayout()
        self._value_holder.setContentsMargins(0, 0, 0, 0)
        self._form.addRow(self._value_label, self._value_holder)
        self._form.addRow(self.tr("From") + " *", self.date_editor)
        self._form.addRow(self.tr("Note"), self.note_editor)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.kind_editor.changed.connect(self._on_kind_changed)
        self.setMinimumWidth(420)

    def set_kind(self, kind: str, current: Any = None) -> None:
        self.kind_editor.set_value(kind)
        if self.value_editor is not None and current is not None:
            self.value_editor.set_value(current)

    def _on_kind_changed(self) -> None:
        """Swap in the editor of the chosen student field."""
        if self.value_editor is not None:
            self._value_holder.removeWidget(self.value_editor)
            self.value_editor.deleteLater()
            self.value_editor = None
        kind = self.kind_editor.value()
        if not kind:
            return
        self.value_editor = make_editor(STUDENT[kind], self)
        self._value_holder.addWidget(self.value_editor)

    def accept(self) -> None:
        kind = self.kind_editor.value()
        self.kind_editor.set_error(None if kind else self.tr("Choose which status changed."))
        date = self._clean(self.date_editor, self.tr("Enter the date of the change."))
        value = self._clean(self.value_editor, self.tr("Choose the new value."))
        note = self._clean(self.note_editor, None)
        if not kind or not isinstance(date, dt.date) or self.value_editor is None:
            return
        if STUDENT[kind].kind is not Kind.BOOL and value in (None, ""):
            return
        if not self._after_current(kind, date):
            return
        self.result_values = (kind, stored_history_value(kind, value), date, note or "")
        super().accept()

    def _after_current(self, kind: str, date: dt.date) -> bool:
        current = open_entry(self.history, kind)
        began = current.get("start_date") if current else None
        if date > dt.date.today():
            text = self.tr("A change cannot be dated in the future: record it on its day.")
            self.date_editor.set_error(text)
            return False
        if isinstance(began, dt.date) and date < began:
            text = self.tr("The current value holds since {date}; the change cannot be earlier.")
            self.date_editor.set_error(text.format(date=began.isoformat()))
            return False
        return True

    def _clean(self, editor: FieldEditor | None, empty_message: str | None) -> Any:
        """The clean value, or None with the reason shown beside the editor."""
        if editor is None:
            return None
        try:
            value = clean_value(editor.field, editor.value())
        except ValidationError as exc:
            editor.set_error(empty_message if editor.value() in (None, "") else exc.message)
            return None
        missing = value in (None, "") and empty_message is not None
        editor.set_error(empty_message if missing else None)
        return value
