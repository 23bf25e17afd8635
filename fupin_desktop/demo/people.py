"""The people of the demo: names, mobile numbers, GB 11643 ID numbers unique in the ledger,
birth dates that fit a grade, and the villages' responsible cadres (帮扶责任人)."""

from __future__ import annotations

import datetime as dt
import random

from fupin_desktop.demo import data
from fupin_desktop.demo.plan import Weighted
from fupin_desktop.terms import YEAR_START
from fupin_desktop.validation import id_check_digit

# Age on 1 September of the school year = base + grade (primary grade 1: 6 years old).
_BASE_AGE = {"preschool": 2, "primary": 5, "junior": 5}  # junior grades are 7–9


class PeopleMixin:
    """The names, numbers and dates of the demo's people: a part of demo/generate.py's builder,
    which sets the state read here."""

    rng: random.Random
    areas: Weighted
    surnames: Weighted
    used_ids: set[str]
    school_year: int
    cadres: dict[str, list[tuple[str, str]]]

    def given_name(self, pool: str, two: float) -> str:
        rng = self.rng
        if rng.random() < two:
            return rng.choice(pool) + rng.choice(pool)
        return rng.choice(pool)

    def child_name(self, surname: str, sex: str) -> str:
        pool = data.CHILD_MALE if sex == "male" else data.CHILD_FEMALE
        return surname + self.given_name(pool, 0.85)

    def adult_name(self, surname: str, sex: str) -> str:
        pool = data.ADULT_MALE if sex == "male" else data.ADULT_FEMALE
        return surname + self.given_name(pool, 0.6)

    def elder_name(self, surname: str, sex: str) -> str:
        pool = data.ELDER_MALE if sex == "male" else data.ELDER_FEMALE
        return surname + self.given_name(pool, 0.5)

    def mobile(self) -> str:
        return self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"

    def id_number(self, birth: dt.date, sex: str) -> str:
        """A GB 11643 number for this birth date and sex, unique in the ledger."""
        rng = self.rng
        odd = 1 if sex == "male" else 0  # the 17th digit is odd for men and boys
        area = self.areas.pick(rng)
        for attempt in range(1, 1000):
            if attempt % 50 == 0:
                # 500 numbers a day and area: a crowded birthday moves to another area.
                area = self.areas.pick(rng)
            first17 = f"{area}{birth:%Y%m%d}{rng.randrange(100):02d}{rng.randrange(5) * 2 + odd}"
            number = first17 + id_check_digit(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number
        raise RuntimeError(f"no free ID number for {birth}")

    def day_between(self, low: dt.date, high: dt.date) -> dt.date:
        if high <= low:
            return low
        return dt.date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def birth_date(self, stage: str, grade: int) -> dt.date:
        # Children start school at six by 31 August; a few started late or repeated a year.
        age = _BASE_AGE[stage] + grade + (1 if self.rng.random() < 0.06 else 0)
        first = dt.date(self.school_year - age - 1, *YEAR_START)
        born_by = dt.date(self.school_year - age, *YEAR_START) - dt.timedelta(days=1)
        return self.day_between(first, born_by)

    def cadre(self, village: str) -> tuple[str, str]:
        """The village's responsible cadres (帮扶责任人): a few people, many households."""
        if village not in self.cadres:
            self.cadres[village] = [
                (self.adult_name(self.surnames.pick(self.rng), "male"), self.mobile())
                for _ in range(4)
            ]
        return self.rng.choice(self.cadres[village])
