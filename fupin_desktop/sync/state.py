"""Sync state, kept in Setting rows (no schema change needed):

    sync.secret              this installation's signing key (HMAC-SHA256), made once
    sync.peer.<peer>         an enrolled sender: its instance id, signing key, name
    sync.known.<peer>        what this ledger holds of the route from <peer>: a vector
                             {instance: counter} such that every edit in the route's
                             scope up to it is here (raised only when nothing is missing)
    sync.ack.<peer>          what <peer> last said it holds of ours (its receipt)
    sync.seq.<peer>          the last sequence number sent to <peer>
    sync.send_sensitive_text diary text and counselling notes travel (default off)

A peer is named by role and code: "township:430123101" or "school:4301230001", so a
school reinstalled on a new PC is still the same route (it must be enrolled again).
"""

from __future__ import annotations

import secrets
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


def own_secret() -> str:
    secret = _get("sync.secret")
    if not secret:
        secret = secrets.token_hex(32)
        _put("sync.secret", secret)
    return secret


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


def upcoming_sequence(key: str) -> int:
    """The number the next package to `key` will carry (nothing is reserved)."""
    return int(_get(f"sync.seq.{key}", 0)) + 1


def next_sequence(key: str) -> int:
    number = int(_get(f"sync.seq.{key}", 0)) + 1
    _put(f"sync.seq.{key}", number)
    return number


def send_sensitive_text() -> bool:
    return bool(_get(SENSITIVE_SETTING, False))


def set_send_sensitive_text(value: bool) -> None:
    _put(SENSITIVE_SETTING, bool(value))


def holding(instance_id: str, counter: int) -> dict[str, int]:
    """What this ledger can say it holds of any route's scope: everything it learnt
    complete from every peer, and every edit of its own. (A peer's knowledge only grows
    from that peer's own claims, so no entry here overstates what arrived.)"""
    vectors = [known(key) for key in peers()]
    out = merge(*vectors)
    out[instance_id] = counter
    return out
