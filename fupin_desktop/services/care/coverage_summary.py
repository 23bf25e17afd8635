"""The term's coverage figures kept as a summary (docs/architecture.md, "Start-up and
speed"). Counting them takes seconds at county scale (services/care/coverage.py); they
change only when the ledger changes, or the day. So the figures as last counted are kept
in `coverage_summary`, under their scope, period and day, with the **fingerprint** of
the ledger they were counted from; a reading whose fingerprint still matches is one
primary-key lookup, any other counts again and keeps the new figures.

The fingerprint is what every change the program makes moves, read in well under a
millisecond: the installation's edit counter (every edit of a travelling record takes
an edit number, one by one in `Travelling.save` or in blocks in the bulk writer), the
packages imported (each import records its package in the same transaction), the
purges (each one logged), the schema version and the settings (term dates, rules'
settings). Triggers on the counted tables would see writes from outside the program
too, but cost ~15 µs on every row a sync import writes; the fingerprint costs nothing
there. The fingerprint is read before counting, so figures counted while another
connection changed the ledger carry an old fingerprint and are counted again next time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import CoverageSummary
from fupin_desktop.i18n import tr
from fupin_desktop.services import audit
from fupin_desktop.services.care import coverage as counting
from fupin_desktop.services.care.coverage import Coverage, CoverageRow
from fupin_desktop.services.context import Actor


def _key(school_id: str | None, start: dt.date, end: dt.date, as_of: dt.date) -> str:
    return f"{school_id or '*'}|{start}|{end}|{as_of}"


FINGERPRINT_SQL = (
    "SELECT (SELECT counter || '/' || coalesce(school_id, '') || '/' || role"
    " FROM installation WHERE id = 1),"
    " (SELECT count(*) || '/' || coalesce(max(rowid), 0) FROM package_ledger),"
    " (SELECT count(*) || '/' || coalesce(max(rowid), 0) FROM purge_log)"
)


def fingerprint() -> str:
    """What moves with every change the program makes to the ledger (module doc)."""
    digest = hashlib.sha256()
    digest.update(repr(database.execute_sql(FINGERPRINT_SQL).fetchone()).encode())
    digest.update(repr(database.execute_sql("PRAGMA user_version").fetchone()).encode())
    for row in database.execute_sql("SELECT key, value FROM setting ORDER BY key"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


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
    holds these figures of this very ledger, else counted and kept. Recorded in the
    audit log either way."""
    as_of = as_of or dt.date.today()
    key = _key(school_id, start, end, as_of)
    now = fingerprint()
    stored = CoverageSummary.get_or_none(CoverageSummary.key == key)
    if stored is not None and stored.fingerprint == now:
        audit.record(actor, "coverage", details=f"{start}..{end}")
        return _load(stored.figures, start, end, as_of)
    result = counting.coverage(actor, start, end, school_id=school_id, as_of=as_of)
    with database.atomic():
        # Figures of another day, or of a ledger that has changed since, are of no use.
        CoverageSummary.delete().where(
            (CoverageSummary.as_of != as_of) | (CoverageSummary.fingerprint != now)
        ).execute()
        CoverageSummary.replace(
            key=key, as_of=as_of, fingerprint=now, figures=_dump(result)
        ).execute()
    return result
