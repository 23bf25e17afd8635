"""Which school year, term and school the payment and reconciliation tabs show."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fupin_desktop.schema.aid import TERM
from fupin_desktop.services.aid.payments import school_year_choices
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.students import files as students
from ui.session import session


@dataclass(frozen=True)
class Period:
    school_year: str
    term: int
    school_id: str | None  # None: every school of the ledger (township)

    def label(self) -> str:
        return f"{self.school_year} {TERM.label(str(self.term))}"


class PeriodBar(QWidget):
    """School year and term (and in township mode the school) as combo boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        year, term = school_calendar().current_term()
        self.year = QComboBox(self)
        for text in school_year_choices():
            self.year.addItem(text, text)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        self.term = QComboBox(self)
        for code in TERM.codes():
            self.term.addItem(TERM.label(code), int(code))
        self.term.setCurrentIndex(max(0, self.term.findData(term)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("School year"), self))
        layout.addWidget(self.year)
        layout.addWidget(QLabel(self.tr("Term"), self))
        layout.addWidget(self.term)
        self.school: QComboBox | None = None
        if session().is_township:
            self.school = QComboBox(self)
            self.school.addItem(self.tr("All schools"), "")
            for school_id, name in students.schools():
                self.school.addItem(name, school_id)
            layout.addWidget(QLabel(self.tr("School"), self))
            layout.addWidget(self.school)
            self.school.currentIndexChanged.connect(self.changed)
        layout.addStretch(1)
        self.year.currentIndexChanged.connect(self.changed)
        self.term.currentIndexChanged.connect(self.changed)

    def period(self) -> Period:
        if self.school is not None:
            school_id = self.school.currentData() or None
        else:
            info = session().info
            school_id = info.school_id if info is not None else None
        return Period(self.year.currentData(), int(self.term.currentData()), school_id)

    def set_period(self, school_year: str, term: int) -> None:
        index = self.year.findData(school_year)
        if index < 0:
            self.year.addItem(school_year, school_year)
            index = self.year.count() - 1
        self.year.setCurrentIndex(index)
        self.term.setCurrentIndex(max(0, self.term.findData(term)))
