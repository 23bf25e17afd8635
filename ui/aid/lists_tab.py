"""The term list of a school (发放名单): prepare it (aid officer), confirm it (principal),
correct it with adjustments, record the signed sheet as paid, import the bank's payment
detail, record meals and aid in kind as provided, export the payments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.access import CONFIRMERS, may_record_payments
from fupin_desktop.services.aid.lists import ListLine, TermList
from fupin_desktop.services.aid.sheets import export_payments
from fupin_desktop.services.context import Result
from fupin_desktop.validation import fen_to_yuan
from ui.aid.list_dialogs import AdjustDialog, BankImportDialog, ProvideDialog, RecordSheetDialog
from ui.aid.period import Period
from ui.aid.table import Column, RowTableModel, field_column, make_table
from ui.errors import show_error
from ui.operations import op
from ui.session import session


class ListsTab(QWidget):
    def __init__(self, period: Callable[[], Period], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        self._period = period
        self.term_list: TermList | None = None
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.model = RowTableModel(self._columns(), self)
        self.view = make_table(self.model, self)
        buttons = QHBoxLayout()
        self.prepare_button = self._button(self.tr("Prepare the list"), self.prepare, buttons)
        self.confirm_button = self._button(self.tr("Confirm the list"), self.confirm, buttons)
        self.adjust_button = self._button(self.tr("Adjust…"), self.adjust, buttons)
        self.sheet_button = self._button(self.tr("Record sheet as paid…"), self.record, buttons)
        self.bank_button = self._button(self.tr("Import bank detail…"), self.import_bank, buttons)
        self.provide_button = self._button(self.tr("Record provided…"), self.provide, buttons)
        self.export_button = self._button(self.tr("Export payments…"), self.export, buttons)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def _button(self, text: str, slot: Callable[[], None], layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _columns(self) -> list[Column]:
        return [
            field_column(STUDENT["name"], lambda ln: ln.student_name),
            field_column(STUDENT["grade"], lambda ln: ln.grade),
            field_column(STUDENT["class_name"], lambda ln: ln.class_name),
            Column(self.tr("Program"), lambda ln: ln.program_name, chars=8),
            Column(self.tr("Confirmed"), lambda ln: self._amount(ln, ln.amount_fen),
                   sort_key=lambda ln: ln.amount_fen, numeric=True, chars=5),
            Column(self.tr("Adjustment"), lambda ln: fen_to_yuan(ln.adjustment_fen, grouped=True)
                   if ln.adjustments else "", numeric=True, chars=5),
            Column(self.tr("Due"), lambda ln: self._amount(ln, ln.due_fen),
                   sort_key=lambda ln: ln.due_fen, numeric=True, chars=5),
            field_column(STUDENT["card_number"], lambda ln: ln.card_number),
            Column(self.tr("Reason"), lambda ln: "; ".join(a.reason for a in ln.adjustments),
                   chars=14),
        ]  # fmt: skip

    def _amount(self, line: ListLine, fen: int) -> str:
        return fen_to_yuan(fen, grouped=True) if line.cash else self.tr("provided")

    # -- state ------------------------------------------------------------------------
    def reload(self) -> None:
        period = self._period()
        self.term_list = None
        if period.school_id:
            self.term_list = lists.get_list(
                self.actor, period.school_year, period.term, period.school_id, mask_ids=True
            )
        self.model.set_rows(self.term_list.lines if self.term_list else [])
        self.state.setText(self._state_text(period))
        self._update_buttons()

    def _state_text(self, period: Period) -> str:
        held = self.term_list
        if not period.school_id:
            return self.tr("Choose a school: lists are made by each school.")
        if held is None:
            return self.tr("No list of this term yet: the aid officer prepares it.")
        if held.confirmed and held.confirmed_on:
            return self.tr(
                "Confirmed by {name} on {date}: stored, never recomputed. Due in cash: "
                "{total} yuan. Corrections are adjustments with a reason."
            ).format(name=held.confirmed_by, date=held.confirmed_on.isoformat(),
                     total=fen_to_yuan(held.total_fen, grouped=True))  # fmt: skip
        return self.tr(
            "Prepared by {name} on {date} from the values on {day}; the principal confirms it."
        ).format(name=held.prepared_by, date=held.prepared_on.isoformat(),
                 day=held.reference_day.isoformat())  # fmt: skip

    def _update_buttons(self) -> None:
        period = self._period()
        writer = may_record_payments(self.actor) and bool(period.school_id)
        held = self.term_list
        confirmed = held is not None and held.confirmed
        self.prepare_button.setEnabled(writer and not confirmed)
        self.confirm_button.setEnabled(
            held is not None and not confirmed and self.actor.role in CONFIRMERS
        )
        for button in (self.adjust_button, self.sheet_button, self.bank_button):
            button.setEnabled(writer and confirmed)
        self.provide_button.setEnabled(writer)
        self.export_button.setEnabled(True)

    # -- actions ----------------------------------------------------------------------
    def _run(self, call: Callable[[], Result[Any]]) -> None:
        """Through the one operation helper: on the worker, a refusal in words, the
        Changes announced (the page reloads this tab)."""
        op(self, call).run_in_background()

    def prepare(self) -> None:
        p = self._period()
        self._run(lambda: lists.prepare_list(self.actor, p.school_year, p.term, p.school_id))

    def confirm(self) -> None:
        p = self._period()
        answer = QMessageBox.question(
            self,
            self.tr("Confirm the list"),
            self.tr("Once confirmed, the list is never recomputed; corrections are "
                    "adjustments with a reason. Confirm it?"),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: lists.confirm_list(self.actor, p.school_year, p.term, p.school_id))

    def adjust(self) -> None:
        if self.term_list is not None:
            AdjustDialog(self.term_list, self).exec()

    def record(self) -> None:
        if self.term_list is not None:
            RecordSheetDialog(self.term_list, self).exec()

    def import_bank(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The bank's payment detail"), "", self.tr("Excel (*.xlsx)")
        )
        if name and self.term_list is not None:
            BankImportDialog(self.term_list, Path(name), self).exec()

    def provide(self) -> None:
        ProvideDialog(self._period(), self).exec()

    def export(self) -> None:
        p = self._period()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export payments"), f"{p.school_year}-{p.term}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        try:
            count = export_payments(self.actor, Path(name), p.school_year, p.term, p.school_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.state.setText(self.tr("{count} payments written to {path}.").format(
            count=count, path=name))  # fmt: skip
