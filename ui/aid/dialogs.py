"""Dialogs of the aid page: a program, a standard, a payment. Each form is built from the
aid catalogues; the services validate, and their errors show beside the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.aid import AID_PAYMENT, AID_PROGRAM, AID_STANDARD
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.schema.fields import Catalogue
from fupin_desktop.services.aid.payments import (
    PaymentInput,
    StudentChoice,
    record_payment,
    validate_payment,
)
from fupin_desktop.services.aid.programs import (
    ProgramInput,
    ProgramRow,
    StandardInput,
    StandardRow,
    save_program,
    save_standard,
    validate_program,
    validate_standard,
)
from fupin_desktop.services.aid.reconciliation import ReconRow
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Actor, Result
from fupin_desktop.validation import fen_to_yuan
from ui.aid.period import Period
from ui.fields.editor import ERROR_COLOUR, WARNING_COLOUR
from ui.fields.form import FieldForm
from ui.operations import op

# How a program's aid is usually handed over: the method a new payment starts with.
DEFAULT_METHOD = {
    "nutrition_plan": "school_meal",
    "tuition_waiver": "in_kind",
    "free_textbooks": "in_kind",
}


def student_label(student: StudentChoice | ReconRow) -> str:
    name = student.name if isinstance(student, StudentChoice) else student.student_name
    parts = [name, STAGE.label(student.stage)]
    if student.class_name:
        parts.append(student.class_name)
    return " · ".join(parts)


class _ServiceDialog(QDialog):
    """A form, a line for errors that belong to no field, OK and Cancel."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = FieldForm(catalogue.fields, self)
        self.header = QFormLayout()
        self.header.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def show_errors(self, errors: Mapping[str, str]) -> bool:
        """Errors beside their fields, the others above the buttons; True if any."""
        shown = self.form.show_errors(errors)
        others = [message for key, message in errors.items() if key not in self.form.keys()]
        self.message.setText("\n".join(others))
        self.message.setVisible(bool(others))
        if shown:
            self.form.editor(shown[0]).focus_input()
        return bool(errors)

    def run_service(self, call: Callable[[], tuple[Any, Any]]) -> None:
        """Run an aid service that returns (value, Changes) as an operation: the dialog
        closes once it is done; a refusal is shown and the dialog stays open. (The aid
        services are being split; once they return a Result, it is passed as it is.)"""
        op(self, lambda: Result(*call())).success(self._saved).run_in_background()

    def _saved(self, value: Any) -> None:
        super().accept()


class ProgramDialog(_ServiceDialog):
    def __init__(
        self, actor: Actor, program: ProgramRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(AID_PROGRAM, parent)
        self.setWindowTitle(self.tr("Edit aid program") if program else self.tr("New aid program"))
        self.actor = actor
        self.program = program
        if program is None:
            self.form.set_values({"per_term": True, "active": True})
        else:
            self.form.set_values(
                {k: getattr(program, k) for k in AID_PROGRAM.keys() if hasattr(program, k)}
            )
            # The code ties the program to the national list and to sync: fixed once made.
            self.form.editor("code").input_widget.setEnabled(False)

    def input(self) -> ProgramInput:
        values = self.form.values()
        return ProgramInput(
            code=values["code"],
            name=values["name"],
            funding_source=values["funding_source"],
            per_term=bool(values["per_term"]),
            active=bool(values["active"]),
            note=values["note"],
            id=self.program.id if self.program else None,
        )

    def accept(self) -> None:
        data = self.input()
        _, errors = validate_program(data)
        if self.show_errors(errors):
            return
        actor = self.actor
        self.run_service(lambda: save_program(actor, data))


class StandardDialog(_ServiceDialog):
    def __init__(
        self,
        actor: Actor,
        program: ProgramRow,
        standard: StandardRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(AID_STANDARD, parent)
        self.setWindowTitle(self.tr("Edit standard") if standard else self.tr("New standard"))
        self.actor = actor
        self.program = program
        self.standard = standard
        self.header.addRow(self.tr("Program"), QLabel(program.name, self))
        self.end_previous = QCheckBox(
            self.tr("End the standard it replaces the day before this one starts"), self
        )
        self.end_previous.setToolTip(
            self.tr("For a new amount from a date: the old standard keeps the past terms.")
        )
        if standard is None:
            # A new standard usually applies from the next school year.
            start = school_calendar().next_school_year_start(dt.date.today())
            self.form.set_values({"condition": "all", "valid_from": start})
            self.end_previous.setChecked(True)
            self.layout().insertWidget(2, self.end_previous)
        else:
            self.end_previous.hide()
            self.form.set_values(
                {k: getattr(standard, k) for k in AID_STANDARD.keys() if hasattr(standard, k)}
            )

    def input(self) -> StandardInput:
        values = self.form.values()
        return StandardInput(
            program_id=self.program.id,
            stage=values["stage"],
            condition=values["condition"],
            amount_yuan=values["amount_fen"],
            valid_from=values["valid_from"],
            valid_to=values["valid_to"],
            province=values["province"],
            id=self.standard.id if self.standard else None,
        )

    def accept(self) -> None:
        data = self.input()
        end_previous = self.standard is None and self.end_previous.isChecked()
        _, errors, _ = validate_standard(data, end_previous=end_previous)
        if self.show_errors(errors):
            return
        actor = self.actor
        self.run_service(lambda: save_standard(actor, data, end_previous=end_previous))


class PaymentDialog(_ServiceDialog):
    """Record one payment. From an entitlement the student and program are given and
    the amount is what is still due; otherwise (a donation) a student is chosen."""

    def __init__(
        self,
        actor: Actor,
        period: Period,
        programs: Sequence[ProgramRow],
        *,
        entitlement: ReconRow | None = None,
        candidates: Sequence[StudentChoice] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(AID_PAYMENT, parent)
        self.setWindowTitle(self.tr("Record a payment"))
        self.actor = actor
        self.period = period
        self.entitlement = entitlement
        self.programs = [p for p in programs if p.active]
        self.payment_id: str | None = None
        self.ok_button().setText(self.tr("Record"))
        self._build_header(candidates)
        self._prefill()
        self.program.currentIndexChanged.connect(self._program_changed)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _build_header(self, candidates: Sequence[StudentChoice]) -> None:
        self.header.addRow(self.tr("School year and term"), QLabel(self.period.label(), self))
        self.student = QComboBox(self)
        if self.entitlement is not None:
            self.student.addItem(student_label(self.entitlement), self.entitlement.student_id)
            self.student.setEnabled(False)
        else:
            # Typing part of a name finds the child among hundreds.
            self.student.setEditable(True)
            self.student.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for choice in candidates:
                self.student.addItem(student_label(choice), choice.id)
            completer = self.student.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.student.setCurrentIndex(-1)
        self.header.addRow(self.tr("Student"), self.student)
        self.program = QComboBox(self)
        for program in self.programs:
            self.program.addItem(program.name, program.id)
        self.header.addRow(self.tr("Program"), self.program)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warning.hide()
        self.header.addRow(self.warning)

    def _prefill(self) -> None:
        row = self.entitlement
        if row is not None:
            index = self.program.findData(row.program_id)
            self.program.setCurrentIndex(max(0, index))
            self.program.setEnabled(index < 0)
        amount = None
        if row is not None and row.entitled_fen > 0:
            amount = row.outstanding_fen or row.entitled_fen
        program = self.current_program()
        self.form.set_values(
            {
                "amount_fen": amount,
                "paid_on": dt.date.today(),
                "method": DEFAULT_METHOD.get(program.code, "bank_card") if program else "",
                "funding_source": program.funding_source if program else "",
                "signed_by": self.actor.name,
            }
        )
        if row is not None and row.payments:
            self.warning.setText(
                self.tr(
                    "{amount} yuan was already paid for this term; another payment will be "
                    "flagged as a double claim."
                ).format(amount=fen_to_yuan(row.paid_fen, grouped=True))
            )
            self.warning.show()

    def current_program(self) -> ProgramRow | None:
        program_id = self.program.currentData()
        return next((p for p in self.programs if p.id == program_id), None)

    def _program_changed(self) -> None:
        program = self.current_program()
        if program is None:
            return
        self.form.editor("funding_source").set_value(program.funding_source)
        self.form.editor("method").set_value(DEFAULT_METHOD.get(program.code, "bank_card"))

    def _student_id(self) -> str:
        index = self.student.currentIndex()
        # An edited text that matches no child leaves no valid choice.
        if index < 0 or self.student.currentText() != self.student.itemText(index):
            return ""
        return self.student.itemData(index) or ""

    def input(self) -> PaymentInput:
        values = self.form.values()
        return PaymentInput(
            student_id=self._student_id(),
            program_id=self.program.currentData() or "",
            school_year=self.period.school_year,
            term=self.period.term,
            amount_yuan=values["amount_fen"],
            paid_on=values["paid_on"],
            method=values["method"],
            funding_source=values["funding_source"],
            received_by=values["received_by"],
            signed_by=values["signed_by"],
            note=values["note"],
        )

    def accept(self) -> None:
        data = self.input()
        _, errors = validate_payment(data)
        if self.show_errors(errors):
            return
        actor = self.actor
        self.run_service(lambda: record_payment(actor, data))

    def _saved(self, value: Any) -> None:
        self.payment_id = value
        super()._saved(value)
