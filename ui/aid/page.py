"""The aid page (资助): programs and standards, the payments of a term, and their
reconciliation. Only the tab in view is reloaded; the others when they are opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from fupin_desktop.services.aid.access import may_read
from fupin_desktop.services.context import Changes
from ui.aid.lists_tab import ListsTab
from ui.aid.payments_tab import PaymentsTab
from ui.aid.period import Period, PeriodBar
from ui.aid.programs_tab import ProgramsTab
from ui.aid.reconcile_tab import ReconcileTab
from ui.bus import bus
from ui.session import session

# What the page shows depends on these tables (and on settings: the province).
RELEVANT_TABLES = (
    "aid_program",
    "aid_standard",
    "aid_payment",
    "aid_list",
    "aid_list_row",
    "aid_adjustment",
    "aid_provision",
    "student",
    "status_history",
    "school",
    "installation",
)


class AidPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        self.period_bar = PeriodBar(self)
        self.tabs = QTabWidget(self)
        self.programs_tab = ProgramsTab(self)
        self.tabs.addTab(self.programs_tab, self.tr("Programs and standards"))
        self.payments_tab: PaymentsTab | None = None
        self.reconcile_tab: ReconcileTab | None = None
        self.lists_tab: ListsTab | None = None
        if may_read(self.actor):
            self.lists_tab = ListsTab(self.period, self)
            self.payments_tab = PaymentsTab(self.period, self)
            self.reconcile_tab = ReconcileTab(self.period, self)
            self.tabs.addTab(self.lists_tab, self.tr("Term lists"))
            self.tabs.addTab(self.payments_tab, self.tr("Payments"))
            self.tabs.addTab(self.reconcile_tab, self.tr("Reconciliation"))
        else:
            note = QLabel(
                self.tr("Only the principal and the aid officer see the aid of each child."), self
            )
            note.setWordWrap(True)
            self.tabs.addTab(note, self.tr("Payments"))
        # Beside the tabs, and only where the term matters: no layout jumps between tabs.
        self.tabs.setCornerWidget(self.period_bar, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        self._stale: set[int] = set(range(self.tabs.count()))
        self.tabs.currentChanged.connect(self._refresh_current)
        self.period_bar.changed.connect(self._period_changed)
        bus().changed.connect(self._on_changed)
        self._refresh_current()

    def period(self) -> Period:
        return self.period_bar.period()

    def reload(self) -> None:
        """Everything is stale; the tab in view reloads now."""
        self._stale = set(range(self.tabs.count()))
        self._refresh_current()

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def _refresh_current(self) -> None:
        index = self.tabs.currentIndex()
        self.period_bar.setVisible(self.tabs.widget(index) is not self.programs_tab)
        if index not in self._stale:
            return
        self._stale.discard(index)
        widget = self.tabs.widget(index)
        reload = getattr(widget, "reload", None)
        if reload is not None:
            reload()

    def _period_changed(self) -> None:
        # The programs tab does not depend on the term.
        self._stale.update(
            self.tabs.indexOf(tab)
            for tab in (self.lists_tab, self.payments_tab, self.reconcile_tab)
            if tab
        )
        self._refresh_current()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects(*RELEVANT_TABLES):
            self.reload()
