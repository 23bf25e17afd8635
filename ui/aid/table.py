"""A table over a list of plain rows (the aid services' dataclasses): columns say how a
row reads, sorting is a Python sort on the rows (no proxy model: a proxy asks data() for
every comparison and is slow beyond a few thousand rows)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from fupin_desktop.schema.fields import Field, Kind

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str  # translated
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # default: the text
    numeric: bool = False  # right-aligned (amounts, counts)
    chars: int = 8  # width in Chinese characters
    background: Callable[[Any], QColor | None] | None = None


def field_chars(field: Field) -> int:
    """A catalogue width (Latin characters, as in Excel) as a column's width in Chinese
    characters, which are about two Latin ones wide."""
    return max(3, field.width // 2 + 1)


def field_column(field: Field, value: Callable[[Any], Any], **options: Any) -> Column:
    """A column that shows a catalogue field: its title and width come from the
    catalogue (one wording per field), the text from the field's display unless
    `text` says otherwise. Numbers and amounts sort by value and align right."""
    if field.kind in (Kind.INT, Kind.MONEY):
        options.setdefault("sort_key", value)
        options.setdefault("numeric", True)
    options.setdefault("text", lambda row: field.display(value(row)))
    options.setdefault("chars", field_chars(field))
    return Column(field.title, **options)


def _safe_key(value: Any) -> tuple[bool, Any]:
    # None sorts last and never meets an int in a comparison.
    return (value is None, value if value is not None else 0)


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Rows drawn bold (a total line).
        self.is_bold: Callable[[Any], bool] = lambda _row: False

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == Qt.ItemDataRole.FontRole and self.is_bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return int(_RIGHT)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self._rows.sort(
            key=lambda row: _safe_key(key(row)), reverse=order == Qt.SortOrder.DescendingOrder
        )


def make_table(model: RowTableModel, parent: QWidget, *, sortable: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    # No sort until a person clicks a header: rows keep the services' order. The
    # indicator is cleared first, or enabling sorting sorts by the first column at once.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    fit_columns(view, model)
    return view


def fit_columns(view: QTableView, model: RowTableModel) -> None:
    """Widths from the columns' character counts, never narrower than the header."""
    metrics = view.fontMetrics()
    han = metrics.horizontalAdvance("汉")
    for index, column in enumerate(model.columns):
        header = metrics.horizontalAdvance(column.title) + 28
        view.setColumnWidth(index, max(han * column.chars + 16, header))


def selected_row(view: QTableView) -> Any:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        return None
    return view.model().data(index, ROW_ROLE)


def fit_to_contents(view: QTableView, max_rows: int = 8) -> None:
    """Small tables (totals): columns as wide as their text, and as tall as their rows
    up to `max_rows` (then they scroll), so the big table above keeps the room."""
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    rows = view.model().rowCount()
    width = sum(header.sectionSize(i) for i in range(header.count()))
    if rows > max_rows:
        width += view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(width + 2 * view.frameWidth() + 2)
    height = header.height() + 2 * view.frameWidth()
    height += view.verticalHeader().defaultSectionSize() * max(1, min(rows, max_rows))
    view.setFixedHeight(height + 2)
