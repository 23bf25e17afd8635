"""No child lost (控辍保学; docs/architecture.md, "The school year"): children who left
(graduated, transferred out, dropped out) with no receiving school confirmed, and
school-age children of the township's poor households who study elsewhere. Each has a
follow-up owner and date, and is overdue like a visit past its date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import Departure, MigrantChild, School, Student
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.schoolyear import MOVE, WATCH_DAYS
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import may_follow_up
from fupin_desktop.services.context import Actor, Changes, Result

DEPARTURE, MIGRANT = "departure", "migrant_child"


@dataclass(frozen=True)
class WatchItem:
    kind: str  # DEPARTURE / MIGRANT
    record_id: str
    school: str
    name: str
    what: str  # "Graduate 2027-09-01", "studies at …"
    follow_up_owner: str
    follow_up_date: dt.date | None
    overdue: bool


def may_watch(actor: Actor) -> bool:
    """Whether `actor` follows up the children who left (services/accounts/roles.py)."""
    return may_follow_up(actor)


def _require(actor: Actor) -> None:
    if not may_watch(actor):
        raise PermissionDenied(
            N_(
                "Only the principal, the aid officer or the township follows up the "
                "children who left."
            )
        )


def watch_list(
    actor: Actor, as_of: dt.date, school_id: str | None = None, days: int = WATCH_DAYS
) -> list[WatchItem]:
    """Every child to follow up, overdue first (a school's own; the township's all)."""
    _require(actor)
    items = _departures(as_of, school_id, days) + _migrants(as_of, school_id)
    return sorted(items, key=lambda i: (not i.overdue, i.follow_up_date or dt.date.max, i.name))


def _departures(as_of: dt.date, school_id: str | None, days: int) -> list[WatchItem]:
    query = (
        Departure.select(Departure, Student.name, School.name.alias("school_name"))
        .join(Student)
        .join(School)
        .where(
            Departure.confirmed_on.is_null()
            & (Departure.deleted == False)  # noqa: E712
            & (Departure.reason != "suspend")
        )
    )
    if school_id:
        query = query.where(Student.school == school_id)
    out = []
    for d in query.objects():
        due = d.follow_up_date or d.left_on + dt.timedelta(days=days)
        what = f"{MOVE.label(d.reason)} {d.left_on.isoformat()}"
        if d.to_school_name or d.to_place:
            what += " → " + (d.to_school_name or d.to_place)
        if d.handover_state == "offered":
            what += " " + tr("(handed over, not yet accepted)")
        elif d.handover_state == "refused":
            what += " " + tr("(not there: {note})").format(note=d.handover_note)
        out.append(
            WatchItem(DEPARTURE, d.id, d.school_name, d.name, what, d.follow_up_owner, due,
                      due < as_of)
        )  # fmt: skip
    return out


def _migrants(as_of: dt.date, school_id: str | None) -> list[WatchItem]:
    query = (
        MigrantChild.select(MigrantChild, School.name.alias("school_name"))
        .join(School)
        # Watched until aid there is confirmed: unknown (None) or no (False).
        .where(
            (MigrantChild.deleted == False)  # noqa: E712
            & (MigrantChild.aid_confirmed.is_null() | (MigrantChild.aid_confirmed == False))  # noqa: E712
        )
    )
    if school_id:
        query = query.where(MigrantChild.school == school_id)
    out = []
    for m in query.objects():
        what = tr("studies at {school}, {place}").format(school=m.studies_at, place=m.place)
        overdue = m.follow_up_date is None or m.follow_up_date < as_of
        out.append(WatchItem(MIGRANT, m.id, m.school_name, m.name, what, m.follow_up_owner,
                             m.follow_up_date, overdue))  # fmt: skip
    return out


def confirm_departure(
    actor: Actor, departure_id: str, on: dt.date, to_school_id: str | None = None,
    to_place: str = "",
) -> Result[None]:  # fmt: skip
    """The receiving school (or place) is confirmed: the child is no longer watched."""
    _require(actor)
    with database.atomic():
        d = Departure.get_or_none((Departure.id == departure_id) & (Departure.deleted == False))  # noqa: E712
        if d is None:
            raise NotFound()
        if not to_school_id and not to_place.strip():
            raise ValidationError(N_("Say which school the child went to."), field="to_place")
        d.confirmed_on, d.to_school, d.to_place = on, to_school_id, to_place.strip()[:100]
        d.save()
        audit.record(actor, "confirm", DEPARTURE, d.id)
    return Result(None, Changes().touch(DEPARTURE, d.id))


def follow_up(
    actor: Actor, kind: str, record_id: str, owner: str, on: dt.date | None
) -> Result[None]:
    """Who follows the child up, and by when."""
    _require(actor)
    model: Any = Departure if kind == DEPARTURE else MigrantChild
    with database.atomic():
        row = model.get_or_none(model.id == record_id)
        if row is None:
            raise NotFound()
        row.follow_up_owner, row.follow_up_date = owner.strip()[:40], on
        row.save()
        audit.record(actor, "follow_up", kind, record_id)
    return Result(None, Changes().touch(kind, record_id))


def add_migrant(actor: Actor, school_id: str, values: dict[str, Any]) -> Result[str]:
    """Record a child of the township's poor households studying elsewhere."""
    _require(actor)
    name = str(values.get("name") or "").strip()
    if not name:
        raise ValidationError(N_("The name is required."), field="name")
    keys = ("id_number", "household", "studies_at", "place", "follow_up_owner", "note")
    row = MigrantChild(school=school_id, name=name[:40],
                       **{k: str(values.get(k) or "").strip() for k in keys})  # fmt: skip
    row.aid_confirmed = values.get("aid_confirmed")
    row.follow_up_date = values.get("follow_up_date")
    with database.atomic():
        row.save()
        audit.record(actor, "create", MIGRANT, row.id)
    return Result(row.id, Changes().touch(MIGRANT, row.id))
