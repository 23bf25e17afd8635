"""Growth measurements (营养状况档案) and the BMI-for-age status of school-age children,
from the national standard's table (WS/T 456-2014, shipped as data in
data/ws_t_456_2014.csv with its source named in the file): a child's age in half-year
bands from the birth date to the day measured, BMI = kg / m² to one decimal, rounded
half up, then thinness when the BMI is at or below the band's cut-off."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import GrowthMeasurement, Student
from fupin_desktop.errors import NotFound, PermissionDenied
from fupin_desktop.schema.activities import GROWTH_MEASUREMENT
from fupin_desktop.services import audit
from fupin_desktop.services.activities.meals import NEEDY_SQL
from fupin_desktop.services.care.common import as_date, clean_or_raise, rows
from fupin_desktop.services.context import Actor, Changes, Result

TABLE = Path(__file__).resolve().parent / "data" / "ws_t_456_2014.csv"
SOURCE = "WS/T 456-2014 学龄儿童青少年营养不良筛查"
WRITERS = ("teacher", "head_teacher", "aid_officer", "principal", "system")


@cache
def cutoffs() -> dict[tuple[str, int], tuple[Decimal, Decimal]]:
    """{(sex, age in half years): (severe_max, mild_max)} from the standard's table."""
    with TABLE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    found = {}
    for row in csv.DictReader(lines):
        half_years = int(Decimal(row["age"]) * 2)
        found[(row["sex"], half_years)] = (Decimal(row["severe_max"]), Decimal(row["mild_max"]))
    return found


def bmi(height_mm: int, weight_g: int) -> Decimal:
    """kg / m², to one decimal, rounded half up (exact: from whole grams and millimetres)."""
    value = Decimal(weight_g) * 1000 / (Decimal(height_mm) ** 2)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def half_years(birth: dt.date, day: dt.date) -> int:
    """Completed half years of age on `day`."""
    months = (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
    return months // 6


def bmi_status(sex: str, birth: dt.date | None, day: dt.date, height_mm: int, weight_g: int) -> str:
    """normal, mild_thinness, severe_thinness, or out_of_range when the standard does not
    screen the child (under 6 or 18 and over, or no birth date or sex)."""
    if birth is None or sex not in ("male", "female"):
        return "out_of_range"
    band = cutoffs().get((sex, half_years(birth, day)))
    if band is None:
        return "out_of_range"
    value = bmi(height_mm, weight_g)
    if value <= band[0]:
        return "severe_thinness"
    if value <= band[1]:
        return "mild_thinness"
    return "normal"


def record_measurement(
    actor: Actor, measurement_id: str | None, student_id: str, raw: dict[str, Any]
) -> Result[str]:
    if actor.role not in WRITERS:
        raise PermissionDenied()
    values = clean_or_raise(GROWTH_MEASUREMENT, raw)
    with database.atomic():
        student = Student.get_or_none(Student.id == student_id)
        if student is None or student.deleted:
            raise NotFound()
        row = (
            GrowthMeasurement.get_or_none(GrowthMeasurement.id == measurement_id)
            if measurement_id
            else GrowthMeasurement(student=student_id)
        )
        if row is None or row.deleted:
            raise NotFound()
        for key, value in values.items():
            setattr(row, key, value)
        row.save()
        audit.record(actor, "update", "growth_measurement", row.id)
    return Result(row.id, Changes().touch("growth_measurement", row.id))


@dataclass(frozen=True)
class NutritionRow:
    student_id: str
    name: str
    grade: int | None
    class_name: str
    sex: str
    left_behind: bool
    needy: bool
    measured_on: dt.date
    height_mm: int
    weight_g: int
    bmi: Decimal
    status: str

    @property
    def below_norm(self) -> bool:
        return self.status in ("mild_thinness", "severe_thinness")


def measurements(
    actor: Actor, start: dt.date, end: dt.date, *, school_id: str | None = None
) -> list[NutritionRow]:
    """The last measurement of each child between two days, with its status; in class
    order."""
    sql = (
        f"SELECT s.id, s.name, s.grade, s.class_name, s.sex, s.birth_date, s.left_behind,"
        f" {NEEDY_SQL} AS needy, g.measured_on, g.height_mm, g.weight_g"
        " FROM growth_measurement g JOIN student s ON s.id = g.student_id"
        " WHERE g.measured_on BETWEEN ? AND ? AND +g.deleted = 0 AND +s.deleted = 0"
        " AND g.measured_on = (SELECT max(h.measured_on) FROM growth_measurement h"
        " WHERE h.student_id = g.student_id AND h.measured_on BETWEEN ? AND ?"
        " AND +h.deleted = 0)"
    )
    params: list[Any] = [start.isoformat(), end.isoformat()] * 2
    if school_id:
        sql += " AND s.school_id = ?"
        params.append(school_id)
    sql += " GROUP BY s.id ORDER BY s.grade, s.class_name, s.name_pinyin"
    found = []
    for r in rows(sql, params):
        day = as_date(r["measured_on"])
        assert day is not None
        status = bmi_status(r["sex"], as_date(r["birth_date"]), day, r["height_mm"], r["weight_g"])
        found.append(
            NutritionRow(
                r["id"], r["name"], r["grade"], r["class_name"] or "", r["sex"],
                bool(r["left_behind"]), bool(r["needy"]), day, r["height_mm"], r["weight_g"],
                bmi(r["height_mm"], r["weight_g"]), status,
            )
        )  # fmt: skip
    return found


def below_norm(rows_in: list[NutritionRow]) -> list[NutritionRow]:
    """Children below the norm: left-behind first, then the most severe, then by class."""
    found = [r for r in rows_in if r.below_norm]
    return sorted(
        found,
        key=lambda r: (
            not r.left_behind,
            r.status != "severe_thinness",
            r.grade or 0,
            r.class_name,
        ),
    )
