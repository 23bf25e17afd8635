"""Version vectors {instance_id: counter}: which edits a version has seen."""

from __future__ import annotations

from collections.abc import Mapping

Vector = Mapping[str, int]

EQUAL, NEWER, OLDER, CONCURRENT = "equal", "newer", "older", "concurrent"


def leq(a: Vector, b: Vector) -> bool:
    """Every edit `a` has seen, `b` has seen too."""
    return all(count <= b.get(instance, 0) for instance, count in a.items() if count)


def compare(incoming: Vector, local: Vector) -> str:
    """NEWER: incoming dominates local; OLDER: local dominates; else EQUAL or CONCURRENT."""
    down = leq(incoming, local)
    up = leq(local, incoming)
    if down and up:
        return EQUAL
    if up:
        return NEWER
    if down:
        return OLDER
    return CONCURRENT


def merge(*vectors: Vector) -> dict[str, int]:
    """The pointwise maximum: a version that has seen every edit of all of them."""
    out: dict[str, int] = {}
    for vector in vectors:
        for instance, count in vector.items():
            if count > out.get(instance, 0):
                out[instance] = count
    return out


def valid(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in value.items()
    )
