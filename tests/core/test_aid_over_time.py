"""Aid that holds over time (issue 10): past terms decided by the values in force on
their reference day; 脱贫（继续享受政策） to the end of the stage, 返贫 and 监测对象 from
the day of the change; confirmed lists that no edit moves, adjustments with reasons;
meals and aid in kind never unpaid."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fupin_desktop.db.models import AidList, AidListRow
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.entitlements import compute_entitlements
from fupin_desktop.services.aid.provisions import record_provision
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.aid.sheets import record_sheet
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from tests import builders as make
from tests.builders import AID_OFFICER, PRINCIPAL

pay = make.payment
program_id = make.program_id


def add_student(school: str, name: str, stage: str = "primary", **values: Any) -> str:
    return make.student(school, name, stage=stage, **values)


D = dt.date
PAST = ("2025-2026", 1)  # reference day 1 September 2025
MADE = D(2025, 8, 20)
TODAY = D(2026, 11, 30)


def edit(student_id: str, day: dt.date, **values: Any) -> None:
    data = students.get_file(SYSTEM, student_id)
    data.values.update(values)
    students.save_file(SYSTEM, data, as_of=day)


def due(year: str, term: int, school_id: str | None = None) -> dict[tuple[str, str], int]:
    return {
        (e.student_name, e.program_code): e.amount_fen
        for e in compute_entitlements(year, term, school_id)
    }


def boarding(name: str, year: str, term: int) -> int | None:
    return due(year, term).get((name, "boarding_subsidy"))


def status_of(school_id: str, name: str, code: str, year: str = "2025-2026", term: int = 1):
    rows = reconcile(SYSTEM, year, term, school_id).rows
    return {(r.student_name, r.program_code): r.status for r in rows}.get((name, code))


# -- the three probes -------------------------------------------------------------------


def test_clearing_registered_poor_does_not_move_a_paid_past_term(school_db) -> None:
    child = add_student(
        school_db.school_id, "建档甲", boarder=True, registered_poor=True, as_of=MADE
    )
    pay(child, "boarding_subsidy", "500")
    assert status_of(school_db.school_id, "建档甲", "boarding_subsidy") == "ok"
    edit(child, TODAY, registered_poor=False)
    assert boarding("建档甲", *PAST) == 50_000
    assert status_of(school_db.school_id, "建档甲", "boarding_subsidy") == "ok"
    assert boarding("建档甲", "2026-2027", 2) is None  # from now on: not needy


def test_moving_to_junior_does_not_move_last_years_primary_payment(school_db) -> None:
    child = add_student(
        school_db.school_id, "升学乙", boarder=True, dibao=True, grade=6, as_of=MADE
    )
    pay(child, "boarding_subsidy", "500")
    edit(child, D(2026, 9, 1), stage="junior", grade=1)
    assert boarding("升学乙", *PAST) == 50_000  # primary: 1000 a year
    assert status_of(school_db.school_id, "升学乙", "boarding_subsidy") == "ok"
    assert boarding("升学乙", "2026-2027", 1) == 62_500  # junior: 1250 a year


def test_turning_boarding_off_keeps_a_past_terms_boarding_subsidy(school_db) -> None:
    child = add_student(school_db.school_id, "寄宿丙", boarder=True, orphan=True, as_of=MADE)
    pay(child, "boarding_subsidy", "500")
    edit(child, TODAY, boarder=False)
    assert boarding("寄宿丙", *PAST) == 50_000
    assert status_of(school_db.school_id, "寄宿丙", "boarding_subsidy") == "ok"
    # A day pupil from a needy family: the non-boarder subsidy from the change on.
    assert due("2026-2027", 2)[("寄宿丙", "non_boarder_subsidy")] == 25_000


# -- poverty status as the county lists say it -------------------------------------------


def test_lifted_keeps_aid_primary_boarder_until_the_end_of_primary_and_not_after(school_db) -> None:
    child = add_student(
        school_db.school_id,
        "脱贫丁",
        boarder=True,
        grade=5,
        poverty_status="lifted_keeps_aid",
        registered_poor=False,
        as_of=D(2025, 9, 1),
    )
    entry = [h for h in students.get_file(SYSTEM, child).history if h["kind"] == "poverty_status"]
    assert entry[-1]["aid_until"] == D(2027, 8, 31)  # grade 5 in 2025-2026: primary ends 2027
    assert boarding("脱贫丁", "2025-2026", 1) == 50_000
    assert boarding("脱贫丁", "2026-2027", 2) == 50_000  # grade 6, the last primary term
    edit(child, D(2027, 9, 1), stage="junior", grade=1)
    assert boarding("脱贫丁", "2027-2028", 1) is None  # junior: the stage ended, so did the aid


def test_lifted_without_the_policies_is_not_needy(school_db) -> None:
    add_student(school_db.school_id, "脱贫戊", boarder=True, poverty_status="lifted", as_of=MADE)
    assert boarding("脱贫戊", *PAST) is None


@pytest.mark.parametrize("status", ["returned", "monitored_unstable", "monitored_sudden"])
def test_returned_or_monitored_junior_boarder_is_entitled_from_the_change(
    school_db, status
) -> None:
    child = add_student(
        school_db.school_id,
        "返贫己",
        "junior",
        boarder=True,
        grade=2,
        poverty_status="lifted",
        as_of=MADE,
    )
    edit(child, D(2026, 1, 10), poverty_status=status)
    assert boarding("返贫己", "2025-2026", 1) is None  # decided before the change
    assert boarding("返贫己", "2025-2026", 2) == 62_500  # the spring term after it


def test_the_file_shows_until_when_the_aid_is_kept(school_db) -> None:
    from fupin_desktop.schema.needs import KEEPS_UNTIL, stage_end

    assert stage_end("primary", 5, D(2025, 10, 1)) == D(2027, 8, 31)
    assert stage_end("junior", 3, D(2026, 3, 1)) == D(2026, 8, 31)
    assert stage_end("junior", 8, D(2026, 3, 1)) == D(2027, 8, 31)  # 7–9 numbering
    assert KEEPS_UNTIL["primary"] == "Keeps the aid until primary graduation"


# -- later edits never change earlier terms ----------------------------------------------

EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                ("boarder", True),
                ("boarder", False),
                ("registered_poor", True),
                ("registered_poor", False),
                ("dibao", True),
                ("disabled", False),
                ("poverty_status", "returned"),
                ("poverty_status", "lifted"),
                ("poverty_status", "lifted_keeps_aid"),
                ("stage", "junior"),
                ("stage", "primary"),
                ("grade", 6),
                ("grade", 1),
                ("enrolment", "suspended"),
                ("enrolment", "enrolled"),
                ("martyr_child", True),
            ]
        ),
        st.integers(min_value=0, max_value=400),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_later_edits_never_change_earlier_terms(school_db, edits) -> None:
    name = f"性质{len(edits)}"
    child = add_student(
        school_db.school_id, name, boarder=True, dibao=True, grade=4, as_of=D(2024, 8, 1)
    )
    before = {
        term: {k: v for k, v in due(*term).items() if k[0] == name}
        for term in (("2024-2025", 1), ("2024-2025", 2), ("2025-2026", 1))
    }
    day = D(2025, 9, 2)  # after the last reference day above
    for (key, value), gap in edits:
        day += dt.timedelta(days=gap)
        edit(child, day, **{key: value})
    for term, held in before.items():
        assert {k: v for k, v in due(*term).items() if k[0] == name} == held, term
    students.tombstone(SYSTEM, child)


# -- confirmed lists ---------------------------------------------------------------------


@pytest.fixture
def confirmed(school_db):
    school = school_db.school_id
    a = add_student(
        school,
        "名单甲",
        boarder=True,
        registered_poor=True,
        as_of=MADE,
        card_number="6217000011112222333",
        card_holder="甲父",
    )
    b = add_student(school, "名单乙", boarder=True, orphan=True, as_of=MADE)
    c = add_student(school, "名单丙", as_of=MADE)
    list_id, _ = lists.prepare_list(AID_OFFICER, *PAST, school)
    lists.confirm_list(PRINCIPAL, *PAST, school, today=D(2025, 9, 10))
    return school, list_id, (a, b, c)


def test_only_the_principal_confirms_and_a_confirmed_list_is_never_prepared_again(
    school_db,
) -> None:
    school = school_db.school_id
    add_student(school, "确认甲", boarder=True, dibao=True, as_of=MADE)
    lists.prepare_list(AID_OFFICER, *PAST, school)
    lists.prepare_list(AID_OFFICER, *PAST, school)  # a prepared list may be prepared again
    assert AidList.select().where(AidList.deleted == False).count() == 1  # noqa: E712
    with pytest.raises(PermissionDenied):
        lists.confirm_list(AID_OFFICER, *PAST, school)
    lists.confirm_list(PRINCIPAL, *PAST, school)
    with pytest.raises(ValidationError):
        lists.prepare_list(AID_OFFICER, *PAST, school)


def test_a_confirmed_list_is_stored_and_no_edit_changes_it(confirmed) -> None:
    school, list_id, (a, _b, c) = confirmed
    before = lists.get_list(PRINCIPAL, *PAST, school)
    rows = AidListRow.select().where(AidListRow.aid_list == list_id).count()
    edit(a, D(2025, 8, 21), registered_poor=False, boarder=False)  # even backdated
    edit(c, D(2025, 8, 21), boarder=True, disabled=True, name="名单丙改")
    after = lists.get_list(PRINCIPAL, *PAST, school)
    assert [(ln.student_name, ln.program_code, ln.due_fen) for ln in after.lines] == [
        (ln.student_name, ln.program_code, ln.due_fen) for ln in before.lines
    ]
    assert AidListRow.select().where(AidListRow.aid_list == list_id).count() == rows
    assert status_of(school, "名单丙改", "boarding_subsidy") is None  # not on the list


def test_an_adjustment_shows_with_its_reason_and_reconciles_as_adjusted(confirmed) -> None:
    school, list_id, (_a, b, c) = confirmed
    boarding_id = program_id("boarding_subsidy")
    lists.adjust(AID_OFFICER, list_id, c, boarding_id, "500", "寄宿登记遗漏经核实补列")
    with pytest.raises(ValidationError):
        lists.adjust(AID_OFFICER, list_id, c, boarding_id, "100", "")  # a reason is required
    term_list = lists.get_list(PRINCIPAL, *PAST, school)
    added = [ln for ln in term_list.lines if ln.student_name == "名单丙" and ln.cash]
    assert [(ln.on_list, ln.due_fen, ln.adjustments[0].reason) for ln in added] == [
        (False, 50_000, "寄宿登记遗漏经核实补列")
    ]
    result, _ = record_sheet(
        AID_OFFICER, *PAST, school, boarding_id, D(2025, 10, 20), "bank_card", exceptions=[b]
    )
    assert (result.recorded, result.total_fen, result.exceptions) == (2, 100_000, ["名单乙"])
    recon = reconcile(SYSTEM, *PAST, school)
    by = {(r.student_name, r.program_code): r for r in recon.rows}
    assert by[("名单丙", "boarding_subsidy")].status == "adjusted"
    assert by[("名单丙", "boarding_subsidy")].reasons == ("寄宿登记遗漏经核实补列",)
    assert by[("名单甲", "boarding_subsidy")].status == "ok"
    assert by[("名单乙", "boarding_subsidy")].status == "unpaid"
    assert recon.confirmed_schools == 1 and recon.needs_attention
    # Recording the sheet again pays nobody twice.
    again, _ = record_sheet(AID_OFFICER, *PAST, school, boarding_id, D(2025, 10, 21), "cash")
    assert again.recorded == 1 and sorted(again.already_paid) == ["名单丙", "名单甲"]


def test_meals_and_aid_in_kind_are_provided_never_unpaid(confirmed) -> None:
    school, _, _ = confirmed
    recon = reconcile(SYSTEM, *PAST, school)
    provided = [r for r in recon.rows if r.program_code in ("nutrition_plan", "free_textbooks")]
    assert provided and {r.status for r in provided} == {"to_record"}
    assert all(r.entitled_fen == 0 for r in provided)
    assert recon.status_counts["unpaid"] == sum(
        1 for r in recon.rows if r.status == "unpaid" and r.provision == "cash"
    )
    record_provision(AID_OFFICER, *PAST, school, program_id("nutrition_plan"), days=98)
    recon = reconcile(SYSTEM, *PAST, school)
    meals = [r for r in recon.rows if r.program_code == "nutrition_plan"]
    assert {r.status for r in meals} == {"provided"}
    with pytest.raises(ValidationError):
        record_provision(AID_OFFICER, *PAST, school, program_id("boarding_subsidy"))


def test_the_non_boarder_subsidy_can_be_switched_off_by_the_county(school_db, monkeypatch) -> None:
    from fupin_desktop.services import installation
    from fupin_desktop.services.aid.programs import deactivate_program

    add_student(school_db.school_id, "走读庚", dibao=True, as_of=MADE)
    assert due(*PAST)[("走读庚", "non_boarder_subsidy")] == 25_000
    # The county's decision is made at the township and arrives with its package; the
    # township's own step is the same service call.
    monkeypatch.setattr(installation, "require_reference_editor", lambda: None)
    deactivate_program(PRINCIPAL, program_id("non_boarder_subsidy"))
    assert ("走读庚", "non_boarder_subsidy") not in due(*PAST)


# -- printed from the confirmed list -----------------------------------------------------


def test_a_confirmed_sheet_is_the_same_pdf_after_a_year_of_edits(confirmed, tmp_path) -> None:
    from pypdf import PdfReader

    from fupin_desktop.io.pdf.titles import Form
    from fupin_desktop.services.printing.jobs import PrintJob, print_forms

    school, _, (a, b, _c) = confirmed
    job = PrintJob(
        Form.AID_SHEET,
        program_id=program_id("boarding_subsidy"),
        school_year=PAST[0],
        term=PAST[1],
        school_id=school,
    )
    first = print_forms(AID_OFFICER, job, tmp_path / "one.pdf", today=D(2025, 9, 12)).value.path
    for day in (D(2025, 12, 1), D(2026, 3, 1), D(2026, 9, 1)):
        boarder = not students.get_file(SYSTEM, a).values["boarder"]
        edit(a, day, name="名单甲改", boarder=boarder, card_number="6228480011112222444")
        edit(b, day, orphan=False, card_number="6217999988887777666", class_name="2班")
    again = print_forms(AID_OFFICER, job, tmp_path / "two.pdf", today=D(2026, 11, 30)).value.path
    assert first.read_bytes() == again.read_bytes()
    text = PdfReader(first).pages[0].extract_text()
    assert "名单甲" in text and "名单甲改" not in text
    assert "Printed from the list confirmed by 王校长 on 2025-09-10" in " ".join(text.split())
    assert "6217 **** 2333" in text and "6217000011112222333" not in text
    assert "2222444" not in text and "甲父" in text


def test_a_payment_notice_per_child_paid(confirmed, tmp_path) -> None:
    from pypdf import PdfReader

    from fupin_desktop.io.pdf.titles import Form
    from fupin_desktop.services.printing.jobs import PrintJob, print_forms

    school, _, (a, b, c) = confirmed
    record_sheet(
        AID_OFFICER, *PAST, school, program_id("boarding_subsidy"), D(2025, 10, 20), "bank_card"
    )
    job = PrintJob(Form.PAYMENT_NOTICE, student_ids=[a, b, c], school_year=PAST[0], term=PAST[1])
    result = print_forms(AID_OFFICER, job, tmp_path / "notices.pdf").value
    assert result.units == 2  # 名单丙 was paid nothing
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(result.path).pages]
    assert "名单甲" in pages[0] and "500.00 yuan in all" in pages[0]
    assert "Boarding" not in pages[0] and "寄宿生生活补助" in pages[0]


def test_the_card_number_is_whole_for_the_aid_officer_masked_for_others(school_db) -> None:
    child = add_student(school_db.school_id, "卡号", card_number="6217 0000 1111 2222 333")
    assert students.get_file(AID_OFFICER, child).values["card_number"] == "6217000011112222333"
    # The child's own teacher (a teacher lists the children paired with them).
    teacher = make.teacher(school_db, "李老师")
    make.pairing(teacher, child, dt.date(2024, 3, 1))
    TEACHER = dataclasses.replace(make.TEACHER, teacher_id=teacher)
    seen = students.get_file(TEACHER, child)
    assert seen.values["card_number"] == "6217 **** 2333"
    rows = listing.fetch_rows(TEACHER, [child])
    assert rows[child]["card_number"] == "6217 **** 2333"
    seen.values["class_name"] = "3班"
    students.save_file(TEACHER, seen)  # the masked number comes back: the whole one is kept
    assert students.get_file(PRINCIPAL, child).values["card_number"] == "6217000011112222333"
