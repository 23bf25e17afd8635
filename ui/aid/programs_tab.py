"""Programs and their standards: what aid there is, for whom, how much, and since when.
The principal edits them; everybody else reads them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.aid import AID_PROGRAM, AID_STANDARD
from fupin_desktop.services import installation
from fupin_desktop.services.accounts.roles import Do, allows
from fupin_desktop.services.aid.programs import (
    ProgramRow,
    StandardRow,
    delete_standard,
    list_programs,
    list_standards,
    set_program_active,
)
from fupin_desktop.services.context import Result
from ui.aid.columns import money_field_column
from ui.aid.dialogs import ProgramDialog, StandardDialog
from ui.aid.table import Column, RowTableModel, field_column, make_table, selected_row
from ui.operations import op
from ui.session import session

_ENDED = QColor("#eeeeee")


class ProgramsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        self._dialog: ProgramDialog | StandardDialog | None = None
        self._build()
        self.programs_view.selectionModel().selectionChanged.connect(self._program_selected)

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.programs_model = RowTableModel(self._program_columns(), self)
        self.programs_view = make_table(self.programs_model, self)
        self.programs_view.doubleClicked.connect(self.edit_program)
        self.new_program_button = QPushButton(self.tr("New program…"), self)
        self.edit_program_button = QPushButton(self.tr("Edit program…"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.new_program_button.clicked.connect(self.new_program)
        self.edit_program_button.clicked.connect(self.edit_program)
        self.active_button.clicked.connect(self.toggle_active)

        self.standards_model = RowTableModel(self._standard_columns(), self)
        self.standards_view = make_table(self.standards_model, self)
        self.standards_view.doubleClicked.connect(self.edit_standard)
        self.standards_title = QLabel(self)
        self.new_standard_button = QPushButton(self.tr("New standard…"), self)
        self.edit_standard_button = QPushButton(self.tr("Edit standard…"), self)
        self.delete_standard_button = QPushButton(self.tr("Delete standard"), self)
        self.new_standard_button.clicked.connect(self.new_standard)
        self.edit_standard_button.clicked.connect(self.edit_standard)
        self.delete_standard_button.clicked.connect(self.delete_standard)
        self.standards_view.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Aid programs"), top))
        top_layout.addWidget(self.programs_view, 1)
        top_layout.addLayout(
            _row(self.new_program_button, self.edit_program_button, self.active_button)
        )
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.standards_title)
        bottom_layout.addWidget(self.standards_view, 1)
        bottom_layout.addLayout(
            _row(
                self.new_standard_button,
                self.edit_standard_button,
                self.delete_standard_button,
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not installation.may_edit_reference():
            note = QLabel(
                self.tr(
                    "Aid programs and standards are set by the township and come with its packages."
                ),
                self,
            )
            layout.addWidget(note)
        elif not self.actor.may_configure:
            note = QLabel(self.tr("Only the principal changes programs and standards."), self)
            layout.addWidget(note)
        elif not allows(self.actor, Do.CHANGE_STANDARDS):
            note = QLabel(self.tr("Standards are set by the township and come in its packages."))
            layout.addWidget(note)
        layout.addWidget(splitter)

    def _program_columns(self) -> list[Column]:
        # Titles and widths from the catalogue (schema.aid.AID_PROGRAM).
        def own(key: str) -> Column:
            return field_column(AID_PROGRAM[key], lambda p: getattr(p, key))

        return [
            *(own(key) for key in ("name", "code", "funding_source", "per_term", "active")),
            Column(
                self.tr("Standards"),
                lambda p: str(p.standards) if p.standards else self.tr("ad hoc"),
                sort_key=lambda p: p.standards,
                numeric=True,
                chars=3,
            ),
            own("note"),
        ]

    def _standard_columns(self) -> list[Column]:
        today = dt.date.today()

        def ended(s: StandardRow) -> QColor | None:
            return None if s.valid_on(today) or s.valid_from > today else _ENDED

        def own(key: str, **options: Any) -> Column:
            return field_column(AID_STANDARD[key], lambda s: getattr(s, key), **options)

        return [
            own("stage"),
            own("condition"),
            money_field_column(AID_STANDARD["amount_fen"], lambda s: s.amount_fen),
            own("valid_from"),
            own(
                "valid_to",
                text=lambda s: s.valid_to.isoformat() if s.valid_to else self.tr("(open)"),
                background=ended,
            ),
            own("province", text=lambda s: s.province or self.tr("national")),
        ]

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_program()
        self.programs_model.set_rows(list_programs(self.actor))
        rows = self.programs_model.rows()
        index = next((i for i, p in enumerate(rows) if current and p.id == current.id), 0)
        if rows:
            self.programs_view.selectRow(index)
        self._program_selected()

    def current_program(self) -> ProgramRow | None:
        return selected_row(self.programs_view)

    def current_standard(self) -> StandardRow | None:
        return selected_row(self.standards_view)

    def _program_selected(self) -> None:
        program = self.current_program()
        if program is None:
            self.standards_title.setText(self.tr("Standards"))
            self.standards_model.set_rows([])
        else:
            self.standards_title.setText(
                self.tr("Standards of {program}").format(program=program.name)
            )
            self.standards_model.set_rows(list_standards(self.actor, program.id))
        self._update_buttons()

    def may_change_programs(self) -> bool:
        """The principal of the township: a school's ledger takes its programs from the
        township's packages (installation.require_reference_editor refuses its edit)."""
        return self.actor.may_configure and installation.may_edit_reference()

    def _update_buttons(self) -> None:
        may = self.may_change_programs()
        program = self.current_program()
        standard = self.current_standard()
        self.new_program_button.setEnabled(may)
        self.edit_program_button.setEnabled(may and program is not None)
        self.active_button.setEnabled(may and program is not None)
        self.active_button.setText(
            self.tr("Activate") if program and not program.active else self.tr("Deactivate")
        )
        # Standards are the township's (the role matrix); a school's programs its own.
        standards = allows(self.actor, Do.CHANGE_STANDARDS)
        self.new_standard_button.setEnabled(standards and program is not None)
        self.edit_standard_button.setEnabled(standards and standard is not None)
        self.delete_standard_button.setEnabled(standards and standard is not None)

    # -- actions ----------------------------------------------------------------------
    def new_program(self) -> None:
        self._open(ProgramDialog(self.actor, None, self))

    def edit_program(self) -> None:
        program = self.current_program()
        if program is not None and self.may_change_programs():
            self._open(ProgramDialog(self.actor, program, self))

    def toggle_active(self) -> None:
        program = self.current_program()
        if program is None:
            return
        actor, active = self.actor, not program.active
        # The aid services return bare Changes: wrapped as a Result.
        op(
            self, lambda: Result(None, set_program_active(actor, program.id, active))
        ).run_in_background()

    def new_standard(self) -> None:
        program = self.current_program()
        if program is not None:
            self._open(StandardDialog(self.actor, program, None, self))

    def edit_standard(self) -> None:
        program, standard = self.current_program(), self.current_standard()
        if program is not None and standard is not None and allows(self.actor, Do.CHANGE_STANDARDS):
            self._open(StandardDialog(self.actor, program, standard, self))

    def delete_standard(self) -> None:
        standard = self.current_standard()
        if standard is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete standard"),
            self.tr(
                "Delete this standard? Only do this for one entered by mistake; a standard "
                "that no longer applies gets a valid-to date instead, so past terms stay right."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.actor
        op(self, lambda: Result(None, delete_standard(actor, standard.id))).run_in_background()

    def _open(self, dialog: ProgramDialog | StandardDialog) -> None:
        # Kept in Python while open: Qt must not outlive the wrapper.
        self._dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
