"""The base of the catalogue's editors: one field, its input, and the error and warning
lines below it (docs/architecture.md, "One catalogue of fields").

Stored and raw differ for money: clean_value reads every amount as yuan, so stored fen
must never be handed back to it; `raw_value()` turns a stored value into the raw form.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import tr
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.fields import Catalogue, Field, Kind
from fupin_desktop.validation import fen_to_yuan

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#8a5300"
# Wide enough for a Chinese label or an 18-character ID; the catalogue's width decides more.
MIN_INPUT_WIDTH = 140
_FRAME_STYLE = "QFrame#fieldFrame {{ border: 1px solid {colour}; border-radius: 3px; }}"


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
