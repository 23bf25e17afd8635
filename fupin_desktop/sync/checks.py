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
from itertools import compress
from operator import itemgetter, not_
from typing import Any

import peewee as pw

from fupin_desktop.errors import PackageRefused, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.sync.reader import TableData
from fupin_desktop.sync.tables import CATALOGUES, MACHINE, SyncColumn

Check = Callable[[Any], None]
AllPass = Callable[[set[Any]], bool]  # a column's distinct values: all fine?


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
    """The field's cleaner, clean_value (schema/clean.py), for one column's stored values.
    Kinds whose stored form the package's decoder already checked (dates, flags, whole
    numbers) and plain text need only what can still be wrong (bounds, length, presence,
    a known choice): the same answers as clean_value, several times faster on a
    township's packages; anything out of the ordinary goes to clean_value, which says
    what is wrong. `may_be_blank`: text that stays at school arrives blank when it did
    not travel."""
    required = field.required and not may_be_blank
    kind = field.kind

    def full(value: Any) -> None:
        if may_be_blank and value in ("", None):
            return
        clean_value(field, value)

    if field.validator is not None or kind not in _QUICK:
        return full
    codes = {c.code for c in field.choices.choices} if field.choices is not None else set()
    limit = field.max_length if kind is Kind.TEXT else None
    low, high = field.minimum, field.maximum

    def quick(value: Any) -> None:
        if value in ("", None):
            if required:
                clean_value(field, value)
            return
        if kind is Kind.CHOICE:
            if value not in codes:
                clean_value(field, value)
        elif kind in (Kind.TEXT, Kind.LONG_TEXT):
            if not isinstance(value, str) or (limit is not None and len(value) > limit):
                clean_value(field, value)
        elif kind in (Kind.INT, Kind.MONEY):
            bounded = kind is Kind.INT  # clean_value bounds whole numbers, not money
            below = bounded and low is not None and value < low
            above = bounded and high is not None and value > high
            if type(value) is not int or below or above:
                clean_value(field, value)

    return quick


_QUICK = {Kind.TEXT, Kind.LONG_TEXT, Kind.CHOICE, Kind.BOOL, Kind.DATE, Kind.INT, Kind.MONEY}


def _length_check(limit: int) -> Check:
    def check(value: Any) -> None:
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(N_("Too long: at most {limit} characters."), limit=limit)

    return check


def _short_enough(values: set[Any], limit: int | None) -> bool:
    """Every value is text no longer than `limit`."""
    if set(map(type, values)) - {str}:
        return False
    return limit is None or max(map(len, values), default=0) <= limit


_BLANK = frozenset({"", None})


def _all_pass(field: Field, may_be_blank: bool) -> AllPass | None:
    """A column's distinct values at once, for the kinds _catalogue_check's `quick`
    answers: True when quick would pass every one of them (checked in C: set
    operations, max, min); False sends the values one by one through the check, which
    names the bad one. None: no such shortcut for this field."""
    if field.validator is not None or field.kind not in _QUICK:
        return None
    required = field.required and not may_be_blank
    kind = field.kind
    codes = {c.code for c in field.choices.choices} if field.choices is not None else set()
    limit = field.max_length if kind is Kind.TEXT else None
    low, high = (field.minimum, field.maximum) if kind is Kind.INT else (None, None)

    def check(values: set[Any]) -> bool:
        if required and not values.isdisjoint(_BLANK):
            return False
        rest = values - _BLANK
        if not rest or kind in (Kind.BOOL, Kind.DATE):
            return True
        if kind is Kind.CHOICE:
            return rest <= codes
        if kind in (Kind.TEXT, Kind.LONG_TEXT):
            return _short_enough(rest, limit)
        if set(map(type, rest)) != {int}:
            return False
        return (low is None or min(rest) >= low) and (high is None or max(rest) <= high)

    return check


def _checks(data: TableData) -> list[tuple[int, SyncColumn, Check, AllPass | None]]:
    catalogue = CATALOGUES.get(data.table.name)
    fields = data.table.model._meta.fields
    out: list[tuple[int, SyncColumn, Check, AllPass | None]] = []
    for index, column in enumerate(data.columns):
        if column.key in MACHINE:
            continue
        entry = None
        if catalogue is not None and column.field_name in catalogue.keys():
            entry = catalogue[column.field_name]
        if entry is not None:
            blank = column.stays_at_school
            out.append((index, column, _catalogue_check(entry, blank), _all_pass(entry, blank)))
            continue
        model_field = fields.get(column.field_name)
        limit = getattr(model_field, "max_length", None)
        if isinstance(model_field, pw.CharField) and limit:

            def short(values: set[Any], limit: int = limit) -> bool:
                return _short_enough(values - {None}, limit)

            out.append((index, column, _length_check(limit), short))
    return out


def check_rows(data: TableData, indices: list[int]) -> None:
    """Check the rows of `data` at `indices` (those the import would write). Raises
    PackageRefused naming the first bad cell. Each distinct value of a column is checked
    once; the row is looked for only when one fails."""
    if not indices:
        return
    deleted = data.index("deleted")
    rows = data.rows
    taken = list(map(rows.__getitem__, indices))
    flags = list(map(itemgetter(deleted), taken)) if deleted is not None else []
    if any(flags):
        live = list(compress(indices, map(not_, flags)))
        live_rows = list(compress(taken, map(not_, flags)))
    else:
        live, live_rows = list(indices), taken
    for index, column, check, all_pass in _checks(data):
        values = set(map(itemgetter(index), live_rows))
        if all_pass is not None and all_pass(values):
            continue
        for value in values:
            try:
                check(value)
            except ValidationError as exc:
                at = next(at for at in live if rows[at][index] == value)
                raise _refused(data, data.excel_rows[at], column, exc.message) from None


def check_duplicates(data: TableData) -> None:
    """One record (one id) twice in a sheet: refused, naming both rows."""
    at = data.index("id")
    if at is None:
        return
    ids = list(map(itemgetter(at), data.rows))
    if len(set(ids)) == len(ids):
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
