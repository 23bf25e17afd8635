"""The township's editor of the school duties' rules: the targets (what each school and
pairing is asked, how often) and the kinds of activity they count, both data
(services/activities/targets.py and kinds.py), saved together in one operation. A
school sees them read-only: they come down from the township with its packages."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.activities import ACTIVITY_KIND, TARGET
from fupin_desktop.schema.fields import Catalogue, Kind, choices
from fupin_desktop.services.activities import kinds, targets
from fupin_desktop.services.context import Actor
from ui.fields.rows import RowsEditor
from ui.operations import op
from ui.screen import fit


def target_catalogue() -> Catalogue:
    """TARGET with the kind picked from the kinds in use, not typed as a code."""
    kind_choices = choices(
        "activity_kind", ("", ""), *((k.code, k.name) for k in kinds.list_kinds(active_only=True))
    )
    fields = tuple(
        replace(f, kind=Kind.CHOICE, choices=kind_choices) if f.key == "kind" else f
        for f in TARGET.fields
    )
    return Catalogue(TARGET.name, fields)


class DutyRulesDialog(QDialog):
    """Each row's "id" carries its code, so an edited target or kind keeps its identity
    (and its fixed id) when saved."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.editable = targets.may_edit(actor)
        self.setWindowTitle(self.tr("Targets and kinds of activity"))
        note = QLabel(
            self.tr(
                "The township sets the targets of every school and pairing, and the kinds "
                "of activity they count; they go down to the schools with the next packages."
            )
            if self.editable
            else self.tr(
                "Only the township central school changes the targets and the kinds of "
                "activity; they come with its packages. Shown here as they are."
            ),
            self,
        )
        note.setWordWrap(True)
        self.kinds = RowsEditor(ACTIVITY_KIND, self.tr("Kind of activity"), self)
        self.kinds.set_rows([{"id": k.code, **kinds.kind_values(k)} for k in kinds.list_kinds()])
        self.targets = RowsEditor(target_catalogue(), self.tr("Target"), self)
        self.targets.set_rows(
            [{"id": t.code, **targets.target_values(t)} for t in targets.list_targets()]
        )
        tabs = QTabWidget(self)
        tabs.addTab(self.targets, self.tr("Targets"))
        tabs.addTab(self.kinds, self.tr("Kinds of activity"))
        self.defaults = QPushButton(self.tr("Restore the default targets"), self)
        self.defaults.setAutoDefault(False)
        self.defaults.clicked.connect(self._default_targets)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.kinds, self.targets, self.defaults):
            widget.setEnabled(self.editable)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.editable)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        fit(self, 900, 520)

    def _default_targets(self) -> None:
        self.targets.set_rows(
            [{"id": t.code, **targets.target_values(t)} for t in targets.DEFAULT_TARGETS]
        )

    def accept(self) -> None:
        def pairs(editor: RowsEditor) -> list[tuple[str, dict]]:
            return [
                (str(row.get("id") or ""), {k: v for k, v in row.items() if k != "id"})
                for row in editor.rows()
            ]

        call = partial(targets.save_duty_rules, self.actor, pairs(self.kinds), pairs(self.targets))
        op(self, call).success(self._saved).run_in_background()

    def _saved(self, _: None) -> None:
        super().accept()
