"""Handover within the township (issue 11 point 3): a primary -> junior handover through
packages (school A exports, the township imports and exports to B, B imports and accepts;
B -> township -> A carries the confirmation), accepted once, with the child's history;
importing a package again changes nothing; a refusal keeps the child on the sending
school's no-child-lost list; the township counts the child once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fupin_desktop.db.models import (
    Assessment,
    Departure,
    FamilyMember,
    Guardian,
    Handover,
    HandoverItem,
    LeftBehindProfile,
    StatusHistory,
    Student,
    TownshipSchool,
)
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services.context import Actor
from fupin_desktop.services.schoolyear import assessments, handover, handover_read, step, watch
from fupin_desktop.sync import state
from fupin_desktop.sync.township import school_totals
from tests import builders as make
from tests.builders import PRINCIPAL, TEACHER, Replica
from tests.core.sync_support import TwoSchools, fingerprint, receive, rows_of

A_CODE, B_CODE = "4301230001", "4301230002"
FIRST_DAY = dt.date(2027, 9, 1)
ACCEPTED_ON = dt.date(2027, 9, 6)


def pupil_with_history(a: Replica) -> str:
    """王小红, grade 6 at A: registered poor, left behind, paired, visited, with a diary
    entry, a family member, a guardian and last year's assessment."""
    a.use()
    child = make.needy_student(
        a,
        "王小红",
        grade=6,
        family=[{"name": "王大山", "relation": "father"}],
        guardians=[{"name": "李秀英", "relation": "grandmother", "phone": "13800000001"}],
    )
    make.left_behind_profile(child, counselling_needs="想妈妈")
    teacher = make.teacher(a, "陈老师")
    make.pairing(teacher, child, dt.date(2025, 9, 1), kind="proxy_parent")
    make.visit(teacher, child, dt.date(2026, 10, 12), "home_visit", child_state="开朗")
    make.diary_entry(child, teacher, dt.date(2027, 3, 5), what_happened="哭了一场")
    assessments.record(PRINCIPAL, child, "2026-2027", {"level": "hardship",
                                                       "reasons": ["registered_poor"]})  # fmt: skip
    return child


@pytest.fixture
def town(tmp_path: Path) -> TwoSchools:
    """柳塘小学 (A, primary) and 柳塘中学 (B, junior middle) of one township."""
    a = make.school_replica(tmp_path, A_CODE, "柳塘小学")
    b = Replica(tmp_path / f"school-{B_CODE}.db", "school", B_CODE).use()
    make.install_school(B_CODE, "柳塘中学", school_type="junior_middle")
    return TwoSchools(tmp_path, a, b)


def test_a_handover_travels_and_is_accepted_once(town: TwoSchools) -> None:
    child = pupil_with_history(town.a)
    # The township's schools reached A with the township's package.
    town.a.use()
    assert {s.code for s in TownshipSchool.select()} == {A_CODE, B_CODE}
    assert [s.code for s in handover.receiving_schools()] == [B_CODE]

    step.apply(PRINCIPAL, "2027-2028", receiving={child: B_CODE})
    departure = Departure.get(Departure.student == child)
    assert (departure.reason, departure.to_school_code) == ("graduate", B_CODE)
    assert departure.handover_state == "offered"

    town.up(town.a)
    town.t.use()
    offer = Handover.get(Handover.departure_id == departure.id)
    assert (offer.student_name, offer.from_school_name, offer.state) == (
        "王小红",
        "柳塘小学",
        "offered",
    )
    assert (offer.to_stage, offer.to_grade) == ("junior", 7)
    down = town.down(town.b)

    # B sees the child handed over by A, with the file's records.
    town.b.use()
    assert handover.waiting_by_school(PRINCIPAL, town.b.school_id) == [("柳塘小学", 1)]
    kinds = handover_read.counts(offer.id)
    assert kinds["student"] == 1 and kinds["assessment"] == 1 and kinds["visit"] == 1
    assert kinds["diary_entry"] == 1 and kinds["status_history"] > 5
    # The diary's words stayed at A (the sensitive-text setting is off).
    diary = HandoverItem.get(
        (HandoverItem.handover == offer.id) & (HandoverItem.kind == "diary_entry")
    )
    assert diary.school_text == ""
    assert Student.select().count() == 0

    # The same package again changes nothing.
    before = fingerprint(town.b.path)
    result = receive(town.b, down)
    assert not result.applied
    assert fingerprint(town.b.path) == before

    town.b.use()
    with pytest.raises(PermissionDenied):
        handover.accept(TEACHER, offer.id)
    new_id, changes = handover.accept(PRINCIPAL, offer.id, on=ACCEPTED_ON, class_name="2")
    assert changes.affects("student")
    with pytest.raises(ValidationError, match="already"):
        handover.accept(PRINCIPAL, offer.id, on=ACCEPTED_ON)
    mine = Student.get_by_id(new_id)
    assert (mine.name, mine.stage, mine.grade, mine.class_name, mine.enrolment) == (
        "王小红", "junior", 7, "2班", "enrolled"
    )  # fmt: skip
    assert mine.school_id == town.b.school_id and mine.registered_poor
    assert [f.name for f in FamilyMember.select().where(FamilyMember.student == new_id)] == [
        "王大山"
    ]
    assert [g.phone for g in Guardian.select().where(Guardian.student == new_id)] == ["13800000001"]
    assert Assessment.get(Assessment.student == new_id).level == "hardship"
    assert LeftBehindProfile.get(LeftBehindProfile.student == new_id).parent_away == "both"
    history = {
        (h.kind, h.value, h.start_date, h.end_date)
        for h in StatusHistory.select().where(StatusHistory.student == new_id)
    }
    assert ("stage", "junior", FIRST_DAY, None) in history
    assert ("grade", "7", FIRST_DAY, None) in history
    assert ("enrolment", "enrolled", FIRST_DAY, None) in history
    assert ("stage", "primary", make.ON_FILE_SINCE, FIRST_DAY) in history
    assert not any(kind == "enrolment" and value == "graduated" for kind, value, *_ in history)
    # The care records of A, read with the child's timeline here.
    earlier = handover_read.earlier_records(PRINCIPAL, new_id)
    assert [i.kind for i in earlier] == ["diary_entry", "visit", "pairing"]
    assert "柳塘小学" in earlier[1].teacher_name and "开朗" in earlier[1].text

    # B -> township -> A carries the confirmation.
    town.up(town.b)
    town.t.use()
    assert Departure.get_by_id(departure.id).confirmed_on == ACCEPTED_ON
    totals = {t.code: t for t in school_totals(PRINCIPAL)}
    assert totals[B_CODE].students == 1 and totals[A_CODE].students == 0
    assert watch.watch_list(PRINCIPAL, dt.date(2027, 12, 1)) == []
    town.down(town.a)
    town.a.use()
    gone = Departure.get_by_id(departure.id)
    assert (gone.handover_state, gone.confirmed_on, gone.handover_on) == (
        "accepted", ACCEPTED_ON, ACCEPTED_ON
    )  # fmt: skip
    assert watch.watch_list(PRINCIPAL, dt.date(2027, 12, 1)) == []
    # A keeps the child, graduated, with the history and where the child went.
    kept = Student.get_by_id(child)
    assert (kept.enrolment, kept.stage, kept.grade) == ("graduated", "primary", 6)
    assert StatusHistory.select().where(StatusHistory.student == child).count() > 5
    assert [o.to_school_name for o in handover.outgoing(PRINCIPAL)] == ["柳塘中学"]
    # Every ledger agrees on each school's records after a last package each way.
    town.up(town.a)
    town.down(town.b)
    for school, code in ((town.a, A_CODE), (town.b, B_CODE)):
        here, there = rows_of(school, code), rows_of(town.t, code)
        for table in ("student", "status_history", "departure", "handover", "handover_item",
                      "assessment", "township_school"):  # fmt: skip
            assert here[table] == there[table], (code, table)


def test_refused_child_stays_on_the_watch_list(town: TwoSchools) -> None:
    town.a.use()
    child = make.student(town.a, "赵小虎", grade=4)
    number = Student.get_by_id(child).id_number
    departure_id, _ = handover.transfer_out(PRINCIPAL, child, dt.date(2027, 3, 1), to_code=B_CODE)
    assert Student.get_by_id(child).enrolment == "transferred"
    town.up(town.a)
    town.down(town.b)
    town.b.use()
    offer = handover.find(PRINCIPAL, town.b.school_id, number)
    assert (offer.name, offer.reason, offer.to_grade) == ("赵小虎", "transfer_out", 4)
    with pytest.raises(ValidationError):
        handover.refuse(PRINCIPAL, offer.id, " ")
    handover.refuse(PRINCIPAL, offer.id, "没有来报到", on=dt.date(2027, 3, 10))
    with pytest.raises(ValidationError):
        handover.accept(PRINCIPAL, offer.id)
    town.up(town.b)
    town.down(town.a)
    town.a.use()
    departure = Departure.get_by_id(departure_id)
    assert (departure.handover_state, departure.confirmed_on) == ("refused", None)
    items = watch.watch_list(PRINCIPAL, dt.date(2027, 5, 1))
    assert [i.name for i in items] == ["赵小虎"] and items[0].overdue
    assert "没有来报到" in items[0].what
    # Offered to the same school again: refused, it said the child is not there.
    with pytest.raises(ValidationError, match="not there"):
        handover.offer(PRINCIPAL, departure_id, B_CODE)


def test_sensitive_text_travels_only_when_both_let_it(town: TwoSchools) -> None:
    child = pupil_with_history(town.a)
    town.a.use()
    state.set_send_sensitive_text(True)
    step.apply(PRINCIPAL, "2027-2028", receiving={child: B_CODE})
    town.up(town.a)
    town.t.use()
    state.set_send_sensitive_text(True)
    town.down(town.b)
    town.b.use()
    offer = Handover.get()
    new_id, _ = handover.accept(PRINCIPAL, offer.id, on=ACCEPTED_ON)
    diary = next(
        i for i in handover_read.earlier_records(PRINCIPAL, new_id) if i.kind == "diary_entry"
    )
    assert "哭了一场" in diary.text
    # A teacher of B not paired with the child reads the diary masked.
    teacher = make.teacher(town.b, "周老师")
    reader = Actor("周老师", "teacher", teacher)
    masked = next(
        i for i in handover_read.earlier_records(reader, new_id) if i.kind == "diary_entry"
    )
    assert "哭了一场" not in masked.text
    assert LeftBehindProfile.get(LeftBehindProfile.student == new_id).counselling_needs == "想妈妈"


def test_existing_file_at_the_receiving_school_is_linked(town: TwoSchools) -> None:
    """B typed the child in before the offer came: accepting links the offer to that file
    (no second file), which gains last year's assessment."""
    child = pupil_with_history(town.a)
    number = Student.get_by_id(child).id_number
    town.b.use()
    typed = make.student(town.b, "王小红", stage="junior", grade=7, id_number=number)
    town.a.use()
    step.apply(PRINCIPAL, "2027-2028", receiving={child: B_CODE})
    town.up(town.a)
    town.down(town.b)
    town.b.use()
    offer = handover.find(PRINCIPAL, town.b.school_id, number)
    linked, _ = handover.accept(PRINCIPAL, offer.id, on=ACCEPTED_ON)
    assert linked == typed
    assert Student.select().count() == 1
    assert Assessment.get(Assessment.student == typed).school_year == "2026-2027"
    assert Handover.get_by_id(offer.id).student_id == typed


def test_command_line(town: TwoSchools, capsys: pytest.CaptureFixture[str]) -> None:
    town.a.use()
    child = make.student(town.a, "王小红", grade=6)
    number = Student.get_by_id(child).id_number
    assert make.fupin(town.a.path, "year", "handover", "schools") == 0
    assert B_CODE in capsys.readouterr().out
    assert make.fupin(town.a.path, "year", "apply", "--to", "2027-2028",
                      "--graduates-to", B_CODE) == 0  # fmt: skip
    town.up(town.a)
    town.down(town.b)
    capsys.readouterr()
    assert make.fupin(town.b.path, "year", "handover", "list") == 0
    out = capsys.readouterr().out
    assert "王小红" in out and "柳塘小学" in out
    assert make.fupin(town.b.path, "year", "handover", "accept", number, "--class", "3") == 0
    assert "王小红" in capsys.readouterr().out
    # Accepting twice is refused, in Chinese, with exit code 2; so is an unknown child.
    assert make.fupin(town.b.path, "year", "handover", "accept", number) == 2
    again = capsys.readouterr().out
    assert "王小红" in again and "Traceback" not in again
    assert make.fupin(town.b.path, "year", "handover", "refuse", "12345", "--reason", "x") == 2
    assert make.fupin(town.a.path, "year", "handover", "offer", number, "--to", "9999") == 2
    town.b.use()
    assert Student.get().class_name == "3班"


def test_offer_taken_back_when_the_file_is_deleted(town: TwoSchools) -> None:
    """A deletes the child's file (entered by mistake) while B has not decided: the
    township withdraws the offer, and B can no longer take the child in."""
    from fupin_desktop.services.students import files

    town.a.use()
    child = make.student(town.a, "钱小满", grade=4)
    handover.transfer_out(PRINCIPAL, child, dt.date(2027, 3, 1), to_code=B_CODE)
    town.up(town.a)
    town.down(town.b)
    town.b.use()
    offer = Handover.get()
    assert handover.waiting_by_school(PRINCIPAL, town.b.school_id) == [("柳塘小学", 1)]
    town.a.use()
    files.tombstone(PRINCIPAL, child)
    town.up(town.a)
    town.down(town.b)
    town.b.use()
    assert Handover.get_by_id(offer.id).withdrawn
    assert handover.waiting_by_school(PRINCIPAL, town.b.school_id) == []
    with pytest.raises(ValidationError, match="back"):
        handover.accept(PRINCIPAL, offer.id)


def test_a_teacher_is_told_who_follows_up_and_who_clears_conflicts(school_db) -> None:
    """A refusal names who may do it, in words, rather than the generic "not allowed"."""
    import datetime as dt

    import pytest

    from fupin_desktop.errors import PermissionDenied
    from fupin_desktop.services.schoolyear import watch
    from fupin_desktop.sync import conflicts
    from tests.builders import TEACHER

    with pytest.raises(PermissionDenied, match="principal, the aid officer or the township"):
        watch.watch_list(TEACHER, dt.date(2026, 12, 1))
    with pytest.raises(PermissionDenied, match="clears conflicts"):
        conflicts.list_conflicts(TEACHER)
    assert not watch.may_watch(TEACHER) and not conflicts.may_resolve(TEACHER)
