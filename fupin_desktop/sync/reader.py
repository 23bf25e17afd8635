"""Read a package with every check that needs only the file: size and unpacked size
before any parser runs (io.xlsx_read.check_workbook_file: zip bombs, truncated copies, Word
documents), then python-calamine (a Rust parser: no XML entities are expanded; openpyxl,
where it reads at all, uses defusedxml), the manifest, every sheet's columns, cells, row
count and SHA-256. A sealed package (sync.seal) is opened first with this installation's
key, and its envelope must name the package, sender and receiver the manifest names.
Only packages of the signed format (manifest.SIGNED_SINCE) are read; older ones are
refused, naming their format. Nothing here touches the database but the schema version
number."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from fupin_desktop.db.migrations import latest_version
from fupin_desktop.errors import FileFormatError, PackageRefused
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io import xlsx, xlsx_read
from fupin_desktop.progress import CancelToken
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.sync import crypto
from fupin_desktop.sync.codec import (
    CellError,
    SheetHasher,
    _zh_table,
    column_decoder,
    decoder,
)
from fupin_desktop.sync.manifest import (
    DATA,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST_TITLE,
    RECEIPT,
    SIGNED_SINCE,
    Manifest,
    problem,
)
from fupin_desktop.sync.tables import SyncColumn, SyncTable, table_by_name


@dataclass
class TableData:
    table: SyncTable
    columns: list[SyncColumn]  # the package's columns, in its order
    rows: list[tuple[Any, ...]]
    excel_rows: list[int] = field(default_factory=list)  # row numbers, for messages

    def index(self, key: str) -> int | None:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        return None


@dataclass
class Package:
    path: Path
    manifest: Manifest
    tables: list[TableData]
    sealed: bool = False

    @property
    def counts(self) -> dict[str, int]:
        return {t.table.name: len(t.rows) for t in self.tables}


def _not_a_package(name: str, rows: list[Any] | None = None) -> FileFormatError:
    if rows and _looks_like_roster(rows):
        return FileFormatError(
            N_(
                "{name} is not a sync package: it looks like a roster of students. Import it "
                "under 学生档案 (Import roster…)."
            ),
            name=name,
        )
    return FileFormatError(
        N_("{name} is an Excel workbook but not a sync package of this program."), name=name
    )


def _looks_like_roster(rows: list[Any]) -> bool:
    """A sheet of people: a row naming 姓名 and 身份证号 (or 身份证件号) among its cells."""
    for row in rows[:10]:
        cells = {str(c).strip() for c in row if c}
        if "姓名" in cells and any("身份证" in c for c in cells):
            return True
    return False


def _manifest_sheet(sheets: list[str]) -> str:
    """The manifest is the last sheet the program writes; a clerk may have added a sheet
    of notes after it, so a sheet named as the manifest is named (in any language this
    program speaks) is taken first."""
    names = {MANIFEST_TITLE, tr(MANIFEST_TITLE), _zh_table().get(MANIFEST_TITLE, "")}
    for sheet in reversed(sheets):
        if sheet in names:
            return sheet
    return sheets[-1]


def _read_manifest(book: Any, name: str, sheets: list[str]) -> Manifest:
    if not sheets:
        raise _not_a_package(name)
    data = xlsx_read._load_sheet(book, name, _manifest_sheet(sheets))
    xlsx_read._check_cell_lengths(data)
    if not any(row and row[0] == "format" for row in data.rows[1:]):
        # No manifest at all: another workbook (a roster chosen by mistake), not damage.
        raise _not_a_package(name, data.rows)
    values: dict[str, Any] = {}
    for row in data.rows[1:]:
        if len(row) < 2 or not isinstance(row[0], str) or not row[0]:
            continue
        try:
            values[row[0]] = json.loads(row[1]) if isinstance(row[1], str) else None
        except ValueError:
            raise _damaged_manifest(name, row[0]) from None
    if values.get("format") != FORMAT_NAME:
        raise _not_a_package(name)
    found = values.get("format_version")
    if isinstance(found, int) and not isinstance(found, bool) and found < SIGNED_SINCE:
        raise PackageRefused(
            N_(
                "{name} was made by an older version of the program (package format "
                "{found}). Packages before format {signed} were signed with a key that "
                "travelled in the packages themselves, so anyone who saw one could forge "
                "them: they are no longer imported, not even for a transition. Ask the "
                "sender to install this version, to have the keys enrolled (Sync > Keys) "
                "and to export again. Nothing was imported."
            ),
            name=name,
            found=found,
            signed=SIGNED_SINCE,
        )
    if "signature" in values and "sign_key" not in values:
        # Format 5 as issue 16 first wrote it, signed with a shared key (never released).
        raise PackageRefused(
            N_(
                "{name} was signed with a key that travelled in the packages themselves (a "
                "test version of the program): it is not imported. Ask the sender to install "
                "this version, to have the keys enrolled (Sync > Keys) and to export again. "
                "Nothing was imported."
            ),
            name=name,
        )
    if (
        not isinstance(values.get("format_version"), int)
        or values["format_version"] > FORMAT_VERSION
    ):
        raise PackageRefused(
            N_("{name} was made by a newer version of the program. Please upgrade the program."),
            name=name,
        )
    try:
        manifest = Manifest.from_dict(values)
    except (TypeError, ValueError):
        raise _damaged_manifest(name, "") from None
    bad = problem(manifest)
    if bad:
        raise _damaged_manifest(name, bad)
    if manifest.kind not in (DATA, RECEIPT) or not isinstance(manifest.schema_version, int):
        raise _damaged_manifest(name, "kind")
    _check_codes(manifest, name)
    if manifest.schema_version > latest_version():
        raise PackageRefused(
            N_(
                "{name} was made with a newer ledger (schema {found}; this program knows "
                "{known}). Please upgrade the program, then import it again."
            ),
            name=name,
            found=manifest.schema_version,
            known=latest_version(),
        )
    return manifest


def _check_codes(manifest: Manifest, name: str) -> None:
    """Codes name files (receipts) and routes: only well-formed ones are accepted."""
    from fupin_desktop.errors import ValidationError
    from fupin_desktop.validation import clean_school_code, clean_township_code

    checks = [
        ("school_code", clean_school_code),
        ("township_code", clean_township_code),
        ("to_code", clean_school_code if manifest.to_role == "school" else clean_township_code),
    ]
    for key, clean in checks:
        try:
            if clean(getattr(manifest, key)) != getattr(manifest, key):
                raise ValidationError()
        except (ValidationError, TypeError):
            raise _damaged_manifest(name, key) from None
    if manifest.sender_role not in ("school", "township") or manifest.to_role not in (
        "school",
        "township",
    ):
        raise _damaged_manifest(name, "role")


def _damaged_manifest(name: str, key: str) -> PackageRefused:
    return PackageRefused(
        N_("The manifest of {name} was changed or is damaged ({key}). Ask for the package again."),
        name=name,
        key=key,
    )


def _read_table(book: Any, name: str, manifest: Manifest, entry: Any) -> TableData:
    table = table_by_name(entry.table)
    if table is None:
        raise PackageRefused(
            N_(
                "{name} holds a kind of record this program does not know (sheet {sheet}): "
                "it was made by a newer version. Please update the program, then import "
                "it again. Nothing was imported."
            ),
            name=name,
            sheet=entry.sheet,
        )
    columns: list[SyncColumn] = []
    for number, key in enumerate(entry.columns):
        try:
            # An older format's cells are read as that format wrote them.
            columns.append(table.column(key).as_written_in(manifest.format_version))
        except KeyError:
            raise PackageRefused(
                N_(
                    "{name} holds information this program does not know (column {column} "
                    "of sheet {sheet}): it was made by a newer version. Please update the "
                    "program, then import it again. Nothing was imported."
                ),
                name=name,
                sheet=entry.sheet,
                column=xlsx.column_letter(number),
            ) from None
    for key in ("id", "version", "deleted", "updated_at"):
        if key not in entry.columns:
            raise _damaged_manifest(name, f"{entry.table}.{key}")
    # Cell lengths are checked by the decoders below, cell by cell.
    sheet = xlsx_read._load_sheet(book, name, entry.sheet)
    raw_rows = sheet.rows[1:]
    while raw_rows and all(value == "" for value in raw_rows[-1]):
        raw_rows.pop()
    if len(raw_rows) != entry.rows:
        raise PackageRefused(
            N_(
                "Sheet {sheet} of {name} has {found} rows, but the package was written with "
                "{expected}. Rows were added or removed by hand; ask for the package again."
            ),
            sheet=entry.sheet,
            name=name,
            found=len(raw_rows),
            expected=entry.rows,
        )
    del sheet
    rows = _decode(raw_rows, columns, entry.sheet, name)
    del raw_rows
    hasher = SheetHasher(entry.columns)
    hasher.add_rows(rows)
    if hasher.hexdigest() != entry.sha256:
        raise PackageRefused(
            N_(
                "Sheet {sheet} of {name} was changed after the package was written: its "
                "content does not match the manifest. Nothing was imported; ask for the "
                "package again."
            ),
            sheet=entry.sheet,
            name=name,
        )
    rows = current_codes(table, columns, rows)
    return TableData(table, columns, rows, list(range(2, 2 + len(rows))))


def _decode(
    raw_rows: list[list[Any]], columns: list[SyncColumn], sheet: str, name: str
) -> list[tuple[Any, ...]]:
    """The stored values of the sheet's rows (cells past the package's columns ignored,
    missing ones empty); the first bad cell is refused naming its row. Decoded a column
    at a time (codec.column_decoder); a sheet with a bad cell is decoded again row by
    row, so that the cell named is the first in reading order."""
    width = len(columns)
    if not raw_rows or not width:
        return _decode_rows(raw_rows, columns, sheet, name)
    if min(map(len, raw_rows)) < width:
        raw_rows = [row + [""] * (width - len(row)) for row in raw_rows]
    cells = zip(*raw_rows, strict=False)  # a column at a time: a tuple of its cells
    try:
        decoded = [column_decoder(column)(next(cells)) for column in columns]
    except CellError:
        return _decode_rows(raw_rows, columns, sheet, name)
    return list(zip(*decoded, strict=True))


def _decode_rows(
    raw_rows: list[list[Any]], columns: list[SyncColumn], sheet: str, name: str
) -> list[tuple[Any, ...]]:
    """_decode a row at a time: the first bad cell in reading order is refused."""
    width = len(columns)
    rows: list[tuple[Any, ...]] = []
    decoders = [decoder(column) for column in columns]
    for number, raw in enumerate(raw_rows, start=2):
        cells = raw if len(raw) == width else (list(raw) + [""] * width)[:width]
        try:
            rows.append(tuple([decode(cell) for decode, cell in zip(decoders, cells, strict=True)]))
        except CellError as exc:
            raise PackageRefused(
                N_("Sheet {sheet} of {name}, row {row}: {problem}"),
                sheet=sheet,
                name=name,
                row=number,
                problem=exc.message,
            ) from None
    return rows


def current_codes(
    table: SyncTable, columns: list[SyncColumn], rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Codes renamed since an older program wrote the package (ChoiceSet.renamed), as
    this ledger stores them: read as written first, since the sheet's hash is over them.
    A status history entry's value is renamed by the choices of its kind."""
    keys = [column.key for column in columns]
    renames: dict[int, dict[str, str]] = {}
    for index, key in enumerate(keys):
        choices = table.column(key).choices
        if choices is not None and choices.renamed:
            renames[index] = dict(choices.renamed)
    by_kind: dict[str, dict[str, str]] = {}
    if table.name == "status_history" and "kind" in keys and "value" in keys:
        by_kind = {
            f.key: dict(f.choices.renamed) for f in STUDENT if f.choices and f.choices.renamed
        }
    kind_at, value_at = (keys.index("kind"), keys.index("value")) if by_kind else (-1, -1)
    # Most packages hold no former code at all: looked for a column at a time, in C.
    renames = {i: r for i, r in renames.items() if not _values(rows, i).isdisjoint(r)}
    if by_kind and _values(rows, value_at).isdisjoint(
        {old for renamed in by_kind.values() for old in renamed}
    ):
        by_kind = {}
    if not renames and not by_kind:
        return rows
    upgraded = []
    for row in rows:
        cells = [renames[i].get(v, v) if i in renames else v for i, v in enumerate(row)]
        if by_kind and row[kind_at] in by_kind:
            cells[value_at] = by_kind[row[kind_at]].get(row[value_at], row[value_at])
        upgraded.append(tuple(cells))
    return upgraded


def _values(rows: list[tuple[Any, ...]], index: int) -> set[Any]:
    return set(map(itemgetter(index), rows))


# Rows a spreadsheet program may add without content (formatting kept on empty rows).
EMPTY_ROWS_ALLOWED = 1000
# Bytes of XML one cell can take at most: 32,767 characters of up to 4 bytes, and markup.
_CELL_BYTES = xlsx.MAX_CELL_CHARS * 4 + 256


def _check_size(size: xlsx_read.SheetSize | None, entry: Any, name: str) -> None:
    """A sheet holding more rows than the manifest, or more bytes than its rows and
    columns could fill, is refused before it is parsed (a 7 MB package unpacking to
    hundreds of MB must not cost that much memory first)."""
    if size is None:
        return
    budget = 65_536 + (entry.rows + 1) * max(1, len(entry.columns)) * _CELL_BYTES
    if size.rows > entry.rows + 1 + EMPTY_ROWS_ALLOWED or size.size > budget:
        raise PackageRefused(
            N_(
                "Sheet {sheet} of {name} holds far more than the package was written "
                "with ({found} rows, {megabytes} MB, where {expected} rows were written). "
                "It was not read; ask the sender for the package again."
            ),
            sheet=entry.sheet,
            name=name,
            found=max(0, size.rows - 1),
            megabytes=round(size.size / 1_048_576, 1),
            expected=entry.rows,
        )


def read_package(
    path: Path,
    cancel: CancelToken | None = None,
    *,
    password: str | None = None,
    identity: Any = None,
) -> Package:
    """The package in `path`, checked as far as a file can be without the ledger.
    Raises FileFormatError (unreadable) or PackageRefused (readable, not acceptable).
    A sealed package is opened with `identity` (keys.Identity of this installation); an
    encrypted one is decrypted with `password` first (sync.crypto); without one, or with
    a wrong one, it is refused."""
    from fupin_desktop.sync import seal

    path = Path(path)
    if seal.is_sealed(path):
        envelope, plain = _open_sealed(path, identity)
        # Opened in memory, never written out (docs/architecture.md, "Crash-clean files").
        package = _read_workbook(plain, path, cancel)
        del plain
        _check_envelope(envelope, package.manifest, path.name)
        package.sealed = True
        return package
    with crypto.opened(path, password) as plain_or_path:
        return _read_workbook(plain_or_path, path, cancel)


def _open_sealed(path: Path, identity: Any) -> tuple[Any, bytes]:
    from fupin_desktop.sync import seal

    if identity is None:
        raise PackageRefused(
            N_("{name} is sealed: only the ledger it was sealed for can open it."),
            name=path.name,
        )
    return seal.open_sealed(path, identity.seal_key())


def _check_envelope(envelope: Any, manifest: Manifest, name: str) -> None:
    """The envelope's clear header and the signed manifest inside name the same package,
    sender and receiver (and the same keys)."""
    expected = (
        manifest.package_id,
        manifest.sender_peer,
        f"{manifest.to_role}:{manifest.to_code}",
        manifest.fingerprint,
        manifest.to_fingerprint,
    )
    found = (
        envelope.package_id,
        envelope.sender,
        envelope.receiver,
        envelope.sender_fingerprint,
        envelope.receiver_fingerprint,
    )
    if found != expected:
        raise _damaged_manifest(name, "envelope")


def _read_workbook(plain: xlsx_read.Source, path: Path, cancel: CancelToken | None) -> Package:
    sizes = xlsx_read.check_workbook_file(plain, path.name)
    book = xlsx_read._open_book(plain, path.name)
    try:
        sheets = xlsx_read._visible_sheets(book)
        manifest = _read_manifest(book, path.name, sheets)
        tables: list[TableData] = []
        for entry in manifest.sheets:
            if cancel is not None:
                cancel.check()
            # Before the sheet is parsed: no larger than the manifest says it is.
            _check_size(sizes.get(entry.sheet), entry, path.name)
            tables.append(_read_table(book, path.name, manifest, entry))
    finally:
        book.close()
    order = {t.name: i for i, t in enumerate(_all_tables())}
    tables.sort(key=lambda t: order.get(t.table.name, 0))
    return Package(path, manifest, tables)


def _all_tables() -> tuple[SyncTable, ...]:
    from fupin_desktop.sync.tables import sync_tables

    return sync_tables()
