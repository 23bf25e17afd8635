"""Teachers and their pairings: the staff list on the left, the chosen teacher's
students (with the history of ended pairings) on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.care import PAIRING
from fupin_desktop.schema.catalogues import TEACHER
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import pairings, teachers
from fupin_desktop.services.care.pairings import PairingRow
from fupin_desktop.services.care.teachers import TeacherRow
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students.files import schools
from ui.aid.table import Column, RowTableModel, field_column, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.care.common import CatalogueDialog, TeacherCombo, pairing_field_columns
from ui.care.timeline import ChildTimelineDialog
from ui.care.visit_entry import VisitQuickEntry
from ui.empty import EmptyHint
from ui.operations import op
from ui.pick import type_ahead
from ui.screen import fit
from ui.session import school_scope, session


class TeacherDialog(CatalogueDialog):
    def __init__(self, actor: Actor, row: TeacherRow | None, parent: QWidget | None = None):
        self.actor = actor
        self.row = row
        values = row.values if row else {"active": True, "role": "teacher"}
        title = self.tr("Teacher") if row else self.tr("New teacher")
        # The township keeps every school's staff: a new teacher needs a school.
        self.school = QComboBox()
        for school_id, name in schools():
            self.school.addItem(name, school_id)
        extra = [(self.tr("School"), self.school)] if row is None and not school_scope() else []
        super().__init__(title, TEACHER.fields, values, self._store, parent, extra=extra)

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        own = school_scope() or str(self.school.currentData() or "")
        school = self.row.school_id if self.row else own
        teacher_id = self.row.id if self.row else None
        return partial(teachers.save_teacher, self.actor, teacher_id, school, raw)


class PairingDialog(CatalogueDialog):
    """Pair a teacher with one or several students (entitled and left-behind children are
    marked, and who already has teachers), or edit an existing pairing's plan."""

    def __init__(
        self,
        actor: Actor,
        teacher_id: str,
        parent: QWidget | None = None,
        *,
        pairing: PairingRow | None = None,
    ) -> None:
        self.actor = actor
        self.teacher_id = teacher_id
        self.pairing = pairing
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or pinyin"))
        self.only_unpaired = QCheckBox(self.tr("Only entitled children without a teacher"))
        self.students = QListWidget()
        self.students.setMinimumHeight(220)
        type_ahead(self.students)
        extra: list[tuple[str, QWidget]] = []
        if pairing is None:
            picker = QWidget()
            box = QVBoxLayout(picker)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self.search)
            box.addWidget(self.only_unpaired)
            box.addWidget(self.students)
            extra.append((self.tr("Students"), picker))
            self.search.textChanged.connect(self._fill)
            self.only_unpaired.toggled.connect(self._fill)
        fields = [f for f in PAIRING.fields if pairing is not None or f.key != "end_reason"]
        values = pairing.values() if pairing else {"start_date": dt.date.today()}
        title = self.tr("Pairing") if pairing else self.tr("Pair students")
        super().__init__(title, fields, values, self._store, parent, extra=extra)
        if pairing is None:
            self._fill()
            fit(self, 680, 820)

    def _fill(self) -> None:
        self.students.clear()
        for choice in pairings.student_choices(
            self.actor, school_scope(), search=self.search.text()
        ):
            if self.only_unpaired.isChecked() and (choice.teachers or not choice.entitled):
                continue
            marks = []
            if choice.entitled:
                marks.append(self.tr("entitled"))
            if choice.left_behind:
                marks.append(self.tr("left behind"))
            if choice.teachers:
                marks.append(self.tr("paired with {names}").format(names=choice.teachers))
            text = f"{choice.name}　{class_label(choice.grade, choice.class_name)}"
            if marks:
                text += "　(" + "，".join(marks) + ")"
            item = QListWidgetItem(text, self.students)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def checked_students(self) -> list[str]:
        found = []
        for index in range(self.students.count()):
            item = self.students.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[Any]]:
        if self.pairing is not None:
            return partial(pairings.update, self.actor, self.pairing.id, raw)
        students = self.checked_students()
        return partial(pairings.create, self.actor, self.teacher_id, students, raw)


class TeachersPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = session().actor
        # Made in reading order: the order widgets are made is the Tab order.
        self._build_teachers()
        self._build_pairings()
        self._build_hints()
        self._build_layout()
        bus().changed.connect(self._on_changed)
        # Loaded when first shown: a hidden tab costs nothing at start-up.
        self._stale = True

    def _build_teachers(self) -> None:
        """The teachers' table, with New and Edit."""
        teacher_columns = [
            field_column(f, lambda r, k=f.key: r.values[k]) for f in TEACHER.table_fields()
        ]
        teacher_columns.append(
            Column(
                self.tr("Students"),
                lambda r: str(r.students),
                sort_key=lambda r: r.students,
                numeric=True,
                chars=3,
            )
        )
        teacher_columns.append(
            Column(
                self.tr("Proxy parent of"),
                lambda r: str(r.proxy_children),
                sort_key=lambda r: r.proxy_children,
                numeric=True,
                chars=4,
            )
        )
        self.teacher_model = RowTableModel(teacher_columns, self)
        self.teacher_view = make_table(self.teacher_model, self)
        self.teacher_view.selectionModel().currentRowChanged.connect(self._teacher_picked)
        self.teacher_view.doubleClicked.connect(self.edit_teacher)
        self.new_teacher = QPushButton(self.tr("New teacher…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.new_teacher.clicked.connect(lambda: self._teacher_dialog(None))
        self.edit_button.clicked.connect(self.edit_teacher)

    def _build_pairings(self) -> None:
        """The pairings of the teacher picked, and what can be done with them."""
        pairing_columns = [
            Column(self.tr("Student"), lambda p: p.student_name, chars=4),
            Column(self.tr("Class"), lambda p: class_label(p.grade, p.class_name), chars=5),
            *pairing_field_columns(),
        ]
        self.pairing_model = RowTableModel(pairing_columns, self)
        self.pairing_view = make_table(self.pairing_model, self)
        self.pairing_view.doubleClicked.connect(self.open_timeline)
        self.history = QCheckBox(self.tr("Show ended pairings"), self)
        self.history.toggled.connect(self._reload_pairings)
        self.pair_button = QPushButton(self.tr("Pair students…"), self)
        self.plan_button = QPushButton(self.tr("Plan…"), self)
        self.end_button = QPushButton(self.tr("End…"), self)
        self.hand_over_button = QPushButton(self.tr("Hand over…"), self)
        self.visits_button = QPushButton(self.tr("Record visits…"), self)
        self.timeline_button = QPushButton(self.tr("Timeline…"), self)
        self.pair_button.clicked.connect(self.pair_students)
        self.plan_button.clicked.connect(self.edit_plan)
        self.end_button.clicked.connect(self.end_pairing)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.visits_button.clicked.connect(self.record_visits)
        self.timeline_button.clicked.connect(self.open_timeline)
        self.pairing_title = QLabel(self)
        self.pairing_title.setStyleSheet("font-weight: bold;")

    def _build_hints(self) -> None:
        """What an empty table says, and the button that fills it."""
        self.teachers_hint = EmptyHint(
            self.teacher_view,
            self.tr(
                "No teachers yet. Add the school's teachers first; then pair each of them "
                "with the children they look after."
            ),
            [(self.tr("Add a teacher…"), lambda: self._teacher_dialog(None))],
        )
        self.pairings_hint = EmptyHint(
            self.pairing_view,
            self.tr("This teacher has no paired students yet."),
            [(self.tr("Pair students…"), self.pair_students)],
            when=lambda: self.current_teacher() is not None and not self.history.isChecked(),
        )

    def _build_layout(self) -> None:
        """Teachers on the left, the picked teacher's pairings on the right."""
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.new_teacher)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.teacher_view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.pairing_title)
        buttons = QHBoxLayout()
        for button in (
            self.pair_button,
            self.plan_button,
            self.end_button,
            self.hand_over_button,
            self.visits_button,
            self.timeline_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.history)
        right_layout.addWidget(self.pairing_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- teachers ---

    def reload(self) -> None:
        current = self.current_teacher()
        self.teacher_model.set_rows(teachers.list_teachers(self.actor, school_id=school_scope()))
        rows = self.teacher_model.rows()
        index = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.teacher_view.selectRow(index)
        self._reload_pairings()

    def current_teacher(self) -> TeacherRow | None:
        return self.teacher_model.row(self.teacher_view.currentIndex().row())

    def add_teacher(self) -> None:
        self._teacher_dialog(None)

    def edit_teacher(self) -> None:
        row = self.current_teacher()
        if row is not None:
            self._teacher_dialog(row)

    def _teacher_dialog(self, row: TeacherRow | None) -> None:
        dialog = TeacherDialog(self.actor, row, self)
        dialog.exec()
        dialog.deleteLater()

    def _teacher_picked(self) -> None:
        self._reload_pairings()

    # --- pairings ---

    def _reload_pairings(self) -> None:
        teacher = self.current_teacher()
        if teacher is None:
            self.pairing_model.set_rows([])
            self.pairing_title.setText("")
            return
        rows = pairings.for_teacher(self.actor, teacher.id, history=self.history.isChecked())
        self.pairing_model.set_rows(rows)
        self.pairing_title.setText(
            self.tr("{name}'s students ({count})").format(name=teacher.name, count=len(rows))
        )

    def current_pairing(self) -> PairingRow | None:
        return selected_row(self.pairing_view)

    def pair_students(self) -> None:
        teacher = self.current_teacher()
        if teacher is None:
            return
        dialog = PairingDialog(self.actor, teacher.id, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_plan(self) -> None:
        teacher, pairing = self.current_teacher(), self.current_pairing()
        if teacher is None or pairing is None:
            return
        dialog = PairingDialog(self.actor, teacher.id, self, pairing=pairing)
        dialog.exec()
        dialog.deleteLater()

    def end_pairing(self) -> None:
        pairing = self.current_pairing()
        if pairing is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("End the pairing"),
            self.tr("It ends today. Why? (e.g. the child changed school)"),
        )
        if not ok:
            return
        call = partial(pairings.end, self.actor, pairing.id, dt.date.today(), reason)
        op(self, call).run_in_background()

    def hand_over(self) -> None:
        pairing = self.current_pairing()
        if pairing is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Hand over to another teacher"))
        # No teacher chosen at first: OK at once hands the child over to nobody.
        combo = TeacherCombo(dialog, blank=self.tr("(choose a teacher)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
        ok = buttons.addButton(self.tr("Hand over"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setEnabled(False)
        combo.currentIndexChanged.connect(lambda _: ok.setEnabled(bool(combo.teacher_id())))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(
            QLabel(
                self.tr("From today, {name} is looked after by:").format(name=pairing.student_name),
                dialog,
            )
        )
        box.addWidget(combo)
        box.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted and combo.teacher_id():
            new_teacher = combo.teacher_id() or ""
            call = partial(
                pairings.hand_over,
                self.actor,
                pairing.id,
                new_teacher,
                dt.date.today(),
                self.tr("handed over"),
            )
            op(self, call).run_in_background()
        dialog.deleteLater()

    def record_visits(self) -> None:
        teacher = self.current_teacher()
        if teacher is None:
            return
        dialog = VisitQuickEntry(self.actor, teacher.id, self)
        dialog.exec()
        dialog.deleteLater()

    def open_timeline(self) -> None:
        pairing = self.current_pairing()
        if pairing is None:
            return
        dialog = ChildTimelineDialog(pairing.student_id, self, actor=self.actor)
        dialog.exec()
        dialog.deleteLater()

    def _on_changed(self, changes: Changes) -> None:
        self.reload_if(changes, "teacher", "pairing", "student")
