"""Reconciliation of a term: due against paid per student and program, problems in
colour (unpaid, underpaid, overpaid, double claims, paid without entitlement), and the
totals by program and by stage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop import pinyin
from fupin_desktop.schema.aid import FLAGGED, STATUS
from fupin_desktop.services.aid.reconciliation import Reconciliation, ReconRow, reconcile
from fupin_desktop.validation import fen_to_yuan
from ui.aid.columns import money_column, status_colour, status_column, student_columns
from ui.aid.period import Period
from ui.aid.table import Column, RowTableModel, fit_to_contents, make_table
from ui.session import session

# A filter entry for every problem at once.
NEEDS_ATTENTION = "flagged"


class ReconcileTab(QWidget):
    def __init__(self, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        self._period = period
        self.result: Reconciliation | None = None
        self._build()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.program_filter = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a name"))
        self.search.setClearButtonEnabled(True)
        for signal in (
            self.status_filter.currentIndexChanged,
            self.program_filter.currentIndexChanged,
            self.search.textChanged,
        ):
            signal.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.program_filter)
        filters.addWidget(self.search, 1)

        self.model = RowTableModel(self._columns(), self)
        self.view = make_table(self.model, self)
        self.count = QLabel(self)

        self.program_totals = RowTableModel(self._total_columns(self.tr("Program")), self)
        self.stage_totals = RowTableModel(self._total_columns(self.tr("Stage")), self)
        for model in (self.program_totals, self.stage_totals):
            model.is_bold = lambda total: total.key == ""
        self.program_totals_view = make_table(self.program_totals, self, sortable=False)
        self.stage_totals_view = make_table(self.stage_totals, self, sortable=False)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.count)
        self.totals = totals = QWidget(self)
        totals_layout = QHBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addLayout(_titled(self.tr("Totals by program"), self.program_totals_view))
        totals_layout.addLayout(_titled(self.tr("Totals by stage"), self.stage_totals_view))
        totals_layout.addStretch(1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(totals)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        return [
            *student_columns(show_school=session().is_township),
            Column(self.tr("Program"), lambda r: r.program_name, chars=8),
            Column(
                self.tr("Due"),
                lambda r: self._due_text(r),
                sort_key=lambda r: r.entitled_fen,
                numeric=True,
                chars=5,
            ),
            money_column(self.tr("Paid"), lambda r: r.paid_fen),
            money_column(self.tr("Difference"), lambda r: r.difference_fen),
            Column(
                self.tr("Payments"),
                lambda r: str(r.payments),
                sort_key=lambda r: r.payments,
                numeric=True,
                chars=3,
            ),
            status_column(self.tr("Status")),
        ]

    def _due_text(self, row: ReconRow) -> str:
        if not row.entitled:
            return "—"
        return self.tr("in kind") if row.in_kind else fen_to_yuan(row.entitled_fen, grouped=True)

    def _total_columns(self, title: str) -> list[Column]:
        return [
            Column(title, lambda t: t.label, chars=8),
            Column(self.tr("Entitlements"), lambda t: str(t.entitled_rows), numeric=True, chars=3),
            money_column(self.tr("Due"), lambda t: t.entitled_fen, chars=6),
            money_column(self.tr("Paid"), lambda t: t.paid_fen, chars=6),
            money_column(self.tr("Difference"), lambda t: t.difference_fen, chars=6),
            Column(
                self.tr("Problems"),
                lambda t: str(t.flagged),
                numeric=True,
                chars=3,
                background=lambda t: status_colour("unpaid") if t.flagged else None,
            ),
        ]

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        period = self._period()
        self.result = reconcile(self.actor, period.school_year, period.term, period.school_id)
        self._fill_filters()
        self._filter()
        total = self.result.total
        self.program_totals.set_rows([*self.result.by_program, total])
        self.stage_totals.set_rows([*self.result.by_stage, total])
        fit_to_contents(self.program_totals_view)
        fit_to_contents(self.stage_totals_view)
        # No taller than the totals: the splitter gives the rest to the rows above.
        height = _fresh_height(self.totals)
        self.totals.setMaximumHeight(height)
        self.splitter.setSizes([max(1, self.splitter.height() - height), height])

    def _fill_filters(self) -> None:
        assert self.result is not None
        counts = self.result.status_counts
        flagged = sum(counts.get(code, 0) for code in FLAGGED)
        status = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All ({n})").format(n=len(self.result.rows)), "")
        self.status_filter.addItem(
            self.tr("Needs attention ({n})").format(n=flagged), NEEDS_ATTENTION
        )
        for code in STATUS.codes():
            self.status_filter.addItem(f"{STATUS.label(code)} ({counts.get(code, 0)})", code)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.status_filter.blockSignals(False)

        program = self.program_filter.currentData()
        self.program_filter.blockSignals(True)
        self.program_filter.clear()
        self.program_filter.addItem(self.tr("All programs"), "")
        for total in self.result.by_program:
            self.program_filter.addItem(total.label, total.key)
        self.program_filter.setCurrentIndex(max(0, self.program_filter.findData(program)))
        self.program_filter.blockSignals(False)

    def _filter(self) -> None:
        if self.result is None:
            return
        status = self.status_filter.currentData()
        program_id = self.program_filter.currentData()
        text = self.search.text().strip()
        rows = [
            r
            for r in self.result.rows
            if _status_matches(status, r.status)
            and (not program_id or r.program_id == program_id)
            and (not text or pinyin.matches(r.student_name, text))
        ]
        self.model.set_rows(rows)
        self.count.setText(
            self.tr("{n} of {total} rows shown").format(n=len(rows), total=len(self.result.rows))
        )

    def set_status_filter(self, status: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))


def _status_matches(wanted: str | None, status: str) -> bool:
    if not wanted:
        return True
    if wanted == NEEDS_ATTENTION:
        return status in FLAGGED
    return status == wanted


def _fresh_height(widget: QWidget) -> int:
    """The height a widget's layout wants now: nested layouts cache their hints, so
    each is invalidated after the views inside changed their fixed heights."""
    layouts = [widget.layout()]
    while layouts:
        layout = layouts.pop()
        layout.invalidate()
        layouts.extend(
            item.layout() for item in map(layout.itemAt, range(layout.count())) if item.layout()
        )
    return widget.layout().sizeHint().height()


def _titled(title: str, view: QTableView) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.addWidget(QLabel(title, view.parentWidget()))
    layout.addWidget(view)
    layout.addStretch(1)
    return layout
