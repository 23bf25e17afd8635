"""The aid page: it builds, the reconciliation shows the term's rows in colour, and a
payment recorded through the dialog is stored and shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fupin_desktop.db.models import AidPayment, AidProgram, AidStandard
from fupin_desktop.schema.aid import AID_PAYMENT, AID_PROGRAM, AID_STANDARD, FLAGGED, STATUS
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.choices import AID_KIND, STAGE
from fupin_desktop.services.aid import seed as aid_seed
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.context import SYSTEM, Changes
from fupin_desktop.validation import fen_to_yuan
from tests import builders as make


@pytest.fixture
def aid_page(qtbot, ui_session):
    from ui.aid.page import AidPage

    aid_seed.seed_programs(SYSTEM)
    school = ui_session.info.school_id
    make.student(school, "王小明", boarder=True, registered_poor=True, grade=4)
    make.student(school, "李中华", stage="junior", boarder=True, dibao=True, grade=8)
    make.student(school, "赵一", boarder=False)
    page = AidPage()
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    # The period the tests work in, whatever today is.
    page.period_bar.set_period("2025-2026", 1)
    return page


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def select_due(page, name: str, program: str) -> None:
    tab = page.payments_tab
    rows = tab.due_model.rows()
    index = next(
        i for i, r in enumerate(rows) if r.student_name == name and r.program_code == program
    )
    tab.due_view.selectRow(index)


def test_page_builds_with_the_seeded_programs(aid_page) -> None:
    tab = aid_page.programs_tab
    names = [p.name for p in tab.programs_model.rows()]
    assert names[:2] == ["学前教育资助", "寄宿生生活补助"]
    tab.programs_view.selectRow(1)
    standards = tab.standards_model.rows()
    assert [(s.stage, s.amount_fen) for s in standards] == [
        ("primary", 100_000),
        ("junior", 125_000),
    ]
    assert cell(tab.standards_model, 1, 2) == "1,250.00"
    # The principal of a school: programs and standards are the township's reference
    # data, which the service refuses to change in a school's ledger; shown read-only.
    assert not tab.new_program_button.isEnabled() and not tab.new_standard_button.isEnabled()
    assert not tab.active_button.isEnabled() and not tab.edit_program_button.isEnabled()


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_table_columns_word_catalogue_fields_as_the_catalogue_does(aid_page) -> None:
    programs = aid_page.programs_tab
    assert headers(programs.programs_model)[:5] == [
        AID_PROGRAM[k].title for k in ("name", "code", "funding_source", "per_term", "active")
    ]
    assert headers(programs.programs_model)[0] == "项目名称"
    assert headers(programs.standards_model) == [f.title for f in AID_STANDARD]
    paid = headers(aid_page.payments_tab.paid_model)
    assert paid[0] == AID_PAYMENT["paid_on"].title
    assert paid[1:5] == [STUDENT[k].title for k in ("name", "stage", "grade", "class_name")]
    assert paid[6:] == [
        AID_PAYMENT[k].title
        for k in ("amount_fen", "method", "funding_source", "received_by", "signed_by", "note")
    ]
    # Widths follow the catalogue too: a wider field is a wider column.
    columns = aid_page.payments_tab.paid_model.columns
    assert columns[-1].chars > columns[7].chars  # the note is wider than the method


def test_reconciliation_tab_shows_rows_in_colour(aid_page) -> None:
    students = {r.student_name: r.student_id for r in reconcile(SYSTEM, "2025-2026", 1).rows}
    make.payment(students["王小明"], "boarding_subsidy", "500")
    make.payment(students["李中华"], "boarding_subsidy", "700")
    aid_page.show_tab(aid_page.reconcile_tab)
    tab = aid_page.reconcile_tab
    rows = tab.model.rows()
    assert {(r.student_name, r.program_code, r.status) for r in rows} >= {
        ("王小明", "boarding_subsidy", "ok"),
        ("李中华", "boarding_subsidy", "overpaid"),
        # Meals are provided, not a child's unpaid money (issue 10): to be recorded.
        ("赵一", "nutrition_plan", "to_record"),
    }
    assert not any(r.status == "unpaid" for r in rows if r.program_code == "nutrition_plan")
    status_column = tab.model.columnCount() - 1
    overpaid = next(i for i, r in enumerate(rows) if r.status == "overpaid")
    assert cell(tab.model, overpaid, status_column) == STATUS.label("overpaid")
    colour = cell(tab.model, overpaid, status_column, Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.name() == "#e8dcf6"

    tab.set_status_filter("overpaid")
    assert [r.student_name for r in tab.model.rows()] == ["李中华"]
    tab.set_status_filter("flagged")
    assert all(r.status in FLAGGED for r in tab.model.rows())

    # Totals below, with the grand total last: boarding due 500 + 625, paid 1200.
    boarding = next(t for t in tab.program_totals.rows() if t.label == "寄宿生生活补助")
    assert (boarding.entitled_fen, boarding.paid_fen) == (112_500, 120_000)
    last = tab.program_totals.rowCount() - 1
    assert cell(tab.program_totals, last, 2) == fen_to_yuan(
        tab.result.total.entitled_fen, grouped=True
    )
    stages = [cell(tab.stage_totals, r, 0) for r in range(tab.stage_totals.rowCount())]
    assert stages == [STAGE.label("primary"), STAGE.label("junior"), "合计"]


def test_recording_a_payment_through_the_dialog(aid_page, qtbot) -> None:
    from ui.aid.dialogs import PaymentDialog

    aid_page.show_tab(aid_page.payments_tab)
    tab = aid_page.payments_tab
    select_due(aid_page, "李中华", "boarding_subsidy")
    assert tab.record_button.isEnabled()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab._dialog
    assert isinstance(dialog, PaymentDialog)
    form = dialog.form
    # Prefilled with what is due this term, the program's funding source and method.
    assert form.editor("amount_fen").value() == "625.00"
    assert form.editor("funding_source").value() == "中央和地方财政"
    assert form.editor("method").value() == "bank_card"

    # Nobody named as receiver: refused beside the field, nothing stored.
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert form.editor("received_by").error()
    assert AidPayment.select().count() == 0

    # Chinese arrives through the input method, as one committed string (QTest's
    # keyClicks aborts the process on characters outside ASCII).
    form.editor("received_by").input_widget.insert("李父")
    date_edit = form.editor("paid_on").input_widget
    date_edit.clear()
    qtbot.keyClicks(date_edit, "2025-10-20")
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    payment = AidPayment.get()
    assert payment.amount_fen == 62_500
    assert payment.received_by == "李父"
    assert (payment.school_year, payment.term) == ("2025-2026", 1)
    # The bus reloaded the page: the payment is listed and nothing more is due.
    assert [p.amount_fen for p in tab.paid_model.rows()] == [62_500]
    row = next(r for r in tab.due_model.rows() if r.student_name == "李中华")
    assert row.paid_fen == 62_500 and row.outstanding_fen == 0


def test_other_payment_chooses_the_student(aid_page, qtbot) -> None:
    aid_page.show_tab(aid_page.payments_tab)
    tab = aid_page.payments_tab
    tab.record_other()
    dialog = tab._dialog
    donation = AidProgram.get(AidProgram.code == "donation")
    dialog.program.setCurrentIndex(dialog.program.findData(donation.id))
    assert dialog.form.editor("funding_source").value() == "社会捐助"
    dialog.accept()  # no student chosen yet
    assert dialog.message.isVisibleTo(dialog)
    index = next(
        i for i in range(dialog.student.count()) if dialog.student.itemText(i).startswith("赵一")
    )
    dialog.student.setCurrentIndex(index)
    form = dialog.form
    form.editor("amount_fen").set_value("300")
    form.editor("received_by").set_value("赵一")
    form.editor("paid_on").set_value(dt.date(2025, 12, 1))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert AidPayment.get().amount_fen == 30_000
    aid_page.show_tab(aid_page.reconcile_tab)
    statuses = {
        (r.student_name, r.program_code): r.status for r in aid_page.reconcile_tab.model.rows()
    }
    assert statuses[("赵一", "donation")] == "ad_hoc"


def test_new_standard_from_a_date_ends_the_old_one(aid_page, qtbot) -> None:
    from fupin_desktop.db.models import Installation
    from ui.aid.dialogs import StandardDialog

    # Standards are the township's reference data: edited in a township ledger only.
    Installation.update(role="township").where(Installation.id == 1).execute()
    tab = aid_page.programs_tab
    tab.programs_view.selectRow(1)  # boarding subsidy
    assert not tab.new_standard_button.isEnabled()  # the principal's school: the township's
    tab.actor = make.TOWNSHIP_ADMIN
    tab._update_buttons()
    assert tab.new_standard_button.isEnabled()
    tab.new_standard()
    dialog = tab._dialog
    assert isinstance(dialog, StandardDialog)
    form = dialog.form
    form.editor("stage").set_value("primary")
    form.editor("condition").set_value("boarder_needy")
    form.editor("amount_fen").set_value("1500")
    form.editor("valid_from").set_value(dt.date(2026, 9, 1))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    amounts = sorted(
        (s.valid_from, s.valid_to, s.amount_fen)
        for s in AidStandard.select().where(AidStandard.stage == "primary")
        if s.program.code == "boarding_subsidy"
    )
    assert amounts == [
        (dt.date(2020, 9, 1), dt.date(2026, 8, 31), 100_000),
        (dt.date(2026, 9, 1), None, 150_000),
    ]
    assert len(tab.standards_model.rows()) == 3


def test_voiding_a_payment_asks_why(aid_page, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    student = next(
        r.student_id for r in reconcile(SYSTEM, "2025-2026", 1).rows if r.student_name == "王小明"
    )
    make.payment(student, "boarding_subsidy", "500")
    aid_page.show_tab(aid_page.payments_tab)
    tab = aid_page.payments_tab
    tab.reload()
    tab.paid_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("录错了", True))
    tab.void_selected()
    assert AidPayment.get().deleted
    assert tab.paid_model.rowCount() == 0


def test_teacher_sees_programs_only(qtbot, ui_session) -> None:
    from fupin_desktop.services.context import Actor
    from ui.aid.page import AidPage

    ui_session.actor = Actor("李老师", "teacher")
    aid_seed.seed_programs(SYSTEM)
    page = AidPage()
    qtbot.addWidget(page)
    assert page.payments_tab is None and page.reconcile_tab is None
    assert not page.programs_tab.new_program_button.isEnabled()
    assert page.programs_tab.programs_model.rowCount() == len(AID_KIND.codes())


def test_a_change_elsewhere_reloads_the_tab_in_view(aid_page) -> None:
    from ui.bus import bus

    aid_page.show_tab(aid_page.reconcile_tab)
    tab = aid_page.reconcile_tab
    row = next(
        r
        for r in tab.model.rows()
        if (r.student_name, r.program_code) == ("王小明", "boarding_subsidy")
    )
    assert row.status == "unpaid"
    student = row.student_id
    # A payment recorded elsewhere (another window, an import) is announced on the bus.
    payment_id = make.payment(student, "boarding_subsidy", "500")
    bus().announce(Changes().touch("aid_payment", payment_id))
    statuses = {(r.student_name, r.program_code): r.status for r in tab.model.rows()}
    assert statuses[("王小明", "boarding_subsidy")] == "ok"
    # The payments tab was not in view: it reloads when opened.
    assert aid_page.tabs.indexOf(aid_page.payments_tab) in aid_page._stale
    aid_page.show_tab(aid_page.payments_tab)
    assert [p.id for p in aid_page.payments_tab.paid_model.rows()] == [payment_id]


def test_in_kind_aid_is_hidden_from_payments_unless_asked(aid_page) -> None:
    aid_page.show_tab(aid_page.payments_tab)
    tab = aid_page.payments_tab
    assert not any(r.in_kind for r in tab.due_model.rows())
    tab.show_in_kind.setChecked(True)
    in_kind = [r for r in tab.due_model.rows() if r.in_kind]
    # The nutrition plan's meals are provided too (issue 10), not cash owed.
    assert {r.program_code for r in in_kind} == {
        "nutrition_plan",
        "tuition_waiver",
        "free_textbooks",
    }
    assert cell(tab.due_model, tab.due_model.rows().index(in_kind[0]), 5) == "实物"
