"""Every value a package would write goes through the catalogue's cleaners, the same as
the form and the roster import (schema/clean.py): an ID number failing its check digit,
a name longer than its field, a choice this program does not know are refused with the
sheet, row and column named, and nothing is imported (docs/architecture.md, "In from a
package"). A column outside the catalogues is held to its column's length in the ledger.
One record twice in one package is refused naming both rows.

Tombstones are not checked: a deleted record's personal data may have been blanked.
Values that repeat (choices, dates, flags) are checked once a column.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee as pw

from fupin_desktop.errors import PackageRefused, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.fields import Field
from fupin_desktop.sync.reader import TableData
from fupin_desktop.sync.tables import CATALOGUES, MACHINE, SyncColumn

Check = Callable[[Any], None]


def _refused(data: TableData, number: int, column: SyncColumn, problem: str) -> PackageRefused:
    return PackageRefused(
        N_(
            "Sheet {sheet}, row {row}, column {column}: {problem} The sender must correct "
            "it and export again; nothing was imported."
        ),
        sheet=data.table.title,
        row=number,
        column=column.title,
        problem=problem,
    )


def _catalogue_check(field: Field, may_be_blank: bool) -> Check:
    """`may_be_blank`: text that stays at school arrives blank when it did not travel."""

    def check(value: Any) -> None:
        if may_be_blank and value in ("", None):
            return
        clean_value(field, value)

    return check


def _length_check(limit: int) -> Check:
    def check(value: Any) -> None:
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(N_("Too long: at most {limit} characters."), limit=limit)

    return check


def _checks(data: TableData) -> list[tuple[int, SyncColumn, Check]]:
    catalogue = CATALOGUES.get(data.table.name)
    fields = data.table.model._meta.fields
    out: list[tuple[int, SyncColumn, Check]] = []
    for index, column in enumerate(data.columns):
        if column.key in MACHINE:
            continue
        entry = None
        if catalogue is not None and column.field_name in catalogue.keys():
            entry = catalogue[column.field_name]
        if entry is not None:
            out.append((index, column, _catalogue_check(entry, column.stays_at_school)))
            continue
        model_field = fields.get(column.field_name)
        limit = getattr(model_field, "max_length", None)
        if isinstance(model_field, pw.CharField) and limit:
            out.append((index, column, _length_check(limit)))
    return out


def check_rows(data: TableData, indices: list[int]) -> None:
    """Check the rows of `data` at `indices` (those the import would write). Raises
    PackageRefused naming the first bad cell."""
    if not indices:
        return
    deleted = data.index("deleted")
    checks = _checks(data)
    passed: list[set[Any]] = [set() for _ in checks]
    for at in indices:
        row = data.rows[at]
        if deleted is not None and row[deleted]:
            continue
        for (index, column, check), ok in zip(checks, passed, strict=True):
            value = row[index]
            if value in ok:
                continue
            try:
                check(value)
            except ValidationError as exc:
                raise _refused(data, data.excel_rows[at], column, exc.message) from None
            if len(ok) < 10_000:
                ok.add(value)


def check_duplicates(data: TableData) -> None:
    """One record (one id) twice in a sheet: refused, naming both rows."""
    at = data.index("id")
    if at is None:
        return
    first: dict[Any, int] = {}
    for number, row in zip(data.excel_rows, data.rows, strict=True):
        seen = first.setdefault(row[at], number)
        if seen != number:
            raise PackageRefused(
                N_(
                    "Sheet {sheet}: rows {first} and {second} hold the same record ({id}). "
                    "A package holds each record once; nothing was imported. Ask the "
                    "sender for the package again."
                ),
                sheet=data.table.title,
                first=seen,
                second=number,
                id=str(row[at])[:36],
            )
