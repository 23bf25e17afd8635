"""The school's duties: the training rate, target progress across a term boundary, the
BMI-for-age status from the standard's table, and a class's meal register in one save."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fupin_desktop.db.models import AuditLog, MealRegister
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services.activities import kinds, meals, nutrition, records, targets, training
from fupin_desktop.services.activities import pairings as inst
from fupin_desktop.services.activities.periods import parse_term, term_period
from tests import builders as make
from tests.builders import PRINCIPAL, TEACHER

D = dt.date


def activity(school_db, kind: str, day: dt.date, **extra) -> str:
    teachers = extra.pop("teachers", None)
    pairing = extra.pop("pairing", None)
    raw = {"activity_date": day, "title": f"{kind} {day}", **extra}
    activity_id, _ = records.save_activity(
        PRINCIPAL, None, school_db.school_id, kind, raw, teacher_ids=teachers, pairing_id=pairing
    )
    return activity_id


START = D(2024, 9, 1)


def pairing(school_db, start=START, name="县城第一幼儿园") -> str:
    pairing_id, _ = inst.save_pairing(
        PRINCIPAL,
        None,
        school_db.school_id,
        {"kind": "kindergarten", "partner_name": name, "role": "helped", "start_date": start},
    )
    return pairing_id


def test_terms_come_from_the_school_calendar(db_path) -> None:
    from fupin_desktop.services.care import reminders

    autumn, spring = term_period("2024-2025", 1), term_period("2024-2025", 2)
    calendar = reminders.calendar()  # the one calendar, as the principal set it
    assert autumn == calendar.term_dates("2024-2025", 1).period
    assert spring == calendar.term_dates("2024-2025", 2).period
    assert autumn.start == D(2024, 9, 1) and autumn.end < spring.start
    assert calendar.term_of(autumn.start) == autumn and calendar.term_of(spring.end) == spring
    assert parse_term("2024-2025/2") == ("2024-2025", 2)
    assert parse_term("2024-2025-1") == ("2024-2025", 1)
    with pytest.raises(ValidationError):
        parse_term("2024/1")


def test_twelve_teachers_ten_trained_is_83_percent_and_flagged(school_db) -> None:
    staff = [make.teacher(school_db, f"老师{i}") for i in range(12)]
    for teacher in staff[:6]:
        training.save_record(
            PRINCIPAL,
            None,
            teacher,
            {"level": "county", "course": "乡村教师能力提升", "start_date": D(2024, 10, 12)},
        )
    # Four more took part in a provincial training recorded as an activity.
    activity(school_db, "training", D(2025, 4, 2), level="provincial", teachers=staff[6:10])
    # Trained the year before: does not count for 2024-2025.
    training.save_record(
        PRINCIPAL,
        None,
        staff[10],
        {"level": "national", "course": "国培计划", "start_date": D(2024, 6, 1)},
    )
    rate = training.training_rates(D(2024, 9, 1), D(2025, 8, 31), 85, school_db.school_id)[0]
    assert (rate.teachers, rate.trained, rate.percent, rate.met) == (12, 10, 83, False)
    items = targets.progress(PRINCIPAL, "2024-2025", 2, as_of=D(2025, 5, 1))
    (row,) = [i for i in items if i.target.code == "training_rate"]
    assert row.behind and row.status == "behind"
    assert row.done_text == "83% (10 of 12)"
    # Two more trained: 12 of 12 meets it.
    activity(school_db, "training", D(2025, 5, 2), level="county", teachers=staff[10:])
    items = targets.progress(PRINCIPAL, "2024-2025", 2, as_of=D(2025, 5, 10))
    assert [i.status for i in items if i.target.code == "training_rate"] == ["met"]


def test_a_training_needs_its_level(school_db) -> None:
    with pytest.raises(ValidationError) as caught:
        activity(school_db, "training", D(2025, 4, 2))
    assert caught.value.field == "level"


def test_target_progress_across_a_term_boundary(school_db) -> None:
    helped = pairing(school_db)
    activity(school_db, "observation", D(2025, 1, 20), pairing=helped)
    activity(school_db, "lecture", D(2025, 1, 25), pairing=helped)
    activity(school_db, "observation", D(2025, 3, 5), pairing=helped)
    activity(school_db, "lecture", D(2025, 3, 2), pairing=helped)
    activity(school_db, "teaching_visit", D(2025, 3, 3), pairing=helped, lessons=4)
    activity(school_db, "guardian_meeting", D(2025, 3, 1))
    day = D(2025, 3, 10)

    autumn = targets.progress(PRINCIPAL, "2024-2025", 1, as_of=day)
    observed = {i.period.start: (i.done, i.status) for i in autumn if i.target.code ==
                "pairing_observation"}  # fmt: skip
    assert observed == {
        D(2024, 9, 1): (0, "overdue"),
        D(2024, 10, 1): (0, "overdue"),
        D(2024, 11, 1): (0, "overdue"),
        D(2024, 12, 1): (0, "overdue"),
        D(2025, 1, 1): (1, "met"),  # January belongs to the autumn term
    }
    by_code = {i.target.code: i for i in autumn if i.target.per != "pairing" or
               i.target.period == "term"}  # fmt: skip
    assert (by_code["pairing_lectures"].done, by_code["pairing_lectures"].status) == (1, "overdue")
    assert by_code["guardian_meeting"].status == "overdue"

    spring = targets.progress(PRINCIPAL, "2024-2025", 2, as_of=day)
    observed = {i.period.start: (i.done, i.status) for i in spring if i.target.code ==
                "pairing_observation"}  # fmt: skip
    assert observed[D(2025, 3, 1)] == (1, "met")
    assert observed[D(2025, 4, 1)] == (0, "upcoming")
    assert D(2025, 2, 1) not in observed  # the winter holiday asks nothing
    by_code = {i.target.code: i for i in spring if i.target.period == "term"}
    assert (by_code["pairing_lectures"].done, by_code["pairing_lectures"].status) == (1, "due")
    assert (by_code["pairing_lessons"].done, by_code["pairing_lessons"].required) == (4, 10)
    assert by_code["guardian_meeting"].status == "met"
    # Half the spring term gone with 4 of 10 lessons: behind.
    late = targets.progress(PRINCIPAL, "2024-2025", 2, as_of=D(2025, 5, 20))
    lessons = next(i for i in late if i.target.code == "pairing_lessons")
    assert lessons.status == "behind"
    assert targets.summary(late)[0].behind >= 1


def test_a_pairing_that_ended_asks_nothing_after(school_db) -> None:
    ended = pairing(school_db, start=D(2024, 9, 1))
    inst.save_pairing(
        PRINCIPAL,
        ended,
        school_db.school_id,
        {
            "kind": "kindergarten",
            "partner_name": "县城第一幼儿园",
            "role": "helped",
            "start_date": D(2024, 9, 1),
            "end_date": D(2024, 10, 15),
        },
    )
    autumn = targets.progress(PRINCIPAL, "2024-2025", 1, as_of=D(2025, 3, 1))
    months = [i.period.start for i in autumn if i.target.code == "pairing_observation"]
    assert months == [D(2024, 9, 1), D(2024, 10, 1)]


def test_only_the_township_edits_targets(school_db) -> None:
    rules = [(t.code, targets.target_values(t)) for t in targets.list_targets()]
    with pytest.raises(PermissionDenied):
        targets.save_targets(PRINCIPAL, rules)


def test_the_township_edits_targets(township_db) -> None:
    rules = [(t.code, targets.target_values(t)) for t in targets.list_targets()]
    rules[0] = (rules[0][0], {**rules[0][1], "min_value": 90})
    targets.save_targets(PRINCIPAL, rules)
    assert {t.code: t.min_value for t in targets.list_targets()}["training_rate"] == 90


@pytest.mark.parametrize(
    ("sex", "birth", "day", "height", "weight", "status"),
    [
        # Boy, 8.0 years: moderate/severe ≤ 13.6, mild 13.7–14.0.
        ("male", D(2016, 3, 15), D(2024, 3, 15), 1300, 23000, "severe_thinness"),
        ("male", D(2016, 3, 15), D(2024, 3, 15), 1300, 23200, "mild_thinness"),
        ("male", D(2016, 3, 15), D(2024, 3, 15), 1300, 23700, "mild_thinness"),
        ("male", D(2016, 3, 15), D(2024, 3, 15), 1300, 23800, "normal"),
        # The day before his 8th birthday he is in the 7.5 band: ≤ 13.5, mild ≤ 13.9.
        ("male", D(2016, 3, 15), D(2024, 3, 14), 1300, 23000, "mild_thinness"),
        # Girl, 14.0 years: ≤ 15.3, mild 15.4–16.0.
        ("female", D(2010, 9, 1), D(2024, 9, 1), 1550, 36800, "severe_thinness"),
        ("female", D(2010, 9, 1), D(2024, 9, 1), 1550, 37000, "mild_thinness"),
        ("female", D(2010, 9, 1), D(2024, 9, 1), 1550, 38500, "mild_thinness"),
        ("female", D(2010, 9, 1), D(2024, 9, 1), 1550, 38700, "normal"),
        # Outside the standard's ages: not screened.
        ("male", D(2018, 10, 1), D(2024, 9, 1), 1150, 15000, "out_of_range"),
        ("female", D(2006, 9, 1), D(2024, 9, 1), 1600, 40000, "out_of_range"),
    ],
)
def test_bmi_status_from_the_standard(sex, birth, day, height, weight, status) -> None:
    assert nutrition.bmi_status(sex, birth, day, height, weight) == status


def test_bmi_is_rounded_half_up_to_one_decimal() -> None:
    assert nutrition.bmi(1300, 23000) == Decimal("13.6")
    assert nutrition.bmi(1000, 13250) == Decimal("13.3")  # 13.25 → 13.3, not 13.2
    assert nutrition.cutoffs()[("female", 35)] == (Decimal("16.7"), Decimal("17.3"))
    assert len(nutrition.cutoffs()) == 48


def test_children_below_the_norm_left_behind_first(school_db) -> None:
    fed = make.needy_student(school_db, "甲", sex="male", birth_date=D(2016, 3, 15))
    thin = make.needy_student(school_db, "乙", sex="male", birth_date=D(2016, 3, 15))
    thin_lb = make.needy_student(
        school_db, "丙", sex="male", birth_date=D(2016, 3, 15), left_behind=True
    )
    for sid, weight in ((fed, 26000), (thin, 23000), (thin_lb, 23500)):
        nutrition.record_measurement(
            TEACHER,
            None,
            sid,
            {"measured_on": D(2024, 3, 20), "height_mm": 1300, "weight_g": weight},
        )
    found = nutrition.measurements(PRINCIPAL, D(2024, 3, 1), D(2024, 7, 15))
    assert {r.name: r.status for r in found} == {
        "甲": "normal",
        "乙": "severe_thinness",
        "丙": "mild_thinness",
    }
    assert [r.name for r in nutrition.below_norm(found)] == ["丙", "乙"]


def test_a_class_of_forty_is_registered_in_one_save(school_db) -> None:
    pupils = []
    for i in range(40):
        flags = {"grade": 4, "class_name": "2班", "registered_poor": i % 8 == 1}
        if i % 8 == 0:
            flags["left_behind"] = True
        pupils.append(make.needy_student(school_db, f"学生{i:02d}", **flags))
    make.needy_student(school_db, "别班", grade=4, class_name="1班")
    roll = meals.class_roll(TEACHER, school_db.school_id, 4, "2班", D(2025, 3, 3))
    assert len(roll.entries) == 40 and all(e.ate for e in roll.entries) and not roll.saved
    assert [e.left_behind for e in roll.entries[:5]] == [True] * 5  # served first, marked
    absent = [pupils[0], pupils[3]]  # a left-behind child and another
    before = AuditLog.select().count()
    meals.record_meals(TEACHER, school_db.school_id, D(2025, 3, 3), 4, "2班", absent)
    register = MealRegister.get()
    assert (register.enrolled, register.served) == (40, 38)
    assert (register.left_behind_served, register.needy_served) == (4, 5)
    assert set(register.marked) == {p for i, p in enumerate(pupils) if i % 8 in (0, 1)} - {
        pupils[0]
    }
    assert AuditLog.select().count() == before + 1
    again = meals.class_roll(TEACHER, school_db.school_id, 4, "2班", D(2025, 3, 3))
    assert again.saved and {e.student_id for e in again.entries if not e.ate} == set(absent)
    # Saving again corrects the same register.
    meals.record_meals(TEACHER, school_db.school_id, D(2025, 3, 3), 4, "2班", [])
    assert MealRegister.select().count() == 1 and MealRegister.get().served == 40
    totals = meals.term_summary(PRINCIPAL, "2024-2025", 2)
    assert [(t.grade, t.class_name, t.days, t.served) for t in totals] == [(4, "2班", 1, 40)]
    eaten = meals.meals_eaten([pupils[0], pupils[1]], D(2025, 3, 1), D(2025, 3, 31))
    assert eaten == {pupils[0]: 1, pupils[1]: 1}


def test_a_pupil_of_another_class_cannot_be_marked_absent(school_db) -> None:
    make.needy_student(school_db, "甲", grade=4, class_name="2班")
    other = make.needy_student(school_db, "乙", grade=4, class_name="1班")
    with pytest.raises(ValidationError):
        meals.record_meals(TEACHER, school_db.school_id, D(2025, 3, 3), 4, "2班", [other])
    assert MealRegister.select().count() == 0


def test_teachers_record_activities_but_do_not_correct_them(school_db) -> None:
    activity_id = activity(school_db, "guardian_meeting", D(2025, 3, 1))
    with pytest.raises(PermissionDenied):
        records.save_activity(
            TEACHER,
            activity_id,
            school_db.school_id,
            "guardian_meeting",
            {"activity_date": D(2025, 3, 1), "title": "改"},
        )
    teacher = make.teacher(school_db)
    new_id, _ = records.save_activity(
        TEACHER,
        None,
        school_db.school_id,
        "proxy_parent_gathering",
        {"activity_date": D(2025, 3, 8), "title": "三八节联谊会", "families_reached": 30},
        teacher_ids=[teacher],
    )
    found = records.list_activities(PRINCIPAL, school_id=school_db.school_id)
    assert [(a.kind, a.teacher_names) for a in found] == [
        ("proxy_parent_gathering", ["张老师"]),
        ("guardian_meeting", []),
    ]
    records.delete_activity(PRINCIPAL, new_id)
    assert [a.id for a in records.list_activities(PRINCIPAL)] == [activity_id]


def test_duties_travel_to_the_township(tmp_path) -> None:
    from fupin_desktop.sync.tables import is_reference, table_by_name
    from tests.core.sync_support import export, receive, rows_of

    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    school.use()
    from fupin_desktop.db.models import Teacher

    teacher = Teacher(school=school.school_id, name="李老师")
    teacher.save()
    pairing_id, _ = inst.save_pairing(
        PRINCIPAL,
        None,
        school.school_id,
        {"kind": "kindergarten", "partner_name": "县幼", "role": "helped", "start_date": START},
    )
    records.save_activity(
        PRINCIPAL,
        None,
        school.school_id,
        "teaching_visit",
        {"activity_date": D(2025, 3, 3), "title": "送教", "lessons": 3},
        teacher_ids=[teacher.id],
        pairing_id=pairing_id,
    )
    meals.write_registers(
        [{"school_id": school.school_id, "meal_date": D(2025, 3, 3), "grade": 1,
          "class_name": "1班", "enrolled": 30, "served": 29, "absent": ["x"]}]
    )  # fmt: skip
    package = tmp_path / "up.xlsx"
    sent = export(school, package)
    assert sent.counts["activity"] == 1 and sent.counts["meal_register"] == 1
    received = receive(township, package)
    assert received.applied
    at_school, at_township = rows_of(school, "4301230001"), rows_of(township, "4301230001")
    for table in ("institution_pairing", "activity", "activity_teacher", "meal_register"):
        assert at_school[table] == at_township[table] and at_school[table], table
    # Targets and kinds are the township's reference data; activities are the school's.
    assert is_reference(table_by_name("target")) and is_reference(table_by_name("activity_kind"))
    assert not is_reference(table_by_name("activity_teacher"))


def test_cli_duties_and_their_forms(school_db, db_path, tmp_path, capsys) -> None:
    from pypdf import PdfReader

    from fupin_desktop.cli.program import main

    teacher = make.teacher(school_db, "王老师")
    pupil = make.needy_student(school_db, "李小明", grade=3, class_name="1班")
    helped = pairing(school_db, start=D(2025, 3, 1))
    args = ["--db", str(db_path), *make.login()]
    assert main([*args, "activities", "add", "--kind", "teaching_visit", "--date", "2025-03-04",
                 "--title", "送教绘本阅读", "--pairing", "县城", "--lessons", "3",
                 "--teacher", "王老师"]) == 0  # fmt: skip
    assert main([*args, "activities", "add", "--kind", "letter_to_parents", "--date",
                 "2025-03-05", "--title", "致家长的一封信",
                 "--text", "{家长}您好：{学生}……"]) == 0  # fmt: skip
    assert main([*args, "activities", "add", "--kind", "training", "--date", "2025-03-06",
                 "--title", "县培"]) == 2  # the level is missing  # fmt: skip
    assert main([*args, "activities", "list"]) == 0
    listed = capsys.readouterr().out
    assert "送教绘本阅读" in listed and "王老师" in listed
    # One teacher, trained by nobody: the rate and the term's meeting are behind.
    assert main([*args, "targets", "--term", "2024-2025/2", "--as-of", "2025-06-01"]) == 1
    assert main([*args, "meals", "record", "--class", "3-1班", "--date", "2025-03-04",
                 "--absent", "李小明"]) == 0  # fmt: skip
    assert MealRegister.get().absent == [pupil] and MealRegister.get().served == 0
    assert main([*args, "meals", "list", "--term", "2024-2025/2"]) == 0
    assert main([*args, "targets", "--term", "nonsense"]) == 2
    for form, extra, text in (
        ("pairing-file", ["--pairing", "县城"], "送教绘本阅读"),
        ("letters", ["--activity", "致家长的一封信"], "李小明"),
        ("inspection", ["--year", "2024-2025", "--term", "2"], "培训率"),
    ):
        out = tmp_path / f"{form}.pdf"
        assert main([*args, "pdf", form, *extra, "-o", str(out)]) == 0, form
        body = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert text in body.replace("\n", ""), form
    assert helped and teacher


def test_the_township_edits_kinds_and_targets_together(township_db) -> None:
    kinds_in = [(k.code, kinds.kind_values(k)) for k in kinds.list_kinds()]
    # A new kind, and a target that counts it, saved in one go; "other" no longer offered.
    kinds_in = [row for row in kinds_in if row[0] != "other"]
    kinds_in.append(("", {"name": "家长学校", "for_pairing": False, "training": False,
                          "active": True}))  # fmt: skip
    targets.save_duty_rules(PRINCIPAL, kinds_in, [])
    new = next(k for k in kinds.list_kinds() if k.name == "家长学校")
    assert new.code.startswith("kind_") and new.active
    assert not kinds.get_kind("other").active  # kept for the activities already recorded
    assert kinds.get_kind(kinds.TRAINING).name == "Teacher training"  # its source kept
    rules = [(t.code, targets.target_values(t)) for t in targets.list_targets()]
    rules.append(("", {"kind": new.code, "measure": "count", "min_value": 2,
                       "period": "term", "per": "school", "active": True}))  # fmt: skip
    kinds_in = [(k.code, kinds.kind_values(k)) for k in kinds.list_kinds() if k.active]
    targets.save_duty_rules(PRINCIPAL, kinds_in, rules)
    assert [t.title for t in targets.list_targets() if t.kind == new.code] == ["家长学校"]
    # A target must count a kind that exists; nothing is saved when one is wrong.
    bad = [*rules, ("", {**rules[-1][1], "kind": "no_such_kind"})]
    with pytest.raises(ValidationError):
        targets.save_duty_rules(PRINCIPAL, kinds_in, bad)
    assert len(targets.list_targets()) == len(rules)


def test_a_school_does_not_edit_kinds_or_targets(school_db) -> None:
    kinds_in = [(k.code, kinds.kind_values(k)) for k in kinds.list_kinds()]
    with pytest.raises(PermissionDenied):
        targets.save_duty_rules(PRINCIPAL, kinds_in, [])
    assert not kinds.may_edit(PRINCIPAL)
