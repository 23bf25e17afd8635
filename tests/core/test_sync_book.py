"""sync.book's cell makers: a column's values given to openpyxl as plain values write
exactly the cells io.xlsx's safe cells would (docs/architecture.md, "Sync packages:
reading fast")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fupin_desktop.io import xlsx
from fupin_desktop.sync.book import BookSheet, cell_maker, write_book
from fupin_desktop.sync.tables import MACHINE, ColumnKind, sync_tables

TEXTS = [
    "王小明",
    "住在 3 组, 靠近村小",
    "=1+2",
    '=HYPERLINK("http://x","y")',
    "+86",
    "-",
    "@me",
    "\tx",
    "#N/A",
    "#DIV/0!",
    "#1 班",
    "a\x01b\x1fc",
    "  leading and trailing  ",
    "x" * xlsx.MAX_CELL_CHARS,
]


def _people_column():
    """A column of people's text that is not formatted as text (a name, a note)."""
    for table in sync_tables():
        for column in table.columns:
            machine = column.key in MACHINE or column.key.endswith("_id")
            chosen = column.choices is not None
            if column.kind == ColumnKind.TEXT and not (chosen or column.text or machine):
                return column
    raise AssertionError("no column of people's text")


def _sheet_xml(path: Path, number: int) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml").decode()


def test_people_text_as_plain_values_writes_the_cells_text_cell_writes(tmp_path) -> None:
    column = _people_column()
    maker = cell_maker(column)
    rows = [[text] for text in TEXTS]
    columns = [xlsx.Column("甲", 10)]
    safe = [lambda sheet, value: xlsx.text_cell(sheet, value)]
    path = tmp_path / "book.xlsx"
    write_book(
        path,
        [
            BookSheet(xlsx.SheetSpec("ours", columns, rows), [maker]),
            BookSheet(xlsx.SheetSpec("safe", columns, rows), safe),
        ],
        None,
    )
    ours, safe_xml = _sheet_xml(path, 1), _sheet_xml(path, 2)
    assert ours == safe_xml
    # Some went as plain values, some as cells: both ways are compared above.
    made = [maker(None, text) if xlsx.plain_text(text) else None for text in TEXTS]
    assert "王小明" in made and None in made


@pytest.mark.parametrize("text", ["=1+2", "#N/A", "a\x01b", "x" * (xlsx.MAX_CELL_CHARS + 1)])
def test_text_a_spreadsheet_would_change_is_not_plain(text) -> None:
    assert not xlsx.plain_text(text)


def test_a_too_long_text_is_still_refused_not_cut() -> None:
    maker = cell_maker(_people_column())
    from fupin_desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        maker(None, "x" * (xlsx.MAX_CELL_CHARS + 1))
