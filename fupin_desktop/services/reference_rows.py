"""Reference data kept as a whole set of rows named by code (the township's reminder
rules, the activity targets): the editor saves the set, and what it left out is
tombstoned, so that the change travels (docs/architecture.md, "Trust")."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

import peewee as pw

from fupin_desktop.services.context import Changes


def write_reference_rows(
    model: type[pw.Model],
    rows_in: Iterable[tuple[str, dict[str, Any]]],
    clean: Callable[[dict[str, Any]], dict[str, Any]],
    row_id: Callable[[str], str],
    prefix: str,
    changes: Changes,
) -> set[str]:
    """Store the whole set of `model`'s rows inside the caller's transaction: (code, raw
    values) pairs, cleaned by `clean`; "" for a new row, which gets a code of its own
    (`prefix`, "_" and eight hex digits) and the id `row_id(code)`. Rows
    left out are tombstoned. Returns the codes kept."""
    table = model._meta.table_name
    existing = {row.code: row for row in model.select()}
    keep: set[str] = set()
    for code, raw in rows_in:
        values = clean(raw)
        code = code or f"{prefix}_{uuid.uuid4().hex[:8]}"
        row = existing.get(code)
        if row is None:
            row = model(id=row_id(code), code=code)
        for key, value in values.items():
            setattr(row, key, value)
        row.deleted = False
        row.save()
        keep.add(code)
        changes.touch(table, row.id)
    for code, row in existing.items():
        if code not in keep and not row.deleted:
            row.tombstone()
            changes.touch(table, row.id)
    return keep
