"""Files for the national systems: pick the kind (资助系统 template, a term's payments, the
民政 登记表), check it (every incomplete row named with its missing columns, every child
left out with why), then save it (services/exchange/exports.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Result
from fupin_desktop.services.exchange import exports
from ui.operations import long_op
from ui.session import school_scope, session
from ui.tasks import runner


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for the national systems"))
        self.plan: exports.ExportPlan | None = None
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Student aid system: family economic information"), "aid-system")
        self.kind.addItem(self.tr("Student aid system: payments of a term"), "payments")
        self.kind.addItem(
            self.tr("Civil affairs: register of rural left-behind children"),
            "left-behind-register",
        )
        year, term = school_calendar().current_term()
        self.year = QLineEdit(year, self)
        self.term = QComboBox(self)
        self.term.addItem(self.tr("Autumn term"), 1)
        self.term.addItem(self.tr("Spring term"), 2)
        self.term.setCurrentIndex(self.term.findData(term))
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self.run_check)
        form = QFormLayout()
        form.addRow(self.tr("File"), self.kind)
        form.addRow(self.tr("School year"), self.year)
        form.addRow(self.tr("Term"), self.term)
        form.addRow("", self.check_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Rows to complete first, and children left out:")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        # The files carry full ID numbers: who may not write them is told, not refused.
        self.may_export = session().actor.may_see_full_ids
        self.check_button.setEnabled(self.may_export)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(760, 560)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.term.setEnabled(kind == "payments")
        self.year.setEnabled(kind != "left-behind-register")
        self.plan = None
        self.save_button.setEnabled(False)
        self.problems.clear()
        self.summary.setText("")
        if not self.may_export:
            self.summary.setText(
                self.tr(
                    "These files carry full ID numbers: only the principal or the aid "
                    "officer makes them."
                )
            )

    def run_check(self) -> None:
        actor = session().actor
        kind, year, term = (
            self.kind.currentData(),
            self.year.text().strip(),
            self.term.currentData(),
        )
        school_id = school_scope()

        def work(report: Any, cancel: Any) -> exports.ExportPlan:
            if kind == "aid-system":
                return exports.prepare_aid_system(actor, school_id=school_id, school_year=year)
            if kind == "payments":
                return exports.prepare_payments(actor, year, int(term), school_id=school_id)
            return exports.prepare_left_behind_register(actor, school_id=school_id)

        runner().run(self, self.tr("Checking…"), work, self.show_plan)

    def show_plan(self, plan: exports.ExportPlan) -> None:
        self.plan = plan
        self.problems.clear()
        for problem in plan.problems:
            self.problems.addItem(problem.describe())
        for line in plan.left_out:
            self.problems.addItem(self.tr("Left out: {line}").format(line=line))
        text = plan.summary()
        if plan.ready:
            text += " " + self.tr("Ready to save.")
        self.summary.setText(text)
        self.save_button.setEnabled(plan.ready and bool(plan.rows))

    def save(self) -> None:
        plan = self.plan
        if plan is None or not plan.ready:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the file"),
            f"{plan.column_set.sheet}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.write(Path(name))

    def write(self, path: Path) -> None:
        plan = self.plan
        assert plan is not None
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[int]:
            return exports.write(actor, plan, path)

        def done(count: int) -> None:
            self.summary.setText(
                self.tr("{count} rows written to {path}.").format(count=count, path=path)
            )

        long_op(self, self.tr("Writing…"), work).success(done).run_in_background()
