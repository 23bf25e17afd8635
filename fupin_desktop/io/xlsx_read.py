"""Excel workbooks read carefully: a file is checked before any parser sees it (size, zip
structure, what it really inflates to), then read with python-calamine; a cell longer than
Excel allows is refused. Writing is io/xlsx.py's.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError
from fupin_desktop.i18n import N_
from fupin_desktop.io.xlsx import MAX_CELL_CHARS, column_letter

# A school's roster or a township package is a few MB at most.
MAX_FILE_BYTES = 20 * 1024 * 1024
# What the zip may inflate to, all members together: more is a zip bomb.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
# Cells of one sheet held in memory at once (rows x columns of its used area).
MAX_SHEET_CELLS = 5_000_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The first bytes looked at: enough to tell a text file (no NUL byte) from a binary one.
_TEXT_PROBE = 4096
# Integral numbers from here on have 16 digits or more: more than Excel keeps exactly.
_LONG_NUMBER = 1e15


# -- checking a file before reading it --------------------------------------------------
Source = Path | bytes  # a file, or a workbook already in memory (decrypted)


@dataclass(frozen=True)
class SheetSize:
    """What a worksheet's XML really holds, counted while it was inflated: its bytes and
    its rows (the <row> elements), before any parser has seen it."""

    size: int
    rows: int


def check_workbook_file(source: Source, name: str = "") -> dict[str, SheetSize]:
    """Raise FileFormatError unless `source` looks like an .xlsx workbook that is safe to
    parse: not too large, a zip that holds xl/workbook.xml, every member intact, and
    not inflating beyond MAX_UNCOMPRESSED_BYTES. Returns the size of each worksheet by
    its name (SheetSize), for a reader that knows how large a sheet should be."""
    if isinstance(source, bytes):
        size, head = len(source), source[:_TEXT_PROBE]
        name = name or "workbook"
    else:
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
            with open(path, "rb") as handle:
                head = handle.read(_TEXT_PROBE)
        except OSError as exc:
            raise FileFormatError(
                N_("{name} cannot be opened."), details=str(exc), name=name
            ) from exc
    if size == 0:
        raise FileFormatError(N_("{name} is empty."), name=name)
    if size > MAX_FILE_BYTES:
        raise FileFormatError(
            N_("{name} is larger than {limit} MB: too large for a roster or a package."),
            name=name,
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if head.startswith(_OLE_MAGIC):
        raise FileFormatError(
            N_(
                "{name} is an old Excel 97-2003 file (.xls) or a workbook with a password. "
                "Open it in WPS or Excel and save it as an Excel workbook (.xlsx) "
                "without a password."
            ),
            name=name,
        )
    handle_or_path: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    if not zipfile.is_zipfile(handle_or_path):
        if head.startswith(b"PK"):
            raise _damaged(name, "no end of central directory")
        if b"\0" not in head:
            # A CSV (GBK or UTF-8) or other text saved under a workbook's name.
            raise FileFormatError(
                N_(
                    "{name} is a text file (perhaps CSV), not an Excel workbook. Open it in "
                    "WPS or Excel and save it as an Excel workbook (.xlsx)."
                ),
                name=name,
            )
        raise FileFormatError(N_("{name} is not an Excel workbook (.xlsx)."), name=name)
    try:
        with zipfile.ZipFile(handle_or_path) as archive:
            return _check_archive(archive, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise _damaged(name, repr(exc)) from exc


def _damaged(name: str, details: str) -> FileFormatError:
    return FileFormatError(
        N_(
            "{name} is damaged or incomplete (perhaps the copy did not finish). "
            "Copy it again from where it came from."
        ),
        details=details,
        name=name,
    )


def _too_large_inside(name: str) -> FileFormatError:
    return FileFormatError(
        N_(
            "{name} would unpack to more than {limit} MB. It is not a normal workbook "
            "and was not read."
        ),
        name=name,
        limit=MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
    )


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _too_large_inside(name)
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise FileFormatError(
                N_("{name} is a Word document, not an Excel workbook."), name=name
            )
        raise FileFormatError(N_("{name} is not an Excel workbook (.xlsx)."), name=name)
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
        raise _too_large_inside(name)
    # The sizes in the directory are what the writer claims. Inflate everything once,
    # counting what it really holds: zipfile stops a member at its declared size and
    # checks its CRC, so a member that lies, is truncated or damaged raises here, before
    # a parser that might trust the claim (or run out of memory) sees it.
    total = 0
    sizes: dict[str, SheetSize] = {}
    for info in infos:
        rows = size = 0
        tail = b""
        with archive.open(info) as member:
            while chunk := member.read(1 << 20):
                total += len(chunk)
                size += len(chunk)
                if total > MAX_UNCOMPRESSED_BYTES:
                    raise _too_large_inside(name)
                # Rows counted as the XML streams by (a tag may straddle two chunks).
                rows += (tail + chunk).count(b"<row")
                tail = chunk[-3:]
        sizes[info.filename] = SheetSize(size, rows)
    return _by_sheet_name(archive, sizes)


def _by_sheet_name(archive: zipfile.ZipFile, sizes: dict[str, SheetSize]) -> dict[str, SheetSize]:
    """The worksheets' sizes by the sheets' names (xl/workbook.xml and its relations)."""
    members = _sheet_members(archive)
    return {name: sizes[member] for name, member in members.items() if member in sizes}


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """{sheet name: its member in the zip} (xl/workbook.xml and its relations); empty for
    an unusual workbook (the reader's own checks still apply)."""
    from defusedxml.ElementTree import fromstring

    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return {}
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        targets[rel.get("Id")] = target
    out = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        if rid in targets:
            out[sheet.get("name", "")] = targets[rid]
    return out


# -- reading ----------------------------------------------------------------------------
@dataclass
class SheetData:
    """One sheet as plain values, from A1: rows[0] is Excel row 1, rows[r][0] column A.
    Empty cells are "", numbers float (or int when the file holds the exact digits of a
    long number), dates date/datetime, booleans bool."""

    name: str
    rows: list[list[Any]]
    # Merged ranges (first_row, first_col, last_row, last_col): 0-based, inclusive.
    merged: list[tuple[int, int, int, int]]
    # Rows and columns hidden in the file (0-based): a person does not see them in Excel.
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()


def cell_value(value: Any) -> Any:
    """openpyxl writes "" and reads back None: one spelling of an empty cell."""
    return "" if value is None else value


def _is_failure(exc: BaseException) -> bool:
    # pyo3 turns a panic inside calamine into PanicException, a BaseException.
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _open_book(source: Source, name: str = "") -> Any:
    from python_calamine import CalamineWorkbook

    try:
        if isinstance(source, bytes):
            return CalamineWorkbook.from_filelike(io.BytesIO(source))
        return CalamineWorkbook.from_path(str(source))
    except BaseException as exc:
        if not _is_failure(exc):
            raise
        shown = name or (source.name if isinstance(source, Path) else "workbook")
        raise _damaged(shown, repr(exc)) from exc


def _visible_sheets(book: Any) -> list[str]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    worksheets = [m for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    visible = [m.name for m in worksheets if m.visible == SheetVisibleEnum.Visible]
    return visible or [m.name for m in worksheets]


def sheet_names(path: Path) -> list[str]:
    """The worksheets a person would pick from (hidden helper sheets left out)."""
    path = Path(path)
    check_workbook_file(path)
    book = _open_book(path)
    try:
        return _visible_sheets(book)
    finally:
        book.close()


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """The values of one sheet (the first visible one if `sheet` is None)."""
    path = Path(path)
    check_workbook_file(path)
    book = _open_book(path)
    try:
        names = _visible_sheets(book)
        if sheet is None:
            if not names:
                raise FileFormatError(N_("{name} has no worksheet."), name=path.name)
            sheet = names[0]
        data = _load_sheet(book, path.name, sheet)
    finally:
        book.close()
    _check_cell_lengths(data)
    _exact_long_numbers(path, data)
    data.hidden_rows, data.hidden_columns = hidden_parts(path, data.name)
    return data


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](?:1|true)["']""")


def _attribute(tag: bytes, name: bytes) -> int | None:
    found = re.search(rb"\s" + name + rb"""\s*=\s*["'](\d+)["']""", tag)
    return None if found is None else int(found.group(1))


def hidden_parts(path: Path, sheet: str) -> tuple[frozenset[int], frozenset[int]]:
    """(rows, columns) hidden in the sheet (0-based), read from its XML: calamine does not
    say. The file was checked by read_sheet (check_workbook_file) before this runs."""
    with zipfile.ZipFile(path) as archive:
        member = _sheet_members(archive).get(sheet)
        if member is None:
            return frozenset(), frozenset()
        xml = archive.read(member)
    rows = set()
    for tag in _ROW_TAG.findall(xml):
        number = _attribute(tag, b"r")
        if number is not None and _HIDDEN.search(tag):
            rows.add(number - 1)
    columns = set()
    for tag in _COL_TAG.findall(xml):
        first, last = _attribute(tag, b"min"), _attribute(tag, b"max")
        if first is not None and last is not None and _HIDDEN.search(tag):
            # A hidden range may run to column XFD: only the columns a sheet can use.
            columns.update(range(first - 1, min(last, first + 1000)))
    return frozenset(rows), frozenset(columns)


def _load_sheet(book: Any, file_name: str, sheet: str) -> SheetData:
    from python_calamine import WorksheetNotFound

    try:
        raw = book.get_sheet_by_name(sheet)
    except WorksheetNotFound:
        raise FileFormatError(
            N_("{name} has no sheet named {sheet}."), name=file_name, sheet=sheet
        ) from None
    except BaseException as exc:
        if not _is_failure(exc):
            raise
        raise _damaged(file_name, repr(exc)) from exc
    end_row, end_col = raw.end or (0, 0)
    if (end_row + 1) * (end_col + 1) > MAX_SHEET_CELLS:
        raise FileFormatError(
            N_("Sheet {sheet} of {name} is too large ({rows} rows, {columns} columns)."),
            sheet=sheet,
            name=file_name,
            rows=end_row + 1,
            columns=end_col + 1,
        )
    # skip_empty_area=False keeps positions absolute (row 0 is Excel row 1), the same
    # coordinates as merged_cell_ranges.
    # Lists of lists, fresh from calamine (the callers may change them): not copied.
    rows = raw.to_python(skip_empty_area=False)
    merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (raw.merged_cell_ranges or [])]
    return SheetData(sheet, rows, merged)


def _check_cell_lengths(data: SheetData) -> None:
    for r, row in enumerate(data.rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise FileFormatError(
                    N_(
                        "Cell {cell} of sheet {sheet} holds {length} characters, more than "
                        "an Excel cell can. The file was not made by a spreadsheet program."
                    ),
                    cell=f"{column_letter(c)}{r + 1}",
                    sheet=data.name,
                    length=len(value),
                )


def _exact_long_numbers(path: Path, data: SheetData) -> None:
    """calamine gives every xlsx number as a float, and a float cannot hold 16 digits or
    more exactly. Excel itself keeps only 15, so such a number written by Excel or WPS is
    already damaged; but a program may have written all 18 digits of an ID number into
    the file. Those few cells are read again with openpyxl, which returns the exact int
    when the file holds one. A float stays a float: the importer refuses it as damaged."""
    suspects = {
        (r, c)
        for r, row in enumerate(data.rows)
        for c, value in enumerate(row)
        if isinstance(value, float) and value.is_integer() and abs(value) >= _LONG_NUMBER
    }
    if not suspects:
        return
    from openpyxl import load_workbook

    first = min(r for r, _ in suspects)
    last = max(r for r, _ in suspects)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = book[data.name].iter_rows(min_row=first + 1, max_row=last + 1, values_only=True)
        for r, values in enumerate(rows, start=first):
            for c, value in enumerate(values):
                if (r, c) in suspects and isinstance(value, int) and not isinstance(value, bool):
                    data.rows[r][c] = value
    finally:
        book.close()
