"""How a stored value reads for a person: one place for tables, Excel and PDF."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from fupin_desktop.i18n import tr
from fupin_desktop.schema.kinds import Kind
from fupin_desktop.validation import fen_to_yuan, strip_grade

if TYPE_CHECKING:
    from fupin_desktop.schema.fields import Field


def display_value(field: Field, value: Any) -> str:
    if value is None:
        return ""
    if field.kind is Kind.CHOICE and field.choices is not None:
        return field.choices.label(value)
    if field.kind is Kind.MULTI_CHOICE and field.choices is not None:
        return field.choices.labels(value)
    if field.kind is Kind.BOOL:
        return tr("Yes") if value else tr("No")
    if field.kind is Kind.DATE and isinstance(value, dt.date):
        return value.isoformat()
    if field.kind is Kind.MONEY:
        return fen_to_yuan(value)
    return str(value)


def class_label(grade: int | None, class_name: str | None) -> str:
    """A pupil's class as every screen, list and form writes it, "3年级2班": the grade
    once, the class written one way (validation.clean_class_name)."""
    name = strip_grade(class_name or "", grade)
    if grade is None:
        return name
    return tr("Grade {grade} {class_name}").format(grade=grade, class_name=name)


def mask_id_number(number: str) -> str:
    """Only the last four characters shown: the least exposure that does the job."""
    if not number:
        return ""
    return "*" * (len(number) - 4) + number[-4:]


def local_time(value: dt.datetime | str, *, tz: dt.tzinfo | None = None) -> str:
    """A stored UTC timestamp (naive means UTC) as the local clock reads it,
    "2026-11-30 20:05": timestamps are UTC in storage and local in display."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def mask_card_number(number: str) -> str:
    """6228 **** 1234: the first four and the last four digits, nothing between."""
    if len(number) <= 8:
        return "*" * len(number)
    return f"{number[:4]} **** {number[-4:]}"
