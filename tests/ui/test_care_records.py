"""The care records tab through pytest-qt: it lists the demo ledger's entries, corrects
one through its dialog, and deletes one (a tombstone) only after asking. Chinese goes in
with setText/insert; the UI runs in zh_CN, so the assertions read data, not labels."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtWidgets import QMessageBox

from fupin_desktop.db.models import DiaryEntry, FamilyCall, Visit
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import records as care_records
from fupin_desktop.services.care.records import RecordQuery
from tests import builders as make
from tests.builders import PRINCIPAL

TODAY = dt.date.today()
LONG_AGO = QDate(2000, 1, 1)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    shown: list[BaseException] = []
    for module in ("ui.operations", "ui.care.records_page"):
        monkeypatch.setattr(f"{module}.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def every_date(page) -> None:
    page.period.start.setDate(LONG_AGO)
    page.period.end.setDate(QDate(TODAY.year + 1, 1, 1))


@pytest.fixture
def diary(ui_session):
    teacher = make.teacher(ui_session.info, "许老师")
    child = make.needy_student(ui_session.info, "王丽")
    make.pairing(teacher, child, TODAY - dt.timedelta(days=90))
    entry_id, _ = care.save_diary(
        PRINCIPAL,
        None,
        child,
        teacher,
        {
            "entry_date": TODAY - dt.timedelta(days=3),
            "category": "feelings",
            "what_happened": "想妈妈了",
        },
    )
    return entry_id, child


def test_the_records_tab_lists_the_demo_entries(ui_session, qtbot) -> None:
    from ui.care.page import CarePage

    demo.generate(PRINCIPAL, students=120, seed=2)
    ui_session.refresh()
    page = CarePage()
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.records)
    records = page.records
    every_date(records)
    expected = Visit.select().where(Visit.deleted == False).count()  # noqa: E712
    expected += DiaryEntry.select().where(DiaryEntry.deleted == False).count()  # noqa: E712
    expected += FamilyCall.select().where(FamilyCall.deleted == False).count()  # noqa: E712
    assert expected > 0
    assert records.model.total == expected
    assert records.model.rowCount() == min(expected, 200)
    first = records.model.record(0)
    assert first == care_records.list_records(PRINCIPAL, RecordQuery(), limit=1)[0]
    assert records.model.index(0, 2).data() == first.student_name
    days = [records.model.record(r).day for r in range(records.model.rowCount())]
    assert days == sorted(days, reverse=True)
    # Fetching more pages reaches every record.
    while records.model.canFetchMore():
        records.model.fetchMore()
    assert records.model.rowCount() == expected
    records.kind.setCurrentIndex(records.kind.findData("family_call"))
    kinds = {records.model.record(r).kind for r in range(records.model.rowCount())}
    assert kinds == {"family_call"}
    records.search.setText(first.student_name)
    names = {records.model.record(r).student_name for r in range(records.model.rowCount())}
    assert names <= {first.student_name}


def test_editing_through_the_dialog_saves(ui_session, qtbot, errors, diary, monkeypatch) -> None:
    from ui.care.common import CatalogueDialog
    from ui.care.records_page import RecordsPage

    entry_id, _child = diary
    version = dict(DiaryEntry.get_by_id(entry_id).version)
    opened: list[CatalogueDialog] = []

    def fake_exec(dialog: CatalogueDialog) -> int:
        opened.append(dialog)
        assert dialog.form.values()["what_happened"] == "想妈妈了"
        dialog.form.editor("what_done").input_widget.setPlainText("谈心，打了亲情电话")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CatalogueDialog, "exec", fake_exec)
    page = RecordsPage()
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 1
    page.select_row(0)
    page.open_current()
    assert errors == [] and len(opened) == 1
    stored = DiaryEntry.get_by_id(entry_id)
    assert stored.what_done.startswith("谈心")
    (instance,) = version
    assert stored.version[instance] > version[instance]
    assert DiaryEntry.select().count() == 1
    # The page reloaded on the change.
    assert "谈心" in page.model.record(0).summary


def test_delete_asks_then_tombstones(ui_session, qtbot, errors, diary, monkeypatch) -> None:
    from ui.care.records_page import RecordsPage

    entry_id, _child = diary
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    page = RecordsPage()
    qtbot.addWidget(page)
    page.show()
    page.select_row(0)
    page.delete_current()
    assert len(asked) == 1
    assert "王丽" in asked[0]
    assert (TODAY - dt.timedelta(days=3)).isoformat() in asked[0]
    assert not DiaryEntry.get_by_id(entry_id).deleted
    answer[0] = QMessageBox.StandardButton.Yes
    page.select_row(0)
    page.delete_current()
    assert errors == []
    assert DiaryEntry.get_by_id(entry_id).deleted
    assert page.model.total == 0 and page.model.rowCount() == 0


def test_the_timeline_opens_a_record_for_correction(ui_session, qtbot, diary, monkeypatch) -> None:
    from ui.care.common import CatalogueDialog
    from ui.care.timeline import ChildTimelineDialog

    entry_id, child = diary
    opened: list[CatalogueDialog] = []
    monkeypatch.setattr(CatalogueDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    dialog = ChildTimelineDialog(child, actor=PRINCIPAL)
    qtbot.addWidget(dialog)
    assert f"edit:diary_entry:{entry_id}" in dialog.browser.toHtml()
    dialog._open_link(QUrl(f"edit:diary_entry:{entry_id}"))
    assert len(opened) == 1
    assert opened[0].entry_id == entry_id


@pytest.mark.parametrize("kind", ["diary", "call"])
def test_a_diary_or_call_dated_in_the_future_is_refused_beside_the_date(
    ui_session, qtbot, errors, diary, kind
) -> None:
    """A growth diary or a family call dated next month was saved, and counted for a
    month that had not come: refused in words beside the date, nothing saved."""
    from ui.care.records import CallDialog, DiaryDialog

    _entry, child = diary
    teacher = DiaryEntry.get().teacher_id
    before = (DiaryEntry.select().count(), FamilyCall.select().count())
    if kind == "diary":
        dialog = DiaryDialog(PRINCIPAL, child, teacher_id=teacher)
        key, values = "entry_date", {"category": "feelings", "what_happened": "想妈妈了"}
    else:
        dialog = CallDialog(PRINCIPAL, child, teacher_id=teacher)
        key, values = "call_date", {"who_spoke": "母亲"}
    qtbot.addWidget(dialog)
    later = TODAY + dt.timedelta(days=30)
    dialog.form.set_values({**dialog.form.values(), **values, key: later})
    dialog.show()
    dialog.accept()
    editor = dialog.form.editor(key)
    assert errors == []
    assert later.isoformat() in (editor.error() or ""), editor.error() or ""
    assert "未来" in (editor.error() or "") or "以后" in (editor.error() or "")
    assert (DiaryEntry.select().count(), FamilyCall.select().count()) == before
