"""Field stamps: which edit last wrote each field of a travelling record
(docs/architecture.md, "Field-level merge").

A record's `version` is its version vector, {actor: counter}: every edit it has seen.
Its `stamps` say, for each field written after the record was made, the edit that wrote
it last, as a *dot*:

    [actor, counter, time]             an edit of the field
    [actor, counter, time, {vector}]   the `deleted` flag set by a deletion, with the
                                       version vector the deletion had seen

A field without a stamp holds what it was created with (or what it held before stamps
existed): every holder of the record has seen that. Two installations merging a record
compare the dots field by field, so concurrent edits of different fields both survive;
only two edits of the same field that did not see each other are a conflict.

Plain data and functions only: `db/base.py` stamps on save, `db/bulk.py` on bulk
updates, `sync/fields.py` merges.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Dot = list[Any]  # [actor, counter, time] or [actor, counter, time, seen vector]
Stamps = dict[str, Dot]

# Columns that are bookkeeping, not content: never stamped, never merged field by field.
# `changed_by` names the person of the record's latest edit (db/base.py): it follows
# `updated_at`, whichever side that is.
UNSTAMPED = frozenset({"id", "version", "created_at", "updated_at", "changed_by", "stamps"})
DELETED = "deleted"


def dot(actor: str, counter: int, time: str, seen: Mapping[str, int] | None = None) -> Dot:
    out: Dot = [actor, counter, time]
    if seen is not None:
        out.append(dict(seen))
    return out


def seen_by(value: Dot | None, vector: Mapping[str, int]) -> bool:
    """The edit `value` is among those `vector` has seen (no stamp: always)."""
    if value is None:
        return True
    return vector.get(value[0], 0) >= value[1]


def same(a: Dot | None, b: Dot | None) -> bool:
    """The same edit (the seen vector of a deletion is part of it, not of its identity)."""
    if a is None or b is None:
        return a is b
    return a[0] == b[0] and a[1] == b[1]


def order(value: Dot | None) -> tuple[str, str, int]:
    """The deterministic order of concurrent edits of one field: the later time, then
    the actor, then the number; the same on every installation."""
    if value is None:
        return ("", "", 0)
    return (str(value[2]), str(value[0]), int(value[1]))


def is_deletion(value: Dot | None) -> bool:
    return value is not None and len(value) > 3


def stamped(stamps: Mapping[str, Dot] | None, columns: Iterable[str], edit: Dot) -> Stamps:
    """`stamps` with every column of `columns` (but bookkeeping) written by `edit`."""
    out = dict(stamps or {})
    for column in columns:
        if column not in UNSTAMPED:
            out[column] = list(edit)
    return out


def alive_against_deletion(stamps: Mapping[str, Dot]) -> bool:
    """A record whose `deleted` flag was set by a deletion stays alive if any of its
    fields holds an edit the deletion had not seen (an edit against a deletion keeps the
    record; the deletion goes to the conflict log)."""
    deletion = stamps.get(DELETED)
    if not is_deletion(deletion):
        return False
    assert deletion is not None
    seen = deletion[3]
    for column, value in stamps.items():
        if column == DELETED or same(value, deletion):
            continue
        if not seen_by(value, seen):
            return True
    return False


def valid(value: object) -> bool:
    """A stamps object as a package may carry it."""
    if not isinstance(value, dict):
        return False
    for column, item in value.items():
        if not isinstance(column, str) or not isinstance(item, list) or len(item) not in (3, 4):
            return False
        actor, counter, time = item[:3]
        if not isinstance(actor, str) or not isinstance(time, str):
            return False
        if not isinstance(counter, int) or isinstance(counter, bool) or counter < 1:
            return False
        if len(item) == 4 and not _vector(item[3]):
            return False
    return True


def _vector(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in value.items()
    )
