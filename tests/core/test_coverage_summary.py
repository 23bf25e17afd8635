"""The term's coverage kept as a summary: counted once, read back while the ledger's
fingerprint holds, counted again when it moves (services/care/coverage_summary.py)."""

from __future__ import annotations

import datetime as dt

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


def _no_counting(monkeypatch) -> None:
    def no_counting(*args, **kwargs):
        raise AssertionError("counted again")

    monkeypatch.setattr(coverage, "coverage", no_counting)


def test_an_edit_counts_again(school_db) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    before = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert before.total.visited == 0
    make.visit(teacher, child, D(2024, 3, 6))
    after = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert after.total.visited == 1
    assert _figures(after) == _figures(coverage.coverage(PRINCIPAL, START, END, as_of=AS_OF))
    assert CoverageSummary.select().count() == 1  # the old figures went


@pytest.mark.parametrize(
    "change",
    [
        # the bulk writer and a sync import: edit numbers, a package recorded
        "UPDATE installation SET counter = counter + 5",
        "INSERT INTO package_ledger (package_id, direction, sender_instance, sender_role,"
        " school_code, township_code, sequence, created_at, processed_at, content_sha256,"
        " counts, acknowledged, file_name, audit_sha256) VALUES ('p1', 'in', 'x', 'school',"
        " '', '', 1, '2024-03-01', '2024-03-01', '', '{}', 0, '', '')",
        "INSERT OR REPLACE INTO setting (key, value) VALUES ('calendar.example', '1')",
        "PRAGMA user_version = 99",
    ],
)
def test_what_any_change_moves_counts_again(school_db, monkeypatch, change) -> None:
    make.needy_student(school_db)
    coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    before = coverage_summary.fingerprint()
    database.execute_sql(change)
    assert coverage_summary.fingerprint() != before
    _no_counting(monkeypatch)
    with pytest.raises(AssertionError, match="counted again"):
        coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)


def test_figures_counted_during_an_edit_are_counted_again(school_db, monkeypatch) -> None:
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db)
    make.pairing(teacher, child, D(2024, 3, 1))
    counting = coverage.coverage

    def counted_while_someone_writes(*args, **kwargs):
        result = counting(*args, **kwargs)
        make.visit(teacher, child, D(2024, 3, 6))  # after the counting read its rows
        return result

    monkeypatch.setattr(coverage, "coverage", counted_while_someone_writes)
    shown = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert shown.total.visited == 0  # shown as counted, but kept under the old print
    monkeypatch.setattr(coverage, "coverage", counting)
    again = coverage_summary.term_coverage(PRINCIPAL, START, END, as_of=AS_OF)
    assert again.total.visited == 1
