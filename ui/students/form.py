"""The student file (学生档案): every catalogue section in a tab, family members and
guardians as rows, and the status history as a timeline.

Nothing is saved until services.students.validate_file finds nothing wrong; each error
shows beside its field. The ID number is checked as it is typed: normalised, birth date
and sex read from it, and a number already in the ledger pointed out."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT
from fupin_desktop.schema.fields import Field, Kind, choices
from fupin_desktop.services.accounts.roles import Do, allows
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import status_history
from fupin_desktop.services.students.files import StudentFile
from ui.accounts.reveal import file_buttons
from ui.fields.editor import ERROR_COLOUR, FieldEditor
from ui.fields.form import FieldForm
from ui.fields.kinds import make_editor
from ui.fields.rows import RowsEditor
from ui.operations import op
from ui.session import session
from ui.students.history import HistoryTimeline, StatusChangeDialog
from ui.students.id_checks import STUDENT_LINK, IdNumberChecks

FAMILY_PREFIX = "family."
GUARDIANS_PREFIX = "guardians."
SCHOOL_KEY = "school"
# A new student is almost always in school; the other required choices are left for the
# teacher, so that nothing about the child is guessed.
NEW_STUDENT_DEFAULTS: dict[str, Any] = {"enrolment": "enrolled"}
# Sized for the old office PCs: the whole dialog fits a 1024x700 screen.
DIALOG_SIZE = (860, 640)


def section_title(section: str) -> str:
    # Catalogue strings are marked with N_() in the core, which lupdate files under the
    # empty context.
    return QCoreApplication.translate("", section)


def _scrolling(widget: QWidget) -> QScrollArea:
    """A long section scrolls instead of pushing the dialog off a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class StudentFormDialog(QDialog):
    def __init__(self, student_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student_id = student_id
        self.deleted = False
        self._file: StudentFile | None = (
            students.get_file(session().actor, student_id) if student_id else None
        )
        # Dialogs opened from here (another student's file, a status change): Python must
        # keep them, or Qt deletes what it still shows.
        self._open_dialogs: list[QDialog] = []
        self._tab_of_key: dict[str, int] = {}
        self._build()
        self._load()
        self._baseline = self._snapshot()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self._title())
        self.setSizeGripEnabled(True)
        self.resize(*DIALOG_SIZE)
        self.tabs = QTabWidget(self)
        self.forms: dict[str, FieldForm] = {}
        for section in STUDENT.sections:
            form = FieldForm(STUDENT.in_section(section))
            index = self.tabs.addTab(_scrolling(form), section_title(section))
            self.forms[section] = form
            self._tab_of_key.update(dict.fromkeys(form.keys(), index))
        self.family_rows = RowsEditor(FAMILY_MEMBER, self.tr("Family member"), self)
        self.family_tab = self.tabs.addTab(self.family_rows, self.tr("Family members"))
        self.guardian_rows = RowsEditor(GUARDIAN, self.tr("Guardian"), self)
        self.guardian_tab = self.tabs.addTab(self.guardian_rows, self.tr("Guardians"))
        self.timeline = HistoryTimeline(self)
        self.history_tab = self.tabs.addTab(self.timeline, self.tr("History"))
        self.timeline.add_requested.connect(self.add_status_change)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.summary.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._school_row())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self._button_row())
        self.id_checks = IdNumberChecks(self)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)

    def _school_row(self) -> QHBoxLayout:
        """The school: chosen in township mode, fixed to this school in school mode."""
        school_choices = choices(SCHOOL_KEY, *students.schools())
        field = Field(SCHOOL_KEY, "", Kind.CHOICE, required=True, choices=school_choices)
        self.school_editor: FieldEditor = make_editor(field, self)
        self.school_editor.setEnabled(session().is_township)
        row = QHBoxLayout()
        label = QLabel(self.tr("School") + " *", self)
        label.setBuddy(self.school_editor.input_widget)
        row.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.school_editor, 1)
        return row

    def open_timeline(self) -> None:
        from ui.care.timeline import ChildTimelineDialog

        if self.student_id:
            ChildTimelineDialog(self.student_id, self).exec()

    def print_forms(self) -> None:
        from ui.printing.dialog import open_print_dialog

        if self.student_id:
            open_print_dialog(self, current_id=self.student_id)

    def _button_row(self) -> QHBoxLayout:
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAutoDefault(False)
        # Shown only to whom the role matrix lets delete (the service refuses the others).
        self.delete_button.setVisible(
            self.student_id is not None and allows(session().actor, Do.DELETE)
        )
        self.delete_button.clicked.connect(self.delete)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+S)"))
        # Enter in a field must not save a half-filled file by accident.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.timeline_button = QPushButton(self.tr("Timeline…"), self)
        self.timeline_button.setAutoDefault(False)
        self.timeline_button.setToolTip(self.tr("Visits, diary entries and family calls"))
        self.timeline_button.setVisible(self.student_id is not None)
        self.timeline_button.clicked.connect(self.open_timeline)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setAutoDefault(False)
        self.print_button.setVisible(self.student_id is not None)
        self.print_button.clicked.connect(self.print_forms)
        # 转出到… (docs/architecture.md, "The school year"); a school's own children.
        self.transfer_button = QPushButton(self.tr("Transfer out to…"), self)
        self.transfer_button.setAutoDefault(False)
        self.transfer_button.setVisible(self.student_id is not None and not session().is_township)
        self.transfer_button.clicked.connect(self.transfer_out)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.timeline_button)
        row.addWidget(self.print_button)
        row.addWidget(self.transfer_button)
        # "Show full ID…" (an audited reveal) and "Erase…" (the family's request).
        self.privacy_buttons = file_buttons(self)
        for button in self.privacy_buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        return row

    def _title(self) -> str:
        if self._file is None:
            return self.tr("New student")
        return self.tr("Student file - {name}").format(name=self._file.values.get("name", ""))

    # -- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        if self._file is None:
            info = session().info
            self.school_editor.set_value(info.school_id if info and info.school_id else "")
            values = dict(NEW_STUDENT_DEFAULTS)
        else:
            self.school_editor.set_value(self._file.school_id)
            values = self._file.values
        for form in self.forms.values():
            form.set_values(values)
        self.family_rows.set_rows(self._file.family if self._file else [])
        self.guardian_rows.set_rows(self._file.guardians if self._file else [])
        self.timeline.set_entries(self._file.history if self._file else [])
        self.timeline.set_can_add(self._file is not None)
        self.editor("name").focus_input()

    def editor(self, key: str) -> FieldEditor:
        """The editor of a student field, whichever tab it is on."""
        for form in self.forms.values():
            if key in form.keys():
                return form.editor(key)
        raise KeyError(key)

    @property
    def stored_file(self) -> StudentFile | None:
        """The file as it was read (None for a new student)."""
        return self._file

    def collect(self) -> StudentFile:
        """The file as it stands in the form (raw values, for validate_file)."""
        values: dict[str, Any] = {}
        for form in self.forms.values():
            values.update(form.values())
        return StudentFile(
            id=self.student_id,
            school_id=str(self.school_editor.value()),
            values=values,
            family=self.family_rows.rows(),
            guardians=self.guardian_rows.rows(),
            version=self._file.version if self._file is not None else None,
        )

    def _snapshot(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "school": data.school_id,
            "values": data.values,
            "family": data.family,
            "guardians": data.guardians,
        }

    def is_dirty(self) -> bool:
        return self._snapshot() != self._baseline

    def open_linked_student(self, href: str) -> StudentFormDialog | None:
        if not href.startswith(STUDENT_LINK):
            return None
        dialog = StudentFormDialog(href.removeprefix(STUDENT_LINK), self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        self._open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)
        dialog.deleteLater()

    # -- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the file; False when the form shows errors (nothing is sent). A refusal
        of the service is shown and the form stays open."""
        data = self.collect()
        errors = students.validate_file(data)
        if not data.school_id:
            errors[SCHOOL_KEY] = self.tr("Choose the school.")
        self.show_errors(errors)
        if errors:
            return False
        second_file = self._confirm_second_file(data)
        if second_file is None:
            return False
        call = partial(students.save_file, session().actor, data, second_file=second_file)
        op(self, call).success(self._saved).run_in_background()
        return True

    def _confirm_second_file(self, data: StudentFile) -> bool | None:
        """True when the ID number is another file's too and the user confirms a second
        file; False when it is no one else's; None when the user declines."""
        number = str(data.values.get("id_number") or "")
        others = students.find_by_id_number(number, self.student_id) if number else []
        if not others:
            return False
        names = "、".join(f"{o['name']}（{o['school_name']}）" for o in others)
        answer = QMessageBox.question(
            self,
            self.tr("Same ID number"),
            self.tr(
                "A student with this ID number is already in the ledger: {names}.\n\n"
                "Aid would be counted twice. Save a second file anyway?"
            ).format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _saved(self, student_id: str) -> None:
        self.student_id = student_id
        self._baseline = self._snapshot()
        self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each error beside its field; the tabs holding errors in red; the first error's
        tab shown and its field focused."""
        own = {k: v for k, v in errors.items() if "." not in k}
        for form in self.forms.values():
            form.show_errors(own)
        self.school_editor.set_error(errors.get(SCHOOL_KEY))
        for prefix, rows in (
            (FAMILY_PREFIX, self.family_rows),
            (GUARDIANS_PREFIX, self.guardian_rows),
        ):
            mine = {k.removeprefix(prefix): v for k, v in errors.items() if k.startswith(prefix)}
            rows.show_errors(mine)
        bad_tabs = {self._tab_of_error(key) for key in errors} - {-1}
        for index in range(self.tabs.count()):
            colour = QColor(ERROR_COLOUR) if index in bad_tabs else QColor()
            self.tabs.tabBar().setTabTextColor(index, colour)
        self._show_summary(len(errors))
        if errors:
            self._go_to_first_error(errors)

    def _tab_of_error(self, key: str) -> int:
        if key.startswith(FAMILY_PREFIX):
            return self.family_tab
        if key.startswith(GUARDIANS_PREFIX):
            return self.guardian_tab
        return self._tab_of_key.get(key, -1)

    def _go_to_first_error(self, errors: dict[str, str]) -> None:
        order = STUDENT.keys()

        def position(key: str) -> tuple[int, int]:
            return (self._tab_of_error(key), order.index(key) if key in order else 0)

        first = min(errors, key=position)
        tab = self._tab_of_error(first)
        if tab < 0:
            self.school_editor.focus_input()
            return
        self.tabs.setCurrentIndex(tab)
        if first in order:
            self.editor(first).focus_input()

    def _show_summary(self, count: int) -> None:
        if not count:
            self.summary.hide()
            return
        text = self.tr("Not saved: {count} problems. The fields marked in red say what is wrong.")
        self.summary.setText(text.format(count=count))
        self.summary.show()

    # -- deleting -----------------------------------------------------------------------
    def delete(self) -> bool:
        if self._file is None or self.student_id is None:
            return False
        name = self._file.values.get("name", "")
        last4 = str(self._file.values.get("id_number") or "")[-4:]
        text = self.tr("Delete the student {name} (ID number ending in {last4})?")
        answer = QMessageBox.question(
            self,
            self.tr("Delete student"),
            text.format(name=name, last4=last4),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        op(self, partial(students.tombstone, session().actor, self.student_id)).success(
            self._deleted
        ).run_in_background()
        return True

    def _deleted(self, _: None) -> None:
        self.deleted = True
        self.accept()

    def transfer_out(self) -> bool:
        """The child leaves for another school, or was handed over after leaving."""
        from ui.schoolyear.transfer_dialog import TransferOutDialog

        if self.student_id is None or self._file is None:
            return False
        if self.is_dirty():
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Save or undo the changes to the file first.")
            )
            return False
        dialog = TransferOutDialog(self.student_id, self._file.values.get("name", ""), self)
        self._open_dialogs.append(dialog)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            self._open_dialogs.remove(dialog)
            dialog.deleteLater()
        self._file = students.get_file(session().actor, self.student_id)
        self._load()
        self._baseline = self._snapshot()
        return True

    # -- history ------------------------------------------------------------------------
    def add_status_change(self) -> bool:
        """Record a dated change (脱贫 on a given date) straight into the history."""
        if self.student_id is None:
            return False
        dialog = StatusChangeDialog(self.timeline.entries(), self)
        self._open_dialogs.append(dialog)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_values is None:
                return False
            kind, value, start, note = dialog.result_values
        finally:
            self._open_dialogs.remove(dialog)
            dialog.deleteLater()
        call = partial(
            status_history.add_history_entry,
            session().actor,
            self.student_id,
            kind,
            value,
            start,
            note,
        )
        op(self, call).success(lambda _: self._after_history_added(kind, value)).run_in_background()
        return True

    def _after_history_added(self, kind: str, value: str) -> None:
        """The service set the current value too: show it, and count it as saved (other
        unsaved edits stay unsaved)."""
        assert self.student_id is not None
        reread = students.get_file(session().actor, self.student_id)
        self.timeline.set_entries(reread.history)
        if self._file is not None:
            # This dialog made that change itself: it is not someone else's edit.
            self._file.version = reread.version
        editor = self.editor(kind)
        editor.set_value(value == "true" if editor.field.kind is Kind.BOOL else value)
        self._baseline["values"][kind] = editor.value()

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc and Cancel: close, after asking when typed work would be lost."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Close without saving the changes to this student file?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
