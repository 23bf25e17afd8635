"""A catalogue's fields in a form (FieldForm), and one record in a small dialog
(RecordDialog)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.fields import Catalogue, Field
from ui.fields.editor import FieldEditor
from ui.fields.kinds import make_editor


def field_label_text(field: Field) -> str:
    return field.title + (" *" if field.required else "")


class FieldForm(QWidget):
    """Fields laid out in a form, label beside each (required ones marked with *)."""

    changed = Signal()

    def __init__(self, fields: Iterable[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[Field] = list(fields)
        self._editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setVerticalSpacing(6)
        for field in self.fields:
            editor = make_editor(field, self)
            editor.changed.connect(self.changed)
            label = QLabel(field_label_text(field), self)
            label.setBuddy(editor.input_widget)
            # The label sits level with the input, not with the messages below it.
            label.setMinimumHeight(min(editor.input_widget.sizeHint().height(), 32))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addRow(label, editor)
            self._editors[field.key] = editor
            self._labels[field.key] = label

    def editor(self, key: str) -> FieldEditor:
        return self._editors[key]

    def editors(self) -> list[FieldEditor]:
        return list(self._editors.values())

    def label(self, key: str) -> QLabel:
        return self._labels[key]

    def keys(self) -> list[str]:
        return list(self._editors)

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self._editors.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fields missing from `values` are emptied, so a form can be reused."""
        for key, editor in self._editors.items():
            editor.set_value(values.get(key, editor.field.empty()))
            editor.set_error(None)

    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each error beside its field, clear the others; the keys shown, in form
        order."""
        shown: list[str] = []
        for key, editor in self._editors.items():
            editor.set_error(errors.get(key))
            if key in errors:
                shown.append(key)
        return shown

    def clear_errors(self) -> None:
        self.show_errors({})


class RecordDialog(QDialog):
    """One record of a catalogue (a family member, a guardian) in a small form; OK only
    when clean_record finds nothing wrong."""

    def __init__(
        self,
        catalogue: Catalogue,
        title: str,
        values: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.clean_values: dict[str, Any] = {}
        self.raw_values: dict[str, Any] = {}
        self.setWindowTitle(title)
        self.form = FieldForm(catalogue.fields, self)
        if values:
            self.form.set_values(values)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        values, errors = clean_record(self.catalogue, self.form.values())
        shown = self.form.show_errors(errors)
        if shown:
            self.form.editor(shown[0]).focus_input()
            return
        self.clean_values = values
        self.raw_values = self.form.values()
        super().accept()
