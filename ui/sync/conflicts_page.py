"""The conflicts view: records changed on both sides at once. Each shows both versions
field by field (the fields a person fills in), the differing fields marked, headed by
the place each version comes from (本校 / 乡镇中心学校, or the sending school's name) with
who changed it and when; a person keeps either one, which becomes a new edit that
travels with the next package, and the page says which was kept ("已保留：…")."""

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

from fupin_desktop.errors import PermissionDenied
from fupin_desktop.schema.format import local_time
from fupin_desktop.services.context import Changes
from fupin_desktop.sync import conflicts
from ui.bus import bus
from ui.empty import EmptyHint
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
            [self.tr("Kind"), self.tr("Record"), self.tr("Found at"), self.tr("State")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.empty_hint = EmptyHint(
            self.list,
            self.tr(
                "No conflicts to decide. When a package brings a record that was changed "
                "here too, both versions are shown here for you to choose."
            ),
        )
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), "", ""])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_here = QPushButton()
        self.keep_there = QPushButton()
        self.keep_here.clicked.connect(lambda: self.keep(here=True))
        self.keep_there.clicked.connect(lambda: self.keep(here=False))
        self.hint = QLabel(
            self.tr(
                "The same record was changed at the school and at the township before either "
                "heard of the other. Both versions are here, the fields that differ marked. "
                "Keep either: your choice is sent with the next package."
            )
        )
        self.hint.setWordWrap(True)
        self.changed_label = QLabel()
        self.changed_label.setWordWrap(True)
        self.kept_label = QLabel()
        self.kept_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.kept_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.kept_label, 1)
        buttons.addWidget(self.keep_here)
        buttons.addWidget(self.keep_there)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.changed_label)
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
        try:
            self.rows = conflicts.list_conflicts(
                actor, include_resolved=self.show_resolved.isChecked()
            )
        except PermissionDenied as refused:  # a teacher: said on the page, nothing listed
            self.rows = []
            self.empty_hint.text = refused.message
            self.empty_hint.refresh()
            self.show_resolved.setEnabled(False)
            self._enable(False)
            return
        self.list.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [row.table_title, row.summary, local_time(row.logged_at), row.state]
            for c, value in enumerate(values):
                self.list.setItem(r, c, QTableWidgetItem(value))
        self.fields.setRowCount(0)
        self._enable(False)
        if self.rows:
            self.list.selectRow(0)

    def _enable(self, on: bool) -> None:
        self.keep_here.setEnabled(on)
        self.keep_there.setEnabled(on)

    def selected(self) -> conflicts.ConflictRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _changed_text(self, side: conflicts.Side) -> str:
        """ "本校（柳塘小学）：王老师 修改于 2026-10-05 10:15", as much as is known."""
        when = local_time(side.changed_at) if side.changed_at else self.tr("(time not known)")
        if side.who:
            text = self.tr("{place}: changed by {who} at {when}")
            return text.format(place=side.place, who=side.who, when=when)
        return self.tr("{place}: changed {when}").format(place=side.place, when=when)

    def show_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.fields.setRowCount(0)
            self.changed_label.clear()
            self._enable(False)
            return
        here, there = row.here, row.there
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), here.place, there.place])
        self.keep_here.setText(self.tr("Keep: {place}").format(place=here.place))
        self.keep_there.setText(self.tr("Keep: {place}").format(place=there.place))
        self.changed_label.setText("\n".join(self._changed_text(side) for side in (here, there)))
        # The fields that differ first: they are what the person has to decide on.
        diffs = sorted(conflicts.compare(session().actor, row.id), key=lambda d: not d.differs)
        self.fields.setRowCount(len(diffs))
        brush = QBrush(QColor(DIFFERS))
        for r, diff in enumerate(diffs):
            for c, value in enumerate((diff.title, diff.here, diff.there)):
                item = QTableWidgetItem(value)
                if diff.differs:
                    item.setBackground(brush)
                self.fields.setItem(r, c, item)
        self._enable(not row.resolved)

    def keep(self, *, here: bool) -> None:
        row = self.selected()
        if row is None:
            return
        which = row.here.keep if here else row.there.keep
        call = partial(conflicts.resolve, session().actor, row.id, which)
        op(self, call).success(self.kept_label.setText).run_in_background()
