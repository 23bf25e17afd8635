"""A demo student's dated history (docs/architecture.md, "Aid over time"): placement and
enrolment, the poverty register and status, and the categories, each from its start date."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from fupin_desktop.demo.children import Child
from fupin_desktop.demo.plan import first_grade
from fupin_desktop.schema.needs import KEEPS_AID_TO_STAGE_END, stage_end
from fupin_desktop.terms import YEAR_START


class HistoriesMixin:
    """A student's dated history: a part of demo/generate.py's builder, which sets the
    state read here."""

    rng: random.Random
    as_of: dt.date
    school_year: int

    def history(self, child: Child) -> list[dict[str, Any]]:
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        entries += self.enrolment_history(child)
        entries += self.poverty_history(child)
        entries += self.placement_history(child)
        started = self.stage_started(child)
        for key, value in child.flags.items():
            # Every flag is dated, false ones too (services/aid/history.py).
            if value:
                entries.append((key, "true", self.flag_start(child, key), None))
            else:
                entries.append((key, "false", started, None))
        slot = child.slot
        return [
            {
                "id": self.new_id(),
                "student_id": child.id,
                "kind": kind,
                "value": value,
                "start_date": start.isoformat(),
                "end_date": end.isoformat() if end else None,
                "aid_until": (
                    stage_end(slot.stage, slot.grade, self.as_of).isoformat()
                    if kind == "poverty_status" and value in KEEPS_AID_TO_STAGE_END
                    else None
                ),
            }
            for kind, value, start, end in entries
        ]

    def stage_started(self, child: Child) -> dt.date:
        slot = child.slot
        return dt.date(self.school_year - (slot.grade - first_grade(slot.stage)), *YEAR_START)

    def placement_history(self, child: Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        """Stage, grade and boarding, dated: a grade a school year back to the start of
        the stage, and the stage before it where the child changed stage last year."""
        slot = child.slot
        started = self.stage_started(child)
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        before = {"junior": ("primary", 6), "primary": ("preschool", 3)}.get(slot.stage)
        if slot.grade == first_grade(slot.stage) and before is not None:
            last_year = dt.date(self.school_year - 1, *YEAR_START)
            entries += [
                ("stage", before[0], last_year, started),
                ("grade", str(before[1]), last_year, started),
            ]
        entries.append(("stage", slot.stage, started, None))
        for year in range(slot.grade - first_grade(slot.stage) + 1):
            first = dt.date(self.school_year - year, *YEAR_START)
            end = None if year == 0 else dt.date(self.school_year - year + 1, *YEAR_START)
            entries.append(("grade", str(slot.grade - year), first, end))
        entries.append(("boarder", "true" if child.boarder else "false", started, None))
        return entries

    def enrolment_history(self, child: Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        started = self.stage_started(child)
        if child.enrolment == "enrolled":
            return [("enrolment", "enrolled", started, None)]
        year_start = dt.date(self.school_year, *YEAR_START)
        changed = self.day_between(max(started, year_start), self.as_of)
        return [
            ("enrolment", "enrolled", started, changed),
            ("enrolment", child.enrolment, changed, None),
        ]

    def register(self, child: Child) -> None:
        """The household's 建档立卡 (from 2014) and 脱贫 (after a year-end check, 2016 to
        2020); a child born later joined the household's file at birth."""
        household = self.day_between(dt.date(2014, 4, 1), dt.date(2016, 12, 31))
        year = self.rng.randint(max(2016, household.year), 2020)
        low = max(dt.date(year, 11, 1), household + dt.timedelta(days=1))
        child.lifted = self.day_between(low, dt.date(year, 12, 31))
        child.registered = max(child.birth, household)

    def poverty_history(self, child: Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        status = child.poverty_status
        if status == "none":
            return []
        if status == "monitored_marginal":
            low = max(child.birth, dt.date(2020, 3, 1))
            day = self.day_between(low, self.as_of)
            return [("poverty_status", status, day, None)]
        registered = child.registered or child.birth
        lifted = child.lifted or registered
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        if lifted > registered:
            entries.append(("poverty_status", "poor", registered, lifted))
        else:
            lifted = registered  # born after the household was lifted
        if status == "lifted":
            return [*entries, ("poverty_status", "lifted", lifted, None)]
        if status in KEEPS_AID_TO_STAGE_END:
            # Re-assessed when the child began this stage: keeps the aid to its end.
            begun = max(lifted, self.stage_started(child))
            if begun > lifted:
                entries.append(("poverty_status", "lifted", lifted, begun))
            return [*entries, ("poverty_status", status, begun, None)]
        later = self.day_between(max(lifted, dt.date(2021, 3, 1)), self.as_of)
        return [
            *entries,
            ("poverty_status", "lifted", lifted, later),
            ("poverty_status", status, later, None),
        ]

    def flag_start(self, child: Child, key: str) -> dt.date:
        birth = child.birth
        match key:
            case "registered_poor":
                return child.registered or birth
            case "disabled":
                return birth if self.rng.random() < 0.6 else self.day_between(birth, self.as_of)
            case "left_behind":
                # Parents usually leave after the first year.
                low = min(self.as_of, birth + dt.timedelta(days=365))
                return self.day_between(low, self.as_of)
            case _:
                return self.day_between(birth, self.as_of)
