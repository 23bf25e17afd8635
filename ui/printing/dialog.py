"""The print dialog: choose the form, which students (the current one, the selection,
the list as filtered, or the whole school), the options (ID numbers masked or not, the
aid program and term of a sign-off sheet) and the file. The printing runs off the UI
thread through ui.tasks with progress and cancel; then the file can be opened or shown
in its folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.io.pdf.titles import FORMS, STUDENT_FORMS, Form
from fupin_desktop.schema.aid import TERM
from fupin_desktop.services.aid.payments import school_year_choices
from fupin_desktop.services.aid.programs import list_programs
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Result
from fupin_desktop.services.printing import jobs as printing
from fupin_desktop.services.students.listing import StudentQuery
from ui.operations import long_op
from ui.session import session

SCOPES = ("current", "selection", "list", "school")


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_folder(path: Path) -> None:
    # Portable: open the folder itself (selecting the file needs per-platform tools).
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class PrintDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        current_id: str | None = None,
        selected_ids: list[str] | None = None,
        query: StudentQuery | None = None,
        description: str = "",
        form: Form = Form.ARCHIVE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print forms"))
        self.setMinimumWidth(440)
        self.current_id = current_id
        self.selected_ids = list(selected_ids or [])
        self.query = query or StudentQuery(school_id=self._own_school())
        self.description = description
        self.result_path: Path | None = None
        self._build()
        self.form_combo.setCurrentIndex(list(Form).index(form))
        self._form_changed()

    @staticmethod
    def _own_school() -> str | None:
        info = session().info
        return info.school_id if info is not None else None

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.form_combo = QComboBox(self)
        for form in STUDENT_FORMS:
            self.form_combo.addItem(FORMS[form].label, form.value)
        self.form_combo.currentIndexChanged.connect(self._form_changed)

        scope_box = self._build_scope()

        self.mask_check = QCheckBox(self.tr("Mask ID numbers (only the last 4 shown)"), self)
        if not session().actor.may_see_full_ids:
            self.mask_check.setEnabled(False)
            self.mask_check.setToolTip(self.tr("Your role may print masked ID numbers only."))

        self._build_sheet()

        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("Form"), self.form_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scope_box)
        layout.addWidget(self.mask_check)
        layout.addWidget(self.sheet_box)
        layout.addWidget(QLabel(self.tr("Save as"), self))
        layout.addLayout(path_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _build_scope(self) -> QGroupBox:
        """Which students: the current one, the selection, the list or the whole school."""
        scope_box = QGroupBox(self.tr("Students"), self)
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        texts = {
            "current": self.tr("The current student"),
            "selection": self.tr("The selected students ({n})").format(n=len(self.selected_ids)),
            "list": self.tr("The list as filtered now"),
            "school": self.tr("The whole school"),
        }
        self.scope_buttons: dict[str, QRadioButton] = {}
        for index, key in enumerate(SCOPES):
            button = QRadioButton(texts[key], scope_box)
            self.scope_group.addButton(button, index)
            scope_layout.addWidget(button)
            self.scope_buttons[key] = button
        self.scope_buttons["current"].setEnabled(self.current_id is not None)
        self.scope_buttons["selection"].setEnabled(bool(self.selected_ids))
        first = "selection" if len(self.selected_ids) > 1 else "current"
        if not self.scope_buttons[first].isEnabled():
            first = "list"
        self.scope_buttons[first].setChecked(True)
        return scope_box

    def _build_sheet(self) -> None:
        """The sign-off sheet's program, school year and term."""
        self.sheet_box = QGroupBox(self.tr("Sign-off sheet"), self)
        sheet_form = QFormLayout(self.sheet_box)
        self.program_combo = QComboBox(self.sheet_box)
        for program in list_programs(session().actor, include_inactive=False):
            self.program_combo.addItem(program.name, program.id)
        year, term = school_calendar().current_term()
        self.year_combo = QComboBox(self.sheet_box)
        for choice in school_year_choices():
            self.year_combo.addItem(choice, choice)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year)))
        self.term_combo = QComboBox(self.sheet_box)
        for code in TERM.codes():
            self.term_combo.addItem(TERM.label(code), int(code))
        self.term_combo.setCurrentIndex(max(0, self.term_combo.findData(term)))
        sheet_form.addRow(self.tr("Aid program"), self.program_combo)
        sheet_form.addRow(self.tr("School year"), self.year_combo)
        sheet_form.addRow(self.tr("Term"), self.term_combo)

    # -- state ------------------------------------------------------------------------
    def form(self) -> Form:
        return Form(self.form_combo.currentData())

    def scope(self) -> str:
        return SCOPES[self.scope_group.checkedId()]

    def _form_changed(self) -> None:
        info = FORMS[self.form()]
        # A sign-off sheet is for the whole school, a roster for the list as filtered.
        wanted = {Form.AID_SHEET: "school", Form.ROSTER: "list"}.get(self.form())
        if wanted:
            self.scope_buttons[wanted].setChecked(True)
        self.mask_check.setChecked(info.mask_by_default or not session().actor.may_see_full_ids)
        self.sheet_box.setVisible(self.form() in (Form.AID_SHEET, Form.PAYMENT_NOTICE))
        self.program_combo.setEnabled(self.form() is Form.AID_SHEET)
        name = f"{info.label}-{dt.date.today().isoformat()}.pdf"
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else default_folder()
        self.path_edit.setText(str(folder / name))
        self.adjustSize()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the forms as"), self.path_edit.text(), self.tr("PDF (*.pdf)")
        )
        if name:
            self.path_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def job(self) -> printing.PrintJob:
        """What the dialog asks for, as the printing service takes it."""
        form, scope = self.form(), self.scope()
        job = printing.PrintJob(form, mask_ids=self.mask_check.isChecked())
        info = session().info
        job.school_name = info.display_name if info is not None else ""
        if scope == "current" and self.current_id:
            job.student_ids = [self.current_id]
        elif scope == "selection":
            job.student_ids = list(self.selected_ids)
        elif scope == "list":
            job.query = self.query
            job.description = self.description
        else:
            job.query = StudentQuery(school_id=self.query.school_id)
        if form is Form.AID_SHEET:
            job.program_id = self.program_combo.currentData()
            job.school_year = self.year_combo.currentData()
            job.term = self.term_combo.currentData()
            job.school_id = self.query.school_id
            if job.query is not None:
                job.student_ids, job.query = printing.student_ids(session().actor, job), None
        if form is Form.PAYMENT_NOTICE:
            job.school_year = self.year_combo.currentData()
            job.term = self.term_combo.currentData()
        if form is Form.VISITS and job.student_ids is None:
            job.student_ids = printing.student_ids(session().actor, job)
        return job

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- run --------------------------------------------------------------------------
    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._show_message(self.tr("Choose where to save the file."))
            return
        path = Path(text if text.lower().endswith(".pdf") else text + ".pdf")
        if path.exists():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("{file} exists. Replace it?").format(file=path)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        job, actor = self.job(), session().actor
        self._show_message("")
        self.buttons.setEnabled(False)

        def work(report: Any, cancel: Any) -> Result[printing.PrintResult]:
            return printing.print_forms(actor, job, path, report, cancel)

        long_op(self, self.tr("Printing"), work).success(self._done).failure(
            self._failed
        ).run_in_background()

    def _failed(self, error: BaseException) -> None:
        from fupin_desktop.errors import Cancelled, FupinError
        from ui.errors import show_error

        self.buttons.setEnabled(True)
        if isinstance(error, Cancelled):
            self._show_message(self.tr("Cancelled: no file was written."))
        elif isinstance(error, FupinError):
            self._show_message(error.message)
        else:
            show_error(self, error)

    def _done(self, result: printing.PrintResult) -> None:
        self.buttons.setEnabled(True)
        self.result_path = result.path
        choice = self.ask_what_next(result)
        if choice == "open":
            open_file(result.path)
        elif choice == "folder":
            show_folder(result.path)
        self.accept()

    def ask_what_next(self, result: printing.PrintResult) -> str:
        """ "open", "folder" or "" (a test replaces this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(
            self.tr("{pages} pages written to\n{path}").format(pages=result.pages, path=result.path)
        )
        if result.warnings:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText("\n".join(result.warnings))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return "open"
        if clicked is folder_button:
            return "folder"
        return ""


def open_print_dialog(
    parent: QWidget,
    *,
    current_id: str | None = None,
    selected_ids: list[str] | None = None,
    query: StudentQuery | None = None,
    form: Form = Form.ARCHIVE,
) -> PrintDialog:
    """Open the print dialog over `parent` (window-modal, not blocking); the dialog
    deletes itself when closed."""
    from PySide6.QtCore import Qt

    dialog = PrintDialog(
        parent, current_id=current_id, selected_ids=selected_ids, query=query, form=form
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
