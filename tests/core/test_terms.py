"""The one school calendar (terms.py, services/calendar.py): school years from
1 September, the spring term after the Spring Festival, terms and reference days the
principal sets, working days; and the same date falls in the same term in aid,
reminders, coverage, township totals and the county report."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services import calendar as settings
from fupin_desktop.services.aid.entitlements import compute_entitlements
from fupin_desktop.services.care import reminders
from fupin_desktop.sync import township
from fupin_desktop.terms import (
    DEFAULT,
    Calendar,
    Period,
    add_working_days,
    clean_school_year,
    clean_term,
    default_spring_start,
    first_year,
    school_year_label,
    spring_festival_holiday,
    working_days_between,
)
from tests.builders import PRINCIPAL, TEACHER

D = dt.date
ROOT = Path(__file__).resolve().parents[2]


def every_day(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# -- the rule ---------------------------------------------------------------------------


def test_school_year_starts_on_1_september() -> None:
    assert DEFAULT.school_year_of(D(2026, 8, 31)) == "2025-2026"
    assert DEFAULT.school_year_of(D(2026, 9, 1)) == "2026-2027"
    assert DEFAULT.school_year_start(D(2027, 1, 20)) == D(2026, 9, 1)
    assert DEFAULT.next_school_year_start(D(2026, 8, 31)) == D(2026, 9, 1)
    assert DEFAULT.next_school_year_start(D(2026, 9, 1)) == D(2027, 9, 1)
    assert DEFAULT.school_years_around(D(2026, 3, 1), back=1) == [
        "2026-2027",
        "2025-2026",
        "2024-2025",
    ]


def test_the_spring_term_starts_after_the_spring_festival() -> None:
    # The State Council's holidays: 2024 10–17 Feb, 2025 28 Jan–4 Feb, 2026 15–23 Feb.
    assert spring_festival_holiday(2025) == (D(2025, 1, 28), D(2025, 2, 4))
    assert default_spring_start(2024) == D(2024, 2, 26)
    assert default_spring_start(2025) == D(2025, 2, 17)
    assert default_spring_start(2026) == D(2026, 3, 2)
    # A year the library does not know yet: 1 March until the principal sets it.
    assert spring_festival_holiday(2099) is None
    assert default_spring_start(2099) == D(2099, 3, 1)


def test_terms_and_holidays() -> None:
    autumn = DEFAULT.term_dates("2024-2025", 1)
    # The Spring Festival holiday of 2025 began on 28 January: the autumn term ends before.
    assert (autumn.start, autumn.end, autumn.reference) == (
        D(2024, 9, 1),
        D(2025, 1, 27),
        D(2024, 9, 1),
    )
    spring = DEFAULT.term_dates("2024-2025", 2)
    assert (spring.start, spring.end, spring.reference) == (
        D(2025, 2, 17),
        D(2025, 7, 15),
        D(2025, 2, 17),
    )
    assert DEFAULT.term_of(D(2025, 2, 10)) is None
    assert DEFAULT.term_of(D(2025, 8, 10)) is None
    assert DEFAULT.current_term(D(2025, 2, 10)) == ("2024-2025", 1)  # the term just gone
    assert DEFAULT.current_term(D(2025, 8, 10)) == ("2024-2025", 2)
    assert DEFAULT.current_term(D(2025, 3, 10)) == ("2024-2025", 2)
    assert DEFAULT.term_so_far(D(2025, 4, 10)) == Period("term", D(2025, 2, 17), D(2025, 4, 10))
    assert DEFAULT.term_so_far(D(2025, 8, 20)) == Period("term", D(2025, 2, 17), D(2025, 7, 15))
    with pytest.raises(ValidationError):
        DEFAULT.reference_day("2025-2026", 3)


def test_months_are_cut_to_term_days() -> None:
    months = DEFAULT.months_between(D(2024, 1, 1), D(2024, 9, 30))
    spans = [(p.start, p.end) for p in months]
    assert (D(2024, 1, 1), D(2024, 1, 31)) in spans
    assert (D(2024, 2, 26), D(2024, 2, 29)) in spans  # February from the term's start
    assert (D(2024, 7, 1), D(2024, 7, 15)) in spans
    assert all(p.start.month != 8 for p in months)
    assert DEFAULT.periods_between("term", D(2024, 1, 1), D(2024, 9, 30)) == [
        Period("term", D(2023, 9, 1), D(2024, 1, 31)),
        Period("term", D(2024, 2, 26), D(2024, 7, 15)),
        Period("term", D(2024, 9, 1), D(2025, 1, 27)),
    ]


def test_every_term_day_belongs_to_exactly_one_term() -> None:
    for day in every_day(D(2023, 9, 1), D(2027, 8, 31)):
        found = [t for t in DEFAULT.terms_of_years(2022, 2027) if t.start <= day <= t.end]
        assert len(found) <= 1, day
        if found:
            assert DEFAULT.current_term(day) == (found[0].school_year, found[0].term)
            assert found[0].school_year == DEFAULT.school_year_of(day)


def test_overrides_replace_the_default() -> None:
    cal = Calendar({(2026, 2): (D(2027, 2, 22), D(2027, 7, 9), D(2027, 3, 1))})
    assert cal.term_dates("2026-2027", 2).reference == D(2027, 3, 1)
    assert cal.term_of(D(2027, 7, 10)) is None
    assert cal.term_dates("2026-2027", 1) == DEFAULT.term_dates("2026-2027", 1)


def test_working_days_follow_the_state_councils_calendar() -> None:
    # 2025-02-08 was a Saturday worked in exchange for the Spring Festival (调休).
    assert working_days_between(D(2025, 2, 3), D(2025, 2, 9)) == 4  # 5, 6, 7 and 8 Feb
    assert add_working_days(D(2025, 1, 27), 5) == D(2025, 2, 8)


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


# -- the settings -------------------------------------------------------------------------


def test_settings_are_set_checked_and_read_back(school_db) -> None:
    assert settings.get_value("calendar.2026-2027.spring") == ("2027-03-01 2027-07-15", True)
    settings.set_value(PRINCIPAL, "calendar.2026-2027.spring", "2027-02-22 至 2027-07-09")
    settings.set_value(PRINCIPAL, "calendar.2026-2027.spring_reference", "2027-03-01")
    settings.set_value(PRINCIPAL, "province", "广西")
    assert settings.get_value("calendar.2026-2027.spring") == ("2027-02-22 2027-07-09", False)
    assert settings.get_value("calendar.2026-2027.spring_reference") == ("2027-03-01", False)
    assert settings.province() == "广西"
    cal = settings.school_calendar()
    assert cal.reference_day("2026-2027", 2) == D(2027, 3, 1)
    # A reference day outside its term, terms that overlap, a wrong key: refused, unchanged.
    for key, value in (
        ("calendar.2026-2027.spring_reference", "2027-08-01"),
        ("calendar.2026-2027.autumn", "2026-09-01 2027-03-01"),
        ("calendar.2026-2027.spring", "2027-07-09 2027-02-22"),
        ("calendar.2026-2028.spring", "2027-02-22 2027-07-09"),
        ("term", "1"),
    ):
        with pytest.raises(ValidationError):
            settings.set_value(PRINCIPAL, key, value)
    assert settings.school_calendar() == cal
    with pytest.raises(PermissionDenied):
        settings.set_value(TEACHER, "province", "湖南")
    settings.set_value(PRINCIPAL, "calendar.2026-2027.spring", "")
    assert settings.get_value("calendar.2026-2027.spring")[1] is True


def test_the_same_date_falls_in_the_same_term_everywhere(school_db) -> None:
    """Aid (reference days, entitlements, the term pickers), reminders and coverage,
    township totals and the county report all count by services.calendar."""
    settings.set_value(PRINCIPAL, "calendar.2025-2026.autumn", "2025-09-01 2026-01-20")
    settings.set_value(PRINCIPAL, "calendar.2025-2026.spring", "2026-03-02 2026-07-10")
    cal = settings.school_calendar()
    for day in every_day(D(2025, 8, 1), D(2026, 9, 10)):
        expected = cal.current_term(day)
        assert reminders.calendar().current_term(day) == expected, day
        assert township.aid_term(day) == expected, day
        term = reminders.calendar().term_of(day)
        if term is not None:
            dates = cal.term_dates(*expected)
            assert (dates.start, dates.end) == (term.start, term.end)
            assert dates.start <= cal.reference_day(*expected) <= dates.end
    assert compute_entitlements("2025-2026", 2, None) == compute_entitlements(
        "2025-2026", 2, None, day=D(2026, 3, 2)
    )


def test_no_second_calendar_rule_in_the_code() -> None:
    """Only terms.py holds the rule and only services/calendar.py builds the calendar
    from the settings; nothing else writes month numbers of terms by hand."""
    offenders = []
    for path in [*ROOT.joinpath("fupin_desktop").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT).as_posix()
        if rel in ("fupin_desktop/terms.py", "fupin_desktop/services/calendar.py"):
            continue
        if "migrations" in rel:
            continue
        if re.search(r"\bCalendar\(|care\.terms", text):
            offenders.append(rel)
        if re.search(r"terms import .*\bDEFAULT\b", text) and "school year's bounds" not in text:
            offenders.append(rel)
        # A term's or school year's bounds computed by hand from a year.
        if re.search(r"date\([\w.]*year[^,]*,\s*[1-9],\s*[0-9]+\)", text):
            offenders.append(rel)
    assert offenders == []
