"""School years, terms and the months of a term, for counting duties: taken from the one
school calendar (fupin_desktop.terms): the term dates of the care calendar with their
setting (services.care.reminders.calendar(): February and the summer ask nothing), and
"this term" named as the aid calendar names it (every day falls in a term)."""

from __future__ import annotations

import datetime as dt
import re

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services.care.reminders import calendar
from fupin_desktop.terms import AID, Period, clean_school_year

__all__ = ["Period", "current_term", "parse_term", "periods_of", "term_period", "year_period"]


def _terms_of_year(school_year: str) -> list[Period]:
    first = int(clean_school_year(school_year)[:4])
    found = calendar().terms_between(dt.date(first, 8, 1), dt.date(first + 1, 7, 31))
    return [p for p in found if dt.date(first, 8, 1) <= p.start <= dt.date(first + 1, 7, 31)]


def term_period(school_year: str, term: int) -> Period:
    """The days of a term: 1 the autumn term, 2 the spring term of the school year."""
    terms = _terms_of_year(school_year)
    if term not in (1, 2) or len(terms) < term:
        raise ValidationError(N_("The term must be 1 (autumn) or 2 (spring)."), field="term")
    return terms[term - 1]


def year_period(school_year: str) -> Period:
    first = int(clean_school_year(school_year)[:4])
    return Period("year", dt.date(first, 9, 1), dt.date(first + 1, 8, 31))


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
    return AID.current_term(day)


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
