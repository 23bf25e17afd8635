"""The meal register (用餐登记台账) of the nutrition plan: meals served per class and day,
taken like a roll call (the class list, everyone ticked, untick who did not eat, save
once). Left-behind children come first and are marked, and which left-behind and needy
children ate is kept by id; the others are counted. The nutrition plan counts meals from
here (meals_eaten)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.base import database, stamp_version, utcnow
from fupin_desktop.db.models import MealRegister, School
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.activities import MEAL
from fupin_desktop.schema.aid import NEEDY_KEYS
from fupin_desktop.services import audit
from fupin_desktop.services.activities.periods import term_period
from fupin_desktop.services.care.common import rows
from fupin_desktop.services.context import Actor, Changes, Result

_NAMESPACE = uuid.UUID("5c7e9a1b-3d2f-4b6a-8e0c-1f2a3b4c5d6e")
NEEDY_SQL = "(" + " OR ".join(f"s.{k}" for k in NEEDY_KEYS) + ")"
WRITERS = ("teacher", "head_teacher", "aid_officer", "principal", "system")


def register_id(school_id: str, day: dt.date, grade: int | None, class_name: str, meal: str) -> str:
    """The same class, day and meal is the same register on every installation: the
    uuid5 of them, computed as uuid.uuid5 does (SHA-1, version and variant bits) without
    its objects, a third of the time of a bulk write otherwise."""
    key = f"{school_id}|{day.isoformat()}|{grade if grade is not None else ''}|{class_name}|{meal}"
    digest = bytearray(hashlib.sha1(_NAMESPACE.bytes + key.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _id_list(ids: Iterable[str]) -> str:
    """JSONField's text of a sorted list of record ids (json.dumps when an id would need
    escaping; record ids never do)."""
    items = sorted(ids)
    if any('"' in i or "\\" in i for i in items):
        return json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return '["' + '","'.join(items) + '"]' if items else "[]"


@dataclass
class RollEntry:
    student_id: str
    name: str
    left_behind: bool
    needy: bool
    ate: bool = True


@dataclass
class ClassRoll:
    school_id: str
    day: dt.date
    grade: int | None
    class_name: str
    meal: str
    entries: list[RollEntry] = field(default_factory=list)
    saved: bool = False  # a register of this class and day exists


def class_list(actor: Actor, school_id: str) -> list[tuple[int | None, str, int]]:
    """(grade, class, pupils enrolled) of a school's classes."""
    sql = (
        "SELECT grade, class_name, count(*) FROM student WHERE school_id = ? AND +deleted = 0"
        " AND enrolment = 'enrolled' GROUP BY grade, class_name ORDER BY grade, class_name"
    )
    return [(g, c or "", n) for g, c, n in database.execute_sql(sql, (school_id,))]


def _class_students(school_id: str, grade: int | None, class_name: str) -> list[RollEntry]:
    sql = (
        f"SELECT s.id, s.name, s.left_behind, {NEEDY_SQL} AS needy FROM student s"
        " WHERE s.school_id = ? AND +s.deleted = 0 AND s.enrolment = 'enrolled'"
        " AND s.grade IS ? AND s.class_name = ?"
        " ORDER BY s.left_behind DESC, needy DESC, s.name_pinyin, s.name"
    )
    found = database.execute_sql(sql, (school_id, grade, class_name))
    return [RollEntry(sid, name, bool(lb), bool(needy)) for sid, name, lb, needy in found]


def class_roll(
    actor: Actor,
    school_id: str,
    grade: int | None,
    class_name: str,
    day: dt.date,
    meal: str = "lunch",
) -> ClassRoll:
    """The class list for a day's register: left-behind first, then needy, then the
    rest; everyone ticked, except who a register already saved says did not eat."""
    roll = ClassRoll(school_id, day, grade, class_name, meal, _class_students(
        school_id, grade, class_name))  # fmt: skip
    saved = MealRegister.get_or_none(
        MealRegister.id == register_id(school_id, day, grade, class_name, meal)
    )
    if saved is not None and not saved.deleted:
        roll.saved = True
        absent = set(saved.absent or [])
        for entry in roll.entries:
            entry.ate = entry.student_id not in absent
    return roll


def record_meals(
    actor: Actor,
    school_id: str,
    day: dt.date,
    grade: int | None,
    class_name: str,
    absent_ids: Iterable[str],
    *,
    meal: str = "lunch",
    note: str = "",
) -> Result[str]:
    """Save a class's register for a day in one transaction: everyone of the class ate
    but `absent_ids`. Saving again corrects the same register."""
    if actor.role not in WRITERS:
        raise PermissionDenied()
    if meal not in MEAL.codes():
        raise ValidationError(N_("{value} is not one of the choices for {label}."),
                              value=meal, label=meal)  # fmt: skip
    if day > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError(N_("Meals cannot be recorded for a day to come."), field="day")
    absent = set(absent_ids)
    with database.atomic():
        school = School.get_or_none(School.id == school_id)
        if school is None or school.deleted:
            raise ValidationError(N_("Please choose the school."), field="school")
        entries = _class_students(school_id, grade, class_name)
        if not entries:
            raise ValidationError(N_("The class has no pupils enrolled."), field="class")
        ids = {e.student_id for e in entries}
        if absent - ids:
            raise ValidationError(N_("A pupil marked absent is not in the class."), field="absent")
        ate = [e for e in entries if e.student_id not in absent]
        rid = register_id(school_id, day, grade, class_name, meal)
        register = MealRegister.get_or_none(MealRegister.id == rid) or MealRegister(
            id=rid, school=school_id, meal_date=day, grade=grade, class_name=class_name, meal=meal
        )
        register.enrolled = len(entries)
        register.served = len(ate)
        register.left_behind_served = sum(e.left_behind for e in ate)
        register.needy_served = sum(e.needy for e in ate)
        register.marked = sorted(e.student_id for e in ate if e.left_behind or e.needy)
        register.absent = sorted(absent)
        register.note = note.strip()[:200]
        register.deleted = False
        register.save()
        audit.record(actor, "update", "meal_register", rid, f"served={register.served}")
    return Result(rid, Changes().touch("meal_register", rid))


_COLUMNS = (
    "id", "created_at", "updated_at", "deleted", "version", "school_id", "meal_date", "grade",
    "class_name", "meal", "enrolled", "served", "left_behind_served", "needy_served", "marked",
    "absent", "note",
)  # fmt: skip


def write_registers(registers: Iterable[dict[str, Any]]) -> int:
    """Many registers at once (demo data, a bulk import): one executemany, the caller's
    transaction. Each dict holds school_id, meal_date, grade, class_name, enrolled,
    served and optionally meal, counts, marked and absent id lists."""
    batch = list(registers)
    if not batch:
        return 0
    instance_id, first = stamp_version(len(batch))
    key = json.dumps(instance_id)
    now = utcnow().isoformat(sep=" ")
    values = []
    for counter, r in enumerate(batch, first):
        day = r["meal_date"]
        meal = r.get("meal", "lunch")
        rid = register_id(r["school_id"], day, r.get("grade"), r["class_name"], meal)
        values.append((
            rid, now, now, 0, "{" + key + ":" + str(counter) + "}", r["school_id"],
            day.isoformat(), r.get("grade"), r["class_name"], meal, r["enrolled"], r["served"],
            r.get("left_behind_served", 0), r.get("needy_served", 0),
            _id_list(r.get("marked", ())), _id_list(r.get("absent", ())), r.get("note", ""),
        ))  # fmt: skip
    # In key order, the primary-key index is appended to, not split at random.
    values.sort(key=lambda row: row[0])
    names = ", ".join(f'"{c}"' for c in _COLUMNS)
    marks = ", ".join("?" for _ in _COLUMNS)
    database.connection().executemany(
        f'INSERT OR REPLACE INTO "meal_register" ({names}) VALUES ({marks})', values
    )
    return len(values)


@dataclass(frozen=True)
class MealTotals:
    school_id: str
    school_name: str
    grade: int | None
    class_name: str
    days: int
    served: int
    left_behind_served: int
    needy_served: int
    enrolled_days: int  # pupil-days on the register: served / enrolled_days is the rate


def meal_summary(
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    school_id: str | None = None,
    by_class: bool = True,
) -> list[MealTotals]:
    """Meals served between two days, per school and class (or per school): one GROUP BY."""
    group = "m.school_id, m.grade, m.class_name" if by_class else "m.school_id"
    cols = "m.grade, m.class_name" if by_class else "NULL, ''"
    sql = (
        f"SELECT m.school_id, sc.name, {cols}, count(DISTINCT m.meal_date), sum(m.served),"
        " sum(m.left_behind_served), sum(m.needy_served), sum(m.enrolled)"
        " FROM meal_register m JOIN school sc ON sc.id = m.school_id"
        " WHERE m.meal_date BETWEEN ? AND ? AND +m.deleted = 0"
    )
    params: list[Any] = [start.isoformat(), end.isoformat()]
    if school_id:
        sql += " AND m.school_id = ?"
        params.append(school_id)
    sql += f" GROUP BY {group} ORDER BY sc.code, {group}"
    return [MealTotals(*row) for row in database.execute_sql(sql, params)]


def term_summary(
    actor: Actor,
    school_year: str,
    term: int,
    *,
    school_id: str | None = None,
    by_class: bool = True,
) -> list[MealTotals]:
    period = term_period(school_year, term)
    return meal_summary(actor, period.start, period.end, school_id=school_id, by_class=by_class)


def meals_eaten(student_ids: list[str], start: dt.date, end: dt.date) -> dict[str, int]:
    """How many meals each left-behind or needy child ate between two days."""
    if not student_ids:
        return {}
    marks = ", ".join("?" for _ in student_ids)
    sql = (
        "SELECT j.value AS student_id, count(*) AS n FROM meal_register m, json_each(m.marked) j"
        f" WHERE m.meal_date BETWEEN ? AND ? AND +m.deleted = 0 AND j.value IN ({marks})"
        " GROUP BY j.value"
    )
    found = rows(sql, [start.isoformat(), end.isoformat(), *student_ids])
    return {r["student_id"]: int(r["n"]) for r in found}
