"""No child lost (控辍保学): children who left with no receiving school confirmed and
children studying elsewhere, overdue ones first (services/schoolyear/watch.py)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import PermissionDenied
from fupin_desktop.services.schoolyear import watch
from ui.operations import op
from ui.screen import fit
from ui.session import school_scope, session

OVERDUE = QColor(255, 225, 225)


class WatchList(QWidget):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("School"), self.tr("Name"), self.tr("Left / studies"),
             self.tr("Follow-up by"), self.tr("Due"), self.tr("State")]
        )  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.confirm = QPushButton(self.tr("Receiving school confirmed…"), self)
        self.confirm.clicked.connect(self._confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm)
        self.items: list[watch.WatchItem] = []

    def load(self) -> None:
        self.items = watch.watch_list(session().actor, self.today, school_scope())
        overdue = sum(1 for i in self.items if i.overdue)
        self.title.setText(
            self.tr("No child lost: {count} children to follow up, {overdue} overdue").format(
                count=len(self.items), overdue=overdue
            )
        )
        self.table.setRowCount(len(self.items))
        for row, i in enumerate(self.items):
            due = i.follow_up_date.isoformat() if i.follow_up_date else ""
            state = self.tr("Overdue") if i.overdue else self.tr("Due later")
            for column, text in enumerate((i.school, i.name, i.what, i.follow_up_owner, due,
                                           state)):  # fmt: skip
                item = QTableWidgetItem(text)
                if i.overdue:
                    item.setBackground(OVERDUE)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _confirm(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.items[row].kind != watch.DEPARTURE:
            return
        place, ok = QInputDialog.getText(
            self, self.tr("Receiving school"), self.tr("The school the child now attends:")
        )
        if not ok:
            return
        call = partial(
            watch.confirm_departure,
            session().actor,
            self.items[row].record_id,
            self.today,
            to_place=place,
        )
        op(self, call).success(lambda _: self.load()).run_in_background()


class WatchDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("No child lost"))
        fit(self, 900, 560)
        self.list = WatchList(self, today)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        try:
            self.list.load()
        except PermissionDenied as refused:  # a teacher, from the menu: said here
            self.list.title.setText(refused.message)
            self.list.table.setEnabled(False)
            self.list.confirm.setEnabled(False)
