"""Demo pairing and care records: teachers paired with the entitled students, proxy
parents of the left-behind, and a year of visits, growth diaries and family calls.

With realistic gaps, so that the reminders and the coverage view have something to
say: some teachers are diligent and some are not, a few paired children are never
visited, some diaries lapse after a few months, some left-behind children have no proxy
parent. Written like the rest of the demo: executemany, one transaction, the same
records for the same seed (a random stream of its own, so the students stay the same).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import DiaryEntry, FamilyCall, LeftBehindProfile, Pairing, Visit
from fupin_desktop.demo import data
from fupin_desktop.schema.care import ASSISTANCE, DIARY_CATEGORY, INCOME_SOURCE
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.care.reminders import ENTITLED_SQL
from fupin_desktop.terms import Period
from fupin_desktop.validation import id_check_digit

_PROVINCES = ("广东", "浙江", "江苏", "福建", "湖南", "湖北", "上海", "北京")


@dataclass
class CareSummary:
    pairings: int = 0
    visits: int = 0
    diary_entries: int = 0
    family_calls: int = 0
    profiles: int = 0


@dataclass(slots=True)
class _Kid:
    id: str
    school_id: str
    entitled: bool
    left_behind_since: dt.date | None
    name: str = ""
    id_number: str = ""


class CareBuilder:
    """Adds the care records of the students written in this run of the demo."""

    def __init__(
        self,
        seed: int,
        as_of: dt.date,
        table: Callable[[type[pw.Model]], Any],
        new_id: Callable[[random.Random], str],
        now: str,
    ) -> None:
        self.rng = random.Random(f"demo-care-{seed}")
        # The 登记表 fields draw from their own stream: the rest of the demo stays as it was.
        self.register_rng = random.Random(f"demo-register-{seed}")
        self.id_rng = random.Random(f"demo-care-ids-{seed}")
        self.new_id = lambda: new_id(self.id_rng)
        self.as_of = as_of
        self.now = now
        self.first = as_of - dt.timedelta(days=365)
        # The one school calendar; pairings start with the school year (1 September).
        self.calendar = school_calendar()
        self.year_start = self.calendar.school_year_start(self.first)
        models = (Pairing, LeftBehindProfile, Visit, DiaryEntry, FamilyCall)
        self.tables = {model: table(model) for model in models}
        self.diligence: dict[str, float] = {}
        self.summary = CareSummary()

    # --- what is there -----------------------------------------------------------------

    def kids(self) -> list[_Kid]:
        sql = (
            f"SELECT s.id, s.school_id, {ENTITLED_SQL} AS entitled,"
            " (SELECT max(h.start_date) FROM status_history h WHERE h.student_id = s.id"
            " AND h.kind = 'left_behind' AND h.value = 'true' AND h.end_date IS NULL) AS lb,"
            " s.name, s.id_number"
            " FROM student s WHERE s.created_at = ? AND +s.deleted = 0"
            " AND s.enrolment = 'enrolled' ORDER BY s.rowid"
        )
        found = []
        for sid, school, entitled, lb, name, id_number in database.execute_sql(sql, (self.now,)):
            since = dt.date.fromisoformat(lb) if lb else None
            found.append(_Kid(sid, school, bool(entitled), since, name, id_number))
        return found

    def staff(self) -> dict[str, list[str]]:
        sql = "SELECT id, school_id FROM teacher WHERE +deleted = 0 AND active = 1 ORDER BY rowid"
        staff: dict[str, list[str]] = {}
        for tid, school in database.execute_sql(sql):
            staff.setdefault(school, []).append(tid)
        return staff

    def guardians(self) -> dict[str, tuple[str, str, str, str]]:
        sql = (
            "SELECT g.student_id, g.name, g.relation, g.phone, g.address FROM guardian g"
            " JOIN student s ON s.id = g.student_id WHERE s.created_at = ? ORDER BY g.rowid"
        )
        found: dict[str, tuple[str, str, str, str]] = {}
        for sid, name, relation, phone, address in database.execute_sql(sql, (self.now,)):
            found.setdefault(sid, (name, relation, phone, address))
        return found

    # --- the run -------------------------------------------------------------------------

    def run(self) -> CareSummary:
        staff = self.staff()
        guardians = self.guardians()
        for kid in self.kids():
            teachers = staff.get(kid.school_id)
            if not teachers:
                continue
            if kid.left_behind_since is not None:
                self.left_behind(kid, teachers, guardians.get(kid.id))
            elif kid.entitled and self.rng.random() < 0.9:
                self.paired(kid, teachers)
            if len(self.tables[Visit].rows) > 20_000:
                self.flush()
        self.flush()
        return self.summary

    def flush(self) -> None:
        for model in (Pairing, LeftBehindProfile, Visit, DiaryEntry, FamilyCall):
            table = self.tables[model]
            # In key order, the primary-key index is appended to, not split at random.
            table.rows.sort(key=lambda row: row["id"])
            table.flush(self.now)

    def teacher_diligence(self, teacher_id: str) -> float:
        if teacher_id not in self.diligence:
            roll = self.rng.random()
            if roll < 0.6:
                value = self.rng.uniform(0.85, 1.0)
            elif roll < 0.9:
                value = self.rng.uniform(0.5, 0.8)
            else:
                value = self.rng.uniform(0.1, 0.4)
            self.diligence[teacher_id] = value
        return self.diligence[teacher_id]

    def start_day(self) -> dt.date:
        if self.rng.random() < 0.8:
            return self.year_start + dt.timedelta(days=self.rng.randrange(20))
        return self.day_between(self.year_start, self.as_of - dt.timedelta(days=30))

    def day_between(self, low: dt.date, high: dt.date) -> dt.date:
        if high <= low:
            return low
        return dt.date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def pairing(self, kid: _Kid, teacher: str, kind: str, start: dt.date, end: dt.date | None):
        row = {
            "id": self.new_id(),
            "teacher_id": teacher,
            "student_id": kid.id,
            "kind": kind,
            "start_date": start.isoformat(),
            "end_date": end.isoformat() if end else None,
            "goals": "学习成绩稳步提高，养成良好习惯，心理健康。",
            "measures": "每月谈心不少于三次，每学期家访一次，及时落实资助政策。",
            "end_reason": "工作调动，移交" if end else "",
        }
        self.tables[Pairing].add(row)
        self.summary.pairings += 1
        return row["id"]

    # --- paired students -----------------------------------------------------------------

    def paired(self, kid: _Kid, teachers: list[str]) -> None:
        rng = self.rng
        teacher = rng.choice(teachers)
        start = self.start_day()
        kind = "one_to_many" if rng.random() < 0.7 else "one_to_one"
        if rng.random() < 0.05 and len(teachers) > 1:
            # Handed over mid-year: the history keeps both.
            handover = self.day_between(start + dt.timedelta(days=40), self.as_of)
            if handover < self.as_of:
                first = self.pairing(kid, teacher, kind, start, handover - dt.timedelta(days=1))
                self.visits(kid, teacher, first, start, handover - dt.timedelta(days=1))
                teacher = rng.choice([t for t in teachers if t != teacher])
                start = handover
        pairing = self.pairing(kid, teacher, kind, start, None)
        if rng.random() < 0.04:
            return  # never visited: a gap the coverage view must show
        self.visits(kid, teacher, pairing, start, self.as_of)

    def visits(self, kid: _Kid, teacher: str, pairing: str, start: dt.date, end: dt.date) -> None:
        rng = self.rng
        diligence = self.teacher_diligence(teacher)
        low = max(start, self.first)
        if end < low:
            return
        for month in self.calendar.months_between(low, end):
            window = self.clip(month, low, end)
            # A diligent teacher keeps to the rule; the others fall short now and then.
            talks = 3 + (rng.random() < 0.2) if rng.random() < diligence else rng.randint(0, 2)
            for _ in range(talks):
                self.visit(kid, teacher, pairing, self.day_in(window), "talk")
            if rng.random() < 0.08:
                self.visit(kid, teacher, pairing, self.day_in(window), "phone")
        for term in self.calendar.terms_between(low, end):
            window = self.clip(term, low, end)
            if rng.random() < diligence * 0.95:
                self.visit(kid, teacher, pairing, self.day_in(window), "home_visit")

    def clip(self, period: Period, low: dt.date, high: dt.date) -> tuple[dt.date, dt.date]:
        return max(period.start, low), min(period.end, high)

    def day_in(self, window: tuple[dt.date, dt.date]) -> dt.date:
        return self.day_between(*window)

    def visit(self, kid: _Kid, teacher: str, pairing: str, day: dt.date, method: str) -> None:
        rng = self.rng
        row: dict[str, Any] = {
            "id": self.new_id(),
            "pairing_id": pairing,
            "teacher_id": teacher,
            "student_id": kid.id,
            "visit_date": day.isoformat(),
            "method": method,
            "child_state": rng.choice(data.CHILD_STATES),
            "measures": rng.choice(data.VISIT_MEASURES),
            "outcome": rng.choice(data.VISIT_OUTCOMES),
        }
        if method == "home_visit":
            row["participants"] = rng.choice(data.VISIT_PARTICIPANTS)
            row["living_conditions"] = rng.choice(data.LIVING_CONDITIONS)
            row["family_needs"] = rng.choice(data.FAMILY_NEEDS)
            row["parent_feedback"] = rng.choice(data.PARENT_FEEDBACK)
            if rng.random() < 0.3:
                row["next_follow_up"] = (day + dt.timedelta(days=rng.randint(7, 30))).isoformat()
        else:
            row["participants"] = "帮扶教师、学生"
        self.tables[Visit].add(row)
        self.summary.visits += 1

    # --- left-behind children ------------------------------------------------------------

    def left_behind(
        self, kid: _Kid, teachers: list[str], guardian: tuple[str, str, str, str] | None
    ) -> None:
        rng = self.rng
        since = kid.left_behind_since
        assert since is not None
        if rng.random() < 0.85:
            self.profile(kid, since, guardian)
        if rng.random() < 0.08:
            return  # no proxy parent yet: a gap the coverage view must show
        teacher = rng.choice(teachers)
        start = max(since, self.start_day())
        pairing = self.pairing(kid, teacher, "proxy_parent", start, None)
        diligence = self.teacher_diligence(teacher)
        low = max(start, self.first)
        # Some diaries lapse after a few months, as busy teachers' do.
        lapse = self.day_between(low, self.as_of) if rng.random() < 0.2 else None
        for month in self.calendar.months_between(low, self.as_of):
            window = self.clip(month, low, self.as_of)
            if rng.random() < 0.85:
                self.call(kid, teacher, self.day_in(window))
            if (lapse is None or window[0] < lapse) and rng.random() < diligence:
                self.diary(kid, teacher, self.day_in(window))
                if rng.random() < 0.3:
                    self.diary(kid, teacher, self.day_in(window))
            if rng.random() < diligence * 0.7:
                self.visit(kid, teacher, pairing, self.day_in(window), "talk")

    def profile(
        self, kid: _Kid, since: dt.date, guardian: tuple[str, str, str, str] | None
    ) -> None:
        rng = self.rng
        place = rng.choice([p for p, _ in data.WORK_PLACES])
        province = next((p for p in _PROVINCES if place.startswith(p)), place[:2])
        city = place[len(province) :] or province
        name, relation, phone, address = guardian or ("", "", "", "")
        grand = "grand" in relation
        row = {
            "id": self.new_id(),
            "student_id": kid.id,
            "parent_away": rng.choices(
                ("both", "father", "mother", "single_parent"), (80, 8, 4, 8)
            )[0],
            "work_province": province,
            "work_city": city,
            "away_since": (since - dt.timedelta(days=rng.randint(0, 200))).isoformat(),
            "father_phone": self.mobile(),
            "mother_phone": self.mobile() if rng.random() < 0.8 else "",
            "guardian_kind": "grandparents" if grand or not relation else "relative",
            "guardian_name": name,
            "guardian_relation": relation,
            "guardian_phone": phone,
            "guardian_address": address,
            "care_ability": rng.choices(("good", "fair", "weak"), (50, 40, 10))[0],
            "guardianship_level": rng.choices(("level1", "level2", "level3"), (60, 30, 10))[0],
            "counselling_needs": "情绪低落时需要及时疏导。" if rng.random() < 0.15 else "",
            "start_date": since.isoformat(),
        }
        row.update(self.register_fields(kid, row, place))
        self.tables[LeftBehindProfile].add(row)
        self.summary.profiles += 1

    def register_fields(self, kid: _Kid, row: dict[str, Any], place: str) -> dict[str, Any]:
        """The 民政 登记表's questions: parents, health, 户口, guardianship, income, aid."""
        rng = self.register_rng
        away = row["parent_away"]
        values: dict[str, Any] = {
            "hukou": "rural" if rng.random() < 0.96 else "urban",
            "health": rng.choices(("healthy", "disabled", "ill"), (94, 3, 3))[0],
            "income_sources": ",".join(
                c for c in INCOME_SOURCE.codes() if c == "wages" or rng.random() < 0.3
            ),
            "assistance_received": ",".join(
                c for c in ASSISTANCE.codes()[:4] if rng.random() < 0.12
            ),
        }
        if values["health"] != "healthy":
            disabled = values["health"] == "disabled"
            kinds = ("肢体残疾", "听力残疾") if disabled else ("白血病", "心脏病")
            values["health_type"] = rng.choice(kinds)
            if values["health"] == "disabled":
                values["health_level"] = rng.choice(("level2", "level3", "level4"))
        at_home_incapable = away in ("father", "mother") and rng.random() < 0.5
        values["guardianship_type"] = (
            "parent_incapable"
            if at_home_incapable
            else rng.choices(("none", "entrusted_insufficient", "fair", "good"), (3, 10, 40, 47))[0]
        )
        if values["guardianship_type"] == "none":
            row["guardian_kind"] = "none"
        birth = _birth_of(kid.id_number)
        surname = kid.name[:1]
        for who, sex, share in (("father", "male", 1.0), ("mother", "female", 0.9)):
            if away not in ("both", who) and rng.random() > share:
                continue  # a parent who died or left: the 登记表 writes "—"
            given = data.ADULT_MALE if sex == "male" else data.ADULT_FEMALE
            family = surname if who == "father" else rng.choice("李王张刘陈杨黄赵吴周")
            born = (birth or self.as_of) - dt.timedelta(days=rng.randint(22 * 365, 38 * 365))
            values[f"{who}_name"] = family + rng.choice(given) + rng.choice(given)
            values[f"{who}_birth_date"] = born.isoformat()
            values[f"{who}_id_number"] = _adult_id(kid.id_number[:6], born, sex, rng)
            if away in ("both", who, "single_parent"):
                values[f"{who}_work_place"] = place
        return values

    def mobile(self) -> str:
        return self.rng.choice(data.MOBILE_PREFIXES) + f"{self.rng.randrange(100_000_000):08d}"

    def diary(self, kid: _Kid, teacher: str, day: dt.date) -> None:
        rng = self.rng
        category = rng.choice(DIARY_CATEGORY.codes())
        self.tables[DiaryEntry].add(
            {
                "id": self.new_id(),
                "student_id": kid.id,
                "teacher_id": teacher,
                "entry_date": day.isoformat(),
                "category": category,
                "mood": rng.choices(("happy", "calm", "worried", "sad"), (35, 40, 15, 10))[0],
                "what_happened": rng.choice(data.DIARY_HAPPENED[category]),
                "what_done": rng.choice(data.DIARY_DONE),
                "follow_up": rng.choice(data.DIARY_FOLLOW_UP),
            }
        )
        self.summary.diary_entries += 1

    def call(self, kid: _Kid, teacher: str, day: dt.date) -> None:
        rng = self.rng
        self.tables[FamilyCall].add(
            {
                "id": self.new_id(),
                "student_id": kid.id,
                "teacher_id": teacher,
                "call_date": day.isoformat(),
                "who_spoke": rng.choice(data.CALL_WHO),
                "minutes": rng.randint(5, 30),
                "notes": rng.choice(data.CALL_NOTES),
            }
        )
        self.summary.family_calls += 1


def _birth_of(id_number: str) -> dt.date | None:
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def _adult_id(region: str, born: dt.date, sex: str, rng: random.Random) -> str:
    serial = rng.randrange(0, 500) * 2 + (1 if sex == "male" else 0)
    first17 = f"{region}{born:%Y%m%d}{serial:03d}"
    return first17 + id_check_digit(first17)
