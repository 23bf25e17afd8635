"""Demo data: a whole township's ledger, realistic enough to try every screen on, and the
same every time for the same seed (tests, benchmarks and screenshots rely on that).

Everything is written in one transaction through the one bulk writer (db/bulk.py,
executemany): one save() per row would take minutes for 50,000 students
(docs/architecture.md). The version vector is still kept the one way the
ledger keeps it: edit numbers are taken from the installation counter a batch at a time.
"""

from __future__ import annotations

import datetime as dt
import math
import random
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
from fupin_desktop.demo.children import ChildrenMixin
from fupin_desktop.demo.families import FamiliesMixin
from fupin_desktop.demo.histories import HistoriesMixin
from fupin_desktop.demo.people import PeopleMixin
from fupin_desktop.demo.plan import (
    TYPE_WEIGHT,
    Slot,
    Target,
    Weighted,
    allocate,
    grades_for,
    planned_school,
    seeded_uuid4,
)
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.needs import NEEDY_FLAGS
from fupin_desktop.services import audit, installation
from fupin_desktop.services.accounts.accounts import has_accounts
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.services.installation import InstallationInfo
from fupin_desktop.terms import YEAR_START

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


_PROGRESS = N_("Generating demo data: {done} of {total} students")


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
        care = CareBuilder(seed, as_of, Rows, seeded_uuid4, now).run()
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
    duties = DutiesBuilder(seed, as_of, Rows, seeded_uuid4, now).run(schools)
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


# --- the builder ----------------------------------------------------------------------


class _Builder(PeopleMixin, ChildrenMixin, FamiliesMixin, HistoriesMixin):
    """The demo's state and its schools and teachers; each student, its people, family and
    history are made by the mixins, one module each (demo/children.py, people.py,
    families.py, histories.py), from the state set here."""

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
        self.surnames = Weighted(data.SURNAMES)
        self.areas = Weighted(data.AREA_CODES)
        self.work_places = Weighted(data.WORK_PLACES)
        self.villages: list[str] = list(data.VILLAGES)
        self.cadres: dict[str, list[tuple[str, str]]] = {}

    @staticmethod
    def _existing_id_numbers() -> set[str]:
        used = {n for (n,) in Student.select(Student.id_number).tuples()}
        used |= {n for (n,) in Guardian.select(Guardian.id_number).tuples() if n}
        return used

    def new_id(self) -> str:
        return seeded_uuid4(self.id_rng)

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

    def targets(self, count: int) -> list[Target]:
        if not self.info.is_township:
            school_type = self.info.school_type
            grades = grades_for(school_type, self.rng)
            weight = TYPE_WEIGHT.get(school_type, 1.0)
            assert self.info.school_id is not None
            return [
                Target(self.info.school_id, self.info.school_name, school_type, weight, "", grades)
            ]
        return [t for t in (self.township_school(i) for i in range(count)) if t is not None]

    def township_school(self, index: int) -> Target | None:
        plan = planned_school(index)
        code = f"{self.county}00{index + 1:02d}"
        if plan.village and plan.village not in self.villages:
            self.villages.append(plan.village)
        existing = School.get_or_none(School.code == code)
        if existing is not None:
            # A school the township already has keeps its name and type; one that was
            # deleted gets no demo pupils.
            if existing.deleted:
                return None
            grades = grades_for(existing.school_type, self.rng)
            return Target(
                existing.id, existing.name, existing.school_type, plan.weight, plan.village, grades
            )
        target = Target(
            self.new_id(),
            plan.name,
            plan.school_type,
            plan.weight,
            plan.village,
            grades_for(plan.school_type, self.rng),
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

    def slots(self, targets: list[Target], students: int) -> list[Slot]:
        slots: list[Slot] = []
        per_school = allocate(students, [t.weight for t in targets])
        for target, count in zip(targets, per_school, strict=True):
            # Grades differ a little in size, as real cohorts do.
            weights = [self.rng.uniform(0.85, 1.15) for _ in target.grades]
            for (stage, grade), size in zip(target.grades, allocate(count, weights), strict=True):
                classes = max(1, math.ceil(size / CLASS_SIZE))
                for i in range(size):
                    slots.append(Slot(target, stage, grade, f"{i % classes + 1}班"))
        return slots

    def teachers(self, targets: list[Target], slots: list[Slot]) -> int:
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

    def teacher(self, target: Target, role: str) -> dict[str, Any]:
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


def _teacher_roles(size: int, classes: int) -> list[str]:
    """One principal, one aid officer, a head teacher for each class if staff allows."""
    roles = ["principal", "aid_officer"][:size]
    heads = min(classes, size - len(roles))
    return roles + ["head_teacher"] * heads + ["teacher"] * (size - len(roles) - heads)
