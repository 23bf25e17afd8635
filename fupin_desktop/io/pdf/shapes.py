"""The data shapes the printed forms are laid out from: plain data, filled by
services/printing/gather.py, read by the layouts beside this module. No reportlab here:
the services import these shapes without paying for the PDF library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# -- archive card ---------------------------------------------------------------------


@dataclass(frozen=True)
class AidLine:
    school_year: str
    term: int
    program_name: str
    amount_fen: int
    paid_on: dt.date
    method: str


@dataclass(frozen=True)
class PairingLine:
    teacher_name: str
    teacher_phone: str
    kind: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class VisitLine:
    visit_date: dt.date
    method: str
    teacher_name: str
    summary: str


@dataclass
class ArchiveCard:
    student_id: str
    school_name: str
    values: dict[str, Any]  # STUDENT catalogue keys
    family: list[dict[str, Any]] = field(default_factory=list)  # FAMILY_MEMBER keys
    guardians: list[dict[str, Any]] = field(default_factory=list)  # GUARDIAN keys
    history: list[dict[str, Any]] = field(default_factory=list)
    aid: list[AidLine] = field(default_factory=list)
    pairings: list[PairingLine] = field(default_factory=list)
    visits: list[VisitLine] = field(default_factory=list)


# -- aid sign-off sheet ---------------------------------------------------------------


@dataclass(frozen=True)
class SheetRow:
    student_id: str
    values: dict[str, Any]  # STUDENT keys used by the sheet (name, sex, grade, class…)
    amount_fen: int
    received_by: str = ""
    note: str = ""
    card_number: str = ""  # always masked on paper


@dataclass
class AidSheet:
    program_name: str
    school_year: str
    term: int
    school_name: str
    rows: list[SheetRow]
    # "confirmed" when printed from the principal's confirmed list (the same sheet on
    # every print), "payments" from recorded payments, "entitlements" before paying,
    # from who is entitled now.
    source: str
    confirmed_by: str = ""
    confirmed_on: dt.date | None = None

    @property
    def total_fen(self) -> int:
        return sum(r.amount_fen for r in self.rows)


@dataclass
class PaymentNotice:
    """告知书: one child's letter (io/pdf/payment_notice.py)."""

    school_name: str
    student: dict[str, Any]  # STUDENT keys
    text: str
    lines: list[tuple[str, int, dt.date, str]]  # program, fen, paid on, method

    @property
    def total_fen(self) -> int:
        return sum(line[1] for line in self.lines)


# -- pairing record -------------------------------------------------------------------


@dataclass
class PairingRecord:
    school_name: str
    teacher: dict[str, Any]  # TEACHER keys
    student: dict[str, Any]  # STUDENT keys
    pairing: dict[str, Any]  # PAIRING keys
    visits: list[dict[str, Any]]  # VISIT keys, in date order


# -- contact card and growth record ---------------------------------------------------


@dataclass(frozen=True)
class ContactCard:
    student_name: str
    school_name: str
    class_label: str
    address: str
    father_phone: str
    mother_phone: str
    guardian_name: str
    guardian_relation: str
    guardian_phone: str
    proxy_parent_name: str
    proxy_parent_phone: str
    # So that the family can reach the school: the class's head teacher and the school.
    head_teacher_name: str = ""
    head_teacher_phone: str = ""
    school_phone: str = ""


@dataclass
class GrowthRecord:
    school_name: str
    student: dict[str, Any]  # STUDENT keys
    profile: dict[str, Any] | None  # LEFT_BEHIND_PROFILE keys
    card: ContactCard
    diary: list[dict[str, Any]]  # DIARY_ENTRY keys, in date order
    calls: list[dict[str, Any]]  # FAMILY_CALL keys, in date order


# -- roster ---------------------------------------------------------------------------


@dataclass
class Roster:
    rows: list[dict[str, Any]]  # STUDENT keys plus school_name
    show_school: bool
