"""Helpers for the sync tests (no tests here): export and import as the principal, and
what a replica holds. The replicas themselves (separate ledger files, switched with
open_database: the peewee handle is one global) come from tests/builders.py."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School
from fupin_desktop.sync.importer import ImportResult, import_package
from fupin_desktop.sync.tables import is_reference, scope_sql, sync_tables
from fupin_desktop.sync.writer import ExportResult, export_package
from tests.builders import PRINCIPAL, Replica


def export(replica: Replica, path: Path, **kwargs: Any) -> ExportResult:
    replica.use()
    return export_package(PRINCIPAL, path, **kwargs).value


def receive(replica: Replica, path: Path, **kwargs: Any) -> ImportResult:
    replica.use()
    kwargs.setdefault("enrol", True)
    return import_package(PRINCIPAL, path, **kwargs).value


def rows_of(replica: Replica, school_code: str | None, *, school_text: bool = False) -> dict:
    """{table: {id: {column: value}}} of one school's records and the reference data
    (all records when school_code is None), in stored form; the text that stays at
    school only with `school_text`."""
    replica.use()
    school = School.get_or_none(School.code == school_code) if school_code else None
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table in sync_tables():
        keys = [c.key for c in table.columns if school_text or not c.stays_at_school]
        sql = f'SELECT {", ".join(chr(34) + k + chr(34) for k in keys)} FROM "{table.name}" AS t'
        params: list[Any] = []
        condition = scope_sql(table)
        if school_code is not None and condition is not None:
            if school is None:
                out[table.name] = {}
                continue
            sql += f" WHERE {condition}"
            params.append(school.id)
        out[table.name] = {
            row[0]: dict(zip(keys, row, strict=True)) for row in database.execute_sql(sql, params)
        }
    return out


def reference_rows(replica: Replica) -> dict:
    everything = rows_of(replica, None)
    return {t.name: everything[t.name] for t in sync_tables() if is_reference(t)}


def fingerprint(path: Path) -> str:
    """A hash of every travelling row and of the sync bookkeeping of a ledger file."""
    import sqlite3

    digest = hashlib.sha256()
    con = sqlite3.connect(str(path))
    try:
        for table in [t.name for t in sync_tables()] + ["conflict_log"]:
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        for query in (
            "SELECT package_id, sequence FROM package_ledger ORDER BY 1",
            # An enrolment records when it happened: the time is no content.
            "SELECT key, CASE WHEN key LIKE 'sync.peer.%' THEN json_extract(value, "
            "'$.instance_id') ELSE value END FROM setting ORDER BY 1",
            "SELECT counter FROM installation",
        ):
            for row in con.execute(query):
                digest.update(repr(row).encode())
    finally:
        con.close()
    return digest.hexdigest()
