"""The plan of the demo township: which schools receive students, how many, in which
grades and classes (largest remainder), and the small seeded tools the demo builder uses
(weighted choices, UUIDs from a seed)."""

from __future__ import annotations

import bisect
import itertools
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from fupin_desktop.demo import data
from fupin_desktop.schema.schoolyear import GRADE_RANGE

# Relative size of a school of each type, for schools that are not in the plan.
TYPE_WEIGHT = {
    "complete_primary": 9.0,
    "lower_primary": 3.0,
    "teaching_point": 0.7,
    "kindergarten": 5.0,
    "junior_middle": 12.0,
    "nine_year": 15.0,
}


def first_grade(stage: str) -> int:
    """The first grade of a stage in the one grade convention (junior grades are 7–9)."""
    return GRADE_RANGE.get(stage, (1, 1))[0]


class Weighted:
    """A weighted choice with the cumulative weights computed once (hot loops)."""

    def __init__(self, pairs: Iterable[tuple[Any, float]]) -> None:
        items = list(pairs)
        self.items = [item for item, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def seeded_uuid4(rng: random.Random) -> str:
    """A version-4 UUID from `rng`, so the same seed gives the same ids (uuid.UUID(int=...,
    version=4) does the same, three times slower)."""
    n = rng.getrandbits(128)
    n = (n & ~(0xF000 << 64) & ~(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` in proportion to `weights`, whole numbers that add up exactly
    (largest remainder)."""
    if total == 0 or not weights:
        return [0] * len(weights)
    scale = total / sum(weights)
    shares = [w * scale for w in weights]
    counts = [math.floor(s) for s in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


@dataclass(frozen=True)
class Target:
    """A school that receives demo students."""

    id: str
    name: str
    school_type: str
    weight: float
    village: str
    grades: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Slot:
    """One student's place: school, stage, grade and class."""

    school: Target
    stage: str
    grade: int
    class_name: str


def grades_for(school_type: str, rng: random.Random) -> tuple[tuple[str, int], ...]:
    primary = tuple(("primary", g) for g in range(1, 7))
    match school_type:
        case "kindergarten":
            return tuple(("preschool", g) for g in range(1, 4))
        case "lower_primary":
            # 初小: some keep pupils to grade 3, some to grade 4.
            return primary[: rng.choice((3, 4))]
        case "teaching_point":
            return primary[:3]
        case "junior_middle":
            return tuple(("junior", g) for g in range(7, 10))
        case "nine_year":
            return primary + tuple(("junior", g) for g in range(7, 10))
        case _:
            return primary


def planned_school(index: int) -> data.PlannedSchool:
    if index < len(data.TOWNSHIP_PLAN):
        return data.TOWNSHIP_PLAN[index]
    extra = index - len(data.TOWNSHIP_PLAN)
    village = data.EXTRA_VILLAGES[extra]
    suffix, school_type, weight = data.EXTRA_SCHOOL_KINDS[extra % len(data.EXTRA_SCHOOL_KINDS)]
    return data.PlannedSchool(f"{village}{suffix}", school_type, weight, f"{village}村")
