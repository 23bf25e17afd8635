"""The package workbook, written with openpyxl's write-only mode and io.xlsx's safe cells.

io.xlsx.write_workbook makes every string a checked text cell. A package is mostly
machine text (record ids, version vectors, timestamps, labels of choices), which can
hold nothing a spreadsheet would evaluate; making each of those a checked cell cost a
third of the export time. Here each column gets its own cell maker once: people's text
goes through xlsx.text_cell (control characters, length, formula-like text kept as
text), machine values are written as plain values, after the same formula check.
The sheet set-up (widths, text columns, frozen header) is io.xlsx's.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fupin_desktop.errors import ValidationError
from fupin_desktop.fileio import partial_file, publish
from fupin_desktop.i18n import N_
from fupin_desktop.io import xlsx
from fupin_desktop.io.spill import Spill, save_book
from fupin_desktop.progress import CancelToken
from fupin_desktop.sync.codec import to_cell
from fupin_desktop.sync.tables import MACHINE, ColumnKind, SyncColumn

CellMaker = Callable[[Any, Any], Any]  # (sheet, value) -> a cell, a plain value or None
_CHECK_EVERY = 200


@dataclass
class BookSheet:
    spec: xlsx.SheetSpec
    makers: Sequence[CellMaker] | None = None  # None: io.xlsx's rules for every cell
    # Who or what a row is about, for a person (a child's name): said when a cell of the
    # row cannot be written.
    describe: Callable[[Sequence[Any]], str] | None = None


def _plain(column: SyncColumn) -> CellMaker:
    """Machine values and labels as plain values (openpyxl makes the cells): the same
    cells as to_cell gives, after the formula check. A column of few distinct values
    (choices, yes/no, dates) keeps the ones it has shown; a text column (ids, versions,
    times) is its text."""
    if column.kind == ColumnKind.TEXT and column.choices is None:

        def text(sheet: Any, value: Any) -> Any:
            if value is None or value == "":
                return None
            shown = value if type(value) is str else str(value)
            return xlsx.text_cell(sheet, shown) if xlsx.looks_like_formula(shown) else shown

        return text
    shown_for: dict[Any, Any] = {}
    few = column.choices is not None or column.kind in (ColumnKind.BOOL, ColumnKind.DATE)

    def make(sheet: Any, value: Any) -> Any:
        if few:
            try:
                shown = shown_for[value]
            except KeyError:
                shown = shown_for[value] = to_cell(column, value)
        else:
            shown = to_cell(column, value)
        if type(shown) is str and (not shown or xlsx.looks_like_formula(shown)):
            return xlsx.text_cell(sheet, shown) if shown else None
        return shown

    return make


def cell_maker(column: SyncColumn) -> CellMaker:
    """How one column's stored values become cells. People's text that openpyxl writes
    as the same text cell by itself goes as a plain str (xlsx.plain_text): a cell object
    made for it cost more than writing it (docs/architecture.md, "Sync packages: reading
    fast")."""
    machine = column.key in MACHINE or column.key.endswith("_id")
    if column.kind == ColumnKind.TEXT and column.choices is None and not machine:
        if column.text:

            def text_format(sheet: Any, value: Any) -> Any:
                return xlsx.text_cell(sheet, value, text_format=True) if value else None

            return text_format
        plain = xlsx.plain_text

        def people(sheet: Any, value: Any) -> Any:
            if not value:
                return None
            if type(value) is str and plain(value):
                return value
            return xlsx.text_cell(sheet, value)

        return people
    return _plain(column)


def _general(columns: Sequence[xlsx.Column]) -> list[CellMaker]:
    return [lambda sheet, value, c=c: xlsx._cell(sheet, value, c) for c in columns]


def _write_sheet(book: Any, item: BookSheet, cancel: CancelToken | None, spill: Any) -> None:
    from openpyxl.styles import Font

    spec = item.spec
    sheet = book.create_sheet(xlsx.sheet_title(spec.title))
    xlsx._prepare_sheet(sheet, spec)
    spill.attach(sheet)
    bold = Font(bold=True)
    header = []
    for column in spec.columns:
        cell = xlsx.text_cell(sheet, column.title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    makers = list(item.makers or _general(spec.columns))
    rows: Iterable[Sequence[Any]] = spec.rows
    for number, row in enumerate(rows):
        if cancel is not None and number % _CHECK_EVERY == 0:
            cancel.check()
        try:
            cells = [make(sheet, value) for make, value in zip(makers, row, strict=False)]
        except ValidationError as exc:
            raise _unwritable(item, row, number + 2, exc) from None
        sheet.append(cells)


def _unwritable(item: BookSheet, row: Sequence[Any], number: int, exc: ValidationError) -> Any:
    """A cell that cannot be written (a text too long for Excel), said with the record."""
    column = ""
    for index, value in enumerate(row):
        if isinstance(value, str) and len(value) > xlsx.MAX_CELL_CHARS:
            column = item.spec.columns[index].title if index < len(item.spec.columns) else ""
    who = item.describe(row) if item.describe is not None else ""
    return ValidationError(
        N_(
            "{record}: {problem} (sheet {sheet}, row {row}, column {column}). Shorten it in "
            "the program, then export again. No package was written."
        ),
        record=who or item.spec.title,
        problem=exc.message,
        sheet=item.spec.title,
        row=number,
        column=column,
    )


@contextlib.contextmanager
def written_book(
    path: Path,
    sheets: Sequence[BookSheet],
    cancel: CancelToken | None,
    *,
    password: str | None = None,
    wrap: Callable[[bytes], bytes] | None = None,
) -> Iterator[Path]:
    """Write the sheets into a partial file beside `path` (fileio.partial_file) and yield
    it, complete, for the caller to publish (fileio.publish) once the ledger knows the
    package; whatever is not published is removed on leaving. Nothing goes through the
    system's temporary folder: the sheets wait beside `path` too, or, with `password` or
    `wrap`, in memory, so that only the encrypted workbook (sync.crypto: Excel and WPS ask
    for the password) or the sealed one (`wrap`: sync.seal) ever touches the disk."""
    from openpyxl import Workbook

    in_memory = bool(password) or wrap is not None
    with partial_file(Path(path)) as tmp, Spill(None if in_memory else Path(path)) as spill:
        book = Workbook(write_only=True)
        try:
            for item in sheets:
                _write_sheet(book, item, cancel, spill)
            if cancel is not None:
                cancel.check()
        except BaseException:
            xlsx._discard(book)
            raise
        if not in_memory:
            save_book(book, tmp)
        else:
            plain = io.BytesIO()
            save_book(book, plain)
            data = plain.getvalue()
            del plain
            if password:
                from fupin_desktop.sync.crypto import encrypt_bytes

                data = encrypt_bytes(data, password)
            if wrap is not None:
                data = wrap(data)
            tmp.write_bytes(data)
        yield tmp


def write_book(
    path: Path,
    sheets: Sequence[BookSheet],
    cancel: CancelToken | None,
    *,
    password: str | None = None,
    wrap: Callable[[bytes], bytes] | None = None,
) -> None:
    """Write the sheets to `path`; the file appears only when complete (written_book)."""
    with written_book(path, sheets, cancel, password=password, wrap=wrap) as tmp:
        publish(tmp, Path(path))
