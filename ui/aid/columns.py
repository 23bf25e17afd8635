"""Columns the aid tables share: who the child is, amounts of money, the status colour."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from fupin_desktop.schema.aid import STATUS
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.validation import fen_to_yuan
from ui.aid.table import Column

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


def student_columns(*, show_school: bool = False, name_chars: int = 5) -> list[Column]:
    """(School,) name, stage, grade and class: the first columns of every aid table. The
    school only where a ledger holds many (the township)."""
    school = Column(
        QCoreApplication.translate("AidColumns", "School"), lambda r: r.school_name, chars=7
    )
    return [*([school] if show_school else []), *_child_columns(name_chars)]


def _child_columns(name_chars: int) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("AidColumns", "Name"),
            lambda r: r.student_name,
            chars=name_chars,
        ),
        Column(
            QCoreApplication.translate("AidColumns", "Stage"),
            lambda r: STAGE.label(r.stage),
            chars=6,
        ),
        Column(
            QCoreApplication.translate("AidColumns", "Grade"),
            lambda r: "" if r.grade is None else str(r.grade),
            sort_key=lambda r: r.grade,
            numeric=True,
            chars=2,
        ),
        Column(QCoreApplication.translate("AidColumns", "Class"), lambda r: r.class_name, chars=3),
    ]


def money_column(title: str, value: Callable[[Any], int], chars: int = 5) -> Column:
    """Yuan with two decimals and thousands separators, sorted by the fen."""
    return Column(
        title,
        lambda r: fen_to_yuan(value(r), grouped=True),
        sort_key=value,
        numeric=True,
        chars=chars,
    )
