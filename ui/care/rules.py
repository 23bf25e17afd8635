"""The reminder rules, edited as rows (how often, what, for whom); saved all at once."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.care import REMINDER_RULE
from fupin_desktop.services.care import reminder_rules
from fupin_desktop.services.context import Actor
from ui.fields.rows import RowsEditor
from ui.operations import op


class RulesDialog(QDialog):
    """Each row is a rule; the row's "id" carries the rule's code, so an edited rule
    keeps its identity (and its fixed id) when saved."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Reminder rules"))
        note = QLabel(
            self.tr(
                "Rules apply in school terms (autumn 1 Sep – 31 Jan, spring 1 Mar – 15 Jul)."
                " A month or term in which a pairing held only some days asks for a share."
            ),
            self,
        )
        note.setWordWrap(True)
        self.rows = RowsEditor(REMINDER_RULE, self.tr("Rule"), self)
        self.rows.set_rows(
            [{"id": r.code, **reminder_rules.rule_values(r)} for r in reminder_rules.list_rules()]
        )
        self.defaults = QPushButton(self.tr("Restore the defaults"), self)
        self.defaults.clicked.connect(self._defaults)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        # The rules are the township's: a school sees them as they came (the service
        # refuses a school's edit).
        editable = reminder_rules.may_edit(actor)
        self.rows.setEnabled(editable)
        self.defaults.setEnabled(editable)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        if not editable:
            self.read_only = QLabel(
                self.tr(
                    "Only the township central school changes the reminder rules; they "
                    "come with its packages. Shown here as they are."
                ),
                self,
            )
            self.read_only.setWordWrap(True)
            layout.addWidget(self.read_only)
        layout.addWidget(self.rows, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _defaults(self) -> None:
        self.rows.set_rows(
            [{"id": r.code, **reminder_rules.rule_values(r)} for r in reminder_rules.DEFAULT_RULES]
        )

    def accept(self) -> None:
        pairs = [(str(row.get("id") or ""), row) for row in self.rows.rows()]
        rules = [(code, {k: v for k, v in row.items() if k != "id"}) for code, row in pairs]
        op(self, partial(reminder_rules.save_rules, self.actor, rules)).success(
            self._saved
        ).run_in_background()

    def _saved(self, _: None) -> None:
        super().accept()
