"""The term's coverage figures kept as a summary (docs/architecture.md, "Start-up and
speed"). Counting them takes seconds at county scale (services/care/coverage.py); they
change only when a record they count changes, or the day. So the figures as last counted
are kept in `coverage_summary`, under their scope, period and day, and triggers on every
table they count (migration 0012) empty that table when a row is added, changed or
deleted, whoever writes it. A reading finds them there (one primary-key lookup), or
counts and keeps them.

Figures counted while another connection changed the ledger are shown but not kept: the
data version SQLite gives each connection is read before counting and again, under the
write lock, before keeping them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import CoverageSummary
from fupin_desktop.i18n import tr
from fupin_desktop.services import audit
from fupin_desktop.services.care import coverage as counting
from fupin_desktop.services.care.coverage import Coverage, CoverageRow
from fupin_desktop.services.context import Actor

# Every table whose rows the figures count (migration 0012 keeps a frozen copy).
COUNTED_TABLES = (
    "student",
    "pairing",
    "visit",
    "status_history",
    "left_behind_profile",
    "diary_entry",
    "family_call",
    "reminder_rule",
    "teacher",
    "school",
    "setting",
)


def _key(school_id: str | None, start: dt.date, end: dt.date, as_of: dt.date) -> str:
    return f"{school_id or '*'}|{start}|{end}|{as_of}"


def _data_version() -> int:
    return database.execute_sql("PRAGMA data_version").fetchone()[0]


def _dump(result: Coverage) -> str:
    return json.dumps(
        {
            "rows": [dataclasses.asdict(r) for r in result.rows],
            "schools": [dataclasses.asdict(r) for r in result.schools],
            "total": dataclasses.asdict(result.total),
        },
        ensure_ascii=False,
    )


def _load(text: str, start: dt.date, end: dt.date, as_of: dt.date) -> Coverage:
    data: dict[str, Any] = json.loads(text)
    result = Coverage(start, end, as_of)
    result.rows = [CoverageRow(**r) for r in data["rows"]]
    result.schools = [CoverageRow(**r) for r in data["schools"]]
    result.total = CoverageRow(**data["total"])
    result.total.school_name = tr("Total")
    return result


def term_coverage(
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    school_id: str | None = None,
    as_of: dt.date | None = None,
) -> Coverage:
    """coverage.coverage(...) of [start, end] as of `as_of`, from the summary when it
    holds these figures, else counted and kept. Recorded in the audit log either way."""
    as_of = as_of or dt.date.today()
    key = _key(school_id, start, end, as_of)
    stored = CoverageSummary.get_or_none(CoverageSummary.key == key)
    if stored is not None:
        audit.record(actor, "coverage", details=f"{start}..{end}")
        return _load(stored.figures, start, end, as_of)
    before = _data_version()
    result = counting.coverage(actor, start, end, school_id=school_id, as_of=as_of)
    _keep(key, as_of, result, before)
    return result


def _keep(key: str, as_of: dt.date, result: Coverage, before: int) -> None:
    """Keep the figures unless another connection committed a change since `before`
    (checked under the write lock, so nothing commits in between)."""
    with database.atomic("IMMEDIATE"):
        if _data_version() != before:
            return
        # Yesterday's figures are of no use any more.
        CoverageSummary.delete().where(CoverageSummary.as_of != as_of).execute()
        CoverageSummary.replace(key=key, as_of=as_of, figures=_dump(result)).execute()
