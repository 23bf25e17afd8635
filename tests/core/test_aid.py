"""Aid: the seeded plan, entitlements by stage, boarding and category, standards in
time, payments and their reconciliation, all in exact fen."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from fupin_desktop.db.models import AidPayment, AidProgram, AidStandard, School
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.schema.aid import CONDITION
from fupin_desktop.schema.choices import AID_KIND
from fupin_desktop.services import installation
from fupin_desktop.services.aid import seed as aid_seed
from fupin_desktop.services.aid.entitlements import (
    PROVINCE_SETTING,
    condition_met,
    list_entitlements,
    term_amount,
)
from fupin_desktop.services.aid.payments import (
    PaymentInput,
    list_payments,
    record_payment,
    validate_payment,
    void_payment,
)
from fupin_desktop.services.aid.programs import (
    ProgramInput,
    StandardInput,
    deactivate_program,
    delete_standard,
    list_programs,
    list_standards,
    save_program,
    save_standard,
)
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import status_history
from tests import builders as make
from tests.builders import AID_OFFICER, PRINCIPAL, TEACHER, TOWNSHIP_ADMIN


def due(year: str, term: int, school_id: str | None = None) -> dict[tuple[str, str], int]:
    """(student name, program code) -> fen due."""
    return {
        (e.student_name, e.program_code): e.amount_fen
        for e in list_entitlements(SYSTEM, year, term, school_id)
    }


@pytest.fixture
def seeded(school_db: installation.InstallationInfo) -> installation.InstallationInfo:
    aid_seed.seed_programs(SYSTEM)
    return school_db


@pytest.fixture
def township_edits(seeded: installation.InstallationInfo) -> None:
    """Programs and standards are the township's reference data: edited in a township
    ledger only (installation.require_reference_editor). This ledger, with its one
    school, acts as the township for the test."""
    from fupin_desktop.db.models import Installation

    Installation.update(role="township").where(Installation.id == 1).execute()


def test_a_school_cannot_change_programs_or_standards(seeded) -> None:
    standard = list_standards(PRINCIPAL)[0]
    with pytest.raises(PermissionDenied, match="set by the township"):
        delete_standard(PRINCIPAL, standard.id)
    with pytest.raises(PermissionDenied, match="set by the township"):
        save_program(PRINCIPAL, ProgramInput(code="school_fund", name="校级资助"))
    with pytest.raises(PermissionDenied, match="set by the township"):
        deactivate_program(PRINCIPAL, make.program_id("nutrition_plan"))


# -- the seeded plan ------------------------------------------------------------------


def test_seed_creates_every_program_once_with_the_township_figures(seeded) -> None:
    assert {p.code for p in list_programs(PRINCIPAL)} == set(AID_KIND.codes())
    assert not aid_seed.seed_programs(SYSTEM)  # idempotent: nothing touched the second time
    assert AidProgram.select().count() == len(AID_KIND.codes())
    names = {p.code: p.name for p in list_programs(PRINCIPAL)}
    assert names["preschool_grant"] == "学前教育资助"
    assert names["yulu_plan"] == "雨露计划"
    figures = {(s.program_code, s.stage): s for s in list_standards(PRINCIPAL)}
    assert figures[("preschool_grant", "preschool")].amount_fen == 100_000
    assert figures[("boarding_subsidy", "primary")].amount_fen == 100_000
    assert figures[("boarding_subsidy", "junior")].amount_fen == 125_000
    assert figures[("boarding_subsidy", "junior")].condition == "boarder_needy"
    assert figures[("nutrition_plan", "primary")].amount_fen == 100_000
    assert figures[("tuition_waiver", "junior")].amount_fen == 0
    assert figures[("yulu_plan", "vocational")].condition == "registered_poor"
    assert all(s.valid_from == dt.date(2020, 9, 1) and s.valid_to is None for s in figures.values())
    donation = next(p for p in list_programs(PRINCIPAL) if p.code == "donation")
    assert donation.ad_hoc


def test_seed_ids_are_the_same_on_every_installation(seeded) -> None:
    """A school and its township seed the same rows; sync must see one program."""
    assert make.program_id("boarding_subsidy") == aid_seed.program_seed_id("boarding_subsidy")
    assert make.program_id("boarding_subsidy") == "c4818c2b-8b01-5618-8950-794747516e7d"


def test_seed_keeps_what_the_principal_changed(seeded, township_edits) -> None:
    program = AidProgram.get(AidProgram.code == "donation")
    save_program(
        PRINCIPAL,
        ProgramInput(code="donation", name="爱心捐助", funding_source="某基金会", id=program.id),
    )
    aid_seed.seed_programs(SYSTEM)
    assert AidProgram.get(AidProgram.code == "donation").name == "爱心捐助"


def test_teacher_cannot_seed(school_db) -> None:
    with pytest.raises(PermissionDenied):
        aid_seed.seed_programs(TEACHER)


# -- entitlements ---------------------------------------------------------------------


def test_boarding_subsidy_half_a_year_each_term(seeded) -> None:
    school = seeded.school_id
    make.student(school, "王小", stage="primary", boarder=True, registered_poor=True)
    make.student(school, "李中", stage="junior", boarder=True, dibao=True, grade=8)
    make.student(school, "赵走", stage="primary", boarder=False, registered_poor=True)
    make.student(school, "钱宿", stage="primary", boarder=True)  # boarder, family not needy
    for term in (1, 2):
        fen = due("2025-2026", term, school)
        assert fen[("王小", "boarding_subsidy")] == 50_000  # 500 yuan a term
        assert fen[("李中", "boarding_subsidy")] == 62_500  # 625 yuan a term
        assert ("赵走", "boarding_subsidy") not in fen
        assert ("钱宿", "boarding_subsidy") not in fen
        # Everyone in compulsory education: meals, and the in-kind waiver at 0.
        assert fen[("赵走", "nutrition_plan")] == 50_000
        assert fen[("钱宿", "tuition_waiver")] == 0


def test_preschool_grant_for_needy_families_only(seeded) -> None:
    school = seeded.school_id
    make.student(school, "孤儿甲", stage="preschool", grade=2, orphan=True)
    make.student(school, "普通乙", stage="preschool", grade=2)
    fen = due("2025-2026", 1, school)
    assert fen == {("孤儿甲", "preschool_grant"): 50_000}


def test_conditions_are_decided_in_one_place() -> None:
    day = dt.date(2025, 9, 1)
    needy_boarder = {"boarder": True, "disabled": True}
    assert condition_met("boarder_needy", needy_boarder, day)
    assert not condition_met("non_boarder_needy", needy_boarder, day)
    assert condition_met("non_boarder_needy", {"martyr_child": True}, day)
    assert not condition_met("registered_poor", needy_boarder, day)
    assert condition_met("needy", {"de_facto_unsupported": True}, day)
    assert condition_met("needy", {"poverty_status": "monitored_sudden"}, day)
    assert not condition_met("needy", {"poverty_status": "lifted"}, day)
    assert not condition_met("needy", {"boarder": True, "left_behind": True}, day)
    assert not condition_met("some_future_rule", needy_boarder, day)
    assert set(CONDITION.codes()) == {
        "all",
        "needy",
        "registered_poor",
        "boarder",
        "boarder_needy",
        "non_boarder_needy",
    }


def test_only_enrolled_live_students_on_the_reference_day(seeded) -> None:
    school = seeded.school_id
    left = make.student(
        school, "转学生", boarder=True, registered_poor=True, as_of=dt.date(2024, 9, 1)
    )
    gone = make.student(school, "已删除", boarder=True, registered_poor=True)
    make.student(school, "休学生", boarder=True, registered_poor=True, enrolment="suspended")
    students.tombstone(SYSTEM, gone)
    # Transferred out in October: still entitled to the autumn term, not the spring.
    status_history.add_history_entry(
        SYSTEM, left, "enrolment", "transferred", dt.date(2025, 10, 10)
    )
    autumn = due("2025-2026", 1, school)
    spring = due("2025-2026", 2, school)
    assert autumn[("转学生", "boarding_subsidy")] == 50_000
    assert ("转学生", "boarding_subsidy") not in spring
    assert not any(name in ("已删除", "休学生") for name, _ in autumn)


def test_per_year_program_falls_due_in_the_autumn_only(seeded) -> None:
    school = seeded.school_id
    make.student(school, "大学生", stage="higher", grade=1, registered_poor=True)
    assert due("2025-2026", 1, school) == {("大学生", "origin_credit_loan"): 0}
    assert due("2025-2026", 2, school) == {}
    assert term_amount(12_345, True, 1) + term_amount(12_345, True, 2) == 12_345


def test_new_amount_from_next_school_year_picks_the_standard_by_date(
    seeded, township_edits
) -> None:
    school = seeded.school_id
    make.student(school, "王小", boarder=True, registered_poor=True)
    old = next(
        s
        for s in list_standards(PRINCIPAL, make.program_id("boarding_subsidy"))
        if s.stage == "primary"
    )
    new_standard = StandardInput(
        program_id=make.program_id("boarding_subsidy"),
        stage="primary",
        condition="boarder_needy",
        amount_yuan="1,500",
        valid_from="2026-09-01",
    )
    with pytest.raises(ValidationError) as refused:
        save_standard(TOWNSHIP_ADMIN, new_standard)
    assert refused.value.field == "valid_from"
    _, changes = save_standard(TOWNSHIP_ADMIN, new_standard, end_previous=True)
    assert old.id in changes.ids
    assert AidStandard.get_by_id(old.id).valid_to == dt.date(2026, 8, 31)
    assert due("2025-2026", 2, school)[("王小", "boarding_subsidy")] == 50_000
    assert due("2026-2027", 1, school)[("王小", "boarding_subsidy")] == 75_000


def test_overlapping_standard_is_refused(seeded, township_edits) -> None:
    preschool = make.program_id("preschool_grant")
    base = StandardInput(
        program_id=preschool,
        stage="preschool",
        condition="needy",
        amount_yuan="1200",
        valid_from=dt.date(2024, 9, 1),
        valid_to=dt.date(2025, 8, 31),
    )
    with pytest.raises(ValidationError, match="2020-09-01"):
        save_standard(TOWNSHIP_ADMIN, base)
    # A period inside the open one cannot end it either: its tail would be lost.
    with pytest.raises(ValidationError):
        save_standard(TOWNSHIP_ADMIN, base, end_previous=True)
    # Another condition, or another province, is another rule.
    save_standard(TOWNSHIP_ADMIN, dataclasses.replace(base, condition="all"))
    save_standard(TOWNSHIP_ADMIN, dataclasses.replace(base, province="湖南"))
    with pytest.raises(ValidationError) as backwards:
        save_standard(
            TOWNSHIP_ADMIN, dataclasses.replace(base, province="贵州", valid_to=dt.date(2024, 1, 1))
        )
    assert backwards.value.field == "valid_to"


def test_editing_a_standard_does_not_overlap_itself(seeded, township_edits) -> None:
    standard = next(s for s in list_standards(PRINCIPAL) if s.program_code == "yulu_plan")
    save_standard(
        TOWNSHIP_ADMIN,
        StandardInput(
            program_id=standard.program_id,
            stage="vocational",
            condition="registered_poor",
            amount_yuan="3500",
            valid_from=standard.valid_from,
            id=standard.id,
        ),
    )
    assert AidStandard.get_by_id(standard.id).amount_fen == 350_000


def test_province_standard_replaces_the_national_one_where_it_applies(
    seeded, township_edits
) -> None:
    school = seeded.school_id
    make.student(school, "王小", boarder=True, registered_poor=True)
    save_standard(
        TOWNSHIP_ADMIN,
        StandardInput(
            program_id=make.program_id("boarding_subsidy"),
            stage="primary",
            condition="boarder_needy",
            amount_yuan="1300",
            valid_from="2020-09-01",
            province="湖南",
        ),
    )
    assert due("2025-2026", 1, school)[("王小", "boarding_subsidy")] == 50_000
    installation.set_setting(PRINCIPAL, PROVINCE_SETTING, "湖南")
    assert due("2025-2026", 1, school)[("王小", "boarding_subsidy")] == 65_000


def test_inactive_program_entitles_nobody_and_takes_no_payment(seeded, township_edits) -> None:
    school = seeded.school_id
    student = make.student(school, "王小", boarder=True, registered_poor=True)
    deactivate_program(PRINCIPAL, make.program_id("nutrition_plan"))
    assert ("王小", "nutrition_plan") not in due("2025-2026", 1, school)
    with pytest.raises(ValidationError, match="not active"):
        make.payment(student, "nutrition_plan", "500")


def test_teacher_cannot_see_or_edit_aid(seeded, township_edits) -> None:
    with pytest.raises(PermissionDenied):
        list_entitlements(TEACHER, "2025-2026", 1)
    with pytest.raises(PermissionDenied):
        save_program(TEACHER, ProgramInput(code="school_fund", name="校级资助"))
    with pytest.raises(PermissionDenied):
        delete_standard(AID_OFFICER, list_standards(PRINCIPAL)[0].id)
    # Standards are the township's (the role matrix): not even the principal's.
    with pytest.raises(PermissionDenied, match="township"):
        delete_standard(PRINCIPAL, list_standards(PRINCIPAL)[0].id)


def test_programs_are_edited_by_the_principal(seeded, township_edits) -> None:
    new_id, changes = save_program(
        PRINCIPAL,
        ProgramInput(code="School_Fund", name="校级资助", funding_source="学校", per_term=False),
    )
    assert changes.affects("aid_program")
    assert AidProgram.get_by_id(new_id).code == "school_fund"
    with pytest.raises(ValidationError) as duplicate:
        save_program(PRINCIPAL, ProgramInput(code="school_fund", name="又一个"))
    assert duplicate.value.field == "code"
    with pytest.raises(ValidationError, match="cannot be changed"):
        save_program(PRINCIPAL, ProgramInput(code="other", name="校级资助", id=new_id))
    with pytest.raises(ValidationError):
        save_program(PRINCIPAL, ProgramInput(code="9x", name=""))


# -- payments -------------------------------------------------------------------------


def test_payment_is_recorded_in_fen_from_yuan_text(seeded) -> None:
    student = make.student(seeded.school_id, "王小", boarder=True, registered_poor=True)
    payment_id = make.payment(student, "boarding_subsidy", "1,250.50元", signed_by="赵会计")
    stored = AidPayment.get_by_id(payment_id)
    assert stored.amount_fen == 125_050 and isinstance(stored.amount_fen, int)
    assert stored.funding_source == "中央和地方财政"  # the program's, when left empty
    [row] = list_payments(AID_OFFICER, "2025-2026", 1, seeded.school_id)
    assert (row.student_name, row.program_code, row.amount_fen) == (
        "王小",
        "boarding_subsidy",
        125_050,
    )
    assert row.received_by == "张父" and row.signed_by == "赵会计"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount_yuan": "0"}, "amount_fen"),
        ({"amount_yuan": "-5"}, "amount_fen"),
        ({"amount_yuan": "12.345"}, "amount_fen"),
        ({"amount_yuan": "五百"}, "amount_fen"),
        ({"paid_on": dt.date.today() + dt.timedelta(days=3)}, "paid_on"),
        ({"method": "alipay"}, "method"),
        ({"received_by": " "}, "received_by"),
        ({"school_year": "2025-2027"}, "school_year"),
        ({"term": 3}, "term"),
        ({"student_id": "missing"}, "student"),
    ],
)
def test_payment_is_validated(seeded, changes: dict[str, Any], field: str) -> None:
    student = make.student(seeded.school_id, "王小", boarder=True, registered_poor=True)
    data = PaymentInput(
        student_id=student,
        program_id=make.program_id("boarding_subsidy"),
        school_year="2025-2026",
        term=1,
        amount_yuan="500",
        paid_on=dt.date(2025, 10, 15),
        method="bank_card",
        received_by="张父",
    )
    data = dataclasses.replace(data, **changes)
    _, errors = validate_payment(data)
    assert field in errors and "{" not in errors[field]
    with pytest.raises(ValidationError):
        record_payment(AID_OFFICER, data)
    assert AidPayment.select().count() == 0


def test_teacher_cannot_record_payments(seeded) -> None:
    student = make.student(seeded.school_id, "王小", boarder=True, registered_poor=True)
    with pytest.raises(PermissionDenied):
        make.payment(student, "boarding_subsidy", "500", actor=TEACHER)
    make.payment(student, "boarding_subsidy", "500", actor=PRINCIPAL)
    with pytest.raises(PermissionDenied):
        void_payment(TEACHER, AidPayment.get().id)


# -- reconciliation -------------------------------------------------------------------


def test_reconciliation_flags_and_totals(seeded) -> None:
    school = seeded.school_id
    ok = make.student(school, "甲", boarder=True, registered_poor=True, class_name="1班")
    make.student(school, "乙", boarder=True, dibao=True, class_name="1班")
    over = make.student(school, "丙", stage="junior", grade=7, boarder=True, orphan=True)
    double = make.student(school, "丁", boarder=True, disabled=True, class_name="2班")
    stranger = make.student(school, "戊", boarder=False)
    make.payment(ok, "boarding_subsidy", "500")
    make.payment(over, "boarding_subsidy", "700")
    make.payment(double, "boarding_subsidy", "500")
    make.payment(double, "boarding_subsidy", "500", paid_on=dt.date(2025, 11, 2))
    make.payment(stranger, "boarding_subsidy", "500")
    make.payment(stranger, "donation", "300")
    make.payment(ok, "nutrition_plan", "200")
    # Another term:
    make.payment(ok, "boarding_subsidy", "500", term=2, paid_on=dt.date(2026, 3, 20))

    result = reconcile(AID_OFFICER, "2025-2026", 1, school)
    status = {(r.student_name, r.program_code): r.status for r in result.rows}
    assert status[("甲", "boarding_subsidy")] == "ok"
    assert status[("乙", "boarding_subsidy")] == "unpaid"
    assert status[("丙", "boarding_subsidy")] == "overpaid"
    assert status[("丁", "boarding_subsidy")] == "double_claim"
    assert status[("戊", "boarding_subsidy")] == "not_entitled"
    assert status[("戊", "donation")] == "ad_hoc"
    # Meals and aid in kind are provided, never owed: not yet recorded as provided.
    assert status[("甲", "nutrition_plan")] == "to_record"
    assert status[("戊", "tuition_waiver")] == "to_record"

    boarding = next(t for t in result.by_program if t.label == "寄宿生生活补助")
    # Due: 甲 500 + 乙 500 + 丙 625 + 丁 500; paid: 500 + 700 + 1000 + 500 (戊).
    assert boarding.entitled_fen == 212_500
    assert boarding.paid_fen == 270_000
    assert boarding.difference_fen == 57_500
    assert boarding.entitled_rows == 4 and boarding.paid_rows == 4
    assert boarding.flagged == 4  # 乙 unpaid, 丙 over, 丁 double, 戊 not entitled

    stages = {t.key: t for t in result.by_stage}
    # Junior: 丙's boarding 625 (meals are no money due); paid 700.
    assert (stages["junior"].entitled_fen, stages["junior"].paid_fen) == (62_500, 70_000)
    # Primary: boarding 500 x 3; paid boarding 2000 + a meal "payment" 200 + gift 300.
    assert (stages["primary"].entitled_fen, stages["primary"].paid_fen) == (150_000, 250_000)
    assert result.total.entitled_fen == 212_500
    assert result.total.paid_fen == 320_000
    assert result.total.paid_fen == sum(t.paid_fen for t in result.by_program)
    assert result.status_counts["double_claim"] == 1

    money = [v for r in result.rows for v in (r.entitled_fen, r.paid_fen, r.difference_fen)]
    money += [
        v
        for t in (*result.by_program, *result.by_stage, result.total)
        for v in (t.entitled_fen, t.paid_fen, t.difference_fen)
    ]
    assert all(type(v) is int for v in money)


def test_void_payment_takes_it_out_of_the_reconciliation(seeded) -> None:
    student = make.student(seeded.school_id, "甲", boarder=True, registered_poor=True)
    first = make.payment(student, "boarding_subsidy", "500")
    make.payment(student, "boarding_subsidy", "500")
    rows = reconcile(AID_OFFICER, "2025-2026", 1).rows
    assert next(r for r in rows if r.program_code == "boarding_subsidy").status == "double_claim"
    changes = void_payment(AID_OFFICER, first, "录入重复")
    assert changes.affects("aid_payment")
    assert AidPayment.get_by_id(first).deleted  # a tombstone, never deleted
    rows = reconcile(AID_OFFICER, "2025-2026", 1).rows
    assert next(r for r in rows if r.program_code == "boarding_subsidy").status == "ok"
    assert len(list_payments(AID_OFFICER, "2025-2026", 1)) == 1


def test_reconciliation_of_a_whole_township_and_of_one_school(seeded) -> None:
    # The township's ledger holds the schools its packages brought.
    other = School(code="4301230002", name="油铺小学", school_type="complete_primary")
    other.save()
    other_school = other.id
    make.student(seeded.school_id, "甲", boarder=True, registered_poor=True)
    make.student(other_school, "乙", boarder=True, registered_poor=True)
    everyone = reconcile(PRINCIPAL, "2025-2026", 1)
    one = reconcile(PRINCIPAL, "2025-2026", 1, other_school)
    assert {r.student_name for r in everyone.rows} == {"甲", "乙"}
    schools = {(r.student_name, r.school_name) for r in everyone.rows}
    assert schools == {("甲", "柳塘小学"), ("乙", "油铺小学")}
    assert {r.student_name for r in one.rows} == {"乙"}
