"""Pairings, visits, the left-behind profile, diary, calls and the timeline: values read
back, refusals with the right message, sensitive text kept from who does not need it."""

from __future__ import annotations

import datetime as dt

import pytest

from fupin_desktop.db.models import StatusHistory
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import pairings, teachers, visits
from fupin_desktop.services.context import Actor
from tests import builders as make
from tests.builders import PRINCIPAL

D = dt.date
TODAY = dt.date.today()


def test_a_teacher_is_listed_with_the_students_paired_now(school_db) -> None:
    teacher = make.teacher(school_db, "张老师")
    a, b = make.needy_student(school_db, "甲"), make.needy_student(school_db, "乙")
    make.pairing(teacher, a, TODAY - dt.timedelta(days=10))
    ended = make.pairing(teacher, b, TODAY - dt.timedelta(days=100))
    pairings.end(PRINCIPAL, ended, TODAY - dt.timedelta(days=1), "转学")
    row = teachers.list_teachers(PRINCIPAL)[0]
    assert (row.name, row.students, row.proxy_children) == ("张老师", 1, 0)
    assert [p.student_name for p in pairings.for_teacher(PRINCIPAL, teacher)] == ["甲"]
    history = pairings.for_teacher(PRINCIPAL, teacher, history=True)
    assert {(p.student_name, p.end_reason) for p in history} == {("甲", ""), ("乙", "转学")}


def test_overlapping_pairing_of_the_same_two_is_refused(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    with pytest.raises(ValidationError) as caught:
        make.pairing(teacher, child, D(2024, 5, 1))
    assert "already paired" in caught.value.message


def test_a_new_proxy_parent_takes_over_from_the_old(school_db) -> None:
    old, new = make.teacher(school_db, "旧"), make.teacher(school_db, "新")
    child = make.needy_student(school_db)
    make.pairing(old, child, D(2024, 3, 1), kind="proxy_parent")
    make.pairing(new, child, D(2024, 9, 1), kind="proxy_parent")
    history = {p.teacher_name: p for p in pairings.for_student(PRINCIPAL, child)}
    assert history["旧"].end_date == D(2024, 8, 31)
    assert history["新"].end_date is None


def test_teachers_cannot_pair_or_record_for_others(school_db) -> None:
    teacher = make.teacher(school_db)
    other = make.teacher(school_db, "王老师")
    child = make.needy_student(school_db)
    me = Actor("张老师", "teacher", teacher)
    with pytest.raises(PermissionDenied):
        pairings.create(me, teacher, [child], {"kind": "one_to_one", "start_date": TODAY})
    with pytest.raises(PermissionDenied):
        visits.save(me, None, other, child, {"visit_date": TODAY, "method": "talk"})
    visit_id, _ = visits.save(me, None, teacher, child, {"visit_date": TODAY, "method": "talk"})
    assert visits.list_visits(me, visits.VisitQuery(teacher_id=teacher))[0].id == visit_id


def test_a_new_visit_starts_from_the_previous_context(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    pairing = make.pairing(teacher, child, D(2024, 3, 1))
    visit_id, _ = visits.save(
        PRINCIPAL,
        None,
        teacher,
        child,
        {
            "visit_date": D(2024, 3, 5),
            "method": "home_visit",
            "participants": "奶奶",
            "living_conditions": "土房",
            "child_state": "开心",
            "next_follow_up": D(2024, 4, 1),
        },
    )
    template = visits.template(PRINCIPAL, teacher, child, D(2024, 4, 2))
    assert template["living_conditions"] == "土房" and template["participants"] == "奶奶"
    assert template["child_state"] == "" and template["next_follow_up"] is None
    assert template["visit_date"] == D(2024, 4, 2) and template["method"] == "home_visit"
    assert visits.pairing_of(visit_id).id == pairing


def test_visit_dates_are_checked(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    with pytest.raises(ValidationError) as caught:
        visits.save(
            PRINCIPAL,
            None,
            teacher,
            child,
            {"visit_date": D(2024, 3, 5), "method": "talk", "next_follow_up": D(2024, 3, 1)},
            today=D(2024, 3, 6),
        )
    assert "follow-up" in caught.value.message
    with pytest.raises(ValidationError):
        visits.save_many(
            PRINCIPAL,
            teacher,
            [(child, {"visit_date": D(2024, 3, 5), "method": "talk"}), (child, {"method": ""})],
            today=D(2024, 3, 6),
        )
    assert visits.list_visits(PRINCIPAL, visits.VisitQuery()) == []  # all or nothing


def test_profile_keeps_the_left_behind_history(school_db) -> None:
    child = make.needy_student(school_db)
    care.save_profile(
        PRINCIPAL,
        child,
        {
            "parent_away": "both",
            "guardian_kind": "grandparents",
            "work_province": "广东",
            "start_date": D(2023, 9, 1),
            "counselling_needs": "想念父母",
        },
    )
    care.end_left_behind(PRINCIPAL, child, D(2024, 2, 10), "父亲返乡")
    spells = [
        (h.value, h.start_date, h.end_date)
        for h in StatusHistory.select()
        .where((StatusHistory.student == child) & (StatusHistory.kind == "left_behind"))
        .order_by(StatusHistory.start_date)
    ]
    # The file's own first entry (issue 10: every dated value, false ones too), then the
    # spell the profile made and the day it ended.
    assert spells == [
        ("false", make.ON_FILE_SINCE, D(2023, 9, 1)),
        ("true", D(2023, 9, 1), D(2024, 2, 10)),
        ("false", D(2024, 2, 10), None),
    ]
    assert care.current_profile(PRINCIPAL, child) is None
    # The timeline shows the two changes; the file's first "no" changed nothing.
    changes = [i.day for i in care.timeline(PRINCIPAL, child) if i.kind == "status"]
    assert changes == [D(2024, 2, 10), D(2023, 9, 1)]
    with pytest.raises(ValidationError):
        care.save_profile(
            PRINCIPAL,
            child,
            {"parent_away": "both", "guardian_kind": "none", "start_date": D(2024, 3, 1),
             "end_date": D(2024, 2, 1)},
        )  # fmt: skip


def test_timeline_is_newest_first_and_guards_feelings(school_db) -> None:
    teacher = make.teacher(school_db)
    stranger = make.teacher(school_db, "外人")
    child = make.needy_student(school_db)
    make.pairing(teacher, child, TODAY - dt.timedelta(days=60), kind="proxy_parent")
    care.save_diary(
        PRINCIPAL,
        None,
        child,
        teacher,
        {
            "entry_date": TODAY - dt.timedelta(days=5),
            "category": "feelings",
            "what_happened": "哭了",
        },
    )
    care.save_call(
        PRINCIPAL,
        None,
        child,
        None,
        {"call_date": TODAY - dt.timedelta(days=2), "who_spoke": "母亲"},
    )
    visits.save(
        PRINCIPAL,
        None,
        teacher,
        child,
        {"visit_date": TODAY - dt.timedelta(days=9), "method": "talk"},
    )
    items = care.timeline(PRINCIPAL, child)
    assert [i.kind for i in items] == ["family_call", "diary_entry", "visit"]
    assert "哭了" in items[1].text
    own = Actor("张老师", "teacher", teacher)
    assert "哭了" in care.timeline(own, child)[1].text
    other = Actor("外人", "teacher", stranger)
    assert "哭了" not in care.timeline(other, child)[1].text
    assert "restricted" in care.timeline(other, child)[1].text


def test_left_behind_children_list_shows_gaps(school_db) -> None:
    teacher = make.teacher(school_db)
    cared, alone = make.needy_student(school_db, "甲"), make.needy_student(school_db, "乙")
    for child in (cared, alone):
        care.save_profile(
            PRINCIPAL,
            child,
            {"parent_away": "both", "guardian_kind": "grandparents", "start_date": D(2024, 3, 1)},
        )
    make.pairing(teacher, cared, D(2024, 3, 1), kind="proxy_parent")
    care.save_call(PRINCIPAL, None, cared, teacher, {"call_date": D(2024, 3, 9)})
    rows = {r.name: r for r in care.left_behind_children(PRINCIPAL, None, as_of=D(2024, 4, 1))}
    assert rows["甲"].proxy_parent and rows["甲"].last_call == D(2024, 3, 9)
    assert rows["乙"].proxy_parent == "" and rows["乙"].last_call is None
    assert rows["乙"].since == D(2024, 3, 1) and rows["乙"].has_profile


def test_masked_profile_saved_back_keeps_the_stored_phones(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    profile_id, _ = care.save_profile(
        PRINCIPAL,
        child,
        {
            "parent_away": "both",
            "guardian_kind": "grandparents",
            "father_phone": "13912345678",
            "counselling_needs": "想念父母",
            "start_date": D(2024, 3, 1),
        },
    )
    other = Actor("外人", "teacher", teacher)  # not paired with the child
    shown = care.current_profile(other, child)
    assert shown["father_phone"] == "****" and "想念" not in shown["counselling_needs"]
    shown["work_city"] = "东莞"
    care.save_profile(other, child, {k: v for k, v in shown.items() if k != "id"}, profile_id)
    stored = care.current_profile(PRINCIPAL, child)
    assert stored["father_phone"] == "13912345678" and stored["counselling_needs"] == "想念父母"
    assert stored["work_city"] == "东莞"


def test_teachers_are_listed_and_found_by_pinyin(school_db) -> None:
    for name in ("张老师", "艾老师", "陈老师", "李老师"):
        make.teacher(school_db, name)
    expected = ["艾老师", "陈老师", "李老师", "张老师"]  # a, c, l, z; not code point order
    assert [r.name for r in teachers.list_teachers(PRINCIPAL)] == expected
    assert [name for _, name in teachers.teacher_choices()] == expected
    found = teachers.list_teachers(PRINCIPAL, search="zls")
    assert [r.name for r in found] == ["张老师"]
    assert [r.name for r in teachers.list_teachers(PRINCIPAL, search="chen")] == ["陈老师"]
    assert [r.name for r in teachers.list_teachers(PRINCIPAL, search="李")] == ["李老师"]


def test_the_pairing_picker_finds_students_by_pinyin(school_db) -> None:
    make.needy_student(school_db, "蔡明")
    make.needy_student(school_db, "王芳")
    assert [c.name for c in pairings.student_choices(PRINCIPAL, None, search="cai")] == ["蔡明"]
    assert [c.name for c in pairings.student_choices(PRINCIPAL, None, search="wf")] == ["王芳"]
    assert [c.name for c in pairings.student_choices(PRINCIPAL, None, search="芳")] == ["王芳"]
