"""Settings: the installation's identity (a principal may correct it) and backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services import installation, ledger
from fupin_desktop.services.context import Actor, Result
from ui.operations import op
from ui.session import session
from ui.setup_form import IdentityForm


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        info = session().info
        identity_box = QGroupBox(
            self.tr("This township") if session().is_township else self.tr("This school"), self
        )
        self.identity = IdentityForm(identity_box)
        if info is not None:
            self.identity.set_info(info)
        box_layout = QVBoxLayout(identity_box)
        box_layout.addWidget(self.identity)
        # The school's phone goes on every contact card (联系卡).
        self.school_phone = QLineEdit(identity_box)
        self.school_phone.setMaxLength(24)
        self.school_phone.setText(info.school_phone if info is not None else "")
        if not session().is_township:
            phone_form = QFormLayout()
            phone_form.addRow(self.tr("School phone"), self.school_phone)
            box_layout.addLayout(phone_form)
        else:
            self.school_phone.hide()

        backup_box = QGroupBox(self.tr("Automatic backups"), self)
        self.keep = QSpinBox(backup_box)
        self.keep.setRange(1, 100)
        self.keep.setValue(ledger.keep_count())
        backup_form = QFormLayout(backup_box)
        backup_form.addRow(self.tr("Keep the newest"), self.keep)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(identity_box)
        layout.addWidget(backup_box)
        layout.addWidget(buttons)
        editable = session().actor.may_configure
        identity_box.setEnabled(editable)
        backup_box.setEnabled(editable)

    def accept(self) -> None:
        form = self.identity.validate()
        if form is None:
            return
        actor, keep = session().actor, self.keep.value()
        phone = None if session().is_township else self.school_phone.text()
        op(self, lambda: _save(actor, form, keep, phone)).success(self._saved).run_in_background()

    def _saved(self, _: None) -> None:
        session().refresh()
        super().accept()


def _save(actor: Actor, form: installation.SetupForm, keep: int, phone: str | None) -> Result[None]:
    """The identity, the backup setting and (a school's) phone, as one operation."""
    _, changes = installation.update(actor, form)
    changes.merge(installation.set_setting(actor, "backup_keep", keep).changes)
    if phone is not None:
        changes.merge(installation.set_school_phone(actor, phone).changes)
    return Result(None, changes)
