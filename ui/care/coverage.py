"""The coverage view (遍访全覆盖): per school or class, the share of paired students
visited in the period, children entitled to a pairing who have none, left-behind
children with no proxy parent, and overdue counts; and the overdue list behind them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Changes
from ui.aid.table import Column, RowTableModel, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.session import school_scope, session

if TYPE_CHECKING:
    # The home page shows these tables at start; the services that fill them are
    # imported where they are read (docs/architecture.md, "Start-up and speed").
    from fupin_desktop.services.care.coverage import Coverage, CoverageRow
    from fupin_desktop.services.care.reminders import DueItem

RELEVANT = (
    "pairing",
    "visit",
    "diary_entry",
    "family_call",
    "student",
    "status_history",
    "reminder_rule",
    "left_behind_profile",
)
GAP = QColor("#fde7e7")
FINE = QColor("#e8f5e9")


def _share(row: CoverageRow) -> str:
    share = row.visited_share
    return "" if share is None else f"{share:.0%}"


def _gap(value: int) -> QColor | None:
    return GAP if value else None


class CoverageTable(QWidget):
    """The table of a Coverage, by school or by class, with the total in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(self._columns(), self)
        self.model.is_bold = lambda row: row.school_id == ""
        self.view = make_table(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _columns(self) -> list[Column]:
        def count(key: str, title: str, gap: bool = False) -> Column:
            return Column(
                title,
                lambda r: str(getattr(r, key)),
                sort_key=lambda r: getattr(r, key),
                numeric=True,
                chars=5,
                background=(lambda r: _gap(getattr(r, key))) if gap else None,
            )

        def share_colour(row: CoverageRow) -> QColor | None:
            share = row.visited_share
            if share is None:
                return None
            return FINE if share >= 0.999 else GAP

        return [
            Column(self.tr("School"), lambda r: r.school_name, chars=8),
            Column(self.tr("Class"), lambda r: r.class_label, chars=6),
            count("students", self.tr("Students")),
            count("entitled", self.tr("Entitled")),
            count("entitled_unpaired", self.tr("Entitled, no pairing"), gap=True),
            count("paired", self.tr("Paired")),
            count("visited", self.tr("Visited")),
            Column(
                self.tr("Visited share"),
                _share,
                sort_key=lambda r: r.visited_share,
                numeric=True,
                chars=5,
                background=share_colour,
            ),
            count("home_visited", self.tr("Home visited")),
            count("left_behind", self.tr("Left behind")),
            count("left_behind_no_proxy", self.tr("No proxy parent"), gap=True),
            count("unattended", self.tr("No one looks after")),
            count("unattended_visited", self.tr("Of them visited")),
            count("overdue", self.tr("Overdue"), gap=True),
        ]

    def show(self, coverage: Coverage, by_class: bool) -> None:  # type: ignore[override]
        rows = coverage.rows if by_class else coverage.schools
        self.model.set_rows([*rows, coverage.total])
        self.view.setColumnHidden(1, not by_class)
        super().show()


class OverdueTable(QWidget):
    """Due or overdue items; a double click opens the child's timeline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column(self.tr("Due"), lambda i: i.due_date.isoformat(), chars=6),
            Column(self.tr("Teacher"), lambda i: i.teacher_name, chars=4),
            Column(self.tr("Student"), lambda i: i.student_name, chars=4),
            Column(self.tr("Class"), lambda i: i.class_label, chars=6),
            Column(
                self.tr("Done"),
                lambda i: f"{i.done} / {i.required}",
                sort_key=lambda i: i.done - i.required,
                numeric=True,
                chars=3,
            ),
            Column(self.tr("What"), lambda i: i.title, chars=6),
        ]
        self.model = RowTableModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_items(self, items: list[DueItem]) -> None:
        self.model.set_rows(items)

    def _open(self) -> None:
        item = selected_row(self.view)
        if item is not None:
            from ui.care.timeline import ChildTimelineDialog  # on first use: start-up

            dialog = ChildTimelineDialog(item.student_id, self)
            dialog.exec()
            dialog.deleteLater()


class CoveragePage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.actor = session().actor
        # Imported here: the home page shows this module's tables at start, and the
        # period bar's date pickers are not needed there (docs/architecture.md,
        # "Start-up and speed").
        from ui.care.common import PeriodBar

        self.period_bar = PeriodBar(self, today=self.today)
        self.by_class = QCheckBox(self.tr("By class"), self)
        self.by_class.setChecked(school_scope() is not None)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = CoverageTable(self)
        self.overdue = OverdueTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Coverage"))
        self.tabs.addTab(self.overdue, self.tr("Overdue"))
        bar = QHBoxLayout()
        bar.addWidget(self.period_bar)
        bar.addWidget(self.by_class)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.coverage: Coverage | None = None
        self.period_bar.changed.connect(self.reload)
        self.by_class.toggled.connect(self._show)
        self.refresh_button.clicked.connect(self.reload)
        bus().changed.connect(self._on_changed)
        # Loaded when first shown: a hidden tab costs nothing at start-up.
        self._stale = True

    def reload(self) -> None:
        from fupin_desktop.services.care import coverage as care_coverage
        from fupin_desktop.services.care import reminders
        from fupin_desktop.services.care.reminders import Scope

        start, end = self.period_bar.period()
        school = school_scope()
        self.coverage = care_coverage.coverage(
            self.actor, start, end, school_id=school, as_of=self.today
        )
        # The same obligations the coverage counts as overdue: ended within the period
        # and before today.
        as_of = min(end + dt.timedelta(days=1), self.today)
        items = [
            i
            for i in reminders.overdue_list(self.actor, Scope(school_id=school), as_of, since=start)
            if i.rule_code != reminders.FOLLOW_UP  # not counted in the coverage either
        ]
        self.overdue.set_items(items)
        self.tabs.setTabText(1, self.tr("Overdue ({count})").format(count=len(items)))
        self._show()

    def _show(self) -> None:
        if self.coverage is None:
            return
        self.table.show(self.coverage, self.by_class.isChecked())
        total = self.coverage.total
        share = total.visited_share
        self.summary.setText(
            self.tr(
                "{start} – {end}: {visited} of {paired} paired students visited ({share});"
                " {unpaired} entitled children without a pairing; {no_proxy} left-behind"
                " children without a proxy parent; {unattended} no one looks after"
                " ({unattended_visited} of them visited); {overdue} overdue."
            ).format(
                start=self.coverage.start.isoformat(),
                end=self.coverage.end.isoformat(),
                visited=total.visited,
                paired=total.paired,
                share="–" if share is None else f"{share:.0%}",
                unpaired=total.entitled_unpaired,
                no_proxy=total.left_behind_no_proxy,
                unattended=total.unattended,
                unattended_visited=total.unattended_visited,
                overdue=total.overdue,
            )
        )

    def _on_changed(self, changes: Changes) -> None:
        self.reload_if(changes, *RELEVANT)
