"""Finding a visit, diary entry or family call again: the list of care records with
filters (kind, teacher, child, period), opened for correction with a double-click or
Enter, deleted (a tombstone) after a confirmation naming the child and the date."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.i18n import tr
from fupin_desktop.services.care import records as care_records
from fupin_desktop.services.care.records import KIND_TITLES, CareRecord, RecordQuery
from fupin_desktop.services.context import Actor, Changes
from ui.bus import ReloadsWhenShown, bus
from ui.care.common import PeriodBar, TeacherCombo
from ui.care.records import edit_dialog
from ui.empty import EmptyHint
from ui.errors import show_error
from ui.operations import op
from ui.session import school_scope, session

PAGE = 200
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

# Column constants.
DATE, KIND, STUDENT, CLASS, TEACHER, SUMMARY = range(6)
WIDTHS = {DATE: 7, KIND: 5, STUDENT: 5, CLASS: 5, TEACHER: 5, SUMMARY: 30}
RELEVANT = ("visit", "diary_entry", "family_call", "student", "teacher", "pairing")


class RecordsTableModel(QAbstractTableModel):
    """Rows come from SQL a page at a time (filter and order are done there)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.query = RecordQuery()
        self.total = 0
        self._rows: list[CareRecord] = []

    def reload(self, query: RecordQuery | None = None) -> None:
        if query is not None:
            self.query = query
        self.beginResetModel()
        self.total = care_records.count_records(self.actor, self.query)
        self._rows = care_records.list_records(self.actor, self.query, limit=PAGE)
        self.endResetModel()

    def record(self, row: int) -> CareRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = care_records.list_records(self.actor, self.query, offset=len(self._rows), limit=PAGE)
        if not more:
            self.total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(WIDTHS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == DATE:
            return record.day.isoformat()
        if column == KIND:
            return tr(KIND_TITLES[record.kind])
        if column == STUDENT:
            return record.student_name
        if column == CLASS:
            return record.class_label
        if column == TEACHER:
            return record.teacher_name
        return record.summary

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DATE: self.tr("Date"),
            KIND: self.tr("Kind"),
            STUDENT: self.tr("Student"),
            CLASS: self.tr("Class"),
            TEACHER: self.tr("Teacher"),
            SUMMARY: self.tr("Summary"),
        }.get(section)


class RecordsPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None, *, actor: Actor | None = None) -> None:
        super().__init__(parent)
        self.actor = actor or session().actor
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in care_records.KINDS:
            self.kind.addItem(tr(KIND_TITLES[kind]), kind)
        self.teacher = TeacherCombo(self, blank=self.tr("All teachers"))
        if self.actor.teacher_id:
            self.teacher.set_teacher(self.actor.teacher_id)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Child's name or pinyin"))
        self.search.setClearButtonEnabled(True)
        self.period = PeriodBar(self)
        self.period.kind.setCurrentIndex(self.period.kind.findData("year"))
        self.count = QLabel(self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)

        self.model = RecordsTableModel(self.actor, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        em = self.view.fontMetrics().horizontalAdvance("中")
        for column, chars in WIDTHS.items():
            self.view.setColumnWidth(column, (chars + 1) * em)
        self.view.horizontalHeader().setSectionResizeMode(SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)

        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "No visits, diary entries or family calls in this period. Visits are "
                "recorded under Teachers and pairings: choose a teacher, then Record visits…; "
                "diary entries and calls under Left-behind children."
            ),
            filtered=lambda: bool(
                self.search.text().strip() or self.kind.currentData() or self.teacher.teacher_id()
            ),
            filtered_text=self.tr("Nothing matches the search or the filters in this period."),
        )

        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.teacher)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self.reload)
        self.teacher.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.period.changed.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        bus().changed.connect(self._on_changed)
        # Loaded when first shown: a hidden tab costs nothing at start-up.
        self._stale = True

    def current_query(self) -> RecordQuery:
        start, end = self.period.period()
        return RecordQuery(
            kind=self.kind.currentData(),
            teacher_id=self.teacher.teacher_id(),
            search=self.search.text(),
            date_from=start,
            date_to=end,
            school_id=school_scope(),
        )

    def reload(self) -> None:
        self.model.reload(self.current_query())
        self.count.setText(self.tr("{count} records").format(count=self.model.total))
        self._update_buttons()

    def selected(self) -> CareRecord | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.record(index.row())

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def open_current(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            dialog = edit_dialog(self.actor, record.kind, record.id, record.student_id, self)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.exec()
        dialog.deleteLater()

    def delete_current(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = self.tr("Delete the {kind} of {name} on {date}?").format(
            kind=tr(KIND_TITLES[record.kind]), name=record.student_name, date=record.day.isoformat()
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        call = partial(care_records.tombstone, self.actor, record.kind, record.id)
        op(self, call).run_in_background()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects("teacher"):
            self.teacher.reload()
        self.reload_if(changes, *RELEVANT)
