"""Many travelling rows at once (a term list, a sheet recorded as paid) through the one
bulk writer (db/bulk.py): rows given by field name, foreign keys by id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from fupin_desktop.db.base import Travelling, utcnow
from fupin_desktop.db.bulk import Rows


def insert_rows(model: type[Travelling], rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Insert rows given by field name; returns their ids."""
    columns = {f.name: f.column_name for f in model._meta.sorted_fields}
    batch = Rows(model)
    for row in rows:
        batch.add({columns[key]: value for key, value in row.items()})
    return batch.flush(utcnow())
