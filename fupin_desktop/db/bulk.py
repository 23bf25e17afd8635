"""The one bulk writer: many rows of a table written with `executemany` on the peewee
connection, inside the caller's transaction (docs/architecture.md). Plain executemany
inserts ~270,000 rows a second; peewee's insert_many ~16,000; a save() a row ~4,000. The
roster import, the demo data and the sync merge write through here.

Values are written in the one stored form of base.STORED_FORM, which sqlite3 applies to
every write (sync/codec.py carries rows in it; peewee's save() writes the same):
    flag           0 / 1
    date           'YYYY-MM-DD'
    timestamp      'YYYY-MM-DD HH:MM:SS' (UTC as utcnow gives it; a fraction if there is one)
    dict / list    JSON text, keys sorted, no spaces (base.json_text): version vectors
    anything else  as it is (text, integers, None)
Rows may hold Python values or their stored form already: both store the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import peewee as pw

from fupin_desktop.db import stamps
from fupin_desktop.db.base import (
    database,
    editor,
    new_id,
    sql_value,
    stamp_version,
    timestamp_text,
)


def vector_text(instance_key: str, counter: int) -> str:
    """json_text({instance_id: counter}), with `instance_key` the instance id already
    JSON-encoded. Built by hand: json.dumps a row costs a second at 50,000 rows."""
    return "{" + instance_key + ":" + str(counter) + "}"


def stored_default(f: pw.Field) -> Any:
    """What a column a row leaves out holds, in stored form. A callable default is taken
    when this is called: once a write, so every row of a write has the same."""
    value = f.default() if callable(f.default) else f.default
    return None if value is None else sql_value(f.db_value(value))


class Insert:
    """INSERT of many rows of one model through one statement. Rows are sequences in the
    order of `columns` (all the model's columns when None); the columns left out take
    their defaults. With `upsert`, a row whose id is already here replaces the columns
    given (ON CONFLICT DO UPDATE) and leaves the others alone."""

    def __init__(
        self, model: type[pw.Model], columns: Sequence[str] | None = None, *, upsert: bool = False
    ) -> None:
        fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]
        by_column = {f.column_name: f for f in fields}
        self.table = model._meta.table_name
        self.columns = tuple(columns) if columns is not None else tuple(by_column)
        unknown = set(self.columns) - set(by_column)
        if unknown:
            raise KeyError(f"{self.table} has no columns {sorted(unknown)}")
        self.missing = [f for f in fields if f.column_name not in self.columns]
        if any(f.primary_key for f in self.missing):
            raise ValueError(f"{self.table}: every row needs its id")
        names = [*self.columns, *(f.column_name for f in self.missing)]
        marks = ", ".join("?" for _ in names)
        quoted = ", ".join(f'"{name}"' for name in names)
        self.sql = f'INSERT INTO "{self.table}" ({quoted}) VALUES ({marks})'
        if upsert:
            updates = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c != "id")
            self.sql += f' ON CONFLICT("id") DO UPDATE SET {updates}'

    def write(self, rows: Iterable[Sequence[Any]]) -> int:
        """Insert `rows`; returns how many."""
        extra = tuple(stored_default(f) for f in self.missing)
        params = [(*row, *extra) for row in rows] if extra else list(rows)
        if params:
            database.cursor().executemany(self.sql, params)
        return len(params)


def insert_records(model: type[pw.Model], records: Sequence[Mapping[str, Any]]) -> int:
    """Insert dicts by column name, all with the same keys."""
    if not records:
        return 0
    columns = list(records[0])
    return Insert(model, columns).write([tuple(r[c] for c in columns) for r in records])


class Rows:
    """New records of one travelling model, gathered as dicts by column name and written
    in one go with their stamps: created and updated `now`, not deleted, and a version
    vector of one fresh edit number each, taken from the installation counter a block at
    a time (base.stamp_version), as Travelling.save() would give them one by one."""

    def __init__(self, model: type[pw.Model]) -> None:
        self.insert = Insert(model)
        self.name = self.insert.table
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        self.defaults = {c: stored_default(fields[c]) for c in self.insert.columns}
        self.rows: list[dict[str, Any]] = []
        self.written = 0

    def add(self, row: dict[str, Any]) -> str:
        """Queue `row` (given an id if it has none); returns its id."""
        if "id" not in row:
            row["id"] = new_id()
        self.rows.append(row)
        return row["id"]

    def flush(self, now: dt.datetime | str) -> list[str]:
        """Write what is queued; returns the ids written."""
        if not self.rows:
            return []
        instance_id, first = stamp_version(len(self.rows))
        key = json.dumps(instance_id, ensure_ascii=False)
        base = {**self.defaults, "created_at": now, "updated_at": now, "deleted": 0}
        if "changed_by" in base:
            base["changed_by"] = editor()
        width = len(base)
        values = []
        for counter, row in enumerate(self.rows, first):
            full = {**base, **row, "version": vector_text(key, counter)}
            if len(full) != width:
                raise KeyError(f"{self.name} has no columns {sorted(set(row) - set(base))}")
            values.append(tuple(full.values()))
        self.insert.write(values)
        ids = [row["id"] for row in self.rows]
        self.written += len(ids)
        self.rows.clear()
        return ids


def update_rows(model: type[pw.Model], rows: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
    """UPDATE … WHERE id = ?: (id, {column: value}) pairs, one executemany for each set
    of columns."""
    groups: dict[tuple[str, ...], list[tuple[str, Mapping[str, Any]]]] = {}
    for record_id, values in rows:
        groups.setdefault(tuple(sorted(values)), []).append((record_id, values))
    table = model._meta.table_name
    for keys, members in groups.items():
        columns = ", ".join(f'"{k}" = ?' for k in keys)
        sql = f'UPDATE "{table}" SET {columns} WHERE "id" = ?'
        params = [(*(values[k] for k in keys), record_id) for record_id, values in members]
        database.cursor().executemany(sql, params)


def update_travelling(
    model: type[pw.Model],
    updates: Sequence[tuple[str, Mapping[str, int] | None, Mapping[str, Any]]],
    now: dt.datetime,
) -> list[str]:
    """Change travelling records as save() would, a block at a time: (id, its version
    vector now, {column: new value}) each; every record gets a fresh edit number merged
    into its vector, `now` as its change time, and that edit's stamp on every column
    whose stored value changes (db/stamps.py). Returns the ids."""
    if not updates:
        return []
    current = _current(model, updates)
    actor, counter = stamp_version(len(updates))
    time = timestamp_text(now)
    rows = []
    for number, (record_id, version, values) in enumerate(updates, counter):
        vector = {**(version or {}), actor: number}
        here = current.get(record_id, {})
        changed = [c for c, v in values.items() if sql_value(v) != here.get(c, _MISSING)]
        new_stamps = stamps.stamped(here.get("stamps"), changed, stamps.dot(actor, number, time))
        bookkeeping = {"version": vector, "updated_at": now, "changed_by": editor()}
        rows.append((record_id, {**values, **bookkeeping, "stamps": new_stamps}))
    update_rows(model, rows)
    return [record_id for record_id, _ in rows]


_MISSING = object()
_BLOCK = 500


def _current(
    model: type[pw.Model], updates: Sequence[tuple[str, Any, Mapping[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """{id: {column: stored value}} of the columns the updates write, and the stamps."""
    columns = sorted({c for _, _, values in updates for c in values} | {"stamps"})
    names = ", ".join(f'"{c}"' for c in ["id", *columns])
    table = model._meta.table_name
    ids = [record_id for record_id, _, _ in updates]
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _BLOCK):
        chunk = ids[start : start + _BLOCK]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT {names} FROM "{table}" WHERE "id" IN ({marks})'
        for row in database.execute_sql(sql, chunk):
            record = dict(zip(columns, row[1:], strict=True))
            record["stamps"] = json.loads(record["stamps"] or "{}")
            found[row[0]] = record
    return found
