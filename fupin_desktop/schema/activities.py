"""The catalogues of the school's own duties (学校工作): activities, institution pairings
(城乡结对), targets, teachers' training records, meal registers and growth measurements.

Forms, tables, the command line, sync headers and the PDF forms read these (DESIGN.md,
"One catalogue of fields"); docs/architecture.md, "Institution duties", says how the
services count them against the targets.
"""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices

# 国培 / 省培 / 市培 / 县培 (and the school's own 校本培训).
TRAINING_LEVEL = choices(
    "training_level",
    ("national", N_("National (国培)")),
    ("provincial", N_("Provincial")),
    ("city", N_("City")),
    ("county", N_("County")),
    ("school", N_("School-based")),
)

# 岗位: what a training plan needs to know of a teacher's post.
TEACHER_POST = choices(
    "teacher_post",
    ("", N_("(not given)")),
    ("regular", N_("Regular staff")),
    ("special_post", N_("Special-post teacher (特岗)")),
    ("substitute", N_("Substitute teacher")),
    ("volunteer", N_("Volunteer teacher (支教)")),
)

# 职称.
TEACHER_TITLE = choices(
    "teacher_title",
    ("", N_("(none yet)")),
    ("third", N_("Third grade")),
    ("second", N_("Second grade")),
    ("first", N_("First grade")),
    ("senior", N_("Senior")),
    ("full_senior", N_("Full senior")),
)

PAIRING_ROLE = choices(
    "institution_pairing_role",
    ("helped", N_("This school is helped")),
    ("helping", N_("This school helps")),
)

INSTITUTION_PAIRING_KIND = choices(
    "institution_pairing_kind",
    ("kindergarten", N_("City-rural kindergarten pairing")),
    ("school", N_("School pairing")),
)

TARGET_MEASURE = choices(
    "target_measure",
    ("count", N_("Number of activities")),
    ("lessons", N_("Lessons taught")),
    ("rate", N_("Training rate (%)")),
)

TARGET_PERIOD = choices(
    "target_period",
    ("month", N_("Month")),
    ("term", N_("Term")),
    ("year", N_("School year")),
)

TARGET_PER = choices(
    "target_per",
    ("school", N_("Each school")),
    ("pairing", N_("Each institution pairing")),
)

MEAL = choices(
    "meal",
    ("lunch", N_("Lunch")),
    ("breakfast", N_("Breakfast")),
    ("dinner", N_("Dinner")),
)

# BMI-for-age status (WS/T 456-2014): below the norm is thinness, mild or moderate/severe.
NUTRITION_STATUS = choices(
    "nutrition_status",
    ("normal", N_("Normal")),
    ("mild_thinness", N_("Mild thinness")),
    ("severe_thinness", N_("Moderate or severe thinness")),
    ("out_of_range", N_("Age outside 6–18 (not screened)")),
)

WHAT = N_("What")
WHO = N_("Who took part")
PLAN = N_("Plan")

# The fields of the teachers catalogue that a training plan needs (schema/catalogues.py
# appends them to TEACHER).
TEACHER_TRAINING_FIELDS = (
    Field("post", N_("Post"), Kind.CHOICE, choices=TEACHER_POST, width=8),
    Field("title", N_("Professional title"), Kind.CHOICE, choices=TEACHER_TITLE, width=8),
    Field("poor_village", N_("Teaches in a poor-village school"), Kind.BOOL, width=5),
)

ACTIVITY = Catalogue(
    "activity",
    (
        Field("activity_date", N_("Date"), Kind.DATE, required=True, width=11, in_table=True),
        Field("title", N_("Title"), required=True, width=20, in_table=True, max_length=100),
        Field("place", N_("Place"), width=12, max_length=100, section=WHAT),
        Field(
            "level",
            N_("Training level"),
            Kind.CHOICE,
            choices=TRAINING_LEVEL,
            width=8,
            section=WHAT,
            help=N_("For trainings only"),
        ),
        Field("hours", N_("Hours"), Kind.INT, width=5, minimum=0, maximum=2000, in_table=True),
        Field(
            "lessons",
            N_("Lessons taught"),
            Kind.INT,
            width=5,
            minimum=0,
            maximum=500,
            in_table=True,
        ),
        Field(
            "children_reached",
            N_("Children reached"),
            Kind.INT,
            width=5,
            minimum=0,
            maximum=100_000,
            section=WHO,
        ),
        Field(
            "families_reached",
            N_("Families reached"),
            Kind.INT,
            width=5,
            minimum=0,
            maximum=100_000,
            section=WHO,
        ),
        Field("partner", N_("Partner institution"), width=16, max_length=100, section=WHO),
        Field("content", N_("What was done"), Kind.LONG_TEXT, width=30),
        Field("summary", N_("Summary"), Kind.LONG_TEXT, width=30),
    ),
    sections=(WHAT, WHO),
)

INSTITUTION_PAIRING = Catalogue(
    "institution_pairing",
    (
        Field(
            "kind",
            N_("Kind"),
            Kind.CHOICE,
            required=True,
            choices=INSTITUTION_PAIRING_KIND,
            width=10,
            in_table=True,
        ),
        Field(
            "partner_name",
            N_("Partner institution"),
            required=True,
            width=16,
            max_length=100,
            in_table=True,
        ),
        Field(
            "role",
            N_("Role"),
            Kind.CHOICE,
            required=True,
            choices=PAIRING_ROLE,
            width=10,
            in_table=True,
        ),
        Field("contact", N_("Contact person"), width=8, max_length=40),
        Field("start_date", N_("Start date"), Kind.DATE, required=True, width=11, in_table=True),
        Field("end_date", N_("End date"), Kind.DATE, width=11, in_table=True),
        Field("plan", N_("Plan"), Kind.LONG_TEXT, width=30, section=PLAN),
        Field("measures", N_("Measures"), Kind.LONG_TEXT, width=30, section=PLAN),
        Field("summary", N_("Summary"), Kind.LONG_TEXT, width=30, section=PLAN),
    ),
    sections=(PLAN,),
)

TARGET = Catalogue(
    "target",
    (
        Field("kind", N_("Activity kind"), width=12, in_table=True, max_length=40),
        Field(
            "measure",
            N_("Counts"),
            Kind.CHOICE,
            required=True,
            choices=TARGET_MEASURE,
            width=10,
            in_table=True,
        ),
        Field(
            "min_value",
            N_("At least"),
            Kind.INT,
            required=True,
            width=5,
            minimum=0,
            maximum=1000,
            in_table=True,
        ),
        Field(
            "period",
            N_("Period"),
            Kind.CHOICE,
            required=True,
            choices=TARGET_PERIOD,
            width=6,
            in_table=True,
        ),
        Field(
            "per",
            N_("For"),
            Kind.CHOICE,
            required=True,
            choices=TARGET_PER,
            width=10,
            in_table=True,
        ),
        Field("active", N_("In use"), Kind.BOOL, width=5, in_table=True),
    ),
)

# A kind of activity as the township edits it (services/activities/kinds.py); its code is
# made by the program. Not a sync sheet's catalogue: the package keeps its own headers.
ACTIVITY_KIND = Catalogue(
    "activity_kind",
    (
        Field(
            "name", N_("Name of the kind"), required=True, width=20, in_table=True, max_length=60
        ),
        Field("for_pairing", N_("For pairings"), Kind.BOOL, width=6, in_table=True),
        Field("training", N_("Counts as training"), Kind.BOOL, width=8, in_table=True),
        Field("active", N_("In use"), Kind.BOOL, width=5, in_table=True),
    ),
)

TRAINING_RECORD = Catalogue(
    "training_record",
    (
        Field(
            "level",
            N_("Training level"),
            Kind.CHOICE,
            required=True,
            choices=TRAINING_LEVEL,
            width=8,
            in_table=True,
        ),
        Field("course", N_("Course"), required=True, width=20, max_length=100, in_table=True),
        Field("hours", N_("Hours"), Kind.INT, width=5, minimum=0, maximum=2000, in_table=True),
        Field("start_date", N_("Start date"), Kind.DATE, required=True, width=11, in_table=True),
        Field("end_date", N_("End date"), Kind.DATE, width=11, in_table=True),
        Field("certificate_no", N_("Certificate number"), Kind.CODE, width=14, max_length=40),
        Field("organiser", N_("Organised by"), width=14, max_length=100),
    ),
)

GROWTH_MEASUREMENT = Catalogue(
    "growth_measurement",
    (
        Field("measured_on", N_("Measured on"), Kind.DATE, required=True, width=11, in_table=True),
        Field(
            "height_mm",
            N_("Height (mm)"),
            Kind.INT,
            required=True,
            width=6,
            minimum=500,
            maximum=2300,
            in_table=True,
        ),
        Field(
            "weight_g",
            N_("Weight (g)"),
            Kind.INT,
            required=True,
            width=7,
            minimum=8000,
            maximum=200_000,
            in_table=True,
        ),
        Field("note", N_("Note"), width=16, max_length=200),
    ),
)
