"""The values in force on a day (services/aid/history.py; docs/architecture.md "Aid over
time"), read for many children in one pass: the entry that holds the day, of entries
that overlap the latest, before the first entry the first, in a gap the next one; the
same for the whole ledger and for one school."""

from __future__ import annotations

import datetime as dt

from fupin_desktop.db.models import StatusHistory, Student
from fupin_desktop.services.aid.history import AID_UNTIL, values_on
from tests import builders as make

D = dt.date
DAY = D(2025, 9, 1)


def entry(
    student_id: str, kind: str, value: str, start: dt.date, end: dt.date | None = None, **more
) -> None:
    StatusHistory(
        student=student_id, kind=kind, value=value, start_date=start, end_date=end, **more
    ).save()


def clear(student_id: str, kind: str) -> None:
    """Take away the entries the file was made with (as a merge may leave a timeline)."""
    StatusHistory.update(deleted=True).where(
        (StatusHistory.student == student_id) & (StatusHistory.kind == kind)
    ).execute()


def test_of_entries_that_overlap_on_the_day_the_latest_start_wins(school_db) -> None:
    child = make.student(school_db.school_id, "重叠甲", as_of=D(2024, 9, 1))
    clear(child, "boarder")
    entry(child, "boarder", "false", D(2024, 9, 1))
    entry(child, "boarder", "true", D(2025, 3, 1))  # two open entries: a merge did it
    entry(child, "boarder", "false", D(2023, 9, 1))
    assert values_on(DAY)[child]["boarder"] is True
    assert values_on(DAY, school_db.school_id)[child]["boarder"] is True


def test_before_the_first_entry_the_first_and_in_a_gap_the_next(school_db) -> None:
    late = make.student(school_db.school_id, "晚建乙", as_of=D(2025, 10, 8))
    gap = make.student(school_db.school_id, "空档丙", grade=2, as_of=D(2024, 9, 1))
    clear(gap, "grade")
    entry(gap, "grade", "1", D(2024, 9, 1), D(2025, 7, 1))
    entry(gap, "grade", "3", D(2025, 11, 1))
    entry(gap, "grade", "2", D(2025, 10, 1))  # the next after the day, made last
    for values in (values_on(DAY), values_on(DAY, school_db.school_id)):
        assert values[late]["enrolment"] == "enrolled"  # the file's first entries
        assert values[late]["grade"] == 3
        assert values[gap]["grade"] == 2


def test_a_status_keeps_its_dated_end_and_other_schools_are_left_out(school_db) -> None:
    child = make.student(school_db.school_id, "脱贫丁", as_of=D(2024, 9, 1))
    clear(child, "poverty_status")
    entry(child, "poverty_status", "lifted_keeps_aid", D(2024, 9, 1), aid_until=D(2027, 8, 31))
    other = make.school_row("4301230098", "外校")
    other.save()
    stranger = make.student_row(other.id, "外校戊")
    entry(stranger, "enrolment", "enrolled", D(2024, 9, 1))
    gone = make.student(school_db.school_id, "删除己", as_of=D(2024, 9, 1))
    Student.update(deleted=True).where(Student.id == gone).execute()
    mine = values_on(DAY, school_db.school_id)
    assert mine[child]["poverty_status"] == "lifted_keeps_aid"
    assert mine[child][AID_UNTIL] == D(2027, 8, 31)
    assert stranger not in mine and gone not in mine
    assert values_on(DAY)[stranger]["enrolment"] == "enrolled"
