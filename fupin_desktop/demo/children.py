"""One demo student (demo/generate.py builds them a batch at a time): the facts of the child,
its categories and poverty status, its row in the student table and its bank card."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.bulk import Rows
from fupin_desktop.db.models import (
    FamilyMember,
    Guardian,
    StatusHistory,
    Student,
)
from fupin_desktop.demo.plan import Slot, Weighted
from fupin_desktop.pinyin import name_pinyin
from fupin_desktop.services.installation import InstallationInfo


@dataclass(slots=True)
class Child:
    """The facts of one generated student that its family and history depend on."""

    id: str
    sex: str
    surname: str
    birth: dt.date
    slot: Slot
    village: str
    group: str
    address: str
    enrolment: str = "enrolled"
    poverty_status: str = "none"
    poverty_cause: str = ""
    # When the household entered the poverty register (建档立卡), if it did.
    registered: dt.date | None = None
    # When the household was declared lifted out of poverty (脱贫).
    lifted: dt.date | None = None
    flags: dict[str, bool] = field(default_factory=dict)
    boarder: bool = False
    # The household's story, used by the family, the guardians and the history.
    single_parent: bool = False
    guardian_phone: str = ""


def _boarding_share(slot: Slot) -> float:
    if slot.stage == "junior":
        return 0.7
    if (
        slot.stage == "primary"
        and slot.grade >= 4
        and slot.school.school_type
        in (
            "complete_primary",
            "nine_year",
        )
    ):
        return 0.25
    return 0.0


_ETHNICITY = Weighted((("han", 85), ("tujia", 10), ("miao", 5)))


_DISABILITY_LEVEL = Weighted((("level1", 1), ("level2", 2), ("level3", 3), ("level4", 3)))


_POVERTY_CAUSES = Weighted(
    (
        ("illness", 25),
        ("lack_of_labour", 15),
        ("schooling", 12),
        ("disability", 10),
        ("lack_of_skills", 12),
        ("lack_of_funds", 12),
        ("disaster", 3),
        ("lack_of_land", 4),
        ("transport", 4),
        ("other", 3),
    )
)


class ChildrenMixin:
    """One student with its family, guardians and history: a part of demo/generate.py's
    builder, which sets the state read here."""

    rng: random.Random
    aid_rng: random.Random
    info: InstallationInfo
    needy_keys: tuple[str, ...]
    surnames: Weighted
    tables: dict[type[pw.Model], Rows]
    villages: list[str]

    def student(self, slot: Slot) -> None:
        child = self.child(slot)
        members = self.family(child)
        guardians = self.guardians(child, members)
        row = self.student_row(child)
        child.boarder = bool(row["boarder"])
        self.bank_card(row, guardians)
        self.tables[Student].add(row)
        for member in members:
            self.tables[FamilyMember].add(member)
        for guardian in guardians:
            self.tables[Guardian].add(guardian)
        for entry in self.history(child):
            self.tables[StatusHistory].add(entry)

    def child(self, slot: Slot) -> Child:
        rng = self.rng
        sex = "male" if rng.random() < 0.52 else "female"
        school = slot.school
        if school.village and rng.random() < 0.75:
            village = school.village
        else:
            village = rng.choice(self.villages)
        group = f"{rng.randint(1, 12)}组"
        child = Child(
            id=self.new_id(),
            sex=sex,
            surname=self.surnames.pick(rng),
            birth=self.birth_date(slot.stage, slot.grade),
            slot=slot,
            village=village,
            group=group,
            address=f"{self.info.township_name}{village}{group}",
        )
        self.categories(child)
        self.poverty(child)
        child.enrolment = self.enrolment(slot.stage)
        return child

    def categories(self, child: Child) -> None:
        rng = self.rng
        poor = rng.random() < 0.30
        orphan = rng.random() < 0.005
        unsupported = not orphan and rng.random() < 0.01
        child.flags = {
            "registered_poor": poor,
            # 低保 households are mostly among the registered poor.
            "dibao": rng.random() < (0.25 if poor else 0.036),
            # 特困供养 is mostly given to children nobody supports.
            "extreme_poverty_support": rng.random() < (0.4 if orphan or unsupported else 0.006),
            "orphan": orphan,
            "de_facto_unsupported": unsupported,
            "disabled": rng.random() < 0.02,
            # Orphans and unsupported children are not counted as left behind.
            "left_behind": not (orphan or unsupported) and rng.random() < 0.254,
            "child_in_difficulty": rng.random() < 0.03,
        }
        more = self.aid_rng
        child.flags["disabled_parent"] = more.random() < 0.015
        child.flags["martyr_child"] = more.random() < 0.0005
        child.flags["low_income"] = not poor and more.random() < 0.03
        child.single_parent = not orphan and rng.random() < 0.08

    def poverty(self, child: Child) -> None:
        rng = self.rng
        if child.flags["registered_poor"]:
            self.register(child)
            # By 2020 every registered household was declared lifted; a few slipped back
            # or are watched as unstable (防返贫监测).
            roll = rng.random()
            child.poverty_status = (
                "lifted" if roll < 0.91 else "monitored_unstable" if roll < 0.97 else "returned"
            )
            if child.poverty_status == "lifted" and self.aid_rng.random() < 0.6:
                # Most lifted households keep the policies within the child's stage.
                child.poverty_status = "lifted_keeps_aid"
            elif child.poverty_status == "monitored_unstable" and self.aid_rng.random() < 0.3:
                child.poverty_status = "monitored_sudden"
        elif rng.random() < 0.02:
            # 边缘易致贫户 are by definition households outside the register.
            child.poverty_status = "monitored_marginal"
        if child.poverty_status != "none":
            child.poverty_cause = _POVERTY_CAUSES.pick(rng)

    def enrolment(self, stage: str) -> str:
        roll = self.rng.random()
        if roll < 0.975:
            return "enrolled"
        if roll < 0.987 or stage == "preschool":
            return "transferred"
        return "suspended" if roll < 0.992 else "dropped_out"

    def student_row(self, child: Child) -> dict[str, Any]:
        rng = self.rng
        slot = child.slot
        flags = child.flags
        name = self.child_name(child.surname, child.sex)
        full, initials = name_pinyin(name)
        id_number = self.id_number(child.birth, child.sex)
        row: dict[str, Any] = {
            "id": child.id,
            "school_id": slot.school.id,
            "name": name,
            "name_pinyin": full,
            "name_initials": initials,
            "sex": child.sex,
            "ethnicity": _ETHNICITY.pick(rng),
            "id_number": id_number,
            "birth_date": child.birth.isoformat(),
            "student_no": "G" + id_number,
            "stage": slot.stage,
            "grade": slot.grade,
            "class_name": slot.class_name,
            "boarder": int(rng.random() < _boarding_share(slot)),
            "enrolment": child.enrolment,
            "phone": child.guardian_phone if rng.random() < 0.92 else "",
            "village": child.village,
            "village_group": child.group,
            "address": child.address,
            "household_registration": child.address,
            "poverty_status": child.poverty_status,
            "poverty_cause": child.poverty_cause,
            **{key: int(value) for key, value in flags.items()},
        }
        if flags["registered_poor"]:
            village_no = self.villages.index(child.village) + 1
            row["poverty_register_no"] = (
                f"{self.info.township_code}{village_no:03d}{rng.randrange(1, 10000):04d}"
            )
        if child.poverty_status != "none":
            row["responsible_cadre"], row["cadre_phone"] = self.cadre(child.village)
        if flags["disabled"]:
            row["disability_level"] = _DISABILITY_LEVEL.pick(rng)
        return row

    def bank_card(self, row: dict[str, Any], guardians: list[dict[str, Any]]) -> None:
        """The 一卡通 account aid is paid to, for most children of needy families."""
        rng = self.aid_rng
        if row["poverty_status"] == "none" and not any(row[k] for k in self.needy_keys):
            return
        if rng.random() < 0.05:
            return  # not yet given: the sheet shows an empty card column
        holder = guardians[0]
        row["bank_name"] = rng.choice(("农村信用社", "中国邮政储蓄银行", "中国农业银行"))
        row["card_holder"] = holder["name"]
        row["card_holder_relation"] = holder["relation"]
        row["card_number"] = "6217" + "".join(str(rng.randrange(10)) for _ in range(15))
