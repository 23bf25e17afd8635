"""The rows of a catalogue belonging to one record (family members, guardians)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.fields import Catalogue, Field
from ui.fields.editor import ERROR_COLOUR, raw_record
from ui.fields.form import RecordDialog, field_label_text


class RowsEditor(QWidget):
    """The rows of a catalogue belonging to one record (family members, guardians): a
    table with add, edit and remove; each row is edited in a RecordDialog.

    `set_rows` takes stored rows (as get_file reads them); `rows()` gives raw rows (as
    validate_file and save_file take them), each with its "id" so saved rows keep their
    identity."""

    changed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        row_title: str,
        parent: QWidget | None = None,
        *,
        dialog_factory: Callable[..., RecordDialog] = RecordDialog,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.row_title = row_title
        self._dialog_factory = dialog_factory
        self._rows: list[dict[str, Any]] = []
        self._row_errors: dict[int, dict[str, str]] = {}
        self._dialog: RecordDialog | None = None  # kept: Qt must not outlive Python here
        self.table = self._build_table()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.catalogue.fields), self)
        table.setHorizontalHeaderLabels([field_label_text(f) for f in self.catalogue.fields])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        for column, field in enumerate(self.catalogue.fields):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # 1.1: the guardian table (77 characters of widths) fits an 860-pixel dialog.
            # Never narrower than the header's words (docs/architecture.md, "Screens").
            title = table.fontMetrics().horizontalAdvance(field_label_text(field)) + 16
            table.setColumnWidth(column, max(60, title, int(char * field.width * 1.1)))
        table.itemSelectionChanged.connect(self._update_buttons)
        table.cellDoubleClicked.connect(lambda row, _column: self.edit_row(row))
        return table

    # -- data ---------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._rows = [raw_record(self.catalogue, row) for row in rows]
        self._row_errors = {}
        self._refresh()

    def show_errors(self, errors: Mapping[str, str]) -> list[int]:
        """Errors keyed "row.key" (as validate_file gives them, prefix removed): cells
        in red with the message as tooltip, and a line per row below the table."""
        self._row_errors = {}
        for compound, message in errors.items():
            index_text, _, key = compound.partition(".")
            if index_text.isdigit():
                self._row_errors.setdefault(int(index_text), {})[key] = message
        self._refresh()
        return sorted(self._row_errors)

    # -- actions ------------------------------------------------------------------------
    def add_row(self) -> None:
        values = self._run_dialog({})
        if values is not None:
            self._rows.append(values)
            self._after_edit(len(self._rows) - 1)

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.edit_row(row)

    def edit_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        values = self._run_dialog(self._rows[row], self._row_errors.get(row, {}))
        if values is not None:
            values["id"] = self._rows[row].get("id")
            self._rows[row] = values
            self._row_errors.pop(row, None)
            self._after_edit(row)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            # Error positions after the removed row move up by one.
            self._row_errors = {
                (i if i < row else i - 1): e for i, e in self._row_errors.items() if i != row
            }
            self._refresh()
            self.changed.emit()

    def _run_dialog(
        self, values: Mapping[str, Any], errors: Mapping[str, str] | None = None
    ) -> dict[str, Any] | None:
        self._dialog = self._dialog_factory(self.catalogue, self.row_title, values, self)
        if errors:
            self._dialog.form.show_errors(errors)
        try:
            if self._dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dict(self._dialog.raw_values)
        finally:
            self._dialog.deleteLater()
            self._dialog = None

    def _after_edit(self, row: int) -> None:
        self._refresh()
        self.table.selectRow(row)
        self.changed.emit()

    # -- drawing ------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.table.setRowCount(len(self._rows))
        for row, values in enumerate(self._rows):
            errors = self._row_errors.get(row, {})
            for column, field in enumerate(self.catalogue.fields):
                self.table.setItem(row, column, self._cell(field, values.get(field.key), errors))
        self._show_error_summary()
        self._update_buttons()

    def _cell(self, field: Field, raw: Any, errors: Mapping[str, str]) -> QTableWidgetItem:
        try:
            text = field.display(clean_value(field, raw))
        except ValidationError:
            # Shown as it is; the save says what is wrong with it.
            text = "" if raw is None else str(raw)
        item = QTableWidgetItem(text)
        if field.key in errors:
            item.setForeground(QColor(ERROR_COLOUR))
            item.setBackground(QColor("#fdecea"))
            item.setToolTip(errors[field.key])
        return item

    def _show_error_summary(self) -> None:
        lines = []
        for row in sorted(self._row_errors):
            for key, message in self._row_errors[row].items():
                try:
                    field = self.catalogue[key]
                except KeyError:
                    continue
                text = self.tr("Row {row}, {field}: {message}")
                lines.append(text.format(row=row + 1, field=field.title, message=message))
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        has_row = 0 <= self.table.currentRow() < len(self._rows)
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
