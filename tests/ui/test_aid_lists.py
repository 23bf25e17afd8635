"""The term list tab: prepare, confirm (principal), adjust, record the sheet as paid and
the calendar in Settings, each through its widget; screens grabbed to /tmp."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from fupin_desktop.db.models import AidPayment
from fupin_desktop.services import calendar
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.context import SYSTEM
from tests import builders as make

pay = make.payment
program_id = make.program_id


def add_student(school: str, name: str, stage: str = "primary", **values: Any) -> str:
    return make.student(school, name, stage=stage, **values)


MAX_DIALOG_HEIGHT = 690 - 30  # 1366x768 above a 40 px taskbar, title bar included


@pytest.fixture
def lists_page(qtbot, ui_session):
    from ui.aid.page import AidPage

    school = ui_session.info.school_id
    for i in range(12):
        add_student(school, f"学生{i:02d}", boarder=i % 2 == 0, registered_poor=i % 3 == 0,
                    grade=4, card_number=f"621700001111{i:07d}", card_holder="家长",
                    as_of=dt.date(2025, 8, 20))  # fmt: skip
    page = AidPage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.period_bar.set_period("2025-2026", 1)
    page.show_tab(page.lists_tab)
    return page


def test_prepare_confirm_adjust_and_record_the_sheet(lists_page, qtbot, monkeypatch) -> None:
    from ui.aid.list_dialogs import AdjustDialog, RecordSheetDialog

    tab = lists_page.lists_tab
    assert not tab.confirm_button.isEnabled()
    tab.prepare_button.click()
    assert tab.model.rowCount() > 0 and tab.confirm_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.confirm_button.click()
    assert tab.term_list is not None and tab.term_list.confirmed
    assert "Confirmed by" in tab.state.text() or "确认" in tab.state.text()
    assert not tab.prepare_button.isEnabled()
    lists_page.grab().save("/tmp/i10-lists-tab.png")

    dialog = AdjustDialog(tab.term_list, tab)
    qtbot.addWidget(dialog)
    dialog.amount.setText("100")
    dialog.reason.setText("核实后补发")
    dialog.grab().save("/tmp/i10-adjust.png")
    assert dialog.sizeHint().height() <= MAX_DIALOG_HEIGHT
    dialog.accept()
    assert any(ln.adjustments for ln in tab.term_list.lines)

    sheet = RecordSheetDialog(tab.term_list, tab)
    qtbot.addWidget(sheet)
    sheet.paid_on.setDate(QDate(2025, 10, 20))
    sheet.exceptions.item(0).setCheckState(Qt.CheckState.Unchecked)
    sheet.show()
    sheet.grab().save("/tmp/i10-record-sheet.png")
    assert sheet.height() <= MAX_DIALOG_HEIGHT
    skipped = sheet.unpaid()
    sheet.accept()
    paid = {p.student_id for p in AidPayment.select()}
    assert paid and not set(skipped) & paid
    recon = reconcile(SYSTEM, "2025-2026", 1, tab.term_list.school_id)
    assert recon.status_counts["unpaid"] >= 1 and recon.confirmed_schools == 1


def test_a_teacher_gets_no_term_list_tab(qtbot, ui_session) -> None:
    from fupin_desktop.services.context import Actor
    from ui.aid.page import AidPage

    ui_session.actor = Actor("李老师", "head_teacher")
    page = AidPage()
    qtbot.addWidget(page)
    assert page.lists_tab is None


def test_settings_set_the_calendar_and_province(qtbot, ui_session, monkeypatch) -> None:
    from ui.settings_dialog import SettingsDialog

    refused: list[str] = []  # a refusal fails the test instead of hanging it offscreen
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refused.append(box.text()) or 0)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save("/tmp/i10-settings.png")
    assert dialog.height() <= MAX_DIALOG_HEIGHT
    box = dialog.calendar_box
    box.province.setText("广西")
    year = box.year.currentData()
    spring_start, _, spring_reference = box.edits[2]
    spring_start.setDate(spring_start.date().addDays(3))
    spring_reference.setDate(spring_start.date())  # the reference day stays in the term
    dialog.accept()
    assert refused == []
    assert calendar.province() == "广西"
    start = calendar.school_calendar().term_dates(year, 2).start
    assert (start.year, start.month, start.day) == (
        spring_start.date().year(),
        spring_start.date().month(),
        spring_start.date().day(),
    )
    assert lists  # the module the tab drives


def test_settings_refuse_a_term_that_ends_before_it_starts_in_words(
    qtbot, ui_session, monkeypatch
) -> None:
    """The refusal names the term as a person does (it showed the setting's key,
    "calendar.2026-2027.autumn"); nothing is stored."""
    from tests.ui.screens import english_words
    from ui.settings_dialog import SettingsDialog

    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refused.append(box.text()) or 0)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    box = dialog.calendar_box
    year = box.year.currentData()
    before = calendar.school_calendar().term_dates(year, 1)
    start, end, _reference = box.edits[1]
    end.setDate(start.date().addDays(-10))
    dialog.accept()
    assert len(refused) == 1 and "秋季学期" in refused[0] and year in refused[0], refused
    assert not english_words(refused[0].replace(year, "")), refused
    assert calendar.school_calendar().term_dates(year, 1) == before


def test_adjusting_with_nothing_typed_says_each_missing_field_once(lists_page, monkeypatch) -> None:
    """OK on an empty adjustment: a refusal, each missing field named once on a line of
    its own (it read "调整金额（元）: 调整金额（元）为必填项。; 原因: 原因为必填项。"), and
    nothing adjusted."""
    from tests.ui.screens import Walk
    from ui.aid.list_dialogs import AdjustDialog

    tab = lists_page.lists_tab
    tab.prepare_button.click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.confirm_button.click()
    walk = Walk()
    walk.install(monkeypatch)
    dialog = AdjustDialog(tab.term_list, tab)
    dialog.accept()
    assert len(walk.messages) == 1, walk.messages
    lines = walk.messages[0].split(": ", 1)[1].strip().splitlines()
    assert lines[0] == "请更正：", lines
    assert "原因为必填项。" in lines and all(line.count("原因") <= 1 for line in lines), lines
    assert not any(line.endswith(";") or "; " in line for line in lines), lines
    held = lists.get_list(SYSTEM, "2025-2026", 1, tab.term_list.school_id)
    assert held is not None and not any(ln.adjustments for ln in held.lines)
    assert not walk.findings, walk.findings
