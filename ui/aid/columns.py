"""Columns the aid tables share: who the child is, amounts of money, the status colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from fupin_desktop.schema.aid import STATUS
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.fields import Field
from fupin_desktop.validation import fen_to_yuan
from ui.aid.table import Column, field_column

# Light backgrounds, so the text stays readable; red for what needs action first.
STATUS_COLOURS = {
    "ok": "#e3f4e4",
    "unpaid": "#fbd5d5",
    "underpaid": "#ffe6c2",
    "overpaid": "#e8dcf6",
    "double_claim": "#f4b4b4",
    "not_entitled": "#d7e8f7",
    "ad_hoc": "#efefef",
}


def status_colour(status: str) -> QColor | None:
    colour = STATUS_COLOURS.get(status)
    return QColor(colour) if colour else None


def status_column(title: str) -> Column:
    return Column(
        title,
        lambda r: STATUS.label(r.status),
        chars=6,
        background=lambda r: status_colour(r.status),
    )


def student_columns(*, show_school: bool = False) -> list[Column]:
    """(School,) name, stage, grade and class: the first columns of every aid table. The
    school only where a ledger holds many (the township). Titles and widths are the
    student file's (schema.catalogues.STUDENT)."""
    school = Column(
        QCoreApplication.translate("AidColumns", "School"), lambda r: r.school_name, chars=7
    )
    children = [
        field_column(STUDENT["name"], lambda r: r.student_name),
        field_column(STUDENT["stage"], lambda r: r.stage),
        field_column(STUDENT["grade"], lambda r: r.grade),
        field_column(STUDENT["class_name"], lambda r: r.class_name),
    ]
    return [*([school] if show_school else []), *children]


def money_column(title: str, value: Callable[[Any], int], chars: int = 5) -> Column:
    """Yuan with two decimals and thousands separators, sorted by the fen."""
    return Column(title, _yuan(value), sort_key=value, numeric=True, chars=chars)


def money_field_column(field: Field, value: Callable[[Any], int], **options: Any) -> Column:
    """A catalogue's amount (Kind.MONEY) in a table: yuan with thousands separators."""
    return field_column(field, value, text=_yuan(value), **options)


def _yuan(value: Callable[[Any], int | None]) -> Callable[[Any], str]:
    return lambda row: fen_to_yuan(value(row), grouped=True)
