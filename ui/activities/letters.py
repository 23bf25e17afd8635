"""Letters to parents (致家长一封信, a meeting's 告知书): pick the letter or meeting, the
class (or the whole school), print one letter per child's family to a PDF in a batch,
with progress and cancel. The activity's text is the template: {学校} {学生} {家长}
{班级} {日期} are filled in (services.printing.duties)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.io.pdf.titles import Form
from fupin_desktop.services.activities import kinds, records
from fupin_desktop.services.printing import duties
from fupin_desktop.services.printing.jobs import PrintJob, print_forms
from fupin_desktop.services.students.listing import StudentQuery
from ui.activities.meals import ClassCombo
from ui.operations import long_op
from ui.session import session

LETTER_KINDS = (
    kinds.LETTER,
    kinds.GUARDIAN_MEETING,
    "proxy_parent_gathering",
    "migrant_worker_forum",
)


def print_to_file(parent: QWidget, job: PrintJob, name: str) -> None:
    """Ask where, then lay the job out in the background with progress and cancel."""
    default = str(session().db_path.parent / name)
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save PDF"), default, "PDF (*.pdf)")
    if not path:
        return
    actor = session().actor

    def work(report: Any, cancel: Any) -> Any:
        return print_forms(actor, job, Path(path), report, cancel)

    def done(result: Any) -> None:
        QMessageBox.information(
            parent,
            parent.tr("Printed"),
            parent.tr("{pages} pages written to {path}.").format(
                pages=result.pages, path=result.path
            ),
        )

    long_op(parent, parent.tr("Printing"), work).success(done).run_in_background()


class LettersDialog(QDialog):
    def __init__(self, school_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school_id = school_id
        self.setWindowTitle(self.tr("Print letters to parents"))
        self.activity = QComboBox(self)
        for a in records.list_activities(session().actor, school_id=school_id):
            if a.kind in LETTER_KINDS:
                self.activity.addItem(f"{a.day} {a.kind_label}：{a.values['title']}", a.id)
        self.klass = ClassCombo(self)
        self.klass.reload()
        self.klass.insertItem(0, self.tr("The whole school"), None)
        self.klass.setCurrentIndex(0)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("Letter or meeting"), self.activity)
        form.addRow(self.tr("Families of"), self.klass)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.print_letters)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first letter:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.activity.currentIndexChanged.connect(self._preview)
        self.klass.currentIndexChanged.connect(self._preview)
        self.print_button.setEnabled(self.activity.count() > 0)
        self._preview()
        self.resize(720, 520)

    def job(self) -> PrintJob:
        data = self.klass.currentData()
        filters = {"grade": data[0], "class_name": data[1]} if data else {}
        query = StudentQuery(school_id=self.school_id, filters=filters)
        return PrintJob(Form.LETTERS, query=query, activity_id=self.activity.currentData())

    def _preview(self) -> None:
        from fupin_desktop.services.printing.jobs import student_ids

        if self.activity.currentData() is None:
            self.preview.setPlainText(self.tr("Record a letter or a meeting first."))
            return
        ids = student_ids(session().actor, self.job())[:1]
        first = next(duties.letters(session().actor, self.activity.currentData(), ids), None)
        self.preview.setPlainText(first.body if first else self.tr("No pupil in this choice."))

    def print_letters(self) -> None:
        print_to_file(self, self.job(), "致家长一封信.pdf")
