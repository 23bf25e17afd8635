"""Teachers' training records (国培/省培/市培/县培) and the training rate (培训率): the
share of a school's teachers in post trained in a school year, by a training record or by
taking part in an activity of a training kind. The target says how much is enough
(≥ 85% by default, services.activities.targets)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Teacher, TrainingRecord
from fupin_desktop.errors import NotFound
from fupin_desktop.schema.activities import TRAINING_RECORD
from fupin_desktop.services import audit
from fupin_desktop.services.care.common import (
    as_date,
    check_dates,
    clean_or_raise,
    require_manager,
    rows,
)
from fupin_desktop.services.context import Actor, Changes, Result


@dataclass(frozen=True)
class TrainingRate:
    school_id: str
    school_name: str
    teachers: int  # in post
    trained: int
    poor_village: int  # of the teachers, how many teach in a poor-village school
    target_percent: int

    @property
    def percent(self) -> int:
        """Whole percent, rounded down: 10 of 12 is 83%, never a flattering 84%."""
        return self.trained * 100 // self.teachers if self.teachers else 0

    @property
    def met(self) -> bool:
        # Exactly, without rounding: 85% of 20 teachers is 17. A school with no teacher
        # in post on file has not shown it trains anyone: a gap, not a success.
        return self.teachers > 0 and self.trained * 100 >= self.target_percent * self.teachers


def save_record(
    actor: Actor, record_id: str | None, teacher_id: str, raw: dict[str, Any]
) -> Result[str]:
    require_manager(actor)
    values = clean_or_raise(TRAINING_RECORD, raw)
    check_dates(values["start_date"], values.get("end_date"))
    with database.atomic():
        teacher = Teacher.get_or_none(Teacher.id == teacher_id)
        if teacher is None or teacher.deleted:
            raise NotFound()
        if record_id:
            record = TrainingRecord.get_or_none(TrainingRecord.id == record_id)
            if record is None or record.deleted:
                raise NotFound()
        else:
            record = TrainingRecord(teacher=teacher_id)
        for key, value in values.items():
            setattr(record, key, value)
        record.save()
        audit.record(actor, "update" if record_id else "create", "training_record", record.id)
    return Result(record.id, Changes().touch("training_record", record.id))


def delete_record(actor: Actor, record_id: str) -> Result[None]:
    require_manager(actor)
    with database.atomic():
        record = TrainingRecord.get_or_none(TrainingRecord.id == record_id)
        if record is None or record.deleted:
            raise NotFound()
        record.tombstone()
        audit.record(actor, "delete", "training_record", record_id)
    return Result(None, Changes().touch("training_record", record_id))


def records_of(actor: Actor, teacher_id: str) -> list[dict[str, Any]]:
    cols = ", ".join(f'"{k}"' for k in TRAINING_RECORD.keys())
    found = rows(
        f"SELECT id, {cols} FROM training_record WHERE teacher_id = ? AND +deleted = 0"
        " ORDER BY start_date DESC",
        (teacher_id,),
    )
    for row in found:
        row["start_date"], row["end_date"] = as_date(row["start_date"]), as_date(row["end_date"])
    return found


def training_rates(
    start: dt.date, end: dt.date, target_percent: int, school_id: str | None = None
) -> list[TrainingRate]:
    """The training rate of each school over [start, end] (a school year): one query."""
    from fupin_desktop.services.activities.kinds import list_kinds

    s, e = start.isoformat(), end.isoformat()
    codes = [k.code for k in list_kinds() if k.training] or ["training"]
    marks = ", ".join("?" for _ in codes)
    trained = (
        "t.id IN (SELECT teacher_id FROM training_record WHERE +deleted = 0"
        " AND start_date BETWEEN ? AND ?)"
        " OR t.id IN (SELECT at.teacher_id FROM activity_teacher at"
        " JOIN activity a ON a.id = at.activity_id"
        f" WHERE +at.deleted = 0 AND +a.deleted = 0 AND a.kind IN ({marks})"
        " AND a.activity_date BETWEEN ? AND ?)"
    )
    sql = (
        "SELECT sc.id, sc.name, count(t.id) AS teachers,"
        f" coalesce(sum({trained}), 0) AS trained, coalesce(sum(t.poor_village), 0) AS poor"
        " FROM school sc LEFT JOIN teacher t ON t.school_id = sc.id AND +t.deleted = 0"
        " AND t.active = 1 WHERE +sc.deleted = 0"
    )
    params: list[Any] = [s, e, *codes, s, e]
    if school_id:
        sql += " AND sc.id = ?"
        params.append(school_id)
    sql += " GROUP BY sc.id ORDER BY sc.code"
    return [
        TrainingRate(r[0], r[1], r[2], int(r[3]), int(r[4]), target_percent)
        for r in database.execute_sql(sql, params)
    ]
