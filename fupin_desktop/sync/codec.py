"""Values between the database, the cells of a package and the canonical text the sheet
hashes are taken over.

A row travels in its *stored* form, the form SQLite holds: text as str, booleans 0/1,
integers, dates as 'YYYY-MM-DD', timestamps as 'YYYY-MM-DD HH:MM:SS', the version vector
as sorted JSON text. Export reads that form with plain SQL, import writes it back with
executemany, and the hash is taken over it, so the same content always has the same
hash whatever program showed or re-saved the cells in between.

Cells are written for people (Chinese labels for choices, 是/否, real date cells, yuan
for money stored in fen) and decoded back strictly: a cell that a spreadsheet turned
into a number where text was written is refused with its row and column, never guessed
at.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from fupin_desktop.db import stamps
from fupin_desktop.errors import FileFormatError, ValidationError
from fupin_desktop.i18n import N_, load_ts, tr
from fupin_desktop.io.xlsx import MAX_CELL_CHARS
from fupin_desktop.schema.fields import ChoiceSet
from fupin_desktop.sync.tables import ColumnKind, SyncColumn
from fupin_desktop.sync.vectors import valid
from fupin_desktop.validation import fen_to_decimal, yuan_to_fen

_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?$")
_YES = {"是", "yes", "true", "1", "y"}
_NO = {"否", "no", "false", "0", "n"}


@cache
def _zh_table() -> dict[str, str]:
    """The zh_CN labels, whatever language this process shows: a package written in
    Chinese must import on a machine running in English too (and the tests)."""
    from fupin_desktop.paths import zh_cn_ts

    try:
        return load_ts(zh_cn_ts())
    except Exception:  # no translation file: codes and English still work
        return {}


@cache
def _reverse(choice_set: ChoiceSet) -> dict[str, str]:
    table: dict[str, str] = {}
    zh = _zh_table()
    for choice in choice_set.choices:
        for text in (choice.label, zh.get(choice.label, ""), tr(choice.label), choice.code):
            if text:
                table[text] = choice.code
    for word, code in choice_set.former:
        # The code its writer had (and hashed); renamed after the check (sync/reader.py).
        table.setdefault(word, code)
    return table


# -- to cells ---------------------------------------------------------------------------
def to_cell(column: SyncColumn, value: Any) -> Any:
    """The cell a person sees for a stored value."""
    if value is None:
        return None
    kind = column.kind
    if kind == ColumnKind.BOOL:
        return tr("Yes") if value else tr("No")
    if kind == ColumnKind.DATE:
        return dt.date.fromisoformat(str(value)[:10])
    if kind == ColumnKind.INT:
        return int(value)
    if kind == ColumnKind.MONEY:
        return fen_to_decimal(int(value))  # exact yuan, a number cell
    if column.choices is not None and value != "":
        return column.choices.label(value)
    return str(value)


# -- from cells -------------------------------------------------------------------------
class CellError(FileFormatError):
    """One cell of a package cannot be read back; names sheet, row and column."""


def _bad(column: SyncColumn, value: Any, why: str) -> CellError:
    return CellError(why, column=column.title, value=str(value)[:40])


def decoder(column: SyncColumn) -> Any:
    """A function cell -> stored value for one column, made once a sheet: the common
    case (text that is text) costs one type check."""
    if column.kind == ColumnKind.TEXT and column.choices is None:
        # An optional link (a visit's pairing, an activity's institution pairing) is
        # stored as NULL and written as an empty cell, which reads back as "".
        empty = None if column.nullable else ""

        def text(value: Any) -> Any:
            if type(value) is str and len(value) <= MAX_CELL_CHARS:
                return value if value else empty
            return _text(column, value)

        return text
    if column.kind == ColumnKind.JSON and column.key == "stamps":

        def field_stamps(value: Any) -> Any:
            # Most records were never edited after they were made: "{}".
            return value if value == "{}" else _json(column, value)

        return field_stamps
    if column.kind == ColumnKind.JSON:

        def version(value: Any) -> Any:
            # Parsed (and checked) by the merge, which needs the vector anyway; the
            # sheet hash proves it is the text the sender wrote.
            if type(value) is str and len(value) <= MAX_CELL_CHARS:
                return value
            return _json(column, value)

        return version
    return _fast(column) or (lambda value: from_cell(column, value))


def column_decoder(column: SyncColumn) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A function: a column's cells (top to bottom) -> their stored values, the same as
    decoder(column) cell by cell (docs/architecture.md, "Sync packages: reading fast").
    The usual column (text that is text, known choices, date cells, whole numbers) is
    checked and converted a column at a time in C (set, map, max); a column holding
    anything else goes cell by cell, which says what is wrong (CellError)."""
    cell = decoder(column)

    def each(values: Sequence[Any]) -> Sequence[Any]:
        return list(map(cell, values))

    fast = _column_fast(column)
    if fast is None:
        return each
    if column.nullable and column.kind in _BLANK_IS_NULL:
        fast = _with_blanks(fast)

    def decode(values: Sequence[Any]) -> Sequence[Any]:
        if not values:
            return values
        out = fast(values)
        return each(values) if out is None else out

    return decode


# Kinds whose empty cell is NULL in an optional column (_int, _money, _date).
_BLANK_IS_NULL = {ColumnKind.INT, ColumnKind.MONEY, ColumnKind.DATE}


def _with_blanks(
    fast: Callable[[Sequence[Any]], Sequence[Any] | None],
) -> Callable[[Sequence[Any]], Sequence[Any] | None]:
    """`fast` for the cells that are not empty; the empty ones NULL."""

    def decode(values: Sequence[Any]) -> Sequence[Any] | None:
        if "" not in values:
            return fast(values)
        filled = [v for v in values if v != ""]
        out = fast(filled) if filled else []
        if out is None:
            return None
        taken = iter(out)
        return [None if v == "" else next(taken) for v in values]

    return decode


def _all_text(values: Sequence[Any]) -> bool:
    """Every cell is a str no longer than a cell can hold."""
    return set(map(type, values)) == {str} and max(map(len, values)) <= MAX_CELL_CHARS


def _column_fast(column: SyncColumn) -> Callable[[Sequence[Any]], Sequence[Any] | None] | None:
    """The column-at-a-time path of column_decoder: None when it does not apply to the
    column's values (then cell by cell), never a different answer."""
    kind = column.kind
    known = _lookup(column)
    if known is not None:
        get = known.__getitem__
        # Only str keys: a cell of another type is never among them.
        return lambda values: list(map(get, values)) if known.keys() >= set(values) else None
    if kind == ColumnKind.TEXT and column.nullable:
        return lambda values: [v or None for v in values] if _all_text(values) else None
    if kind == ColumnKind.TEXT or (kind == ColumnKind.JSON and column.key != "stamps"):
        return lambda values: values if _all_text(values) else None
    if kind == ColumnKind.JSON:  # stamps: most records were never edited after made
        return lambda values: values if set(values) == {"{}"} else None
    if kind == ColumnKind.DATETIME:
        match = _DATETIME.match
        return lambda values: values if _all_text(values) and all(map(match, values)) else None
    if kind == ColumnKind.DATE:
        iso = dt.date.isoformat
        dates = {dt.date}
        return lambda values: list(map(iso, values)) if set(map(type, values)) == dates else None
    if kind in (ColumnKind.INT, ColumnKind.MONEY):
        factor = 100 if kind == ColumnKind.MONEY else 1
        return lambda values: _whole_numbers(values, factor)
    return None


# Whole numbers below this are exact in a float, and so is their shortest text (_money).
_EXACT = float(2**53)


def _whole_numbers(values: Sequence[Any], factor: int) -> list[int] | None:
    """Number cells holding whole numbers (calamine reads every number as a float) as
    ints times `factor` (yuan to fen); None for anything else."""
    if set(map(type, values)) != {float} or not all(map(float.is_integer, values)):
        return None
    if max(values) >= _EXACT or min(values) <= -_EXACT:
        return None
    whole = list(map(int, values))
    return whole if factor == 1 else [v * factor for v in whole]


def _fast(column: SyncColumn) -> Any:
    """Lookup tables for the kinds of cell that are not plain text; anything they do
    not know goes the long way (from_cell), which explains what is wrong."""
    kind = column.kind

    def slow(value: Any) -> Any:
        return from_cell(column, value)

    known = _lookup(column)
    if known is not None:
        return lambda value: known[value] if type(value) is str and value in known else slow(value)
    if kind == ColumnKind.INT:

        def number(value: Any) -> Any:
            if type(value) is float and value.is_integer():
                return int(value)
            if type(value) is int:
                return value
            return slow(value)

        return number
    if kind == ColumnKind.MONEY:

        def money(value: Any) -> Any:
            if type(value) is int:
                return value * 100
            return slow(value)

        return money
    if kind == ColumnKind.DATETIME:
        match = _DATETIME.match
        return lambda value: value if type(value) is str and match(value) else slow(value)
    if kind == ColumnKind.DATE:
        blank = column.nullable  # an empty cell of an optional date: NULL, as _date says

        def date(value: Any) -> Any:
            if type(value) is dt.date:
                return value.isoformat()
            if blank and value == "":
                return None
            return slow(value)

        return date
    return None


def _lookup(column: SyncColumn) -> dict[str, Any] | None:
    """Cell text -> stored value of a choice or yes/no column (None for other kinds)."""
    if column.kind == ColumnKind.TEXT and column.choices is not None:
        known: dict[str, Any] = dict(_reverse(column.choices))
        known[""] = ""
        return known
    if column.kind == ColumnKind.BOOL:
        return {"是": 1, "否": 0, tr("Yes"): 1, tr("No"): 0, "Yes": 1, "No": 0}
    return None


def from_cell(column: SyncColumn, value: Any) -> Any:
    """The stored value of a cell read by python-calamine. Raises CellError."""
    kind = column.kind
    if kind == ColumnKind.TEXT:
        return _text(column, value)
    if kind == ColumnKind.BOOL:
        return _bool(column, value)
    if kind == ColumnKind.INT:
        return _int(column, value)
    if kind == ColumnKind.MONEY:
        return _money(column, value)
    if kind == ColumnKind.DATE:
        return _date(column, value)
    if kind == ColumnKind.DATETIME:
        return _datetime(column, value)
    return _json(column, value)


def _text(column: SyncColumn, value: Any) -> str:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise _bad(
            column,
            len(value),
            N_("Column {column} holds {value} characters, more than a cell can."),
        )
    if not isinstance(value, str):
        # Excel turns digits typed or pasted into a text column into a number: an
        # 18-digit ID number has then already lost its last digits.
        raise _bad(
            column,
            value,
            N_(
                "Column {column} holds the number {value} where the program wrote text. "
                "A spreadsheet program changed the cell (ID numbers lose digits this way)."
            ),
        )
    if column.choices is not None and value != "":
        # A code this program has no label for was written as itself (ChoiceSet.label):
        # it comes back as itself, and the sheet's hash proves the sender stored it.
        return _reverse(column.choices).get(value.strip(), value)
    return value


def _bool(column: SyncColumn, value: Any) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if column.nullable and (value is None or value == ""):
        return None  # not known yet (a migrant child's aid not yet confirmed)
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    text = text.strip().lower()
    if text in _YES or text == tr("Yes").lower():
        return 1
    if text in _NO or text == tr("No").lower():
        return 0
    raise _bad(column, value, N_("Column {column} holds {value} where 是 or 否 belongs."))


def _int(column: SyncColumn, value: Any) -> int | None:
    if value == "" or value is None:
        if column.nullable:
            return None
        raise _bad(column, value, N_("Column {column} is empty but must hold a number."))
    if isinstance(value, bool):
        raise _bad(column, value, N_("Column {column} holds {value} where a number belongs."))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value.strip())
    raise _bad(column, value, N_("Column {column} holds {value} where a number belongs."))


def _money(column: SyncColumn, value: Any) -> int | None:
    """Yuan (a number cell, or text such as '1250.50') back to the stored fen, exactly:
    a float cell is read through its shortest decimal text, never multiplied as a float."""
    if value == "" or value is None:
        if column.nullable:
            return None
        raise _bad(column, value, N_("Column {column} is empty but must hold an amount."))
    if isinstance(value, bool):
        raise _bad(column, value, N_("Column {column} holds {value} where an amount belongs."))
    try:
        fen = yuan_to_fen(repr(value) if isinstance(value, float) else value)
    except ValidationError:
        fen = None
    if fen is None:
        raise _bad(column, value, N_("Column {column} holds {value} where an amount belongs."))
    return fen


def _date(column: SyncColumn, value: Any) -> str | None:
    if value == "" or value is None:
        if column.nullable:
            return None
        raise _bad(column, value, N_("Column {column} is empty but must hold a date."))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise _bad(column, value, N_("Column {column} holds {value} where a date belongs."))


def _datetime(column: SyncColumn, value: Any) -> str:
    if isinstance(value, dt.datetime):
        return str(value)
    if isinstance(value, str) and _DATETIME.match(value):
        return value
    raise _bad(column, value, N_("Column {column} holds {value} where a time belongs."))


def _json(column: SyncColumn, value: Any) -> str:
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    check = stamps.valid if column.key == "stamps" else valid
    if not check(parsed):
        raise _bad(column, value, N_("Column {column} holds {value}, not a version."))
    return canonical_json(parsed)


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- canonical text ---------------------------------------------------------------------
def row_text(row: Sequence[Any]) -> bytes:
    """One row's canonical bytes: the repr of its stored values (str, int or None, so
    the same on every machine; repr runs in C, three times faster than json.dumps)."""
    return repr(tuple(row)).encode() + b"\n"


_HASH_BLOCK = 2000


class SheetHasher:
    """SHA-256 of a sheet's canonical content, fed row by row while it is written or
    read, so a large sheet is never held twice."""

    def __init__(self, keys: Sequence[str]) -> None:
        self._hash = hashlib.sha256(row_text(list(keys)))
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        self._hash.update(row_text(row))
        self.rows += 1

    def add_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """The same bytes as add() of each row (the rows are tuples), a block at a time:
        one join and one encoding a block instead of three calls a row."""
        for start in range(0, len(rows), _HASH_BLOCK):
            block = rows[start : start + _HASH_BLOCK]
            self._hash.update(("\n".join(map(repr, block)) + "\n").encode())
            self.rows += len(block)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
