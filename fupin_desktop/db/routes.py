"""Restore-safe numbering (docs/architecture.md, "Restore-safe routes").

A ledger restored from a backup has gone back in time, and with it its edit counter and
the sequence numbers of its routes. Numbers it hands out again would collide with those
it gave away before the restore: a package "第 2 号" twice, an edit (actor, 5) that means
two different things. Two defences:

1. What has left this installation is written down outside the ledger file, in
   `<ledger>.routes` beside it (a restore replaces the ledger, not this file): the edit
   counter and each route's sequence number at the last export, written and flushed
   before the package gets its final name. Sequences never go below it.
2. After a restore the installation's edits go by a new actor name in version vectors
   (`Installation.actor`; `new_incarnation`): the edits made before the restore under
   the old name that the backup lacks can come back from the peers without colliding
   with new ones, and a new edit never claims to have seen them. `backup.restore` marks
   the restored file (a setting) so that this happens at its next opening; a ledger put
   back by hand is recognised by its counter being below the one written beside it.

What the peers know of the edits before the restore (their `holds` vector, their
receipts) brings back what the backup lacks: sync/state.py and sync/importer.py.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database, new_id

log = logging.getLogger(__name__)

SUFFIX = ".routes"
RESTORED = "sync.restored"  # set in a restored file by backup.restore
RETIRED = "sync.retired"  # {old actor: the last of its edits this ledger holds}


def routes_file(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def read(db_path: Path) -> dict[str, Any]:
    """{"instance_id", "counter", "sequences": {peer: number}}; {} when there is none
    or it cannot be read (then the peers' acknowledgements are the only memory)."""
    try:
        data = json.loads(routes_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _ours(data: dict[str, Any], instance_id: str) -> dict[str, Any]:
    return data if data.get("instance_id") == instance_id else {}


def sequence_floor(db_path: Path, instance_id: str, peer: str) -> int:
    sequences = _ours(read(db_path), instance_id).get("sequences") or {}
    value = sequences.get(peer, 0)
    return value if isinstance(value, int) else 0


def record_sent(db_path: Path, instance_id: str, counter: int, peer: str, sequence: int) -> None:
    """Write down, durably, that a package with `sequence` left for `peer` when the edit
    counter stood at `counter`. Raises OSError if it cannot (the export then stops)."""
    data = _ours(read(db_path), instance_id)
    sequences = dict(data.get("sequences") or {})
    sequences[peer] = max(int(sequences.get(peer, 0) or 0), sequence)
    out = {
        "instance_id": instance_id,
        "counter": max(int(data.get("counter", 0) or 0), counter),
        "sequences": sequences,
    }
    target = routes_file(db_path)
    tmp = target.with_name(target.name + ".partial")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(out, handle, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def check_restored(db_path: Path) -> bool:
    """At opening: if this ledger was restored from a backup (marked by backup.restore, or
    its counter below the one written beside it), give its edits a new actor. True if it
    did. Needs the current schema (after migrations)."""
    row = database.execute_sql(
        "SELECT instance_id, actor, counter FROM installation WHERE id = 1"
    ).fetchone()
    if row is None:
        return False
    instance_id, _, counter = row
    marked = database.execute_sql("SELECT value FROM setting WHERE key = ?", (RESTORED,))
    mark = marked.fetchone()
    floor = int(_ours(read(db_path), instance_id).get("counter", 0) or 0)
    if mark is None and counter >= floor:
        return False
    before = _int(json.loads(mark[0]).get("counter")) if mark and mark[0] else 0
    with database.atomic():
        new_incarnation(max(counter, floor, before))
        database.execute_sql("DELETE FROM setting WHERE key = ?", (RESTORED,))
    log.info("restored ledger: its edits go by a new actor from now on")
    return True


def new_incarnation(counter_floor: int = 0) -> str:
    """A new actor for this installation's edits, its counter at least `counter_floor`;
    the old actor is retired with the last of its edits this ledger holds. The caller
    holds the transaction. Returns the new actor."""
    actor, counter = database.execute_sql(
        "SELECT actor, counter FROM installation WHERE id = 1"
    ).fetchone()
    retired = retired_actors()
    retired[actor] = max(retired.get(actor, 0), counter)
    database.execute_sql(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
        (RETIRED, json.dumps(retired, sort_keys=True, separators=(",", ":"))),
    )
    fresh = new_id()
    database.execute_sql(
        "UPDATE installation SET actor = ?, counter = max(counter, ?) WHERE id = 1",
        (fresh, counter_floor),
    )
    return fresh


def retired_actors() -> dict[str, int]:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (RETIRED,)).fetchone()
    if row is None or not row[0]:
        return {}
    value = json.loads(row[0])
    return dict(value) if isinstance(value, dict) else {}


def mark_restored(con: Any, counter_before: int | None) -> None:
    """Mark a restored file (an open sqlite3 connection to it) for `check_restored`, with
    the counter of the ledger it replaces (None if that one could not be read): numbers
    up to it were handed out and must not be handed out again."""
    value = json.dumps({"counter": counter_before or 0})
    con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (RESTORED, value))


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
