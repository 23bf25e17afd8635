"""Quick entry of visits: a teacher's students on the left, one visit form on the right.
Picking a student starts the form from that child's previous visit; "Save and next"
(Ctrl+Enter) saves and moves on, keeping the date and method, so ten students' month of
visits is ten short edits, not a hunt through menus."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.care import VISIT
from fupin_desktop.services.care import pairings, visits
from fupin_desktop.services.care.pairings import PairingRow
from fupin_desktop.services.context import Actor
from ui.aid.table import Column, RowTableModel, make_table
from ui.care.common import clean_record_errors
from ui.fields import FieldForm
from ui.operations import op
from ui.screen import fit


class VisitQuickEntry(QDialog):
    def __init__(
        self,
        actor: Actor,
        teacher_id: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.teacher_id = teacher_id
        self.today = today or dt.date.today()
        self.saved = 0
        self.pairings: list[PairingRow] = pairings.for_teacher(actor, teacher_id, as_of=self.today)
        self.last_seen = visits.last_visits(actor, teacher_id)
        name = self.pairings[0].teacher_name if self.pairings else actor.name
        self.setWindowTitle(self.tr("Record visits: {name}").format(name=name))
        columns = [
            Column(self.tr("Student"), lambda p: p.student_name, chars=4),
            Column(self.tr("Class"), lambda p: f"{p.grade or ''}-{p.class_name}", chars=3),
            Column(
                self.tr("Last visit"),
                lambda p: self._last(p.student_id),
                chars=6,
            ),
        ]
        self.model = RowTableModel(columns, self)
        self.model.set_rows(self.pairings)
        self.students = make_table(self.model, self, sortable=False)
        self.students.selectionModel().currentRowChanged.connect(self._picked)
        self.student_label = QLabel(self)
        self.student_label.setStyleSheet("font-weight: bold;")
        self.form = FieldForm(VISIT.fields, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.status = QLabel(self)
        self.save_next = QPushButton(self.tr("Save and next"), self)
        self.save_next.setDefault(False)
        self.save_next.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.save_next.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_and_next)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.student_label)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_next)
        buttons.addWidget(self.close_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.students)
        splitter.addWidget(right)
        splitter.setSizes([300, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        fit(self, 980, 720)
        self._sticky: dict[str, object] = {}
        if self.pairings:
            self.students.selectRow(0)
            self._picked()
        else:
            self.student_label.setText(self.tr("No students are paired with this teacher."))
            self.save_next.setEnabled(False)

    def _last(self, student_id: str) -> str:
        day = self.last_seen.get(student_id)
        return day.isoformat() if day else self.tr("never")

    def current(self) -> PairingRow | None:
        return self.model.row(self.students.currentIndex().row())

    def _picked(self) -> None:
        pairing = self.current()
        if pairing is None:
            return
        self.student_label.setText(
            self.tr("{name}, last visit: {day}").format(
                name=pairing.student_name, day=self._last(pairing.student_id)
            )
        )
        values = visits.template(self.actor, self.teacher_id, pairing.student_id, self.today)
        values.update(self._sticky)
        self.form.set_values(values)

    def save_and_next(self) -> bool:
        """Save the visit and move on to the next student; False when the form has
        errors (nothing is sent)."""
        pairing = self.current()
        if pairing is None:
            return False
        raw = self.form.values()
        shown = self.form.show_errors(clean_record_errors(self.form.fields, raw))
        if shown:
            self.form.editor(shown[0]).focus_input()
            return False
        student_id, today = pairing.student_id, self.today
        call = partial(visits.save, self.actor, None, self.teacher_id, student_id, raw, today=today)
        op(self, call).success(lambda _: self._saved(pairing, raw)).run_in_background()
        return True

    def _saved(self, pairing: PairingRow, raw: dict[str, Any]) -> None:
        self.saved += 1
        self._sticky = {"visit_date": raw["visit_date"], "method": raw["method"]}
        self.last_seen = visits.last_visits(self.actor, self.teacher_id)
        row = self.pairings.index(pairing)
        self.model.set_rows(self.pairings)
        self.status.setText(
            self.tr("Saved {name}. {count} saved so far.").format(
                name=pairing.student_name, count=self.saved
            )
        )
        self.students.selectRow(min(row + 1, len(self.pairings) - 1))
        self._picked()
        self.form.editor("child_state").focus_input()
