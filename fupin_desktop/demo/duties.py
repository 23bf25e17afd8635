"""Demo data of the school's duties: teachers' posts and training, a kindergarten or
school pairing per school with a year of observation visits, 送教 lessons and lectures
(with gaps: months missed, a term short of lessons), guardians' meetings and letters,
the daily meal register of every class this term, and two growth measurements a year.

Written like the rest of the demo: executemany in the demo's one transaction, the same
records for the same seed (a random stream of its own)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import (
    Activity,
    ActivityTeacher,
    GrowthMeasurement,
    InstitutionPairing,
    TrainingRecord,
)
from fupin_desktop.services.activities import kinds, meals
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.validation import normalise_prose

PARTNERS = ("县城第一幼儿园", "县实验小学", "县城关幼儿园", "县第二实验小学")
COURSES = ("国培计划乡村教师能力提升", "省级骨干教师培训", "市级班主任培训", "县级新课标培训")
LEVELS = ("national", "provincial", "city", "county")


@dataclass
class DutiesSummary:
    activities: int = 0
    training_records: int = 0
    meal_registers: int = 0
    measurements: int = 0


@dataclass
class _Class:
    school_id: str
    grade: int | None
    name: str
    pupils: list[str] = field(default_factory=list)
    marked: set[str] = field(default_factory=set)  # left-behind or needy
    left_behind: set[str] = field(default_factory=set)


class DutiesBuilder:
    def __init__(
        self,
        seed: int,
        as_of: dt.date,
        table: Callable[[type[pw.Model]], Any],
        new_id: Callable[[random.Random], str],
        now: str,
    ) -> None:
        self.rng = random.Random(f"demo-duties-{seed}")
        id_rng = random.Random(f"demo-duties-ids-{seed}")
        self.new_id = lambda: new_id(id_rng)
        self.as_of, self.now = as_of, now
        self.first = as_of - dt.timedelta(days=365)
        models = (InstitutionPairing, Activity, ActivityTeacher, TrainingRecord, GrowthMeasurement)
        self.tables = {model: table(model) for model in models}
        self.summary = DutiesSummary()
        self.terms = school_calendar().terms_between(self.first, as_of)

    def run(self, school_ids: list[str]) -> DutiesSummary:
        kinds.ensure_defaults()
        staff = self._staff(school_ids)
        for school_id in school_ids:
            teachers = staff.get(school_id, [])
            self.training(teachers)
            self.school_activities(school_id, teachers)
            self.pairing(school_id, teachers)
        for model in (InstitutionPairing, Activity, ActivityTeacher, TrainingRecord):
            self.tables[model].flush(self.now)
        self.meals(school_ids)
        self.growth(school_ids)
        self.tables[GrowthMeasurement].flush(self.now)
        return self.summary

    def _staff(self, school_ids: list[str]) -> dict[str, list[str]]:
        staff: dict[str, list[str]] = {}
        updates = []
        for tid, school in database.execute_sql(
            "SELECT id, school_id FROM teacher WHERE +deleted = 0 AND active = 1 ORDER BY rowid"
        ):
            if school in school_ids:
                staff.setdefault(school, []).append(tid)
                post = self.rng.choices(["regular", "special_post", "substitute"], [7, 2, 1])[0]
                title = self.rng.choice(["", "third", "second", "first", "senior"])
                updates.append((post, title, int(self.rng.random() < 0.7), tid))
        database.connection().executemany(
            "UPDATE teacher SET post = ?, title = ?, poor_village = ? WHERE id = ?", updates
        )
        return staff

    def _day(self, low: dt.date, high: dt.date) -> dt.date:
        high = min(high, self.as_of)
        if high <= low:
            return low
        return dt.date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def activity(self, school_id: str, kind: str, day: dt.date, title: str, **extra: Any) -> str:
        teachers = extra.pop("teachers", [])
        # Text as the catalogue's cleaners leave it (normalise_prose): a package's reader
        # cleans every cell, and a stored value it would change breaks the sheet's checksum.
        extra = {k: normalise_prose(v) if isinstance(v, str) else v for k, v in extra.items()}
        title = normalise_prose(title)
        row = {"id": self.new_id(), "school_id": school_id, "kind": kind,
               "activity_date": day.isoformat(), "title": title, **extra}  # fmt: skip
        self.tables[Activity].add(row)
        for teacher in teachers:
            self.tables[ActivityTeacher].add(
                {"id": self.new_id(), "activity_id": row["id"], "teacher_id": teacher}
            )
        self.summary.activities += 1
        return row["id"]

    def training(self, teachers: list[str]) -> None:
        share = self.rng.choice((0.95, 0.9, 0.8, 0.7))  # some schools fall short of 85%
        for teacher in teachers:
            if self.rng.random() > share:
                continue
            level = self.rng.choice(LEVELS)
            start = self._day(self.first + dt.timedelta(days=20), self.as_of)
            self.tables[TrainingRecord].add(self._clean({
                "id": self.new_id(), "teacher_id": teacher, "level": level,
                "course": COURSES[LEVELS.index(level)], "hours": self.rng.choice((12, 24, 40, 80)),
                "start_date": start.isoformat(), "end_date": start.isoformat(),
                "certificate_no": f"PX{start:%Y}{self.rng.randrange(10**6):06d}",
                "organiser": "县教师发展中心",
            }))  # fmt: skip
            self.summary.training_records += 1

    def school_activities(self, school_id: str, teachers: list[str]) -> None:
        some = teachers[:3]
        for term in self.terms:
            if self.rng.random() < 0.8:  # a term without a guardians' meeting now and then
                day = self._day(
                    term.start + dt.timedelta(days=10), term.start + dt.timedelta(days=40)
                )
                self.activity(school_id, kinds.GUARDIAN_MEETING, day, "临时监护人会议",
                              families_reached=self.rng.randint(20, 60), teachers=some)  # fmt: skip
            day = self._day(term.start, term.start + dt.timedelta(days=14))
            self.activity(school_id, kinds.LETTER, day, "致家长的一封信（假期安全）",
                          content="")  # fmt: skip
            day = self._day(term.end - dt.timedelta(days=40), term.end - dt.timedelta(days=10))
            self.activity(school_id, kinds.INSPECTION, day, "中心学校学期督导检查")
        if self.rng.random() < 0.7:
            day = self._day(self.first, self.first + dt.timedelta(days=60))
            reached = self.rng.randint(10, 40)
            self.activity(school_id, "proxy_parent_gathering", day, "代理家长联谊会",
                          children_reached=reached, teachers=teachers[:5])  # fmt: skip

    @staticmethod
    def _clean(row: dict[str, Any]) -> dict[str, Any]:
        return {k: normalise_prose(v) if isinstance(v, str) else v for k, v in row.items()}

    def pairing(self, school_id: str, teachers: list[str]) -> None:
        start = self.terms[0].start if self.terms else self.first
        pairing_id = self.new_id()
        self.tables[InstitutionPairing].add(self._clean({
            "id": pairing_id, "school_id": school_id, "kind": "kindergarten",
            "partner_name": self.rng.choice(PARTNERS), "role": "helped",
            "contact": "刘园长", "start_date": start.isoformat(),
            "plan": "每月来园观摩一日活动，每学期送教不少于10节、专题讲座2次，接收跟班学习。",
            "measures": "结对双方各指定联络人，建立帮扶档案，做到有计划、有措施、有记录、有总结。",
        }))  # fmt: skip
        diligent = self.rng.random() < 0.6
        for term in self.terms:
            month = dt.date(term.start.year, term.start.month, 1)
            while month <= min(term.end, self.as_of):
                if diligent or self.rng.random() < 0.6:  # gaps: months without a visit
                    day = self._day(max(month, term.start), month + dt.timedelta(days=25))
                    who = teachers[:2]
                    self.activity(school_id, kinds.OBSERVATION, day, "观摩一日活动",
                                  institution_pairing_id=pairing_id, teachers=who)  # fmt: skip
                for _ in range(self.rng.randint(1, 3) if diligent else self.rng.randint(0, 2)):
                    day = self._day(max(month, term.start), month + dt.timedelta(days=27))
                    self.activity(school_id, kinds.TEACHING_VISIT, day, "送教下乡",
                                  institution_pairing_id=pairing_id, lessons=2,
                                  children_reached=self.rng.randint(15, 40))  # fmt: skip
                month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
            for _ in range(2 if diligent else 1):
                day = self._day(term.start + dt.timedelta(days=20), term.end)
                self.activity(school_id, kinds.LECTURE, day, "专题讲座：幼小衔接",
                              institution_pairing_id=pairing_id, teachers=teachers[:4])  # fmt: skip

    def _classes(self, school_ids: list[str]) -> list[_Class]:
        from fupin_desktop.services.activities.meals import NEEDY_SQL

        by_key: dict[tuple[str, Any, str], _Class] = {}
        sql = (
            f"SELECT s.id, s.school_id, s.grade, s.class_name, s.left_behind, {NEEDY_SQL}"
            " FROM student s WHERE +s.deleted = 0 AND s.enrolment = 'enrolled' ORDER BY s.rowid"
        )
        for sid, school, grade, name, lb, needy in database.execute_sql(sql):
            if school not in school_ids:
                continue
            klass = by_key.setdefault(
                (school, grade, name or ""), _Class(school, grade, name or "")
            )
            klass.pupils.append(sid)
            if lb or needy:
                klass.marked.add(sid)
            if lb:
                klass.left_behind.add(sid)
        return list(by_key.values())

    def meals(self, school_ids: list[str]) -> None:
        # The school days of the latest term begun (the register a school keeps now);
        # a whole year at township scale would be most of the demo's time.
        term = max((t for t in self.terms if t.start <= self.as_of), key=lambda t: t.start)
        days = [
            dt.date.fromordinal(n)
            for n in range(term.start.toordinal(), min(term.end, self.as_of).toordinal() + 1)
            if dt.date.fromordinal(n).weekday() < 5
        ]
        batch: list[dict[str, Any]] = []
        for klass in self._classes(school_ids):
            for day in days:
                absent = {p for p in klass.pupils if self.rng.random() < 0.02}
                ate = klass.marked - absent
                batch.append({
                    "school_id": klass.school_id, "meal_date": day, "grade": klass.grade,
                    "class_name": klass.name, "enrolled": len(klass.pupils),
                    "served": len(klass.pupils) - len(absent),
                    "left_behind_served": len(ate & klass.left_behind),
                    "needy_served": len(ate - klass.left_behind), "marked": ate, "absent": absent,
                })  # fmt: skip
            if len(batch) > 20_000:
                self.summary.meal_registers += meals.write_registers(batch)
                batch.clear()
        self.summary.meal_registers += meals.write_registers(batch)

    def growth(self, school_ids: list[str]) -> None:
        sql = (
            "SELECT id, school_id, sex, birth_date FROM student WHERE +deleted = 0"
            " AND enrolment = 'enrolled' AND birth_date IS NOT NULL ORDER BY rowid"
        )
        measure_days = [t.start + dt.timedelta(days=20) for t in self.terms]
        for sid, school, sex, birth in database.execute_sql(sql):
            if school not in school_ids:
                continue
            born = dt.date.fromisoformat(birth)
            thin = self.rng.random() < 0.08
            for day in (d for d in measure_days if d <= self.as_of):
                age = (day - born).days / 365.25
                height = 500 + 60 * age + self.rng.gauss(0, 40) + (30 if sex == "male" else 0)
                bmi = self.rng.gauss(13.2 if thin else 16.0 + 0.2 * max(0, age - 6), 0.6)
                weight = bmi * (height / 1000) ** 2 * 1000
                self.tables[GrowthMeasurement].add({
                    "id": self.new_id(), "student_id": sid, "measured_on": day.isoformat(),
                    "height_mm": _within("height_mm", height),
                    "weight_g": _within("weight_g", weight),
                })  # fmt: skip
                self.summary.measurements += 1


def _within(key: str, value: float) -> int:
    """A generated measure inside the bounds its catalogue field accepts (a sync package
    holding one outside them is refused)."""
    from fupin_desktop.schema.activities import GROWTH_MEASUREMENT

    field = GROWTH_MEASUREMENT[key]
    return min(max(int(value), field.minimum or 0), field.maximum or int(value))
