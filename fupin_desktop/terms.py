"""The one school calendar: school years ("2026-2027"), terms (1 autumn, 2 spring), the
months of a term, the day a term's aid is decided on, and working days.

One rule (docs/architecture.md, "Calendar"):

- A school year starts on 1 September and ends on 31 August.
- The autumn term runs from 1 September to 31 January (or the day before the Spring
  Festival holiday, when that comes first); the spring term starts on the first Monday
  at least a week after the Spring Festival holiday ends and runs to 15 July. The days
  between are holidays, in which no term runs.
- A term's reference day (the day its entitlement is decided on) is its first day.
- The principal may set each school year's term dates and reference days (Settings,
  `fupin settings set calendar.2026-2027.spring "2027-02-22 2027-07-09"`); the settings
  are read by services.calendar and handed to Calendar as overrides.

The Spring Festival and working days come from `chinesecalendar` (the State Council's
holidays and 调休); for a year it does not know yet, the spring term starts on 1 March
until the principal sets it, and working days are Monday to Friday.

Pure dates: nothing here reads the ledger.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.validation import normalise_text

YEAR_START = (9, 1)  # (month, day)
AUTUMN_LAST = (1, 31)
SPRING_LAST = (7, 15)
SPRING_FALLBACK = (3, 1)  # when the Spring Festival of a year is not known
AUTUMN, SPRING = 1, 2
TERM_NAMES = {AUTUMN: "autumn", SPRING: "spring"}


@dataclass(frozen=True)
class Period:
    """A stretch of days counted as one: a term, a month (cut to its days in a term) or
    a free range."""

    kind: str  # month / term / range
    start: dt.date
    end: dt.date  # included

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if self.kind == "month":
            return tr("{year}-{month:02d}").format(year=self.start.year, month=self.start.month)
        if self.kind == "term":
            # A term that starts in August or later is the autumn term.
            if self.start.month >= 8:
                return tr("Autumn term {year}").format(year=self.start.year)
            return tr("Spring term {year}").format(year=self.start.year)
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class TermDates:
    """One term of one school year: its days and its reference day."""

    school_year: str
    term: int
    start: dt.date
    end: dt.date
    reference: dt.date

    @property
    def period(self) -> Period:
        return Period("term", self.start, self.end)


# -- school years and terms as text -----------------------------------------------------


def school_year_label(first_year: int) -> str:
    """2026 -> '2026-2027'."""
    return f"{first_year}-{first_year + 1}"


def first_year(school_year: str) -> int:
    """'2026-2027' (or any text clean_school_year accepts) -> 2026."""
    return int(clean_school_year(school_year)[:4])


def clean_school_year(raw: object) -> str:
    """'2025-2026' (also 2025/2026, 2025—2026, 2025至2026): two consecutive years."""
    text = normalise_text(raw)
    match = re.fullmatch(r"(\d{4})\s*[-/—–~至]\s*(\d{4})", text)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValidationError(
            N_("{value} is not a school year (for example 2025-2026)."),
            field="school_year",
            value=text,
        )
    return f"{match[1]}-{match[2]}"


def clean_term(raw: object) -> int:
    text = normalise_text(raw)
    if text not in ("1", "2"):
        raise ValidationError(
            N_("The term must be 1 (autumn) or 2 (spring)."), field="term", value=text
        )
    return int(text)


# -- holidays and working days (chinesecalendar) ------------------------------------------


@lru_cache(maxsize=64)
def spring_festival_holiday(year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the State Council's Spring Festival holiday in `year`,
    or None when chinesecalendar does not know the year yet."""
    import chinese_calendar as cc

    days = []
    day = dt.date(year, 1, 10)
    try:
        while day < dt.date(year, 3, 10):
            holiday, name = cc.get_holiday_detail(day)
            if holiday and name == cc.Holiday.spring_festival.value:
                days.append(day)
            day += dt.timedelta(days=1)
    except NotImplementedError:
        return None
    return (days[0], days[-1]) if days else None


def is_working_day(day: dt.date) -> bool:
    """A working day by the State Council's calendar (调休 Saturdays included); Monday
    to Friday for a year chinesecalendar does not know."""
    import chinese_calendar as cc

    try:
        return bool(cc.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days from `start` to `end`, both included (a 公示 lasts at least 5)."""
    count, day = 0, start
    while day <= end:
        count += is_working_day(day)
        day += dt.timedelta(days=1)
    return count


def add_working_days(start: dt.date, days: int) -> dt.date:
    """The day on which `days` working days from `start` (included) are complete."""
    day, left = start, days
    while True:
        if is_working_day(day):
            left -= 1
            if left <= 0:
                return day
        day += dt.timedelta(days=1)


def default_spring_start(year: int) -> dt.date:
    """The first Monday at least a week after the Spring Festival holiday of `year`
    ends; 1 March when the holiday is not known."""
    holiday = spring_festival_holiday(year)
    if holiday is None:
        return dt.date(year, *SPRING_FALLBACK)
    day = holiday[1] + dt.timedelta(days=7)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


# -- the calendar ---------------------------------------------------------------------


@dataclass(frozen=True)
class Calendar:
    """The school calendar: the default rule, with the dates the principal set.

    `overrides` maps (first year of the school year, term) to (start, end, reference),
    any of them None for the default."""

    overrides: Mapping[tuple[int, int], tuple[dt.date | None, ...]] = field(default_factory=dict)

    # -- terms of a school year -----------------------------------------------------
    def default_term(self, year: int, term: int) -> tuple[dt.date, dt.date]:
        spring = default_spring_start(year + 1)
        if term == AUTUMN:
            end = dt.date(year + 1, *AUTUMN_LAST)
            holiday = spring_festival_holiday(year + 1)
            if holiday is not None:
                end = min(end, holiday[0] - dt.timedelta(days=1))
            return dt.date(year, *YEAR_START), min(end, spring - dt.timedelta(days=1))
        return spring, dt.date(year + 1, *SPRING_LAST)

    def term_dates(self, school_year: str, term: int | str) -> TermDates:
        year, number = first_year(school_year), clean_term(term)
        return self._term(year, number)

    @lru_cache(maxsize=256)  # noqa: B019 - frozen, hashable; a handful of years
    def _term(self, year: int, term: int) -> TermDates:
        start, end = self.default_term(year, term)
        given = self.overrides.get((year, term), ())
        start = given[0] if len(given) > 0 and given[0] else start
        end = given[1] if len(given) > 1 and given[1] else end
        reference = given[2] if len(given) > 2 and given[2] else start
        return TermDates(school_year_label(year), term, start, end, reference)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.overrides.items())))

    def reference_day(self, school_year: str, term: int | str) -> dt.date:
        """The day a term's entitlement is decided on: stage, boarding, categories,
        enrolment and standards are taken as of this day."""
        return self.term_dates(school_year, term).reference

    # -- school years ---------------------------------------------------------------
    def school_year_start(self, day: dt.date) -> dt.date:
        """The first day of the school year `day` falls in (1 September)."""
        year = day.year if (day.month, day.day) >= YEAR_START else day.year - 1
        return dt.date(year, *YEAR_START)

    def next_school_year_start(self, day: dt.date) -> dt.date:
        start = self.school_year_start(day)
        return start.replace(year=start.year + 1)

    def school_year_of(self, day: dt.date) -> str:
        return school_year_label(self.school_year_start(day).year)

    def school_years_around(self, day: dt.date, back: int) -> list[str]:
        """The next school year, the one `day` falls in and `back` before, newest first."""
        first = self.school_year_start(day).year
        return [school_year_label(y) for y in range(first + 1, first - back - 1, -1)]

    # -- terms ------------------------------------------------------------------------
    def terms_of_years(self, first: int, last: int) -> list[TermDates]:
        return [self._term(y, t) for y in range(first, last + 1) for t in (AUTUMN, SPRING)]

    def terms_between(self, start: dt.date, end: dt.date) -> list[Period]:
        """The terms that overlap [start, end], in order."""
        return [
            t.period
            for t in self.terms_of_years(start.year - 1, end.year)
            if t.start <= end and t.end >= start
        ]

    def term_at(self, day: dt.date) -> TermDates | None:
        """The term `day` falls in; None in the holidays."""
        for t in self.terms_of_years(day.year - 1, day.year):
            if t.start <= day <= t.end:
                return t
        return None

    def term_of(self, day: dt.date) -> Period | None:
        found = self.term_at(day)
        return found.period if found else None

    def last_term(self, day: dt.date) -> TermDates:
        """The term running on `day`, or in the holidays the term just gone."""
        running = self.term_at(day)
        if running is not None:
            return running
        return [t for t in self.terms_of_years(day.year - 1, day.year) if t.end < day][-1]

    def term_so_far(self, day: dt.date) -> Period:
        """The term running on `day`, up to that day; in the holidays, the whole term
        just gone (the default period of the care pages and `fupin care coverage`)."""
        term = self.last_term(day)
        return Period("term", term.start, min(term.end, day))

    def term_number(self, day: dt.date) -> int | None:
        """1 (autumn) or 2 (spring) for a day in a term; None in the holidays."""
        term = self.term_at(day)
        return term.term if term else None

    def current_term(self, day: dt.date | None = None) -> tuple[str, int]:
        """(school year, term) of a day (default today); in the holidays, the term just
        gone: the one whose aid is being paid and reconciled."""
        term = self.last_term(day or dt.date.today())
        return term.school_year, term.term

    # -- months -----------------------------------------------------------------------
    def months_between(self, start: dt.date, end: dt.date) -> list[Period]:
        """The months that overlap [start, end], each cut to the days that fall in a
        term."""
        found: list[Period] = []
        term_list = self.terms_between(start, end)
        year, month = start.year, start.month
        while dt.date(year, month, 1) <= end:
            first = dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            for term in term_list:
                lo, hi = max(first, term.start), min(last, term.end)
                if lo <= hi:
                    found.append(Period("month", lo, hi))
            year, month = nxt.year, nxt.month
        return found

    def periods_between(self, kind: str, start: dt.date, end: dt.date) -> list[Period]:
        """Terms (kind "term") or months (any other kind) overlapping [start, end]."""
        if kind == "term":
            return self.terms_between(start, end)
        return self.months_between(start, end)


DEFAULT = Calendar()
