"""Sync state, kept in Setting rows (no schema change needed):

    sync.peer.<peer>         an enrolled peer: its instance id, name and public keys
                             (sync.trust; the private keys are never here: sync.keys)
    sync.known.<peer>        what this ledger holds of the route from <peer>: a vector
                             {instance: counter} such that every edit in the route's
                             scope up to it is here (raised only when nothing is missing)
    sync.ack.<peer>          what <peer> last said it holds of ours (its receipt); its
                             newest word replaces it, lower after <peer> was restored
    sync.ack_at.<peer>       when <peer> wrote that word (its package's sequence, time)
    sync.seq.<peer>          the last sequence number sent to <peer> (never below the
                             routes file beside the ledger, nor below the number
                             <peer> says it received: db/routes.py)
    sync.retired             actors this installation's edits went by before a
                             restore, with the last of their edits held (db/routes.py)
    sync.send_sensitive_text diary text and counselling notes travel (default off)

A peer is named by role and code: "township:430123101" or "school:4301230001", so a
school reinstalled on a new PC is still the same route (it must be enrolled again).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fupin_desktop.db.models import Setting
from fupin_desktop.sync.vectors import Vector, merge

SENSITIVE_SETTING = "sync.send_sensitive_text"


def peer_key(role: str, code: str) -> str:
    return f"{role}:{code}"


def _get(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None or row.value is None else row.value


def _put(key: str, value: Any) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def peer(key: str) -> dict[str, Any] | None:
    return _get(f"sync.peer.{key}")


def enrol(key: str, info: dict[str, Any]) -> None:
    _put(f"sync.peer.{key}", info)


def reset_route(key: str) -> None:
    """Forget what a peer was known to hold: a new installation of a school starts from
    what its own ledger has, so the next package to it must hold everything."""
    Setting.delete().where(Setting.key.in_([f"sync.known.{key}", f"sync.ack.{key}"])).execute()


def peers() -> dict[str, dict[str, Any]]:
    prefix = "sync.peer."
    rows = Setting.select().where(Setting.key.startswith(prefix))
    return {row.key[len(prefix) :]: row.value for row in rows if row.value}


def known(key: str) -> dict[str, int]:
    return dict(_get(f"sync.known.{key}", {}))


def raise_known(key: str, vector: Vector) -> None:
    _put(f"sync.known.{key}", merge(known(key), vector))


def ack(key: str) -> dict[str, int]:
    return dict(_get(f"sync.ack.{key}", {}))


def raise_ack(key: str, vector: Vector) -> None:
    _put(f"sync.ack.{key}", merge(ack(key), vector))


def take_ack(
    key: str, vector: Vector, sequence: int, created_at: str, *, restored: bool = False
) -> None:
    """What `key` holds of ours, from its newest package (by sequence; a receipt, which
    has none, by time): it replaces what it said before, even when it is less (the peer
    was restored from a backup and lacks what it had: the next package brings it back).
    An older package arriving late says nothing new, unless `restored` (it came with a
    number used before: the peer went back to a backup and this is what it holds now)."""
    at = _get(f"sync.ack_at.{key}") or [0, ""]
    last_sequence, last_time = int(at[0]), str(at[1])
    if restored:
        last_sequence, last_time = 0, ""
    if sequence > last_sequence or (sequence == 0 and created_at >= last_time):
        _put(f"sync.ack.{key}", dict(vector))
        _put(f"sync.ack_at.{key}", [max(sequence, last_sequence), max(created_at, last_time)])


def _sequence_floor(key: str) -> int:
    from fupin_desktop.db import routes
    from fupin_desktop.db.base import database
    from fupin_desktop.db.models import Installation

    installation = Installation.get_or_none(Installation.id == 1)
    if installation is None or not database.database:
        return 0
    return routes.sequence_floor(Path(database.database), installation.instance_id, key)


def upcoming_sequence(key: str) -> int:
    """The number the next package to `key` will carry (nothing is reserved)."""
    return max(int(_get(f"sync.seq.{key}", 0)), _sequence_floor(key)) + 1


def next_sequence(key: str) -> int:
    number = upcoming_sequence(key)
    _put(f"sync.seq.{key}", number)
    return number


def learn_sequence(key: str, number: int) -> None:
    """`key` received our package `number`: ours never number below it again (a ledger
    restored from a backup without its routes file learns this way)."""
    if number > int(_get(f"sync.seq.{key}", 0)):
        _put(f"sync.seq.{key}", number)


def own_actor() -> tuple[str, int]:
    """(the actor this installation's edits go by now, its edit counter)."""
    from fupin_desktop.db.models import Installation

    row = Installation.get_by_id(1)
    return row.actor or row.instance_id, row.counter


def send_sensitive_text() -> bool:
    return bool(_get(SENSITIVE_SETTING, False))


def set_send_sensitive_text(value: bool) -> None:
    _put(SENSITIVE_SETTING, bool(value))


def holding(actor: str, counter: int) -> dict[str, int]:
    """What this ledger can say it holds of any route's scope: everything it learnt
    complete from every peer, and every edit of its own: under its actor now, and under
    the actors it went by before a restore up to the last edit the restored file held.
    (A peer's knowledge only grows from that peer's own claims, so no entry here
    overstates what arrived.)"""
    from fupin_desktop.db.routes import retired_actors

    vectors = [known(key) for key in peers()]
    out = merge(*vectors, retired_actors())
    out[actor] = counter
    return out
