"""Settings: the installation's identity (a principal may correct it), the one school
calendar and the province (services/calendar.py), and backups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services import calendar, installation, ledger
from fupin_desktop.services.context import Actor, Result
from fupin_desktop.terms import AUTUMN, SPRING, TermDates
from ui.fields.dates import DayPicker
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

        self.calendar_box = CalendarBox(self)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(identity_box)
        layout.addWidget(self.calendar_box)
        layout.addWidget(backup_box)
        layout.addWidget(buttons)
        editable = session().actor.may_configure
        identity_box.setEnabled(editable)
        self.calendar_box.setEnabled(editable)
        backup_box.setEnabled(editable)

    def accept(self) -> None:
        form = self.identity.validate()
        if form is None:
            return
        actor, keep = session().actor, self.keep.value()
        phone = None if session().is_township else self.school_phone.text()
        box = self.calendar_box
        terms = None if box.terms() == box.loaded else box.terms()
        province = box.province.text()
        op(self, lambda: _save(actor, form, keep, phone, terms, province)).success(
            self._saved
        ).run_in_background()

    def _saved(self, _: None) -> None:
        session().refresh()
        super().accept()


def _save(
    actor: Actor,
    form: installation.SetupForm,
    keep: int,
    phone: str | None,
    terms: list[TermDates] | None,
    province: str,
) -> Result[None]:
    """The identity, the backup setting, (a school's) phone and the calendar, as one
    operation; the calendar's dates only when they were changed (else they stay the
    default rule's)."""
    _, changes = installation.update(actor, form)
    changes.merge(installation.set_setting(actor, "backup_keep", keep).changes)
    if phone is not None:
        changes.merge(installation.set_school_phone(actor, phone).changes)
    if terms is None:
        changes.merge(calendar.set_value(actor, calendar.PROVINCE, province).changes)
    else:
        changes.merge(calendar.set_terms(actor, terms, province).changes)
    return Result(None, changes)


class CalendarBox(QGroupBox):
    """The province and one school year's terms and reference days: the spring term
    starts after the Spring Festival, on a day that moves every year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("School calendar"), parent)
        self.province = QLineEdit(calendar.province(), self)
        self.province.setPlaceholderText(self.tr("e.g. 湖南 (for provincial standards)"))
        self.year = QComboBox(self)
        cal = calendar.school_calendar()
        for year in cal.school_years_around(dt.date.today(), 1):
            self.year.addItem(year, year)
        self.year.setCurrentIndex(1)
        self.edits: dict[int, tuple[DayPicker, DayPicker, DayPicker]] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("School year"), self.year)
        for term, label in ((AUTUMN, self.tr("Autumn term")), (SPRING, self.tr("Spring term"))):
            # Main's date input: the ±1 day keys too (docs/architecture.md, "Typing less").
            start, end, ref = DayPicker(parent=self), DayPicker(parent=self), DayPicker(parent=self)
            row = QHBoxLayout()
            row.addWidget(start)
            row.addWidget(end)
            row.addWidget(ref)
            self.edits[term] = (start, end, ref)
            form.addRow(label, row)
        form.addRow("", QLabel(self.tr("first day, last day, reference day"), self))
        self.year.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        cal = calendar.school_calendar()
        self.loaded = [cal.term_dates(self.year.currentData(), t) for t in (AUTUMN, SPRING)]
        for term, (start, end, ref) in self.edits.items():
            t = cal.term_dates(self.year.currentData(), term)
            for edit, day in ((start, t.start), (end, t.end), (ref, t.reference)):
                edit.set_day(day)

    def terms(self) -> list[TermDates]:
        year = self.year.currentData()
        return [
            TermDates(year, term, start.day(), end.day(), ref.day())
            for term, (start, end, ref) in self.edits.items()
        ]
