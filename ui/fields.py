"""Editors made from the field catalogue: every form in the program is built here.

A FieldEditor edits one catalogue Field. `value()` is the raw value a person entered, in
the shape `schema.clean.clean_value` accepts (the single validation path); `set_value()`
takes the stored value (codes, dates, fen). Errors and warnings show beside the field.

Stored and raw differ for money: clean_value reads every amount as yuan, so stored fen
must never be handed back to it; `raw_value()` turns a stored value into the raw form.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import tr
from fupin_desktop.schema.clean import clean_record, clean_value
from fupin_desktop.schema.fields import Catalogue, Field, Kind
from fupin_desktop.validation import clean_bool, clean_date, compact, fen_to_yuan

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#8a5300"
# Wide enough for a Chinese label or an 18-character ID; the catalogue's width decides more.
MIN_INPUT_WIDTH = 140
_FRAME_STYLE = "QFrame#fieldFrame {{ border: 1px solid {colour}; border-radius: 3px; }}"
# ±1 day on every date input (DateEditor, DayPicker): up is later, down is earlier.
DAY_KEYS = {Qt.Key.Key_Up: 1, Qt.Key.Key_PageUp: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageDown: -1}


def day_keys_tip() -> str:
    return QCoreApplication.translate(
        "DateEditor", "Up or Page Up: one day later. Down or Page Down: one day earlier."
    )


def raw_value(field: Field, stored: Any) -> Any:
    """The raw form of a stored value, as an editor would give it back: what
    clean_value takes (amounts in yuan text, not fen)."""
    if field.kind is Kind.MONEY and isinstance(stored, int) and not isinstance(stored, bool):
        return fen_to_yuan(stored)
    return stored


def raw_record(catalogue: Catalogue, stored: Mapping[str, Any]) -> dict[str, Any]:
    """A stored record (as services read it) in raw form; keys outside the catalogue
    (the row's "id") are kept as they are."""
    raw = dict(stored)
    for field in catalogue:
        if field.key in raw:
            raw[field.key] = raw_value(field, raw[field.key])
    return raw


def input_width(widget: QWidget, field: Field) -> int:
    """Pixels for an input of `field.width` characters (the catalogue's table width)."""
    return max(MIN_INPUT_WIDTH, int(widget.fontMetrics().averageCharWidth() * field.width * 1.6))


class FieldEditor(QWidget):
    """One field: the input, and below it a red error line and an amber warning line."""

    changed = Signal()
    # Emitted when a person has finished with the field (left it, picked a value).
    editing_finished = Signal()
    # A link in the warning line was clicked (its href).
    link_activated = Signal(str)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._error: str | None = None
        self._frame = QFrame(self)
        self._frame.setObjectName("fieldFrame")
        frame_layout = QHBoxLayout(self._frame)
        # One pixel of room, so the red border never covers the input.
        frame_layout.setContentsMargins(1, 1, 1, 1)
        frame_layout.setSpacing(4)
        self._input = self._build_input()
        frame_layout.addWidget(self._input)
        for extra in self._extra_widgets():
            frame_layout.addWidget(extra)
        self._error_label = self._message_label(ERROR_COLOUR, rich=False)
        # Rich text only for warnings: they may carry a link (the other student's file).
        self._warning_label = self._message_label(WARNING_COLOUR, rich=True)
        self._warning_label.linkActivated.connect(self.link_activated)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._frame)
        if self._input_grows():
            row.setStretch(0, 1)
        else:
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self._error_label)
        layout.addWidget(self._warning_label)
        self._paint_border()
        if field.help:
            # The catalogue's help is an English source (N_): shown translated.
            self.add_tooltip(field.title + ": " + tr(field.help))

    # -- for the kinds ----------------------------------------------------------------
    def _build_input(self) -> QWidget:
        raise NotImplementedError

    def _extra_widgets(self) -> list[QWidget]:
        return []

    def _input_grows(self) -> bool:
        return False

    def value(self) -> Any:
        """The raw value, as clean_value takes it."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value (a code, a date, fen, a bool)."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------
    @property
    def input_widget(self) -> QWidget:
        return self._input

    @property
    def error_label(self) -> QLabel:
        return self._error_label

    @property
    def warning_label(self) -> QLabel:
        return self._warning_label

    def clear(self) -> None:
        self.set_value(self.field.empty())

    def error(self) -> str | None:
        return self._error

    def set_error(self, message: str | None) -> None:
        """A red message below the field and a red border; None clears both."""
        self._error = message or None
        self._error_label.setText(self._error or "")
        self._error_label.setVisible(bool(self._error))
        self._paint_border()

    def set_warning(self, message: str | None, link: tuple[str, str] | None = None) -> None:
        """An amber note that does not stop saving; `link` is (href, text) after it."""
        if not message:
            self._warning_label.clear()
            self._warning_label.hide()
            return
        text = html.escape(message)
        if link is not None:
            href, link_text = link
            text += f' <a href="{html.escape(href)}">{html.escape(link_text)}</a>'
        self._warning_label.setText(text)
        self._warning_label.show()

    def warning(self) -> str:
        return self._warning_label.text()

    def check(self) -> str | None:
        """Clean the value now and show what is wrong; an empty required field is left
        for the save (no nagging while a person is still filling the form in)."""
        try:
            clean_value(self.field, self.value())
        except ValidationError as exc:
            if self.field.required and self._is_blank():
                self.set_error(None)
                return None
            self.set_error(exc.message)
            return self._error
        self.set_error(None)
        return None

    def focus_input(self) -> None:
        self._input.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_widget(self, widget: QWidget) -> None:
        """A widget beside the input, inside its frame (a phrase button)."""
        self._frame.layout().addWidget(widget)

    def add_tooltip(self, text: str) -> None:
        """A line more in the input's tooltip (keys it understands)."""
        tip = self._input.toolTip()
        self._input.setToolTip(f"{tip}\n{text}" if tip else text)

    def _is_blank(self) -> bool:
        return self.value() in (None, "")

    def _paint_border(self) -> None:
        colour = ERROR_COLOUR if self._error else "transparent"
        self._frame.setStyleSheet(_FRAME_STYLE.format(colour=colour))

    def _message_label(self, colour: str, *, rich: bool) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {colour};")
        if rich:
            # Mouse only: a keyboard-reachable link would sit in the form's Tab order.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.hide()
        return label

    def _finished(self) -> None:
        self.check()
        self.editing_finished.emit()


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


class _DayLineEdit(QLineEdit):
    """The date's line edit: the ±1 day keys become a step, the rest is typing."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        days = DAY_KEYS.get(event.key())
        if days is not None and not event.modifiers():
            self.step.emit(days)
            return
        super().keyPressEvent(event)


class DateEditor(FieldEditor):
    """A date typed as schools write it (2015-03-02, 2015.3.2, 20150302, 2015年3月2日) or
    picked from a calendar; empty is just an empty box.

    A QDateEdit cannot be empty without a sentinel date, and with one, typing after the
    blank text loses the first digit, and a typed '-' skips a section (2015-03-02 became
    2015-05-03 when tried here); teachers type dates, so a line edit it is."""

    def _build_input(self) -> QLineEdit:
        edit = _DayLineEdit(self)
        edit.setMaxLength(20)
        edit.setPlaceholderText(self.tr("e.g. 2015-09-01"))
        edit.setFixedWidth(max(MIN_INPUT_WIDTH, edit.fontMetrics().horizontalAdvance("0") * 16))
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(self._on_finished)
        edit.step.connect(self.step_day)
        edit.setToolTip(day_keys_tip())
        return edit

    def step_day(self, days: int) -> None:
        """One day later or earlier (an empty or unreadable box starts from today)."""
        value = self.value()
        day = value + dt.timedelta(days=days) if isinstance(value, dt.date) else dt.date.today()
        self.set_value(day)
        self.changed.emit()

    def _extra_widgets(self) -> list[QWidget]:
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._on_picked)
        self.calendar.activated.connect(self._on_picked)
        self.calendar_menu = QMenu(self)
        action = QWidgetAction(self.calendar_menu)
        action.setDefaultWidget(self.calendar)
        self.calendar_menu.addAction(action)
        self.calendar_menu.aboutToShow.connect(self._on_calendar_shown)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar"))
        # Popped up by hand: a tool button's own menu arrow is drawn over its text.
        self.calendar_button.clicked.connect(self._show_calendar)
        return [self.calendar_button]

    def _show_calendar(self) -> None:
        button = self.calendar_button
        self.calendar_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    @property
    def line_edit(self) -> QLineEdit:
        assert isinstance(self._input, QLineEdit)
        return self._input

    def value(self) -> dt.date | str | None:
        """A date when the text reads as one; otherwise the text, so that clean_value
        can say what is wrong with it."""
        text = self.line_edit.text().strip()
        if not text:
            return None
        try:
            return clean_date(text)
        except ValidationError:
            return text

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            self.line_edit.setText(value.isoformat())
        else:
            self.line_edit.setText("" if value is None else str(value))

    def _on_finished(self) -> None:
        # Show every date the same way once it is understood.
        value = self.value()
        if isinstance(value, dt.date) and self.line_edit.text() != value.isoformat():
            self.line_edit.setText(value.isoformat())
        self._finished()

    def _on_calendar_shown(self) -> None:
        value = self.value()
        date = value if isinstance(value, dt.date) else dt.date.today()
        qdate = QDate(date.year, date.month, date.day)
        self.calendar.setSelectedDate(qdate)
        self.calendar.setCurrentPage(date.year, date.month)

    def _on_picked(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.calendar_menu.hide()
        self._finished()


class DayPicker(QDateEdit):
    """A date that always holds a day (a period's ends, the day of a meal register), with
    the calendar and the same ±1 day keys as DateEditor."""

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_day(day or dt.date.today())
        self.setToolTip(day_keys_tip())

    def day(self) -> dt.date:
        value = self.date()
        return dt.date(value.year(), value.month(), value.day())

    def set_day(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = DAY_KEYS.get(event.key())
        if step is not None and not event.modifiers():
            self.setDate(self.date().addDays(step))
            return
        super().keyPressEvent(event)


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


class RowsEditor(QWidget):
    """The rows of a catalogue belonging to one record (family members, guardians): a
    table with add, edit and remove; each row is edited in a RecordDialog.

    `set_rows` takes stored rows (as get_file reads them); `rows()` gives raw rows (as
    validate_file and save_file take them), each with its "id" so saved rows keep their
    identity."""

    changed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        row_title: str,
        parent: QWidget | None = None,
        *,
        dialog_factory: Callable[..., RecordDialog] = RecordDialog,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.row_title = row_title
        self._dialog_factory = dialog_factory
        self._rows: list[dict[str, Any]] = []
        self._row_errors: dict[int, dict[str, str]] = {}
        self._dialog: RecordDialog | None = None  # kept: Qt must not outlive Python here
        self.table = self._build_table()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_row)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(self.catalogue.fields), self)
        table.setHorizontalHeaderLabels([field_label_text(f) for f in self.catalogue.fields])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        for column, field in enumerate(self.catalogue.fields):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # 1.1: the guardian table (77 characters of widths) fits an 860-pixel dialog.
            # Never narrower than the header's words (docs/architecture.md, "Screens").
            title = table.fontMetrics().horizontalAdvance(field_label_text(field)) + 16
            table.setColumnWidth(column, max(60, title, int(char * field.width * 1.1)))
        table.itemSelectionChanged.connect(self._update_buttons)
        table.cellDoubleClicked.connect(lambda row, _column: self.edit_row(row))
        return table

    # -- data ---------------------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self._rows]

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._rows = [raw_record(self.catalogue, row) for row in rows]
        self._row_errors = {}
        self._refresh()

    def show_errors(self, errors: Mapping[str, str]) -> list[int]:
        """Errors keyed "row.key" (as validate_file gives them, prefix removed): cells
        in red with the message as tooltip, and a line per row below the table."""
        self._row_errors = {}
        for compound, message in errors.items():
            index_text, _, key = compound.partition(".")
            if index_text.isdigit():
                self._row_errors.setdefault(int(index_text), {})[key] = message
        self._refresh()
        return sorted(self._row_errors)

    # -- actions ------------------------------------------------------------------------
    def add_row(self) -> None:
        values = self._run_dialog({})
        if values is not None:
            self._rows.append(values)
            self._after_edit(len(self._rows) - 1)

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.edit_row(row)

    def edit_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        values = self._run_dialog(self._rows[row], self._row_errors.get(row, {}))
        if values is not None:
            values["id"] = self._rows[row].get("id")
            self._rows[row] = values
            self._row_errors.pop(row, None)
            self._after_edit(row)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            # Error positions after the removed row move up by one.
            self._row_errors = {
                (i if i < row else i - 1): e for i, e in self._row_errors.items() if i != row
            }
            self._refresh()
            self.changed.emit()

    def _run_dialog(
        self, values: Mapping[str, Any], errors: Mapping[str, str] | None = None
    ) -> dict[str, Any] | None:
        self._dialog = self._dialog_factory(self.catalogue, self.row_title, values, self)
        if errors:
            self._dialog.form.show_errors(errors)
        try:
            if self._dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dict(self._dialog.raw_values)
        finally:
            self._dialog.deleteLater()
            self._dialog = None

    def _after_edit(self, row: int) -> None:
        self._refresh()
        self.table.selectRow(row)
        self.changed.emit()

    # -- drawing ------------------------------------------------------------------------
    def _refresh(self) -> None:
        self.table.setRowCount(len(self._rows))
        for row, values in enumerate(self._rows):
            errors = self._row_errors.get(row, {})
            for column, field in enumerate(self.catalogue.fields):
                self.table.setItem(row, column, self._cell(field, values.get(field.key), errors))
        self._show_error_summary()
        self._update_buttons()

    def _cell(self, field: Field, raw: Any, errors: Mapping[str, str]) -> QTableWidgetItem:
        try:
            text = field.display(clean_value(field, raw))
        except ValidationError:
            # Shown as it is; the save says what is wrong with it.
            text = "" if raw is None else str(raw)
        item = QTableWidgetItem(text)
        if field.key in errors:
            item.setForeground(QColor(ERROR_COLOUR))
            item.setBackground(QColor("#fdecea"))
            item.setToolTip(errors[field.key])
        return item

    def _show_error_summary(self) -> None:
        lines = []
        for row in sorted(self._row_errors):
            for key, message in self._row_errors[row].items():
                try:
                    field = self.catalogue[key]
                except KeyError:
                    continue
                text = self.tr("Row {row}, {field}: {message}")
                lines.append(text.format(row=row + 1, field=field.title, message=message))
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        has_row = 0 <= self.table.currentRow() < len(self._rows)
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
