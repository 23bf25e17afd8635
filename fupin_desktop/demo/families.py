"""A demo student's household: parents, grandparents and siblings, and the guardians chosen
among them (a left-behind child's entrusted guardian)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from fupin_desktop.demo import data
from fupin_desktop.demo.children import Child
from fupin_desktop.demo.plan import Weighted

_HEALTH = Weighted(
    (("healthy", 90), ("chronic_illness", 6), ("serious_illness", 2), ("disabled", 2))
)


class FamiliesMixin:
    """A student's household and guardians: a part of demo/generate.py's builder, which
    sets the state read here."""

    rng: random.Random
    as_of: dt.date
    surnames: Weighted
    work_places: Weighted

    def family(self, child: Child) -> list[dict[str, Any]]:
        """2 to 5 household members; guardians are chosen among them."""
        rng = self.rng
        flags = child.flags
        birth_year = child.birth.year
        father_year = birth_year - rng.randint(23, 38)
        mother_year = father_year + rng.randint(-2, 5)
        members: list[dict[str, Any]] = []
        if not flags["orphan"]:
            members.append(self.parent(child, "father", father_year))
            if not child.single_parent:
                members.append(self.parent(child, "mother", mother_year))
        # Someone has to bring up a child whose parents are away or gone.
        needs_grandparent = flags["orphan"] or flags["de_facto_unsupported"] or flags["left_behind"]
        grandparents = self.grandparent_order()
        if needs_grandparent or rng.random() < 0.4:
            members.append(self.grandparent(child, grandparents.pop(), father_year))
        size = max(len(members), rng.choices((2, 3, 4, 5), (20, 35, 30, 15))[0])
        while len(members) < size:
            if not grandparents or rng.random() < 0.7:
                members.append(self.sibling(child))
            else:
                members.append(self.grandparent(child, grandparents.pop(), father_year))
        for member in members:
            member["id"] = self.new_id()
            member["student_id"] = child.id
        return members

    def parent(self, child: Child, relation: str, year: int) -> dict[str, Any]:
        rng = self.rng
        flags = child.flags
        sex = "male" if relation == "father" else "female"
        surname = child.surname if relation == "father" else self.surnames.pick(rng)
        # Left-behind: both parents (or the only one) work far away. Otherwise fathers
        # often do, mothers less.
        away = flags["left_behind"] or rng.random() < (0.45 if relation == "father" else 0.15)
        health = _HEALTH.pick(rng)
        if child.poverty_cause in ("illness", "disability") and rng.random() < 0.5:
            health = "serious_illness" if child.poverty_cause == "illness" else "disabled"
        if flags["de_facto_unsupported"]:
            # 事实无人抚养: parents seriously ill, disabled, missing or in prison.
            health = rng.choice(("serious_illness", "disabled"))
            away = False
        member = {
            "name": self.adult_name(surname, sex),
            "relation": relation,
            "birth_year": year,
            "health": health,
        }
        poor = child.poverty_status != "none"
        if away and health == "healthy":
            yuan = rng.randint(300, 720) * 100
            member["occupation"] = rng.choice(data.MIGRANT_JOBS)
            member["work_place"] = self.work_places.pick(rng)
        elif health in ("serious_illness", "disabled"):
            yuan = rng.randint(0, 30) * 100
            member["occupation"] = "无"
        else:
            yuan = rng.randint(60, 240) * 100
            member["occupation"] = rng.choice(data.LOCAL_JOBS)
            member["work_place"] = "本地"
        member["annual_income"] = (yuan * 6 // 10 if poor else yuan) * 100  # fen
        return member

    def grandparent_order(self) -> list[str]:
        """The grandparents a household may hold, each once, last first: mostly the
        father's parents live with the child, and grandmothers more often than not."""
        rng = self.rng
        paternal = ["grandfather", "grandmother"]
        maternal = ["maternal_grandfather", "maternal_grandmother"]
        for pair in (paternal, maternal):
            if rng.random() < 0.35:
                pair.reverse()
        return paternal + maternal if rng.random() < 0.25 else maternal + paternal

    def grandparent(self, child: Child, relation: str, father_year: int) -> dict[str, Any]:
        rng = self.rng
        sex = "male" if relation.endswith("father") else "female"
        surname = child.surname if relation == "grandfather" else self.surnames.pick(rng)
        return {
            "name": self.elder_name(surname, sex),
            "relation": relation,
            "birth_year": father_year - rng.randint(21, 32),
            "health": "chronic_illness" if rng.random() < 0.3 else "healthy",
            "occupation": "务农" if rng.random() < 0.7 else "无",
            "work_place": "",
            # Small pensions and farm income, in fen.
            "annual_income": rng.randint(12, 60) * 100 * 100,
        }

    def sibling(self, child: Child) -> dict[str, Any]:
        rng = self.rng
        sex = "male" if rng.random() < 0.5 else "female"
        year = child.birth.year + rng.choice((-8, -6, -5, -4, -3, -2, 2, 3, 4))
        year = min(year, self.as_of.year)
        age = self.as_of.year - year
        adult = age >= 19
        return {
            "name": self.child_name(child.surname, sex),
            "relation": "brother" if sex == "male" else "sister",
            "birth_year": year,
            "health": "healthy",
            "occupation": rng.choice(data.MIGRANT_JOBS) if adult else "学生",
            "work_place": self.work_places.pick(rng) if adult else "",
            "annual_income": rng.randint(240, 600) * 100 * 100 if adult else 0,
        }

    def guardians(self, child: Child, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """1 or 2 guardians. A left-behind child's actual guardian is a grandparent the
        parents entrusted; an orphan's is a grandparent by law."""
        rng = self.rng
        flags = child.flags
        parents = [m for m in members if m["relation"] in ("father", "mother")]
        elders = [m for m in members if "grand" in m["relation"]]
        chosen: list[tuple[dict[str, Any], bool]] = []
        if flags["orphan"] or flags["de_facto_unsupported"] or flags["left_behind"]:
            chosen.append((elders[0], not flags["orphan"]))
            if parents and flags["left_behind"] and rng.random() < 0.5:
                chosen.append((parents[0], False))
        else:
            if rng.random() < 0.6:
                # Mothers are more often the one the school calls.
                parents.sort(key=lambda m: m["relation"] != "mother")
            chosen.append((parents[0], False))
            if len(parents) > 1 and rng.random() < 0.5:
                chosen.append((parents[1], False))
        rows = [self.guardian_row(child, member, entrusted) for member, entrusted in chosen]
        child.guardian_phone = rows[0]["phone"]
        return rows

    def guardian_row(self, child: Child, member: dict[str, Any], entrusted: bool) -> dict[str, Any]:
        rng = self.rng
        relation = member["relation"]
        sex = "male" if relation in ("father", "grandfather", "maternal_grandfather") else "female"
        birth = self.day_between(
            dt.date(member["birth_year"], 1, 1), dt.date(member["birth_year"], 12, 31)
        )
        return {
            "id": self.new_id(),
            "student_id": child.id,
            "name": member["name"],
            "relation": relation,
            "id_number": self.id_number(birth, sex) if rng.random() < 0.85 else "",
            "phone": self.mobile(),
            "address": child.address,
            "entrusted": int(entrusted),
        }
