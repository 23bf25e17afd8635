"""An editor for each Kind of catalogue field, and `make_editor` that picks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fupin_desktop.errors import ValidationError
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.validation import clean_bool, compact, fen_to_yuan
from ui.fields.dates import DateEditor
from ui.fields.editor import MIN_INPUT_WIDTH, FieldEditor, input_width


class LineEditor(FieldEditor):
    """One line of text: TEXT, ID_NUMBER, PHONE, CODE, and INT and MONEY as typed text."""

    # Characters a person may type for each kind; the cleaner decides the rest.
    _ALLOWED = {
        Kind.INT: r"[-0-9０-９ ]*",
        Kind.MONEY: r"[-0-9０-９.,，。 ¥元]*",
    }
    _MAX_LENGTH = {Kind.ID_NUMBER: 24, Kind.PHONE: 24}

    def _build_input(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(self._MAX_LENGTH.get(self.field.kind, self.field.max_length))
        pattern = self._ALLOWED.get(self.field.kind)
        if pattern:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
        if self.field.kind in (Kind.INT, Kind.MONEY):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.field.kind is Kind.MONEY:
            edit.setPlaceholderText("0.00")
        edit.setFixedWidth(input_width(self, self.field))
        edit.textEdited.connect(self._on_edited)
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(self._finished)
        return edit

    @property
    def line_edit(self) -> QLineEdit:
        assert isinstance(self._input, QLineEdit)
        return self._input

    def value(self) -> str:
        return self.line_edit.text()

    def set_value(self, value: Any) -> None:
        if value is None:
            text = ""
        elif self.field.kind is Kind.MONEY and isinstance(value, int):
            text = fen_to_yuan(value)
        else:
            text = str(value)
        self.line_edit.setText(text)

    def _on_edited(self, text: str) -> None:
        """IDs, phones and codes are normalised as they are typed (full-width digits to
        ASCII, spaces out, x to X), so what a person sees is what is stored."""
        if self.field.kind not in (Kind.ID_NUMBER, Kind.PHONE, Kind.CODE):
            return
        normal = self._normalise(text)
        if normal == text:
            return
        edit = self.line_edit
        cursor = len(self._normalise(text[: edit.cursorPosition()]))
        edit.setText(normal)
        edit.setCursorPosition(min(cursor, len(normal)))

    def _normalise(self, text: str) -> str:
        normal = compact(text)
        return normal.upper() if self.field.kind is Kind.ID_NUMBER else normal


class LongTextEditor(FieldEditor):
    def _build_input(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        # Tab moves on to the next field, as in every other input of the form.
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        edit.textChanged.connect(self.changed)
        edit.installEventFilter(self)
        return edit

    def _input_grows(self) -> bool:
        return True

    def value(self) -> str:
        assert isinstance(self._input, QPlainTextEdit)
        return self._input.toPlainText()

    def set_value(self, value: Any) -> None:
        assert isinstance(self._input, QPlainTextEdit)
        self._input.setPlainText("" if value is None else str(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A plain-text edit has no editingFinished; leaving it is the same thing.
        if watched is self._input and event.type() == QEvent.Type.FocusOut:
            self._finished()
        return super().eventFilter(watched, event)


class ChoiceEditor(FieldEditor):
    """Labels shown, codes kept in itemData. A required field starts with nothing picked
    (a placeholder), so that no choice is ever made silently for a person."""

    def _build_input(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setMinimumWidth(MIN_INPUT_WIDTH)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaxVisibleItems(15)
        choices = self.field.choices
        codes = choices.codes() if choices is not None else []
        if not self.field.required and "" not in codes:
            combo.addItem("", "")
        if choices is not None:
            for choice in choices.choices:
                combo.addItem(choices.label(choice.code), choice.code)
        combo.setPlaceholderText(self.tr("Please choose"))
        combo.setCurrentIndex(-1 if self.field.required else 0)
        combo.currentIndexChanged.connect(self._on_picked)
        return combo

    @property
    def combo(self) -> QComboBox:
        assert isinstance(self._input, QComboBox)
        return self._input

    def value(self) -> str:
        if self.combo.currentIndex() < 0:
            return ""
        data = self.combo.currentData()
        return "" if data is None else str(data)

    def set_value(self, value: Any) -> None:
        code = "" if value is None else str(value)
        index = self.combo.findData(code)
        if index < 0 and code:
            # A code this program does not know (from a newer package): keep it visible
            # rather than silently changing it; the save will say what is wrong.
            self.combo.addItem(code, code)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def _on_picked(self, _index: int) -> None:
        self.changed.emit()
        self._finished()


class MultiChoiceEditor(FieldEditor):
    """A check box for each choice ("可多选"); the value is the list of codes ticked."""

    def _build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        choices = self.field.choices
        for choice in choices.choices if choices is not None else ():
            check = QCheckBox(choices.label(choice.code), box)  # type: ignore[union-attr]
            check.toggled.connect(self._on_toggled)
            layout.addWidget(check)
            self._boxes[choice.code] = check
        layout.addStretch(1)
        return box

    def _input_grows(self) -> bool:
        return True

    def value(self) -> list[str]:
        return [code for code, box in self._boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        if isinstance(value, (list, tuple, set)):
            codes = {str(v) for v in value}
        else:
            codes = {c for c in str(value or "").split(",") if c}
        for code, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)

    def _is_blank(self) -> bool:
        return not self.value()

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()
        self._finished()


class BoolEditor(FieldEditor):
    def _build_input(self) -> QCheckBox:
        box = QCheckBox(self)
        box.toggled.connect(self._on_toggled)
        return box

    @property
    def checkbox(self) -> QCheckBox:
        assert isinstance(self._input, QCheckBox)
        return self._input

    def value(self) -> bool:
        return self.checkbox.isChecked()

    def set_value(self, value: Any) -> None:
        try:
            checked = clean_bool(value) if value is not None else False
        except ValidationError:
            checked = False
        self.checkbox.setChecked(checked)

    def _is_blank(self) -> bool:
        return False

    def _on_toggled(self, _checked: bool) -> None:
        self.changed.emit()
        self._finished()


_EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.TEXT: LineEditor,
    Kind.LONG_TEXT: LongTextEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.MULTI_CHOICE: MultiChoiceEditor,
    Kind.BOOL: BoolEditor,
    Kind.DATE: DateEditor,
    Kind.INT: LineEditor,
    Kind.MONEY: LineEditor,
    Kind.ID_NUMBER: LineEditor,
    Kind.PHONE: LineEditor,
    Kind.CODE: LineEditor,
}


def make_editor(field: Field, parent: QWidget | None = None) -> FieldEditor:
    """The editor for `field`, chosen by its kind."""
    return _EDITORS[field.kind](field, parent)
