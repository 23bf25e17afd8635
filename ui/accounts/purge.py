"""Purge: what retention would remove now, and the button that does it
(docs/architecture.md, "People and privacy"). The counts are read on the worker; the
purge is a long operation through ui/operations.py."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.i18n import tr
from fupin_desktop.services.accounts import retention
from fupin_desktop.sync import retention as acknowledged
from ui.errors import show_error
from ui.operations import long_op
from ui.screen import fit
from ui.session import session
from ui.tasks import runner


class PurgeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purge personal data"))
        self.plan: acknowledged.PurgePlan | None = None
        intro = QLabel(
            self.tr(
                "Personal data is kept no longer than needed. A deleted record keeps its "
                "personal data until every school or township that holds it has confirmed "
                "the deletion; then its name, ID number, phones and texts are blanked (the "
                "record's id stays, so sync still knows it). Resolved conflicts and old "
                "copies kept aside at restores go after the time the county set."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.records = QLabel("…", self)
        self.conflicts = QLabel("…", self)
        self.aside = QLabel("…", self)
        counts = QFormLayout()
        counts.addRow(self.tr("Deleted records to blank"), self.records)
        counts.addRow(self.tr("Resolved conflicts to remove"), self.conflicts)
        counts.addRow(self.tr("Old copies kept aside to remove"), self.aside)
        rules = QFormLayout()
        for key, number in retention.values().items():
            rules.addRow(tr(retention.LABELS[key]), QLabel(str(number), self))
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.purge_button = buttons.addButton(
            self.tr("Purge now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.purge_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.purge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(counts)
        layout.addWidget(QLabel(self.tr("The county's rules:"), self))
        layout.addLayout(rules)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit(self, 560, 380)
        self.reload()

    def reload(self) -> None:
        path = session().db_path
        runner().load(
            self,
            lambda: acknowledged.plan(path),
            on_done=self._planned,
            on_error=lambda error: show_error(self, error),
        )

    def _planned(self, plan: acknowledged.PurgePlan) -> None:
        self.plan = plan
        self.records.setText(str(plan.records))
        self.conflicts.setText(str(plan.conflicts))
        self.aside.setText(str(len(plan.aside)))
        self.purge_button.setEnabled(bool(plan))

    def purge(self) -> None:
        actor, path = session().actor, session().db_path
        long_op(
            self,
            self.tr("Purging"),
            lambda report, cancel: acknowledged.purge(actor, path),
        ).success(self._done).run_in_background()

    def _done(self, plan: acknowledged.PurgePlan) -> None:
        self.result.setText(
            self.tr("Purged: {records} records blanked, {conflicts} conflicts removed.").format(
                records=plan.records, conflicts=plan.conflicts
            )
        )
        self.reload()
