"""The term's coverage kept as a summary: counted once, read back by its key, emptied by
the triggers when a record it counts changes (services/care/coverage_summary.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from fupin_desktop.db.base import database
from fupin_desktop.db.models import CoverageSummary
from fupin_desktop.services.care import coverage, coverage_summary
from tests import builders as make
from tests.builders import PRINCIPAL

D = dt.date
START, END, AS_OF = D(2024, 3, 1), D(2024, 3, 31), D(2024, 3, 20)


def _figures(result: coverage.Coverage) -> list[tuple]:
    return [
        (r.school_id, r.grade, r.class_name, *(getattr(r, k) for k in coverage.COUNT_KEYS))
        for r in [*result.rows, *result.schools, result.total]
    ]


def test_the_figures_are_counted_once_then_read_back(school_db, monkeypatch) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    make.visit(teacher, child, D(2024, 3, 5), method="home_visit")
    counted = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert counted.total.paired == 1 and counted.total.visited == 1
    assert CoverageSummary.select().count() == 1

    def no_counting(*args, **kwargs):
        raise AssertionError("counted again")

    monkeypatch.setattr(coverage, "coverage", no_counting)
    again = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert _figures(again) == _figures(counted)
    assert again.total.school_name == counted.total.school_name
    # Another day, another school: not these figures.
    with pytest.raises(AssertionError, match="counted again"):
        coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF + dt.timedelta(1))
    with pytest.raises(AssertionError, match="counted again"):
        coverage_summary.term_coverage(PRINCIPAL, START, END, school_id="other", as_of=AS_OF)


def test_a_record_that_counts_empties_the_summary(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    before = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert before.total.visited == 0
    make.visit(teacher, child, D(2024, 3, 6))
    assert CoverageSummary.select().count() == 0
    after = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert after.total.visited == 1
    assert _figures(after) == _figures(coverage.coverage(PRINCIPAL, START, END, as_of=AS_OF))


def test_a_write_by_another_program_empties_it_too(school_db, db_path) -> None:
    make.needy_student(school_db)
    coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert CoverageSummary.select().count() == 1
    other = sqlite3.connect(db_path)  # the command line, or a second window
    other.execute("UPDATE student SET name = name || '' ")
    other.commit()
    other.close()
    assert CoverageSummary.select().count() == 0


def test_figures_counted_during_another_commit_are_not_kept(
    school_db, db_path, monkeypatch
) -> None:
    make.needy_student(school_db)
    counting = coverage.coverage

    def counted_while_someone_writes(*args, **kwargs):
        result = counting(*args, **kwargs)
        other = sqlite3.connect(db_path)
        other.execute("INSERT INTO coverage_summary VALUES ('x', '2024-03-20', '{}')")
        other.execute("DELETE FROM coverage_summary WHERE key = 'x'")
        other.commit()
        other.close()
        return result

    monkeypatch.setattr(coverage, "coverage", counted_while_someone_writes)
    shown = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert shown.total.students == 1  # shown, but not kept
    assert CoverageSummary.select().count() == 0


def test_every_counted_table_has_its_triggers(db_path) -> None:
    """A migration that rebuilds one of these tables must create its triggers again."""
    triggers = {
        row[0]
        for row in database.execute_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'coverage_summary_%'"
        )
    }
    assert set(coverage_summary.COUNTED_TABLES) <= triggers
    for table in coverage_summary.COUNTED_TABLES:
        count = database.execute_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
            " AND name LIKE 'coverage_summary_%'",
            (table,),
        ).fetchone()[0]
        assert count == 3, table
