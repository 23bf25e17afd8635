"""The student service: saving files with dated history, search, filters, sort, masking,
tombstones and the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fupin_desktop.db import models as m
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.schema.catalogues import STUDENT_HISTORY_KEYS
from fupin_desktop.services.context import Actor
from fupin_desktop.services.students import files as svc
from fupin_desktop.services.students import listing, status_history
from fupin_desktop.services.students.files import StudentFile
from fupin_desktop.services.students.listing import StudentQuery
from tests import builders as make
from tests.builders import AID_OFFICER, HEAD_TEACHER, PRINCIPAL, TEACHER


def values(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "张三",
        "sex": "male",
        "id_number": make.id_number(seq="001"),
        "stage": "primary",
        "grade": 3,
        "enrolment": "enrolled",
        "poverty_status": "poor",
    }
    data.update(overrides)
    return data


def create(school_id: str, actor=PRINCIPAL, **overrides: Any) -> str:
    return make.student(school_id, actor=actor, as_of=dt.date(2024, 9, 1), **values(**overrides))


def history(student_id: str, kind: str) -> list[tuple[str, dt.date, dt.date | None]]:
    rows = (
        m.StatusHistory.select()
        .where((m.StatusHistory.student == student_id) & (m.StatusHistory.kind == kind))
        .order_by(m.StatusHistory.start_date, m.StatusHistory.created_at)
    )
    return [(r.value, r.start_date, r.end_date) for r in rows]


# --- saving -----------------------------------------------------------------------------


def test_create_fills_pinyin_and_returns_changes(school_db) -> None:
    student_id, changes = svc.save_file(
        PRINCIPAL,
        StudentFile(None, school_db.school_id, values(name="张三")),
        as_of=dt.date(2024, 9, 1),
    )
    row = m.Student.get_by_id(student_id)
    assert row.name == "张三"
    assert row.name_pinyin == "zhangsan"
    assert row.name_initials == "zs"
    assert row.school_id == school_db.school_id
    assert "student" in changes.tables and student_id in changes.ids
    assert row.version == {school_db.instance_id: row.version[school_db.instance_id]}


def test_birth_date_is_filled_from_the_id_number(school_db) -> None:
    student_id = create(school_db.school_id, id_number=make.id_number("20140705", seq="002"))
    row = m.Student.get_by_id(student_id)
    assert row.birth_date == dt.date(2014, 7, 5)
    # A birth date that is given is kept.
    other = create(
        school_db.school_id,
        id_number=make.id_number("20140705", seq="004"),
        birth_date="2014-07-06",
    )
    assert m.Student.get_by_id(other).birth_date == dt.date(2014, 7, 6)


def test_sex_is_filled_from_the_id_number(school_db) -> None:
    # The 17th digit is even: a girl. Leaving 性别 empty must not be an error.
    student_id = create(
        school_db.school_id, id_number=make.id_number("20140705", seq="002"), sex=""
    )
    assert m.Student.get_by_id(student_id).sex == "female"
    student_id = create(
        school_db.school_id, id_number=make.id_number("20140705", seq="013"), sex=""
    )
    assert m.Student.get_by_id(student_id).sex == "male"


def test_validation_errors_by_key(school_db) -> None:
    data = StudentFile(
        None,
        school_db.school_id,
        values(grade="12", id_number="430123201503120019", name=""),
        family=[
            {"name": "张大山", "relation": "father"},
            {"name": "", "relation": "mother", "birth_year": "1800"},
        ],
        guardians=[{"name": "李奶奶", "relation": "grandmother", "phone": "abc"}],
    )
    errors = svc.validate_file(data)
    assert set(errors) == {
        "grade",
        "id_number",
        "name",
        "family.1.name",
        "family.1.birth_year",
        "guardians.0.phone",
    }
    assert all(isinstance(text, str) and text for text in errors.values())
    with pytest.raises(ValidationError):
        svc.save_file(PRINCIPAL, data)
    assert m.Student.select().count() == 0
    assert m.FamilyMember.select().count() == 0
    assert m.AuditLog.select().where(m.AuditLog.action == "create").count() == 0


def test_bad_choices_are_errors_by_key(school_db) -> None:
    data = StudentFile(
        None,
        school_db.school_id,
        values(stage="nowhere"),
        family=[{"name": "张大山", "relation": "neighbour"}],
    )
    errors = svc.validate_file(data)
    assert set(errors) == {"stage", "family.0.relation"}
    assert "nowhere" in errors["stage"]
    assert "neighbour" in errors["family.0.relation"]


def test_family_and_guardians_are_saved_and_removed_rows_tombstoned(school_db) -> None:
    family = [
        {"name": "张大山", "relation": "father", "annual_income": "12000.50"},
        {"name": "王小花", "relation": "mother"},
    ]
    student_id, _ = svc.save_file(
        PRINCIPAL,
        StudentFile(
            None,
            school_db.school_id,
            values(),
            family=family,
            guardians=[{"name": "张爷爷", "relation": "grandfather"}],
        ),
    )
    file = svc.get_file(PRINCIPAL, student_id)
    assert [f["name"] for f in file.family] == ["张大山", "王小花"]
    assert file.family[0]["annual_income"] == 1200050
    assert [g["name"] for g in file.guardians] == ["张爷爷"]
    keep = file.family[0]
    svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(), family=[keep], guardians=[]),
    )
    file = svc.get_file(PRINCIPAL, student_id)
    assert [f["id"] for f in file.family] == [keep["id"]]
    assert file.guardians == []
    # Never hard-deleted: the removed rows are tombstones that travel.
    assert m.FamilyMember.select().where(m.FamilyMember.deleted == True).count() == 1  # noqa: E712
    assert m.Guardian.select().where(m.Guardian.deleted == True).count() == 1  # noqa: E712


def test_resaving_an_unchanged_file_keeps_row_versions(school_db) -> None:
    family = [{"name": "张大山", "relation": "father", "annual_income": "12000.50"}]
    student_id, _ = svc.save_file(
        PRINCIPAL, StudentFile(None, school_db.school_id, values(), family=family)
    )
    before = m.FamilyMember.get().version
    file = svc.get_file(PRINCIPAL, student_id)
    _, changes = svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(), family=file.family),
    )
    assert m.FamilyMember.get().version == before
    assert "family_member" not in changes.tables
    assert m.FamilyMember.get().annual_income == 1200050


def test_a_row_id_of_another_student_is_not_taken_over(school_db) -> None:
    first, _ = svc.save_file(
        PRINCIPAL,
        StudentFile(
            None, school_db.school_id, values(), family=[{"name": "甲", "relation": "father"}]
        ),
    )
    other_row = svc.get_file(PRINCIPAL, first).family[0]
    second, _ = svc.save_file(
        PRINCIPAL,
        StudentFile(
            None,
            school_db.school_id,
            values(name="李四", id_number=make.id_number(seq="002")),
            family=[{**other_row, "name": "乙"}],
        ),
    )
    assert [f["name"] for f in svc.get_file(PRINCIPAL, first).family] == ["甲"]
    assert [f["name"] for f in svc.get_file(PRINCIPAL, second).family] == ["乙"]


def test_changed_status_becomes_dated_history(school_db) -> None:
    student_id = create(school_db.school_id, poverty_status="poor")
    assert history(student_id, "poverty_status") == [("poor", dt.date(2024, 9, 1), None)]
    lifted_on = dt.date(2025, 3, 1)
    svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(poverty_status="lifted")),
        as_of=lifted_on,
    )
    assert history(student_id, "poverty_status") == [
        ("poor", dt.date(2024, 9, 1), lifted_on),
        ("lifted", lifted_on, None),
    ]
    assert m.Student.get_by_id(student_id).poverty_status == "lifted"
    file = svc.get_file(PRINCIPAL, student_id)
    assert [(h["kind"], h["value"]) for h in file.history if h["kind"] == "poverty_status"] == [
        ("poverty_status", "poor"),
        ("poverty_status", "lifted"),
    ]


def test_flag_change_becomes_history(school_db) -> None:
    student_id = create(school_db.school_id, left_behind=False)
    # A "no" is dated too (issue 10): a later "yes" never reaches back before it.
    assert history(student_id, "left_behind") == [("false", dt.date(2024, 9, 1), None)]
    svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(left_behind="是")),
        as_of=dt.date(2025, 2, 1),
    )
    assert history(student_id, "left_behind") == [
        ("false", dt.date(2024, 9, 1), dt.date(2025, 2, 1)),
        ("true", dt.date(2025, 2, 1), None),
    ]


def test_unchanged_save_adds_no_history(school_db) -> None:
    student_id = create(school_db.school_id, left_behind=True)
    before = m.StatusHistory.select().count()
    # Every dated value has its first entry (issue 10), false and empty ones too.
    assert before == len(STUDENT_HISTORY_KEYS)
    _, changes = svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(left_behind=True, phone="13912345678")),
        as_of=dt.date(2025, 9, 1),
    )
    assert m.StatusHistory.select().count() == before
    assert "status_history" not in changes.tables
    assert m.Student.get_by_id(student_id).phone == "13912345678"


def test_grade_change_becomes_history(school_db) -> None:
    """The grade decides aid (issue 10): a new grade is dated like a status."""
    student_id = create(school_db.school_id)
    svc.save_file(
        PRINCIPAL,
        StudentFile(student_id, school_db.school_id, values(grade=4)),
        as_of=dt.date(2025, 9, 1),
    )
    assert history(student_id, "grade") == [
        ("3", dt.date(2024, 9, 1), dt.date(2025, 9, 1)),
        ("4", dt.date(2025, 9, 1), None),
    ]
    assert m.Student.get_by_id(student_id).grade == 4


def test_update_of_a_missing_student_is_not_found(school_db) -> None:
    with pytest.raises(NotFound):
        svc.save_file(PRINCIPAL, StudentFile("no-such-id", school_db.school_id, values()))
    assert m.Student.select().count() == 0


# --- the list ---------------------------------------------------------------------------


@pytest.fixture
def roster(school_db) -> dict[str, str]:
    sid = school_db.school_id
    return {
        "张三": create(
            sid,
            name="张三",
            id_number=make.id_number("20150312", seq="011"),
            student_no="G" + make.id_number("20150312", seq="011"),
            grade=3,
            left_behind=True,
            boarder=False,
        ),
        "李四": create(
            sid,
            name="李四",
            id_number=make.id_number("20120101", seq="022"),
            sex="female",
            stage="junior",
            grade=7,
            boarder=True,
        ),
        "王五": create(
            sid,
            name="王五",
            id_number=make.id_number("20160820", seq="033"),
            grade=2,
            left_behind=True,
            boarder=True,
        ),
        "赵小六": create(
            sid, name="赵小六", id_number=make.id_number("20131111", seq="045"), grade=5
        ),
    }


def names(ids: list[str]) -> list[str]:
    rows = listing.fetch_rows(PRINCIPAL, ids)
    return [rows[i]["name"] for i in ids]


def search(text: str, actor: Actor = PRINCIPAL, **kwargs: Any) -> list[str]:
    return names(listing.list_ids(actor, StudentQuery(search=text, **kwargs)))


def test_search_by_pinyin_initials(roster) -> None:
    assert search("zs") == ["张三"]
    assert search("ZS") == ["张三"]
    assert search("ls") == ["李四"]
    assert search("zxl") == ["赵小六"]


def test_search_by_full_pinyin(roster) -> None:
    assert search("zhangsan") == ["张三"]
    assert search("xiaoliu") == ["赵小六"]
    assert search("wang") == ["王五"]


def test_search_by_chinese_name(roster) -> None:
    assert search("张") == ["张三"]
    assert search("小六") == ["赵小六"]
    assert search("陈") == []


def test_search_by_id_number_and_student_number(roster) -> None:
    li_id = make.id_number("20120101", seq="022")
    assert search(li_id) == ["李四"]
    assert search(li_id[-6:]) == ["李四"]
    zhang_no = "G" + make.id_number("20150312", seq="011")
    assert search(zhang_no) == ["张三"]
    assert search(zhang_no.lower()) == ["张三"]


def test_digits_find_only_whole_numbers_for_roles_without_full_ids(roster, school_db) -> None:
    """A masked ID shows its last four: a head teacher who could search any digits would
    rebuild the rest one guess at a time (51 searches in the issue). Whole numbers only."""
    li = m.Student.get_by_id(roster["李四"])
    head = make.teacher(school_db, "陈老师", head_grade=li.grade, head_class=li.class_name)
    actor = Actor("陈老师", "head_teacher", head)
    li_id = make.id_number("20120101", seq="022")
    assert search(li_id, actor) == ["李四"]
    assert search(li_id[-6:], actor) == []
    assert search(li_id[:10], actor) == []
    assert search(li_id[-6:]) == ["李四"]  # the principal may reveal: any digits


def test_filters_and_count(roster, school_db) -> None:
    def ids(**filters: Any) -> list[str]:
        query = StudentQuery(filters=filters, sort="name")
        found = listing.list_ids(PRINCIPAL, query)
        assert listing.count(PRINCIPAL, query) == len(found)
        return names(found)

    assert ids(stage="junior") == ["李四"]
    assert sorted(ids(left_behind=True)) == sorted(["张三", "王五"])
    assert sorted(ids(boarder=True)) == sorted(["李四", "王五"])
    assert ids(boarder=True, left_behind=True) == ["王五"]
    assert len(ids()) == 4
    # An empty filter value means "any".
    assert len(ids(stage="")) == 4
    assert listing.count(PRINCIPAL, StudentQuery(school_id=school_db.school_id)) == 4
    assert listing.count(PRINCIPAL, StudentQuery(search="zs", filters={"boarder": True})) == 0
    # A teacher with no child paired lists nobody (the role matrix's PAIRED scope).
    assert listing.count(TEACHER, StudentQuery()) == 0


def test_sort(roster) -> None:
    TEACHER = PRINCIPAL
    by_name = names(listing.list_ids(TEACHER, StudentQuery(sort="name")))
    assert by_name == ["李四", "王五", "张三", "赵小六"]  # lisi, wangwu, zhangsan, zhaoxiaoliu
    by_name_desc = names(listing.list_ids(TEACHER, StudentQuery(sort="name", descending=True)))
    assert by_name_desc == list(reversed(by_name))
    by_grade_desc = names(listing.list_ids(TEACHER, StudentQuery(sort="grade", descending=True)))
    assert by_grade_desc == ["李四", "赵小六", "张三", "王五"]
    by_grade = names(listing.list_ids(TEACHER, StudentQuery(sort="grade")))
    assert by_grade == list(reversed(by_grade_desc))
    by_school = names(listing.list_ids(TEACHER, StudentQuery(sort="school")))
    assert by_school == by_name  # one school: ties are broken by name


def test_fetch_rows_masks_id_numbers_on_screen_for_everyone(roster) -> None:
    """On screen a full ID shows only through an audited reveal: the principal's list is
    masked too; full numbers only for a file (a print, an export) and a role that may."""
    sid = roster["张三"]
    full = make.id_number("20150312", seq="011")
    row = listing.fetch_rows(PRINCIPAL, [sid])[sid]
    assert row["id_number"] == "*" * 14 + full[-4:]
    assert row["name"] == "张三"
    assert row["school_name"] == "柳塘小学"
    assert listing.fetch_rows(PRINCIPAL, [sid], full_ids=True)[sid]["id_number"] == full
    assert listing.fetch_rows(TEACHER, [sid]) == {}  # not paired with the child: not listed
    with pytest.raises(PermissionDenied):
        listing.fetch_rows(TEACHER, [sid], full_ids=True)
    assert listing.fetch_rows(TEACHER, []) == {}


def test_masked_id_number_does_not_leak_through_the_student_number(roster) -> None:
    """The national student number is often "G" + the ID number: masking one column and
    showing the other in full exposes the whole ID number to a teacher."""
    sid = roster["张三"]
    full = make.id_number("20150312", seq="011")
    row = listing.fetch_rows(PRINCIPAL, [sid])[sid]
    assert all(full not in str(value) for value in row.values())
    assert all(full not in str(value) for value in svc.get_file(PRINCIPAL, sid).values.values())
    assert listing.fetch_rows(PRINCIPAL, [sid], full_ids=True)[sid]["student_no"] == "G" + full


def test_tombstone_hides_the_student(roster) -> None:
    sid = roster["王五"]
    _, changes = svc.tombstone(PRINCIPAL, sid)
    assert sid in changes.ids
    assert sid not in listing.list_ids(PRINCIPAL, StudentQuery())
    assert listing.count(PRINCIPAL, StudentQuery()) == 3
    assert search("ww") == []
    with pytest.raises(NotFound):
        svc.get_file(PRINCIPAL, sid)
    with pytest.raises(NotFound):
        svc.tombstone(PRINCIPAL, sid)
    row = m.Student.get_by_id(sid)
    assert row.deleted is True


def test_find_by_id_number(school_db) -> None:
    number = make.id_number("20150312", seq="055")
    first = create(school_db.school_id, name="张三", id_number=number)
    second, _ = svc.save_file(
        PRINCIPAL,
        StudentFile(None, school_db.school_id, values(name="张叁", id_number=number)),
        second_file=True,
    )
    found = svc.find_by_id_number(number, exclude_id=first)
    assert [(r["id"], r["name"], r["school_name"]) for r in found] == [(second, "张叁", "柳塘小学")]
    assert {r["id"] for r in svc.find_by_id_number(number)} == {first, second}
    svc.tombstone(PRINCIPAL, second)
    assert svc.find_by_id_number(number, exclude_id=first) == []
    assert svc.find_by_id_number(make.id_number("20150312", seq="077")) == []


def test_audit_log_for_create_read_delete(school_db) -> None:
    sid = create(school_db.school_id, actor=HEAD_TEACHER)
    svc.get_file(PRINCIPAL, sid)
    svc.tombstone(PRINCIPAL, sid)
    rows = [
        (r.actor, r.role, r.action, r.table, r.record_id)
        for r in m.AuditLog.select().where(m.AuditLog.record_id == sid).order_by(m.AuditLog.id)
    ]
    assert rows == [
        (HEAD_TEACHER.name, "head_teacher", "create", "student", sid),
        (PRINCIPAL.name, "principal", "read", "student", sid),
        (PRINCIPAL.name, "principal", "delete", "student", sid),
    ]
    delete = m.AuditLog.get((m.AuditLog.record_id == sid) & (m.AuditLog.action == "delete"))
    assert delete.fields == "deleted"


def test_update_is_audited_with_the_fields_changed(school_db) -> None:
    sid = create(school_db.school_id)
    kept = m.Student.get_by_id(sid).class_name
    svc.save_file(
        AID_OFFICER, StudentFile(sid, school_db.school_id, values(grade=4, class_name=kept))
    )
    rows = list(m.AuditLog.select().where(m.AuditLog.record_id == sid).order_by(m.AuditLog.id))
    assert [r.action for r in rows] == ["create", "update"]
    assert "id_number" in rows[0].fields.split(",")
    assert rows[1].fields == "grade"  # only what changed; no value, no ID number


def test_schools_lists_live_schools(school_db) -> None:
    assert svc.schools() == [(school_db.school_id, "柳塘小学")]


def test_a_save_from_a_stale_file_is_refused(school_db) -> None:
    student_id = create(school_db.school_id)
    first = svc.get_file(PRINCIPAL, student_id)
    second = svc.get_file(PRINCIPAL, student_id)
    first.values["class_name"] = "2班"
    svc.save_file(PRINCIPAL, first)
    second.values["class_name"] = "3班"
    with pytest.raises(ValidationError) as refused:
        svc.save_file(PRINCIPAL, second)
    assert "changed elsewhere" in refused.value.message
    assert svc.get_file(PRINCIPAL, student_id).values["class_name"] == "2班"
    # Read again, the same change goes through.
    fresh = svc.get_file(PRINCIPAL, student_id)
    fresh.values["class_name"] = "3班"
    svc.save_file(PRINCIPAL, fresh)
    assert svc.get_file(PRINCIPAL, student_id).values["class_name"] == "3班"


def test_a_future_dated_status_change_is_refused(school_db) -> None:
    """Decided: refused, not applied on its date (issue 17): 转出 next year would
    otherwise take the child off every list today."""
    student_id = create(school_db.school_id)
    today = dt.date(2025, 5, 1)
    with pytest.raises(ValidationError) as refused:
        status_history.add_history_entry(
            PRINCIPAL, student_id, "enrolment", "transferred", dt.date(2026, 5, 1), today=today
        )
    assert "2026-05-01" in refused.value.message
    assert m.Student.get_by_id(student_id).enrolment == "enrolled"
    assert history(student_id, "enrolment") == [("enrolled", dt.date(2024, 9, 1), None)]
    status_history.add_history_entry(
        PRINCIPAL, student_id, "enrolment", "transferred", today, today=today
    )
    assert m.Student.get_by_id(student_id).enrolment == "transferred"


def test_a_second_file_with_the_same_id_number_needs_confirmation(school_db) -> None:
    number = make.id_number("20150312", seq="066")
    create(school_db.school_id, name="张三", id_number=number)
    data = StudentFile(None, school_db.school_id, values(name="张叁", id_number=number))
    with pytest.raises(ValidationError) as refused:
        svc.save_file(PRINCIPAL, data)
    assert "张三" in refused.value.message and "柳塘小学" in refused.value.message
    assert m.Student.select().where(m.Student.id_number == number).count() == 1
    svc.save_file(PRINCIPAL, data, second_file=True)
    assert m.Student.select().where(m.Student.id_number == number).count() == 2


def test_the_duplicate_check_names_every_file_of_a_shared_id_number(school_db) -> None:
    number = make.id_number("20150312", seq="067")
    first = create(school_db.school_id, name="张三", id_number=number)
    other = make.school_row("4301230002", "油铺小学")
    other.save()
    other_school = other.id
    data = StudentFile(None, other_school, values(name="张叁", id_number=number, class_name="2"))
    second, _ = svc.save_file(PRINCIPAL, data, second_file=True)
    create(school_db.school_id, name="李四")  # an ID number of its own: not listed
    found = svc.shared_id_numbers(PRINCIPAL)
    assert [(f.student_id, f.name, f.school_name) for f in found] == [
        (first, "张三", "柳塘小学"),
        (second, "张叁", "油铺小学"),
    ]
    # On screen the number is masked for everyone (a full one only through a reveal).
    assert {f.id_number for f in found} == {"*" * 14 + number[-4:]}
    assert found[1].class_label == "Grade 3 2班"  # the class written one way
    # A teacher sees only the children paired with them (none here); a school sees its own
    # shared numbers.
    assert svc.shared_id_numbers(TEACHER) == []
    assert len(svc.shared_id_numbers(PRINCIPAL, school_id=other_school)) == 2
    svc.tombstone(PRINCIPAL, second)
    assert svc.shared_id_numbers(PRINCIPAL) == []
