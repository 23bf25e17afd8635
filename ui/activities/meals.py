"""The meal register, as fast as a roll call: pick the class and the day, everyone is
ticked, untick who did not eat, save once. Left-behind children come first, marked.
And the growth tab: the term's measurements with the BMI-for-age status, children below
the norm first (left-behind first), and a measurement entered for a child of a class."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.activities import GROWTH_MEASUREMENT, NUTRITION_STATUS
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.activities import meals, nutrition
from fupin_desktop.services.activities.periods import current_term, term_period
from fupin_desktop.services.context import Changes, Result
from ui.aid.table import Column, RowTableModel, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.fields.dates import DayPicker
from ui.fields.form import RecordDialog
from ui.operations import long_op, op
from ui.session import school_scope, session


class ClassCombo(QComboBox):
    """The classes of the school in view; data is (grade, class name)."""

    def reload(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        school = school_scope()
        for grade, name, count in meals.class_list(session().actor, school) if school else []:
            label = self.tr("{klass} ({count})").format(klass=class_label(grade, name), count=count)
            self.addItem(label, (grade, name))
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)


class MealRegisterTab(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.klass = ClassCombo(self)
        self.day = DayPicker(today or dt.date.today(), self)
        self.pupils = QListWidget(self)
        # Columns of names, like the paper list: a class of 40 fits without scrolling.
        self.pupils.setFlow(QListView.Flow.TopToBottom)
        self.pupils.setWrapping(True)
        self.pupils.setResizeMode(QListView.ResizeMode.Adjust)
        self.pupils.setUniformItemSizes(True)
        self.pupils.setSpacing(2)
        self.count = QLabel(self)
        self.count.setStyleSheet("font-weight: bold;")
        self.save_button = QPushButton(self.tr("Save the register"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.all_button = QPushButton(self.tr("Tick everyone"), self)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        note = QLabel(
            self.tr(
                "Everyone is ticked: untick who did not eat, then save once. "
                "★ left-behind, ◆ needy."
            ),
            self,
        )
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Class:"), self))
        bar.addWidget(self.klass, 1)
        bar.addWidget(QLabel(self.tr("Day:"), self))
        bar.addWidget(self.day)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.all_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.pupils, 1)
        layout.addLayout(bottom)
        self.klass.currentIndexChanged.connect(self.load_roll)
        self.day.dateChanged.connect(self.load_roll)
        self.pupils.itemChanged.connect(self._counted)
        # A bound method: Qt disconnects it when the widget goes (a lambda would not).
        bus().changed.connect(self._changed)
        self._stale = True

    def _changed(self, changes: Changes) -> None:
        self.reload_if(changes, "student", "meal_register")

    def reload(self) -> None:
        self.klass.reload()
        self.load_roll()

    def load_roll(self) -> None:
        self.pupils.blockSignals(True)
        self.pupils.clear()
        data = self.klass.currentData()
        school = school_scope()
        if data and school:
            roll = meals.class_roll(session().actor, school, data[0], data[1], self.day.day())
            for entry in roll.entries:
                mark = ("★ " if entry.left_behind else "") + ("◆ " if entry.needy else "")
                item = QListWidgetItem(mark + entry.name, self.pupils)
                item.setData(Qt.ItemDataRole.UserRole, entry.student_id)
                item.setCheckState(Qt.CheckState.Checked if entry.ate else Qt.CheckState.Unchecked)
                if entry.left_behind:
                    item.setBackground(QColor("#fff3cd"))
            self.save_button.setText(
                self.tr("Save the correction") if roll.saved else self.tr("Save the register")
            )
        self.pupils.blockSignals(False)
        self._counted()

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for i in range(self.pupils.count()):
            self.pupils.item(i).setCheckState(state)

    def absent_ids(self) -> list[str]:
        return [
            self.pupils.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.pupils.count())
            if self.pupils.item(i).checkState() != Qt.CheckState.Checked
        ]

    def _counted(self) -> None:
        total = self.pupils.count()
        self.count.setText(
            self.tr("{served} of {total} ate").format(
                served=total - len(self.absent_ids()), total=total
            )
        )

    def save(self) -> None:
        data, school = self.klass.currentData(), school_scope()
        if not data or not school:
            return
        actor, day, absent = session().actor, self.day.day(), self.absent_ids()

        def work(report: Any, cancel: Any) -> Result[str]:
            return meals.record_meals(actor, school, day, data[0], data[1], absent)

        long_op(self, self.tr("Saving the register"), work).success(
            lambda _: self.load_roll()
        ).run_in_background()


class GrowthTab(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        columns = [
            Column(self.tr("Student"), lambda r: ("★ " if r.left_behind else "") + r.name, chars=5),
            Column(self.tr("Class"), lambda r: class_label(r.grade, r.class_name), chars=5),
            Column(self.tr("Measured on"), lambda r: r.measured_on.isoformat(), chars=6),
            Column(
                self.tr("Height (cm)"), lambda r: f"{r.height_mm / 10:.1f}", chars=4, numeric=True
            ),
            Column(
                self.tr("Weight (kg)"), lambda r: f"{r.weight_g / 1000:.1f}", chars=4, numeric=True
            ),
            Column(self.tr("BMI"), lambda r: str(r.bmi), chars=3, numeric=True),
            Column(
                self.tr("Status"),
                lambda r: NUTRITION_STATUS.label(r.status),
                chars=8,
                background=lambda r: QColor("#f8d7da") if r.below_norm else None,
            ),
        ]
        self.model = RowTableModel(columns, self)
        self.view = make_table(self.model, self)
        self.summary = QLabel(self)
        self.source = QLabel(self.tr("Status by {source}").format(source=nutrition.SOURCE), self)
        self.klass = ClassCombo(self)
        self.pupil = QComboBox(self)
        record = QPushButton(self.tr("Record a measurement…"), self)
        record.clicked.connect(self.record)
        self.klass.currentIndexChanged.connect(self._fill_pupils)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.klass)
        bar.addWidget(self.pupil)
        bar.addWidget(record)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.source)
        # A bound method: Qt disconnects it when the widget goes (a lambda would not).
        bus().changed.connect(self._changed)
        self._stale = True

    def _changed(self, changes: Changes) -> None:
        self.reload_if(changes, "growth_measurement", "student")

    def reload(self) -> None:
        period = term_period(*current_term(self.today))
        found = nutrition.measurements(
            session().actor, period.start, period.end, school_id=school_scope()
        )
        below = nutrition.below_norm(found)
        self.model.set_rows(below + [r for r in found if not r.below_norm])
        self.summary.setText(
            self.tr("{term}: {measured} measured, {below} below the norm").format(
                term=period.label(), measured=len(found), below=len(below)
            )
        )
        self.klass.reload()
        self._fill_pupils()

    def _fill_pupils(self) -> None:
        self.pupil.clear()
        data, school = self.klass.currentData(), school_scope()
        if data and school:
            roll = meals.class_roll(session().actor, school, data[0], data[1], self.today)
            for entry in roll.entries:
                self.pupil.addItem(entry.name, entry.student_id)

    def record(self) -> None:
        student = self.pupil.currentData()
        if not student:
            return
        title = self.tr("Measurement: {name}").format(name=self.pupil.currentText())
        dialog = RecordDialog(GROWTH_MEASUREMENT, title, {"measured_on": self.today}, self)
        if dialog.exec():
            actor, raw = session().actor, dialog.raw_values
            call = partial(nutrition.record_measurement, actor, None, student, raw)
            op(self, call).run_in_background()

    def selected(self) -> Any:
        return selected_row(self.view)
