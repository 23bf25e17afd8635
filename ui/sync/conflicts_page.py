"""The conflicts view: records changed on both sides at once. Each shows both versions
field by field, the differing fields marked; a person keeps either one, which becomes a
new edit that travels with the next package."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.format import local_time
from fupin_desktop.services.context import Changes
from fupin_desktop.sync import conflicts
from ui.bus import bus
from ui.operations import op
from ui.session import session

DIFFERS = "#fbe5c8"


class ConflictsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[conflicts.ConflictRow] = []
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts too"))
        self.show_resolved.toggled.connect(self.reload)
        self.list = QTableWidget(0, 4)
        self.list.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Record"), self.tr("Logged at"), self.tr("State")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Version in the ledger"), self.tr("Other version")]
        )
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_winner = QPushButton(self.tr("Keep the version in the ledger"))
        self.keep_loser = QPushButton(self.tr("Keep the other version"))
        self.keep_winner.clicked.connect(lambda: self.keep(conflicts.KEEP_WINNER))
        self.keep_loser.clicked.connect(lambda: self.keep(conflicts.KEEP_LOSER))
        self.hint = QLabel(
            self.tr(
                "The same record was changed at the school and at the township before either "
                "heard of the other. The program kept one version; the other is here. Keep "
                "either: your choice is sent with the next package."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_winner)
        buttons.addWidget(self.keep_loser)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.fields)
        detail_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.show_resolved)
        layout.addWidget(splitter)
        bus().changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.affects("conflict_log"):
            self.reload()

    def reload(self) -> None:
        actor = session().actor
        self.rows = conflicts.list_conflicts(actor, include_resolved=self.show_resolved.isChecked())
        self.list.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state = self.tr("Resolved") if row.resolved else self.tr("Waiting for review")
            values = [row.table_title, row.summary, local_time(row.logged_at), state]
            for c, value in enumerate(values):
                self.list.setItem(r, c, QTableWidgetItem(value))
        self.fields.setRowCount(0)
        self._enable(False)
        if self.rows:
            self.list.selectRow(0)

    def _enable(self, on: bool) -> None:
        self.keep_winner.setEnabled(on)
        self.keep_loser.setEnabled(on)

    def selected(self) -> conflicts.ConflictRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.fields.setRowCount(0)
            self._enable(False)
            return
        # The fields that differ first: they are what the person has to decide on.
        diffs = sorted(conflicts.compare(session().actor, row.id), key=lambda d: not d.differs)
        self.fields.setRowCount(len(diffs))
        brush = QBrush(QColor(DIFFERS))
        for r, diff in enumerate(diffs):
            for c, value in enumerate((diff.title, diff.winner, diff.loser)):
                item = QTableWidgetItem(value)
                if diff.differs:
                    item.setBackground(brush)
                self.fields.setItem(r, c, item)
        self._enable(not row.resolved)

    def keep(self, which: str) -> None:
        row = self.selected()
        if row is None:
            return
        op(self, partial(conflicts.resolve, session().actor, row.id, which)).run_in_background()
