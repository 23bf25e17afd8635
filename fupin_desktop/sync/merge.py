"""Merging by version vectors: the preview (a plan) and its application.

For each incoming record against the local one:
    not here            new (or a deletion arriving): inserted
    incoming dominates  replaced
    local dominates     ignored (the package is older than what is here)
    equal               unchanged (unless the content differs: edit numbers used twice,
                        after a restore; then merged field by field as below)
    concurrent          merged field by field (sync/fields.py): edits of different
                        fields both survive; an edit of the same field on both sides is
                        a conflict with a winner decided the same way on every
                        installation, and the loser goes to the conflict log.

A sheet without field stamps merges concurrent records whole, as formats before 5 did
(they are refused now, manifest.SIGNED_SINCE; every writer of 5 writes the stamps): a
live record beats a deletion, then the later change, then the content hash; the winner
is written with the merged vector.

The township's reference data at a school (`prevailing`, sync.authority) is taken whole
from the township's package, even against the school's own seeding: a school never
edits it.

Diary text and counselling notes that a package did not carry (blank cells) never
overwrite text that is here, and never decide a winner.

A conflict logged here closes by itself when a package brings every field of it edited
again by someone who had seen it (a person kept one side on the other installation).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from fupin_desktop.db import bulk
from fupin_desktop.db import stamps as st
from fupin_desktop.db.base import database, json_text
from fupin_desktop.db.models import ConflictLog
from fupin_desktop.i18n import N_
from fupin_desktop.sync import fields
from fupin_desktop.sync.checks import check_duplicates, check_rows
from fupin_desktop.sync.codec import row_text
from fupin_desktop.sync.reader import Package, PackageRefused, TableData
from fupin_desktop.sync.tables import SyncTable
from fupin_desktop.sync.vectors import CONCURRENT, EQUAL, NEWER, compare, merge, valid

NEW, CHANGED, UNCHANGED, CONFLICT, DELETED = "new", "changed", "unchanged", "conflict", "deleted"
CATEGORIES = (NEW, CHANGED, UNCHANGED, CONFLICT, DELETED)
_BATCH = 500
_TIMES = st.UNSTAMPED  # bookkeeping: never merged as content
SETTLED = "elsewhere"  # the resolution of a conflict settled on the other installation


@dataclass
class TablePlan:
    table: SyncTable
    data: TableData
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    writes: list[tuple[Any, ...]] = field(default_factory=list)  # rows that are here
    inserts: list[tuple[Any, ...]] = field(default_factory=list)  # rows that are not
    conflicts: list[Conflict] = field(default_factory=list)
    settled: list[int] = field(default_factory=list)  # conflict log ids closed by this
    taken: list[int] = field(default_factory=list)  # package rows written (in part or whole)


@dataclass(frozen=True)
class Conflict:
    """A record edited on both sides, as the conflict log keeps it."""

    winner: dict[str, Any]
    loser: dict[str, Any]
    sides: dict[str, str]  # {column: the side that won}; {} for a whole-record conflict
    here_by: str  # who made this ledger's version (its changed_by), "" if not known
    there_by: str  # who made the package's


@dataclass
class Plan:
    package: Package
    tables: list[TablePlan]
    highest_own: int = 0  # the highest edit number of this installation seen incoming

    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(CATEGORIES, 0)
        for table in self.tables:
            for key, count in table.counts.items():
                out[key] += count
        return out


class _Layout:
    """Positions of the package's columns that the merge needs."""

    def __init__(self, data: TableData, carried: bool) -> None:
        columns = data.columns
        keys = [c.key for c in columns]
        self.id = keys.index("id")
        self.version = keys.index("version")
        self.deleted = keys.index("deleted")
        self.updated = keys.index("updated_at")
        # Packages written before the changed_by migration do not carry it.
        self.by = keys.index("changed_by") if "changed_by" in keys else None
        # Text that stays at school (schema.fields.Field.stays_at_school) arrives blank
        # unless the sender's setting let it travel (`carried`).
        self.stays = [i for i, c in enumerate(columns) if c.stays_at_school]
        plain = [i for i, k in enumerate(keys) if k not in _TIMES and i not in self.stays]
        self.plain = plain
        self.content = plain + (self.stays if carried else [])
        self.carried = carried
        self.fields: fields.Columns | None = None
        if "stamps" in keys:
            self.stamps = keys.index("stamps")
            self.fields = fields.Columns(
                keys=keys,
                version=self.version,
                stamps=self.stamps,
                deleted=self.deleted,
                updated=self.updated,
                fields=[i for i, k in enumerate(keys) if k not in _TIMES],
                blank=frozenset() if carried else frozenset(self.stays),
                by=self.by,
            )

    def who(self, row: tuple[Any, ...]) -> str:
        return str(row[self.by] or "") if self.by is not None else ""

    def equal(self, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
        return all(a[i] == b[i] for i in self.content)

    def same_edits(self, a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
        """Equal vectors hold equal content and stamps (else numbers were used twice)."""
        if self.fields is None:
            return True
        return self.equal(a, b) and a[self.stamps] == b[self.stamps]

    def key(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """The deterministic winner order; the same on every installation."""
        plain = hashlib.sha256(row_text([row[i] for i in self.plain])).hexdigest()
        extra = ""
        if self.carried:
            extra = hashlib.sha256(row_text([row[i] for i in self.stays])).hexdigest()
        return (not row[self.deleted], row[self.updated], plain, extra)


def _local_rows(table: SyncTable, keys: list[str], ids: list[str]) -> dict[str, tuple[Any, ...]]:
    columns = ", ".join(f'"{k}"' for k in keys)
    found: dict[str, tuple[Any, ...]] = {}
    at = keys.index("id")
    ids = sorted(ids)  # in key order: each batch reads neighbouring pages of the index
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT {columns} FROM "{table.name}" WHERE "id" IN ({marks})'
        for row in database.execute_sql(sql, chunk):
            found[row[at]] = tuple(row)
    return found


def _as_record(keys: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    record = dict(zip(keys, row, strict=True))
    record["version"] = json.loads(record["version"])
    if "stamps" in record:
        record["stamps"] = json.loads(record["stamps"])
    return record


def plan_table(
    data: TableData,
    carried: bool,
    own_instance: str,
    conflicted: set[str] | None = None,
    prevails: bool = False,
    present: set[str] | None = None,
) -> tuple[TablePlan, int]:
    """`conflicted`: the tables with open conflicts (None: look). `prevails`: the sender
    has authority over this table (the township's reference data at a school,
    sync.authority): its row wins a concurrent edit whole, stamps and all, and no conflict
    is logged (the school cannot change the table; its version is only its seeding).
    `present`: the ids of the package's rows known to be here (None: look them all up)."""
    layout = _Layout(data, carried)
    # Local rows are read in the package's column order (id first, as MACHINE puts it).
    order = [c.key for c in data.columns]
    ids = [row[layout.id] for row in data.rows]
    if present is not None:
        ids = [i for i in ids if i in present]
    local = _local_rows(data.table, order, ids)
    open_conflicts = {}
    if conflicted is None:
        conflicted = _tables_in_conflict()
    if layout.fields and data.table.name in conflicted:
        open_conflicts = _open_conflicts(data.table.name)
    plan = TablePlan(data.table, data)
    vectors, highest = _vectors(data, layout.version, own_instance)
    # Rows not here are inserted whole: a column at a time (docs/architecture.md, "Sync
    # packages: reading fast"); only the rows here are merged one by one.
    records = list(map(itemgetter(layout.id), data.rows))
    here_at = [at for at, record in enumerate(records) if record in local] if local else []
    if here_at:
        plan.taken = [at for at, record in enumerate(records) if record not in local]
        plan.inserts = list(map(data.rows.__getitem__, plan.taken))
    else:
        plan.taken, plan.inserts = list(range(len(records))), list(data.rows)
    deletions = sum(map(bool, map(itemgetter(layout.deleted), plan.inserts)))
    plan.counts[DELETED] += deletions
    plan.counts[NEW] += len(plan.inserts) - deletions
    for at in here_at:
        row = data.rows[at]
        here = local[row[layout.id]]
        incoming = vectors.get(at) or _vector(data, data.excel_rows[at], row[layout.version])
        mine = json.loads(here[layout.version])
        relation = compare(incoming, mine)
        if relation == EQUAL and not layout.same_edits(row, here):
            relation = CONCURRENT
        if relation == CONCURRENT and prevails:
            row = tuple(
                json_text(merge(incoming, mine)) if i == layout.version else v
                for i, v in enumerate(row)
            )
            relation = NEWER
        if relation == NEWER:
            merged = _keep_school_text(layout, row, here)
            if row[layout.deleted] and not here[layout.deleted]:
                plan.counts[DELETED] += 1
            elif layout.equal(row, here):
                plan.counts[UNCHANGED] += 1
            else:
                plan.counts[CHANGED] += 1
            plan.writes.append(merged)
        elif relation == CONCURRENT and layout.fields is not None:
            merged = _merge_fields(plan, layout, order, row, here)
        elif relation == CONCURRENT:
            merged = _merge_whole(plan, layout, order, row, here, incoming, mine)
        else:
            plan.counts[UNCHANGED] += 1
            continue
        plan.taken.append(at)
        if open_conflicts.get(row[layout.id]):
            plan.settled += _settled(open_conflicts[row[layout.id]], merged[layout.stamps])
    plan.taken.sort()
    return plan, highest


def _vectors(data: TableData, index: int, own_instance: str) -> tuple[dict[int, Any], int]:
    """Every row's version checked (the first that is no version vector refused, naming
    its row), the highest edit number of `own_instance` among them, and {row position:
    vector} of the rows whose version is not one edit's (parsed here already). One
    edit's text, nearly every row's, is checked by the regular expression in C."""
    versions = list(map(itemgetter(index), data.rows))
    one = _ONE_EDIT.fullmatch
    parsed: dict[int, Any] = {}
    if set(map(type, versions)) - {str} or not all(map(one, versions)):
        for at, text in enumerate(versions):
            if type(text) is not str or not one(text):
                parsed[at] = _vector(data, data.excel_rows[at], text)
    highest = max((v.get(own_instance, 0) for v in parsed.values()), default=0)
    mark = '{"' + own_instance + '":'
    if mark not in "\n".join(v for v in versions if type(v) is str):
        return parsed, highest  # no row holds an edit of ours as its one edit
    for text in versions:
        if type(text) is str and text.startswith(mark) and text[-1] == "}":
            found = one(text)
            if found is not None and found[1] == own_instance:
                highest = max(highest, int(found[2]))
    return parsed, highest


def _merge_fields(
    plan: TablePlan,
    layout: _Layout,
    order: list[str],
    row: tuple[Any, ...],
    here: tuple[Any, ...],
) -> tuple[Any, ...]:
    assert layout.fields is not None
    merged = fields.merge_record(layout.fields, row, here)
    plan.writes.append(merged.row)
    if merged.loser is not None:
        plan.counts[CONFLICT] += 1
        plan.conflicts.append(
            Conflict(
                _as_record(order, merged.row),
                _as_record(order, merged.loser),
                merged.conflicts,
                layout.who(here),
                layout.who(row),
            )
        )
    elif merged.changed:
        plan.counts[CHANGED] += 1
    else:
        plan.counts[UNCHANGED] += 1
    return merged.row


def _merge_whole(
    plan: TablePlan,
    layout: _Layout,
    order: list[str],
    row: tuple[Any, ...],
    here: tuple[Any, ...],
    incoming: dict[str, int],
    mine: dict[str, int],
) -> tuple[Any, ...]:
    """A package without field stamps: the record-level merge of formats before 5."""
    vector = json_text(merge(incoming, mine))
    incoming_wins = layout.key(row) > layout.key(here)
    winner = _keep_school_text(layout, row, here) if incoming_wins else here
    written = list(winner)
    written[layout.version] = vector
    plan.writes.append(tuple(written))
    if layout.equal(row, here):
        plan.counts[UNCHANGED] += 1
    else:
        plan.counts[CONFLICT] += 1
        loser = here if incoming_wins else row
        plan.conflicts.append(
            Conflict(
                _as_record(order, tuple(written)),
                _as_record(order, loser),
                {},
                layout.who(here),
                layout.who(row),
            )
        )
    return tuple(written)


def _tables_in_conflict() -> set[str]:
    sql = 'SELECT DISTINCT "table" FROM conflict_log WHERE resolved = 0'
    return {row[0] for row in database.execute_sql(sql)}


def _open_conflicts(table: str) -> dict[str, list[tuple[int, dict[str, Any], dict[str, Any]]]]:
    """{record id: [(log id, its fields, the winner's stamps)]} of open field conflicts."""
    out: dict[str, list[tuple[int, dict[str, Any], dict[str, Any]]]] = {}
    query = ConflictLog.select().where(
        (ConflictLog.table == table) & (ConflictLog.resolved == False)  # noqa: E712
    )
    for entry in query:
        if entry.fields:
            winner_stamps = (entry.winner or {}).get("stamps") or {}
            out.setdefault(entry.record_id, []).append((entry.id, entry.fields, winner_stamps))
    return out


def _settled(
    entries: list[tuple[int, dict[str, Any], dict[str, Any]]], stamps_text: str
) -> list[int]:
    """The logged conflicts whose every field was edited again since (by whoever wrote
    the incoming version, who had seen the conflict's outcome)."""
    now = json.loads(stamps_text)
    return [
        log_id
        for log_id, columns, then in entries
        if all(not st.same(now.get(c), then.get(c)) for c in columns)
    ]


# The usual version of a record: one installation's edit, {"<instance>":<counter>} as
# json_text writes it; read without the JSON parser (the same dict json.loads gives:
# no escapes, no control characters, a counter without sign or leading zero).
_ONE_EDIT = re.compile(r'\{"([^"\\\x00-\x1f]*)":(0|[1-9][0-9]*)\}')


def _vector(data: TableData, number: int, text: str) -> dict[str, int]:
    one = _ONE_EDIT.fullmatch(text) if type(text) is str else None
    if one is not None:
        return {one[1]: int(one[2])}
    try:
        vector = json.loads(text)
    except ValueError:
        vector = None
    if not valid(vector):
        raise PackageRefused(
            N_("Sheet {sheet}, row {row}: the version {value} is not a version vector."),
            sheet=data.table.title,
            row=number,
            value=str(text)[:40],
        )
    return vector


def _keep_school_text(
    layout: _Layout, row: tuple[Any, ...], here: tuple[Any, ...]
) -> tuple[Any, ...]:
    if layout.carried or not layout.stays:
        return row
    out = list(row)
    for i in layout.stays:
        out[i] = here[i]
    return tuple(out)


def plan_package(
    package: Package,
    own_instance: str,
    prevailing: frozenset[str] = frozenset(),
    present: dict[str, set[str]] | None = None,
) -> Plan:
    """The preview: what importing `package` would do. Reads only. `prevailing`: the
    tables whose incoming rows win concurrent edits (plan_table). `present`: by table,
    the ids of the package's rows that are here, as the authority check found them just
    before (sync.authority; a table not named is looked up); never a stale answer: a
    plan made again later (importer.apply's replan) looks everything up."""
    plan = Plan(package, [])
    carried = bool(package.manifest.sensitive_text)
    conflicted = _tables_in_conflict()
    for data in package.tables:
        check_duplicates(data)
        prevails = data.table.name in prevailing
        here = present.get(data.table.name) if present is not None else None
        table_plan, highest = plan_table(data, carried, own_instance, conflicted, prevails, here)
        # Every value the import writes goes through the catalogue's cleaners.
        check_rows(data, table_plan.taken)
        plan.tables.append(table_plan)
        plan.highest_own = max(plan.highest_own, highest)
    _check_references(plan)
    return plan


# -- references -------------------------------------------------------------------------
def _check_references(plan: Plan) -> None:
    """Every record a written row points to is in the package or in this ledger: else the
    package depends on one that has not arrived, and is refused with the row named."""
    incoming: dict[str, set[str]] = {}
    for table_plan in plan.tables:
        id_index = table_plan.data.index("id")
        incoming[table_plan.table.name] = set(map(itemgetter(id_index), table_plan.data.rows))
    for table_plan in plan.tables:
        data = table_plan.data
        model = data.table.model
        for field_ in model._meta.sorted_fields:
            if not hasattr(field_, "rel_model"):
                continue
            index = data.index(field_.column_name)
            if index is None:
                continue
            target = field_.rel_model._meta.table_name
            have = incoming.get(target, set())
            written = itertools.chain(table_plan.writes, table_plan.inserts)
            wanted = set(map(itemgetter(index), written)) - have - {"", None}
            missing = wanted - _existing(target, wanted)
            if missing:
                bad = next(i for i, row in enumerate(data.rows) if row[index] in missing)
                raise PackageRefused(
                    N_(
                        "Sheet {sheet}, row {row}: column {column} refers to a record that "
                        "is neither in the package nor in this ledger. An earlier package "
                        "is missing: ask the sender for a full export."
                    ),
                    sheet=data.table.title,
                    row=data.excel_rows[bad],
                    column=data.columns[index].title,
                )


def _existing(table: str, ids: Iterable[str]) -> set[str]:
    ids = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT "id" FROM "{table}" WHERE "id" IN ({marks})'
        found.update(row[0] for row in database.execute_sql(sql, chunk))
    return found


# -- applying ---------------------------------------------------------------------------
def apply_plan(plan: Plan, package_id: str) -> None:
    """Write the plan through the one bulk writer (db/bulk.py): INSERT for rows not here,
    INSERT … ON CONFLICT DO UPDATE for rows that are. Columns a package of an older schema
    lacks are filled with their defaults on insert and left alone on update. The caller
    holds the transaction."""
    database.execute_sql("PRAGMA defer_foreign_keys = ON")
    for table_plan in plan.tables:
        keys = [c.key for c in table_plan.data.columns]
        model = table_plan.table.model
        for rows, upsert in ((table_plan.inserts, False), (table_plan.writes, True)):
            if rows:
                bulk.Insert(model, keys, upsert=upsert).write(rows)
        if table_plan.conflicts:
            bulk.insert_records(
                ConflictLog,
                [
                    {
                        "table": table_plan.table.name,
                        "record_id": conflict.winner["id"],
                        "winner": conflict.winner,
                        "loser": conflict.loser,
                        "package_id": package_id,
                        "fields": conflict.sides,
                        "here_by": conflict.here_by,
                        "there_by": conflict.there_by,
                    }
                    for conflict in table_plan.conflicts
                ],
            )
        if table_plan.settled:
            ConflictLog.update(resolved=True, resolution=SETTLED).where(
                ConflictLog.id.in_(table_plan.settled)
            ).execute()
