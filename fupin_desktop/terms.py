"""The one school calendar: school years ("2026-2027"), terms (1 autumn, 2 spring), the
months of a term, and the day a term's aid is decided on.

Today the program counts by two rules, kept here side by side under two names until the
aid issue decides one (docs/architecture.md, "The school calendar"):

- AID, the aid calendar: the school year starts on 1 September; September to January is
  the autumn term and February to August the spring term (every day is in a term); a
  term's entitlement is decided on 1 September and 1 March. Aid, the township's totals
  and county report ("visited since September") and the demo's care records count by it.
- CARE, the care calendar: the school year starts on 1 August; the autumn term runs
  1 September to 31 January and the spring term 1 March to 15 July, so February and the
  summer are holidays in which the reminders ask for nothing. The care wing reads its
  terms from a setting (services.care.reminders.calendar()) and passes them here.

Pure dates: nothing here reads the ledger.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.validation import normalise_text

# (start month, start day, end month, end day): an end before the start is next year.
Window = tuple[int, int, int, int]
MonthDay = tuple[int, int]

# Holidays are shorter than this: the term before a day in them starts within it.
_LOOK_BACK_DAYS = 200


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


# -- a calendar -----------------------------------------------------------------------


@dataclass(frozen=True)
class Calendar:
    """One rule for counting by school year and term."""

    name: str
    year_start: MonthDay  # the first day of a school year
    terms: tuple[Window, ...]  # autumn, then spring; days outside them are holidays
    # Autumn, spring: the day a term's aid is decided on; None where no aid is decided.
    reference_days: tuple[MonthDay, MonthDay] | None = None

    def with_terms(self, terms: tuple[Window, ...] | None) -> Calendar:
        """The same calendar with other term dates (from a setting); None keeps them."""
        return replace(self, terms=tuple(terms)) if terms else self

    # -- school years ---------------------------------------------------------------
    def school_year_start(self, day: dt.date) -> dt.date:
        """The first day of the school year `day` falls in."""
        month, first = self.year_start
        year = day.year if (day.month, day.day) >= (month, first) else day.year - 1
        return dt.date(year, month, first)

    def next_school_year_start(self, day: dt.date) -> dt.date:
        """The first day of the school year after the one `day` falls in."""
        start = self.school_year_start(day)
        return start.replace(year=start.year + 1)

    def school_year_of(self, day: dt.date) -> str:
        return school_year_label(self.school_year_start(day).year)

    def school_years_around(self, day: dt.date, back: int) -> list[str]:
        """The next school year, the one `day` falls in and `back` before, newest first."""
        first = self.school_year_start(day).year
        return [school_year_label(y) for y in range(first + 1, first - back - 1, -1)]

    # -- terms ------------------------------------------------------------------------
    def terms_between(self, start: dt.date, end: dt.date) -> list[Period]:
        """The terms that overlap [start, end], in order."""
        found: list[Period] = []
        for year in range(start.year - 1, end.year + 1):
            for sm, sd, em, ed in self.terms:
                first = dt.date(year, sm, sd)
                last = dt.date(year + (1 if (em, ed) < (sm, sd) else 0), em, ed)
                if first <= end and last >= start:
                    found.append(Period("term", first, last))
        return sorted(found, key=lambda p: p.start)

    def term_of(self, day: dt.date) -> Period | None:
        """The term `day` falls in; None in the holidays."""
        found = self.terms_between(day, day)
        return found[0] if found else None

    def term_so_far(self, day: dt.date) -> Period:
        """The term running on `day`, up to that day; in the holidays, the whole term
        just gone (the default period of the care pages and `fupin care coverage`)."""
        term = self.term_of(day)
        if term is None:
            term = self.terms_between(day - dt.timedelta(days=_LOOK_BACK_DAYS), day)[-1]
        return replace(term, end=min(term.end, day))

    def term_number(self, day: dt.date) -> int | None:
        """1 (autumn) or 2 (spring) for a day in a term; None in the holidays."""
        term = self.term_of(day)
        if term is None:
            return None
        return 1 if term.start.month >= self.year_start[0] else 2

    def current_term(self, day: dt.date | None = None) -> tuple[str, int]:
        """(school year, term) of a day (default today). For a calendar with holidays a
        day outside every term raises ValueError; the aid calendar has none."""
        day = day or dt.date.today()
        number = self.term_number(day)
        if number is None:
            raise ValueError(f"{day} is in the holidays of the {self.name} calendar")
        return self.school_year_of(day), number

    def reference_day(self, school_year: str, term: int) -> dt.date:
        """The day a term's entitlement is decided on: standards and enrolment are taken
        as of this day."""
        if self.reference_days is None:
            raise ValueError(f"the {self.name} calendar decides no aid")
        year = first_year(school_year)
        month, day = self.reference_days[clean_term(term) - 1]
        return dt.date(year if (month, day) >= self.year_start else year + 1, month, day)

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


AID = Calendar(
    name="aid",
    year_start=(9, 1),
    terms=((9, 1, 1, 31), (2, 1, 8, 31)),
    reference_days=((9, 1), (3, 1)),
)

CARE = Calendar(
    name="care",
    year_start=(8, 1),
    terms=((9, 1, 1, 31), (3, 1, 7, 15)),
)
