"""The pairing and care page (结对帮扶 · 留守儿童关爱): teachers and pairings, the
left-behind children, the coverage view and the records (to find, correct or delete
a visit, diary entry or call), as tabs; the reminder rules one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.care.coverage import CoveragePage
from ui.care.left_behind_page import LeftBehindPage
from ui.care.records_page import RecordsPage
from ui.care.rules import RulesDialog
from ui.care.teachers_page import TeachersPage
from ui.session import session


class CarePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.teachers = TeachersPage(self)
        self.left_behind = LeftBehindPage(self)
        self.coverage = CoveragePage(self)
        self.records = RecordsPage(self)
        self.tabs.addTab(self.teachers, self.tr("Teachers and pairings"))
        self.tabs.addTab(self.left_behind, self.tr("Left-behind children"))
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.tabs.addTab(self.records, self.tr("Records"))
        self.rules_button = QPushButton(self.tr("Reminder rules…"), self)
        self.rules_button.clicked.connect(self.edit_rules)
        self.tabs.setCornerWidget(self.rules_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self) -> None:
        # The coverage is computed when it is looked at, not at every edit elsewhere.
        if self.tabs.currentWidget() is self.coverage:
            self.coverage.reload()

    def edit_rules(self) -> None:
        dialog = RulesDialog(session().actor, self)
        dialog.exec()
        dialog.deleteLater()
