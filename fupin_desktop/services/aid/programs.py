"""Aid programs and their dated standards (资助项目, 资助标准): what aid there is, for
whom, how much a year, and from when to when. The principal changes them; one day, one
amount for a program, stage, condition and province.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidProgram, AidStandard
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.aid import AID_PROGRAM, AID_STANDARD, CONDITION
from fupin_desktop.schema.choices import AID_KIND, STAGE
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.services import audit, installation
from fupin_desktop.services.aid.access import (
    raise_if_errors,
    require_configure,
    require_standards,
)
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.validation import fen_to_yuan, normalise_text

# A yearly amount above this is a typing mistake (an extra zero), not a standard.
MAX_AMOUNT_FEN = 100_000_000  # 1,000,000 yuan


@dataclass(frozen=True)
class ProgramRow:
    id: str
    code: str
    name: str
    funding_source: str
    per_term: bool
    active: bool
    note: str
    standards: int  # live standards, any validity

    @property
    def ad_hoc(self) -> bool:
        """No standard: every payment is decided case by case (donations)."""
        return self.standards == 0


@dataclass(frozen=True)
class StandardRow:
    id: str
    program_id: str
    program_code: str
    program_name: str
    stage: str
    condition: str
    amount_fen: int  # a year
    valid_from: dt.date
    valid_to: dt.date | None
    province: str

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass
class ProgramInput:
    """A program as a form holds it. `id` None creates one."""

    code: str
    name: str
    funding_source: str = ""
    per_term: bool = True
    active: bool = True
    note: str = ""
    id: str | None = None


@dataclass
class StandardInput:
    """A standard as a form holds it: the amount as yuan text ('1,250.00'), dates as
    dates or text. `id` None creates one."""

    program_id: str
    stage: str
    condition: str
    amount_yuan: str
    valid_from: dt.date | str | None
    valid_to: dt.date | str | None = None
    province: str = ""
    id: str | None = None


def program_order(code: str, name: str) -> tuple[int, str]:
    codes = AID_KIND.codes()
    return (codes.index(code), "") if code in codes else (len(codes), name)


def list_programs(actor: Actor, *, include_inactive: bool = True) -> list[ProgramRow]:
    """Programs in the order of the national list, own programs after them by name."""
    count = _standard_counts()
    select = (
        AidProgram.select(AidProgram, count.c.n.alias("n"))
        .join(count, pw.JOIN.LEFT_OUTER, on=(count.c.program_id == AidProgram.id))
        .where(AidProgram.deleted == False)  # noqa: E712
    )
    if not include_inactive:
        select = select.where(AidProgram.active == True)  # noqa: E712
    rows = [
        ProgramRow(
            id=p.id,
            code=p.code,
            name=p.name,
            funding_source=p.funding_source,
            per_term=p.per_term,
            active=p.active,
            note=p.note,
            standards=p.n or 0,
        )
        for p in select.objects()
    ]
    rows.sort(key=lambda r: program_order(r.code, r.name))
    return rows


def _standard_counts() -> pw.SelectQuery:
    """A subquery: live standards per program."""
    return (
        AidStandard.select(AidStandard.program.alias("program_id"), pw.fn.COUNT("*").alias("n"))
        .where(AidStandard.deleted == False)  # noqa: E712
        .group_by(AidStandard.program)
        .alias("standard_count")
    )


def get_program(actor: Actor, program_id: str) -> ProgramRow:
    for row in list_programs(actor):
        if row.id == program_id:
            return row
    raise NotFound()


def list_standards(actor: Actor, program_id: str | None = None) -> list[StandardRow]:
    """Live standards, by program, stage, condition and start of validity."""
    select = (
        AidStandard.select(AidStandard, AidProgram)
        .join(AidProgram)
        .where((AidStandard.deleted == False) & (AidProgram.deleted == False))  # noqa: E712
    )
    if program_id:
        select = select.where(AidStandard.program == program_id)
    rows = [_standard_row(s) for s in select]
    stages = STAGE.codes()
    conditions = CONDITION.codes()
    rows.sort(
        key=lambda r: (
            program_order(r.program_code, r.program_name),
            stages.index(r.stage) if r.stage in stages else len(stages),
            conditions.index(r.condition) if r.condition in conditions else len(conditions),
            r.province,
            r.valid_from,
        )
    )
    return rows


def _standard_row(s: AidStandard) -> StandardRow:
    return StandardRow(
        id=s.id,
        program_id=s.program.id,
        program_code=s.program.code,
        program_name=s.program.name,
        stage=s.stage,
        condition=s.condition,
        amount_fen=s.amount_fen,
        valid_from=s.valid_from,
        valid_to=s.valid_to,
        province=s.province,
    )


def clean_program_code(raw: object) -> str:
    code = normalise_text(raw).lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]{1,39}", code):
        raise ValidationError(
            N_("The code must be 2 to 40 lower-case letters, digits or _, starting with a letter."),
            field="code",
        )
    return code


def validate_program(data: ProgramInput) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values and errors by field key (translated)."""
    values, errors = clean_record(AID_PROGRAM, asdict(data))
    if "code" not in errors:
        try:
            values["code"] = clean_program_code(values["code"])
        except ValidationError as exc:
            errors["code"] = exc.message
    if "code" in errors:
        return values, errors
    existing = AidProgram.get_or_none(AidProgram.code == values["code"])
    if data.id is None and existing is not None:
        errors["code"] = tr("Another program already has the code {code}.").format(
            code=values["code"]
        )
    if data.id is not None:
        current = AidProgram.get_or_none(AidProgram.id == data.id)
        if current is not None and current.code != values["code"]:
            errors["code"] = tr("The code of a program cannot be changed.")
    return values, errors


def save_program(actor: Actor, data: ProgramInput) -> tuple[str, Changes]:
    """Create or update a program (principal only)."""
    require_configure(actor)
    installation.require_reference_editor()
    values, errors = validate_program(data)
    raise_if_errors(errors, AID_PROGRAM)
    with database.atomic():
        if data.id:
            program = AidProgram.get_or_none(AidProgram.id == data.id)
            if program is None or program.deleted:
                raise NotFound()
        else:
            program = AidProgram()
        for key, value in values.items():
            setattr(program, key, value)
        program.save()
        audit.record(actor, "update" if data.id else "create", "aid_program", program.id)
    return program.id, Changes().touch("aid_program", program.id)


def set_program_active(actor: Actor, program_id: str, active: bool) -> Changes:
    """Deactivate (or reactivate) a program: an inactive one entitles nobody and takes no
    new payments; its payments stay. To end a standard in time, give it a valid-to date
    instead: that keeps past terms as they were."""
    require_configure(actor)
    installation.require_reference_editor()
    with database.atomic():
        program = AidProgram.get_or_none(AidProgram.id == program_id)
        if program is None or program.deleted:
            raise NotFound()
        if program.active != active:
            program.active = active
            program.save(only=[AidProgram.active])
            audit.record(actor, "activate" if active else "deactivate", "aid_program", program_id)
    return Changes().touch("aid_program", program_id)


def deactivate_program(actor: Actor, program_id: str) -> Changes:
    return set_program_active(actor, program_id, False)


def _overlaps(a_from: dt.date, a_to: dt.date | None, b_from: dt.date, b_to: dt.date | None) -> bool:
    """Validity periods overlap; both ends are days that count, None is open."""
    return (b_to is None or a_from <= b_to) and (a_to is None or b_from <= a_to)


def validate_standard(
    data: StandardInput, *, end_previous: bool = False
) -> tuple[dict[str, Any], dict[str, str], list[AidStandard]]:
    """(clean values, errors by field key, standards to end the day before this one
    starts). With end_previous, a standard that started earlier and would overlap is
    ended instead of refused (a new amount from a date)."""
    raw = asdict(data)
    raw["amount_fen"] = raw.pop("amount_yuan")
    values, errors = clean_record(AID_STANDARD, raw)
    amount = values.get("amount_fen")
    if "amount_fen" not in errors and amount is not None and not 0 <= amount <= MAX_AMOUNT_FEN:
        errors["amount_fen"] = tr("The amount must be between 0 and {limit} yuan.").format(
            limit=fen_to_yuan(MAX_AMOUNT_FEN, grouped=True)
        )
    start, end = values.get("valid_from"), values.get("valid_to")
    if start and end and end < start:
        errors["valid_to"] = tr("The validity ends before it starts.")
    program = AidProgram.get_or_none(AidProgram.id == data.program_id)
    if program is None or program.deleted:
        errors["program"] = tr("The program was not found.")
    if errors:
        return values, errors, []
    to_end: list[AidStandard] = []
    for other in _same_rule(data.program_id, values, exclude=data.id):
        if not _overlaps(start, end, other.valid_from, other.valid_to):
            continue
        covers_tail = end is None or (other.valid_to is not None and other.valid_to <= end)
        if end_previous and other.valid_from < start and covers_tail:
            to_end.append(other)
            continue
        errors["valid_from"] = tr(
            "This overlaps the standard valid {start} to {end} for the same stage, "
            "condition and province."
        ).format(
            start=other.valid_from.isoformat(),
            end=other.valid_to.isoformat() if other.valid_to else tr("(open)"),
        )
        break
    return values, errors, to_end


def _same_rule(
    program_id: str, values: Mapping[str, Any], exclude: str | None
) -> Iterable[AidStandard]:
    select = AidStandard.select().where(
        (AidStandard.program == program_id)
        & (AidStandard.stage == values["stage"])
        & (AidStandard.condition == values["condition"])
        & (AidStandard.province == values["province"])
        & (AidStandard.deleted == False)  # noqa: E712
    )
    if exclude:
        select = select.where(AidStandard.id != exclude)
    return select


def save_standard(
    actor: Actor, data: StandardInput, *, end_previous: bool = False
) -> tuple[str, Changes]:
    """Create or update a standard (principal only). Overlapping validity for the same
    program, stage, condition and province is refused: one day, one amount. With
    end_previous, the standard it replaces is ended the day before it starts."""
    require_standards(actor)
    installation.require_reference_editor()
    with database.atomic():
        values, errors, to_end = validate_standard(data, end_previous=end_previous)
        raise_if_errors(errors, AID_STANDARD)
        changes = Changes()
        for old in to_end:
            old.valid_to = values["valid_from"] - dt.timedelta(days=1)
            old.save(only=[AidStandard.valid_to])
            changes.touch("aid_standard", old.id)
            audit.record(actor, "end", "aid_standard", old.id, old.valid_to.isoformat())
        if data.id:
            standard = AidStandard.get_or_none(AidStandard.id == data.id)
            if standard is None or standard.deleted:
                raise NotFound()
        else:
            standard = AidStandard(program=data.program_id)
        standard.program = data.program_id
        for key, value in values.items():
            setattr(standard, key, value)
        standard.save()
        changes.touch("aid_standard", standard.id)
        audit.record(actor, "update" if data.id else "create", "aid_standard", standard.id)
    return standard.id, changes


def delete_standard(actor: Actor, standard_id: str) -> Changes:
    """Remove a standard entered by mistake (a tombstone). A standard that was right
    but no longer applies is ended with a valid-to date instead."""
    require_standards(actor)
    installation.require_reference_editor()
    with database.atomic():
        standard = AidStandard.get_or_none(AidStandard.id == standard_id)
        if standard is None or standard.deleted:
            raise NotFound()
        standard.tombstone()
        audit.record(actor, "delete", "aid_standard", standard_id)
    return Changes().touch("aid_standard", standard_id)
