"""转出到…: a child leaves for another school of the township (handed over with the next
package) or for a place elsewhere; a child who already left is handed over
(services/schoolyear/handover.py)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.schoolyear import handover
from ui.fields.dates import DayPicker
from ui.operations import op
from ui.screen import fit
from ui.session import session


class TransferOutDialog(QDialog):
    """For an enrolled child: the day and where to. For a child who left (graduated or
    transferred, no school confirmed): only the receiving school."""

    def __init__(self, student_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student_id = student_id
        self.departure_id = handover.open_departure(student_id)
        self.setWindowTitle(self.tr("Transfer out: {name}").format(name=name))
        fit(self, 520, 300)
        self.school = QComboBox(self)
        self.school.addItem(self.tr("Elsewhere (not a school of the township)"), "")
        for choice in handover.receiving_schools():
            self.school.addItem(f"{choice.name}（{choice.code}）", choice.code)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("School and place, e.g. 长沙市某小学"))
        self.day = DayPicker(dt.date.today(), self)
        form = QFormLayout()
        form.addRow(self.tr("Receiving school"), self.school)
        form.addRow(self.tr("Elsewhere"), self.place)
        form.addRow(self.tr("Leaves on"), self.day)
        note = QLabel(
            self.tr(
                "A school of the township receives the child's file with the next "
                "packages, and confirms it; until then the child stays on the "
                "no-child-lost list."
            )
            if self.departure_id is None
            else self.tr(
                "The child has left already; choose the school of the township the child "
                "went to. Its confirmation comes back with the packages."
            ),
            self,
        )
        note.setWordWrap(True)
        if self.departure_id is not None:
            self.school.removeItem(0)
            for row in (1, 2):
                form.setRowVisible(row, False)
        self.school.currentIndexChanged.connect(self._elsewhere)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._elsewhere()

    def _elsewhere(self) -> None:
        self.place.setEnabled(not self.school.currentData())

    def save(self) -> None:
        actor, code = session().actor, self.school.currentData() or ""
        if self.departure_id is not None:
            call = partial(handover.offer, actor, self.departure_id, code)
        else:
            call = partial(
                handover.transfer_out,
                actor,
                self.student_id,
                self.day.day(),
                to_code=code,
                to_place=self.place.text(),
            )
        op(self, call).success(lambda _: self.accept()).run_in_background()
