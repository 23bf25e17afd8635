"""Choice sets: stable English codes, shown in Chinese through tr() (docs/architecture.md,
One catalogue of fields)."""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema.fields import choices

ROLE = choices("role", ("school", N_("School")), ("township", N_("Township central school")))

SCHOOL_TYPE = choices(
    "school_type",
    ("complete_primary", N_("Complete primary school")),
    ("lower_primary", N_("Lower primary school")),
    ("teaching_point", N_("Teaching point")),
    ("kindergarten", N_("Kindergarten")),
    ("junior_middle", N_("Junior middle school")),
    ("nine_year", N_("Nine-year school")),
)

SEX = choices("sex", ("male", N_("Male")), ("female", N_("Female")))

STAGE = choices(
    "stage",
    ("preschool", N_("Preschool")),
    ("primary", N_("Primary")),
    ("junior", N_("Junior middle")),
    ("senior", N_("Senior high")),
    ("vocational", N_("Secondary vocational")),
    ("higher", N_("Higher education")),
)

ENROLMENT = choices(
    "enrolment",
    ("enrolled", N_("Enrolled")),
    ("transferred", N_("Transferred out")),
    ("graduated", N_("Graduated")),
    ("suspended", N_("Suspended")),
    ("dropped_out", N_("Dropped out")),
)

# As the county lists say it (GLOSSARY.md). Who of them is needy for aid and who is
# entitled to a pairing is decided once, in schema/needs.py.
POVERTY_STATUS = choices(
    "poverty_status",
    ("none", N_("Not poor")),
    ("poor", N_("Poor")),
    ("lifted_keeps_aid", N_("Lifted, keeps the policies")),
    ("lifted", N_("Lifted, policies ended")),
    ("monitored_unstable", N_("Monitored: lifted but unstable")),
    ("monitored_marginal", N_("Monitored: marginal, easily impoverished")),
    ("monitored_sudden", N_("Monitored: sudden serious hardship")),
    ("monitored_cleared", N_("Monitored: risk eliminated")),
    ("returned", N_("Returned to poverty")),
    # The labels before issue 10 (English source and zh_CN) and the two codes renamed by
    # migration 0005: older packages, rosters and exports still read.
    former=(
        ("Lifted out of poverty", "lifted"),
        ("已脱贫", "lifted"),
        ("Marginal, easily impoverished", "marginal"),
        ("边缘易致贫户", "marginal"),
        ("Lifted but unstable", "unstable"),
        ("脱贫不稳定户", "unstable"),
    ),
    renamed=(("marginal", "monitored_marginal"), ("unstable", "monitored_unstable")),
)

DIBAO_AREA = choices(
    "dibao_area", ("", N_("(none)")), ("rural", N_("Rural")), ("urban", N_("Urban"))
)

POVERTY_CAUSE = choices(
    "poverty_cause",
    ("", N_("(none)")),
    ("illness", N_("Illness")),
    ("disability", N_("Disability")),
    ("schooling", N_("Cost of schooling")),
    ("lack_of_labour", N_("Lack of labour")),
    ("disaster", N_("Disaster")),
    ("lack_of_skills", N_("Lack of skills")),
    ("lack_of_land", N_("Lack of land")),
    ("lack_of_funds", N_("Lack of funds")),
    ("transport", N_("Poor transport")),
    ("other", N_("Other")),
)

DISABILITY_LEVEL = choices(
    "disability_level",
    ("", N_("(none)")),
    ("level1", N_("Level 1")),
    ("level2", N_("Level 2")),
    ("level3", N_("Level 3")),
    ("level4", N_("Level 4")),
)

RELATION = choices(
    "relation",
    ("father", N_("Father")),
    ("mother", N_("Mother")),
    ("grandfather", N_("Grandfather")),
    ("grandmother", N_("Grandmother")),
    ("maternal_grandfather", N_("Maternal grandfather")),
    ("maternal_grandmother", N_("Maternal grandmother")),
    ("brother", N_("Brother")),
    ("sister", N_("Sister")),
    ("uncle", N_("Uncle")),
    ("aunt", N_("Aunt")),
    ("self", N_("Self")),
    ("other", N_("Other relative")),
)

HEALTH = choices(
    "health",
    ("healthy", N_("Healthy")),
    ("chronic_illness", N_("Chronic illness")),
    ("serious_illness", N_("Serious illness")),
    ("disabled", N_("Disabled")),
)

TEACHER_ROLE = choices(
    "teacher_role",
    ("teacher", N_("Teacher")),
    ("head_teacher", N_("Head teacher")),
    ("aid_officer", N_("Aid officer")),
    ("principal", N_("Principal")),
)

# Kinds of dated status history kept for a student.
STATUS_KIND = choices(
    "status_kind",
    ("poverty_status", N_("Poverty status")),
    ("enrolment", N_("Enrolment")),
    ("registered_poor", N_("Registered poor household")),
    ("dibao", N_("Minimum living allowance")),
    ("extreme_poverty_support", N_("Extreme poverty support")),
    ("orphan", N_("Orphan")),
    ("de_facto_unsupported", N_("De facto unsupported child")),
    ("disabled", N_("Disabled")),
    ("disabled_parent", N_("Child of a disabled parent")),
    ("martyr_child", N_("Child of a martyr")),
    ("low_income", N_("Low-income household")),
    ("left_behind", N_("Left-behind child")),
    ("child_in_difficulty", N_("Child in difficulty")),
    ("stage", N_("Stage")),
    ("grade", N_("Grade")),
    ("boarder", N_("Boarder")),
)

PAIRING_KIND = choices(
    "pairing_kind",
    ("one_to_one", N_("One to one")),
    ("one_to_many", N_("One to many")),
    ("proxy_parent", N_("Proxy parent")),
)

VISIT_METHOD = choices(
    "visit_method",
    ("home_visit", N_("Home visit")),
    ("phone", N_("Phone")),
    ("talk", N_("Talk")),
    ("home_teaching", N_("Teaching at home")),
    ("video", N_("Video call")),
)

AID_KIND = choices(
    "aid_program",
    ("preschool_grant", N_("Preschool education grant")),
    ("boarding_subsidy", N_("Boarding student living subsidy")),
    ("non_boarder_subsidy", N_("Non-boarder living subsidy")),
    ("tuition_waiver", N_("Tuition waiver")),
    ("free_textbooks", N_("Free textbooks")),
    ("nutrition_plan", N_("Nutrition improvement plan")),
    ("national_grant", N_("National grant")),
    ("yulu_plan", N_("Yulu plan")),
    ("origin_credit_loan", N_("Origin-based credit student loan")),
    ("donation", N_("Social donation")),
)

ETHNICITY = choices(
    "ethnicity",
    ("han", N_("Han")),
    ("zhuang", N_("Zhuang")),
    ("hui", N_("Hui")),
    ("manchu", N_("Manchu")),
    ("uyghur", N_("Uyghur")),
    ("miao", N_("Miao")),
    ("yi", N_("Yi")),
    ("tujia", N_("Tujia")),
    ("tibetan", N_("Tibetan")),
    ("mongol", N_("Mongol")),
    ("dong", N_("Dong")),
    ("buyei", N_("Buyei")),
    ("yao", N_("Yao")),
    ("bai", N_("Bai")),
    ("korean", N_("Korean")),
    ("hani", N_("Hani")),
    ("li", N_("Li")),
    ("kazakh", N_("Kazakh")),
    ("dai", N_("Dai")),
    ("she", N_("She")),
    ("lisu", N_("Lisu")),
    ("dongxiang", N_("Dongxiang")),
    ("gelao", N_("Gelao")),
    ("lahu", N_("Lahu")),
    ("va", N_("Va")),
    ("sui", N_("Sui")),
    ("naxi", N_("Naxi")),
    ("qiang", N_("Qiang")),
    ("tu", N_("Tu")),
    ("mulao", N_("Mulao")),
    ("xibe", N_("Xibe")),
    ("kyrgyz", N_("Kyrgyz")),
    ("jingpo", N_("Jingpo")),
    ("daur", N_("Daur")),
    ("salar", N_("Salar")),
    ("blang", N_("Blang")),
    ("maonan", N_("Maonan")),
    ("tajik", N_("Tajik")),
    ("pumi", N_("Pumi")),
    ("achang", N_("Achang")),
    ("nu", N_("Nu")),
    ("evenki", N_("Evenki")),
    ("gin", N_("Gin")),
    ("jino", N_("Jino")),
    ("deang", N_("De'ang")),
    ("bonan", N_("Bonan")),
    ("russian", N_("Russian")),
    ("yugur", N_("Yugur")),
    ("uzbek", N_("Uzbek")),
    ("monba", N_("Monba")),
    ("oroqen", N_("Oroqen")),
    ("derung", N_("Derung")),
    ("hezhen", N_("Hezhen")),
    ("gaoshan", N_("Gaoshan")),
    ("lhoba", N_("Lhoba")),
    ("tatar", N_("Tatar")),
    ("other", N_("Other")),
)
