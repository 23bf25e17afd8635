"""Quick entry of visits: a teacher's students on the left, one visit form on the right.

Made for the monthly round: each child's row says what is still owed now (this month's
talks, this term's home visit, a follow-up; "Only those owed" hides the rest), a child's
form starts with the method owed, the focus in the child's state, and ready phrases on
every free-text field (Ctrl+1 … Ctrl+9, ui/phrases.py). Picking a student starts an
empty form (the round's date kept): nothing of the previous visit is saved again unless
the teacher asks for it ("Use last time"). "Save and next" (Ctrl+Enter) saves and moves
on; after the last child it stops, so a second Ctrl+Enter cannot save the same visit
twice.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
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
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import pairings, visits
from fupin_desktop.services.care.pairings import PairingRow
from fupin_desktop.services.context import Actor
from ui.aid.table import Column, RowTableModel, make_table
from ui.care.common import clean_record_errors
from ui.fields.form import FieldForm
from ui.operations import op
from ui.phrases import attach_phrases
from ui.pick import type_ahead
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
        self.owed = visits.owed(actor, teacher_id, self.today)
        name = self.pairings[0].teacher_name if self.pairings else actor.name
        self.setWindowTitle(self.tr("Record visits: {name}").format(name=name))
        # Made in reading order: the order widgets are made is the Tab order.
        self._build_list()
        scroll = self._build_form()
        self._build_buttons()
        self._build_layout(scroll)
        fit(self, 1200, 720)
        self._sticky: dict[str, object] = {}
        self._shown = False
        if self.rows:
            self.students.selectRow(0)
            self._picked()
        else:
            self.student_label.setText(self.tr("No students are paired with this teacher."))
            self.save_next.setEnabled(False)

    def _build_list(self) -> None:
        """The teacher's children, with what each is still owed."""
        columns = [
            Column(self.tr("Student"), lambda p: p.student_name, chars=4),
            Column(self.tr("Class"), lambda p: class_label(p.grade, p.class_name), chars=5),
            Column(self.tr("Still owed"), lambda p: self._owed_text(p.student_id), chars=11),
            Column(self.tr("Last visit"), lambda p: self._last(p.student_id), chars=6),
        ]
        self.model = RowTableModel(columns, self)
        self.students = make_table(self.model, self, sortable=False)
        # Tab leaves the list for the form (in a table it would walk the cells).
        self.students.setTabKeyNavigation(False)
        type_ahead(self.students)
        self.only_owed = QCheckBox(self.tr("Only those owed"), self)
        self.only_owed.setToolTip(self.tr("Show only the children who are still owed a visit"))
        self.only_owed.toggled.connect(self._filter_changed)
        self._show_rows()
        self.students.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_form(self) -> QScrollArea:
        """The child picked, and the visit's form (scrolling on a small screen)."""
        self.student_label = QLabel(self)
        self.student_label.setStyleSheet("font-weight: bold;")
        self.student_label.setWordWrap(True)
        self.form = FieldForm(VISIT.fields, self)
        self.phrases = attach_phrases(self.form, VISIT.name)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        return scroll

    def _build_buttons(self) -> None:
        """Save and next (Ctrl+Enter), Use last time, Close, and the status beside them."""
        self.status = QLabel(self)
        self.save_next = QPushButton(self.tr("Save and next (Ctrl+Enter)"), self)
        self.use_last = QPushButton(self.tr("Use last time"), self)
        self.use_last.setAutoDefault(False)
        self.use_last.setToolTip(self.tr("Fill in the context of this child's previous visit"))
        self.use_last.clicked.connect(self.fill_from_last)
        self._saved_ids: set[str] = set()
        self.save_next.setDefault(False)
        self.save_next.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.save_next.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_and_next)

    def _build_layout(self, scroll: QScrollArea) -> None:
        """The list on the left, the form and its buttons on the right."""
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.only_owed)
        left_layout.addWidget(self.students, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.student_label)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.use_last)
        buttons.addWidget(self.save_next)
        buttons.addWidget(self.close_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.rows and not self._shown:
            # The round starts where the teacher writes: the child's state.
            self._shown = True
            self.form.editor("child_state").focus_input()

    def _show_rows(self) -> None:
        only = self.only_owed.isChecked()
        self.rows = [p for p in self.pairings if not only or self.owed.get(p.student_id)]
        self.model.set_rows(self.rows)

    def _filter_changed(self) -> None:
        current = self.current()
        self._show_rows()
        ids = [p.student_id for p in self.rows]
        if current is not None and current.student_id in ids:
            self.students.selectRow(ids.index(current.student_id))
        elif self.rows:
            self.students.selectRow(0)
        self.save_next.setEnabled(bool(self.rows))
        self._picked()

    def _row_changed(self) -> None:
        """Picking a child by hand opens its form again (a correction is a new visit)."""
        self.save_next.setEnabled(bool(self.rows))
        self._picked()

    def _last(self, student_id: str) -> str:
        day = self.last_seen.get(student_id)
        return day.isoformat() if day else self.tr("never")

    def _owed_text(self, student_id: str) -> str:
        return "、".join(
            self.tr("{what} ×{count}").format(what=o.title, count=o.missing)
            for o in self.owed.get(student_id, [])
        )

    def _method_for(self, student_id: str) -> str:
        """The round's method if it counts for what the child is owed, else the method
        owed first, else the round's, else a home visit."""
        sticky = str(self._sticky.get("method") or "")
        wanted = [m for o in self.owed.get(student_id, []) for m in o.methods]
        if sticky and (not wanted or sticky in wanted):
            return sticky
        return wanted[0] if wanted else sticky or "home_visit"

    def current(self) -> PairingRow | None:
        return self.model.row(self.students.currentIndex().row())

    def _picked(self) -> None:
        pairing = self.current()
        if pairing is None:
            self.student_label.setText(self.tr("Nobody is owed a visit now."))
            return
        text = self.tr("{name}, last visit: {day}").format(
            name=pairing.student_name, day=self._last(pairing.student_id)
        )
        owed = self._owed_text(pairing.student_id)
        if owed:
            text += self.tr("; still owed: {owed}").format(owed=owed)
        self.student_label.setText(text)
        values: dict[str, Any] = {f.key: f.empty() for f in VISIT}
        values.update({"visit_date": self.today}, **self._sticky)
        values["method"] = self._method_for(pairing.student_id)
        self.form.set_values(values)
        self.use_last.setEnabled(pairing.student_id in self.last_seen)

    def fill_from_last(self) -> None:
        """The previous visit's context (living conditions, needs, measures…), on request."""
        pairing = self.current()
        if pairing is None:
            return
        values = visits.template(self.actor, self.teacher_id, pairing.student_id, self.today)
        values.update(self._sticky)
        self.form.set_values(values)

    def save_and_next(self) -> bool:
        """Save the visit and move on to the next student; False when the form has
        errors (nothing is sent)."""
        pairing = self.current()
        if pairing is None or not self.save_next.isEnabled():
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
        self.owed = visits.owed(self.actor, self.teacher_id, self.today)
        order = [p.student_id for p in self.rows]
        after = order[order.index(pairing.student_id) + 1 :]
        self.students.selectionModel().blockSignals(True)
        self._show_rows()
        self.students.selectionModel().blockSignals(False)
        self.status.setText(
            self.tr("Saved {name}. {count} saved so far.").format(
                name=pairing.student_name, count=self.saved
            )
        )
        self._saved_ids.add(pairing.student_id)
        shown = [p.student_id for p in self.rows]
        following = [i for i in after if i in shown]
        if not following:
            # The round is done: stop here, never a second visit of the last child.
            self.save_next.setEnabled(False)
            self.status.setText(
                self.tr("All {count} children done: {saved} visits saved.").format(
                    count=len(order), saved=self.saved
                )
            )
            self.close_button.setFocus()
            return
        self.students.selectRow(shown.index(following[0]))
        self._picked()
        self.form.editor("child_state").focus_input()
