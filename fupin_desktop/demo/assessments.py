"""Demo assessments: every enrolled child assessed in the school year of `as_of`, so that a
ledger made on 31 August holds last year's assessments (docs/architecture.md, "The school
year"). Written with executemany like the rest of the demo (DESIGN "Speed")."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from fupin_desktop import terms
from fupin_desktop.db.base import database
from fupin_desktop.db.bulk import Rows
from fupin_desktop.db.models import Assessment
from fupin_desktop.services.calendar import school_calendar

_SELECT = (
    "SELECT id, orphan, extreme_poverty_support, de_facto_unsupported, registered_poor, "
    "dibao, poverty_status FROM student WHERE enrolment = 'enrolled' AND deleted = 0"
)


def _level(row: tuple[Any, ...]) -> tuple[str, list[str]]:
    _, orphan, extreme, unsupported, registered, dibao, status = row
    if orphan or unsupported:
        return "severe", ["orphan"]
    if extreme:
        return "severe", ["extreme_poverty_support"]
    if registered or dibao:
        return "hardship", ["registered_poor"] if registered else ["dibao"]
    if status in ("monitored_unstable", "monitored_marginal", "monitored_sudden", "returned"):
        return "mild", ["monitored"]
    return "none", []


def add_assessments(seed: int, as_of: dt.date, new_id: Callable[[], str], now: str) -> int:
    """One assessment per enrolled child for the school year of `as_of`, reviewed and
    noticed in its autumn; returns how many. Written through the bulk writer."""
    rng = random.Random(seed * 7919 + 11)
    calendar = school_calendar()
    school_year = calendar.school_year_of(as_of)
    # Reviews a fortnight into the autumn term, as schools hold them.
    start = calendar.term_dates(school_year, terms.AUTUMN).start + dt.timedelta(days=14)
    rows = Rows(Assessment)
    for row in database.execute_sql(_SELECT).fetchall():
        level, reasons = _level(row)
        review = start + dt.timedelta(days=rng.randint(0, 10))
        rows.add(
            {
                "id": new_id(),
                "student_id": row[0],
                "school_year": school_year,
                "level": level,
                "reasons": reasons,
                "assessed_on": review + dt.timedelta(days=10),
                "review_date": review,
                "review_participants": "班主任、学生代表、家长代表",
                "notice_start": review + dt.timedelta(days=1),
                "notice_end": review + dt.timedelta(days=8),
                "decision": "同意" if level != "none" else "",
            }
        )
    count = len(rows.rows)
    rows.flush(now)
    return count
