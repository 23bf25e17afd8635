"""Demo data: a whole township's ledger, realistic enough to try every screen on, and the
same every time for the same seed (tests, benchmarks and screenshots rely on that).

Everything is written in one transaction through the one bulk writer (db/bulk.py,
executemany): one save() per row would take minutes for 50,000 students
(docs/architecture.md). The version vector is still kept the one way the
ledger keeps it: edit numbers are taken from the installation counter a batch at a time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.bulk import Rows, sql_value
from fupin_desktop.db.models import (
    FamilyMember,
    Guardian,
    School,
    StatusHistory,
    Student,
    Teacher,
)
from fupin_desktop.demo import accounts as demo_accounts
from fupin_desktop.demo import data
from fupin_desktop.demo.care import CareBuilder
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.pinyin import name_pinyin
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.needs import KEEPS_AID_TO_STAGE_END, NEEDY_FLAGS, stage_end
from fupin_desktop.schema.schoolyear import GRADE_RANGE
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.accounts import has_accounts
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.services.installation import InstallationInfo
from fupin_desktop.terms import YEAR_START
from fupin_desktop.validation import id_check_digit

MAX_STUDENTS = 50_000
MAX_SCHOOLS = len(data.TOWNSHIP_PLAN) + len(data.EXTRA_VILLAGES)
# Students generated, inserted and checked for cancellation at a time: big enough for
# executemany to pay, small enough that cancel answers within a fraction of a second.
BATCH = 2_000
CLASS_SIZE = 45  # the national upper limit of a primary class
# Page cache while the demo's care records are written (negative: KiB).
CARE_CACHE_KIB = -131072

DEMO_TOWNSHIP = installation.SetupForm(
    role="township", township_code="430123101", township_name="柳塘镇"
)
DEFAULT_COUNTY = "430123"


def first_grade(stage: str) -> int:
    """The first grade of a stage in the one grade convention (junior grades are 7–9)."""
    return GRADE_RANGE.get(stage, (1, 1))[0]


_PROGRESS = N_("Generating demo data: {done} of {total} students")

# Age on 1 September of the school year = base + grade (primary grade 1: 6 years old).
_BASE_AGE = {"preschool": 2, "primary": 5, "junior": 5}  # junior grades are 7–9

# Relative size of a school of each type, for schools that are not in the plan.
_TYPE_WEIGHT = {
    "complete_primary": 9.0,
    "lower_primary": 3.0,
    "teaching_point": 0.7,
    "kindergarten": 5.0,
    "junior_middle": 12.0,
    "nine_year": 15.0,
}


@dataclass
class DemoSummary:
    schools: int
    teachers: int
    students: int
    family_members: int
    guardians: int
    history: int
    # Pairing and care (services/demo_care.py).
    pairings: int = 0
    visits: int = 0
    diary_entries: int = 0
    family_calls: int = 0
    profiles: int = 0
    # The school's duties (demo/duties.py).
    activities: int = 0
    meal_registers: int = 0
    measurements: int = 0
    aid_payments: int = 0
    # One account per role with a known PIN, on a ledger that had none (demo/accounts.py):
    # (name, role, PIN).
    accounts: list[tuple[str, str, str]] = field(default_factory=list)


def generate(
    actor: Actor,
    *,
    schools: int = 9,
    students: int = 2000,
    seed: int = 1,
    report: Report = no_report,
    cancel: CancelToken | None = None,
    as_of: dt.date | None = None,
    care: bool = True,
    aid: bool = True,
    assess: bool = True,
) -> tuple[DemoSummary, Changes]:
    """Fill the ledger with demo schools, teachers and students, all or nothing.

    An installation not yet set up becomes the township 柳塘镇. A township gets up to
    `schools` schools of its plan; a school installation gets every student itself.
    `as_of` is the day the ledger is "today" (ages, school year, history dates).
    """
    _check_arguments(schools, students)
    as_of = as_of or dt.date.today()
    changes = Changes(tables={"teacher", "student", "family_member", "guardian", "status_history"})
    with database.atomic():
        info = installation.current()
        if info is None:
            changes.merge(installation.initialise(actor, DEMO_TOWNSHIP).changes)
            info = installation.current()
            assert info is not None
        builder = _Builder(seed, info, as_of)
        summary = builder.run(schools, students, report, cancel)
        if care:
            _add_care(summary, seed, as_of, builder.now, changes)
        if aid:
            from fupin_desktop.demo.aid import add_aid

            summary.aid_payments = add_aid(actor, seed, as_of).payments
            for table in ("aid_list", "aid_list_row", "aid_adjustment", "aid_payment"):
                changes.touch(table)
            changes.touch("aid_provision")
        if assess:
            from fupin_desktop.demo.assessments import add_assessments

            add_assessments(seed, as_of, builder.new_id, builder.now)
            changes.touch("assessment")
        if builder.tables[School].written:
            changes.touch("school")
        audit.record(actor, "demo_data", details=f"seed={seed} students={summary.students}")
        if not has_accounts():
            summary.accounts = demo_accounts.create(as_of)
            changes.touch("account")
    report(1.0, tr(_PROGRESS).format(done=students, total=students))
    return summary, changes


def _add_care(summary: DemoSummary, seed: int, as_of: dt.date, now: str, changes: Changes) -> None:
    """Pairings, visits, diaries and calls for the students of this run."""
    # Hundreds of thousands of rows go into tables with several indexes each: a bigger
    # page cache for this one transaction halves the time (measured: 91 s -> 57 s for
    # 50,000 students); the connection's own size comes back afterwards.
    previous = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql(f"PRAGMA cache_size = {CARE_CACHE_KIB}")
    try:
        care = CareBuilder(seed, as_of, Rows, _uuid4, now).run()
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(previous)}")
    summary.pairings = care.pairings
    summary.visits = care.visits
    summary.diary_entries = care.diary_entries
    summary.family_calls = care.family_calls
    summary.profiles = care.profiles
    for table in ("pairing", "visit", "diary_entry", "family_call", "left_behind_profile"):
        changes.touch(table)
    _add_duties(summary, seed, as_of, now, changes)


def _add_duties(
    summary: DemoSummary, seed: int, as_of: dt.date, now: str, changes: Changes
) -> None:
    """The school's duties (demo/duties.py) of the schools that got students in this run."""
    from fupin_desktop.demo.duties import DutiesBuilder

    schools = [
        row[0]
        for row in database.execute_sql(
            "SELECT DISTINCT school_id FROM student WHERE created_at = ?", (now,)
        )
    ]
    duties = DutiesBuilder(seed, as_of, Rows, _uuid4, now).run(schools)
    summary.activities = duties.activities
    summary.meal_registers = duties.meal_registers
    summary.measurements = duties.measurements
    for table in ("activity", "activity_teacher", "institution_pairing", "training_record",
                  "meal_register", "growth_measurement", "teacher", "activity_kind"):  # fmt: skip
        changes.touch(table)


def _check_arguments(schools: int, students: int) -> None:
    if students < 0 or students > MAX_STUDENTS:
        raise ValidationError(
            N_("The demo ledger can have 0 to {limit} students."),
            field="students",
            limit=MAX_STUDENTS,
        )
    if schools < 1 or schools > MAX_SCHOOLS:
        raise ValidationError(
            N_("The demo township can have 1 to {limit} schools."),
            field="schools",
            limit=MAX_SCHOOLS,
        )


# --- small tools --------------------------------------------------------------------


class _Weighted:
    """A weighted choice with the cumulative weights computed once (hot loops)."""

    def __init__(self, pairs: Iterable[tuple[Any, float]]) -> None:
        items = list(pairs)
        self.items = [item for item, _ in items]
        self.cumulative = list(itertools.accumulate(weight for _, weight in items))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cumulative, rng.random() * self.total)]


def _uuid4(rng: random.Random) -> str:
    """A version-4 UUID from `rng`, so the same seed gives the same ids (uuid.UUID(int=...,
    version=4) does the same, three times slower)."""
    n = rng.getrandbits(128)
    n = (n & ~(0xF000 << 64) & ~(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` in proportion to `weights`, whole numbers that add up exactly
    (largest remainder)."""
    if total == 0 or not weights:
        return [0] * len(weights)
    scale = total / sum(weights)
    shares = [w * scale for w in weights]
    counts = [math.floor(s) for s in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


# --- the plan of the township ---------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """A school that receives demo students."""

    id: str
    name: str
    school_type: str
    weight: float
    village: str
    grades: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class _Slot:
    """One student's place: school, stage, grade and class."""

    school: _Target
    stage: str
    grade: int
    class_name: str


@dataclass(slots=True)
class _Child:
    """The facts of one generated student that its family and history depend on."""

    id: str
    sex: str
    surname: str
    birth: dt.date
    slot: _Slot
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


def _grades_for(school_type: str, rng: random.Random) -> tuple[tuple[str, int], ...]:
    primary = tuple(("primary", g) for g in range(1, 7))
    match school_type:
        case "kindergarten":
            return tuple(("preschool", g) for g in range(1, 4))
        case "lower_primary":
            # 初小: some keep pupils to grade 3, some to grade 4.
            return primary[: rng.choice((3, 4))]
        case "teaching_point":
            return primary[:3]
        case "junior_middle":
            return tuple(("junior", g) for g in range(7, 10))
        case "nine_year":
            return primary + tuple(("junior", g) for g in range(7, 10))
        case _:
            return primary


def _planned_school(index: int) -> data.PlannedSchool:
    if index < len(data.TOWNSHIP_PLAN):
        return data.TOWNSHIP_PLAN[index]
    extra = index - len(data.TOWNSHIP_PLAN)
    village = data.EXTRA_VILLAGES[extra]
    suffix, school_type, weight = data.EXTRA_SCHOOL_KINDS[extra % len(data.EXTRA_SCHOOL_KINDS)]
    return data.PlannedSchool(f"{village}{suffix}", school_type, weight, f"{village}村")


# --- the builder ----------------------------------------------------------------------


class _Builder:
    def __init__(self, seed: int, info: InstallationInfo, as_of: dt.date) -> None:
        self.rng = random.Random(seed)
        # The categories, statuses and cards of issue 10 from a stream of their own, so
        # the rest of the demo stays what it was.
        self.aid_rng = random.Random(f"demo-aid-{seed}")
        # Ids from a stream of their own: content stays the same if a table is added.
        self.id_rng = random.Random(f"demo-ids-{seed}")
        self.info = info
        self.as_of = as_of
        self.school_year = as_of.year if (as_of.month, as_of.day) >= YEAR_START else as_of.year - 1
        self.needy_keys = NEEDY_FLAGS
        code = info.township_code
        self.county = code[:6] if code[:6].isdigit() and len(code) >= 6 else DEFAULT_COUNTY
        self.now = sql_value(utcnow())
        self.tables = {
            model: Rows(model)
            for model in (School, Teacher, Student, FamilyMember, Guardian, StatusHistory)
        }
        self.used_ids = self._existing_id_numbers()
        self.surnames = _Weighted(data.SURNAMES)
        self.areas = _Weighted(data.AREA_CODES)
        self.work_places = _Weighted(data.WORK_PLACES)
        self.villages: list[str] = list(data.VILLAGES)
        self.cadres: dict[str, list[tuple[str, str]]] = {}

    @staticmethod
    def _existing_id_numbers() -> set[str]:
        used = {n for (n,) in Student.select(Student.id_number).tuples()}
        used |= {n for (n,) in Guardian.select(Guardian.id_number).tuples() if n}
        return used

    def new_id(self) -> str:
        return _uuid4(self.id_rng)

    def run(
        self, schools: int, students: int, report: Report, cancel: CancelToken | None
    ) -> DemoSummary:
        targets = self.targets(schools)
        slots = self.slots(targets, students)
        teachers = self.teachers(targets, slots)
        self.flush(School, Teacher)
        report(0.02, tr(_PROGRESS).format(done=0, total=students))
        for start in range(0, len(slots), BATCH):
            if cancel is not None:
                cancel.check()
            for slot in slots[start : start + BATCH]:
                self.student(slot)
            self.flush(Student, FamilyMember, Guardian, StatusHistory)
            done = min(start + BATCH, len(slots))
            text = tr(_PROGRESS).format(done=done, total=students)
            report(0.02 + 0.97 * done / students, text)
        if cancel is not None:
            cancel.check()
        t = self.tables
        return DemoSummary(
            schools=len(targets),
            teachers=teachers,
            students=t[Student].written,
            family_members=t[FamilyMember].written,
            guardians=t[Guardian].written,
            history=t[StatusHistory].written,
        )

    def flush(self, *models: type[pw.Model]) -> None:
        # Parents before children: foreign keys are checked at once, not at commit.
        for model in models:
            self.tables[model].flush(self.now)

    # --- schools, classes and teachers ---

    def targets(self, count: int) -> list[_Target]:
        if not self.info.is_township:
            school_type = self.info.school_type
            grades = _grades_for(school_type, self.rng)
            weight = _TYPE_WEIGHT.get(school_type, 1.0)
            assert self.info.school_id is not None
            return [
                _Target(self.info.school_id, self.info.school_name, school_type, weight, "", grades)
            ]
        return [t for t in (self.township_school(i) for i in range(count)) if t is not None]

    def township_school(self, index: int) -> _Target | None:
        plan = _planned_school(index)
        code = f"{self.county}00{index + 1:02d}"
        if plan.village and plan.village not in self.villages:
            self.villages.append(plan.village)
        existing = School.get_or_none(School.code == code)
        if existing is not None:
            # A school the township already has keeps its name and type; one that was
            # deleted gets no demo pupils.
            if existing.deleted:
                return None
            grades = _grades_for(existing.school_type, self.rng)
            return _Target(
                existing.id, existing.name, existing.school_type, plan.weight, plan.village, grades
            )
        target = _Target(
            self.new_id(),
            plan.name,
            plan.school_type,
            plan.weight,
            plan.village,
            _grades_for(plan.school_type, self.rng),
        )
        self.tables[School].add(
            {
                "id": target.id,
                "code": code,
                "name": plan.name,
                "school_type": plan.school_type,
                "township_code": self.info.township_code,
                "township_name": self.info.township_name,
            }
        )
        return target

    def slots(self, targets: list[_Target], students: int) -> list[_Slot]:
        slots: list[_Slot] = []
        per_school = allocate(students, [t.weight for t in targets])
        for target, count in zip(targets, per_school, strict=True):
            # Grades differ a little in size, as real cohorts do.
            weights = [self.rng.uniform(0.85, 1.15) for _ in target.grades]
            for (stage, grade), size in zip(target.grades, allocate(count, weights), strict=True):
                classes = max(1, math.ceil(size / CLASS_SIZE))
                for i in range(size):
                    slots.append(_Slot(target, stage, grade, f"{i % classes + 1}班"))
        return slots

    def teachers(self, targets: list[_Target], slots: list[_Slot]) -> int:
        pupils = {t.id: 0 for t in targets}
        classes: dict[str, set[tuple[str, int, str]]] = {t.id: set() for t in targets}
        for slot in slots:
            pupils[slot.school.id] += 1
            classes[slot.school.id].add((slot.stage, slot.grade, slot.class_name))
        count = 0
        for target in targets:
            if Teacher.select().where(Teacher.school == target.id).exists():
                continue  # a school that has its staff keeps it
            size = min(30, max(2, math.ceil(pupils[target.id] / 16)))
            led = sorted(classes[target.id], key=lambda c: (c[1], c[2]))
            for role in _teacher_roles(size, len(classes[target.id])):
                row = self.teacher(target, role)
                if role == "head_teacher" and led:
                    # Each head teacher leads a class: its number goes on the contact card.
                    _, row["head_grade"], row["head_class"] = led.pop(0)
                self.tables[Teacher].add(row)
                count += 1
        return count

    def teacher(self, target: _Target, role: str) -> dict[str, Any]:
        rng = self.rng
        sex = "female" if rng.random() < 0.6 else "male"
        subjects = {
            "kindergarten": data.SUBJECTS_PRESCHOOL,
            "junior_middle": data.SUBJECTS_JUNIOR,
        }.get(target.school_type, data.SUBJECTS_PRIMARY)
        return {
            "id": self.new_id(),
            "school_id": target.id,
            "name": self.adult_name(self.surnames.pick(rng), sex),
            "sex": sex,
            "phone": self.mobile(),
            # Head teachers mostly teach Chinese or maths, the subjects with the most hours.
            "subject": rng.choice(subjects[:2] if role == "head_teacher" else subjects),
            "role": role,
            "active": 1,
        }

    # --- people ---

    def given_name(self, pool: str, two: float) -> str:
        rng = self.rng
        if rng.random() < two:
            return rng.choice(pool) + rng.choice(pool)
        return rng.choice(pool)

    def child_name(self, surname: str, sex: str) -> str:
        pool = data.CHILD_MALE if sex == "male" else data.CHILD_FEMALE
        return surname + self.given_name(pool, 0.85)

    def adult_name(self, surname: str, sex: str) -> str:
        pool = data.ADULT_MALE if sex == "male" else data.ADULT_FEMALE
        return surname + self.given_name(pool, 0.6)

    def elder_name(self, surname: str, sex: str) -> str:
        pool = data.ELDER_MALE if sex == "male" else data.ELDER_FEMALE
        return surname + self.given_name(pool, 0.5)

    def mobile(self) -> str:
        return self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"

    def id_number(self, birth: dt.date, sex: str) -> str:
        """A GB 11643 number for this birth date and sex, unique in the ledger."""
        rng = self.rng
        odd = 1 if sex == "male" else 0  # the 17th digit is odd for men and boys
        area = self.areas.pick(rng)
        for attempt in range(1, 1000):
            if attempt % 50 == 0:
                # 500 numbers a day and area: a crowded birthday moves to another area.
                area = self.areas.pick(rng)
            first17 = f"{area}{birth:%Y%m%d}{rng.randrange(100):02d}{rng.randrange(5) * 2 + odd}"
            number = first17 + id_check_digit(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number
        raise RuntimeError(f"no free ID number for {birth}")

    def day_between(self, low: dt.date, high: dt.date) -> dt.date:
        if high <= low:
            return low
        return dt.date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def birth_date(self, stage: str, grade: int) -> dt.date:
        # Children start school at six by 31 August; a few started late or repeated a year.
        age = _BASE_AGE[stage] + grade + (1 if self.rng.random() < 0.06 else 0)
        first = dt.date(self.school_year - age - 1, *YEAR_START)
        born_by = dt.date(self.school_year - age, *YEAR_START) - dt.timedelta(days=1)
        return self.day_between(first, born_by)

    def cadre(self, village: str) -> tuple[str, str]:
        """The village's responsible cadres (帮扶责任人): a few people, many households."""
        if village not in self.cadres:
            self.cadres[village] = [
                (self.adult_name(self.surnames.pick(self.rng), "male"), self.mobile())
                for _ in range(4)
            ]
        return self.rng.choice(self.cadres[village])

    # --- one student, with family, guardians and history ---

    def student(self, slot: _Slot) -> None:
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

    def child(self, slot: _Slot) -> _Child:
        rng = self.rng
        sex = "male" if rng.random() < 0.52 else "female"
        school = slot.school
        if school.village and rng.random() < 0.75:
            village = school.village
        else:
            village = rng.choice(self.villages)
        group = f"{rng.randint(1, 12)}组"
        child = _Child(
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

    def categories(self, child: _Child) -> None:
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

    def poverty(self, child: _Child) -> None:
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

    def student_row(self, child: _Child) -> dict[str, Any]:
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

    def family(self, child: _Child) -> list[dict[str, Any]]:
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

    def parent(self, child: _Child, relation: str, year: int) -> dict[str, Any]:
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

    def grandparent(self, child: _Child, relation: str, father_year: int) -> dict[str, Any]:
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

    def sibling(self, child: _Child) -> dict[str, Any]:
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

    def guardians(self, child: _Child, members: list[dict[str, Any]]) -> list[dict[str, Any]]:
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

    def guardian_row(
        self, child: _Child, member: dict[str, Any], entrusted: bool
    ) -> dict[str, Any]:
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

    # --- dated history ---

    def history(self, child: _Child) -> list[dict[str, Any]]:
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        entries += self.enrolment_history(child)
        entries += self.poverty_history(child)
        entries += self.placement_history(child)
        started = self.stage_started(child)
        for key, value in child.flags.items():
            # Every flag is dated, false ones too (services/aid/history.py).
            if value:
                entries.append((key, "true", self.flag_start(child, key), None))
            else:
                entries.append((key, "false", started, None))
        slot = child.slot
        return [
            {
                "id": self.new_id(),
                "student_id": child.id,
                "kind": kind,
                "value": value,
                "start_date": start.isoformat(),
                "end_date": end.isoformat() if end else None,
                "aid_until": (
                    stage_end(slot.stage, slot.grade, self.as_of).isoformat()
                    if kind == "poverty_status" and value in KEEPS_AID_TO_STAGE_END
                    else None
                ),
            }
            for kind, value, start, end in entries
        ]

    def stage_started(self, child: _Child) -> dt.date:
        slot = child.slot
        return dt.date(self.school_year - (slot.grade - first_grade(slot.stage)), *YEAR_START)

    def placement_history(self, child: _Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        """Stage, grade and boarding, dated: a grade a school year back to the start of
        the stage, and the stage before it where the child changed stage last year."""
        slot = child.slot
        started = self.stage_started(child)
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        before = {"junior": ("primary", 6), "primary": ("preschool", 3)}.get(slot.stage)
        if slot.grade == first_grade(slot.stage) and before is not None:
            last_year = dt.date(self.school_year - 1, *YEAR_START)
            entries += [
                ("stage", before[0], last_year, started),
                ("grade", str(before[1]), last_year, started),
            ]
        entries.append(("stage", slot.stage, started, None))
        for year in range(slot.grade - first_grade(slot.stage) + 1):
            first = dt.date(self.school_year - year, *YEAR_START)
            end = None if year == 0 else dt.date(self.school_year - year + 1, *YEAR_START)
            entries.append(("grade", str(slot.grade - year), first, end))
        entries.append(("boarder", "true" if child.boarder else "false", started, None))
        return entries

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

    def enrolment_history(self, child: _Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        started = self.stage_started(child)
        if child.enrolment == "enrolled":
            return [("enrolment", "enrolled", started, None)]
        year_start = dt.date(self.school_year, *YEAR_START)
        changed = self.day_between(max(started, year_start), self.as_of)
        return [
            ("enrolment", "enrolled", started, changed),
            ("enrolment", child.enrolment, changed, None),
        ]

    def register(self, child: _Child) -> None:
        """The household's 建档立卡 (from 2014) and 脱贫 (after a year-end check, 2016 to
        2020); a child born later joined the household's file at birth."""
        household = self.day_between(dt.date(2014, 4, 1), dt.date(2016, 12, 31))
        year = self.rng.randint(max(2016, household.year), 2020)
        low = max(dt.date(year, 11, 1), household + dt.timedelta(days=1))
        child.lifted = self.day_between(low, dt.date(year, 12, 31))
        child.registered = max(child.birth, household)

    def poverty_history(self, child: _Child) -> list[tuple[str, str, dt.date, dt.date | None]]:
        status = child.poverty_status
        if status == "none":
            return []
        if status == "monitored_marginal":
            low = max(child.birth, dt.date(2020, 3, 1))
            day = self.day_between(low, self.as_of)
            return [("poverty_status", status, day, None)]
        registered = child.registered or child.birth
        lifted = child.lifted or registered
        entries: list[tuple[str, str, dt.date, dt.date | None]] = []
        if lifted > registered:
            entries.append(("poverty_status", "poor", registered, lifted))
        else:
            lifted = registered  # born after the household was lifted
        if status == "lifted":
            return [*entries, ("poverty_status", "lifted", lifted, None)]
        if status in KEEPS_AID_TO_STAGE_END:
            # Re-assessed when the child began this stage: keeps the aid to its end.
            begun = max(lifted, self.stage_started(child))
            if begun > lifted:
                entries.append(("poverty_status", "lifted", lifted, begun))
            return [*entries, ("poverty_status", status, begun, None)]
        later = self.day_between(max(lifted, dt.date(2021, 3, 1)), self.as_of)
        return [
            *entries,
            ("poverty_status", "lifted", lifted, later),
            ("poverty_status", status, later, None),
        ]

    def flag_start(self, child: _Child, key: str) -> dt.date:
        birth = child.birth
        match key:
            case "registered_poor":
                return child.registered or birth
            case "disabled":
                return birth if self.rng.random() < 0.6 else self.day_between(birth, self.as_of)
            case "left_behind":
                # Parents usually leave after the first year.
                low = min(self.as_of, birth + dt.timedelta(days=365))
                return self.day_between(low, self.as_of)
            case _:
                return self.day_between(birth, self.as_of)


def _teacher_roles(size: int, classes: int) -> list[str]:
    """One principal, one aid officer, a head teacher for each class if staff allows."""
    roles = ["principal", "aid_officer"][:size]
    heads = min(classes, size - len(roles))
    return roles + ["head_teacher"] * heads + ["teacher"] * (size - len(roles) - heads)


def _boarding_share(slot: _Slot) -> float:
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


_ETHNICITY = _Weighted((("han", 85), ("tujia", 10), ("miao", 5)))
_DISABILITY_LEVEL = _Weighted((("level1", 1), ("level2", 2), ("level3", 3), ("level4", 3)))
_HEALTH = _Weighted(
    (("healthy", 90), ("chronic_illness", 6), ("serious_illness", 2), ("disabled", 2))
)
_POVERTY_CAUSES = _Weighted(
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
