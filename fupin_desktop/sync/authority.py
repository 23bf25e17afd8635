"""Authority on import (docs/architecture.md, "Trust"): what a sender may change here.

Every incoming row's owning school is worked out: its new owner from the row (the chain
of foreign keys to a school, through the package's own rows or this ledger), its old
owner from this ledger when the row is here already, and the owners of every other
school record it points to. Then:

    township, from school X   only rows of school X (old and new owner), and the
                              school's own School row under its own code; never
                              reference data (aid programs, standards, reminder rules)
    school, from its township only rows of this school, and reference data

so a package cannot move a child between schools, rename another school, or change an
aid standard from a village PC. The first row that oversteps is named in the refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School
from fupin_desktop.i18n import N_
from fupin_desktop.services.installation import InstallationInfo
from fupin_desktop.sync.reader import Package, PackageRefused, TableData
from fupin_desktop.sync.tables import _school_path, is_reference

_BATCH = 500


def _ledger_owners(model: type[pw.Model], ids: list[str]) -> dict[str, str | None]:
    """{id: owning school id} of the rows of `model` here, along its chain to School."""
    path = _school_path(model)
    if path is None or not ids:
        return {}
    table = model._meta.table_name
    if not path:
        select, joins = "t0.id", ""
    else:
        parts, alias = [], "t0"
        for depth, field in enumerate(path[:-1], start=1):
            target = field.rel_model._meta.table_name
            parts.append(
                f'LEFT JOIN "{target}" AS t{depth} ON t{depth}.id = {alias}."{field.column_name}"'
            )
            alias = f"t{depth}"
        select, joins = f'{alias}."{path[-1].column_name}"', " ".join(parts)
    found: dict[str, str | None] = {}
    # In key order: each batch then reads neighbouring pages of the index.
    ids = sorted(set(ids), key=str)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT t0.id, {select} FROM "{table}" AS t0 {joins} WHERE t0.id IN ({marks})'
        found.update({row[0]: row[1] for row in database.execute_sql(sql, chunk)})
    return found


class _Owners:
    """Owning school of records, from the package first (its new values), else here."""

    def __init__(self) -> None:
        self.new: dict[str, dict[str, str | None]] = {}

    def of(self, model: type[pw.Model], ids: Iterable[str]) -> dict[str, str | None]:
        table = model._meta.table_name
        wanted = [i for i in set(ids) if i]
        incoming = self.new.get(table, {})
        out = {i: incoming[i] for i in wanted if i in incoming}
        out.update(_ledger_owners(model, [i for i in wanted if i not in incoming]))
        return out


def _school_keys(data: TableData) -> list[tuple[int, type[pw.Model], bool]]:
    """(column index, target model, is the owner chain) of the row's keys to records
    that belong to a school. A key straight to a school that is not the owner chain (a
    departure's receiving school) only names that school: it changes nothing of it, and
    its record must be here or in the package like any reference (merge)."""
    model = data.table.model
    chain = _school_path(model)
    first = chain[0] if chain else None
    out = []
    for field in model._meta.sorted_fields:
        if not isinstance(field, pw.ForeignKeyField) or _school_path(field.rel_model) is None:
            continue
        if field.rel_model is School and field is not first:
            continue
        index = data.index(field.column_name)
        if index is not None:
            out.append((index, field.rel_model, field is first))
    return out


def _refuse(data: TableData, number: int, owner: str | None, sender: str) -> PackageRefused:
    code = _code_of(owner) if owner else "?"
    return PackageRefused(
        N_(
            "Sheet {sheet}, row {row}: this record belongs to school {owner}; {sender} may "
            "not change it here. Nothing was imported."
        ),
        sheet=data.table.title,
        row=number,
        owner=code,
        sender=sender,
    )


def _code_of(school_id: str) -> str:
    row = School.get_or_none(School.id == school_id)
    return row.code if row is not None else school_id[:8]


def _allowed_school(package: Package, info: InstallationInfo) -> str | None:
    """The record id of the one school whose rows this package may carry."""
    if not info.is_township:
        return info.school_id
    code = package.manifest.school_code
    here = School.get_or_none(School.code == code)
    if here is not None:
        return here.id
    for data in package.tables:
        if data.table.model is School:
            at, code_at = data.index("id"), data.index("code")
            for row in data.rows:
                if code_at is not None and row[code_at] == code:
                    return row[at]
    return None


def check_authority(package: Package, info: InstallationInfo, sender: str) -> dict[str, set[str]]:
    """Refuse `package` (from `sender`, a label for people) at its first row that this
    ledger does not accept from its sender. Returns, by table, the ids of the package's
    rows that are here (looked up for their old owner): the merge's plan, made right
    after, needs to read only those (merge.plan_package `present`)."""
    allowed = _allowed_school(package, info)
    owners = _Owners()
    present: dict[str, set[str]] = {}
    for data in package.tables:
        if is_reference(data.table):
            if info.is_township and data.rows:
                raise PackageRefused(
                    N_(
                        "Sheet {sheet}, row {row}: aid programs, standards and reminder "
                        "rules are set by the township; {sender} may not send them. "
                        "Nothing was imported."
                    ),
                    sheet=data.table.title,
                    row=data.excel_rows[0],
                    sender=sender,
                )
            continue
        before = _check_table(data, owners, allowed, package.manifest.school_code, sender)
        if _school_path(data.table.model) is not None:  # else nothing was looked up
            present[data.table.name] = set(before)
    return present


def _check_table(
    data: TableData, owners: _Owners, allowed: str | None, code: str, sender: str
) -> dict[str, str | None]:
    """Check the rows of one table; returns the owners here of those that are here."""
    model = data.table.model
    at = data.index("id")
    before = _ledger_owners(model, list(map(itemgetter(at), data.rows)))
    keys = _school_keys(data)
    targets = {index: owners.of(target, _column(data, index)) for index, target, _ in keys}
    code_at = data.index("code") if model is School else None
    if _within(data, keys, targets, before, allowed, code_at, code):
        owners.new[model._meta.table_name] = _new_owners(data, at, keys, targets)
        return before
    # Some row oversteps: the rows one by one, to name the first.
    new: dict[str, str | None] = {}
    for number, row in zip(data.excel_rows, data.rows, strict=True):
        record = row[at]
        if model is School:
            owner: str | None = record
            if code_at is not None and row[code_at] != code:
                raise _refuse(data, number, record if record in before else None, sender)
        else:
            owner = None
            for index, _target, is_chain in keys:
                pointed = targets[index].get(row[index]) if row[index] else None
                if row[index] and pointed is not None and pointed != allowed:
                    raise _refuse(data, number, pointed, sender)
                if is_chain:
                    owner = pointed
        old = before.get(record)
        if record in before and old != allowed:
            raise _refuse(data, number, old, sender)
        if owner is not None and owner != allowed:
            raise _refuse(data, number, owner, sender)
        new[record] = owner
    owners.new[model._meta.table_name] = new
    return before


def _column(data: TableData, index: int) -> set[Any]:
    return set(map(itemgetter(index), data.rows))


def _within(
    data: TableData,
    keys: list[tuple[int, type[pw.Model], bool]],
    targets: dict[int, dict[str, str | None]],
    before: dict[str, str | None],
    allowed: str | None,
    code_at: int | None,
    code: str,
) -> bool:
    """No row of the table oversteps, looked at a column at a time: every key points to
    records of the allowed school (or to none known), every row here belongs to it, and
    a School row is the allowed school under the sender's code. The same conditions as
    _check_table's, row by row."""
    if any(owner != allowed for owner in before.values()):
        return False
    if data.table.model is School:
        # A School row is its own owner: the allowed school, under the sender's code.
        codes_ok = code_at is None or not data.rows or _column(data, code_at) == {code}
        return codes_ok and _column(data, data.index("id") or 0) <= {allowed}
    for index, _target, _chain in keys:
        pointed = {targets[index].get(value) for value in _column(data, index) if value}
        if pointed - {None, allowed}:
            return False
    return True


def _new_owners(
    data: TableData,
    at: int,
    keys: list[tuple[int, type[pw.Model], bool]],
    targets: dict[int, dict[str, str | None]],
) -> dict[str, str | None]:
    """{id: owning school} of the table's rows: the school its owner chain points to."""
    if data.table.model is School:
        return {row[at]: row[at] for row in data.rows}
    chain = next((index for index, _target, is_chain in keys if is_chain), None)
    if chain is None:
        return dict.fromkeys((row[at] for row in data.rows), None)
    # Keys that are empty are never among `found`'s (_Owners.of leaves them out).
    pointed = map(targets[chain].get, map(itemgetter(chain), data.rows))
    return dict(zip(map(itemgetter(at), data.rows), pointed, strict=False))
