"""Accounts: who logs in, with which role and PIN (docs/architecture.md, "People and
privacy"). The first account of a ledger is its principal (the township administrator
at a township) and gets a recovery code; the principal makes the others.

Login backs off after wrong PINs: three tries are free, then each wrong PIN makes the
next try wait twice as long (30 s, 1 min, 2 min … at most 15 min). The count is kept
in the ledger, so the command line and the window share it. Every login, wrong PIN,
lock, switch and change of an account is in the audit log.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import peewee as pw

from fupin_desktop.db.base import database, set_editor, utcnow
from fupin_desktop.db.models import Account, Installation, Setting, Teacher
from fupin_desktop.errors import NotFound, NotInitialised, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import pins
from fupin_desktop.services.accounts.roles import (
    ACCOUNT_ROLE,
    SCHOOL_ROLES,
    TOWNSHIP_ROLES,
    Do,
    require,
)
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.validation import normalise_text

FREE_TRIES = 3
FIRST_WAIT = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(minutes=15)
LOCK_MINUTES_KEY = "accounts.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
WRONG = N_("The name or the PIN is not right.")
WAIT = N_("Too many wrong PINs. Try again in {seconds} seconds.")
LAST_MANAGER = N_("At least one active {role} account must remain.")
NO_ACCOUNTS = N_("This ledger has no accounts yet: create the principal's account first.")


class LoginRefused(PermissionDenied):
    """A login or unlock refused: a wrong PIN, a disabled account, or a wait."""

    default_message = WRONG

    def __init__(self, message: str | None = None, *, wait: int = 0, **fields: object) -> None:
        super().__init__(message, **fields)
        self.wait = wait


@dataclass(frozen=True)
class AccountRow:
    id: str
    name: str
    role: str
    teacher_id: str | None
    teacher_name: str
    active: bool
    last_login_at: dt.datetime | None

    @property
    def role_label(self) -> str:
        return ACCOUNT_ROLE.label(self.role)


@dataclass(frozen=True)
class FirstAccount:
    actor: Actor
    recovery_code: str  # shown once; only its hash is kept


def actor_for(account: Account) -> Actor:
    return Actor(account.name, account.role, account.teacher_id, account.id)


def has_accounts() -> bool:
    return Account.select().exists()


def login_names() -> list[tuple[str, str]]:
    """(name, role label) of the active accounts, for the login dialog's list."""
    found = Account.select().where(Account.active == True).order_by(Account.created_at)  # noqa: E712
    return [(a.name, ACCOUNT_ROLE.label(a.role)) for a in found]


def roles_here() -> tuple[str, ...]:
    """The account roles of this installation, its first account's role first: a
    school's four; at the township its administrator, then the central school's own
    four (the township central school is a school too)."""
    row = Installation.get_or_none(Installation.id == 1)
    if row is None:
        raise NotInitialised()
    return (*TOWNSHIP_ROLES, *SCHOOL_ROLES) if row.role == "township" else SCHOOL_ROLES


def first_role() -> str:
    return roles_here()[0]


def _clean_name(name: str) -> str:
    text = normalise_text(name)
    if not text or len(text) > 40:
        raise ValidationError(N_("Enter a name of 1 to 40 characters."), field="name")
    return text


def create_first(name: str, pin: str, *, cost: int = pins.SCRYPT_N) -> Result[FirstAccount]:
    """The first account of the ledger (principal, or township administrator) and its
    recovery code. Refused once any account exists. (`cost`: lower only for the demo's
    printed PINs.)"""
    role = first_role()
    name, pin = _clean_name(name), pins.check_pin(pin)
    code = pins.new_recovery_code()
    with database.atomic():
        if has_accounts():
            raise PermissionDenied(N_("This ledger already has accounts: log in."))
        account = Account.create(
            name=name,
            role=role,
            pin_hash=pins.hash_secret(pin, n=cost),
            recovery_hash=pins.hash_secret(code),
        )
        actor = actor_for(account)
        audit.record(
            actor,
            audit.Action.ACCOUNT,
            "account",
            account.id,
            "first account",
            fields=["name", "role", "pin"],
        )
    return Result(FirstAccount(actor, code), Changes(tables={"account"}))


# --- logging in ---------------------------------------------------------------------------


def _wait_after(failures: int) -> dt.timedelta:
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    return min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT)


def _seconds_left(account: Account, now: dt.datetime) -> int:
    if account.locked_until is None or account.locked_until <= now:
        return 0
    return math.ceil((account.locked_until - now).total_seconds())


def login(name: str, pin: str, *, now: dt.datetime | None = None) -> Actor:
    """The actor of the account `name` if `pin` is its PIN; LoginRefused in words
    otherwise (a wrong PIN counts towards the back-off; a waiting account is refused
    before its PIN is even tried)."""
    return _check(normalise_text(name), pin, now or utcnow(), "login")


def unlock(actor: Actor, pin: str, *, now: dt.datetime | None = None) -> Actor:
    """The locked screen's PIN: the same account, the same back-off."""
    return _check(actor.name, pin, now or utcnow(), "unlock")


def _check(name: str, pin: str, now: dt.datetime, what: str) -> Actor:
    if not has_accounts():
        raise LoginRefused(NO_ACCOUNTS)
    refusal: LoginRefused | None = None
    with database.atomic():
        account = Account.get_or_none(Account.name == name)
        if account is None or not account.active:
            who = Actor(name or "?", "")
            audit.record(
                who, audit.Action.LOGIN_FAILED, "account", details=f"{what}: unknown or disabled"
            )
            refusal = LoginRefused()
        elif (wait := _seconds_left(account, now)) > 0:
            audit.record(
                actor_for(account),
                audit.Action.LOGIN_FAILED,
                "account",
                account.id,
                f"{what}: waiting",
            )
            refusal = LoginRefused(WAIT, wait=wait, seconds=wait)
        elif not pins.verify_secret(pin, account.pin_hash):
            account.failed_pins += 1
            delay = _wait_after(account.failed_pins)
            account.locked_until = now + delay if delay else None
            account.save()
            details = f"{what}: wrong PIN {account.failed_pins}"
            audit.record(
                actor_for(account), audit.Action.LOGIN_FAILED, "account", account.id, details
            )
            seconds = int(delay.total_seconds())
            refusal = (
                LoginRefused(WAIT, wait=seconds, seconds=seconds) if seconds else LoginRefused()
            )
        else:
            account.failed_pins = 0
            account.locked_until = None
            account.last_login_at = now
            account.save()
            audit.record(actor_for(account), audit.Action.LOGIN, "account", account.id, what)
    if refusal is not None:
        raise refusal
    # What this person saves from now on carries their name (db/base.py, changed_by).
    set_editor(account.name)
    return actor_for(account)


def logout(actor: Actor, why: str = "switch") -> None:
    audit.record(actor, audit.Action.LOGOUT, "account", actor.account_id or "", why)
    set_editor("")


def lock(actor: Actor, idle_minutes: int) -> None:
    audit.record(
        actor, audit.Action.LOCK, "account", actor.account_id or "", f"idle {idle_minutes} min"
    )


def lock_minutes() -> int:
    """Minutes without a key or a click before the window locks (0: never)."""
    row = Setting.get_or_none(Setting.key == LOCK_MINUTES_KEY)
    return int(row.value) if row is not None and row.value is not None else DEFAULT_LOCK_MINUTES


def set_lock_minutes(actor: Actor, minutes: int) -> Result[None]:
    require(actor, Do.CONFIGURE)
    if not 0 <= minutes <= 240:
        raise ValidationError(N_("Lock after 0 to 240 minutes (0: never)."))
    with database.atomic():
        Setting.insert(key=LOCK_MINUTES_KEY, value=minutes).on_conflict_replace().execute()
        audit.record(
            actor, audit.Action.SETTINGS, "setting", details=f"{LOCK_MINUTES_KEY}={minutes}"
        )
    return Result(None, Changes(settings=True))


# --- the principal manages accounts -------------------------------------------------------


def list_accounts(actor: Actor) -> list[AccountRow]:
    require(actor, Do.MANAGE_ACCOUNTS)
    teachers = {t.id: t.name for t in Teacher.select(Teacher.id, Teacher.name)}
    return [
        AccountRow(
            a.id,
            a.name,
            a.role,
            a.teacher_id,
            teachers.get(a.teacher_id or "", ""),
            a.active,
            a.last_login_at,
        )
        for a in Account.select().order_by(Account.created_at, Account.name)
    ]


def _check_role(role: str, teacher_id: str | None) -> None:
    if role not in roles_here():
        raise ValidationError(N_("This role has no accounts here."), field="role")
    if role in ("teacher", "head_teacher"):
        teacher = Teacher.get_or_none(Teacher.id == teacher_id) if teacher_id else None
        if teacher is None or teacher.deleted:
            raise ValidationError(
                N_(
                    "Choose the teacher this account belongs to: a teacher sees the children "
                    "paired with them."
                ),
                field="teacher",
            )


def _keep_a_manager(account: Account, role: str, active: bool) -> None:
    """The last active principal (township administrator) stays one."""
    first = roles_here()[0]
    if account.role != first or (role == first and active):
        return
    others = Account.select().where(
        (Account.role == first) & (Account.active == True) & (Account.id != account.id)  # noqa: E712
    )
    if not others.exists():
        raise ValidationError(LAST_MANAGER, role=ACCOUNT_ROLE.label(first))


def save_account(
    actor: Actor,
    account_id: str | None,
    name: str,
    role: str,
    *,
    teacher_id: str | None = None,
    pin: str | None = None,
    cost: int = pins.SCRYPT_N,
) -> Result[str]:
    """Make an account (a PIN is needed) or change one's name, role or teacher.
    (`cost`: lower only for the demo's printed PINs.)"""
    require(actor, Do.MANAGE_ACCOUNTS)
    name = _clean_name(name)
    _check_role(role, teacher_id)
    if role not in ("teacher", "head_teacher"):
        teacher_id = None
    if account_id is None and pin is None:
        raise ValidationError(N_("Give the new account a PIN."), field="pin")
    pin_hash = pins.hash_secret(pins.check_pin(pin), n=cost) if pin is not None else None
    with database.atomic():
        if account_id is None:
            account = Account(name=name, role=role, teacher_id=teacher_id)
        else:
            account = _account(account_id)
            _keep_a_manager(account, role, account.active)
        changed = [k for k, v in (("name", name), ("role", role), ("teacher_id", teacher_id))
                   if getattr(account, k) != v or account_id is None]  # fmt: skip
        account.name, account.role, account.teacher_id = name, role, teacher_id
        if pin_hash is not None:
            account.pin_hash, account.pin_changed_at = pin_hash, utcnow()
            account.failed_pins, account.locked_until = 0, None
            changed.append("pin")
        try:
            account.save(force_insert=account_id is None)
        except pw.IntegrityError as exc:
            raise ValidationError(
                N_("There is already an account named {name}."), field="name", name=name
            ) from exc
        audit.record(actor, audit.Action.ACCOUNT, "account", account.id, role, fields=changed)
    return Result(account.id, Changes().touch("account", account.id))


def _account(account_id: str) -> Account:
    account = Account.get_or_none(Account.id == account_id)
    if account is None:
        raise NotFound()
    return account


def set_active(actor: Actor, account_id: str, active: bool) -> Result[None]:
    require(actor, Do.MANAGE_ACCOUNTS)
    with database.atomic():
        account = _account(account_id)
        _keep_a_manager(account, account.role, active)
        account.active = active
        account.save()
        details = "enabled" if active else "disabled"
        audit.record(actor, audit.Action.ACCOUNT, "account", account.id, details, fields=["active"])
    return Result(None, Changes().touch("account", account_id))


def reset_pin(actor: Actor, account_id: str, pin: str) -> Result[None]:
    """The principal gives an account a new PIN (a teacher forgot theirs)."""
    require(actor, Do.MANAGE_ACCOUNTS)
    pin_hash = pins.hash_secret(pins.check_pin(pin))
    with database.atomic():
        account = _account(account_id)
        account.pin_hash, account.pin_changed_at = pin_hash, utcnow()
        account.failed_pins, account.locked_until = 0, None
        account.save()
        audit.record(
            actor, audit.Action.ACCOUNT, "account", account.id, "PIN reset", fields=["pin"]
        )
    return Result(None, Changes().touch("account", account_id))


def change_own_pin(actor: Actor, old_pin: str, new_pin: str) -> Result[None]:
    """Anyone changes their own PIN, giving the old one (which counts as a login try)."""
    pins.check_pin(new_pin)
    unlock(actor, old_pin)
    with database.atomic():
        account = _account(actor.account_id or "")
        account.pin_hash, account.pin_changed_at = pins.hash_secret(new_pin), utcnow()
        account.save()
        audit.record(actor, audit.Action.ACCOUNT, "account", account.id, "own PIN", fields=["pin"])
    return Result(None, Changes().touch("account", account.id))


def recover(name: str, code: str, new_pin: str) -> Result[str]:
    """The principal forgot the PIN: the recovery code sets a new one. The value is
    the NEW recovery code (the old one is used up)."""
    pins.check_pin(new_pin)
    refused = False
    with database.atomic():
        account = Account.get_or_none(Account.name == normalise_text(name))
        if account is None or not account.recovery_hash:
            refused = True
        elif not pins.verify_secret(pins.normal_code(code), account.recovery_hash):
            audit.record(
                actor_for(account),
                audit.Action.LOGIN_FAILED,
                "account",
                account.id,
                "recovery code",
            )
            refused = True
        else:
            fresh = pins.new_recovery_code()
            account.pin_hash, account.recovery_hash = (
                pins.hash_secret(new_pin),
                pins.hash_secret(fresh),
            )
            account.pin_changed_at, account.failed_pins, account.locked_until = utcnow(), 0, None
            account.active = True
            account.save()
            audit.record(
                actor_for(account),
                audit.Action.RECOVER,
                "account",
                account.id,
                fields=["pin", "recovery"],
            )
    if refused:
        raise LoginRefused(N_("The recovery code is not right for this account."))
    return Result(fresh, Changes().touch("account", account.id))
