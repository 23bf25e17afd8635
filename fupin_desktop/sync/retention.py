"""Purging what every peer has acknowledged (docs/architecture.md, "People and privacy").

A tombstone travels so that every copy of the record is deleted. Once each peer that
receives the record (the township for a school; the record's school for the township)
has acknowledged a version at least as new as the tombstone (`sync.ack.<peer>`), its
personal columns are blanked here (services/accounts/retention.blank), after the
county's `tombstone_days`. The same run clears resolved conflict rows whose time is up
and rotates the copies kept aside at restores.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.models import ConflictLog, School
from fupin_desktop.errors import NotInitialised
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts import retention
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.ledger import kept_aside, rotate_aside
from fupin_desktop.sync import state
from fupin_desktop.sync.tables import is_reference, scope_sql, sync_tables
from fupin_desktop.sync.vectors import leq


@dataclass
class PurgePlan:
    """What a purge would do now: acknowledged tombstones with personal data, by table;
    resolved conflict rows due; copies kept aside beyond the setting."""

    tombstones: dict[str, list[str]] = field(default_factory=dict)
    conflicts: int = 0
    aside: list[Path] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(len(ids) for ids in self.tombstones.values())

    def __bool__(self) -> bool:
        return bool(self.records or self.conflicts or self.aside)


def _holds_ours(key: str) -> bool:
    """Whether the peer `key` may hold our records: it is enrolled (it sent to us), or we
    sent it a package. A peer that never got anything needs to acknowledge nothing."""
    return state.peer(key) is not None or state.upcoming_sequence(key) > 1


def _routes() -> list[tuple[str, str]]:
    """(peer key, school id) of every route whose receiver must acknowledge a row."""
    info = installation.current()
    if info is None:
        raise NotInitialised()
    if not info.is_township:
        assert info.school_id is not None
        key = state.peer_key("township", info.township_code)
        return [(key, info.school_id)] if _holds_ours(key) else []
    out = []
    for school in School.select(School.id, School.code).where(School.deleted == False):  # noqa: E712
        key = state.peer_key("school", school.code)
        if _holds_ours(key):
            out.append((key, school.id))
    return out


def acknowledged(now: dt.datetime | None = None) -> dict[str, list[str]]:
    """Tombstones (by table) that every peer receiving them has acknowledged, older than
    the county's tombstone_days, whose personal columns are still there."""
    routes = [(key, school, state.ack(key)) for key, school in _routes()]
    cutoff = (now or utcnow()) - dt.timedelta(days=retention.value("tombstone_days"))
    found: dict[str, list[str]] = {}
    for table in sync_tables():
        if is_reference(table) or table.name == "school":
            continue
        done = retention.already_purged(table.name)
        sql = f'SELECT t.id, t.version FROM "{table.name}" AS t WHERE t.deleted = 1'
        sql += " AND t.updated_at <= ?"
        candidates = {
            rid: json.loads(version) if isinstance(version, str) else version
            for rid, version in database.execute_sql(sql, (cutoff,))
            if rid not in done
        }
        if not candidates:
            continue
        refused: set[str] = set()
        where = scope_sql(table)
        for _key, school_id, ack in routes:
            in_scope = database.execute_sql(
                f'SELECT t.id FROM "{table.name}" AS t WHERE t.deleted = 1 AND t.{where}',
                (school_id,),
            )
            for (rid,) in in_scope:
                if rid in candidates and not leq(candidates[rid] or {}, ack):
                    refused.add(rid)
        ids = sorted(set(candidates) - refused)
        if ids:
            found[table.name] = ids
    return found


def plan(db_path: Path, now: dt.datetime | None = None) -> PurgePlan:
    keep = retention.value("before_restore")
    return PurgePlan(
        tombstones=acknowledged(now),
        conflicts=ConflictLog.select().where(retention.conflicts_due(now)).count(),
        aside=kept_aside(db_path)[max(keep, 1) :],
    )


def purge(actor: Actor, db_path: Path, now: dt.datetime | None = None) -> Result[PurgePlan]:
    """Do what `plan` says, in one transaction (the copies aside go after it)."""
    require(actor, Do.PURGE)
    todo = plan(db_path, now)
    changes = Changes()
    models = {t.name: t.model for t in sync_tables()}
    with database.atomic():
        for name, ids in todo.tombstones.items():
            done = retention.blank(models[name], ids, retention.ACKNOWLEDGED)
            if done:
                changes.touch(name, *done)
        retention.clear_conflicts(now)
        details = (
            f"{todo.records} records, {todo.conflicts} conflict rows, "
            f"{len(todo.aside)} copies aside"
        )
        audit.record(actor, audit.Action.PURGE, details=details)
    rotate_aside(db_path, retention.value("before_restore"))
    if todo.conflicts:
        changes.touch("conflict_log")
    return Result(todo, changes)
