"""Institution pairings (城乡结对): a kindergarten or school paired with another, with its
plan, measures and summary; its activities make up the 帮扶档案 (printed as one PDF by
services.printing.duties)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import InstitutionPairing, School
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.activities import INSTITUTION_PAIRING
from fupin_desktop.services import audit
from fupin_desktop.services.care.common import (
    OPEN_END,
    as_date,
    check_dates,
    clean_or_raise,
    require_manager,
    rows,
)
from fupin_desktop.services.context import Actor, Changes, Result


@dataclass
class InstitutionPairingRow:
    id: str
    school_id: str
    school_name: str
    values: dict[str, Any]
    activities: int = 0

    @property
    def partner(self) -> str:
        return str(self.values.get("partner_name") or "")

    @property
    def label(self) -> str:
        return f"{self.school_name} — {self.partner}"


def save_pairing(
    actor: Actor, pairing_id: str | None, school_id: str, raw: dict[str, Any]
) -> Result[str]:
    require_manager(actor)
    values = clean_or_raise(INSTITUTION_PAIRING, raw)
    check_dates(values["start_date"], values.get("end_date"))
    with database.atomic():
        if pairing_id:
            pairing = InstitutionPairing.get_or_none(InstitutionPairing.id == pairing_id)
            if pairing is None or pairing.deleted:
                raise NotFound()
        else:
            school = School.get_or_none(School.id == school_id)
            if school is None or school.deleted:
                raise ValidationError(N_("Please choose the school."), field="school")
            pairing = InstitutionPairing(school=school_id)
        for key, value in values.items():
            setattr(pairing, key, value)
        pairing.save()
        audit.record(actor, "update" if pairing_id else "create", "institution_pairing", pairing.id)
    return Result(pairing.id, Changes().touch("institution_pairing", pairing.id))


def list_pairings(
    actor: Actor,
    *,
    school_id: str | None = None,
    in_force: tuple[dt.date, dt.date] | None = None,
) -> list[InstitutionPairingRow]:
    """Pairings of a school (or all), with how many activities each has; `in_force`
    keeps those in force some day of (start, end)."""
    cols = ", ".join(f'p."{k}"' for k in INSTITUTION_PAIRING.keys())
    sql = (
        f"SELECT p.id, p.school_id, sc.name AS school_name, {cols},"
        " (SELECT count(*) FROM activity a WHERE a.institution_pairing_id = p.id"
        " AND +a.deleted = 0) AS n FROM institution_pairing p"
        " JOIN school sc ON sc.id = p.school_id WHERE +p.deleted = 0"
    )
    params: list[Any] = []
    if school_id:
        sql += " AND p.school_id = ?"
        params.append(school_id)
    if in_force:
        sql += " AND p.start_date <= ? AND coalesce(p.end_date, ?) >= ?"
        params += [in_force[1].isoformat(), OPEN_END, in_force[0].isoformat()]
    sql += " ORDER BY sc.code, p.start_date"
    found = []
    for row in rows(sql, params):
        values = {k: row[k] for k in INSTITUTION_PAIRING.keys()}
        values["start_date"] = as_date(values["start_date"])
        values["end_date"] = as_date(values["end_date"])
        found.append(
            InstitutionPairingRow(row["id"], row["school_id"], row["school_name"], values, row["n"])
        )
    return found


def get_pairing(actor: Actor, pairing_id: str) -> InstitutionPairingRow:
    pairing = InstitutionPairing.get_or_none(InstitutionPairing.id == pairing_id)
    if pairing is None or pairing.deleted:
        raise NotFound()
    for row in list_pairings(actor, school_id=pairing.school_id):
        if row.id == pairing_id:
            return row
    raise NotFound()


def find_pairing(text: str, school_id: str | None = None) -> str:
    """A pairing by its partner's name (or part of it): the command line."""
    matches = [
        p
        for p in list_pairings(Actor("lookup", "system"), school_id=school_id)
        if text.strip() and text.strip() in p.partner
    ]
    if len(matches) != 1:
        raise ValidationError(
            N_("{count} pairings match {text}."), field="pairing", count=len(matches), text=text
        )
    return matches[0].id
