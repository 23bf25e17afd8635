"""The files for the national systems, from plain rows: one sheet in the column set's
order, every cell text (formatted '@', so that an ID or a date typed in later stays
text too), written to a temporary name and renamed into place (io.xlsx)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from fupin_desktop.io import xlsx
from fupin_desktop.progress import CancelToken
from fupin_desktop.schema.exchange import ColumnSet


def write_column_set(
    path: Path,
    column_set: ColumnSet,
    rows: Iterable[Sequence[str]],
    *,
    cancel: CancelToken | None = None,
) -> int:
    """Write `rows` (one text a column, in the set's order) under the set's headers.
    Returns the number of rows written."""
    columns = [xlsx.Column(c.header, c.width, text=True) for c in column_set]
    sheet = xlsx.SheetSpec(column_set.sheet, columns, rows)
    return xlsx.write_workbook(Path(path), [sheet], cancel=cancel)
