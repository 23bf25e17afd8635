"""The demo ledger's accounts: one per role with a known PIN, printed by `fupin demo`
and shown on the login screen of a demo ledger, so that each role can be tried
(docs/architecture.md, "People and privacy"). A real ledger never has these."""

from __future__ import annotations

import datetime as dt

from fupin_desktop.db.models import Pairing, Teacher
from fupin_desktop.services.accounts import accounts
from fupin_desktop.services.accounts.pins import SCRYPT_N
from fupin_desktop.services.accounts.roles import ACCOUNT_ROLE
from fupin_desktop.services.context import SYSTEM

# Their PINs are printed for all to read: hashed at a low cost (the recovery code and
# every real account's PIN keep the full one).
DEMO_COST = SCRYPT_N // 16
# (name, role, PIN): the principal (or the township administrator) first.
DEMO_ACCOUNTS = (
    ("镇管理员", "township", "202605"),
    ("王校长", "principal", "202601"),
    ("赵会计", "aid_officer", "202602"),
    ("陈班主任", "head_teacher", "202603"),
    ("李老师", "teacher", "202604"),
)


def _head_teacher() -> str | None:
    found = (
        Teacher.select(Teacher.id)
        .where((Teacher.deleted == False) & Teacher.head_grade.is_null(False))  # noqa: E712
        .order_by(Teacher.created_at, Teacher.id)
        .first()
    )
    return found.id if found is not None else None


def _paired_teacher(today: dt.date) -> str | None:
    found = (
        Pairing.select(Pairing.teacher)
        .where(
            (Pairing.deleted == False)  # noqa: E712
            & (Pairing.start_date <= today)
            & (Pairing.end_date.is_null() | (Pairing.end_date >= today))
        )
        .order_by(Pairing.created_at, Pairing.id)
        .first()
    )
    return found.teacher_id if found is not None else None


def create(today: dt.date | None = None) -> list[tuple[str, str, str]]:
    """The demo accounts this installation has roles for: (name, role label, PIN) of
    each one made. The first is made as the ledger's first account."""
    today = today or dt.date.today()
    teachers = {"head_teacher": _head_teacher(), "teacher": _paired_teacher(today)}
    here = accounts.roles_here()
    made: list[tuple[str, str, str]] = []
    for name, role, pin in DEMO_ACCOUNTS:
        if role not in here:
            continue
        if role == here[0] and not accounts.has_accounts():
            accounts.create_first(name, pin, cost=DEMO_COST)
        else:
            teacher = teachers.get(role)
            if role in teachers and teacher is None:
                continue  # no teacher to be: the account would list nobody
            accounts.save_account(
                SYSTEM, None, name, role, teacher_id=teacher, pin=pin, cost=DEMO_COST
            )
        made.append((name, ACCOUNT_ROLE.label(role), pin))
    return made
