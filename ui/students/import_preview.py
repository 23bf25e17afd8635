"""The roster import's preview: each row of the file with its status (coloured), its Excel
row, a few fields and the notes, as a table model for RosterImportDialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from fupin_desktop.services.students import roster_import as roster

# Columns of the preview besides status, row and notes: what a person recognises a row by.
PREVIEW_KEYS = ("name", "id_number", "sex", "grade", "class_name", "guardian.name")

# Status colours: light backgrounds that keep black text readable.
COLOURS = {
    "new": "#d8f0d8",
    "update": "#d6e9f8",
    "same": "#ececec",
    roster.INVALID: "#f6d5d5",
    roster.DUPLICATE: "#fbe5c8",
}
Index = QModelIndex | QPersistentModelIndex


def _kind(row: roster.PreviewRow) -> str:
    if row.status == roster.EXISTING:
        return "update" if row.changes else "same"
    return row.status


class PreviewModel(QAbstractTableModel):
    """The preview's rows: status (coloured), Excel row, a few fields, and the notes (why a
    row is invalid, which student it matches, what would change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[roster.PreviewRow] = []
        self._table: roster.RosterTable | None = None
        self._columns: dict[str, int] = {}
        self._cells: dict[int, roster.RosterRow] = {}

    def set_preview(
        self, table: roster.RosterTable | None, rows: list[roster.PreviewRow], mapping: dict
    ) -> None:
        self.beginResetModel()
        self._table = table
        self._rows = rows
        self._columns = {target: column for column, target in mapping.items()}
        self._cells = {r.number: r for r in table.rows} if table is not None else {}
        self.endResetModel()

    def row_at(self, row: int) -> roster.PreviewRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_KEYS) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Status")
        if section == 1:
            return self.tr("Row")
        if section == len(PREVIEW_KEYS) + 2:
            return self.tr("Notes")
        return roster.target_title(PREVIEW_KEYS[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QBrush(QColor(COLOURS[_kind(row)]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def status_text(self, row: roster.PreviewRow) -> str:
        kind = _kind(row)
        if kind == "new":
            return self.tr("New")
        if kind == "update":
            return self.tr("Update")
        if kind == "same":
            return self.tr("Unchanged")
        if kind == roster.DUPLICATE:
            return self.tr("Repeated")
        return self.tr("Invalid")

    def _text(self, row: roster.PreviewRow, column: int) -> str:
        if column == 0:
            return self.status_text(row)
        if column == 1:
            return str(row.number)
        if column == len(PREVIEW_KEYS) + 2:
            return self._notes(row)
        return self._value(row, PREVIEW_KEYS[column - 2])

    def _value(self, row: roster.PreviewRow, target: str) -> str:
        """The cleaned value when there is one (ID in capitals, sex from the ID), else
        what the file holds."""
        field = roster.target_field(target)
        if target.startswith(roster.GUARDIAN_PREFIX):
            key = target[len(roster.GUARDIAN_PREFIX) :]
            if row.guardian is not None and row.guardian.get(key) not in (None, ""):
                return field.display(row.guardian[key])
        elif row.values.get(target) not in (None, ""):
            return field.display(row.values[target])
        column = self._columns.get(target)
        source = self._cells.get(row.number)
        if column is None or source is None or column >= len(source.cells):
            return ""
        return roster.cell_text(source.cells[column])

    def _notes(self, row: roster.PreviewRow) -> str:
        if row.errors:
            return row.reasons
        if row.status == roster.EXISTING:
            if not row.changes:
                return self.tr("Matches {student}; nothing to change.").format(student=row.match)
            changed = ", ".join(roster.target_title(key) for key in row.changes)
            return self.tr("Matches {student}; changes: {fields}").format(
                student=row.match, fields=changed
            )
        return ""

    def _tooltip(self, row: roster.PreviewRow, column: int) -> str | None:
        if not row.errors:
            return None
        if column in (0, 1, len(PREVIEW_KEYS) + 2):
            return "\n".join(row.describe())
        target = PREVIEW_KEYS[column - 2]
        wanted = self._columns.get(target, -1)
        messages = [e.message for e in row.errors if e.column == wanted and wanted >= 0]
        return "\n".join(messages) or None
