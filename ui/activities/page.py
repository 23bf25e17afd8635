"""The school's duties page (学校工作): activities, institution pairings, targets, the
meal register and growth measurements, as tabs."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.activities import INSTITUTION_PAIRING
from fupin_desktop.services.activities import pairings as inst
from fupin_desktop.services.activities import records
from fupin_desktop.services.context import Changes
from ui.activities.entry import ActivityDialog
from ui.activities.meals import GrowthTab, MealRegisterTab
from ui.activities.targets import TargetsView
from ui.aid.table import Column, RowTableModel, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.empty import EmptyHint
from ui.errors import show_error
from ui.fields.form import RecordDialog
from ui.operations import op
from ui.session import school_scope, session


class ActivitiesTab(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            Column(self.tr("Date"), lambda a: a.day.isoformat(), chars=6),
            Column(self.tr("School"), lambda a: a.school_name, chars=7),
            Column(self.tr("Activity kind"), lambda a: a.kind_label, chars=8),
            Column(self.tr("Title"), lambda a: a.values["title"], chars=12),
            Column(self.tr("Pairing"), lambda a: a.pairing_partner, chars=7),
            Column(
                self.tr("Lessons"),
                lambda a: str(a.values.get("lessons") or ""),
                chars=3,
                numeric=True,
            ),
            Column(self.tr("Teachers"), lambda a: "、".join(a.teacher_names), chars=10),
        ]
        self.model = RowTableModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self.edit)
        self.new_button = QPushButton(self.tr("New activity…"), self)
        self.new_button.clicked.connect(self.new)
        self.letters_button = QPushButton(self.tr("Print letters…"), self)
        self.letters_button.clicked.connect(self.letters)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "No activities recorded yet: trainings, teaching visits, lectures, meetings, "
                "letters to parents. Each one counts towards the school's targets."
            ),
            [(self.tr("New activity…"), self.new)],
        )
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.letters_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # A bound method: Qt disconnects it when the widget goes (a lambda would not).
        bus().changed.connect(self._changed)
        self._stale = True

    def _changed(self, changes: Changes) -> None:
        self.reload_if(changes, "activity", "activity_teacher")

    def reload(self) -> None:
        self.model.set_rows(records.list_activities(session().actor, school_id=school_scope()))

    def _school(self) -> str | None:
        school = school_scope()
        if school is None:
            QMessageBox.information(
                self,
                self.tr("Activities"),
                self.tr("Activities are recorded in a school's ledger."),
            )
        return school

    def new(self) -> None:
        school = self._school()
        if school:
            ActivityDialog(session().actor, school, self).exec()

    def edit(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            ActivityDialog(session().actor, row.school_id, self, existing=row).exec()

    def delete(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this activity?"))
        if answer == QMessageBox.StandardButton.Yes:
            op(self, partial(records.delete_activity, session().actor, row.id)).run_in_background()

    def letters(self) -> None:
        from ui.activities.letters import LettersDialog

        school = self._school()
        if school:
            LettersDialog(school, self).exec()


class PairingsTab(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = (
            [Column(self.tr("School"), lambda p: p.school_name, chars=7)]
            + [
                Column(
                    f.title,
                    lambda p, f=f: f.display(p.values.get(f.key)),
                    chars=max(4, f.width // 2),
                )
                for f in INSTITUTION_PAIRING.table_fields()
            ]
            + [Column(self.tr("Activities"), lambda p: str(p.activities), chars=3, numeric=True)]
        )
        self.model = RowTableModel(columns, self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self.edit)
        new = QPushButton(self.tr("New pairing…"), self)
        new.clicked.connect(self.new)
        print_button = QPushButton(self.tr("Print the pairing file…"), self)
        print_button.clicked.connect(self.print_file)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "No institution pairings yet (a kindergarten or school helping another). "
                "Record one to keep its plan, activities and summary together."
            ),
            [(self.tr("New pairing…"), self.new)],
        )
        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(print_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # A bound method: Qt disconnects it when the widget goes (a lambda would not).
        bus().changed.connect(self._changed)
        self._stale = True

    def _changed(self, changes: Changes) -> None:
        self.reload_if(changes, "institution_pairing", "activity")

    def reload(self) -> None:
        self.model.set_rows(inst.list_pairings(session().actor, school_id=school_scope()))

    def _dialog(self, values: dict[str, Any] | None, pairing_id: str | None, school: str) -> None:
        dialog = RecordDialog(INSTITUTION_PAIRING, self.tr("Institution pairing"), values, self)
        if not dialog.exec():
            return
        call = partial(inst.save_pairing, session().actor, pairing_id, school, dialog.raw_values)
        op(self, call).run_in_background()

    def new(self) -> None:
        school = school_scope()
        if school:
            self._dialog({"start_date": dt.date.today(), "role": "helped"}, None, school)

    def edit(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self._dialog(row.values, row.id, row.school_id)

    def print_file(self) -> None:
        from fupin_desktop.io.pdf.titles import Form
        from fupin_desktop.services.printing.jobs import PrintJob
        from ui.activities.letters import print_to_file

        row = selected_row(self.view)
        if row is None:
            show_error(self, ValueError(self.tr("Choose a pairing first.")))
            return
        job = PrintJob(Form.PAIRING_FILE, institution_pairing_id=row.id)
        print_to_file(self, job, f"帮扶档案-{row.partner}.pdf")


class ActivitiesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.activities = ActivitiesTab(self)
        self.pairings = PairingsTab(self)
        self.targets = TargetsView(self, school_id=school_scope())
        self.meals = MealRegisterTab(self)
        self.growth = GrowthTab(self)
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.pairings, self.tr("Institution pairings"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.meals, self.tr("Meal register"))
        self.tabs.addTab(self.growth, self.tr("Growth and nutrition"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
