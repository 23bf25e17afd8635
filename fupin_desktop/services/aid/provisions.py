"""Meals and aid in kind as provided (营养改善计划, 免学杂费, 免费教科书): recorded per
class and term (or per stage, or for the whole school), optionally with the number of
meal days served. Never a child's unpaid money (services/aid/reconciliation.py)."""

from __future__ import annotations

import datetime as dt

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidProgram, AidProvision, School
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.aid import CASH
from fupin_desktop.services import audit
from fupin_desktop.services.aid.access import AID_WRITERS, require
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import clean_class_name, clean_date, normalise_prose

CASH_PROGRAM = N_("{program} is paid to the children: record its payments instead.")
BAD_DAYS = N_("The meal days must be between 0 and 366.")


def record_provision(
    actor: Actor,
    school_year: str,
    term: int | str,
    school_id: str,
    program_id: str,
    *,
    stage: str = "",
    grade: int | None = None,
    class_name: str = "",
    days: int = 0,
    provided_on: object = None,
    note: str = "",
) -> Result[str]:
    """Record that a program was provided to a class (stage and grade and class), a
    stage (stage only) or the whole school (neither) in a term."""
    require(actor, AID_WRITERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    program = AidProgram.get_or_none(AidProgram.id == program_id)
    school = School.get_or_none(School.id == school_id)
    if program is None or school is None or program.deleted or school.deleted:
        raise NotFound()
    if program.provision == CASH:
        raise ValidationError(CASH_PROGRAM, program=program.name)
    if not 0 <= int(days) <= 366:
        raise ValidationError(BAD_DAYS)
    with database.atomic():
        row = AidProvision(
            school=school_id,
            program=program_id,
            school_year=school_year,
            term=term,
            stage=stage,
            grade=grade,
            class_name=clean_class_name(class_name),
            days=int(days),
            provided_on=clean_date(provided_on) or dt.date.today(),
            recorded_by=actor.name,
            note=normalise_prose(note),
        )
        row.save()
        audit.record(
            actor, "provide", "aid_provision", row.id, f"{program.code} {school_year}/{term}"
        )
    return Result(row.id, Changes().touch("aid_provision", row.id))


def provided_programs() -> list[AidProgram]:
    return list(
        AidProgram.select()
        .where((AidProgram.deleted == False) & (AidProgram.provision != CASH))  # noqa: E712
        .order_by(AidProgram.code)
    )
