"""Children handed over by other schools of the township (交接): "3 children handed over
by 柳塘小学", each with the records that came with the file; accepted into this school
(its class here) or "not here" (services/schoolyear/handover.py)."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import PermissionDenied
from fupin_desktop.schema.schoolyear import MOVE, grade_label
from fupin_desktop.services.context import Changes
from fupin_desktop.services.schoolyear import handover, handover_read
from ui.bus import bus
from ui.operations import op
from ui.screen import fit
from ui.session import school_scope, session


class HandoverDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Children handed over"))
        fit(self, 980, 620)
        self.school_id = school_scope()
        self.rows: list[handover.Incoming] = []
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.show_all = QCheckBox(self.tr("Show decided ones too"), self)
        self.show_all.toggled.connect(self.load)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("From"), self.tr("Move"), self.tr("Left on"),
             self.tr("Grade here"), self.tr("State")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_records)
        self.records = QTextBrowser(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.records)
        split.setSizes([560, 400])
        self.class_name = QLineEdit(self)
        self.class_name.setPlaceholderText(self.tr("e.g. 1班"))
        self.class_name.setMaximumWidth(120)
        self.accept_button = QPushButton(self.tr("Take the child in"), self)
        self.refuse_button = QPushButton(self.tr("Not here…"), self)
        self.accept_button.clicked.connect(self.take_in)
        self.refuse_button.clicked.connect(self.not_here)
        actions = QHBoxLayout()
        class_label = QLabel(self.tr("Class here:"), self)
        actions.addWidget(class_label)
        actions.addWidget(self.class_name)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.refuse_button)
        actions.addStretch(1)
        actions.addWidget(self.show_all)
        # The receiving school decides, in its own ledger; the township only looks.
        for widget in (class_label, self.class_name, self.accept_button, self.refuse_button):
            widget.setVisible(not session().is_township)
        note = QLabel(
            self.tr(
                "The sending school keeps its file. Taking a child in makes a file here with "
                "the child's history, assessments and family; the care records of the "
                "sending school are read with the child's timeline. The sending school "
                "learns the decision with the next packages."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        bus().changed.connect(self._on_changed)
        self.refused = False
        try:
            self.load()
        except PermissionDenied as refused:  # a teacher, from the menu: said here
            self.refused = True
            self.heading.setText(html.escape(refused.message))
            for widget in (self.show_all, self.table, self.class_name):
                widget.setEnabled(False)
            self.accept_button.setEnabled(False)
            self.refuse_button.setEnabled(False)

    def load(self) -> None:
        actor = session().actor
        waiting = handover.waiting_by_school(actor, self.school_id)
        lines = [
            self.tr("{count} children handed over by {school}").format(count=n, school=s)
            for s, n in waiting
        ]
        self.heading.setText("<br>".join(lines) or self.tr("No child waits to be taken in."))
        self.rows = handover.incoming(
            actor, self.school_id, waiting_only=not self.show_all.isChecked()
        )
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            texts = (r.name, r.from_school_name, MOVE.label(r.reason), r.left_on.isoformat(),
                     grade_label(r.to_stage, r.to_grade), self._state(r))  # fmt: skip
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._show_records()

    def _state(self, r: handover.Incoming) -> str:
        if r.withdrawn and r.state == "offered":
            return self.tr("Taken back by the sending school")
        if r.state == "offered":
            return self.tr("Waiting")
        word = self.tr("Taken in") if r.state == "accepted" else self.tr("Not here")
        return f"{word} {r.decided_on or ''}".strip()

    def current(self) -> handover.Incoming | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_records(self) -> None:
        r = self.current()
        self.accept_button.setEnabled(r is not None and r.waiting)
        self.refuse_button.setEnabled(r is not None and r.waiting)
        if r is None:
            self.records.setHtml("")
            return
        came = handover_read.came_with(r.id)
        there = " ".join(x for x in (grade_label(r.from_stage, r.from_grade), r.from_class) if x)
        where = self.tr("{school}: {place}, left on {day}").format(
            school=r.from_school_name, place=there, day=r.left_on.isoformat()
        )
        out = [
            f"<p><b>{html.escape(r.name)}</b>　{html.escape(r.id_number)}<br>"
            f"{html.escape(where)}</p>",
            "<p>" + html.escape(self.tr("Came with the file: {what}").format(what=came)) + "</p>",
        ]
        for item in handover_read.records(session().actor, r.id):
            text = html.escape(item.text).replace("\n", "<br>")
            out.append(
                f"<p><span style='color:#555'>{item.day.isoformat()}</span> "
                f"<b>{html.escape(item.title)}</b> <span style='color:#666'>"
                f"{html.escape(item.teacher_name)}</span><br>{text}</p>"
            )
        self.records.setHtml("".join(out))

    def take_in(self) -> None:
        r = self.current()
        if r is None or not r.waiting:
            return
        call = partial(handover.accept, session().actor, r.id, class_name=self.class_name.text())
        op(self, call).success(lambda _: self.load()).run_in_background()

    def not_here(self) -> None:
        r = self.current()
        if r is None or not r.waiting:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Not here"),
            self.tr("Why is {name} not taken in (for {school})?").format(
                name=r.name, school=r.from_school_name
            ),
            text=self.tr("Not at this school"),
        )
        if not ok:
            return
        call = partial(handover.refuse, session().actor, r.id, reason)
        op(self, call).success(lambda _: self.load()).run_in_background()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects("handover") and self.isVisible() and not self.refused:
            self.load()

    def done(self, result: int) -> None:
        bus().changed.disconnect(self._on_changed)
        super().done(result)
