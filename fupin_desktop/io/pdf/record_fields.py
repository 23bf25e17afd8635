"""Labels and choices of the pairing, visit and care records, as the forms print them.

The student, family, guardian, teacher and aid fields come from the shared catalogues
(schema.catalogues, services.aid). These records have no catalogue yet (issue 4 is
adding their services); until it lands, the forms read their labels from here, built
the same way, so moving them into schema.catalogues is a change of import only.
"""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema.choices import PAIRING_KIND, RELATION, VISIT_METHOD
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices

PARENT_AWAY = choices(
    "parent_away",
    ("father", N_("Father works away")),
    ("mother", N_("Mother works away")),
    ("both", N_("Both parents work away")),
    ("single_parent", N_("Single parent works away")),
)
GUARDIAN_KIND = choices(
    "guardian_kind",
    ("grandparents", N_("Grandparents")),
    ("relative", N_("Relative")),
    ("other", N_("Other person")),
    ("none", N_("No one")),
)
DIARY_CATEGORY = choices(
    "diary_category",
    ("study", N_("Study")),
    ("daily_life", N_("Daily life")),
    ("feelings", N_("Feelings")),
    ("health", N_("Health")),
    ("safety", N_("Safety")),
    ("family", N_("Family")),
)

PAIRING = Catalogue(
    "pairing",
    (
        Field("kind", N_("Kind of pairing"), Kind.CHOICE, choices=PAIRING_KIND),
        Field("start_date", N_("Start date"), Kind.DATE),
        Field("end_date", N_("End date"), Kind.DATE),
        Field("goals", N_("Goals"), Kind.LONG_TEXT),
        Field("measures", N_("Measures"), Kind.LONG_TEXT),
    ),
)

VISIT = Catalogue(
    "visit",
    (
        Field("visit_date", N_("Date"), Kind.DATE),
        Field("method", N_("Method"), Kind.CHOICE, choices=VISIT_METHOD),
        Field("participants", N_("Participants")),
        Field("living_conditions", N_("Living conditions"), Kind.LONG_TEXT),
        Field("child_state", N_("How the child is doing"), Kind.LONG_TEXT),
        Field("family_needs", N_("What the family needs"), Kind.LONG_TEXT),
        Field("measures", N_("Measures"), Kind.LONG_TEXT),
        Field("outcome", N_("Outcome"), Kind.LONG_TEXT),
        Field("parent_feedback", N_("Parents' feedback"), Kind.LONG_TEXT),
        Field("next_follow_up", N_("Next follow-up"), Kind.DATE),
    ),
)

LEFT_BEHIND = Catalogue(
    "left_behind_profile",
    (
        Field("parent_away", N_("Parents away"), Kind.CHOICE, choices=PARENT_AWAY),
        Field("work_province", N_("Province of work")),
        Field("work_city", N_("City of work")),
        Field("away_since", N_("Away since"), Kind.DATE),
        Field("father_phone", N_("Father's phone"), Kind.PHONE),
        Field("mother_phone", N_("Mother's phone"), Kind.PHONE),
        Field("guardian_kind", N_("Who looks after the child"), Kind.CHOICE, choices=GUARDIAN_KIND),
        Field("guardian_name", N_("Guardian")),
        Field("guardian_relation", N_("Relation"), Kind.CHOICE, choices=RELATION),
        Field("guardian_phone", N_("Guardian's phone"), Kind.PHONE),
        Field("guardian_address", N_("Guardian's address")),
        Field("care_ability", N_("Ability to care")),
        Field("guardianship_level", N_("Guardianship level")),
        Field("proxy_parent_phone", N_("Proxy parent's phone"), Kind.PHONE),
        Field("counselling_needs", N_("Counselling needs"), Kind.LONG_TEXT, sensitive=True),
        Field("start_date", N_("Left-behind since"), Kind.DATE),
    ),
)

DIARY = Catalogue(
    "diary_entry",
    (
        Field("entry_date", N_("Date"), Kind.DATE),
        Field("category", N_("Category"), Kind.CHOICE, choices=DIARY_CATEGORY),
        Field("mood", N_("Mood")),
        Field("what_happened", N_("What happened"), Kind.LONG_TEXT, sensitive=True),
        Field("what_done", N_("What was done"), Kind.LONG_TEXT),
        Field("follow_up", N_("Follow-up"), Kind.LONG_TEXT),
    ),
)

FAMILY_CALL = Catalogue(
    "family_call",
    (
        Field("call_date", N_("Date"), Kind.DATE),
        Field("who_spoke", N_("Who spoke")),
        Field("minutes", N_("Minutes"), Kind.INT),
        Field("notes", N_("Notes"), Kind.LONG_TEXT),
    ),
)
