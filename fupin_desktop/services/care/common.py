"""Small pieces shared by the pairing and care services: who may do what, and turning a
catalogue's errors into one ValidationError a person can read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.clean import clean_record, error_lines
from fupin_desktop.schema.fields import Catalogue
from fupin_desktop.services.accounts.roles import Do, roles_allowed
from fupin_desktop.services.context import Actor

# Roles that see and change every teacher's records of the school: the role matrix's
# MANAGE_CARE (services/accounts/roles.py).
MANAGERS = (*roles_allowed(Do.MANAGE_CARE), "system")
# The raw queries write "+x.deleted = 0": the unary plus keeps SQLite's planner (which has
# no statistics) from choosing the index on `deleted`, which nearly every row shares, over
# the student's or teacher's index: a correlated count then reads one child's rows, not
# the whole table (measured: 3.5 s against 0.1 s for a coverage of 4,000 students).
# Far in the future: an open-ended pairing or status, for date comparisons in SQL.
OPEN_END = "9999-12-31"


def is_manager(actor: Actor) -> bool:
    return actor.role in MANAGERS


def require_manager(actor: Actor) -> None:
    if not is_manager(actor):
        raise PermissionDenied()


def require_self_or_manager(actor: Actor, teacher_id: str | None) -> None:
    """A teacher records their own visits and diaries; managers record anyone's."""
    if is_manager(actor):
        return
    if actor.teacher_id is None or actor.teacher_id != teacher_id:
        raise PermissionDenied()


def clean_or_raise(
    catalogue: Catalogue, raw: Mapping[str, Any], *, partial: bool = False
) -> dict[str, Any]:
    values, errors = clean_record(catalogue, raw, partial=partial)
    if errors:
        labels = {f.key: f.title for f in catalogue}
        text = error_lines(errors, labels)
        raise ValidationError(N_("Please correct: {errors}"), field=next(iter(errors)), errors=text)
    return values


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            N_("The end date {end} is before the start date {start}."),
            field="end_date",
            end=end.isoformat(),
            start=start.isoformat(),
        )


def as_date(value: Any) -> dt.date | None:
    """SQLite hands dates back as text from raw queries."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def rows(sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
    """A raw query's rows as dicts: for the aggregate queries peewee cannot say well."""
    cursor = database.execute_sql(sql, tuple(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# SQL, over a left_behind_profile aliased lp: nobody looks after the child (the 登记表's
# 无人监护, or a child recorded as living alone). Here, below register and reminders,
# because both count these children.
UNATTENDED_SQL = "(lp.guardianship_type = 'none' OR lp.guardian_kind = 'none')"
