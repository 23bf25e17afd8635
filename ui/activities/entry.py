"""Activity entry: the kind, the catalogue's fields, the pairing (for the kinds done for
an institution pairing) and the teachers who took part, ticked in a list."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.activities import ACTIVITY
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.services.activities import kinds, records
from fupin_desktop.services.activities import pairings as inst
from fupin_desktop.services.activities.records import ActivityRow
from fupin_desktop.services.care import teachers
from fupin_desktop.services.context import Actor
from ui.fields.form import FieldForm
from ui.operations import op
from ui.phrases import attach_phrases
from ui.pick import type_ahead


class ActivityDialog(QDialog):
    def __init__(
        self,
        actor: Actor,
        school_id: str,
        parent: QWidget | None = None,
        *,
        existing: ActivityRow | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.school_id, self.existing = actor, school_id, existing
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Activity") if existing else self.tr("New activity"))
        self.kind = QComboBox(self)
        for kind in kinds.list_kinds(active_only=True):
            self.kind.addItem(kind.label, kind.code)
        self.pairing = QComboBox(self)
        self.pairing.addItem(self.tr("(none)"), None)
        for p in inst.list_pairings(actor, school_id=school_id):
            self.pairing.addItem(p.partner, p.id)
        self.form = FieldForm(ACTIVITY.fields, self)
        attach_phrases(self.form, ACTIVITY.name)
        self.form.set_values({"activity_date": today or dt.date.today()})
        self.teachers = QListWidget(self)
        type_ahead(self.teachers)
        for teacher_id, name in teachers.teacher_choices(school_id):
            item = QListWidgetItem(name, self.teachers)
            item.setData(Qt.ItemDataRole.UserRole, teacher_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        top = QFormLayout()
        top.addRow(self.tr("Activity kind *"), self.kind)
        top.addRow(self.tr("Institution pairing"), self.pairing)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Teachers who took part"), self))
        right.addWidget(self.teachers, 1)
        middle = QHBoxLayout()
        middle.addWidget(scroll, 3)
        middle.addLayout(right, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if existing is not None:
            self._fill(existing)
        self._kind_changed()
        self.resize(900, 640)

    def _fill(self, row: ActivityRow) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.pairing.setCurrentIndex(max(0, self.pairing.findData(row.pairing_id)))
        self.form.set_values(row.values)
        for index in range(self.teachers.count()):
            item = self.teachers.item(index)
            if item.data(Qt.ItemDataRole.UserRole) in row.teacher_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _kind_changed(self) -> None:
        code = self.kind.currentData()
        kind = next((k for k in kinds.list_kinds() if k.code == code), None)
        self.pairing.setEnabled(bool(kind and kind.for_pairing))
        for key in ("level",):
            self.form.editor(key).setEnabled(bool(kind and kind.training))

    def teacher_ids(self) -> list[str]:
        return [
            self.teachers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.teachers.count())
            if self.teachers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        raw: dict[str, Any] = self.form.values()
        _, errors = clean_record(ACTIVITY, raw)
        shown = self.form.show_errors(errors)
        if shown:
            self.form.editor(shown[0]).focus_input()
            return
        pairing = self.pairing.currentData() if self.pairing.isEnabled() else None
        actor, school, kind, ids = (
            self.actor,
            self.school_id,
            self.kind.currentData(),
            self.teacher_ids(),
        )
        existing = self.existing.id if self.existing else None

        call = partial(
            records.save_activity,
            actor,
            existing,
            school,
            kind,
            raw,
            teacher_ids=ids,
            pairing_id=pairing,
        )
        op(self, call).success(self._saved).run_in_background()

    def _saved(self, activity_id: str) -> None:
        self.saved_id = activity_id
        super().accept()
