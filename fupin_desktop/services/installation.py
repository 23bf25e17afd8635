"""This installation: school or township, its school, its settings. Set up once by the
first-run wizard (or `fupin init`); a principal may change it later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database, new_id
from fupin_desktop.db.models import Installation, School, Setting
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.schema.choices import ROLE, SCHOOL_TYPE
from fupin_desktop.services import audit
from fupin_desktop.services.aid.seed import seed_programs
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.validation import clean_school_code, clean_township_code, normalise_text

# Never change: the record ids of schools come from it (school_record_id).
SCHOOL_NAMESPACE = uuid.UUID("0c4e7f52-9a1d-4b8e-a3c6-5d2f1e8b7a90")


@dataclass(frozen=True)
class InstallationInfo:
    instance_id: str
    role: str
    school_id: str | None
    school_code: str
    school_name: str
    school_type: str
    township_code: str
    township_name: str
    school_phone: str = ""  # on every contact card (联系卡)

    @property
    def is_township(self) -> bool:
        return self.role == "township"

    @property
    def display_name(self) -> str:
        return self.township_name if self.is_township else self.school_name


@dataclass(frozen=True)
class SetupForm:
    role: str
    township_code: str
    township_name: str
    school_code: str = ""
    school_name: str = ""
    school_type: str = ""


def current() -> InstallationInfo | None:
    row = Installation.get_or_none(Installation.id == 1)
    if row is None:
        return None
    school = row.school
    return InstallationInfo(
        instance_id=row.instance_id,
        role=row.role,
        school_id=school.id if school else None,
        school_code=school.code if school else "",
        school_name=school.name if school else "",
        school_type=school.school_type if school else "",
        township_code=row.township_code,
        township_name=row.township_name,
        school_phone=school.phone if school else "",
    )


def set_school_phone(actor: Actor, phone: str) -> Result[None]:
    """The school's phone, printed on the contact cards (principal only)."""
    from fupin_desktop.validation import clean_phone

    if not actor.may_configure:
        raise PermissionDenied()
    info = current()
    if info is None or info.school_id is None:
        raise ValidationError(N_("Only a school has a school phone."))
    cleaned = clean_phone(phone)
    with database.atomic():
        school = School.get_by_id(info.school_id)
        if school.phone != cleaned:
            school.phone = cleaned
            school.save()
            audit.record(actor, "update", "school", school.id, "phone")
    return Result(None, Changes(tables={"school"}, settings=True))


def validate_setup(form: SetupForm) -> tuple[SetupForm, dict[str, str]]:
    """Clean the wizard's answers; errors by field key, translated."""
    errors: dict[str, str] = {}
    if form.role not in ROLE.codes():
        errors["role"] = ValidationError(N_("Choose school or township.")).message

    def take(key: str, fn: Any, raw: str) -> str:
        try:
            return fn(raw)
        except ValidationError as exc:
            errors[key] = exc.message
            return raw

    def need(key: str, raw: str, message: str) -> str:
        text = normalise_text(raw)
        if not text:
            errors[key] = ValidationError(message).message
        return text

    township_code = take("township_code", clean_township_code, form.township_code)
    township_name = need("township_name", form.township_name, N_("Enter the township's name."))
    school_code = school_name = school_type = ""
    if form.role == "school":
        school_code = take("school_code", clean_school_code, form.school_code)
        school_name = need("school_name", form.school_name, N_("Enter the school's name."))
        school_type = form.school_type
        if school_type not in SCHOOL_TYPE.codes():
            errors["school_type"] = ValidationError(N_("Choose the type of school.")).message
    cleaned = SetupForm(
        form.role, township_code, township_name, school_code, school_name, school_type
    )
    return cleaned, errors


def initialise(actor: Actor, form: SetupForm) -> Result[None]:
    """First run: create this installation (its instance id and counter) and its school."""
    form, errors = validate_setup(form)
    if errors:
        raise ValidationError(
            N_("The setup is not complete: {errors}"), errors="; ".join(errors.values())
        )
    with database.atomic():
        existing = Installation.get_or_none(Installation.id == 1)
        if existing is not None:
            return update(actor, form)
        instance_id = new_id()
        Installation.create(
            id=1,
            instance_id=instance_id,
            actor=instance_id,
            role=form.role,
            township_code=form.township_code,
            township_name=form.township_name,
        )
        if form.role == "school":
            school = _upsert_school(form)
            Installation.update(school=school).where(Installation.id == 1).execute()
        changes = seed_programs(actor)
        audit.record(actor, "initialise", "installation", details=form.role)
    return Result(None, changes.merge(Changes(tables={"installation", "school"}, settings=True)))


def update(actor: Actor, form: SetupForm) -> Result[None]:
    """Change the installation's school or township later (principal only)."""
    if not actor.may_configure:
        raise PermissionDenied()
    form, errors = validate_setup(form)
    if errors:
        raise ValidationError(
            N_("The setup is not complete: {errors}"), errors="; ".join(errors.values())
        )
    with database.atomic():
        current_row = Installation.get_by_id(1)
        school = _upsert_school(form, current_row.school) if form.role == "school" else None
        Installation.update(
            role=form.role,
            township_code=form.township_code,
            township_name=form.township_name,
            school=school,
        ).where(Installation.id == 1).execute()
        audit.record(actor, "update_installation", "installation", details=form.role)
    return Result(None, Changes(tables={"installation", "school"}, settings=True))


def _upsert_school(form: SetupForm, current_school: School | None = None) -> School:
    """The school by its code; a corrected code changes the current school's row, so
    its students stay with it."""
    school = School.get_or_none(School.code == form.school_code)
    if school is None and current_school is not None:
        school = current_school
        school.code = form.school_code
    if school is None:
        # The id comes from the code: a school installed again on a new PC is the same
        # record, so the township's copy and its packages still fit (sync.authority).
        school = School(id=school_record_id(form.school_code), code=form.school_code)
        school._new = True
    school.name = form.school_name
    school.school_type = form.school_type
    school.township_code = form.township_code
    school.township_name = form.township_name
    school.deleted = False
    school.save(force_insert=getattr(school, "_new", False))
    return school


def school_record_id(code: str) -> str:
    """The record id of a school set up by its own installation: derived from its code."""
    return str(uuid.uuid5(SCHOOL_NAMESPACE, f"school:{code}"))


def may_edit_reference() -> bool:
    """Whether this ledger edits reference data (require_reference_editor): the GUI
    offers the edit only where it would not be refused."""
    info = current()
    return info is None or info.is_township


def require_reference_editor() -> None:
    """Aid programs and standards, reminder rules, kinds of activity and targets are
    reference data: the township's. A school's ledger takes them from the township's
    packages only, and the township refuses them from a school (docs/architecture.md,
    "Trust")."""
    if not may_edit_reference():
        raise PermissionDenied(
            N_(
                "Aid programs, standards, reminder rules, kinds of activity and targets "
                "are set by the township and come with its packages; a school cannot "
                "change them in its ledger."
            )
        )


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    return default if row is None or row.value is None else row.value


def set_setting(actor: Actor, key: str, value: Any) -> Result[None]:
    if not actor.may_configure:
        raise PermissionDenied()
    with database.atomic():
        Setting.insert(key=key, value=value).on_conflict_replace().execute()
        audit.record(actor, "settings", "setting", details=key)  # the key; no value
    return Result(None, Changes(settings=True))
