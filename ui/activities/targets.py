"""The targets view: done against required per school (and pairing) and period of a
term, behind and overdue in colour. Used on its own tab, on the principal's home page
and on the township page (all schools)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Changes
from ui import tasks
from ui.aid.table import Column, RowTableModel, make_table
from ui.bus import ReloadsWhenShown, bus
from ui.errors import figures_failed
from ui.session import session

if TYPE_CHECKING:
    from fupin_desktop.services.activities import targets

RELEVANT = (
    "activity",
    "activity_teacher",
    "institution_pairing",
    "target",
    "training_record",
    "teacher",
    "activity_kind",
)
_COLOURS = {"overdue": "#f8d7da", "behind": "#fbe5c8", "met": "#dff0d8"}


def term_choices(today: dt.date, back: int = 3) -> list[tuple[str, int]]:
    from fupin_desktop.services.activities.periods import current_term

    year, term = current_term(today)
    first = int(year[:4])
    found = []
    for y in range(first, first - back - 1, -1):
        for t in (2, 1):
            if (y, t) <= (first, term):
                found.append((f"{y}-{y + 1}", t))
    return found


class TargetsView(ReloadsWhenShown, QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        school_id: str | None = None,
        today: dt.date | None = None,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.school_id = school_id
        self.today = today or dt.date.today()
        # The terms are worked out with the first figures, on the worker: the school
        # calendar (its holidays) is not needed to show the window (docs/architecture.md,
        # "Start-up and speed").
        self.term = QComboBox(self)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        columns = [
            Column(self.tr("School"), lambda p: p.school_name, chars=7),
            Column(self.tr("Target"), lambda p: p.target.title, chars=10),
            Column(self.tr("Rule"), lambda p: p.target.rule_text, chars=10),
            Column(self.tr("Period"), self._period, chars=8),
            Column(self.tr("Pairing"), lambda p: p.pairing_label, chars=7),
            Column(self.tr("Done"), lambda p: p.done_text, chars=9, numeric=True),
            Column(
                self.tr("Status"),
                lambda p: p.status_label,
                chars=4,
                background=lambda p: QColor(_COLOURS[p.status]) if p.status in _COLOURS else None,
            ),
        ]
        self.model = RowTableModel(columns, self)
        self.view = make_table(self.model, self)
        if school_id:
            self.view.setColumnHidden(0, True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Term:"), self))
        bar.addWidget(self.term)
        bar.addWidget(self.summary, 1)
        if not compact:
            # The rules behind the figures: the township edits them, a school reads them.
            self.rules_button = QPushButton(self.tr("Targets and kinds…"), self)
            self.rules_button.clicked.connect(self.edit_rules)
            bar.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.term.currentIndexChanged.connect(self.reload)
        bus().changed.connect(self._changed)
        self._stale = True
        self._generation = 0
        self.items: list[targets.Progress] = []

    def edit_rules(self) -> None:
        from ui.activities.duty_rules import DutyRulesDialog

        dialog = DutyRulesDialog(session().actor, self)
        dialog.exec()
        dialog.deleteLater()

    def _period(self, item: targets.Progress) -> str:
        return item.period.label() if item.period.kind != "year" else self.term.currentData()[0]

    def _changed(self, changes: Changes) -> None:
        self.reload_if(changes, *RELEVANT)

    def reload(self) -> None:
        """A placeholder now, the figures when the worker has read them: on the home page
        this view shows at start (docs/architecture.md, "Start-up and speed"). The first
        reading also works out the terms to choose from, the current one first."""
        chosen = self.term.currentData()
        actor, school_id, today = session().actor, self.school_id, self.today
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Loading…"))

        def work() -> tuple[list[tuple[str, str, int]], list[targets.Progress]]:
            # Imported on the worker: not needed to show the window.
            from fupin_desktop.services.activities import targets
            from fupin_desktop.services.activities.periods import term_label

            choices = []
            if chosen is None:
                choices = [(term_label(y, t), y, t) for y, t in term_choices(today)]
            year, term = chosen or (choices[0][1], choices[0][2])
            return choices, targets.progress(actor, year, term, school_id=school_id, as_of=today)

        def done(result: tuple[list[tuple[str, str, int]], list[targets.Progress]]) -> None:
            if generation != self._generation:
                return
            choices, items = result
            if choices and self.term.count() == 0:
                self.term.blockSignals(True)
                for label, year, term in choices:
                    self.term.addItem(label, (year, term))
                self.term.blockSignals(False)
            self.show_items(items)

        tasks.runner().load(self, work, on_done=done, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(figures_failed(error))

    def show_items(self, items: list[targets.Progress]) -> None:
        self.items = items
        shown = [i for i in self.items if i.status != "upcoming"]
        self.model.set_rows(shown)
        behind = sum(1 for i in shown if i.behind)
        met = sum(1 for i in shown if i.status == "met")
        self.summary.setText(
            self.tr("{met} met, {behind} behind or overdue").format(met=met, behind=behind)
        )
        self.summary.setStyleSheet(
            f"font-weight: bold; color: {'#c62828' if behind else '#2e7d32'};"
        )
