"""Finding, correcting and deleting care records: the list's filters, an edit that keeps
the id and moves the version on, a tombstone that hides the record, and the diary's
sensitive text kept from a teacher who does not look after the child."""

from __future__ import annotations

import datetime as dt

import pytest

from fupin_desktop.db.models import DiaryEntry, FamilyCall, Visit
from fupin_desktop.errors import NotFound, PermissionDenied
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import records as care_records
from fupin_desktop.services.care import visits
from fupin_desktop.services.care.records import RecordQuery
from fupin_desktop.services.context import Actor
from tests import builders as make
from tests.builders import PRINCIPAL

D = dt.date
TODAY = dt.date.today()


@pytest.fixture
def ledger(school_db):
    """Two teachers, two children, a visit, a diary entry and a call on known days."""
    zhang, wang = make.teacher(school_db, "张老师"), make.teacher(school_db, "王老师")
    ming, hong = make.needy_student(school_db, "李小明"), make.needy_student(school_db, "赵小红")
    make.pairing(zhang, ming, D(2024, 3, 1))
    make.pairing(wang, hong, D(2024, 3, 1))
    visit_id = make.visit(zhang, ming, D(2024, 4, 2), "home_visit", child_state="精神好")
    diary_id = make.diary_entry(hong, wang, D(2024, 5, 6), what_happened="想妈妈，哭了")
    call_id = make.family_call(ming, zhang, D(2024, 6, 7), who_spoke="父亲")
    return {
        "zhang": zhang,
        "wang": wang,
        "ming": ming,
        "hong": hong,
        "visit": visit_id,
        "diary": diary_id,
        "call": call_id,
    }


def ids(query: RecordQuery, actor: Actor = PRINCIPAL) -> list[str]:
    return [r.id for r in care_records.list_records(actor, query)]


def test_the_list_is_newest_first_with_student_teacher_and_summary(ledger) -> None:
    found = care_records.list_records(PRINCIPAL, RecordQuery())
    assert [r.id for r in found] == [ledger["call"], ledger["diary"], ledger["visit"]]
    visit = found[2]
    assert (visit.kind, visit.day, visit.student_name, visit.teacher_name) == (
        "visit",
        D(2024, 4, 2),
        "李小明",
        "张老师",
    )
    # One way of writing a class everywhere (schema.format.class_label; 3年级1班 in zh_CN).
    assert visit.class_label == "Grade 3 1班"
    assert "精神好" in visit.summary
    assert "想妈妈" in found[1].summary
    assert care_records.count_records(PRINCIPAL, RecordQuery()) == 3


def test_the_list_filters_in_sql(ledger) -> None:
    assert ids(RecordQuery(kind="diary_entry")) == [ledger["diary"]]
    assert ids(RecordQuery(kind="family_call")) == [ledger["call"]]
    assert ids(RecordQuery(teacher_id=ledger["wang"])) == [ledger["diary"]]
    assert set(ids(RecordQuery(student_id=ledger["ming"]))) == {ledger["visit"], ledger["call"]}
    assert ids(RecordQuery(search="小红")) == [ledger["diary"]]
    assert ids(RecordQuery(search="zxh")) == [ledger["diary"]]
    assert ids(RecordQuery(search="lixiao")) == [ledger["call"], ledger["visit"]]
    assert ids(RecordQuery(date_from=D(2024, 5, 1), date_to=D(2024, 5, 31))) == [ledger["diary"]]
    assert ids(RecordQuery(date_from=D(2024, 6, 1))) == [ledger["call"]]
    assert ids(RecordQuery(kind="visit", search="小红")) == []
    query = RecordQuery(teacher_id=ledger["zhang"])
    assert care_records.count_records(PRINCIPAL, query) == 2


def test_the_list_pages(ledger) -> None:
    first = care_records.list_records(PRINCIPAL, RecordQuery(), limit=2)
    rest = care_records.list_records(PRINCIPAL, RecordQuery(), offset=2, limit=2)
    assert [r.id for r in first + rest] == ids(RecordQuery())
    assert len(rest) == 1


@pytest.mark.parametrize(
    ("key", "model"), [("visit", Visit), ("diary", DiaryEntry), ("call", FamilyCall)]
)
def test_an_edit_keeps_the_id_and_moves_the_version_on(ledger, key, model) -> None:
    record_id = ledger[key]
    before = model.get_by_id(record_id)
    if key == "visit":
        raw = {"visit_date": D(2024, 4, 3), "method": "phone", "child_state": "好多了"}
        new_id, changes = visits.save(
            PRINCIPAL, record_id, ledger["zhang"], ledger["ming"], raw, today=D(2030, 1, 1)
        )
    elif key == "diary":
        raw = {"entry_date": D(2024, 5, 8), "category": "feelings", "what_happened": "好多了"}
        new_id, changes = care.save_diary(PRINCIPAL, record_id, ledger["hong"], ledger["wang"], raw)
    else:
        raw = {"call_date": D(2024, 6, 8), "who_spoke": "母亲", "notes": "好多了"}
        new_id, changes = care.save_call(PRINCIPAL, record_id, ledger["ming"], ledger["zhang"], raw)
    after = model.get_by_id(record_id)
    assert new_id == record_id
    assert changes.affects(model._meta.table_name)
    assert model.select().count() == 1
    (instance,) = before.version
    assert after.version[instance] > before.version[instance]
    found = [r for r in care_records.list_records(PRINCIPAL, RecordQuery()) if r.id == record_id]
    assert "好多了" in found[0].summary


@pytest.mark.parametrize(
    ("key", "kind", "model"),
    [
        ("visit", "visit", Visit),
        ("diary", "diary_entry", DiaryEntry),
        ("call", "family_call", FamilyCall),
    ],
)
def test_a_tombstone_hides_the_record(ledger, key, kind, model) -> None:
    record_id = ledger[key]
    version = dict(model.get_by_id(record_id).version)
    _, changes = care_records.tombstone(PRINCIPAL, kind, record_id)
    assert changes.affects(kind)
    stored = model.get_by_id(record_id)  # still there: the deletion travels
    assert stored.deleted
    (instance,) = version
    assert stored.version[instance] > version[instance]
    assert record_id not in ids(RecordQuery())
    assert care_records.count_records(PRINCIPAL, RecordQuery()) == 2
    with pytest.raises(NotFound):
        care_records.tombstone(PRINCIPAL, kind, record_id)


def test_a_teacher_deletes_only_their_own_records(ledger) -> None:
    zhang = Actor("张老师", "teacher", ledger["zhang"])
    with pytest.raises(PermissionDenied):
        care_records.tombstone(zhang, "diary_entry", ledger["diary"])
    care_records.tombstone(zhang, "visit", ledger["visit"])
    assert Visit.get_by_id(ledger["visit"]).deleted


def test_a_teacher_without_rights_sees_the_sensitive_text_blanked(ledger) -> None:
    from fupin_desktop.db.models import Teacher

    # 张老师 leads the class of both children as head teacher: he lists 赵小红's records
    # (the role matrix's CLASS scope) but reads her diary's text only if paired with her.
    Teacher.update(head_grade=3, head_class="1班").where(Teacher.id == ledger["zhang"]).execute()
    zhang = Actor("张老师", "head_teacher", ledger["zhang"])
    wang = Actor("王老师", "teacher", ledger["wang"])
    theirs = care_records.list_records(zhang, RecordQuery(kind="diary_entry"))[0]
    assert "想妈妈" not in theirs.summary
    assert care.RESTRICTED in theirs.summary
    own = care_records.list_records(wang, RecordQuery(kind="diary_entry"))[0]
    assert "想妈妈" in own.summary


def test_a_teacher_lists_only_the_records_of_children_paired_with_them(ledger) -> None:
    zhang = Actor("张老师", "teacher", ledger["zhang"])
    assert set(ids(RecordQuery(), zhang)) == {ledger["visit"], ledger["call"]}
    assert care_records.count_records(zhang, RecordQuery()) == 2
    # An account of a teacher role without a teacher record lists nobody.
    assert ids(RecordQuery(), Actor("无名", "teacher")) == []


def test_saving_a_masked_diary_entry_keeps_the_stored_text(ledger) -> None:
    # 王老师 wrote the entry but is no longer paired with the child: the text is masked.
    from fupin_desktop.db.models import Pairing

    Pairing.update(end_date=TODAY - dt.timedelta(days=1)).execute()
    wang = Actor("王老师", "teacher", ledger["wang"])
    written = DiaryEntry.get_by_id(ledger["diary"]).what_happened
    values = care.get_record(wang, "diary_entry", ledger["diary"])
    assert values["what_happened"] == care.RESTRICTED
    raw = {k: values[k] for k in ("entry_date", "category", "what_happened")}
    raw["what_done"] = "谈心"
    care.save_diary(wang, ledger["diary"], ledger["hong"], ledger["wang"], raw)
    stored = DiaryEntry.get_by_id(ledger["diary"])
    assert (stored.what_happened, stored.what_done) == (written, "谈心")
