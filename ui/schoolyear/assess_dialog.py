"""The assessment of a class: each child's level and reasons, the class review (date, who
took part) and the public notice dates, saved through services/schoolyear/assessments.py."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import FupinError
from fupin_desktop.schema.schoolyear import LEVEL, grade_label
from fupin_desktop.services.schoolyear import assessments, step
from ui.care.common import pydate, qdate
from ui.errors import show_error
from ui.operations import op
from ui.screen import fit
from ui.session import school_scope, session


class ClassAssessmentDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        grade: int | None = None,
        class_name: str = "",
        school_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment of a class"))
        fit(self, 820, 620)
        self.school_id = school_id or school_scope() or ""
        self.year = QLineEdit(step.current_year(), self)
        self.grade = QLineEdit("" if grade is None else str(grade), self)
        self.class_name = QLineEdit(class_name, self)
        self.year.editingFinished.connect(self.load)
        self.grade.editingFinished.connect(self.load)
        self.class_name.editingFinished.connect(self.load)
        pick = QHBoxLayout()
        for label, edit in ((self.tr("School year"), self.year), (self.tr("Grade"), self.grade),
                            (self.tr("Class"), self.class_name)):  # fmt: skip
            pick.addWidget(QLabel(label, self))
            pick.addWidget(edit)
        today = dt.date.today()
        self.review_date = QDateEdit(qdate(today), self)
        self.participants = QLineEdit(self)
        self.notice_start = QDateEdit(qdate(today + dt.timedelta(days=1)), self)
        self.notice_end = QDateEdit(qdate(today + dt.timedelta(days=8)), self)
        for edit in (self.review_date, self.notice_start, self.notice_end):
            edit.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Class review on"), self.review_date)
        form.addRow(self.tr("Taking part"), self.participants)
        notice = QHBoxLayout()
        notice.addWidget(self.notice_start)
        notice.addWidget(QLabel("–", self))
        notice.addWidget(self.notice_end)
        form.addRow(self.tr("Public notice"), notice)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Grade"), self.tr("Level"), self.tr("Reasons")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.rows: list[dict] = []
        self.load()

    def load(self) -> None:
        grade = int(self.grade.text()) if self.grade.text().strip().isdigit() else None
        try:
            self.rows = assessments.of_school(
                session().actor, self.school_id, self.year.text(),
                self.class_name.text().strip() or None, grade,
            )  # fmt: skip
        except FupinError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            a = r["assessment"]
            self.table.setItem(row, 0, QTableWidgetItem(r["name"]))
            self.table.setItem(row, 1, QTableWidgetItem(grade_label(r["stage"], r["grade"])))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(not yet assessed)"), None)
            for code in LEVEL.codes():
                combo.addItem(LEVEL.label(code), code)
            if a is not None:
                combo.setCurrentIndex(combo.findData(a.level))
                self.review_date.setDate(qdate(a.review_date or dt.date.today()))
                self.participants.setText(a.review_participants)
                if a.notice_start and a.notice_end:
                    self.notice_start.setDate(qdate(a.notice_start))
                    self.notice_end.setDate(qdate(a.notice_end))
            self.table.setCellWidget(row, 2, combo)
            self.table.setItem(row, 3, QTableWidgetItem(a.reason_text if a else ""))
        self.table.resizeColumnsToContents()

    def save(self) -> None:
        common = {
            "review_date": pydate(self.review_date.date()),
            "review_participants": self.participants.text(),
            "notice_start": pydate(self.notice_start.date()),
            "notice_end": pydate(self.notice_end.date()),
            "assessed_on": pydate(self.review_date.date()),
        }
        entries = []
        for row, r in enumerate(self.rows):
            combo = self.table.cellWidget(row, 2)
            level = combo.currentData() if isinstance(combo, QComboBox) else None
            if level is None:
                continue
            item = self.table.item(row, 3)
            text = item.text() if item is not None else ""
            entries.append((r["student_id"], {**common, "level": level, "reason_text": text}))
        actor, year = session().actor, self.year.text()
        op(self, partial(assessments.record_many, actor, year, entries)).success(
            self._saved
        ).run_in_background()

    def _saved(self, count: int) -> None:
        QMessageBox.information(
            self, self.windowTitle(), self.tr("{count} assessments saved.").format(count=count)
        )
