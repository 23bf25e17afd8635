"""Ready phrases (常用语) on the free-text fields of a form: a "Phrases" button beside the
field lists them (and "Edit phrases…"), Ctrl+1 … Ctrl+9 in the field puts phrase 1 … 9
in at the cursor, F4 opens the list. The phrases are data the teachers edit
(services/phrases.py), saved through the operation helper."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.fields import Kind
from fupin_desktop.services import phrases as service
from ui.fields.editor import FieldEditor
from ui.fields.form import FieldForm
from ui.operations import op
from ui.screen import fit
from ui.session import session

# Where a phrase follows text already there, it starts after one of these (or a comma).
_STOPS = "，。；！？,.;!? \n"


def attach_phrases(form: FieldForm, catalogue: str) -> list[PhraseHelper]:
    """Phrases on every long text of the form, and on the short texts that have some."""
    helpers = []
    for editor in form.editors():
        field = editor.field
        has_defaults = f"{catalogue}.{field.key}" in service.DEFAULTS
        if field.kind is Kind.LONG_TEXT or (field.kind is Kind.TEXT and has_defaults):
            helpers.append(PhraseHelper(editor, catalogue))
    return helpers


class PhraseHelper(QObject):
    """The phrases of one field: the button, the keys, putting a phrase in."""

    def __init__(self, editor: FieldEditor, catalogue: str) -> None:
        super().__init__(editor)
        self.editor = editor
        self.catalogue = catalogue
        self.key = editor.field.key
        self.button = QToolButton(editor)
        self.button.setText(self.tr("Phrases"))
        self.button.setToolTip(self.tr("Ready phrases for this field (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_menu)
        editor.add_widget(self.button)
        target = editor.input_widget
        for number in range(1, service.MAX_PHRASES + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), target)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(partial(self.insert_number, number))
        opener = QShortcut(QKeySequence("F4"), target)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        opener.activated.connect(self.show_menu)
        editor.add_tooltip(self.tr("Ready phrases: Ctrl+1 … Ctrl+9, or F4 for the list"))
        self.menu: QMenu | None = None

    def phrases(self) -> list[str]:
        return service.phrases(self.catalogue, self.key)

    def build_menu(self) -> QMenu:
        menu = QMenu(self.editor)
        for number, text in enumerate(self.phrases(), start=1):
            shown = text if len(text) <= 40 else text[:39] + "…"
            action = menu.addAction(f"&{number}  {shown}\tCtrl+{number}")
            action.triggered.connect(partial(self.insert, text))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.tr("Edit phrases…")).triggered.connect(self.edit)
        return menu

    def show_menu(self) -> None:
        self.menu = self.build_menu()
        self.menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def insert_number(self, number: int) -> None:
        found = self.phrases()
        if 0 < number <= len(found):
            self.insert(found[number - 1])

    def insert(self, text: str) -> None:
        """The phrase at the cursor; after text that does not end a clause, a comma first."""
        widget = self.editor.input_widget
        if isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            before = widget.toPlainText()[: cursor.position()]
            cursor.insertText(_joined(before, text))
            widget.setTextCursor(cursor)
        elif isinstance(widget, QLineEdit):
            before = widget.text()[: widget.cursorPosition()]
            widget.insert(_joined(before, text))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> None:
        dialog = PhrasesDialog(self.catalogue, self.key, self.editor.field.title, self.editor)
        dialog.exec()
        dialog.deleteLater()


def _joined(before: str, text: str) -> str:
    if before and before[-1] not in _STOPS:
        return "，" + text
    return text


class PhrasesDialog(QDialog):
    """The phrases of one field, one a line."""

    def __init__(self, catalogue: str, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue, self.key = catalogue, key
        self.setWindowTitle(self.tr("Ready phrases: {field}").format(field=title))
        hint = QLabel(
            self.tr(
                "One phrase a line, at most {count}. In the field, Ctrl+1 puts in the first "
                "line, Ctrl+2 the second, and so on."
            ).format(count=service.MAX_PHRASES),
            self,
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setPlainText("\n".join(service.phrases(catalogue, key)))
        self.defaults = QPushButton(self.tr("Restore the defaults"), self)
        self.defaults.setAutoDefault(False)
        self.defaults.clicked.connect(self.restore_defaults)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit(self, 520, 360)

    def restore_defaults(self) -> None:
        self.text.setPlainText("\n".join(service.default_phrases(self.catalogue, self.key)))

    def accept(self) -> None:
        lines = self.text.toPlainText().splitlines()
        call = partial(service.save_phrases, session().actor, self.catalogue, self.key, lines)
        op(self, call).success(lambda _: super(PhrasesDialog, self).accept()).run_in_background()
