"""The student list's model: row ids come from one SQL query (search, filter and sort are
done there); the rows themselves are fetched in pages as the view shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.fields import Field
from fupin_desktop.services.context import Actor
from fupin_desktop.services.students import listing

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCHOOL_KEY = "school"


class StudentTableModel(QAbstractTableModel):
    def __init__(self, actor: Actor, *, show_school: bool = False) -> None:
        super().__init__()
        self.actor = actor
        self.fields: list[Field] = STUDENT.table_fields()
        self.show_school = show_school
        self.query = listing.StudentQuery()
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}

    # Column constants: the school column (township mode) comes first.
    def column_key(self, column: int) -> str:
        if self.show_school:
            if column == 0:
                return SCHOOL_KEY
            column -= 1
        return self.fields[column].key

    def set_show_school(self, show: bool) -> None:
        self.beginResetModel()
        self.show_school = show
        self.endResetModel()

    def reload(self, query: listing.StudentQuery | None = None) -> None:
        if query is not None:
            self.query = query
        ids = listing.list_ids(self.actor, self.query)
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self.endResetModel()

    def student_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, student_id: str) -> int:
        try:
            return self._ids.index(student_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + (1 if self.show_school else 0)

    def _row(self, row: int) -> dict[str, Any]:
        student_id = self._ids[row]
        cached = self._rows.get(student_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(listing.fetch_rows(self.actor, page))
            cached = self._rows.get(student_id, {})
        return cached

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        key = self.column_key(index.column())
        if key == SCHOOL_KEY:
            return row.get("school_name", "")
        return STUDENT[key].display(row.get(key))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.column_key(section)
        if key == SCHOOL_KEY:
            return self.tr("School")
        return STUDENT[key].title

    def column_width_chars(self, column: int) -> int:
        key = self.column_key(column)
        return 14 if key == SCHOOL_KEY else STUDENT[key].width

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.query.sort = self.column_key(column)
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
