"""The roster import dialog: guessed columns a person can correct, a coloured preview with
reasons, nothing written before confirming; and the list page's import/export buttons."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from fupin_desktop.db.models import Student
from tests.builders import EXISTING, existing_student, messy_roster


@pytest.fixture
def dialog(qtbot, ui_session, monkeypatch):
    from ui.students.import_dialog import RosterImportDialog

    widget = RosterImportDialog()
    qtbot.addWidget(widget)
    widget.confirmed: list[str] = []
    widget.told: list[str] = []
    monkeypatch.setattr(widget, "confirm", lambda text: widget.confirmed.append(text) or True)
    monkeypatch.setattr(widget, "inform", widget.told.append)
    return widget


@pytest.fixture
def messy_file(tmp_path, ui_session) -> Path:
    existing_student(ui_session.info.school_id)
    return messy_roster(tmp_path / "花名册.xlsx")


def statuses(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 1).data(), model.index(r, 0).data()) for r in range(model.rowCount())]


def test_nothing_can_be_imported_before_a_preview(dialog) -> None:
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_open_file_guesses_columns_and_previews(dialog, messy_file) -> None:
    from ui.students.import_preview import COLOURS

    dialog.open_file(messy_file)
    assert dialog.sheet_combo.currentText() == "2024秋花名册"
    assert dialog.mapping()[3] == "id_number"
    assert dialog.mapping_combo(0).currentData() == ""  # 序号: not imported
    assert dialog.mapping_table.item(3, 1).text().startswith("430123")  # examples shown
    rows = statuses(dialog)
    assert [number for number, _ in rows] == ["5", "6", "8", "9", "10", "11", "12", "13", "14"]
    model = dialog.model
    kinds = {
        "5": "new",
        "8": "invalid",
        "12": "duplicate",
        "13": "update",
    }
    for row in range(model.rowCount()):
        number = model.index(row, 1).data()
        if number in kinds:
            colour = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color().name()
            assert colour == COLOURS[kinds[number]]
    invalid = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "10")
    id_column = 2 + 1  # status, row, name, ID number
    assert "4.2E+17" in model.index(invalid, id_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "4.2E+17" in model.index(invalid, model.columnCount() - 1).data()
    existing = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "13")
    assert "吴十" in model.index(existing, model.columnCount() - 1).data()
    # Invalid rows: import only once the person chooses to skip them.
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.problems_only.setChecked(True)
    assert [n for n, _ in statuses(dialog)] == ["8", "9", "10", "11", "12"]


def test_correcting_a_column_updates_the_preview(dialog, messy_file) -> None:
    dialog.open_file(messy_file)
    phone = dialog.mapping_combo(9)
    phone.setCurrentIndex(phone.findData("guardian.phone"))
    first = dialog.preview.rows[0]
    assert first.guardian["phone"] == "13800138000"
    assert first.values["phone"] == ""
    # One field, one column: giving 姓名 to another column takes it from the first.
    other = dialog.mapping_combo(4)
    other.setCurrentIndex(other.findData("name"))
    assert dialog.mapping_combo(1).currentData() == ""
    assert dialog.mapping()[4] == "name"


def test_confirmed_import_writes_and_announces(dialog, messy_file) -> None:
    from ui.bus import bus

    dialog.open_file(messy_file)
    dialog.skip_invalid.setChecked(True)
    heard = []
    bus().changed.connect(heard.append)
    before = Student.select().count()
    dialog.import_button.click()
    assert dialog.confirmed and "柳塘小学" in dialog.confirmed[0]
    assert Student.select().count() == before + 3
    assert Student.get(Student.id_number == EXISTING).class_name == "2班"  # 二班, one way
    assert heard and heard[-1].affects("student")
    assert dialog.result is not None and dialog.result.created == 3
    assert dialog.told  # the summary was shown


def test_declined_import_writes_nothing(dialog, messy_file, monkeypatch) -> None:
    dialog.open_file(messy_file)
    dialog.skip_invalid.setChecked(True)
    monkeypatch.setattr(dialog, "confirm", lambda text: False)
    before = Student.select().count()
    dialog.import_button.click()
    assert Student.select().count() == before


def test_unreadable_file_is_said_and_cleared(dialog, tmp_path, monkeypatch) -> None:
    import ui.errors

    shown = []
    monkeypatch.setattr(ui.errors, "show_error", lambda parent, error: shown.append(error))
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook" * 100)
    dialog.open_file(bad)
    assert shown and "bad.xlsx" in shown[0].message
    assert dialog.table is None and not dialog.import_button.isEnabled()


def test_choosing_another_sheet(dialog, tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "一班"
    book.active.append(["姓名", "身份证号"])
    book.active.append(["张三", "430123201501010014"])
    second = book.create_sheet("二班")
    second.append(["姓名", "身份证号"])
    second.append(["李四", "4.2E+17"])
    book.save(tmp_path / "two.xlsx")
    dialog.open_file(tmp_path / "two.xlsx")
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["一班", "二班"]
    dialog.sheet_combo.activated.emit(1)
    assert dialog.table.sheet == "二班"
    assert dialog.preview.rows[0].status == "invalid"


def test_blank_template_button(dialog, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "模板"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.template_button.click()
    assert (tmp_path / "模板.xlsx").exists()
    assert dialog.told


def test_list_page_import_and_export_buttons(qtbot, ui_session, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ui.students.import_dialog import RosterImportDialog
    from ui.students.list_page import StudentListPage

    existing_student(ui_session.info.school_id)
    page = StudentListPage()
    qtbot.addWidget(page)
    target = tmp_path / "名单.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    page.export_button.click()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.max_row == 2 and sheet.freeze_panes == "A2"
    page.import_button.click()
    assert any(isinstance(d, RosterImportDialog) for d in page._dialogs)
    for d in list(page._dialogs):
        d.reject()
