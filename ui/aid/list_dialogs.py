"""Dialogs of the term list tab: an adjustment with its reason, a whole sheet recorded
as paid (date, method, exceptions), the bank's payment detail previewed then recorded,
meals or aid in kind recorded as provided."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.aid import PAYMENT_METHOD
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.payments import payable_students
from fupin_desktop.services.aid.provisions import provided_programs, record_provision
from fupin_desktop.services.aid.sheets import (
    BankPreview,
    apply_bank_detail,
    cash_programs,
    preview_bank_detail,
    record_sheet,
)
from fupin_desktop.services.context import Result
from fupin_desktop.validation import fen_to_yuan
from ui.aid.period import Period
from ui.errors import show_error
from ui.fields.dates import DayPicker
from ui.operations import op
from ui.session import session


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.actor = session().actor
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)

    def finish_layout(self) -> None:
        self.body.addWidget(self.buttons)

    def run(self, call: Callable[[], Result[Any]]) -> None:
        """Through the one operation helper; the dialog closes when the call succeeds."""
        op(self, call).success(lambda _: QDialog.accept(self)).run_in_background()


class AdjustDialog(_Dialog):
    def __init__(self, term_list: lists.TermList, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Adjust the confirmed list"), parent)
        self.term_list = term_list
        self.student = QComboBox(self)
        self.student.setEditable(True)
        for s in payable_students(self.actor, term_list.school_id):
            self.student.addItem(f"{s.name}  {s.class_name}", s.id)
        self.program = QComboBox(self)
        for p in cash_programs():
            self.program.addItem(p.name, p.id)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("yuan; negative takes off"))
        self.reason = QLineEdit(self)
        self.form.addRow(self.tr("Student"), self.student)
        self.form.addRow(self.tr("Program"), self.program)
        self.form.addRow(self.tr("Change (yuan)"), self.amount)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.finish_layout()

    def accept(self) -> None:
        t, actor = self.term_list, self.actor
        student, program = self.student.currentData(), self.program.currentData()
        amount, reason = self.amount.text(), self.reason.text()
        self.run(lambda: lists.adjust(actor, t.id, student, program, amount, reason))


class RecordSheetDialog(_Dialog):
    """The signed sheet came back: every child on it paid, but the ones ticked off."""

    def __init__(self, term_list: lists.TermList, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the sheet as paid"), parent)
        self.term_list = term_list
        self.program = QComboBox(self)
        for program_id, name in lists.list_programs_on(term_list):
            self.program.addItem(name, program_id)
        self.paid_on = DayPicker(parent=self)
        self.method = QComboBox(self)
        for code in ("bank_card", "cash"):
            self.method.addItem(PAYMENT_METHOD.label(code), code)
        self.signed_by = QLineEdit(self)
        self.exceptions = QListWidget(self)
        self.exceptions.setMinimumSize(380, 220)
        self.form.addRow(self.tr("Program"), self.program)
        self.form.addRow(self.tr("Date paid"), self.paid_on)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Handed over by"), self.signed_by)
        self.body.addWidget(QLabel(self.tr("Untick the children who were not paid:"), self))
        self.body.addWidget(self.exceptions, 1)
        self.program.currentIndexChanged.connect(self._fill)
        self._fill()
        self.finish_layout()

    def _fill(self) -> None:
        self.exceptions.clear()
        for line in self.term_list.cash_lines(self.program.currentData()):
            if line.due_fen <= 0:
                continue
            text = f"{line.student_name}  {line.class_name}  {fen_to_yuan(line.due_fen)}"
            item = QListWidgetItem(text, self.exceptions)
            item.setData(Qt.ItemDataRole.UserRole, line.student_id)
            item.setCheckState(Qt.CheckState.Checked)

    def unpaid(self) -> list[str]:
        items = [self.exceptions.item(i) for i in range(self.exceptions.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() != Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        t, actor = self.term_list, self.actor
        program, day, method = (
            self.program.currentData(),
            self.paid_on.day(),
            self.method.currentData(),
        )
        unpaid, signed_by = self.unpaid(), self.signed_by.text()
        self.run(
            lambda: record_sheet(
                actor, t.school_year, t.term, t.school_id, program, day, method, unpaid, signed_by
            )
        )


class BankImportDialog(_Dialog):
    """The bank's rows matched to the children: what will be recorded, and the rows that
    match nobody, named."""

    def __init__(
        self, term_list: lists.TermList, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Import the bank's payment detail"), parent)
        self.preview: BankPreview | None = None
        self.list = QListWidget(self)
        self.list.setMinimumSize(560, 320)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.list, 1)
        self.finish_layout()
        try:
            self.preview = preview_bank_detail(
                self.actor, path, term_list.school_year, term_list.term, term_list.school_id
            )
        except Exception as exc:
            show_error(self, exc)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        p = self.preview
        self.summary.setText(
            self.tr("{new} payments to record, {old} already recorded, {bad} rows not matched.")
            .format(new=len(p.to_record), old=len(p.matched) - len(p.to_record),
                    bad=len(p.problems))
        )  # fmt: skip
        for problem in p.problems:
            QListWidgetItem("⚠ " + problem, self.list)
        for m in p.to_record:
            text = f"{m.row}  {m.student_name}  {m.program_name}  {fen_to_yuan(m.amount_fen)}"
            QListWidgetItem(text, self.list)

    def accept(self) -> None:
        preview = self.preview
        if preview is not None:
            actor = self.actor
            self.run(lambda: apply_bank_detail(actor, preview))


class ProvideDialog(_Dialog):
    """Meals or aid in kind provided to the whole school in the term (or meal days)."""

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record as provided"), parent)
        self.period = period
        self.program = QComboBox(self)
        for p in provided_programs():
            self.program.addItem(p.name, p.id)
        self.days = QSpinBox(self)
        self.days.setRange(0, 366)
        self.provided_on = DayPicker(parent=self)
        self.form.addRow(self.tr("Program"), self.program)
        self.form.addRow(self.tr("Meal days served"), self.days)
        self.form.addRow(self.tr("Date"), self.provided_on)
        self.finish_layout()

    def accept(self) -> None:
        p, actor = self.period, self.actor
        program, days, day = self.program.currentData(), self.days.value(), self.provided_on.day()
        school = p.school_id or ""
        self.run(
            lambda: record_provision(
                actor, p.school_year, p.term, school, program, days=days, provided_on=day
            )
        )
