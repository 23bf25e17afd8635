"""The reminder and coverage arithmetic on hand-made cases: month and term boundaries, a
pairing that ends mid-term, a parent coming home."""

from __future__ import annotations

import datetime as dt

import pytest

from fupin_desktop.services import calendar as school_calendar
from fupin_desktop.services.care import coverage, pairings, reminder_rules, reminders, visits
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care.reminders import Scope
from fupin_desktop.services.students import files as students
from fupin_desktop.terms import DEFAULT, Period
from tests import builders as make
from tests.builders import PRINCIPAL, TEACHER

D = dt.date


# --- the calendar --------------------------------------------------------------------


def test_the_reminders_count_by_the_one_calendar_and_its_settings(school_db) -> None:
    assert reminders.calendar() == DEFAULT
    # 2024: the Spring Festival holiday ended on 17 February; the spring term starts on
    # the first Monday a week later.
    assert reminders.calendar().term_of(D(2024, 2, 26)) == Period(
        "term", D(2024, 2, 26), D(2024, 7, 15)
    )
    school_calendar.set_value(PRINCIPAL, "calendar.2023-2024.spring", "2024-02-25 2024-07-05")
    calendar = reminders.calendar()
    assert calendar.term_of(D(2024, 2, 26)) == Period("term", D(2024, 2, 25), D(2024, 7, 5))
    assert calendar.term_of(D(2024, 7, 10)) is None
    assert calendar.school_year_start(D(2024, 8, 2)) == D(2023, 9, 1)


# --- paired rules ------------------------------------------------------------------------


def test_three_talks_a_month_counts_the_boundaries(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    # Two talks in March (on its first and last day), one on 1 April: March is one short.
    make.visit(teacher, child, D(2024, 3, 1))
    make.visit(teacher, child, D(2024, 3, 31))
    make.visit(teacher, child, D(2024, 4, 1))
    make.visit(teacher, child, D(2024, 3, 20), method="home_visit")  # not a talk
    overdue = reminders.overdue_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 4, 10))
    talks = [i for i in overdue if i.rule_code == "paired_talk"]
    assert [(i.period_start, i.required, i.done) for i in talks] == [(D(2024, 3, 1), 3, 2)]
    # April is running: due, with two more to go.
    due = reminders.due_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 4, 10))
    april = [i for i in due if i.rule_code == "paired_talk"]
    assert [(i.period_end, i.required, i.done, i.missing) for i in april] == [
        (D(2024, 4, 30), 3, 1, 2)
    ]
    # The term's home visit was made: nothing due for it.
    assert not [i for i in due if i.rule_code == "paired_home_visit"]


def test_a_pairing_that_ends_mid_term(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    pairing = make.pairing(teacher, child, D(2024, 3, 1))
    pairings.end(PRINCIPAL, pairing, D(2024, 4, 10), "调离")
    overdue = reminders.overdue_list(
        PRINCIPAL, Scope(teacher_id=teacher), D(2024, 9, 1), since=D(2024, 3, 1)
    )
    by_rule = {}
    for item in overdue:
        by_rule.setdefault(item.rule_code, []).append((item.period_start, item.required))
    # March whole: 3 talks; April 1–10 of 30 days: round(3 × 10/30) = 1; nothing after.
    assert by_rule["paired_talk"] == [(D(2024, 3, 1), 3), (D(2024, 4, 1), 1)]
    # 41 of the term's 137 days: less than half, so no home visit was asked.
    assert "paired_home_visit" not in by_rule


def test_a_pairing_held_over_half_the_term_asks_for_the_home_visit(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1), D(2024, 5, 20))  # 81 of 137 days
    overdue = reminders.overdue_list(
        PRINCIPAL, Scope(teacher_id=teacher), D(2024, 9, 1), since=D(2024, 3, 1)
    )
    homes = [i for i in overdue if i.rule_code == "paired_home_visit"]
    assert [(i.required, i.done) for i in homes] == [(1, 0)]


def test_handover_moves_the_obligation_to_the_new_teacher(school_db) -> None:
    old = make.teacher(school_db, "张老师")
    new = make.teacher(school_db, "王老师")
    child = make.needy_student(school_db)
    pairing = make.pairing(old, child, D(2024, 3, 1))
    pairings.hand_over(PRINCIPAL, pairing, new, D(2024, 4, 16), "调离")
    history = pairings.for_student(PRINCIPAL, child)
    assert [(p.teacher_name, p.start_date, p.end_date) for p in history] == [
        ("王老师", D(2024, 4, 16), None),
        ("张老师", D(2024, 3, 1), D(2024, 4, 15)),
    ]
    due_new = reminders.due_list(PRINCIPAL, Scope(teacher_id=new), D(2024, 4, 20))
    talk = next(i for i in due_new if i.rule_code == "paired_talk")
    assert talk.required == 2  # 15 of April's 30 days: round(1.5) = 2
    assert not [
        i
        for i in reminders.due_list(PRINCIPAL, Scope(teacher_id=old), D(2024, 4, 20))
        if i.rule_code == "paired_talk"
    ]


# --- left-behind rules --------------------------------------------------------------------


def test_a_parent_coming_home_ends_the_left_behind_reminders(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db, "王丽")
    care.save_profile(
        PRINCIPAL,
        child,
        {"parent_away": "both", "guardian_kind": "grandparents", "start_date": D(2024, 3, 1)},
    )
    make.pairing(teacher, child, D(2024, 3, 1), kind="proxy_parent")
    care.save_call(
        PRINCIPAL, None, child, teacher, {"call_date": D(2024, 3, 9), "who_spoke": "母亲"}
    )
    # The mother comes home on 1 May: April still asks for a call and a diary entry.
    care.end_left_behind(PRINCIPAL, child, D(2024, 5, 1), "母亲返乡")
    overdue = reminders.overdue_list(
        PRINCIPAL, Scope(teacher_id=teacher), D(2024, 9, 1), since=D(2024, 3, 1)
    )
    found = sorted((i.rule_code, i.period_start) for i in overdue)
    assert found == [
        ("left_behind_call", D(2024, 4, 1)),
        ("left_behind_diary", D(2024, 3, 1)),
        ("left_behind_diary", D(2024, 4, 1)),
    ]
    assert students.get_file(PRINCIPAL, child).values["left_behind"] is False
    profile = care.profiles(PRINCIPAL, child)[0]
    assert profile["end_date"] == D(2024, 5, 1) and profile["end_reason"] == "母亲返乡"


def test_coming_home_mid_month_prorates(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db, "王丽")
    care.save_profile(
        PRINCIPAL,
        child,
        {"parent_away": "both", "guardian_kind": "grandparents", "start_date": D(2024, 3, 1)},
    )
    make.pairing(teacher, child, D(2024, 3, 1), kind="proxy_parent")
    # Home on 10 April: left behind 1–9 April, 9 of 30 days, round(0.3) = 0.
    care.end_left_behind(PRINCIPAL, child, D(2024, 4, 10))
    overdue = reminders.overdue_list(
        PRINCIPAL, Scope(teacher_id=teacher), D(2024, 9, 1), since=D(2024, 3, 1)
    )
    assert {i.period_start for i in overdue} == {D(2024, 3, 1)}


# --- follow-ups and rules as data ----------------------------------------------------------


def test_follow_up_due_this_week_until_a_later_visit(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    visits.save(
        PRINCIPAL,
        None,
        teacher,
        child,
        {"visit_date": D(2024, 3, 4), "method": "talk", "next_follow_up": D(2024, 3, 8)},
        today=D(2024, 3, 5),
    )
    due = reminders.due_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 3, 5))
    assert [i.due_date for i in due if i.rule_code == reminders.FOLLOW_UP] == [D(2024, 3, 8)]
    late = reminders.overdue_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 3, 12))
    assert [i.due_date for i in late if i.rule_code == reminders.FOLLOW_UP] == [D(2024, 3, 8)]
    make.visit(teacher, child, D(2024, 3, 11))
    late = reminders.overdue_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 3, 12))
    assert not [i for i in late if i.rule_code == reminders.FOLLOW_UP]


def test_rules_are_editable_data(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    rules = reminder_rules.list_rules()
    assert [(r.code, r.min_count, r.period) for r in rules][:2] == [
        ("paired_home_visit", 1, "term"),
        ("paired_talk", 3, "month"),
    ] or {r.code for r in rules} == {r.code for r in reminder_rules.DEFAULT_RULES}
    edited = []
    for rule in rules:
        values = reminder_rules.rule_values(rule)
        if rule.code == "paired_talk":
            values["min_count"] = 5
        if rule.code == "paired_home_visit":
            values["active"] = False
        edited.append((rule.code, values))
    from fupin_desktop.db.models import Installation
    from fupin_desktop.errors import PermissionDenied

    # The rules are the township's reference data: a school's ledger refuses changes.
    with pytest.raises(PermissionDenied, match="set by the township"):
        reminder_rules.save_rules(PRINCIPAL, edited)
    Installation.update(role="township").where(Installation.id == 1).execute()
    reminder_rules.save_rules(PRINCIPAL, edited)
    due = reminders.due_list(PRINCIPAL, Scope(teacher_id=teacher), D(2024, 3, 10))
    assert [(i.rule_code, i.required) for i in due] == [("paired_talk", 5)]
    # The stored default has its fixed id: the same rule on every installation.
    stored = {r.code: r.id for r in reminder_rules.list_rules()}
    assert stored["paired_talk"] == reminder_rules.default_rule_id("paired_talk")


def test_teachers_cannot_change_rules(school_db) -> None:
    from fupin_desktop.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        reminder_rules.reset_rules(TEACHER)


# --- coverage ------------------------------------------------------------------------------


def test_coverage_counts_a_class(school_db) -> None:
    teacher = make.teacher(school_db)
    visited = make.needy_student(school_db, "甲")
    never = make.needy_student(school_db, "乙")
    unpaired = make.needy_student(school_db, "丙")
    make.needy_student(school_db, "丁", registered_poor=False)  # not entitled
    lonely = make.needy_student(school_db, "戊")
    care.save_profile(
        PRINCIPAL,
        lonely,
        {"parent_away": "both", "guardian_kind": "grandparents", "start_date": D(2024, 2, 1)},
    )
    make.pairing(teacher, visited, D(2024, 3, 1))
    make.pairing(teacher, never, D(2024, 3, 1))
    make.pairing(teacher, lonely, D(2024, 3, 1))  # paired, but no proxy parent
    make.visit(teacher, visited, D(2024, 3, 5), method="home_visit")
    assert unpaired
    cov = coverage.coverage(PRINCIPAL, D(2024, 3, 1), D(2024, 3, 31), as_of=D(2024, 4, 2))
    assert len(cov.rows) == 1
    row = cov.rows[0]
    assert (row.students, row.entitled, row.entitled_unpaired) == (5, 4, 1)
    assert (row.paired, row.visited, row.home_visited) == (3, 1, 1)
    assert (row.left_behind, row.left_behind_no_proxy) == (1, 1)
    assert row.visited_share == pytest.approx(1 / 3)
    # March ended: each of the three pairings is short of its three talks.
    assert row.overdue == 3
    assert cov.total.students == 5 and cov.schools[0].school_name == "柳塘小学"


def test_coverage_of_a_running_period_counts_no_overdue(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    cov = coverage.coverage(PRINCIPAL, D(2024, 3, 1), D(2024, 3, 31), as_of=D(2024, 3, 20))
    assert cov.total.overdue == 0 and cov.total.paired == 1 and cov.total.visited == 0
