"""The print dialog: form, scope and options make the right job; the PDF is written in
the background and then offered to open; a cancelled print leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from fupin_desktop.io.pdf.titles import Form
from fupin_desktop.services.students.listing import StudentQuery
from tests import builders as make
from tests.builders import Sample


@pytest.fixture
def sample(ui_session) -> Sample:
    return make.sample_child(ui_session.info)


@pytest.fixture
def make_dialog(qtbot, ui_session, sample, tmp_path, monkeypatch):
    from ui.printing import dialog as module

    opened: list[str] = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: opened.append(url))

    def make(**kwargs):
        widget = module.PrintDialog(**kwargs)
        qtbot.addWidget(widget)
        widget.opened = opened
        widget.path_edit.setText(str(tmp_path / "out" / "forms.pdf"))
        return widget

    return make


def test_defaults_follow_the_form(make_dialog, sample) -> None:
    dialog = make_dialog(current_id=sample.student_id, selected_ids=[sample.student_id])
    assert dialog.form() is Form.ARCHIVE and dialog.scope() == "current"
    assert not dialog.mask_check.isChecked()  # the archive card shows IDs in full
    assert dialog.sheet_box.isHidden()
    dialog.form_combo.setCurrentIndex(list(Form).index(Form.ROSTER))
    assert dialog.mask_check.isChecked()
    assert dialog.path_edit.text().endswith(".pdf")
    dialog.form_combo.setCurrentIndex(list(Form).index(Form.AID_SHEET))
    assert not dialog.sheet_box.isHidden()


def test_scopes_make_the_job(make_dialog, sample, ui_session) -> None:
    other = make.student(ui_session.info.school_id, "李四")
    query = StudentQuery(search="李", school_id=ui_session.info.school_id)
    dialog = make_dialog(
        current_id=sample.student_id, selected_ids=[sample.student_id, other], query=query
    )
    assert dialog.scope() == "selection"
    assert dialog.job().student_ids == [sample.student_id, other]
    dialog.scope_buttons["current"].setChecked(True)
    assert dialog.job().student_ids == [sample.student_id]
    dialog.scope_buttons["list"].setChecked(True)
    assert dialog.job().query is query
    dialog.scope_buttons["school"].setChecked(True)
    job = dialog.job()
    assert job.query is not None and job.query.search == "" and job.student_ids is None


def test_without_a_selection_those_scopes_are_off(make_dialog) -> None:
    dialog = make_dialog()
    assert not dialog.scope_buttons["current"].isEnabled()
    assert not dialog.scope_buttons["selection"].isEnabled()
    assert dialog.scope() == "list"


def test_aid_sheet_options_go_into_the_job(make_dialog, sample) -> None:
    dialog = make_dialog(current_id=sample.student_id)
    dialog.form_combo.setCurrentIndex(list(Form).index(Form.AID_SHEET))
    dialog.program_combo.setCurrentIndex(dialog.program_combo.findData(sample.program_id))
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData("2024-2025"))
    dialog.term_combo.setCurrentIndex(dialog.term_combo.findData(1))
    job = dialog.job()
    assert (job.program_id, job.school_year, job.term) == (sample.program_id, "2024-2025", 1)


def test_print_writes_the_file_and_offers_to_open_it(make_dialog, sample, monkeypatch) -> None:
    dialog = make_dialog(selected_ids=[sample.student_id])
    monkeypatch.setattr(dialog, "ask_what_next", lambda result: "open")
    dialog.start()
    path = Path(dialog.path_edit.text())
    assert dialog.result_path == path and path.exists()
    assert "张小红" in PdfReader(path).pages[0].extract_text()
    assert [url.toLocalFile() for url in dialog.opened] == [str(path)]


def test_show_in_folder_opens_the_folder(make_dialog, sample, monkeypatch) -> None:
    dialog = make_dialog(selected_ids=[sample.student_id])
    dialog.form_combo.setCurrentIndex(list(Form).index(Form.CONTACT_CARDS))
    dialog.path_edit.setText(str(Path(dialog.path_edit.text()).with_name("cards.pdf")))
    monkeypatch.setattr(dialog, "ask_what_next", lambda result: "folder")
    dialog.start()
    assert [url.toLocalFile() for url in dialog.opened] == [
        str(Path(dialog.path_edit.text()).parent)
    ]


def test_a_cancelled_print_leaves_no_file(make_dialog, sample, monkeypatch) -> None:
    from fupin_desktop.services.printing import jobs as printing

    real = printing.print_forms

    def cancelled_midway(actor, job, path, report, cancel):
        def report_then_cancel(fraction: float, text: str) -> None:
            report(fraction, text)
            if fraction > 0:
                cancel.cancel()

        return real(actor, job, path, report_then_cancel, cancel)

    monkeypatch.setattr(printing, "print_forms", cancelled_midway)
    other = make.student(sample_school(sample), "李四")
    dialog = make_dialog(selected_ids=[sample.student_id, other])
    dialog.start()
    path = Path(dialog.path_edit.text())
    assert not path.exists() and not list(path.parent.glob(f".{path.name}*"))
    # ui_session loads the zh_CN translation: compare with the message as translated.
    assert dialog.message.text() == dialog.tr("Cancelled: no file was written.")
    assert dialog.buttons.isEnabled()


def sample_school(sample: Sample) -> str:
    from fupin_desktop.db.models import Student

    return Student.get_by_id(sample.student_id).school_id


def test_a_teacher_cannot_unmask(make_dialog, sample, ui_session) -> None:
    from fupin_desktop.services.context import Actor

    ui_session.actor = Actor("李老师", "teacher")
    dialog = make_dialog(current_id=sample.student_id)
    assert dialog.form() is Form.ARCHIVE
    assert dialog.mask_check.isChecked() and not dialog.mask_check.isEnabled()


def test_open_print_dialog_opens_without_blocking(qtbot, ui_session, sample) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.printing.dialog import open_print_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_print_dialog(parent, current_id=sample.student_id, form=Form.GROWTH)
    assert dialog.isVisible() and dialog.form() is Form.GROWTH and dialog.scope() == "current"
    dialog.reject()
