"""Payments of a term: who is entitled to what (with what is paid so far), recording a
payment prefilled with what is due, and the payments recorded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop import pinyin
from fupin_desktop.schema.aid import AID_PAYMENT
from fupin_desktop.services.aid.access import may_record_payments
from fupin_desktop.services.aid.payments import list_payments, payable_students, void_payment
from fupin_desktop.services.aid.programs import ProgramRow, list_programs
from fupin_desktop.services.aid.reconciliation import ReconRow, reconcile
from fupin_desktop.services.context import Result
from fupin_desktop.validation import fen_to_yuan
from ui.aid.columns import money_column, money_field_column, status_column, student_columns
from ui.aid.dialogs import PaymentDialog
from ui.aid.period import Period
from ui.aid.table import Column, RowTableModel, field_column, make_table, selected_row
from ui.operations import op
from ui.session import session


class PaymentsTab(QWidget):
    def __init__(self, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        self._period = period
        self._rows: list[ReconRow] = []
        self._programs: list[ProgramRow] = []
        self._dialog: PaymentDialog | None = None
        self._build()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a name"))
        self.search.setClearButtonEnabled(True)
        self.program_filter = QComboBox(self)
        self.outstanding_only = QCheckBox(self.tr("Only what is still due"), self)
        # Aid in kind (tuition waiver, textbooks) is never paid out: hidden unless asked.
        self.show_in_kind = QCheckBox(self.tr("Show aid in kind"), self)
        self.search.textChanged.connect(self._filter)
        self.program_filter.currentIndexChanged.connect(self._filter)
        self.outstanding_only.toggled.connect(self._filter)
        self.show_in_kind.toggled.connect(self._filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.program_filter)
        filters.addWidget(self.outstanding_only)
        filters.addWidget(self.show_in_kind)

        self.due_model = RowTableModel(self._due_columns(), self)
        self.due_view = make_table(self.due_model, self)
        self.due_view.doubleClicked.connect(self.record_selected)
        self.due_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.due_count = QLabel(self)
        self.record_button = QPushButton(self.tr("Record payment…"), self)
        self.other_button = QPushButton(self.tr("Other payment…"), self)
        self.other_button.setToolTip(
            self.tr("A payment without an entitlement here, such as a donation")
        )
        self.record_button.clicked.connect(self.record_selected)
        self.other_button.clicked.connect(self.record_other)

        self.paid_model = RowTableModel(self._payment_columns(), self)
        self.paid_view = make_table(self.paid_model, self)
        self.paid_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.paid_count = QLabel(self)
        self.void_button = QPushButton(self.tr("Void payment…"), self)
        self.void_button.clicked.connect(self.void_selected)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Entitlements this term"), top))
        top_layout.addLayout(filters)
        top_layout.addWidget(self.due_view, 1)
        top_layout.addLayout(_bar(self.due_count, self.record_button, self.other_button))
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Payments recorded this term"), bottom))
        bottom_layout.addWidget(self.paid_view, 1)
        bottom_layout.addLayout(_bar(self.paid_count, self.void_button))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _due_columns(self) -> list[Column]:
        return [
            *student_columns(show_school=session().is_township),
            Column(self.tr("Program"), lambda r: r.program_name, chars=8),
            Column(
                self.tr("Due"),
                lambda r: (
                    self.tr("in kind") if r.in_kind else fen_to_yuan(r.entitled_fen, grouped=True)
                ),
                sort_key=lambda r: r.entitled_fen,
                numeric=True,
                chars=5,
            ),
            money_column(self.tr("Paid"), lambda r: r.paid_fen),
            money_column(self.tr("Still due"), lambda r: r.outstanding_fen),
            status_column(self.tr("Status")),
        ]

    def _payment_columns(self) -> list[Column]:
        # A payment's own fields read as the catalogue (schema.aid.AID_PAYMENT) says.
        def own(key: str) -> Column:
            return field_column(AID_PAYMENT[key], lambda p: getattr(p, key))

        return [
            own("paid_on"),
            *student_columns(show_school=session().is_township),
            Column(self.tr("Program"), lambda p: p.program_name, chars=8),
            money_field_column(AID_PAYMENT["amount_fen"], lambda p: p.amount_fen),
            *(own(k) for k in ("method", "funding_source", "received_by", "signed_by", "note")),
        ]

    # -- data -------------------------------------------------------------------------
    def period(self) -> Period:
        return self._period()

    def reload(self) -> None:
        period = self.period()
        result = reconcile(self.actor, period.school_year, period.term, period.school_id)
        self._rows = [r for r in result.rows if r.entitled]
        self._programs = list_programs(self.actor)
        self._fill_program_filter()
        self._filter()
        payments = list_payments(self.actor, period.school_year, period.term, period.school_id)
        self.paid_model.set_rows(payments)
        total = sum(p.amount_fen for p in payments)
        self.paid_count.setText(
            self.tr("{n} payments, {amount} yuan").format(
                n=len(payments), amount=fen_to_yuan(total, grouped=True)
            )
        )
        self._update_buttons()

    def _fill_program_filter(self) -> None:
        current = self.program_filter.currentData()
        self.program_filter.blockSignals(True)
        self.program_filter.clear()
        self.program_filter.addItem(self.tr("All programs"), "")
        for program in self._programs:
            if not program.ad_hoc:
                self.program_filter.addItem(program.name, program.id)
        self.program_filter.setCurrentIndex(max(0, self.program_filter.findData(current)))
        self.program_filter.blockSignals(False)

    def _filter(self) -> None:
        text = self.search.text().strip()
        program_id = self.program_filter.currentData()
        outstanding = self.outstanding_only.isChecked()
        in_kind = self.show_in_kind.isChecked()
        rows = [
            r
            for r in self._rows
            if (not text or pinyin.matches(r.student_name, text))
            and (not program_id or r.program_id == program_id)
            and (not outstanding or r.outstanding_fen > 0)
            and (in_kind or not r.in_kind)
        ]
        self.due_model.set_rows(rows)
        due = sum(r.outstanding_fen for r in rows)
        self.due_count.setText(
            self.tr("{n} entitlements shown, {amount} yuan still due").format(
                n=len(rows), amount=fen_to_yuan(due, grouped=True)
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        may = may_record_payments(self.actor)
        self.record_button.setEnabled(may and selected_row(self.due_view) is not None)
        self.other_button.setEnabled(may)
        self.void_button.setEnabled(may and selected_row(self.paid_view) is not None)

    # -- actions ----------------------------------------------------------------------
    def record_selected(self) -> None:
        row = selected_row(self.due_view)
        if row is not None and may_record_payments(self.actor):
            self._open(
                PaymentDialog(
                    self.actor, self.period(), self._programs, entitlement=row, parent=self
                )
            )

    def record_other(self) -> None:
        candidates = payable_students(self.actor, self.period().school_id)
        self._open(
            PaymentDialog(
                self.actor, self.period(), self._programs, candidates=candidates, parent=self
            )
        )

    def void_selected(self) -> None:
        payment = selected_row(self.paid_view)
        if payment is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Void payment"),
            self.tr("Void the payment of {amount} yuan to {name}? Why:").format(
                amount=fen_to_yuan(payment.amount_fen, grouped=True), name=payment.student_name
            ),
        )
        if not ok:
            return
        actor, payment_id = self.actor, payment.id
        # The aid services return bare Changes: wrapped as a Result.
        op(self, lambda: Result(None, void_payment(actor, payment_id, reason))).run_in_background()

    def _open(self, dialog: PaymentDialog) -> None:
        # Kept in Python while open: Qt must not outlive the wrapper.
        self._dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None


def _bar(label: QLabel, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(label, 1)
    for button in buttons:
        row.addWidget(button)
    return row
