"""The exchange dialogs and the extended left-behind profile, offscreen: the county list
import previews and applies, the export dialog names incomplete rows, the profile dialog
checks the 民政 definition as it is filled in; each fits 1366x768 above the taskbar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.students import files as students
from tests import builders as make
from tests.builders import PRINCIPAL

MAX_HEIGHT = 690 - 30  # the dialog's frame; the title bar takes the rest


def test_profile_dialog_takes_the_register_fields(ui_session, qtbot, tmp_path: Path) -> None:
    from ui.care.records import LeftBehindProfileDialog

    child = make.needy_student(ui_session.info, birth_date=dt.date(2016, 3, 2))
    dialog = LeftBehindProfileDialog(PRINCIPAL, child)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.editor("parent_away").set_value("father")
    assert "不符合" in dialog.definition.text() or "无法" in dialog.definition.text()
    form.editor("hukou").set_value("rural")
    form.editor("guardianship_type").set_value("parent_incapable")
    assert dialog.definition.text().startswith("符合"), dialog.definition.text()
    assert "母亲无监护能力" in dialog.definition.text()
    form.editor("father_work_place").line_edit.setText("广东省东莞市")
    form.editor("income_sources").set_value("wages,farming")
    form.editor("health").set_value("ill")
    form.editor("health_type").line_edit.setText("白血病")
    dialog.show()
    assert dialog.frameGeometry().height() <= 690 and dialog.height() <= MAX_HEIGHT
    dialog.grab().save(str(tmp_path / "profile.png"))
    dialog.accept()
    profile = care.current_profile(PRINCIPAL, child)
    assert profile is not None
    assert profile["income_sources"] == "wages,farming"
    assert profile["father_work_place"] == "广东省东莞市"
    assert profile["guardianship_type"] == "parent_incapable"


def test_list_import_dialog_previews_and_applies(ui_session, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.exchange.list_import import ListImportDialog

    child = make.needy_student(ui_session.info, name="王小花")
    other = make.needy_student(ui_session.info, name="赵小军", dibao=True)
    number = students.get_file(PRINCIPAL, child, full_ids=True).values["id_number"]
    book = Workbook()
    sheet = book.active
    sheet.append(["低保名单"])
    sheet.append(["姓名", "身份证号"])
    sheet.append(["王小花", number])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = ListImportDialog(today=dt.date(2025, 10, 8))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.run_preview()
    assert dialog.preview is not None
    assert dialog.tables["gains"].rowCount() == 1
    assert dialog.tables["losses"].rowCount() == 1
    assert dialog.apply_button.isEnabled()
    dialog.show()
    assert dialog.height() <= MAX_HEIGHT
    dialog.grab().save(str(tmp_path / "list.png"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.confirm_apply()
    assert students.get_file(PRINCIPAL, child).values["dibao"] is True
    assert students.get_file(PRINCIPAL, other).values["dibao"] is False


def test_export_dialog_names_incomplete_rows(ui_session, qtbot, tmp_path: Path) -> None:
    from ui.exchange.export_dialog import ExportDialog

    make.needy_student(ui_session.info, name="钱小丽")  # no 学籍号: incomplete for the 资助系统
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.run_check()
    assert dialog.plan is not None and not dialog.plan.ready
    assert "钱小丽" in dialog.problems.item(0).text()
    assert "学籍号" in dialog.problems.item(0).text()
    assert not dialog.save_button.isEnabled()
    dialog.show()
    assert dialog.height() <= MAX_HEIGHT
    dialog.grab().save(str(tmp_path / "export.png"))


def test_list_import_dialog_sets_a_poverty_status(ui_session, qtbot, tmp_path: Path) -> None:
    from ui.exchange.list_import import ListImportDialog

    number = make.id_number("20150312")  # the file shows it masked (issue 15)
    make.needy_student(ui_session.info, name="孙小梅", id_number=number)
    book = Workbook()
    sheet = book.active
    sheet.append(["防返贫监测对象名单"])
    sheet.append(["姓名", "身份证号", "监测类型"])
    sheet.append(["孙小梅", number, "突发严重困难户"])
    path = tmp_path / "monitored.xlsx"
    book.save(path)
    dialog = ListImportDialog(today=dt.date(2025, 10, 8))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.category.setCurrentIndex(dialog.category.findData("monitored"))
    assert dialog.category.currentText() == "监测对象"
    dialog.run_preview()
    gains = dialog.tables["gains"]
    assert gains.rowCount() == 1 and not gains.isColumnHidden(4)
    assert "突发严重困难" in gains.item(0, 4).text()
    dialog.show()
    assert dialog.height() <= MAX_HEIGHT
    dialog.grab().save("/tmp/i12_monitored.png")


def test_list_import_asks_for_a_file_and_refuses_another_programs(
    ui_session, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Compare with no file chosen says to choose one (it said "无法打开 。": the empty
    path is the current folder); a file of another program is refused in Chinese; neither
    changes anything nor raises."""
    from tests.ui.screens import Walk, english_words
    from ui.exchange.list_import import ListImportDialog

    walk = Walk()
    walk.install(monkeypatch)
    dialog = ListImportDialog()
    qtbot.addWidget(dialog)
    dialog.preview_button.click()
    assert "县级名单" in dialog.summary.text() or "选择" in dialog.summary.text()
    assert not english_words(dialog.summary.text()), dialog.summary.text()
    assert walk.messages == [] and dialog.preview is None
    other = tmp_path / "名单.xlsx"
    other.write_bytes(b"PK\x03\x04 this is a word processor's file, not a workbook")
    dialog.path.setText(str(other))
    dialog.preview_button.click()
    assert len(walk.messages) == 1 and "名单.xlsx" in walk.messages[0], walk.messages
    book = Workbook()
    book.active.append(["品名", "数量"])
    book.active.append(["粉笔", 3])
    book.save(other)
    dialog.path.setText(str(other))
    dialog.preview_button.click()
    assert len(walk.messages) == 2, walk.messages
    assert "表头" in walk.messages[1], walk.messages  # says which header row it wanted
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    assert not walk.findings, walk.findings


def test_a_teacher_is_told_the_national_files_are_not_theirs(ui_session, qtbot) -> None:
    """The files carry full ID numbers: a teacher's Check is off and the dialog says why,
    whichever file is chosen (Check was offered, then refused)."""
    from tests.builders import TEACHER
    from ui.exchange.export_dialog import ExportDialog

    ui_session.actor = TEACHER
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    for index in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(index)
        assert not dialog.check_button.isEnabled()
        assert "身份证号" in dialog.summary.text(), dialog.summary.text()


def test_a_teacher_is_told_county_lists_are_not_theirs(ui_session, qtbot) -> None:
    """Compare was offered to a teacher, then refused (您无权执行此操作) once a file was
    chosen: the dialog says so first, with nothing to press."""
    from tests.builders import TEACHER
    from ui.exchange.list_import import ListImportDialog

    ui_session.actor = TEACHER
    dialog = ListImportDialog()
    qtbot.addWidget(dialog)
    assert not dialog.preview_button.isEnabled() and not dialog.path.isEnabled()
    assert "县级名单" in dialog.summary.text(), dialog.summary.text()
