"""The data the forms print (services.forms_data), and the sample ledger the PDF tests
share: one child with every kind of record, and helpers to add more."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.models import (
    AidProgram,
    DiaryEntry,
    FamilyCall,
    LeftBehindProfile,
    Pairing,
    Teacher,
    Visit,
)
from fupin_desktop.services.aid.payments import PaymentInput, record_payment
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.printing import gather as forms_data
from fupin_desktop.services.students import files as students
from fupin_desktop.validation import id_check_digit
from tests.conftest import PRINCIPAL, TEACHER

_serial = itertools.count(1)

# Unmistakable text at both ends of the long diary entry: both must come back.
LONG_START, LONG_END = "日记开头甲乙丙", "日记结尾丁戊己"
LONG_DIARY = LONG_START + ("孩子今天在学校表现很好，主动帮助同学，作业也认真完成了。" * 110)[
    : 3000 - len(LONG_START) - len(LONG_END)
] + LONG_END  # fmt: skip


LONG_ADDRESS = "柳塘镇柳塘村3组门牌号27号，沿河边小路往东走到底第二户人家，院子里有一棵老槐树"


def id_number(birth: str = "20150312") -> str:
    first17 = f"430123{birth}{next(_serial) % 1000:03d}"
    return first17 + id_check_digit(first17)


def add_student(school_id: str, name: str, **values: Any) -> str:
    number = values.pop("id_number", None) or id_number()
    data = {
        "name": name,
        "id_number": number,
        "stage": "primary",
        "grade": values.pop("grade", 3),
        "class_name": values.pop("class_name", "1班"),
        "enrolment": "enrolled",
        **values,
    }
    student_id, _ = students.save_file(
        SYSTEM, students.StudentFile(None, school_id, data), as_of=dt.date(2024, 9, 1)
    )
    return student_id


@dataclass
class Sample:
    student_id: str
    id_number: str
    teacher_id: str
    pairing_id: str
    program_id: str
    guardian_id_number: str


def make_sample(school_id: str) -> Sample:
    """张小红: a left-behind, boarding, registered-poor child with a family, a guardian,
    a proxy-parent teacher, visits, a profile, diary entries (one of 3,000 characters),
    family calls and an aid payment."""
    number = id_number("20150312")
    guardian_number = id_number("19580101")
    student_id, _ = students.save_file(
        SYSTEM,
        students.StudentFile(
            None,
            school_id,
            {
                "name": "张小红",
                "id_number": number,
                "student_no": "G" + number,
                "stage": "primary",
                "grade": 4,
                "class_name": "2班",
                "enrolment": "enrolled",
                "boarder": True,
                "phone": "13912345678",
                "village": "柳塘村",
                "village_group": "3组",
                "address": LONG_ADDRESS,
                "poverty_status": "lifted",
                "poverty_cause": "illness",
                "registered_poor": True,
                "left_behind": True,
                "responsible_cadre": "刘干部",
            },
            family=[
                {
                    "name": "张大山",
                    "relation": "father",
                    "birth_year": 1985,
                    "health": "healthy",
                    "occupation": "建筑工",
                    "work_place": "广东东莞",
                    "annual_income": 3_600_000,
                },
                {
                    "name": "李秀英",
                    "relation": "mother",
                    "birth_year": 1987,
                    "health": "chronic_illness",
                    "occupation": "电子厂",
                    "work_place": "广东东莞",
                },
            ],
            guardians=[
                {
                    "name": "张奶奶",
                    "relation": "grandmother",
                    "id_number": guardian_number,
                    "phone": "13700001111",
                    "address": "柳塘村3组",
                    "entrusted": True,
                },
            ],
        ),
        as_of=dt.date(2024, 9, 1),
    )
    students.add_history_entry(SYSTEM, student_id, "poverty_status", "lifted", dt.date(2025, 3, 1))
    teacher = Teacher(
        school=school_id, name="王老师", sex="female", phone="13800001111",
        subject="语文", role="head_teacher", active=True,
    )  # fmt: skip
    teacher.save()
    pairing = Pairing(
        teacher=teacher, student=student_id, kind="proxy_parent",
        start_date=dt.date(2024, 9, 1), goals="帮助孩子养成良好的学习习惯，按时完成作业",
        measures="每周谈心一次，每月家访一次，每学期与父母视频通话不少于四次",
    )  # fmt: skip
    pairing.save()
    for day, method, outcome in (
        (dt.date(2024, 10, 12), "home_visit", "家访成效：孩子学习积极性提高"),
        (dt.date(2024, 11, 20), "phone", "电话成效：奶奶身体好转"),
        (dt.date(2025, 3, 5), "talk", "谈心成效：情绪稳定"),
    ):
        Visit(
            pairing=pairing, teacher=teacher, student=student_id, visit_date=day,
            method=method, participants="王老师、张奶奶", living_conditions="住房安全，饮水安全",
            child_state="性格内向，学习中等", family_needs="希望孩子多与父母联系",
            measures="辅导数学作业", outcome=outcome, parent_feedback="很满意",
            next_follow_up=day + dt.timedelta(days=30),
        ).save()  # fmt: skip
    LeftBehindProfile(
        student=student_id, parent_away="both", work_province="广东", work_city="东莞",
        away_since=dt.date(2019, 2, 1), father_phone="13511112222", mother_phone="13533334444",
        guardian_kind="grandparents", guardian_name="张奶奶", guardian_relation="grandmother",
        guardian_phone="13700001111", guardian_address="柳塘村3组", care_ability="fair",
        guardianship_level="level2", proxy_parent_phone="13800001111",
        counselling_needs="想念父母，偶尔情绪低落", start_date=dt.date(2019, 2, 1),
    ).save()  # fmt: skip
    DiaryEntry(
        student=student_id, teacher=teacher, entry_date=dt.date(2024, 10, 8),
        category="feelings", mood="sad", what_happened="中秋节想妈妈，哭了",
        what_done="陪她给妈妈打电话", follow_up="下周再问问",
    ).save()  # fmt: skip
    DiaryEntry(
        student=student_id, teacher=teacher, entry_date=dt.date(2024, 12, 2),
        category="study", mood="happy", what_happened=LONG_DIARY, what_done="表扬鼓励",
        follow_up="继续观察",
    ).save()  # fmt: skip
    FamilyCall(
        student=student_id, teacher=teacher, call_date=dt.date(2024, 10, 8),
        who_spoke="妈妈", minutes=15, notes="说了学校的事",
    ).save()  # fmt: skip
    FamilyCall(
        student=student_id, teacher=teacher, call_date=dt.date(2025, 1, 18),
        who_spoke="爸爸", minutes=20, notes="过年回家",
    ).save()  # fmt: skip
    program = AidProgram.get(AidProgram.code == "boarding_subsidy")
    record_payment(
        SYSTEM,
        PaymentInput(
            student_id, program.id, "2024-2025", 1, "500", dt.date(2024, 10, 15),
            "bank_card", received_by="张奶奶",
        ),
    )  # fmt: skip
    return Sample(student_id, number, teacher.id, pairing.id, program.id, guardian_number)


# -- forms_data ------------------------------------------------------------------------


def test_archive_card_reads_everything_and_keeps_the_full_id(school_db) -> None:
    sample = make_sample(school_db.school_id)
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
    sample = make_sample(school_db.school_id)
    (card,) = forms_data.archive_cards(PRINCIPAL, [sample.student_id], mask_ids=True)
    masked = "*" * 14 + sample.id_number[-4:]
    assert card.values["id_number"] == masked
    assert card.values["student_no"] == "G" + masked
    assert card.guardians[0]["id_number"] == "*" * 14 + sample.guardian_id_number[-4:]


def test_who_may_not_see_full_ids_never_gets_them(school_db) -> None:
    sample = make_sample(school_db.school_id)
    (card,) = forms_data.archive_cards(TEACHER, [sample.student_id], mask_ids=False)
    assert sample.id_number not in repr(card)


def test_growth_record_in_date_order_with_contact_card(school_db) -> None:
    sample = make_sample(school_db.school_id)
    (record,) = forms_data.growth_records(PRINCIPAL, [sample.student_id], mask_ids=True)
    assert [d["entry_date"] for d in record.diary] == sorted(d["entry_date"] for d in record.diary)
    assert [c["who_spoke"] for c in record.calls] == ["妈妈", "爸爸"]
    assert record.profile is not None and record.profile["work_city"] == "东莞"
    card = record.card
    assert (card.father_phone, card.mother_phone) == ("13511112222", "13533334444")
    assert (card.guardian_name, card.proxy_parent_name) == ("张奶奶", "王老师")


def test_pairing_records_by_teacher_and_by_student(school_db) -> None:
    sample = make_sample(school_db.school_id)
    other = add_student(school_db.school_id, "李四")
    by_teacher = forms_data.pairing_records(PRINCIPAL, teacher_id=sample.teacher_id)
    by_student = forms_data.pairing_records(PRINCIPAL, student_ids=[sample.student_id, other])
    assert len(by_teacher) == len(by_student) == 1
    assert len(by_teacher[0].visits) == 3


def test_left_behind_ids_keeps_order_and_drops_others(school_db) -> None:
    sample = make_sample(school_db.school_id)
    other = add_student(school_db.school_id, "李四")
    assert forms_data.left_behind_ids([other, sample.student_id]) == [sample.student_id]


def test_aid_sheet_from_payments_then_entitlements(school_db) -> None:
    sample = make_sample(school_db.school_id)
    sheet = forms_data.aid_sheet(
        PRINCIPAL, sample.program_id, "2024-2025", 1, school_id=school_db.school_id
    )
    assert sheet.source == "payments"
    assert [(r.values["name"], r.amount_fen, r.received_by) for r in sheet.rows] == [
        ("张小红", 50_000, "张奶奶")
    ]
    planned = forms_data.aid_sheet(
        PRINCIPAL, sample.program_id, "2025-2026", 1, school_id=school_db.school_id
    )
    assert planned.source == "entitlements"
    assert [r.values["name"] for r in planned.rows] == ["张小红"]
    assert planned.rows[0].values["id_number"].startswith("****")
