"""Where a write-only workbook's sheets wait until the workbook is saved (docs/
architecture.md, "Crash-clean files"). openpyxl would put each sheet's XML into the
system's temporary folder, where a killed program leaves it (minors' data in clear);
here it goes into a partial file beside the target (fileio.partial_file: removed on
leaving, or by the next write into that folder), or into memory, for a workbook that is
encrypted before it touches the disk. openpyxl is imported only when a book is written."""

from __future__ import annotations

import contextlib
import functools
import io
from pathlib import Path
from typing import IO, Any

from fupin_desktop.fileio import partial_file


class Spill:
    """Where a write-only workbook's sheets wait until the workbook is saved. openpyxl
    would put them in the system's temporary folder, where a killed program leaves them
    (minors' data in clear); here they go into partial files beside the target
    (fileio.partial_file: removed on leaving, or by the next write into that folder), or
    into memory (`target` None: for a workbook encrypted before it touches the disk)."""

    def __init__(self, target: Path | None) -> None:
        self.target = target
        self._files = contextlib.ExitStack()

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self._files.close()

    def attach(self, sheet: Any) -> None:
        """Give a new write-only sheet its writer; after its columns are set up (they
        are written first), before its first row."""
        if self.target is None:
            out: Any = _Memory()
        else:
            out = str(self._files.enter_context(partial_file(self.target)))
        sheet._writer = _sheet_writer_class()(sheet, out)
        sheet._writer.write_top()


class _Memory(io.BytesIO):
    """A sheet's XML in memory. Not readable: the text wrapper openpyxl writes through
    (et_xmlfile) then keeps no decoder, which it would reset at every write (on a
    2,000-student school's sealed package: 17 million resets, ~18 s of ~140 s)."""

    def readable(self) -> bool:
        return False


@functools.cache
def _sheet_writer_class() -> type:
    from openpyxl.worksheet._writer import WorksheetWriter

    class SheetWriter(WorksheetWriter):  # type: ignore[misc]
        def cleanup(self) -> None:
            if isinstance(self.out, str):
                Path(self.out).unlink(missing_ok=True)

    return SheetWriter


def save_book(book: Any, target: Path | IO[bytes]) -> None:
    """Save a write-only workbook whose sheets went through a Spill."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    class BookWriter(ExcelWriter):  # type: ignore[misc]
        def write_worksheet(self, ws: Any) -> None:
            writer = ws._writer
            if not isinstance(getattr(writer, "out", None), io.BytesIO):
                super().write_worksheet(ws)
                return
            from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            if not ws.closed:
                ws.close()
            ws._rels = writer._rels
            self._archive.writestr(ws.path[1:], writer.out.getvalue())
            self.manifest.append(ws)

    if not book.worksheets:
        book.create_sheet()
    archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
    BookWriter(book, archive).save()
