"""The school year's catalogue (docs/architecture.md, "The school year"): the one grade
convention, the moves of the new-year step and the assessment (认定) choices.

Grades: 1–6 primary, 7–9 junior middle; preschool classes are grades 1–3 of the stage
preschool, shown 小班/中班/大班. 初一, 七年级 and "7" all read as 7.
"""

from __future__ import annotations

import re

from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices
from fupin_desktop.validation import normalise_text

# (stage, first grade, last grade)
GRADE_RANGE = {"preschool": (1, 3), "primary": (1, 6), "junior": (7, 9)}
PRESCHOOL_WORDS = {"小班": 1, "中班": 2, "大班": 3}
_PRESCHOOL_LABELS = {1: N_("Nursery class"), 2: N_("Middle class"), 3: N_("Senior class")}
_CN_DIGITS = dict(zip("一二三四五六七八九", "123456789", strict=True))
_JUNIOR_WORDS = {"初一": 7, "初二": 8, "初三": 9}


def read_grade(text: object) -> tuple[str | None, int] | None:
    """(stage if the word says it, grade) of what a school writes, or None:
    "三年级" -> (None, 3), "初一"/"七年级"/"7" -> ("junior", 7), "大班" -> ("preschool", 3)."""
    word = re.sub(r"\s+", "", normalise_text(str(text)))
    if word in PRESCHOOL_WORDS:
        return "preschool", PRESCHOOL_WORDS[word]
    if word in _JUNIOR_WORDS:
        return "junior", _JUNIOR_WORDS[word]
    match = re.fullmatch(r"([1-9一二三四五六七八九])(?:年级)?", word)
    if match:
        grade = int(_CN_DIGITS.get(match[1], match[1]))
        return ("junior" if grade >= 7 else None), grade
    return None


def grade_label(stage: str, grade: int | None) -> str:
    """How a person names the grade: 小班, 三年级, 初一 (七年级)."""
    if grade is None:
        return ""
    if stage == "preschool":
        return tr(_PRESCHOOL_LABELS.get(grade, "")) or str(grade)
    return tr("Grade {grade}").format(grade=grade)


def fits(stage: str, grade: int | None) -> bool:
    """Whether the grade belongs to the stage under the one convention."""
    if grade is None or stage not in GRADE_RANGE:
        return True
    low, high = GRADE_RANGE[stage]
    return low <= grade <= high


def next_place(stage: str, grade: int, top_grade: int) -> tuple[str, int] | None:
    """Where promotion takes a child; None when the child graduates from the school
    (top_grade is the school's last grade: 3 for 初小 keeping three grades, 9 for junior)."""
    if grade >= top_grade:
        return None
    if stage == "preschool":
        return ("preschool", grade + 1) if grade < 3 else ("primary", 1)
    if stage == "primary" and grade >= 6:
        return "junior", 7
    return stage, grade + 1


def place_after_leaving(
    stage: str, grade: int | None, reason: str, on_year_start: bool
) -> tuple[str, int | None]:
    """Where a child who leaves goes on at the receiving school: a graduate one place on
    (primary 6 -> junior 7, 大班 -> primary 1), a child who transfers out on the first
    day of a school year too (the step left the grade as it was), one who transfers
    during the year in the same grade."""
    if grade is None or (reason != "graduate" and not on_year_start):
        return stage, grade
    place = next_place(stage, grade, top_grade=99)
    return place if place is not None else (stage, grade)


# The new-year step: what happens to each child.
MOVE = choices(
    "year_move",
    ("promote", N_("Promote")),
    ("graduate", N_("Graduate")),
    ("repeat", N_("Repeat the year")),
    ("transfer_out", N_("Transfer out")),
    ("suspend", N_("Suspend")),
)
# Exceptions a principal ticks by hand in the preview.
EXCEPTIONS = ("repeat", "transfer_out", "suspend")
# The enrolment a move leaves behind.
MOVE_ENROLMENT = {
    "promote": "enrolled",
    "repeat": "enrolled",
    "graduate": "graduated",
    "transfer_out": "transferred",
    "suspend": "suspended",
}

LEVEL = choices(
    "assessment_level",
    ("severe", N_("Especially hard-up")),
    ("hardship", N_("Hard-up")),
    ("mild", N_("Somewhat hard-up")),
    ("none", N_("Not hard-up")),
)

REASON = choices(
    "assessment_reason",
    ("registered_poor", N_("Registered poor household")),
    ("monitored", N_("Household under relapse monitoring")),
    ("dibao", N_("Minimum living allowance household")),
    ("extreme_poverty_support", N_("Extreme poverty support")),
    ("orphan", N_("Orphan or de facto unsupported child")),
    ("disabled", N_("Disabled child or disabled parent")),
    ("illness", N_("Serious illness in the family")),
    ("disaster", N_("Disaster or sudden hardship")),
    ("single_parent", N_("Single-parent family")),
    ("other", N_("Other")),
)

# The last grade a school of each type keeps (初小 and 教学点: the highest grade found).
TOP_GRADE = {
    "kindergarten": 3,
    "complete_primary": 6,
    "junior_middle": 9,
    "nine_year": 9,
}
# Days after leaving within which the receiving school should confirm a child (控辍保学).
WATCH_DAYS = 30

# Handover (交接, docs/architecture.md "The school year"): a child who leaves offered to a
# receiving school of the township, through the township. The offer's state as the
# sending school sees it on its departure, and the receiving school's decision.
HANDOVER_STATE = choices(
    "handover_state",
    ("offered", N_("Offered, waiting for the receiving school")),
    ("accepted", N_("Accepted by the receiving school")),
    ("refused", N_("Not at the receiving school")),
)
# What the receiving school made of an offer: the sending school's departure takes it.
DECISIONS = ("accepted", "refused")

# The one catalogued column of a handed-over record (the rest are record values as JSON):
# the texts that stay at school unless the setting sync.send_sensitive_text lets them
# travel (diary texts, counselling needs), restricted to who looks after the child.
HANDOVER_ITEM = Catalogue(
    "handover_item",
    (
        Field(
            "school_text",
            N_("Texts that stay at school"),
            Kind.LONG_TEXT,
            width=30,
            restricted=True,
            stays_at_school=True,
        ),
    ),
)
