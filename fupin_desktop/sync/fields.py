"""Field-level merge of one record edited on both sides (docs/architecture.md,
"Field-level merge").

Each field is decided on its own, by the dots of db/stamps.py (the edit that last wrote
it on each side) against the version vector of the other side:

    the other side has seen this side's edit   the other side's value is newer: taken
    each side has seen the other's edit        the same edit (or data from before stamps)
    neither has seen the other's               both edited the field: a conflict

So edits of different fields both survive. Two edits of one field that did not see each
other are the only conflicts: the winner is decided the same way on every installation
whatever the order packages arrive (a live record over a deletion, then the later edit,
then the actor and the number: db.stamps.order), and the losing value goes to the
conflict log. A deletion keeps the record deleted only if it had seen every edit of
every field (db.stamps.alive_against_deletion): an edit against a deletion keeps the
record, and the deletion is logged as the losing side.

Text that stays at school and did not travel (blank cells) is never taken from the
package: the decision about its stamp is, so the stamps agree everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db import stamps as st
from fupin_desktop.db.base import json_text
from fupin_desktop.sync.vectors import merge

OURS, THEIRS = "ours", "theirs"


@dataclass
class Merged:
    row: tuple[Any, ...]  # the record as it will be written, in the package's columns
    conflicts: dict[str, str] = field(default_factory=dict)  # column -> the side that won
    loser: tuple[Any, ...] | None = None  # the record with the losing values
    changed: bool = False  # content differs from what is here


@dataclass(frozen=True)
class Columns:
    """Positions in the package's row of what the merge needs."""

    keys: Sequence[str]
    version: int
    stamps: int
    deleted: int
    updated: int
    fields: Sequence[int]  # content: every column but id, version, times and stamps
    blank: frozenset[int]  # text that stays at school and did not travel
    by: int | None = None  # changed_by: follows the later updated_at (None: not carried)


def _key(column: str, value: Any, dot: st.Dot | None) -> tuple[Any, ...]:
    """The order of two concurrent edits of one field (the larger wins)."""
    live = column == st.DELETED and not value
    return (live, st.order(dot), repr(value))


def merge_record(columns: Columns, incoming: tuple[Any, ...], here: tuple[Any, ...]) -> Merged:
    """`incoming` (a package row) merged into `here` (this ledger's row), field by field.
    Both rows are in the package's column order and stored form."""
    vi, vl = json.loads(incoming[columns.version]), json.loads(here[columns.version])
    si, sl = json.loads(incoming[columns.stamps]), json.loads(here[columns.stamps])
    out = list(here)
    out_stamps = dict(sl)
    won: dict[str, str] = {}
    losing: dict[int, Any] = {}
    lost_dots: dict[str, st.Dot | None] = {}  # the losing edits, for the log
    for i in columns.fields:
        column = columns.keys[i]
        di, dl = si.get(column), sl.get(column)
        a, b = incoming[i], here[i]
        blank = i in columns.blank
        in_seen, lo_seen = st.seen_by(di, vl), st.seen_by(dl, vi)
        if st.same(di, dl) and (a == b or blank):
            continue
        if in_seen and not lo_seen and not st.same(di, dl):
            continue  # ours is newer
        if lo_seen and not in_seen and not st.same(di, dl):
            _take(out, out_stamps, i, column, a, di, blank)
            continue
        # Both edited the field unseen by the other (or one edit holds two values: edit
        # numbers used twice, or values from before stamps): a deterministic winner.
        if _key(column, a, di) > _key(column, b, dl):
            _take(out, out_stamps, i, column, a, di, blank)
            if a != b and not blank:
                won[column], losing[i], lost_dots[column] = THEIRS, b, dl
        elif a != b and not blank:
            won[column], losing[i], lost_dots[column] = OURS, a, di
    _settle_deletion(columns, out, out_stamps, here, sl, won, losing)
    out[columns.version] = json_text(merge(vi, vl))
    out[columns.stamps] = json_text(out_stamps)
    out[columns.updated] = max(incoming[columns.updated], here[columns.updated])
    if columns.by is not None:
        # The later edit's person; on the same second, the same one on every side.
        u, by = columns.updated, columns.by
        out[by] = max((incoming[u], incoming[by] or ""), (here[u], here[by] or ""))[1]
    result = Merged(tuple(out), won)
    result.changed = any(out[i] != here[i] for i in columns.fields)
    if losing:
        loser = list(out)
        for i, value in losing.items():
            loser[i] = value
        loser_stamps = dict(out_stamps)
        for column, dot in lost_dots.items():
            if dot is None:
                loser_stamps.pop(column, None)
            else:
                loser_stamps[column] = dot
        loser[columns.stamps] = json_text(loser_stamps)
        result.loser = tuple(loser)
    return result


def _take(
    out: list[Any],
    out_stamps: dict[str, st.Dot],
    i: int,
    column: str,
    value: Any,
    dot: st.Dot | None,
    blank: bool,
) -> None:
    if dot is None:
        out_stamps.pop(column, None)
    else:
        out_stamps[column] = dot
    if not blank:
        out[i] = value


def _settle_deletion(
    columns: Columns,
    out: list[Any],
    out_stamps: dict[str, st.Dot],
    here: tuple[Any, ...],
    here_stamps: dict[str, st.Dot],
    won: dict[str, str],
    losing: dict[int, Any],
) -> None:
    """A deletion that had not seen an edit of the record gives way to it: the record
    stays, and the deletion is the losing side of a conflict (logged once: not again
    when the record was already kept alive against this deletion here)."""
    deletion = out_stamps.get(st.DELETED)
    if not st.is_deletion(deletion):
        return
    i = columns.deleted
    if not st.alive_against_deletion(out_stamps):
        out[i] = 1
        return
    out[i] = 0
    known_here = st.same(here_stamps.get(st.DELETED), deletion)
    if known_here and not here[i]:
        return
    won[st.DELETED] = THEIRS if known_here else OURS
    losing[i] = 1
