"""The one school calendar (terms.py): the aid calendar and the care calendar, each
giving the results the code gave before they were brought together, and the two places
where they disagree (the start of the school year, February)."""

from __future__ import annotations

import datetime as dt

import pytest

from fupin_desktop.errors import ValidationError
from fupin_desktop.terms import (
    AID,
    CARE,
    Period,
    clean_school_year,
    clean_term,
    first_year,
    school_year_label,
)

D = dt.date


def every_day(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# -- the aid calendar ---------------------------------------------------------------------


def test_aid_school_year_starts_on_1_september() -> None:
    assert AID.school_year_of(D(2026, 8, 31)) == "2025-2026"
    assert AID.school_year_of(D(2026, 9, 1)) == "2026-2027"
    assert AID.school_year_start(D(2027, 1, 20)) == D(2026, 9, 1)
    assert AID.next_school_year_start(D(2026, 8, 31)) == D(2026, 9, 1)
    assert AID.next_school_year_start(D(2026, 9, 1)) == D(2027, 9, 1)


def test_aid_terms_cover_every_day_february_is_spring() -> None:
    assert AID.current_term(D(2025, 9, 1)) == ("2025-2026", 1)
    assert AID.current_term(D(2026, 1, 20)) == ("2025-2026", 1)
    assert AID.current_term(D(2026, 2, 1)) == ("2025-2026", 2)
    assert AID.current_term(D(2026, 3, 2)) == ("2025-2026", 2)
    assert AID.current_term(D(2026, 8, 31)) == ("2025-2026", 2)
    assert AID.term_of(D(2026, 2, 10)) == Period("term", D(2026, 2, 1), D(2026, 8, 31))


def test_aid_reference_days() -> None:
    assert AID.reference_day("2025-2026", 1) == D(2025, 9, 1)
    assert AID.reference_day("2025-2026", 2) == D(2026, 3, 1)
    assert AID.reference_day("2025/2026", "2") == D(2026, 3, 1)
    with pytest.raises(ValidationError):
        AID.reference_day("2025-2026", 3)


def test_aid_calendar_gives_what_the_aid_code_gave() -> None:
    """The rules aid, the township totals and the demo wrote by hand before."""
    for day in every_day(D(2023, 1, 1), D(2027, 12, 31)):
        first = day.year if day.month >= 9 else day.year - 1
        term = 1 if day.month >= 9 or day.month == 1 else 2
        assert AID.current_term(day) == (f"{first}-{first + 1}", term), day
        assert AID.school_year_start(day) == D(first, 9, 1), day
        year = day.year if day.month < 9 else day.year + 1
        assert AID.next_school_year_start(day) == D(year, 9, 1), day


def test_school_years_around_a_day() -> None:
    assert AID.school_years_around(D(2026, 3, 1), back=2) == [
        "2026-2027",
        "2025-2026",
        "2024-2025",
        "2023-2024",
    ]


# -- the care calendar --------------------------------------------------------------------


def test_care_terms_cross_the_new_year_and_skip_the_holidays() -> None:
    assert CARE.term_of(D(2024, 1, 31)) == Period("term", D(2023, 9, 1), D(2024, 1, 31))
    assert CARE.term_of(D(2024, 2, 1)) is None
    assert CARE.term_of(D(2024, 3, 1)) == Period("term", D(2024, 3, 1), D(2024, 7, 15))
    assert CARE.term_of(D(2024, 7, 16)) is None
    assert CARE.term_of(D(2024, 9, 1)).end == D(2025, 1, 31)


def test_care_months_are_cut_to_term_days() -> None:
    months = CARE.months_between(D(2024, 1, 1), D(2024, 9, 30))
    starts = [(p.start, p.end) for p in months]
    assert (D(2024, 1, 1), D(2024, 1, 31)) in starts
    assert all(p.start.month != 2 and p.start.month != 8 for p in months)
    assert (D(2024, 7, 1), D(2024, 7, 15)) in starts  # July ends with the term
    assert len(months) == 1 + 5 + 1  # Jan; Mar–Jul; Sep
    assert CARE.periods_between("month", D(2024, 1, 1), D(2024, 9, 30)) == months
    assert CARE.periods_between("term", D(2024, 1, 1), D(2024, 9, 30)) == [
        Period("term", D(2023, 9, 1), D(2024, 1, 31)),
        Period("term", D(2024, 3, 1), D(2024, 7, 15)),
        Period("term", D(2024, 9, 1), D(2025, 1, 31)),
    ]


def test_care_school_year_starts_on_1_august() -> None:
    for day in every_day(D(2023, 1, 1), D(2026, 12, 31)):
        expected = D(day.year if day.month >= 8 else day.year - 1, 8, 1)
        assert CARE.school_year_start(day) == expected, day


def test_care_term_so_far() -> None:
    # In a term: from its first day up to the day.
    assert CARE.term_so_far(D(2024, 4, 10)) == Period("term", D(2024, 3, 1), D(2024, 4, 10))
    # In the holidays: the whole term just gone.
    assert CARE.term_so_far(D(2024, 2, 10)) == Period("term", D(2023, 9, 1), D(2024, 1, 31))
    assert CARE.term_so_far(D(2024, 8, 20)) == Period("term", D(2024, 3, 1), D(2024, 7, 15))


def test_care_calendar_with_other_term_dates() -> None:
    late = CARE.with_terms(((9, 10, 1, 20), (2, 25, 7, 5)))
    assert late.term_of(D(2024, 9, 5)) is None
    assert late.term_of(D(2024, 2, 26)) == Period("term", D(2024, 2, 25), D(2024, 7, 5))
    assert CARE.with_terms(None) is CARE
    assert late.school_year_start(D(2024, 8, 2)) == D(2024, 8, 1)


def test_care_calendar_has_holidays_and_decides_no_aid() -> None:
    with pytest.raises(ValueError):
        CARE.current_term(D(2024, 2, 10))
    assert CARE.current_term(D(2024, 3, 10)) == ("2023-2024", 2)
    with pytest.raises(ValueError):
        CARE.reference_day("2024-2025", 1)


# -- where the two calendars disagree (until the aid issue decides one rule) --------------


def test_the_two_calendars_disagree_on_august_and_february() -> None:
    assert AID.school_year_of(D(2026, 8, 15)) == "2025-2026"
    assert CARE.school_year_of(D(2026, 8, 15)) == "2026-2027"
    assert AID.term_number(D(2026, 2, 15)) == 2
    assert CARE.term_number(D(2026, 2, 15)) is None
    # Elsewhere they agree on the school year and the term.
    for day in (D(2026, 9, 1), D(2026, 12, 24), D(2027, 1, 31), D(2027, 5, 4)):
        assert AID.current_term(day) == CARE.current_term(day)


# -- text ----------------------------------------------------------------------------------


def test_school_years_and_terms_as_text() -> None:
    assert school_year_label(2026) == "2026-2027"
    assert first_year("2026-2027") == 2026
    assert clean_school_year("2025/2026") == "2025-2026"
    assert clean_school_year(" 2025 至 2026 ") == "2025-2026"
    for bad in ("2025-2025", "2025", "25-26", ""):
        with pytest.raises(ValidationError):
            clean_school_year(bad)
    assert clean_term(" 2 ") == 2
    with pytest.raises(ValidationError):
        clean_term("3")


def test_period_labels() -> None:
    assert Period("term", D(2024, 9, 1), D(2025, 1, 31)).label() == "Autumn term 2024"
    assert Period("term", D(2025, 3, 1), D(2025, 7, 15)).label() == "Spring term 2025"
    assert Period("month", D(2025, 3, 1), D(2025, 3, 31)).label() == "2025-03"
    assert Period("term", D(2025, 3, 1), D(2025, 7, 15)).days == 137
