"""The new-school-year step: every child's move previewed, exceptions ticked by hand,
then applied after a backup (services/schoolyear/step.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop import terms
from fupin_desktop.errors import FupinError
from fupin_desktop.schema.schoolyear import EXCEPTIONS, MOVE, grade_label
from fupin_desktop.services.schoolyear import handover, step
from ui.operations import long_op
from ui.screen import fit
from ui.session import school_scope, session


class YearStepDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, school_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New school year"))
        fit(self, 860, 600)
        self.school_id = school_id or school_scope()
        self.plan: step.YearPreview | None = None
        self.year = QLineEdit(self)
        self.year.setText(terms.school_year_label(terms.first_year(step.current_year()) + 1))
        load = QPushButton(self.tr("Preview"), self)
        load.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Into the school year"), self))
        top.addWidget(self.year)
        top.addWidget(load)
        top.addStretch(1)
        self.note = QLabel(
            self.tr(
                "Each child moves up a grade and the top grade graduates. Choose an "
                "exception for a child who repeats the year, transfers out or is suspended. "
                "A backup is taken first: restoring it undoes the step."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.summary = QLabel(self)
        # Handover (docs/architecture.md, "The school year"): where leaving children go on.
        self.schools = handover.receiving_schools()
        self.graduates_to = self._school_combo(self)
        self.graduates_to.currentIndexChanged.connect(self._all_graduates)
        graduates_label = QLabel(self.tr("Graduates go on to"), self)
        top.addWidget(graduates_label)
        top.addWidget(self.graduates_to)
        # No school of the township known yet (no package from the township): no choice.
        graduates_label.setVisible(bool(self.schools))
        self.graduates_to.setVisible(bool(self.schools))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Class"), self.tr("Grade"), self.tr("Move"),
             self.tr("Next year"), self.tr("Handed over to")]
        )  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(5, not self.schools)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = buttons.addButton(
            self.tr("Apply the step"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.load()

    def exceptions(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.plan is None:
            return out
        for row, move in enumerate(self.plan.moves):
            combo = self.table.cellWidget(row, 3)
            code = combo.currentData() if isinstance(combo, QComboBox) else None
            if code:
                out[move.student_id] = code
        return out

    def _school_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for choice in self.schools:
            combo.addItem(choice.name, choice.code)
        return combo

    def _effective(self, row: int) -> str:
        """The move a row makes as ticked now (before the preview is read again)."""
        assert self.plan is not None
        move = self.plan.moves[row]
        combo = self.table.cellWidget(row, 3)
        code = combo.currentData() if isinstance(combo, QComboBox) else None
        if code:
            return code
        return move.move if move.move not in EXCEPTIONS else "promote"

    def receiving(self) -> dict[str, str]:
        """{child: school code} of the leaving children handed over."""
        out: dict[str, str] = {}
        if self.plan is None:
            return out
        for row, move in enumerate(self.plan.moves):
            combo = self.table.cellWidget(row, 5)
            code = combo.currentData() if isinstance(combo, QComboBox) else None
            if code and self._effective(row) in handover.LEAVING:
                out[move.student_id] = code
        return out

    def _all_graduates(self) -> None:
        if self.plan is None:
            return
        index = self.graduates_to.currentIndex()
        for row in range(len(self.plan.moves)):
            combo = self.table.cellWidget(row, 5)
            if isinstance(combo, QComboBox) and self._effective(row) == "graduate":
                combo.setCurrentIndex(index)

    def _leaving_rows(self, sent: dict[str, str] | None = None) -> None:
        """A receiving school to pick on the rows of children who leave, and only there
        (a combo box a row would cost a school of 500 children dearly)."""
        if self.plan is None or not self.schools:
            return
        for row, move in enumerate(self.plan.moves):
            combo = self.table.cellWidget(row, 5)
            leaving = self._effective(row) in handover.LEAVING
            if leaving and not isinstance(combo, QComboBox):
                combo = self._school_combo(self.table)
                chosen = (sent or {}).get(move.student_id)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
                self.table.setCellWidget(row, 5, combo)
            elif not leaving and combo is not None:
                self.table.removeCellWidget(row, 5)

    def load(self) -> None:
        kept = self.exceptions()
        sent = self.receiving()
        try:
            self.plan = step.preview(session().actor, self.year.text(), kept, self.school_id)
        except FupinError as exc:
            self.plan = None
            self.summary.setText(exc.message)
            self.table.setRowCount(0)
            self.apply_button.setEnabled(False)
            return
        self.apply_button.setEnabled(bool(self.plan.moves))
        self.summary.setText(self.plan.summary())
        self.table.setRowCount(len(self.plan.moves))
        for row, m in enumerate(self.plan.moves):
            after = grade_label(m.to_stage, m.to_grade) if m.move == "promote" else ""
            for column, text in ((0, m.name), (1, m.class_name),
                                 (2, grade_label(m.stage, m.grade)), (4, after)):  # fmt: skip
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.setCellWidget(row, 3, self._combo(m, kept.get(m.student_id)))
        self._leaving_rows(sent)
        self.table.resizeColumnsToContents()

    def _combo(self, move: step.Move, chosen: str | None) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem(MOVE.label(move.move if chosen is None else "promote"), None)
        if chosen is None and move.move != "promote":
            combo.setItemText(0, MOVE.label(move.move))
        for code in EXCEPTIONS:
            combo.addItem(MOVE.label(code), code)
        if chosen:
            combo.setCurrentIndex(combo.findData(chosen))
        combo.currentIndexChanged.connect(lambda _=0: self._recount())
        return combo

    def _recount(self) -> None:
        self._leaving_rows()
        n = len(self.exceptions())
        if self.plan is not None:
            self.summary.setText(
                self.plan.summary() + " " + self.tr("{count} exceptions ticked.").format(count=n)
            )

    def apply(self) -> None:
        if self.plan is None:
            return
        text = self.tr("Move {count} children into {year}? A backup is taken first.").format(
            count=len(self.plan.moves), year=self.plan.to_year
        )
        if QMessageBox.question(self, self.windowTitle(), text) != QMessageBox.StandardButton.Yes:
            return
        actor, year, exceptions = session().actor, self.plan.to_year, self.exceptions()
        school_id, receiving = self.school_id, self.receiving()

        def work(report: Any, cancel: Any) -> Any:
            return step.apply(actor, year, exceptions, school_id, receiving)

        long_op(self, self.tr("New school year"), work).success(self._done).run_in_background()

    def _done(self, outcome: step.YearResult) -> None:
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("{summary} A backup was taken first: {path}").format(
                summary=outcome.preview.summary(), path=outcome.backup
            ),
        )
        self.accept()
