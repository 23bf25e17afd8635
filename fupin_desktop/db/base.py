"""The peewee database handle, the base models, and the one mechanism that keeps the
UUID, timestamps, tombstone and version vector of every record that travels."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import uuid
from collections.abc import Callable
from typing import Any

import peewee as pw

from fupin_desktop.db import stamps
from fupin_desktop.errors import NotInitialised

# Initialised by fupin_desktop.db.connection.open_database(). Every write transaction
# begins IMMEDIATE: it takes the write lock at BEGIN, waiting up to busy_timeout for
# another writer, instead of failing at once with "database is locked" when a read
# inside it is upgraded to a write (docs/architecture.md, "People and privacy").
database = pw.SqliteDatabase(None, lock_type="IMMEDIATE")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def new_id() -> str:
    return str(uuid.uuid4())


def json_text(value: Any) -> str:
    """The one JSON text the ledger stores: sorted keys, no spaces, so equal content is
    equal text (hashes, packages). Version vectors are stored this way."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def timestamp_text(value: dt.datetime) -> str:
    """'YYYY-MM-DD HH:MM:SS', UTC as utcnow gives it (a fraction only if there is one)."""
    return value.isoformat(" ")


# The one encoding of Python values as SQLite stores them (the "stored form" sync packages
# carry too): registered with sqlite3, so that every write uses it, peewee's save() and the
# bulk writer (db/bulk.py) alike. sqlite3 consults it only for these types: text, numbers
# and None are stored as they are, a flag as 0/1.
STORED_FORM: dict[type, Callable[[Any], str]] = {
    dt.date: dt.date.isoformat,
    dt.datetime: timestamp_text,
    dict: json_text,
    list: json_text,
}
for _kind, _encode in STORED_FORM.items():
    sqlite3.register_adapter(_kind, _encode)


def sql_value(value: Any) -> Any:
    """`value` in its stored form, as sqlite3 binds it (STORED_FORM)."""
    if type(value) is bool:
        return int(value)
    encode = STORED_FORM.get(type(value))
    return value if encode is None else encode(value)


class JSONField(pw.TextField):
    """JSON text with sorted keys (json_text)."""

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return json_text(value)

    def python_value(self, value: str | None) -> Any:
        if value is None or value == "":
            return None
        return json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


def stamp_version(count: int = 1) -> tuple[str, int]:
    """Take `count` edit numbers from this installation's counter.

    Returns (actor, first number): the actor is the name this installation's edits go
    by in version vectors (its instance id, or a new one after a restore from a backup:
    db/routes.py). Must run inside the caller's transaction, so a rolled-back edit gives
    its numbers back.
    """
    cursor = database.execute_sql(
        "UPDATE installation SET counter = counter + ? WHERE id = 1 RETURNING actor, counter",
        (count,),
    )
    row = cursor.fetchone()
    if row is None:
        raise NotInitialised()
    actor, counter = row
    return actor, counter - count + 1


# The person whose edits this process makes (the account logged in, services/accounts):
# every save() writes it into the record's `changed_by`, so that a conflict can say who
# changed each side on whichever installation (docs/architecture.md, "Field-level merge").
# One person is logged in per process; "" for the system's own edits.
_editor = ""


def set_editor(name: str) -> None:
    global _editor
    _editor = name


def editor() -> str:
    return _editor


# The fields each save() changed, by (table, record id), until the audit log takes them
# (services/audit.py: "every change with the changed fields"). Per thread; bounded.
_changed = threading.local()
_CHANGED_KEEP = 2000


def _changed_map() -> dict[tuple[str, str], set[str]]:
    found = getattr(_changed, "map", None)
    if found is None:
        found = _changed.map = {}
    return found


def note_changed(table: str, record_id: str, fields: set[str]) -> None:
    found = _changed_map()
    if len(found) >= _CHANGED_KEEP and (table, record_id) not in found:
        found.pop(next(iter(found)))
    found.setdefault((table, record_id), set()).update(fields)


def take_changed(table: str, record_id: str) -> list[str] | None:
    """The fields saved for this record since they were last taken (sorted), or None."""
    found = _changed_map().pop((table, record_id), None)
    return sorted(found) if found is not None else None


class Travelling(BaseModel):
    """A record that travels in sync packages: never hard-deleted.

    `version` is the version vector {actor: counter} of the edits it has seen; `stamps`
    says which edit last wrote each field changed since the record was made (db/stamps.py,
    docs/architecture.md "Field-level merge"). Every save() takes a new edit number from
    the installation counter and stamps the fields it changed: this is the one place
    that does it, so no caller can forget.
    """

    id = pw.CharField(primary_key=True, max_length=36, default=new_id)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)
    deleted = pw.BooleanField(default=False, index=True)
    version = JSONField(default=dict)
    stamps = JSONField(default=dict)
    changed_by = pw.CharField(default="", max_length=40)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # peewee builds rows read from the database with __no_default__; anything else
        # is new, even with an id of its own (a record arriving from another instance).
        self._new_record = not kwargs.get("__no_default__")
        self._touched: set[str] = set()
        super().__init__(*args, **kwargs)

    def touch(self, *columns: str) -> None:
        """Stamp these columns at the next save even if their values stay (a person
        confirmed them: a resolved conflict must travel)."""
        self._touched.update(columns)

    def _changed_columns(self, only: Any) -> set[str]:
        """The columns whose stored form differs from the row in the ledger."""
        fields = [
            f for f in (only or self._meta.sorted_fields) if f.column_name not in stamps.UNSTAMPED
        ]
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        table = self._meta.table_name
        row = database.execute_sql(
            f'SELECT {names} FROM "{table}" WHERE "id" = ?', (self.id,)
        ).fetchone()
        if row is None:
            return {f.column_name for f in fields}
        return {
            f.column_name
            for f, stored in zip(fields, row, strict=True)
            if sql_value(f.db_value(self.__data__.get(f.name))) != stored
        }

    def save(self, force_insert: bool = False, only: Any = None) -> int:
        with database.atomic():
            insert = force_insert or self._new_record
            changed = set() if insert else self._changed_columns(only)
            changed |= self._touched
            actor, counter = stamp_version()
            seen = dict(self.version or {})
            version = {**seen, actor: counter}
            self.version = version
            self.updated_at = utcnow()
            self.changed_by = _editor
            if changed:
                time = timestamp_text(self.updated_at)
                edit = stamps.dot(actor, counter, time)
                new = stamps.stamped(self.stamps, changed, edit)
                if stamps.DELETED in changed and self.deleted:
                    new[stamps.DELETED] = stamps.dot(actor, counter, time, seen=version)
                self.stamps = new
            if only is not None:
                kind = type(self)
                only = [*only, kind.version, kind.updated_at, kind.changed_by, kind.stamps]
            self._note_changed(insert, changed)
            result = super().save(force_insert=insert, only=only)
            self._new_record = False
            self._touched = set()
            return result

    def _note_changed(self, insert: bool, columns: set[str]) -> None:
        """Which fields this save changes, for the audit log (services/audit.py): on an
        update the columns the stamps found changed (one read, _changed_columns), on an
        insert the fields that hold a value."""
        fields = [f for f in self._meta.sorted_fields if f.column_name not in stamps.UNSTAMPED]
        if insert:
            empty = (None, "", False, 0)
            names = {f.name for f in fields if self.__data__.get(f.name) not in empty}
        else:
            names = {f.name for f in fields if f.column_name in columns}
        note_changed(self._meta.table_name, str(self.id), names)

    def tombstone(self) -> None:
        """Delete the way travelling records are deleted: a flag that travels too."""
        self.deleted = True
        self.save()

    def delete_instance(self, *args: Any, **kwargs: Any) -> int:
        raise TypeError(f"{type(self).__name__} travels: call tombstone(), never delete.")


class Local(BaseModel):
    """A record that stays on this installation (logs, ledgers, settings)."""
