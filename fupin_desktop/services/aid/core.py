"""Aid (资助): programs and their standards, who is entitled to what in a term, the
payments an aid officer records, and the reconciliation of the two.

Money is integer fen everywhere; yuan appear only as text a person typed (yuan_to_fen)
or reads (format_yuan). A float never touches an amount.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database
from fupin_desktop.db.models import (
    AidPayment,
    AidProgram,
    AidStandard,
    School,
    StatusHistory,
    Student,
)
from fupin_desktop.errors import NotFound, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.choices import AID_KIND, STAGE
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices
from fupin_desktop.services import audit, installation
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.validation import normalise_text

# Who may record and void payments, and who may read the aid of named children.
AID_WRITERS = ("aid_officer", "principal", "system")
AID_READERS = (*AID_WRITERS, "township")

# The setting that names this installation's province; a standard with a province
# applies only where the setting equals it (see _standards_at).
PROVINCE_SETTING = "province"

# A yearly amount above this is a typing mistake (an extra zero), not a standard.
MAX_AMOUNT_FEN = 100_000_000  # 1,000,000 yuan

# -- conditions -----------------------------------------------------------------------
#
# Who a standard entitles. A small fixed set, evaluated in one place (condition_met):
#   all              every enrolled student of the stage
#   needy            a family in any needy category (NEEDY_KEYS): registered poor,
#                    dibao, extreme poverty support, orphan, de facto unsupported, disabled
#   registered_poor  registered poor household (建档立卡) only
#   boarder          every boarder (寄宿生)
#   boarder_needy    a boarder from a needy family (家庭经济困难寄宿生)
# An unknown code (from a newer program's package) entitles nobody: refusing money by
# mistake shows up as "unpaid" in the reconciliation; paying it by mistake would not.

NEEDY_KEYS = (
    "registered_poor",
    "dibao",
    "extreme_poverty_support",
    "orphan",
    "de_facto_unsupported",
    "disabled",
)

CONDITION = choices(
    "aid_condition",
    ("all", N_("All students")),
    ("needy", N_("Needy families")),
    ("registered_poor", N_("Registered poor households")),
    ("boarder", N_("Boarders")),
    ("boarder_needy", N_("Boarders from needy families")),
)


def is_needy(student: Mapping[str, Any]) -> bool:
    return any(bool(student.get(key)) for key in NEEDY_KEYS)


def condition_met(condition: str, student: Mapping[str, Any]) -> bool:
    """Whether a student (a mapping with `boarder` and the NEEDY_KEYS flags) meets a
    standard's condition. The one place conditions are decided."""
    match condition:
        case "all":
            return True
        case "needy":
            return is_needy(student)
        case "registered_poor":
            return bool(student.get("registered_poor"))
        case "boarder":
            return bool(student.get("boarder"))
        case "boarder_needy":
            return bool(student.get("boarder")) and is_needy(student)
        case _:
            return False


PAYMENT_METHOD = choices(
    "payment_method",
    ("bank_card", N_("Bank card")),
    ("cash", N_("Cash")),
    ("school_meal", N_("School meals")),
    ("in_kind", N_("In kind")),
)

TERM = choices("term", ("1", N_("Autumn term")), ("2", N_("Spring term")))

# Reconciliation status of one student and program in a term.
STATUS = choices(
    "aid_status",
    ("ok", N_("OK")),
    ("unpaid", N_("Unpaid")),
    ("underpaid", N_("Underpaid")),
    ("overpaid", N_("Overpaid")),
    ("double_claim", N_("Double claim")),
    ("not_entitled", N_("Paid, not entitled")),
    # A program with no standard at all (donations): every payment is its own decision.
    ("ad_hoc", N_("Ad hoc")),
)
FLAGGED = ("unpaid", "underpaid", "overpaid", "double_claim", "not_entitled")

# -- catalogues -----------------------------------------------------------------------

AID_PROGRAM = Catalogue(
    "aid_program",
    (
        Field(
            "code",
            N_("Code"),
            required=True,
            width=16,
            max_length=40,
            help=N_("Lower-case letters, digits and _; cannot be changed later."),
        ),
        Field("name", N_("Name"), required=True, width=16, in_table=True, max_length=60),
        Field("funding_source", N_("Funding source"), width=14, in_table=True, max_length=60),
        Field(
            "per_term",
            N_("Paid each term"),
            Kind.BOOL,
            width=6,
            in_table=True,
            help=N_("Half the yearly amount each term; otherwise all of it in the autumn."),
        ),
        Field("active", N_("Active"), Kind.BOOL, width=5, in_table=True),
        Field("note", N_("Note"), width=20, in_table=True, max_length=200),
    ),
)

AID_STANDARD = Catalogue(
    "aid_standard",
    (
        Field(
            "stage", N_("Stage"), Kind.CHOICE, required=True, choices=STAGE, width=8, in_table=True
        ),
        Field(
            "condition",
            N_("Who is entitled"),
            Kind.CHOICE,
            required=True,
            choices=CONDITION,
            width=14,
            in_table=True,
        ),
        Field(
            "amount_fen",
            N_("Amount a year (yuan)"),
            Kind.MONEY,
            required=True,
            width=10,
            in_table=True,
            help=N_("0 for aid in kind (tuition waiver, textbooks)."),
        ),
        Field("valid_from", N_("Valid from"), Kind.DATE, required=True, width=11, in_table=True),
        Field(
            "valid_to",
            N_("Valid to"),
            Kind.DATE,
            width=11,
            in_table=True,
            help=N_("The last day it applies; empty while it still applies."),
        ),
        Field(
            "province",
            N_("Province"),
            width=8,
            in_table=True,
            max_length=20,
            help=N_("Empty for a national standard."),
        ),
    ),
)

AID_PAYMENT = Catalogue(
    "aid_payment",
    (
        Field("amount_fen", N_("Amount (yuan)"), Kind.MONEY, required=True, width=10),
        Field("paid_on", N_("Date paid"), Kind.DATE, required=True, width=11),
        Field("method", N_("Method"), Kind.CHOICE, required=True, choices=PAYMENT_METHOD, width=8),
        Field("funding_source", N_("Funding source"), width=14, max_length=60),
        Field(
            "received_by",
            N_("Received by"),
            required=True,
            width=8,
            max_length=40,
            help=N_("The student or guardian who received it (signs the list)."),
        ),
        Field("signed_by", N_("Handed over by"), width=8, max_length=40),
        Field("note", N_("Note"), width=20, max_length=200),
    ),
)


# -- money, years and terms -----------------------------------------------------------


def format_yuan(fen: int | None) -> str:
    """12345678 fen as '123,456.78': yuan with a thousands separator, exactly."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def school_year_of(day: dt.date) -> str:
    """The school year a day falls in: it starts on 1 September."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}-{first + 1}"


def current_term(day: dt.date | None = None) -> tuple[str, int]:
    """(school year, term) of a day: September to January is the autumn term (1),
    February to August the spring term (2)."""
    day = day or dt.date.today()
    term = 1 if day.month >= 9 or day.month == 1 else 2
    return school_year_of(day), term


def clean_school_year(raw: object) -> str:
    """'2025-2026' (also 2025/2026, 2025—2026, 2025至2026): two consecutive years."""
    text = normalise_text(raw)
    match = re.fullmatch(r"(\d{4})\s*[-/—–~至]\s*(\d{4})", text)
    if not match or int(match[2]) != int(match[1]) + 1:
        raise ValidationError(
            N_("{value} is not a school year (for example 2025-2026)."),
            field="school_year",
            value=text,
        )
    return f"{match[1]}-{match[2]}"


def clean_term(raw: object) -> int:
    text = normalise_text(raw)
    if text not in ("1", "2"):
        raise ValidationError(
            N_("The term must be 1 (autumn) or 2 (spring)."), field="term", value=text
        )
    return int(text)


def term_reference_date(school_year: str, term: int) -> dt.date:
    """The day a term's entitlement is decided on: 1 September for the autumn term,
    1 March for the spring term. Standards and enrolment are taken as of this day."""
    first = int(clean_school_year(school_year)[:4])
    return dt.date(first, 9, 1) if clean_term(term) == 1 else dt.date(first + 1, 3, 1)


def term_amount(yearly_fen: int, per_term: bool, term: int) -> int | None:
    """A term's share of a yearly amount; None when nothing falls due that term.

    Paid each term: half a year each, the odd fen in the autumn so the two add up."""
    if per_term:
        half, odd = divmod(yearly_fen, 2)
        return half + odd if term == 1 else half
    return yearly_fen if term == 1 else None


def school_year_choices(today: dt.date | None = None, back: int = 5) -> list[str]:
    """School years to pick from: the next, this one and `back` before, newest first,
    plus any older year that has payments."""
    first = int(school_year_of(today or dt.date.today())[:4])
    years = {f"{y}-{y + 1}" for y in range(first - back, first + 2)}
    years.update(
        row[0]
        for row in AidPayment.select(AidPayment.school_year)
        .where(AidPayment.deleted == False)  # noqa: E712
        .distinct()
        .tuples()
    )
    return sorted(years, reverse=True)


# -- permissions and cleaning ---------------------------------------------------------


def _require(actor: Actor, roles: Sequence[str]) -> None:
    if actor.role not in roles:
        raise PermissionDenied()


def may_record_payments(actor: Actor) -> bool:
    return actor.role in AID_WRITERS


def may_read(actor: Actor) -> bool:
    return actor.role in AID_READERS


# Keys of errors about what a form names but its catalogue does not hold.
_OTHER_LABELS = {
    "student": N_("Student"),
    "program": N_("Program"),
    "school_year": N_("School year"),
    "term": N_("Term"),
}


def _raise_if(errors: Mapping[str, str], catalogue: Catalogue) -> None:
    if not errors:
        return
    labels = {key: tr(label) for key, label in _OTHER_LABELS.items()}
    labels.update({f.key: f.title for f in catalogue})
    text = "; ".join(f"{labels.get(key, key)}: {message}" for key, message in errors.items())
    first = next(iter(errors))
    raise ValidationError(N_("Please correct: {errors}"), field=first, errors=text)


# -- programs and standards -----------------------------------------------------------


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


def _program_order(code: str, name: str) -> tuple[int, str]:
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
    rows.sort(key=lambda r: _program_order(r.code, r.name))
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
            _program_order(r.program_code, r.program_name),
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
    _require_configure(actor)
    values, errors = validate_program(data)
    _raise_if(errors, AID_PROGRAM)
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
    _require_configure(actor)
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


def _require_configure(actor: Actor) -> None:
    if not actor.may_configure:
        raise PermissionDenied()


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
            limit=format_yuan(MAX_AMOUNT_FEN)
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
    _require_configure(actor)
    with database.atomic():
        values, errors, to_end = validate_standard(data, end_previous=end_previous)
        _raise_if(errors, AID_STANDARD)
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
    _require_configure(actor)
    with database.atomic():
        standard = AidStandard.get_or_none(AidStandard.id == standard_id)
        if standard is None or standard.deleted:
            raise NotFound()
        standard.tombstone()
        audit.record(actor, "delete", "aid_standard", standard_id)
    return Changes().touch("aid_standard", standard_id)


# -- entitlements ---------------------------------------------------------------------


@dataclass(frozen=True)
class Entitlement:
    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    standard_id: str
    condition: str
    yearly_fen: int
    amount_fen: int  # due this term
    school_name: str = ""  # for the township, which holds many schools

    @property
    def in_kind(self) -> bool:
        """Entitled, but no money changes hands (tuition waiver, textbooks)."""
        return self.amount_fen == 0


@dataclass(frozen=True)
class _Rule:
    standard_id: str
    program_id: str
    program_code: str
    program_name: str
    per_term: bool
    condition: str
    amount_fen: int
    province: str


_STUDENT_COLUMNS = (
    Student.id,
    Student.school,
    Student.name,
    Student.name_pinyin,
    Student.stage,
    Student.grade,
    Student.class_name,
    Student.boarder,
    Student.enrolment,
    *(getattr(Student, key) for key in NEEDY_KEYS),
)


def _province() -> str:
    return normalise_text(installation.get_setting(PROVINCE_SETTING, ""))


def _standards_at(day: dt.date) -> dict[str, list[_Rule]]:
    """The rules valid on `day` for active programs, by stage.

    A standard with a province applies only where the province setting names it, and
    then replaces the national standards of its program and stage."""
    province = _province()
    select = (
        AidStandard.select(AidStandard, AidProgram)
        .join(AidProgram)
        .where(
            (AidStandard.deleted == False)  # noqa: E712
            & (AidProgram.deleted == False)  # noqa: E712
            & (AidProgram.active == True)  # noqa: E712
            & (AidStandard.valid_from <= day)
            & (AidStandard.valid_to.is_null() | (AidStandard.valid_to >= day))
            & (AidStandard.province.in_(["", province]))
        )
    )
    rules: dict[tuple[str, str], list[_Rule]] = defaultdict(list)
    for s in select:
        rules[(s.stage, s.program.id)].append(
            _Rule(
                standard_id=s.id,
                program_id=s.program.id,
                program_code=s.program.code,
                program_name=s.program.name,
                per_term=s.program.per_term,
                condition=s.condition,
                amount_fen=s.amount_fen,
                province=s.province,
            )
        )
    by_stage: dict[str, list[_Rule]] = defaultdict(list)
    for (stage, _), group in rules.items():
        local = [r for r in group if r.province]
        by_stage[stage].extend(local or group)
    return by_stage


def _student_scope(school_id: str | None) -> pw.Expression:
    cond = Student.deleted == False  # noqa: E712
    if school_id:
        cond &= Student.school == school_id
    return cond


def _enrolment_on(day: dt.date, scope: pw.Expression) -> dict[str, str]:
    """Each student's enrolment on `day`, from the dated history: a student who left
    after the term began was still entitled to it, and one who came later was not.

    The first entry is the state the file was created in (save_file and imports record
    it), so a day before the file existed takes that; no history at all means the
    current value (the caller's fallback)."""
    live = StatusHistory.deleted == False  # noqa: E712
    rows = (
        StatusHistory.select(StatusHistory.student, StatusHistory.value, StatusHistory.start_date)
        .join(Student)
        .where(scope & (StatusHistory.kind == "enrolment") & live)
        .order_by(StatusHistory.student, StatusHistory.start_date, StatusHistory.created_at)
        .tuples()
    )
    on_day: dict[str, str] = {}
    for student_id, value, start in rows:
        if start <= day or student_id not in on_day:
            on_day[student_id] = value
    return on_day


def _stage_order(stage: str) -> int:
    stages = STAGE.codes()
    return stages.index(stage) if stage in stages else len(stages)


def _schools() -> dict[str, tuple[str, str]]:
    """School id -> (code, name): a township's rows are ordered and labelled by school."""
    return {
        row[0]: (row[1], row[2])
        for row in School.select(School.id, School.code, School.name).tuples()
    }


def _student_key(row: Mapping[str, Any], schools: Mapping[str, tuple[str, str]]) -> tuple[Any, ...]:
    grade = row.get("grade")
    return (
        schools.get(row.get("school") or "", ("", ""))[0],
        _stage_order(row.get("stage") or ""),
        grade if grade is not None else 99,
        row.get("class_name") or "",
        row.get("name_pinyin") or "",
        row.get("id") or "",
    )


def _compute_entitlements(school_year: str, term: int, school_id: str | None) -> list[Entitlement]:
    day = term_reference_date(school_year, term)
    rules = _standards_at(day)
    if not rules:
        return []
    scope = _student_scope(school_id)
    students = list(
        Student.select(*_STUDENT_COLUMNS).where(scope & Student.stage.in_(list(rules))).dicts()
    )
    enrolment = _enrolment_on(day, scope & Student.stage.in_(list(rules)))
    schools = _schools()
    students.sort(key=lambda row: _student_key(row, schools))
    result: list[Entitlement] = []
    for student in students:
        if enrolment.get(student["id"], student["enrolment"]) != "enrolled":
            continue
        school_name = schools.get(student["school"], ("", ""))[1]
        result.extend(_entitle(student, rules[student["stage"]], term, school_name))
    return result


def _entitle(
    student: Mapping[str, Any], rules: list[_Rule], term: int, school_name: str = ""
) -> list[Entitlement]:
    """One entitlement per program: when several of its rules match (a boarder rule and
    a needy-boarder rule), the most generous one."""
    best: dict[str, _Rule] = {}
    for rule in rules:
        if not condition_met(rule.condition, student):
            continue
        held = best.get(rule.program_id)
        if held is None or rule.amount_fen > held.amount_fen:
            best[rule.program_id] = rule
    out = []
    for rule in sorted(best.values(), key=lambda r: _program_order(r.program_code, r.program_name)):
        amount = term_amount(rule.amount_fen, rule.per_term, term)
        if amount is None:
            continue
        out.append(
            Entitlement(
                student_id=student["id"],
                student_name=student["name"],
                stage=student["stage"],
                grade=student["grade"],
                class_name=student["class_name"],
                program_id=rule.program_id,
                program_code=rule.program_code,
                program_name=rule.program_name,
                standard_id=rule.standard_id,
                condition=rule.condition,
                yearly_fen=rule.amount_fen,
                amount_fen=amount,
                school_name=school_name,
            )
        )
    return out


def entitlements(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> list[Entitlement]:
    """Who is entitled to what in a term: every student enrolled on the term's reference
    day (term_reference_date), by the standards valid that day, from stage, boarding
    and the family's current categories. Ordered by stage, grade, class and name.

    `school_id` None means every school of the ledger (the township)."""
    _require(actor, AID_READERS)
    return _compute_entitlements(clean_school_year(school_year), clean_term(term), school_id)


# -- payments -------------------------------------------------------------------------


@dataclass
class PaymentInput:
    """A payment as the form holds it: the amount as yuan text ('625', '1,250.00')."""

    student_id: str
    program_id: str
    school_year: str
    term: int | str
    amount_yuan: str
    paid_on: dt.date | str | None
    method: str
    funding_source: str = ""
    received_by: str = ""
    signed_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class PaymentRow:
    id: str
    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    school_year: str
    term: int
    amount_fen: int
    paid_on: dt.date
    method: str
    funding_source: str
    received_by: str
    signed_by: str
    note: str
    school_name: str = ""


def validate_payment(
    data: PaymentInput, *, today: dt.date | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values and errors by field key (translated), for the form and the save."""
    raw = asdict(data)
    raw["amount_fen"] = raw.pop("amount_yuan")
    values, errors = clean_record(AID_PAYMENT, raw)
    amount = values.get("amount_fen")
    if "amount_fen" not in errors and amount is not None:
        if amount <= 0:
            errors["amount_fen"] = tr("The amount must be more than 0.")
        elif amount > MAX_AMOUNT_FEN:
            errors["amount_fen"] = tr("The amount must be at most {limit} yuan.").format(
                limit=format_yuan(MAX_AMOUNT_FEN)
            )
    paid_on = values.get("paid_on")
    today = today or dt.date.today()
    if paid_on is not None and not dt.date(2000, 1, 1) <= paid_on <= today:
        errors["paid_on"] = tr("The date paid cannot be in the future or before 2000.")
    for key, cleaner in (("school_year", clean_school_year), ("term", clean_term)):
        try:
            values[key] = cleaner(raw[key])
        except ValidationError as exc:
            errors[key] = exc.message
    student = Student.get_or_none(Student.id == data.student_id) if data.student_id else None
    if not data.student_id:
        errors["student"] = tr("Choose the student.")
    elif student is None or student.deleted:
        errors["student"] = tr("The student was not found.")
    program = AidProgram.get_or_none(AidProgram.id == data.program_id)
    if program is None or program.deleted:
        errors["program"] = tr("The program was not found.")
    elif not program.active:
        errors["program"] = tr("The program {name} is not active.").format(name=program.name)
    elif not values.get("funding_source"):
        values["funding_source"] = program.funding_source
    return values, errors


def record_payment(actor: Actor, data: PaymentInput) -> tuple[str, Changes]:
    """Record one payment (aid officer or principal). A second payment for the same
    student, program and term is allowed (a top-up), and flagged by reconcile()."""
    _require(actor, AID_WRITERS)
    with database.atomic():
        values, errors = validate_payment(data)
        _raise_if(errors, AID_PAYMENT)
        payment = AidPayment(student=data.student_id, program=data.program_id, **values)
        payment.save()
        audit.record(
            actor,
            "create",
            "aid_payment",
            payment.id,
            f"student={data.student_id} {values['school_year']}/{values['term']} "
            f"fen={values['amount_fen']}",
        )
    return payment.id, Changes().touch("aid_payment", payment.id)


def void_payment(actor: Actor, payment_id: str, reason: str = "") -> Changes:
    """Cancel a payment recorded by mistake: a tombstone, and the reason in the audit."""
    _require(actor, AID_WRITERS)
    with database.atomic():
        payment = AidPayment.get_or_none(AidPayment.id == payment_id)
        if payment is None or payment.deleted:
            raise NotFound()
        payment.tombstone()
        audit.record(actor, "void", "aid_payment", payment_id, normalise_text(reason))
    return Changes().touch("aid_payment", payment_id)


def list_payments(
    actor: Actor,
    school_year: str | None = None,
    term: int | None = None,
    school_id: str | None = None,
    *,
    student_id: str | None = None,
    program_id: str | None = None,
) -> list[PaymentRow]:
    """Live payments, newest first."""
    _require(actor, AID_READERS)
    select = (
        AidPayment.select(AidPayment, Student, AidProgram)
        .join(Student)
        .switch(AidPayment)
        .join(AidProgram)
        .where(AidPayment.deleted == False)  # noqa: E712
    )
    if school_year:
        select = select.where(AidPayment.school_year == clean_school_year(school_year))
    if term is not None:
        select = select.where(AidPayment.term == clean_term(term))
    if school_id:
        select = select.where(Student.school == school_id)
    if student_id:
        select = select.where(AidPayment.student == student_id)
    if program_id:
        select = select.where(AidPayment.program == program_id)
    select = select.order_by(AidPayment.paid_on.desc(), AidPayment.created_at.desc())
    schools = _schools()
    return [_payment_row(p, schools) for p in select]


def _payment_row(p: AidPayment, schools: Mapping[str, tuple[str, str]]) -> PaymentRow:
    return PaymentRow(
        id=p.id,
        student_id=p.student.id,
        student_name=p.student.name,
        stage=p.student.stage,
        grade=p.student.grade,
        class_name=p.student.class_name,
        program_id=p.program.id,
        program_code=p.program.code,
        program_name=p.program.name,
        school_year=p.school_year,
        term=p.term,
        amount_fen=p.amount_fen,
        paid_on=p.paid_on,
        method=p.method,
        funding_source=p.funding_source,
        received_by=p.received_by,
        signed_by=p.signed_by,
        note=p.note,
        school_name=schools.get(p.student.school_id, ("", ""))[1],
    )


@dataclass(frozen=True)
class StudentChoice:
    id: str
    name: str
    stage: str
    grade: int | None
    class_name: str
    school_name: str = ""


def payable_students(actor: Actor, school_id: str | None = None) -> list[StudentChoice]:
    """Enrolled students, for choosing who an ad hoc payment (a donation) went to."""
    _require(actor, AID_READERS)
    select = (
        Student.select(*_STUDENT_COLUMNS)
        .where(_student_scope(school_id) & (Student.enrolment == "enrolled"))
        .dicts()
    )
    schools = _schools()
    rows = sorted(select, key=lambda row: _student_key(row, schools))
    return [
        StudentChoice(
            r["id"],
            r["name"],
            r["stage"],
            r["grade"],
            r["class_name"],
            schools.get(r["school"], ("", ""))[1],
        )
        for r in rows
    ]


# -- reconciliation -------------------------------------------------------------------


@dataclass(frozen=True)
class ReconRow:
    """One student and program in a term: what was due against what was paid."""

    student_id: str
    student_name: str
    stage: str
    grade: int | None
    class_name: str
    program_id: str
    program_code: str
    program_name: str
    entitled: bool
    entitled_fen: int
    paid_fen: int
    payments: int
    status: str
    school_name: str = ""

    @property
    def difference_fen(self) -> int:
        """Paid minus due: negative is money still owed to the child."""
        return self.paid_fen - self.entitled_fen

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.entitled_fen - self.paid_fen)

    @property
    def in_kind(self) -> bool:
        return self.entitled and self.entitled_fen == 0


@dataclass(frozen=True)
class Total:
    key: str  # program id, stage code, or "" for the grand total
    label: str
    entitled_fen: int = 0
    paid_fen: int = 0
    # Counted in rows (a student and a program): a child with two programs counts twice.
    entitled_rows: int = 0
    paid_rows: int = 0
    flagged: int = 0

    @property
    def difference_fen(self) -> int:
        return self.paid_fen - self.entitled_fen


@dataclass
class Reconciliation:
    school_year: str
    term: int
    rows: list[ReconRow]
    by_program: list[Total]
    by_stage: list[Total]
    total: Total
    status_counts: dict[str, int] = field(default_factory=dict)


def payment_status(
    *, entitled: bool, ad_hoc: bool, entitled_fen: int, paid_fen: int, payments: int
) -> str:
    """The one rule for a row's status, in order of what needs attention first."""
    if not entitled:
        return "ad_hoc" if ad_hoc else "not_entitled"
    if payments > 1:
        return "double_claim"
    if entitled_fen == 0:
        return "ok"  # in kind: nothing to pay, and a recorded value is no problem
    if paid_fen == 0:
        return "unpaid"
    if paid_fen < entitled_fen:
        return "underpaid"
    if paid_fen > entitled_fen:
        return "overpaid"
    return "ok"


def _paid_in_term(school_year: str, term: int, school_id: str | None) -> list[dict[str, Any]]:
    """Live payments summed per student and program, in SQL."""
    select = (
        AidPayment.select(
            AidPayment.student.alias("student_id"),
            AidPayment.program.alias("program_id"),
            pw.fn.SUM(AidPayment.amount_fen).alias("paid"),
            pw.fn.COUNT(AidPayment.id).alias("payments"),
            Student.name,
            Student.name_pinyin,
            Student.stage,
            Student.grade,
            Student.class_name,
            Student.school,
            AidProgram.code.alias("program_code"),
            AidProgram.name.alias("program_name"),
        )
        .join(Student)
        .switch(AidPayment)
        .join(AidProgram)
        .where(
            (AidPayment.deleted == False)  # noqa: E712
            & (AidPayment.school_year == school_year)
            & (AidPayment.term == term)
        )
        .group_by(AidPayment.student, AidPayment.program)
    )
    if school_id:
        select = select.where(Student.school == school_id)
    return list(select.dicts())


def _ad_hoc_programs() -> set[str]:
    with_standards = AidStandard.select(AidStandard.program).where(
        AidStandard.deleted == False  # noqa: E712
    )
    return {
        row[0]
        for row in AidProgram.select(AidProgram.id)
        .where(AidProgram.id.not_in(with_standards))
        .tuples()
    }


def reconcile(
    actor: Actor, school_year: str, term: int, school_id: str | None = None
) -> Reconciliation:
    """Entitled against paid, per student and program, with totals per program and per
    stage (all integer fen). Rows come in the order of entitlements(), then payments
    that match no entitlement."""
    _require(actor, AID_READERS)
    school_year, term = clean_school_year(school_year), clean_term(term)
    due = _compute_entitlements(school_year, term, school_id)
    paid = {
        (p["student_id"], p["program_id"]): p for p in _paid_in_term(school_year, term, school_id)
    }
    ad_hoc = _ad_hoc_programs()
    rows: list[ReconRow] = []
    for e in due:
        p = paid.pop((e.student_id, e.program_id), None)
        amount, count = (int(p["paid"]), int(p["payments"])) if p else (0, 0)
        rows.append(
            ReconRow(
                student_id=e.student_id,
                student_name=e.student_name,
                stage=e.stage,
                grade=e.grade,
                class_name=e.class_name,
                program_id=e.program_id,
                program_code=e.program_code,
                program_name=e.program_name,
                entitled=True,
                entitled_fen=e.amount_fen,
                paid_fen=amount,
                payments=count,
                status=payment_status(
                    entitled=True,
                    ad_hoc=False,
                    entitled_fen=e.amount_fen,
                    paid_fen=amount,
                    payments=count,
                ),
                school_name=e.school_name,
            )
        )
    rows.extend(_unentitled_rows(paid.values(), ad_hoc))
    return _with_totals(school_year, term, rows)


def _unentitled_rows(payments: Iterable[dict[str, Any]], ad_hoc: set[str]) -> list[ReconRow]:
    rows = []
    schools = _schools()
    for p in sorted(
        payments,
        key=lambda p: (*_student_key({**p, "id": p["student_id"]}, schools), p["program_code"]),
    ):
        amount, count = int(p["paid"]), int(p["payments"])
        rows.append(
            ReconRow(
                student_id=p["student_id"],
                student_name=p["name"],
                stage=p["stage"],
                grade=p["grade"],
                class_name=p["class_name"],
                program_id=p["program_id"],
                program_code=p["program_code"],
                program_name=p["program_name"],
                entitled=False,
                entitled_fen=0,
                paid_fen=amount,
                payments=count,
                status=payment_status(
                    entitled=False,
                    ad_hoc=p["program_id"] in ad_hoc,
                    entitled_fen=0,
                    paid_fen=amount,
                    payments=count,
                ),
                school_name=schools.get(p["school"], ("", ""))[1],
            )
        )
    return rows


def _with_totals(school_year: str, term: int, rows: list[ReconRow]) -> Reconciliation:
    programs: dict[str, dict[str, Any]] = {}
    stages: dict[str, dict[str, Any]] = {}
    grand = _empty_sums()
    counts: dict[str, int] = dict.fromkeys(STATUS.codes(), 0)
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
        program = programs.setdefault(row.program_id, {**_empty_sums(), "row": row})
        stage = stages.setdefault(row.stage, _empty_sums())
        for sums in (program, stage, grand):
            _add(sums, row)
    by_program = [
        _total(key, sums["row"].program_name, sums)
        for key, sums in sorted(
            programs.items(),
            key=lambda kv: _program_order(kv[1]["row"].program_code, kv[1]["row"].program_name),
        )
    ]
    by_stage = [
        _total(stage, STAGE.label(stage), sums)
        for stage, sums in sorted(stages.items(), key=lambda kv: _stage_order(kv[0]))
    ]
    return Reconciliation(
        school_year=school_year,
        term=term,
        rows=rows,
        by_program=by_program,
        by_stage=by_stage,
        total=_total("", tr("Total"), grand),
        status_counts=counts,
    )


def _empty_sums() -> dict[str, Any]:
    return {"entitled": 0, "paid": 0, "entitled_rows": 0, "paid_rows": 0, "flagged": 0}


def _add(sums: dict[str, Any], row: ReconRow) -> None:
    sums["entitled"] += row.entitled_fen
    sums["paid"] += row.paid_fen
    sums["entitled_rows"] += int(row.entitled)
    sums["paid_rows"] += int(row.payments > 0)
    sums["flagged"] += int(row.status in FLAGGED)


def _total(key: str, label: str, sums: Mapping[str, Any]) -> Total:
    return Total(
        key=key,
        label=label,
        entitled_fen=sums["entitled"],
        paid_fen=sums["paid"],
        entitled_rows=sums["entitled_rows"],
        paid_rows=sums["paid_rows"],
        flagged=sums["flagged"],
    )
