"""First run: school or township, then its codes and names. Nothing else opens until
this is done."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from fupin_desktop.services import installation
from ui.operations import op
from ui.session import session
from ui.setup_form import IdentityForm, RoleChooser


class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "This program keeps the ledger of poor-household students, pairing visits "
                "and left-behind children. First, tell it where it is used."
            )
        )
        self.chooser = RoleChooser(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)


class IdentityPage(QWizardPage):
    def __init__(self, role_page: RolePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_page = role_page
        self.form = IdentityForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def initializePage(self) -> None:
        role = self.role_page.chooser.role()
        self.form.set_role(role)
        if role == "school":
            self.setTitle(self.tr("Your school"))
            self.setSubTitle(
                self.tr(
                    "The 10-digit national school code is on the school's registration "
                    "certificate (学校标识码)."
                )
            )
        else:
            self.setTitle(self.tr("Your township"))
            self.setSubTitle(self.tr("The township's name and its 9-digit division code."))

    def validatePage(self) -> bool:
        return self.form.validate() is not None


class FirstRunWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up the ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage(self)
        self.identity_page = IdentityPage(self.role_page, self)
        self.addPage(self.role_page)
        self.addPage(self.identity_page)
        self.setMinimumSize(620, 440)

    def accept(self) -> None:
        form = self.identity_page.form.validate()
        if form is None:
            return
        op(self, partial(installation.initialise, session().actor, form)).success(
            self._done
        ).run_in_background()

    def _done(self, _: None) -> None:
        session().refresh()
        super().accept()
