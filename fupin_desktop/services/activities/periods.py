"""School years, terms and the months of a term, for counting duties: taken from the one
school calendar with the principal's dates (services.calendar; docs/architecture.md,
"Calendar"): the holidays ask nothing, and in the holidays "this term" is the term just
gone."""

from __future__ import annotations

import datetime as dt
import re

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services.calendar import school_calendar as calendar
from fupin_desktop.terms import Period, clean_school_year

__all__ = ["Period", "current_term", "parse_term", "periods_of", "term_period", "year_period"]


def term_period(school_year: str, term: int) -> Period:
    """The days of a term: 1 the autumn term, 2 the spring term of the school year."""
    if term not in (1, 2):
        raise ValidationError(N_("The term must be 1 (autumn) or 2 (spring)."), field="term")
    return calendar().term_dates(clean_school_year(school_year), term).period


def year_period(school_year: str) -> Period:
    start = calendar().term_dates(clean_school_year(school_year), 1).start
    first = calendar().school_year_start(start)
    last = calendar().next_school_year_start(start) - dt.timedelta(days=1)
    return Period("year", first, last)


def periods_of(kind: str, school_year: str, term: int) -> list[Period]:
    """The periods of a target's kind that a term view shows: the months of the term (cut
    to term days), the term itself, or the whole school year."""
    whole = term_period(school_year, term)
    if kind == "month":
        return calendar().months_between(whole.start, whole.end)
    if kind == "year":
        return [year_period(school_year)]
    return [whole]


def current_term(day: dt.date | None = None) -> tuple[str, int]:
    """(school year, term) of a day; in the holidays, the term just gone or next."""
    return calendar().current_term(day)


def parse_term(text: str | None, today: dt.date | None = None) -> tuple[str, int]:
    """'2025-2026/1', '2025-2026-2' or '2025-2026 2'; empty: the current term."""
    if not text:
        return current_term(today)
    match = re.fullmatch(r"\s*(\d{4}\s*[-/—–~至]\s*\d{4})\s*[-/ :第]?\s*([12])\s*学?期?\s*", text)
    if not match:
        raise ValidationError(
            N_("{value} is not a term (for example 2025-2026/1)."), field="term", value=text
        )
    return clean_school_year(match[1]), int(match[2])


def term_label(school_year: str, term: int) -> str:
    name = tr("Autumn term") if term == 1 else tr("Spring term")
    return f"{school_year} {name}"
