"""The catalogues of pairing and left-behind care (结对帮扶, 留守儿童关爱): pairings, visits,
left-behind profiles, growth diaries, family calls and reminder rules.

Forms, tables, the command line, the PDF forms and the sync packages read these. Two
flags mark sensitive fields (docs/architecture.md, "Sensitive fields"): `restricted`
ones (parents' phones, counselling needs, what happened to the child) are shown only to
the child's teachers and the managers; `stays_at_school` ones (the diary text and the
counselling needs) travel in packages only when the setting sync.send_sensitive_text is
on. Such text is kept in fields of its own, never merged into other fields.
"""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema import choices as c
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices
from fupin_desktop.validation import clean_optional_id_number, clean_phone

PARENT_AWAY = choices(
    "parent_away",
    ("both", N_("Both parents")),
    ("father", N_("Father")),
    ("mother", N_("Mother")),
    ("single_parent", N_("The only parent")),
)

GUARDIAN_KIND = choices(
    "guardian_kind",
    ("grandparents", N_("Grandparents")),
    ("relative", N_("Other relative")),
    ("other", N_("Other person")),
    ("none", N_("No one (lives alone)")),
)

CARE_ABILITY = choices(
    "care_ability",
    ("good", N_("Good")),
    ("fair", N_("Fair")),
    ("weak", N_("Weak")),
    ("none", N_("Unable to care")),
)

# 监护等级: how closely the school watches the child's care at home.
GUARDIANSHIP_LEVEL = choices(
    "guardianship_level",
    ("level1", N_("Level 1 (well cared for)")),
    ("level2", N_("Level 2 (needs attention)")),
    ("level3", N_("Level 3 (needs close watch)")),
)

# The 民政 农村留守儿童基本情况登记表 (民政部、教育部、公安部, 2016): its five 监护类型,
# 身体情况, 家庭经济来源 and 救助帮扶情况 (the last two "可多选"), and the 户口 it asks
# about. Identifiers as in GLOSSARY.md ("Left-behind register").
GUARDIANSHIP_TYPE = choices(
    "guardianship_type",
    ("none", N_("No one looks after the child")),
    ("parent_incapable", N_("The parent at home cannot look after the child")),
    ("entrusted_insufficient", N_("The entrusted guardian cannot look after the child well")),
    ("fair", N_("Guardianship fair")),
    ("good", N_("Guardianship good")),
)

CHILD_HEALTH = choices(
    "child_health",
    ("healthy", N_("Healthy")),
    ("disabled", N_("Disabled")),
    ("ill", N_("Seriously ill")),
)

INCOME_SOURCE = choices(
    "income_source",
    ("wages", N_("Wages from work away")),
    ("farming", N_("Farming and animals")),
    ("government_aid", N_("Government assistance")),
    ("relatives", N_("Help from relatives and friends")),
    ("other", N_("Other income")),
)

ASSISTANCE = choices(
    "assistance",
    ("dibao", N_("Minimum living allowance")),
    ("temporary", N_("Temporary assistance")),
    ("medical", N_("Medical assistance")),
    ("housing", N_("Housing assistance")),
    ("other", N_("Other assistance")),
)

# 户口: the 民政 definition counts children with a rural 户口 only.
HUKOU = choices(
    "hukou",
    ("rural", N_("Registered, rural")),
    ("urban", N_("Registered, urban")),
    ("unregistered", N_("Not registered")),
)

DIARY_CATEGORY = choices(
    "diary_category",
    ("study", N_("Study")),
    ("daily_life", N_("Daily life")),
    ("feelings", N_("Feelings")),
    ("health", N_("Health")),
    ("safety", N_("Safety")),
    ("family_contact", N_("Family contact")),
)

MOOD = choices(
    "mood",
    ("happy", N_("Happy")),
    ("calm", N_("Calm")),
    ("worried", N_("Worried")),
    ("sad", N_("Sad")),
    ("withdrawn", N_("Withdrawn")),
    ("angry", N_("Angry")),
)

RULE_APPLIES_TO = choices(
    "rule_applies_to",
    ("paired", N_("Paired student")),
    ("left_behind", N_("Left-behind child")),
)

RULE_RECORD = choices(
    "rule_record",
    ("visit", N_("Visit")),
    ("diary_entry", N_("Growth diary entry")),
    ("family_call", N_("Family call")),
)

RULE_PERIOD = choices("rule_period", ("month", N_("Month")), ("term", N_("Term")))

# Which visit methods a rule counts (ReminderRule.methods, comma separated).
RULE_METHODS = choices(
    "rule_methods",
    ("", N_("Any method")),
    ("talk,phone,video", N_("Talk, phone or video")),
    ("home_visit,home_teaching", N_("Home visit or teaching at home")),
    ("home_visit", N_("Home visit")),
    ("talk", N_("Talk")),
)

PLAN = N_("Plan")
FOUND = N_("What was found")
DONE = N_("What was done")
AWAY = N_("Parents away")
CARE = N_("Actual guardian")
CARD = N_("Contact card")
STATUS = N_("Left-behind status")
PARENTS = N_("Parents")
CHILD = N_("The child")
FAMILY_SUPPORT = N_("Income and assistance")

PAIRING = Catalogue(
    "pairing",
    (
        Field("kind", N_("Kind"), Kind.CHOICE, required=True, choices=c.PAIRING_KIND, width=8),
        Field("start_date", N_("Start date"), Kind.DATE, required=True, width=11),
        Field("end_date", N_("End date"), Kind.DATE, width=11),
        Field("goals", N_("Goals"), Kind.LONG_TEXT, width=30, section=PLAN),
        Field("measures", N_("Measures"), Kind.LONG_TEXT, width=30, section=PLAN),
        Field("end_reason", N_("Why it ended"), width=20, max_length=200),
    ),
)

VISIT = Catalogue(
    "visit",
    (
        Field("visit_date", N_("Date"), Kind.DATE, required=True, width=11, in_table=True),
        Field(
            "method",
            N_("Method"),
            Kind.CHOICE,
            required=True,
            choices=c.VISIT_METHOD,
            width=8,
            in_table=True,
        ),
        Field("participants", N_("Who took part"), width=16, in_table=True, max_length=200),
        Field(
            "living_conditions", N_("Living conditions"), Kind.LONG_TEXT, width=24, section=FOUND
        ),
        Field(
            "child_state",
            N_("The child's state"),
            Kind.LONG_TEXT,
            width=24,
            section=FOUND,
            in_table=True,
        ),
        Field("family_needs", N_("The family's needs"), Kind.LONG_TEXT, width=24, section=FOUND),
        Field("measures", N_("Measures taken"), Kind.LONG_TEXT, width=24, section=DONE),
        Field("outcome", N_("Outcome"), Kind.LONG_TEXT, width=24, section=DONE),
        Field("parent_feedback", N_("Parents' feedback"), Kind.LONG_TEXT, width=24, section=DONE),
        Field("next_follow_up", N_("Next follow-up"), Kind.DATE, width=11, in_table=True),
    ),
    sections=(FOUND, DONE),
)

LEFT_BEHIND_PROFILE = Catalogue(
    "left_behind_profile",
    (
        Field(
            "parent_away",
            N_("Parent away"),
            Kind.CHOICE,
            required=True,
            choices=PARENT_AWAY,
            width=8,
            section=AWAY,
        ),
        Field("work_province", N_("Work province"), width=8, section=AWAY, max_length=20),
        Field("work_city", N_("Work city"), width=8, section=AWAY, max_length=30),
        Field("away_since", N_("Away since"), Kind.DATE, width=11, section=AWAY),
        Field("father_name", N_("Father's name"), width=8, section=PARENTS, max_length=40),
        Field(
            "father_id_number",
            N_("Father's ID number"),
            Kind.ID_NUMBER,
            validator=clean_optional_id_number,
            width=20,
            section=PARENTS,
            restricted=True,
        ),
        Field("father_birth_date", N_("Father's birth date"), Kind.DATE, width=11, section=PARENTS),
        Field(
            "father_work_place",
            N_("Father's work place"),
            width=16,
            section=PARENTS,
            max_length=60,
            help=N_("Province and city, e.g. 广东省东莞市"),
        ),
        Field("mother_name", N_("Mother's name"), width=8, section=PARENTS, max_length=40),
        Field(
            "mother_id_number",
            N_("Mother's ID number"),
            Kind.ID_NUMBER,
            validator=clean_optional_id_number,
            width=20,
            section=PARENTS,
            restricted=True,
        ),
        Field("mother_birth_date", N_("Mother's birth date"), Kind.DATE, width=11, section=PARENTS),
        Field(
            "mother_work_place",
            N_("Mother's work place"),
            width=16,
            section=PARENTS,
            max_length=60,
            help=N_("Province and city, e.g. 广东省东莞市"),
        ),
        Field(
            "hukou",
            N_("Household registration (hukou)"),
            Kind.CHOICE,
            choices=HUKOU,
            width=8,
            section=CHILD,
        ),
        Field("health", N_("Health"), Kind.CHOICE, choices=CHILD_HEALTH, width=6, section=CHILD),
        Field(
            "health_type",
            N_("Kind of disability or illness"),
            width=12,
            section=CHILD,
            max_length=40,
        ),
        Field(
            "health_level",
            N_("Disability level"),
            Kind.CHOICE,
            choices=c.DISABILITY_LEVEL,
            width=6,
            section=CHILD,
        ),
        Field(
            "father_phone",
            N_("Father's phone"),
            Kind.PHONE,
            validator=clean_phone,
            width=13,
            section=CARD,
            restricted=True,
        ),
        Field(
            "mother_phone",
            N_("Mother's phone"),
            Kind.PHONE,
            validator=clean_phone,
            width=13,
            section=CARD,
            restricted=True,
        ),
        Field(
            "guardian_kind",
            N_("Actual guardian"),
            Kind.CHOICE,
            required=True,
            choices=GUARDIAN_KIND,
            width=8,
            section=CARE,
        ),
        Field("guardian_name", N_("Guardian's name"), width=8, section=CARE, max_length=40),
        Field(
            "guardian_relation",
            N_("Relation"),
            Kind.CHOICE,
            choices=c.RELATION,
            width=6,
            section=CARE,
        ),
        Field(
            "guardian_phone",
            N_("Guardian's phone"),
            Kind.PHONE,
            validator=clean_phone,
            width=13,
            section=CARD,
            restricted=True,
        ),
        Field(
            "guardian_id_number",
            N_("Guardian's ID number"),
            Kind.ID_NUMBER,
            validator=clean_optional_id_number,
            width=20,
            section=CARE,
            restricted=True,
        ),
        Field("guardian_address", N_("Guardian's address"), width=24, section=CARE),
        Field(
            "guardianship_type",
            N_("Type of guardianship"),
            Kind.CHOICE,
            choices=GUARDIANSHIP_TYPE,
            width=12,
            section=CARE,
        ),
        Field(
            "care_ability",
            N_("Ability to care"),
            Kind.CHOICE,
            choices=CARE_ABILITY,
            width=6,
            section=CARE,
        ),
        Field(
            "guardianship_level",
            N_("Guardianship level"),
            Kind.CHOICE,
            choices=GUARDIANSHIP_LEVEL,
            width=10,
            section=CARE,
        ),
        Field(
            "proxy_parent_phone",
            N_("Proxy parent's phone"),
            Kind.PHONE,
            validator=clean_phone,
            width=13,
            section=CARD,
        ),
        Field("other_contacts", N_("Other contacts"), width=24, section=CARD),
        Field(
            "income_sources",
            N_("Family income sources"),
            Kind.MULTI_CHOICE,
            choices=INCOME_SOURCE,
            width=20,
            section=FAMILY_SUPPORT,
        ),
        Field(
            "assistance_received",
            N_("Assistance received"),
            Kind.MULTI_CHOICE,
            choices=ASSISTANCE,
            width=20,
            section=FAMILY_SUPPORT,
        ),
        Field(
            "counselling_needs",
            N_("Counselling needs"),
            Kind.LONG_TEXT,
            width=24,
            section=CARE,
            restricted=True,
            stays_at_school=True,
        ),
        Field("start_date", N_("Left behind since"), Kind.DATE, required=True, width=11),
        Field("end_date", N_("Ended on"), Kind.DATE, width=11, section=STATUS),
        Field("end_reason", N_("Why it ended"), width=20, section=STATUS),
    ),
    sections=(AWAY, PARENTS, CHILD, CARE, CARD, FAMILY_SUPPORT, STATUS),
)

DIARY_ENTRY = Catalogue(
    "diary_entry",
    (
        Field("entry_date", N_("Date"), Kind.DATE, required=True, width=11, in_table=True),
        Field(
            "category",
            N_("Category"),
            Kind.CHOICE,
            required=True,
            choices=DIARY_CATEGORY,
            width=8,
            in_table=True,
        ),
        Field("mood", N_("Mood"), Kind.CHOICE, choices=MOOD, width=6, in_table=True),
        # The child's feelings: kept in its own field for access rules.
        Field(
            "what_happened",
            N_("What happened"),
            Kind.LONG_TEXT,
            width=30,
            restricted=True,
            stays_at_school=True,
        ),
        Field("what_done", N_("What was done"), Kind.LONG_TEXT, width=30, stays_at_school=True),
        Field("follow_up", N_("Follow-up"), Kind.LONG_TEXT, width=20, stays_at_school=True),
    ),
)

FAMILY_CALL = Catalogue(
    "family_call",
    (
        Field("call_date", N_("Date"), Kind.DATE, required=True, width=11, in_table=True),
        Field("who_spoke", N_("Who spoke"), width=12, in_table=True, max_length=60),
        Field(
            "minutes",
            N_("Minutes"),
            Kind.INT,
            width=5,
            in_table=True,
            minimum=0,
            maximum=600,
        ),
        Field("notes", N_("Notes"), Kind.LONG_TEXT, width=30),
    ),
)

REMINDER_RULE = Catalogue(
    "reminder_rule",
    (
        Field(
            "applies_to",
            N_("Applies to"),
            Kind.CHOICE,
            required=True,
            choices=RULE_APPLIES_TO,
            width=10,
            in_table=True,
        ),
        Field(
            "record",
            N_("Record"),
            Kind.CHOICE,
            required=True,
            choices=RULE_RECORD,
            width=10,
            in_table=True,
        ),
        Field(
            "methods",
            N_("Visit methods"),
            Kind.CHOICE,
            choices=RULE_METHODS,
            width=14,
            in_table=True,
        ),
        Field(
            "period",
            N_("Period"),
            Kind.CHOICE,
            required=True,
            choices=RULE_PERIOD,
            width=6,
            in_table=True,
        ),
        Field(
            "min_count",
            N_("At least"),
            Kind.INT,
            required=True,
            width=5,
            in_table=True,
            minimum=0,
            maximum=60,
        ),
        Field("active", N_("In use"), Kind.BOOL, width=5, in_table=True),
    ),
)
