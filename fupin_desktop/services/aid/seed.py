"""The aid programs and standards a new ledger starts with: a township's plan, as its
central school hands it to the village schools. A principal edits them afterwards.

Seeded rows get ids derived from their codes (uuid5), not random ones: every school and
the township seed the same programs, and their sync packages must name one program
with one id, or the township would hold each program once per school.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from fupin_desktop.db.base import database
from fupin_desktop.db.models import AidProgram, AidStandard
from fupin_desktop.errors import PermissionDenied
from fupin_desktop.services import audit
from fupin_desktop.services.context import Actor, Changes

# Never change: the ids of seeded rows on every installation come from it.
SEED_NAMESPACE = uuid.UUID("5b0c7d1e-3f2a-4c6b-9e8d-2a1f0c9b7e64")
SEED_VALID_FROM = dt.date(2020, 9, 1)


@dataclass(frozen=True)
class SeedStandard:
    stage: str
    condition: str  # schema.aid.CONDITION
    amount_fen: int  # a year


@dataclass(frozen=True)
class SeedProgram:
    code: str  # schema.choices.AID_KIND
    name: str  # stored as data: the name the township's papers use
    funding_source: str
    per_term: bool
    standards: tuple[SeedStandard, ...]
    note: str = ""
    provision: str = "cash"  # schema.aid.PROVISION: meals and in kind are never owed


YUAN = 100  # fen

SEED_PLAN: tuple[SeedProgram, ...] = (
    # 1000 yuan per child per year for preschool children of needy families.
    SeedProgram(
        "preschool_grant",
        "学前教育资助",
        "中央和地方财政",
        True,
        (SeedStandard("preschool", "needy", 1000 * YUAN),),
    ),
    # Boarders from needy families: 1000 yuan a year in primary, 1250 in junior middle.
    SeedProgram(
        "boarding_subsidy",
        "寄宿生生活补助",
        "中央和地方财政",
        True,
        (
            SeedStandard("primary", "boarder_needy", 1000 * YUAN),
            SeedStandard("junior", "boarder_needy", 1250 * YUAN),
        ),
    ),
    # Day pupils from needy families: half the boarder standard, as several provinces
    # pay it. A county that does not pays it switches the program off (or ends the
    # standards on a date): the past terms keep it.
    SeedProgram(
        "non_boarder_subsidy",
        "非寄宿生生活补助",
        "地方财政",
        True,
        (
            SeedStandard("primary", "non_boarder_needy", 500 * YUAN),
            SeedStandard("junior", "non_boarder_needy", 625 * YUAN),
        ),
        note="寄宿生标准的50%，不执行的县可停用",
    ),
    # In kind: every pupil of compulsory education is entitled, no money is paid, so
    # the amount is 0 and the entitlement still counts (应助尽助).
    SeedProgram(
        "tuition_waiver",
        "免学杂费",
        "财政",
        True,
        (SeedStandard("primary", "all", 0), SeedStandard("junior", "all", 0)),
        note="实物资助，不发放现金",
        provision="in_kind",
    ),
    SeedProgram(
        "free_textbooks",
        "免费教科书",
        "财政",
        True,
        (SeedStandard("primary", "all", 0), SeedStandard("junior", "all", 0)),
        note="实物资助，不发放现金",
        provision="in_kind",
    ),
    # School meals: 5 yuan a school day for 200 school days = 1000 yuan a year, the value
    # of the meals served: provided per class and term, never cash owed to a pupil.
    SeedProgram(
        "nutrition_plan",
        "营养改善计划",
        "中央财政",
        True,
        (
            SeedStandard("primary", "all", 5 * 200 * YUAN),
            SeedStandard("junior", "all", 5 * 200 * YUAN),
        ),
        note="每生每天5元，按200天计；供餐，不发放现金",
        provision="meals",
    ),
    SeedProgram(
        "national_grant",
        "国家助学金",
        "中央和地方财政",
        True,
        (
            SeedStandard("senior", "needy", 2000 * YUAN),
            SeedStandard("vocational", "needy", 2000 * YUAN),
        ),
    ),
    # 雨露计划: vocational students of registered poor households, 1500 yuan a term.
    SeedProgram(
        "yulu_plan",
        "雨露计划",
        "乡村振兴部门",
        True,
        (SeedStandard("vocational", "registered_poor", 3000 * YUAN),),
    ),
    # A loan: the amount is what the bank lends on application, so the standard says who
    # may borrow (amount 0) and the payment records the sum; applied for once a year.
    SeedProgram(
        "origin_credit_loan",
        "生源地信用助学贷款",
        "国家开发银行",
        False,
        (SeedStandard("higher", "needy", 0),),
        note="按申请额度发放",
    ),
    # Donations have no standard: each payment is decided case by case.
    SeedProgram("donation", "社会资助", "社会捐助", False, ()),
)


def program_seed_id(code: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, f"aid_program:{code}"))


def standard_seed_id(code: str, standard: SeedStandard) -> str:
    key = f"aid_standard:{code}:{standard.stage}:{standard.condition}:{SEED_VALID_FROM}"
    return str(uuid.uuid5(SEED_NAMESPACE, key))


def seed_programs(actor: Actor) -> Changes:
    """Create the programs of SEED_PLAN that are missing (by code), each with its
    standards valid from SEED_VALID_FROM with no end. A program that exists is left as
    the principal made it, standards and all: running this again changes nothing."""
    if not actor.may_configure:
        raise PermissionDenied()
    changes = Changes()
    with database.atomic():
        existing = {row[0] for row in AidProgram.select(AidProgram.code).tuples()}
        for plan in SEED_PLAN:
            if plan.code in existing:
                continue
            _create(plan, changes)
        if changes:
            audit.record(actor, "seed", "aid_program", details=f"{len(changes.ids)} rows")
    return changes


def _create(plan: SeedProgram, changes: Changes) -> None:
    program = AidProgram(
        id=program_seed_id(plan.code),
        code=plan.code,
        name=plan.name,
        funding_source=plan.funding_source,
        per_term=plan.per_term,
        note=plan.note,
        provision=plan.provision,
    )
    # An id given up front makes peewee think the row exists: insert it explicitly.
    program.save(force_insert=True)
    changes.touch("aid_program", program.id)
    for standard in plan.standards:
        row = AidStandard(
            id=standard_seed_id(plan.code, standard),
            program=program,
            stage=standard.stage,
            condition=standard.condition,
            amount_fen=standard.amount_fen,
            valid_from=SEED_VALID_FROM,
        )
        row.save(force_insert=True)
        changes.touch("aid_standard", row.id)
