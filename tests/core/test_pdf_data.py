"""The data the forms print (services.printing.gather), read from the sample child
(tests/builders.py: one child with every kind of record)."""

from __future__ import annotations

from fupin_desktop.services.printing import aid_forms, care_forms
from fupin_desktop.services.printing import gather as forms_data
from tests import builders as make
from tests.builders import PRINCIPAL, TEACHER

# -- forms_data ------------------------------------------------------------------------


def test_archive_card_reads_everything_and_keeps_the_full_id(school_db) -> None:
    sample = make.sample_child(school_db)
    (card,) = forms_data.archive_cards(PRINCIPAL, [sample.student_id], mask_ids=False)
    assert card.values["id_number"] == sample.id_number
    assert card.school_name == "柳塘小学"
    assert [m["name"] for m in card.family] == ["张大山", "李秀英"]
    assert card.guardians[0]["id_number"] == sample.guardian_id_number
    assert [(a.school_year, a.amount_fen) for a in card.aid] == [("2024-2025", 50_000)]
    assert [p.teacher_name for p in card.pairings] == ["王老师"]
    assert [v.visit_date.month for v in card.visits] == [10, 11, 3]
    kinds = {h["kind"] for h in card.history}
    assert {"poverty_status", "registered_poor", "left_behind"} <= kinds


def test_masking_covers_the_student_number_and_guardian(school_db) -> None:
    sample = make.sample_child(school_db)
    (card,) = forms_data.archive_cards(PRINCIPAL, [sample.student_id], mask_ids=True)
    masked = "*" * 14 + sample.id_number[-4:]
    assert card.values["id_number"] == masked
    assert card.values["student_no"] == "G" + masked
    assert card.guardians[0]["id_number"] == "*" * 14 + sample.guardian_id_number[-4:]


def test_who_may_not_see_full_ids_never_gets_them(school_db) -> None:
    sample = make.sample_child(school_db)
    (card,) = forms_data.archive_cards(TEACHER, [sample.student_id], mask_ids=False)
    assert sample.id_number not in repr(card)


def test_growth_record_in_date_order_with_contact_card(school_db) -> None:
    sample = make.sample_child(school_db)
    (record,) = care_forms.growth_records(PRINCIPAL, [sample.student_id], mask_ids=True)
    assert [d["entry_date"] for d in record.diary] == sorted(d["entry_date"] for d in record.diary)
    assert [c["who_spoke"] for c in record.calls] == ["妈妈", "爸爸"]
    assert record.profile is not None and record.profile["work_city"] == "东莞"
    card = record.card
    assert (card.father_phone, card.mother_phone) == ("13511112222", "13533334444")
    assert (card.guardian_name, card.proxy_parent_name) == ("张奶奶", "王老师")


def test_pairing_records_by_teacher_and_by_student(school_db) -> None:
    sample = make.sample_child(school_db)
    other = make.student(school_db.school_id, "李四")
    by_teacher = care_forms.pairing_records(PRINCIPAL, teacher_id=sample.teacher_id)
    by_student = care_forms.pairing_records(PRINCIPAL, student_ids=[sample.student_id, other])
    assert len(by_teacher) == len(by_student) == 1
    assert len(by_teacher[0].visits) == 3


def test_left_behind_ids_keeps_order_and_drops_others(school_db) -> None:
    sample = make.sample_child(school_db)
    other = make.student(school_db.school_id, "李四")
    assert care_forms.left_behind_ids([other, sample.student_id]) == [sample.student_id]


def test_aid_sheet_from_payments_then_entitlements(school_db) -> None:
    sample = make.sample_child(school_db)
    sheet = aid_forms.aid_sheet(
        PRINCIPAL, sample.program_id, "2024-2025", 1, school_id=school_db.school_id
    )
    assert sheet.source == "payments"
    assert [(r.values["name"], r.amount_fen, r.received_by) for r in sheet.rows] == [
        ("张小红", 50_000, "张奶奶")
    ]
    planned = aid_forms.aid_sheet(
        PRINCIPAL, sample.program_id, "2025-2026", 1, school_id=school_db.school_id
    )
    assert planned.source == "entitlements"
    assert [r.values["name"] for r in planned.rows] == ["张小红"]
    assert planned.rows[0].values["id_number"].startswith("****")
