"""The ledger's tables. Student, family member, guardian, teacher and school columns
come from the field catalogue; the rest are defined here."""

from __future__ import annotations

import peewee as pw

from fupin_desktop.db.base import JSONField, Local, Travelling, utcnow
from fupin_desktop.db.catalogue_fields import add_catalogue_columns
from fupin_desktop.db.privacy_models import Account, PurgeLog
from fupin_desktop.schema import catalogues as cat
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE


class School(Travelling):
    class Meta:
        table_name = "school"


add_catalogue_columns(School, cat.SCHOOL)
School._meta.fields["code"].unique = True
School._meta.fields["code"].index = True


class Installation(Local):
    """This copy of the program: one row, id 1."""

    id = pw.IntegerField(primary_key=True)
    instance_id = pw.CharField(max_length=36, unique=True)
    role = pw.CharField(max_length=16)  # school / township
    school = pw.ForeignKeyField(School, null=True, on_delete="RESTRICT")
    township_code = pw.CharField(max_length=12, default="")
    township_name = pw.CharField(max_length=60, default="")
    counter = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=utcnow)
    # The name this installation's edits go by in version vectors: the instance id, and
    # a new one after each restore from a backup (db/routes.py).
    actor = pw.CharField(max_length=36, default="")

    class Meta:
        table_name = "installation"


class Setting(Local):
    key = pw.CharField(primary_key=True, max_length=60)
    value = JSONField(null=True)

    class Meta:
        table_name = "setting"


class Teacher(Travelling):
    school = pw.ForeignKeyField(School, backref="teachers", on_delete="RESTRICT")

    class Meta:
        table_name = "teacher"


add_catalogue_columns(Teacher, cat.TEACHER)


class Student(Travelling):
    school = pw.ForeignKeyField(School, backref="students", on_delete="RESTRICT")
    # Kept up by the student service, for search as you type ("zs" finds 张三).
    name_pinyin = pw.CharField(default="", max_length=200)
    name_initials = pw.CharField(default="", max_length=40)

    class Meta:
        table_name = "student"
        indexes = (
            (("school", "deleted", "name_pinyin"), False),
            (("id_number",), False),
            (("student_no",), False),
            (("name_initials",), False),
        )


add_catalogue_columns(Student, cat.STUDENT)


class FamilyMember(Travelling):
    student = pw.ForeignKeyField(Student, backref="family_members", on_delete="RESTRICT")

    class Meta:
        table_name = "family_member"


add_catalogue_columns(FamilyMember, cat.FAMILY_MEMBER)


class Guardian(Travelling):
    student = pw.ForeignKeyField(Student, backref="guardians", on_delete="RESTRICT")

    class Meta:
        table_name = "guardian"


add_catalogue_columns(Guardian, cat.GUARDIAN)


class StatusHistory(Travelling):
    """A dated value of a status that changes over time (脱贫/返贫, enrolment, left-behind,
    each category): the student row holds the current value, this the timeline behind it."""

    student = pw.ForeignKeyField(Student, backref="status_history", on_delete="RESTRICT")
    kind = pw.CharField(max_length=40)  # schema.choices.STATUS_KIND
    value = pw.CharField(max_length=40)  # a choice code, or "true"/"false" for flags
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    note = pw.CharField(default="", max_length=200)
    # For a status that keeps aid until the stage ends (schema.needs): the last day of
    # that stage, computed when the status began (migration 0005).
    aid_until = pw.DateField(null=True)

    class Meta:
        table_name = "status_history"
        indexes = (
            (("student", "kind", "start_date"), False),
            # The values in force on a reference day, for every student at once.
            (("kind", "start_date"), False),
        )


class AidProgram(Travelling):
    code = pw.CharField(max_length=40, unique=True)  # schema.choices.AID_KIND or custom
    name = pw.CharField(max_length=60)
    funding_source = pw.CharField(default="", max_length=60)
    per_term = pw.BooleanField(default=True)  # paid each term (half the yearly amount)
    active = pw.BooleanField(default=True)
    note = pw.CharField(default="", max_length=200)
    # cash / meals / in_kind (schema.aid.PROVISION): only cash is owed to a child.
    provision = pw.CharField(default="cash", max_length=20)

    class Meta:
        table_name = "aid_program"


class AidStandard(Travelling):
    """Amount a year for a program, a stage and a condition, for a period of validity."""

    program = pw.ForeignKeyField(AidProgram, backref="standards", on_delete="RESTRICT")
    stage = pw.CharField(max_length=20)
    # Who is entitled: a code of schema.aid.CONDITION ("all", "needy", "boarder_needy" …).
    condition = pw.CharField(max_length=40, default="all")
    amount_fen = pw.IntegerField()  # a year
    valid_from = pw.DateField()
    valid_to = pw.DateField(null=True)
    province = pw.CharField(default="", max_length=20)

    class Meta:
        table_name = "aid_standard"


class AidPayment(Travelling):
    student = pw.ForeignKeyField(Student, backref="aid_payments", on_delete="RESTRICT")
    program = pw.ForeignKeyField(AidProgram, backref="payments", on_delete="RESTRICT")
    school_year = pw.CharField(max_length=9)  # "2024-2025"
    term = pw.IntegerField()  # 1 autumn, 2 spring
    amount_fen = pw.IntegerField()
    paid_on = pw.DateField()
    method = pw.CharField(default="", max_length=20)  # bank card, cash, meal
    funding_source = pw.CharField(default="", max_length=60)
    received_by = pw.CharField(default="", max_length=40)
    signed_by = pw.CharField(default="", max_length=40)
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "aid_payment"
        indexes = ((("student", "program", "school_year", "term"), False),)


class AidList(Travelling):
    """A term's list of who is entitled to what at one school (发放名单): prepared by
    the aid officer, confirmed by the principal, then never recomputed (不追溯、不补发)."""

    school = pw.ForeignKeyField(School, backref="aid_lists", on_delete="RESTRICT")
    school_year = pw.CharField(max_length=9)
    term = pw.IntegerField()
    reference_day = pw.DateField()
    province = pw.CharField(default="", max_length=20)
    state = pw.CharField(max_length=12, default="prepared")  # schema.aid.LIST_STATE
    prepared_by = pw.CharField(default="", max_length=40)
    prepared_on = pw.DateField()
    confirmed_by = pw.CharField(default="", max_length=40)
    confirmed_on = pw.DateField(null=True)

    class Meta:
        table_name = "aid_list"
        indexes = ((("school", "school_year", "term"), False),)


class AidListRow(Travelling):
    """One child and program on a term list, with what the sheet prints as it was on
    the list's day: the file may change afterwards, the list does not."""

    aid_list = pw.ForeignKeyField(AidList, backref="rows", on_delete="RESTRICT")
    student = pw.ForeignKeyField(Student, backref="aid_list_rows", on_delete="RESTRICT")
    program = pw.ForeignKeyField(AidProgram, backref="list_rows", on_delete="RESTRICT")
    standard_id = pw.CharField(default="", max_length=36)
    condition = pw.CharField(default="", max_length=40)
    yearly_fen = pw.IntegerField(default=0)
    amount_fen = pw.IntegerField()  # due this term; 0 for aid in kind
    provision = pw.CharField(default="cash", max_length=20)
    position = pw.IntegerField(default=0)  # the list's order
    student_name = pw.CharField(default="", max_length=40)
    sex = pw.CharField(default="", max_length=10)
    id_number = pw.CharField(default="", max_length=20)
    stage = pw.CharField(default="", max_length=20)
    grade = pw.IntegerField(null=True)
    class_name = pw.CharField(default="", max_length=20)
    boarder = pw.BooleanField(default=False)
    card_holder = pw.CharField(default="", max_length=40)
    card_number = pw.CharField(default="", max_length=30)

    class Meta:
        table_name = "aid_list_row"
        indexes = ((("aid_list", "program", "position"), False),)


class AidAdjustment(Travelling):
    """A correction to a confirmed list, with its reason: an amount added to (or taken
    off) what a child is due from a program that term."""

    aid_list = pw.ForeignKeyField(AidList, backref="adjustments", on_delete="RESTRICT")
    student = pw.ForeignKeyField(Student, backref="aid_adjustments", on_delete="RESTRICT")
    program = pw.ForeignKeyField(AidProgram, backref="adjustments", on_delete="RESTRICT")
    amount_fen = pw.IntegerField()
    reason = pw.CharField(max_length=200)
    made_by = pw.CharField(default="", max_length=40)
    made_on = pw.DateField()

    class Meta:
        table_name = "aid_adjustment"


class AidProvision(Travelling):
    """Meals or aid in kind provided to a class in a term (or on a number of days)."""

    school = pw.ForeignKeyField(School, backref="aid_provisions", on_delete="RESTRICT")
    program = pw.ForeignKeyField(AidProgram, backref="provisions", on_delete="RESTRICT")
    school_year = pw.CharField(max_length=9)
    term = pw.IntegerField()
    stage = pw.CharField(default="", max_length=20)
    grade = pw.IntegerField(null=True)
    class_name = pw.CharField(default="", max_length=20)
    days = pw.IntegerField(default=0)  # meal days served; 0 for the whole term
    provided_on = pw.DateField()
    recorded_by = pw.CharField(default="", max_length=40)
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "aid_provision"
        indexes = ((("school", "school_year", "term"), False),)


class Pairing(Travelling):
    teacher = pw.ForeignKeyField(Teacher, backref="pairings", on_delete="RESTRICT")
    student = pw.ForeignKeyField(Student, backref="pairings", on_delete="RESTRICT")
    kind = pw.CharField(max_length=20)  # one_to_one / one_to_many / proxy_parent
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    goals = pw.TextField(default="")
    measures = pw.TextField(default="")
    # Why it ended (handed over, child left school): the history a successor reads.
    end_reason = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "pairing"
        indexes = ((("teacher", "start_date"), False),)


class Visit(Travelling):
    # No single-column indexes on student, teacher and date: the composite indexes below
    # start with each of them and serve the same look-ups (and the foreign keys); every
    # index less makes bulk imports of visits faster (migration 0002).
    pairing = pw.ForeignKeyField(Pairing, null=True, backref="visits", on_delete="RESTRICT")
    teacher = pw.ForeignKeyField(Teacher, backref="visits", on_delete="RESTRICT", index=False)
    student = pw.ForeignKeyField(Student, backref="visits", on_delete="RESTRICT", index=False)
    visit_date = pw.DateField()
    method = pw.CharField(max_length=20)
    participants = pw.CharField(default="", max_length=200)
    living_conditions = pw.TextField(default="")
    child_state = pw.TextField(default="")
    family_needs = pw.TextField(default="")
    measures = pw.TextField(default="")
    outcome = pw.TextField(default="")
    parent_feedback = pw.TextField(default="")
    next_follow_up = pw.DateField(null=True, index=True)  # the due list looks them up

    class Meta:
        table_name = "visit"
        indexes = (
            # Wide enough that the reminder counts never read the rows (migration 0002).
            (("student", "visit_date", "method", "teacher", "deleted"), False),
            (("teacher", "visit_date"), False),
            # Covers "who was visited between two dates" (the coverage view) without
            # reading the rows themselves.
            (("visit_date", "student", "method", "deleted"), False),
        )


class LeftBehindProfile(Travelling):
    student = pw.ForeignKeyField(Student, backref="left_behind_profiles", on_delete="RESTRICT")
    parent_away = pw.CharField(max_length=20)  # father / mother / both / single_parent
    work_province = pw.CharField(default="", max_length=20)
    work_city = pw.CharField(default="", max_length=30)
    away_since = pw.DateField(null=True)
    father_phone = pw.CharField(default="", max_length=20)
    mother_phone = pw.CharField(default="", max_length=20)
    guardian_kind = pw.CharField(default="", max_length=20)  # grandparents/relative/other/none
    guardian_name = pw.CharField(default="", max_length=40)
    guardian_relation = pw.CharField(default="", max_length=20)
    guardian_phone = pw.CharField(default="", max_length=20)
    guardian_address = pw.CharField(default="", max_length=200)
    care_ability = pw.CharField(default="", max_length=20)
    guardianship_level = pw.CharField(default="", max_length=20)
    proxy_parent_phone = pw.CharField(default="", max_length=20)
    # Sensitive: later access rules restrict it; it does not travel by default.
    counselling_needs = pw.TextField(default="")
    start_date = pw.DateField()
    # The day left-behind status ended (a parent came home): not left behind from then on.
    end_date = pw.DateField(null=True)
    end_reason = pw.CharField(default="", max_length=200)
    # Other numbers of the contact card (联系卡): neighbours, village cadre, doctor.
    other_contacts = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "left_behind_profile"


# The 登记表 fields (migration 0003) come from the catalogue: parents, the child's health
# and 户口, the guardianship type, income sources and assistance received.
add_catalogue_columns(LeftBehindProfile, LEFT_BEHIND_PROFILE)


class DiaryEntry(Travelling):
    # Indexed by (student, entry_date, deleted) below.
    student = pw.ForeignKeyField(
        Student, backref="diary_entries", on_delete="RESTRICT", index=False
    )
    teacher = pw.ForeignKeyField(Teacher, backref="diary_entries", on_delete="RESTRICT")
    entry_date = pw.DateField(index=True)
    category = pw.CharField(max_length=20)  # study/daily_life/feelings/health/safety/family
    mood = pw.CharField(default="", max_length=20)
    # Sensitive: the child's feelings. Kept apart so access rules can restrict them.
    what_happened = pw.TextField(default="")
    what_done = pw.TextField(default="")
    follow_up = pw.TextField(default="")

    class Meta:
        table_name = "diary_entry"
        indexes = ((("student", "entry_date", "deleted"), False),)


class FamilyCall(Travelling):
    # Indexed by (student, call_date, deleted) below.
    student = pw.ForeignKeyField(Student, backref="family_calls", on_delete="RESTRICT", index=False)
    teacher = pw.ForeignKeyField(Teacher, null=True, backref="family_calls", on_delete="RESTRICT")
    call_date = pw.DateField(index=True)
    who_spoke = pw.CharField(default="", max_length=60)
    minutes = pw.IntegerField(default=0)
    notes = pw.TextField(default="")

    class Meta:
        table_name = "family_call"
        indexes = ((("student", "call_date", "deleted"), False),)


class ReminderRule(Travelling):
    """How often a paired or left-behind child must be seen (services.reminders).

    Rules are data: the township sends its rules down, a school may adjust them. The
    defaults have fixed ids, so the same rule made on two installations is one record.
    """

    code = pw.CharField(max_length=40, unique=True)
    applies_to = pw.CharField(max_length=20)  # paired / left_behind
    record = pw.CharField(max_length=20)  # visit / diary_entry / family_call
    methods = pw.CharField(default="", max_length=100)  # visit methods, comma separated
    period = pw.CharField(max_length=10)  # month / term
    min_count = pw.IntegerField()
    active = pw.BooleanField(default=True)
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "reminder_rule"


# --- institution duties (issue 13; docs/architecture.md, "Institution duties") ----------


class ActivityKind(Travelling):
    """A kind of duty (training, 送教下乡, 讲座 …): data, like the reminder rules. The
    defaults have fixed ids, so the same kind made on two installations is one record."""

    code = pw.CharField(max_length=40, unique=True)
    name = pw.CharField(max_length=60)  # English source of a default kind, or Chinese
    for_pairing = pw.BooleanField(default=False)  # done for an institution pairing
    training = pw.BooleanField(default=False)  # counts towards the training rate
    active = pw.BooleanField(default=True)
    sort = pw.IntegerField(default=0)

    class Meta:
        table_name = "activity_kind"


class InstitutionPairing(Travelling):
    """A school or kindergarten paired with another institution (城乡结对), kept in the
    ledger of the school it belongs to; the partner may be outside the township."""

    school = pw.ForeignKeyField(School, backref="institution_pairings", on_delete="RESTRICT")
    kind = pw.CharField(max_length=20)  # kindergarten / school
    partner_name = pw.CharField(max_length=100)
    role = pw.CharField(max_length=10)  # helped / helping
    contact = pw.CharField(default="", max_length=40)
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    plan = pw.TextField(default="")
    measures = pw.TextField(default="")
    summary = pw.TextField(default="")

    class Meta:
        table_name = "institution_pairing"


class Activity(Travelling):
    """A dated duty done: kind, people, hours or lessons, children or families reached."""

    school = pw.ForeignKeyField(School, backref="activities", on_delete="RESTRICT", index=False)
    kind = pw.CharField(max_length=40)  # ActivityKind.code
    activity_date = pw.DateField()
    institution_pairing = pw.ForeignKeyField(
        InstitutionPairing, null=True, backref="activities", on_delete="RESTRICT"
    )
    title = pw.CharField(max_length=100)
    place = pw.CharField(default="", max_length=100)
    level = pw.CharField(default="", max_length=20)  # training level
    hours = pw.IntegerField(null=True)
    lessons = pw.IntegerField(null=True)
    children_reached = pw.IntegerField(null=True)
    families_reached = pw.IntegerField(null=True)
    partner = pw.CharField(default="", max_length=100)
    content = pw.TextField(default="")
    summary = pw.TextField(default="")

    class Meta:
        table_name = "activity"
        indexes = ((("school", "activity_date", "kind"), False),)


class ActivityTeacher(Travelling):
    """A teacher who took part in an activity."""

    activity = pw.ForeignKeyField(Activity, backref="teachers", on_delete="RESTRICT")
    teacher = pw.ForeignKeyField(Teacher, backref="activities", on_delete="RESTRICT")

    class Meta:
        table_name = "activity_teacher"


class TrainingRecord(Travelling):
    """A teacher's training (国培/省培/市培/县培): the training rate counts these."""

    teacher = pw.ForeignKeyField(Teacher, backref="training_records", on_delete="RESTRICT")
    level = pw.CharField(max_length=20)
    course = pw.CharField(max_length=100)
    hours = pw.IntegerField(null=True)
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    certificate_no = pw.CharField(default="", max_length=40)
    organiser = pw.CharField(default="", max_length=100)

    class Meta:
        table_name = "training_record"


class Target(Travelling):
    """A rule of what a school or pairing must do in a period (services.activities.targets).
    Reference data: the township edits it and sends it down."""

    code = pw.CharField(max_length=40, unique=True)
    kind = pw.CharField(default="", max_length=40)  # ActivityKind.code; "" for the rate
    measure = pw.CharField(max_length=10)  # count / lessons / rate
    min_value = pw.IntegerField()
    period = pw.CharField(max_length=10)  # month / term / year
    per = pw.CharField(max_length=10)  # school / pairing
    active = pw.BooleanField(default=True)
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "target"


class MealRegister(Travelling):
    """Meals served to one class on one day (用餐登记台账). Which left-behind and needy
    children ate is kept by id; the others are counted. The id is derived from school,
    day, class and meal, so the same register kept twice is one record."""

    school = pw.ForeignKeyField(School, backref="meal_registers", on_delete="RESTRICT", index=False)
    meal_date = pw.DateField()
    grade = pw.IntegerField(null=True)
    class_name = pw.CharField(default="", max_length=20)
    meal = pw.CharField(default="lunch", max_length=10)
    enrolled = pw.IntegerField()
    served = pw.IntegerField()
    left_behind_served = pw.IntegerField(default=0)
    needy_served = pw.IntegerField(default=0)
    marked = JSONField(default=list)  # ids of the left-behind and needy children who ate
    absent = JSONField(default=list)  # ids of the children of the class who did not eat
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "meal_register"
        indexes = ((("school", "meal_date", "grade", "class_name"), False),)


class GrowthMeasurement(Travelling):
    """Height and weight of a child on a day; the BMI-for-age status is computed from
    them (WS/T 456-2014), not stored."""

    student = pw.ForeignKeyField(
        Student, backref="growth_measurements", on_delete="RESTRICT", index=False
    )
    measured_on = pw.DateField()
    height_mm = pw.IntegerField()
    weight_g = pw.IntegerField()
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "growth_measurement"
        indexes = ((("student", "measured_on"), False),)


# --- the school year (issue 11; docs/architecture.md, "The school year") ---------------


class Assessment(Travelling):
    """家庭经济困难学生认定 of one child for one school year (schema.schoolyear)."""

    student = pw.ForeignKeyField(Student, backref="assessments", on_delete="RESTRICT")
    school_year = pw.CharField(max_length=9)
    level = pw.CharField(max_length=20)  # schema.schoolyear.LEVEL
    reasons = JSONField(default=list)  # schema.schoolyear.REASON codes
    reason_text = pw.CharField(default="", max_length=200)
    assessed_on = pw.DateField(null=True)
    review_date = pw.DateField(null=True)
    review_participants = pw.CharField(default="", max_length=200)
    notice_start = pw.DateField(null=True)
    notice_end = pw.DateField(null=True)
    objection = pw.BooleanField(default=False)
    objection_settlement = pw.CharField(default="", max_length=200)
    decision = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "assessment"
        indexes = ((("student", "school_year"), False),)


class Departure(Travelling):
    """A child who left the school (graduated, transferred out, dropped out): where to,
    and whether the receiving school confirmed it (控辍保学)."""

    student = pw.ForeignKeyField(Student, backref="departures", on_delete="RESTRICT")
    left_on = pw.DateField()
    reason = pw.CharField(max_length=20)  # graduate / transfer_out / drop_out / suspend
    to_school = pw.ForeignKeyField(
        School, null=True, backref="arrivals", on_delete="RESTRICT", index=False
    )
    to_place = pw.CharField(default="", max_length=100)
    confirmed_on = pw.DateField(null=True)
    follow_up_owner = pw.CharField(default="", max_length=40)
    follow_up_date = pw.DateField(null=True)
    note = pw.CharField(default="", max_length=200)
    # Handover within the township (the handover migration): the receiving school chosen from the
    # township's schools by code (a school's ledger holds no other school's record), and
    # what became of the offer, written by the township when the receiving school's
    # decision reaches it (schema.schoolyear.HANDOVER_STATE).
    to_school_code = pw.CharField(default="", max_length=10)
    to_school_name = pw.CharField(default="", max_length=60)
    handover_state = pw.CharField(default="", max_length=12)
    handover_on = pw.DateField(null=True)
    handover_note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "departure"


class MigrantChild(Travelling):
    """A school-age child of the township's poor households who studies elsewhere with
    the parents (进城务工随迁子女): where, and whether aid is confirmed there."""

    school = pw.ForeignKeyField(School, backref="migrant_children", on_delete="RESTRICT")
    name = pw.CharField(max_length=40)
    id_number = pw.CharField(default="", max_length=18)
    household = pw.CharField(default="", max_length=100)  # village and head of household
    studies_at = pw.CharField(default="", max_length=100)
    place = pw.CharField(default="", max_length=100)
    aid_confirmed = pw.BooleanField(null=True)
    follow_up_owner = pw.CharField(default="", max_length=40)
    follow_up_date = pw.DateField(null=True)
    note = pw.CharField(default="", max_length=200)

    class Meta:
        table_name = "migrant_child"


class TownshipSchool(Travelling):
    """One school of the township, as the township lists them for every school's ledger
    (reference data: the township keeps it from its school records and sends it down),
    so that a school can name the receiving school of a child it hands over."""

    code = pw.CharField(max_length=10, unique=True)
    name = pw.CharField(max_length=60)
    school_type = pw.CharField(default="", max_length=20)
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "township_school"


class Handover(Travelling):
    """A child offered to this (the receiving) school by another school of the township
    (交接): made by the township from the sending school's departure, decided here. The
    sending school's records stay there; accepting makes a file here linked by ID number
    (docs/architecture.md, "The school year")."""

    school = pw.ForeignKeyField(School, backref="handovers", on_delete="RESTRICT")
    departure_id = pw.CharField(max_length=36)  # the sending school's departure
    from_student_id = pw.CharField(max_length=36)  # the child's file at the sending school
    from_school_code = pw.CharField(max_length=10)
    from_school_name = pw.CharField(default="", max_length=60)
    student_name = pw.CharField(max_length=40)
    id_number = pw.CharField(default="", max_length=20)
    reason = pw.CharField(max_length=20)  # graduate / transfer_out
    left_on = pw.DateField()
    from_stage = pw.CharField(default="", max_length=20)
    from_grade = pw.IntegerField(null=True)
    from_class = pw.CharField(default="", max_length=20)
    to_stage = pw.CharField(default="", max_length=20)
    to_grade = pw.IntegerField(null=True)
    offered_on = pw.DateField()
    # Written by the township: the sending school chose another school, or took it back.
    withdrawn = pw.BooleanField(default=False)
    # Written by the receiving school: offered / accepted / refused, when, who, why.
    state = pw.CharField(default="offered", max_length=12)
    decided_on = pw.DateField(null=True)
    decided_by = pw.CharField(default="", max_length=40)
    note = pw.CharField(default="", max_length=200)
    student = pw.ForeignKeyField(
        Student, null=True, backref="handovers", on_delete="RESTRICT", index=False
    )

    class Meta:
        table_name = "handover"
        indexes = ((("school", "state"), False), (("departure_id",), False))


class HandoverItem(Travelling):
    """One record of a handed-over child's file, as the sending school kept it: its
    values (stored form) by column, and apart from them the texts that stay at school
    unless the setting lets them travel (schema.schoolyear.HANDOVER_ITEM)."""

    handover = pw.ForeignKeyField(Handover, backref="items", on_delete="RESTRICT")
    kind = pw.CharField(max_length=40)  # the table the record came from
    source_id = pw.CharField(max_length=36)
    day = pw.DateField(null=True)  # the record's date, for reading in order
    teacher_name = pw.CharField(default="", max_length=40)
    content = JSONField(default=dict)
    school_text = pw.TextField(default="")  # JSON text of the stays-at-school fields

    class Meta:
        table_name = "handover_item"


class ConflictLog(Local):
    """The losing version of a concurrent edit, kept for a person to review and restore."""

    id = pw.AutoField()
    table = pw.CharField(max_length=40)
    record_id = pw.CharField(max_length=36, index=True)
    winner = JSONField()
    loser = JSONField()
    package_id = pw.CharField(default="", max_length=36)
    logged_at = pw.DateTimeField(default=utcnow)
    resolved = pw.BooleanField(default=False)
    resolution = pw.CharField(default="", max_length=20)
    # When it was resolved: retention clears resolved rows some days later (the
    # accounts_privacy migration).
    resolved_at = pw.DateTimeField(null=True)
    # {column: "ours" | "theirs"}: the fields edited on both sides, and which side's edit
    # won each (sync/fields.py); empty for a conflict logged before field-level merge.
    fields = JSONField(default=dict)
    # The persons of this ledger's version and of the package's (their `changed_by`
    # when it was logged: the changed_by migration); "" when not known.
    here_by = pw.CharField(default="", max_length=40)
    there_by = pw.CharField(default="", max_length=40)

    class Meta:
        table_name = "conflict_log"


class PackageLedger(Local):
    """Every sync package written or read: what it was, from whom, what it held."""

    package_id = pw.CharField(primary_key=True, max_length=36)
    direction = pw.CharField(max_length=4)  # out / in
    sender_instance = pw.CharField(max_length=36)
    sender_role = pw.CharField(max_length=16)
    school_code = pw.CharField(default="", max_length=10)
    township_code = pw.CharField(default="", max_length=12)
    sequence = pw.IntegerField()
    created_at = pw.DateTimeField()
    processed_at = pw.DateTimeField(default=utcnow)
    content_sha256 = pw.CharField(max_length=64)
    counts = JSONField(default=dict)
    acknowledged = pw.BooleanField(default=False)
    file_name = pw.CharField(default="", max_length=260)
    # The head of the sender's audit chain the package carried (services/audit.py).
    audit_seq = pw.IntegerField(null=True)
    audit_sha256 = pw.CharField(default="", max_length=64)

    class Meta:
        table_name = "package_ledger"


class AuditLog(Local):
    """Who read or changed personal data, when, what and why: one row an event, each
    chained to the one before by SHA-256 (services/audit.py). `id` is the sequence."""

    id = pw.AutoField()
    at = pw.DateTimeField(default=utcnow, index=True)
    actor = pw.CharField(max_length=40)
    role = pw.CharField(max_length=20)
    action = pw.CharField(max_length=40)
    table = pw.CharField(default="", max_length=40)
    record_id = pw.CharField(default="", max_length=36)
    details = pw.TextField(default="")
    # Audit log v2 (the accounts_privacy migration): the account, the fields changed
    # (names only), the reason a person gave, and the chain.
    account_id = pw.CharField(default="", max_length=36)
    fields = pw.TextField(default="")
    reason = pw.TextField(default="")
    prev_hash = pw.CharField(default="", max_length=64)
    hash = pw.CharField(default="", max_length=64)

    class Meta:
        table_name = "audit_log"


TRAVELLING_MODELS: tuple[type[Travelling], ...] = (
    School,
    Teacher,
    Student,
    FamilyMember,
    Guardian,
    StatusHistory,
    AidProgram,
    AidStandard,
    AidPayment,
    AidList,
    AidListRow,
    AidAdjustment,
    AidProvision,
    Pairing,
    Visit,
    LeftBehindProfile,
    DiaryEntry,
    FamilyCall,
    ReminderRule,
    ActivityKind,
    Target,
    InstitutionPairing,
    Activity,
    ActivityTeacher,
    TrainingRecord,
    MealRegister,
    GrowthMeasurement,
    Assessment,
    Departure,
    MigrantChild,
    TownshipSchool,
    Handover,
    HandoverItem,
)
LOCAL_MODELS = (Installation, Setting, ConflictLog, PackageLedger, AuditLog, Account, PurgeLog)
ALL_MODELS = (*TRAVELLING_MODELS, *LOCAL_MODELS)
