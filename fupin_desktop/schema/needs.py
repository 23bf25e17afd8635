"""Who is needy for aid and who is entitled to a pairing: each defined once, here, from
the categories and the poverty status of the student catalogue. Aid entitlements
(services/aid/entitlements.py), the pairing and coverage counts (services/care) and the
demo data all read these definitions (docs/architecture.md, "Aid over time").

"Keeps aid until the current stage ends" (脱贫户（继续享受政策）, 同一学段) is data too:
the statuses in KEEPS_AID_TO_STAGE_END give aid up to the dated end stored on the
status's history entry (StatusHistory.aid_until), computed from the stage and grade the
child was in when the status began (stage_end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from fupin_desktop.i18n import N_
from fupin_desktop.schema.catalogues import STUDENT_CATEGORY_KEYS
from fupin_desktop.terms import DEFAULT  # the school year's bounds: not term dates

# Category flags of the student file that make a family needy for aid (家庭经济困难):
# every category but the two that say how a child lives, not what the family lacks.
NOT_NEEDY_FLAGS = ("left_behind", "child_in_difficulty")
NEEDY_FLAGS = tuple(k for k in STUDENT_CATEGORY_KEYS if k not in NOT_NEEDY_FLAGS)
# Poverty statuses that make a family needy for aid on their own.
NEEDY_STATUSES = (
    "poor",
    "returned",
    "monitored_unstable",
    "monitored_marginal",
    "monitored_sudden",
)
# Needy until the end of the stage the child was in when the status began.
KEEPS_AID_TO_STAGE_END = ("lifted_keeps_aid",)
# A lifted family (是否脱贫家庭), whether it keeps the policies or not.
LIFTED_STATUSES = ("lifted_keeps_aid", "lifted")
# 防返贫监测对象 (risk eliminated or not), and returned families, as the exports count them.
MONITORED_STATUSES = (
    "monitored_unstable",
    "monitored_marginal",
    "monitored_sudden",
    "monitored_cleared",
    "returned",
)

# Entitled to a pairing teacher (结对帮扶): the needy, left-behind children and
# children in difficulty; a lifted family keeps its pairing teacher (脱贫不脱帮扶).
PAIRING_FLAGS = (*NEEDY_FLAGS, *NOT_NEEDY_FLAGS)
PAIRING_STATUSES = (*NEEDY_STATUSES, *KEEPS_AID_TO_STAGE_END)

# The last grade of each stage, counted from 1 (junior 1 to 3; the 7 to 9 of
# schema/schoolyear.py, the one grade convention, are mapped in stage_end).
LAST_GRADE = {"preschool": 3, "primary": 6, "junior": 3, "senior": 3, "vocational": 3}
KEEPS_UNTIL = {
    "preschool": N_("Keeps the aid until leaving kindergarten"),
    "primary": N_("Keeps the aid until primary graduation"),
    "junior": N_("Keeps the aid until junior middle graduation"),
    "senior": N_("Keeps the aid until senior high graduation"),
    "vocational": N_("Keeps the aid until vocational graduation"),
    "higher": N_("Keeps the aid until graduation"),
}


def stage_end(stage: str, grade: int | None, day: dt.date) -> dt.date:
    """The last day of the school year in which a child in `stage` and `grade` on `day`
    finishes the stage (31 August: the school year's last day)."""
    year = DEFAULT.school_year_start(day).year
    last = LAST_GRADE.get(stage)
    # Junior grades written 7 to 9 (nine-year numbering) count as 1 to 3.
    if stage == "junior" and grade is not None and grade > 3:
        grade -= 6
    left = max(0, last - grade) if last is not None and grade is not None else 0
    return DEFAULT.school_year_start(dt.date(year + left + 1, 12, 1)) - dt.timedelta(days=1)


def is_needy(values: Mapping[str, Any], day: dt.date, aid_until: dt.date | None) -> bool:
    """Whether a child with these values (flags and poverty_status in force on `day`)
    is needy for aid on `day`; `aid_until` is the dated end of a status that keeps aid
    to the end of the stage."""
    if any(map(values.get, NEEDY_FLAGS)):  # map: no generator frame, 50,000 children
        return True
    status = values.get("poverty_status") or ""
    if status in NEEDY_STATUSES:
        return True
    return status in KEEPS_AID_TO_STAGE_END and aid_until is not None and day <= aid_until


def _in(column: str, codes: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(c) for c in codes)})"


def pairing_sql(alias: str = "s") -> str:
    """SQL truth of "entitled to a pairing" over the student table's current values."""
    flags = " OR ".join(f"{alias}.{key}" for key in PAIRING_FLAGS)
    return f"({flags} OR {_in(f'{alias}.poverty_status', PAIRING_STATUSES)})"
