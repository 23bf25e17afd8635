"""The settings of the one school calendar and the province, as the principal sets them
in Settings or with `fupin settings get|set KEY VALUE` (docs/architecture.md,
"Calendar"). Everything that counts by term asks school_calendar() for the calendar.

Keys:
    province                          the province of the provincial aid standards
    calendar.2026-2027.autumn         "2026-09-01 2027-01-22": the autumn term's days
    calendar.2026-2027.spring         "2027-02-22 2027-07-09": the spring term's days
    calendar.2026-2027.autumn_reference, calendar.2026-2027.spring_reference
                                      the day a term's entitlement is decided on
    aid.contact                       who a family asks about a payment (告知书)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Setting
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services import audit
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.installation import get_setting, set_setting
from fupin_desktop.terms import AUTUMN, SPRING, Calendar, TermDates, first_year
from fupin_desktop.validation import clean_date, normalise_text

PROVINCE = "province"
CONTACT = "aid.contact"
_PREFIX = "calendar."
_KEY = re.compile(r"^calendar\.(\d{4}-\d{4})\.(autumn|spring)(_reference)?$")
_TERMS = {"autumn": AUTUMN, "spring": SPRING}

UNKNOWN_KEY = N_(
    "Unknown setting {key}. Settings: province, aid.contact, "
    "calendar.YEAR.autumn|spring (two dates), calendar.YEAR.autumn_reference|"
    "spring_reference (a date)."
)
BAD_RANGE = N_("{key}: give the first and the last day, for example 2027-02-22 2027-07-09.")
BAD_ORDER = N_("{key}: the last day comes before the first.")
OUTSIDE = N_("{key}: the term must lie in the school year {year} (1 August to the next 31 August).")
OVERLAP = N_("The autumn term of {year} must end before its spring term starts.")
REF_OUTSIDE = N_("{key}: the reference day must fall within the term ({start} to {end}).")


@dataclass(frozen=True)
class SettingKey:
    key: str
    school_year: str = ""
    term: int = 0
    reference: bool = False


def parse_key(raw: str) -> SettingKey:
    key = normalise_text(raw)
    if key in (PROVINCE, CONTACT):
        return SettingKey(key)
    match = _KEY.match(key)
    if not match or first_year(match[1]) + 1 != int(match[1][5:]):
        raise ValidationError(UNKNOWN_KEY, key=key)
    return SettingKey(key, match[1], _TERMS[match[2]], bool(match[3]))


def _stored_calendar() -> dict[str, Any]:
    rows = Setting.select().where(Setting.key.startswith(_PREFIX))
    return {row.key: row.value for row in rows if row.value}


def calendar_from(stored: dict[str, Any]) -> Calendar:
    overrides: dict[tuple[int, int], list[dt.date | None]] = {}
    for key, value in stored.items():
        match = _KEY.match(key)
        if not match:
            continue
        slot = overrides.setdefault((first_year(match[1]), _TERMS[match[2]]), [None] * 3)
        if match[3]:
            slot[2] = dt.date.fromisoformat(value)
        else:
            slot[0], slot[1] = (dt.date.fromisoformat(v) for v in value)
    return Calendar({k: tuple(v) for k, v in overrides.items()})


def school_calendar() -> Calendar:
    """The calendar with the dates the principal set: the one every wing counts by."""
    return calendar_from(_stored_calendar())


def province() -> str:
    return normalise_text(get_setting(PROVINCE, ""))


def _dates(key: str, raw: str) -> list[dt.date]:
    parts = [p for p in re.split(r"\s*(?:\.\.|~|～|至|到|,|，|\s)\s*", normalise_text(raw)) if p]
    try:
        days = [clean_date(p) for p in parts]
    except ValidationError as exc:
        raise ValidationError(BAD_RANGE, key=key) from exc
    if len(days) != 2 or None in days:
        raise ValidationError(BAD_RANGE, key=key)
    return [d for d in days if d is not None]


TERM_WORDS = {
    AUTUMN: N_("The autumn term of {year}"),
    SPRING: N_("The spring term of {year}"),
}


def _term_words(school_year: str, term: int) -> str:
    """A term as a person names it, in a refusal: the Settings dialog's dates have no
    key to show ("calendar.2026-2027.autumn" was shown there)."""
    return tr(TERM_WORDS[term]).format(year=school_year)


def _check_term(cal: Calendar, key: SettingKey) -> None:
    term = cal.term_dates(key.school_year, key.term)
    year = first_year(key.school_year)
    words = _term_words(key.school_year, key.term)
    if term.end < term.start:
        raise ValidationError(BAD_ORDER, key=words)
    if not dt.date(year, 8, 1) <= term.start <= term.end <= dt.date(year + 1, 8, 31):
        raise ValidationError(OUTSIDE, key=words, year=key.school_year)
    autumn, spring = (cal.term_dates(key.school_year, t) for t in (AUTUMN, SPRING))
    if autumn.end >= spring.start:
        raise ValidationError(OVERLAP, year=key.school_year)
    for t in (autumn, spring):
        if not t.start <= t.reference <= t.end:
            raise ValidationError(
                REF_OUTSIDE,
                key=_term_words(key.school_year, t.term),
                start=t.start.isoformat(),
                end=t.end.isoformat(),
            )


def get_value(raw_key: str) -> tuple[str, bool]:
    """(the value as text, whether it is the default)."""
    key = parse_key(raw_key)
    if not key.school_year:
        value = normalise_text(get_setting(key.key, ""))
        return value, not value
    stored = get_setting(key.key)
    term = school_calendar().term_dates(key.school_year, key.term)
    if key.reference:
        return term.reference.isoformat(), not stored
    return f"{term.start.isoformat()} {term.end.isoformat()}", not stored


def set_value(actor: Actor, raw_key: str, raw_value: str) -> Result[None]:
    """Set one setting (the principal); an empty value returns to the default. The whole
    school year's terms are checked together before anything is stored."""
    key = parse_key(raw_key)
    text = normalise_text(raw_value)
    value: Any = text
    if key.school_year and text:
        if key.reference:
            day = clean_date(text)
            value = day.isoformat() if day else ""
        else:
            value = [d.isoformat() for d in _dates(key.key, text)]
    with database.atomic():
        changes = set_setting(actor, key.key, value or None).changes
        if key.school_year:
            _check_term(school_calendar(), key)
        audit.record(actor, "setting", "setting", details=f"{key.key}={value or ''}")
    return Result(None, changes)


def set_terms(
    actor: Actor, terms: list[TermDates], province_name: str | None = None
) -> Result[None]:
    """Set a school year's terms and reference days at once (the Settings page)."""
    changes = Changes()
    with database.atomic():
        if province_name is not None:
            changes.merge(set_value(actor, PROVINCE, province_name).changes)
        for t in terms:
            name = "autumn" if t.term == AUTUMN else "spring"
            base = f"calendar.{t.school_year}.{name}"
            set_setting(actor, base, [t.start.isoformat(), t.end.isoformat()])
            set_setting(actor, f"{base}_reference", t.reference.isoformat())
        for t in terms:
            _check_term(school_calendar(), parse_key(f"calendar.{t.school_year}.autumn"))
        audit.record(actor, "setting", "setting", details="calendar")
    return Result(None, changes.merge(Changes(settings=True)))


def describe(cal: Calendar, school_year: str) -> list[str]:
    """The terms of a school year in words, for `fupin settings get`."""
    out = []
    for term in (AUTUMN, SPRING):
        t = cal.term_dates(school_year, term)
        out.append(
            tr("{term}: {start} to {end}, reference day {reference}").format(
                term=tr("Autumn term") if term == AUTUMN else tr("Spring term"),
                start=t.start.isoformat(),
                end=t.end.isoformat(),
                reference=t.reference.isoformat(),
            )
        )
    return out
