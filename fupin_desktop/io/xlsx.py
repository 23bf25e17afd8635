"""Excel workbooks written safely. Shared by the roster import, the list export, the sync
packages and reports.

Writing: every string is a text cell (never a formula, whatever it starts with), IDs and
phones are text cells formatted '@', Chinese headers bold, the header row frozen, and the
file appears only when complete (fileio.atomic_target).

Reading (io/xlsx_read.py): a file is checked before any parser sees it, then read with
python-calamine.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from fupin_desktop.errors import ValidationError
from fupin_desktop.fileio import atomic_target
from fupin_desktop.i18n import N_
from fupin_desktop.io.spill import Spill, save_book
from fupin_desktop.progress import CancelToken
from fupin_desktop.schema.fields import Field, Kind

# Excel's own limit for one cell; openpyxl would cut longer text without a word.
MAX_CELL_CHARS = 32_767

# OWASP's list: text starting with these is taken for a formula by Excel, WPS or LibreOffice.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
# Digits that must stay text: a number cell would lose the 16th digit onwards.
TEXT_KINDS = frozenset({Kind.ID_NUMBER, Kind.PHONE, Kind.CODE})

# Control characters XML 1.0 cannot carry; openpyxl refuses the whole file for one of them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_WRITE_CHECK_EVERY = 200


# -- writing ---------------------------------------------------------------------------
def safe_cell_text(value: object) -> str:
    """The text one cell will hold. Longer than Excel allows is refused, never truncated.
    Control characters XML cannot store are dropped: they are invisible, and one of them
    would make the whole workbook unwritable. Text that looks like a formula is kept as it
    is; text_cell() marks it so that no program evaluates it."""
    text = "" if value is None else str(value)
    text = _ILLEGAL_XML.sub("", text)
    if len(text) > MAX_CELL_CHARS:
        raise ValidationError(
            N_("A text of {length} characters does not fit in one Excel cell (at most {limit})."),
            length=len(text),
            limit=MAX_CELL_CHARS,
        )
    return text


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


# What openpyxl writes as an error cell rather than text (openpyxl.cell.cell.ERROR_CODES).
_ERROR_CODES = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


def plain_text(text: str) -> bool:
    """`text` may be handed to a write-only sheet as a plain str: openpyxl writes it as
    the same text cell that text_cell() would make (no characters to drop, within a
    cell's length, nothing a spreadsheet would evaluate, no error code), without a cell
    object made for it. For a column without text_format."""
    return (
        len(text) <= MAX_CELL_CHARS
        and not text.startswith(FORMULA_TRIGGERS)
        and _ILLEGAL_XML.search(text) is None
        and not (text[:1] == "#" and text in _ERROR_CODES)
    )


@dataclass(frozen=True)
class Column:
    title: str
    width: int = 10  # in Latin characters (a Chinese character counts two)
    text: bool = False  # IDs, phones, codes: text cells formatted '@'

    @classmethod
    def of(cls, field: Field, title: str | None = None) -> Column:
        return cls(title or field.title, field.width, field.kind in TEXT_KINDS)


@dataclass
class SheetSpec:
    """One sheet to write: a header row of column titles, then the rows."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    freeze_header: bool = True
    bold_header: bool = True


def display_width(text: str) -> int:
    """Width in Excel's units: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_title(title: str) -> str:
    """A name Excel accepts for a sheet: no []:*?/\\ and at most 31 characters."""
    cleaned = _SHEET_TITLE_BAD.sub("_", title).strip("'") or "Sheet"
    return cleaned[:31]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (without importing openpyxl)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_cell(sheet: Any, value: object, *, text_format: bool = False) -> Any:
    """A string cell for a write-only sheet. openpyxl would write text starting with '='
    as a formula; here every string is an inline string, which Excel and WPS never
    evaluate, and formula-like text also gets quotePrefix, so it stays text when someone
    edits the cell later (Excel shows the ' only in the formula bar). openpyxl and
    calamine read the same string back."""
    from openpyxl.cell import WriteOnlyCell

    text = safe_cell_text(value)
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    if text_format:
        cell.number_format = TEXT_FORMAT
    return cell


def _cell(sheet: Any, value: Any, column: Column) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None
    if column.text or isinstance(value, str):
        return text_cell(sheet, value, text_format=column.text)
    if isinstance(value, bool):
        return WriteOnlyCell(sheet, value)
    if isinstance(value, (int, float, Decimal)):
        return WriteOnlyCell(sheet, value)
    if isinstance(value, (dt.date, dt.datetime)):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    return text_cell(sheet, value)


def _prepare_sheet(sheet: Any, spec: SheetSpec) -> None:
    """Widths, text format and frozen header: write-only sheets need them before rows."""
    for index, column in enumerate(spec.columns):
        dimension = sheet.column_dimensions[column_letter(index)]
        dimension.width = max(column.width, display_width(column.title)) + 2
        if column.text:
            # Cells typed into this column later (in WPS or Excel) are text too.
            dimension.number_format = TEXT_FORMAT
    if spec.freeze_header:
        sheet.freeze_panes = "A2"


def _write_sheet(book: Any, spec: SheetSpec, cancel: CancelToken | None, spill: Spill) -> int:
    from openpyxl.styles import Font

    sheet = book.create_sheet(sheet_title(spec.title))
    _prepare_sheet(sheet, spec)
    spill.attach(sheet)
    bold = Font(bold=True)
    header = []
    for column in spec.columns:
        cell = text_cell(sheet, column.title)
        if spec.bold_header:
            cell.font = bold
        header.append(cell)
    sheet.append(header)
    columns = list(spec.columns)
    plain = Column("")
    written = 0
    for written, row in enumerate(spec.rows, start=1):
        if cancel is not None and written % _WRITE_CHECK_EVERY == 0:
            cancel.check()
        cells = [
            _cell(sheet, value, columns[i] if i < len(columns) else plain)
            for i, value in enumerate(row)
        ]
        sheet.append(cells)
    return written


def write_workbook(
    path: Path, sheets: Sequence[SheetSpec], *, cancel: CancelToken | None = None
) -> int:
    """Write the sheets to `path` (openpyxl write-only: fast, low memory). The file
    appears only when complete; on an error or cancellation `path` is untouched, and no
    part of it is left anywhere (the sheets are written beside `path`: Spill). Returns
    the number of data rows written (headers not counted)."""
    from openpyxl import Workbook

    total = 0
    with atomic_target(Path(path)) as tmp, Spill(Path(path)) as spill:
        book = Workbook(write_only=True)
        try:
            for spec in sheets:
                total += _write_sheet(book, spec, cancel, spill)
            if cancel is not None:
                cancel.check()
        except BaseException:
            _discard(book)
            raise
        save_book(book, tmp)
    return total


def _discard(book: Any) -> None:
    """Finish and delete the temporary files of an abandoned write-only workbook now,
    rather than leave them to the garbage collector (which would write into closed files
    and leave the files behind)."""
    for sheet in book.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()
        except Exception:  # already broken: nothing more to save
            pass
