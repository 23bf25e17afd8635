"""The catalogues: one entry a field. Adding a field to the student file is one entry here
plus a migration (fupin_desktop/db/migrations)."""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema import choices as c
from fupin_desktop.schema.fields import Catalogue, Field, Kind
from fupin_desktop.validation import (
    clean_optional_id_number,
    clean_phone,
    clean_student_no,
)

BASICS = N_("Basics")
ADDRESS = N_("Address")
FAMILY = N_("Family")
CATEGORIES = N_("Categories")

STUDENT = Catalogue(
    "student",
    (
        Field("name", N_("Name"), required=True, width=8, section=BASICS, in_table=True,
              max_length=40, aliases=("姓名", "学生姓名", "学生")),
        Field("sex", N_("Sex"), Kind.CHOICE, required=True, choices=c.SEX, width=4,
              section=BASICS, in_table=True, aliases=("性别",)),
        Field("ethnicity", N_("Ethnicity"), Kind.CHOICE, choices=c.ETHNICITY, width=6,
              section=BASICS, aliases=("民族",)),
        Field("id_number", N_("ID number"), Kind.ID_NUMBER, required=True, width=20,
              section=BASICS, in_table=True, sensitive=True,
              aliases=("身份证号", "身份证号码", "身份证", "公民身份号码", "证件号码")),
        Field("birth_date", N_("Birth date"), Kind.DATE, width=11, section=BASICS,
              aliases=("出生日期", "出生年月", "生日")),
        Field("student_no", N_("Student number"), Kind.CODE, validator=clean_student_no,
              width=21, section=BASICS, in_table=True,
              aliases=("学籍号", "全国学籍号", "学籍号码")),
        Field("stage", N_("Stage"), Kind.CHOICE, required=True, choices=c.STAGE, width=6,
              section=BASICS, in_table=True, aliases=("学段",)),
        Field("grade", N_("Grade"), Kind.INT, width=5, section=BASICS, in_table=True,
              minimum=1, maximum=9, aliases=("年级",)),
        Field("class_name", N_("Class"), width=6, section=BASICS, in_table=True,
              max_length=20, aliases=("班级", "班别", "班")),
        Field("boarder", N_("Boarder"), Kind.BOOL, width=5, section=BASICS, in_table=True,
              aliases=("是否寄宿", "寄宿生", "寄宿")),
        Field("enrolment", N_("Enrolment"), Kind.CHOICE, required=True, choices=c.ENROLMENT,
              width=6, section=BASICS, in_table=True, aliases=("就读状态", "学籍状态", "在校状态")),
        Field("phone", N_("Phone"), Kind.PHONE, validator=clean_phone, width=13,
              section=BASICS, sensitive=True, aliases=("联系电话", "电话", "手机", "手机号")),
        Field("village", N_("Village"), width=10, section=ADDRESS, in_table=True,
              max_length=60, aliases=("村", "行政村", "所在村")),
        Field("village_group", N_("Village group"), width=8, section=ADDRESS, max_length=30,
              aliases=("组", "村民小组", "社")),
        Field("address", N_("Address"), width=24, section=ADDRESS, max_length=200,
              aliases=("家庭住址", "住址", "家庭地址")),
        Field("household_registration", N_("Household registration"), width=16,
              section=ADDRESS, max_length=100, aliases=("户籍所在地", "户籍", "户口所在地")),
        Field("poverty_status", N_("Poverty status"), Kind.CHOICE, choices=c.POVERTY_STATUS,
              width=8, section=FAMILY, in_table=True, aliases=("贫困状态", "脱贫状态")),
        Field("poverty_cause", N_("Cause of poverty"), Kind.CHOICE, choices=c.POVERTY_CAUSE,
              width=8, section=FAMILY, aliases=("致贫原因", "主要致贫原因")),
        Field("poverty_register_no", N_("Poverty register number"), Kind.CODE, width=16,
              section=FAMILY, max_length=40, aliases=("建档立卡户编号", "户编号")),
        Field("responsible_cadre", N_("Responsible cadre"), width=8, section=FAMILY,
              max_length=40, aliases=("帮扶责任人",)),
        Field("cadre_phone", N_("Cadre's phone"), Kind.PHONE, validator=clean_phone,
              width=13, section=FAMILY, aliases=("帮扶责任人电话",)),
        Field("registered_poor", N_("Registered poor household"), Kind.BOOL, width=6,
              section=CATEGORIES, aliases=("建档立卡", "建档立卡贫困家庭", "是否建档立卡")),
        Field("dibao", N_("Minimum living allowance"), Kind.BOOL, width=5,
              section=CATEGORIES, aliases=("低保", "是否低保", "低保户")),
        Field("extreme_poverty_support", N_("Extreme poverty support"), Kind.BOOL, width=6,
              section=CATEGORIES, aliases=("特困供养", "特困")),
        Field("orphan", N_("Orphan"), Kind.BOOL, width=5, section=CATEGORIES,
              aliases=("孤儿", "是否孤儿")),
        Field("de_facto_unsupported", N_("De facto unsupported child"), Kind.BOOL, width=6,
              section=CATEGORIES, aliases=("事实无人抚养", "事实无人抚养儿童")),
        Field("disabled", N_("Disabled"), Kind.BOOL, width=5, section=CATEGORIES,
              aliases=("残疾", "是否残疾", "残疾学生")),
        Field("disability_level", N_("Disability level"), Kind.CHOICE,
              choices=c.DISABILITY_LEVEL, width=6, section=CATEGORIES,
              aliases=("残疾等级",)),
        Field("left_behind", N_("Left-behind child"), Kind.BOOL, width=5,
              section=CATEGORIES, in_table=True, aliases=("留守", "留守儿童", "是否留守")),
        Field("child_in_difficulty", N_("Child in difficulty"), Kind.BOOL, width=5,
              section=CATEGORIES, aliases=("困境儿童",)),
    ),
    sections=(BASICS, ADDRESS, FAMILY, CATEGORIES),
)

# Category flags whose changes are kept as dated history.
STUDENT_CATEGORY_KEYS = (
    "registered_poor",
    "dibao",
    "extreme_poverty_support",
    "orphan",
    "de_facto_unsupported",
    "disabled",
    "left_behind",
    "child_in_difficulty",
)
# Values whose every change is a dated history entry, not an overwrite.
STUDENT_HISTORY_KEYS = ("poverty_status", "enrolment", *STUDENT_CATEGORY_KEYS)

FAMILY_MEMBER = Catalogue(
    "family_member",
    (
        Field("name", N_("Name"), required=True, width=8, max_length=40),
        Field("relation", N_("Relation"), Kind.CHOICE, required=True, choices=c.RELATION,
              width=6),
        Field("birth_year", N_("Birth year"), Kind.INT, width=6, minimum=1900, maximum=2100),
        Field("health", N_("Health"), Kind.CHOICE, choices=c.HEALTH, width=6),
        Field("occupation", N_("Occupation"), width=8, max_length=40),
        Field("work_place", N_("Where they work"), width=12, max_length=80),
        Field("annual_income", N_("Annual income (yuan)"), Kind.MONEY, width=10),
    ),
)

GUARDIAN = Catalogue(
    "guardian",
    (
        Field("name", N_("Name"), required=True, width=8, max_length=40,
              aliases=("监护人", "监护人姓名")),
        Field("relation", N_("Relation"), Kind.CHOICE, required=True, choices=c.RELATION,
              width=6, aliases=("与学生关系", "监护人关系")),
        Field("id_number", N_("ID number"), Kind.ID_NUMBER, width=20,
              validator=clean_optional_id_number, sensitive=True,
              aliases=("监护人身份证号",)),
        Field("phone", N_("Phone"), Kind.PHONE, validator=clean_phone, width=13,
              sensitive=True, aliases=("监护人电话", "监护人联系电话")),
        Field("address", N_("Address"), width=24, max_length=200),
        Field("entrusted", N_("Entrusted guardian"), Kind.BOOL, width=6,
              aliases=("委托监护人",)),
    ),
)

TEACHER = Catalogue(
    "teacher",
    (
        Field("name", N_("Name"), required=True, width=8, in_table=True, max_length=40),
        Field("sex", N_("Sex"), Kind.CHOICE, choices=c.SEX, width=4, in_table=True),
        Field("phone", N_("Phone"), Kind.PHONE, validator=clean_phone, width=13, in_table=True),
        Field("subject", N_("Subject"), width=8, in_table=True, max_length=40),
        Field("role", N_("Role"), Kind.CHOICE, choices=c.TEACHER_ROLE, width=8, in_table=True),
        Field("active", N_("Active"), Kind.BOOL, width=5, in_table=True),
    ),
)

SCHOOL = Catalogue(
    "school",
    (
        Field("code", N_("School code"), Kind.CODE, required=True, width=12),
        Field("name", N_("School name"), required=True, width=16, max_length=60),
        Field("school_type", N_("School type"), Kind.CHOICE, required=True,
              choices=c.SCHOOL_TYPE, width=10),
        Field("township_code", N_("Township code"), Kind.CODE, width=12),
        Field("township_name", N_("Township"), width=12, max_length=60),
    ),
)
