"""Kinds of activity are data, like the reminder rules: the defaults below are stored the
first time they are needed (fixed ids, so every installation makes the same records), the
township may add kinds and send them down, and a school's list shows the ones in use."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import ActivityKind
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.activities import ACTIVITY_KIND
from fupin_desktop.services import audit, installation
from fupin_desktop.services.care.common import clean_or_raise, require_manager
from fupin_desktop.services.context import Actor, Changes, Result

_NAMESPACE = uuid.UUID("8b1d3c52-7f0e-4c3a-9d2b-5e6f7a8b9c0d")

TRAINING = "training"
TEACHING_VISIT = "teaching_visit"
LECTURE = "lecture"
SHADOWING = "shadowing"
OBSERVATION = "observation"
GUARDIAN_MEETING = "guardian_meeting"
LETTER = "letter_to_parents"
INSPECTION = "inspection"


@dataclass(frozen=True)
class Kind:
    code: str
    name: str  # English source of a default kind (tr() shows it), or a name in Chinese
    for_pairing: bool = False
    training: bool = False
    active: bool = True
    sort: int = 0

    @property
    def label(self) -> str:
        return tr(self.name)


DEFAULT_KINDS: tuple[Kind, ...] = (
    Kind(TRAINING, N_("Teacher training"), training=True, sort=10),
    Kind(TEACHING_VISIT, N_("Teaching visit (送教下乡)"), for_pairing=True, sort=20),
    Kind(LECTURE, N_("Lecture (专题讲座)"), for_pairing=True, sort=30),
    Kind(SHADOWING, N_("Shadowing (跟班学习)"), for_pairing=True, sort=40),
    Kind(OBSERVATION, N_("Monthly observation visit"), for_pairing=True, sort=50),
    Kind(GUARDIAN_MEETING, N_("Temporary guardians' meeting"), sort=60),
    Kind("proxy_parent_gathering", N_("Proxy parents' gathering"), sort=70),
    Kind("migrant_worker_forum", N_("Returning migrant workers' forum"), sort=80),
    Kind(LETTER, N_("Letter to parents"), sort=90),
    Kind(INSPECTION, N_("Inspection (督导)"), sort=100),
    Kind("responsibility_pledge", N_("Responsibility pledge signed"), sort=110),
    Kind("other", N_("Other"), sort=200),
)


def kind_id(code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, code))


def ensure_defaults() -> None:
    """Store the default kinds that are missing (inside the caller's transaction)."""
    have = {row.code for row in ActivityKind.select(ActivityKind.code)}
    for kind in DEFAULT_KINDS:
        if kind.code not in have:
            ActivityKind(
                id=kind_id(kind.code),
                code=kind.code,
                name=kind.name,
                for_pairing=kind.for_pairing,
                training=kind.training,
                active=True,
                sort=kind.sort,
            ).save(force_insert=True)


def list_kinds(*, active_only: bool = False) -> list[Kind]:
    """The kinds stored, else the defaults (reading never writes)."""
    rows = list(
        ActivityKind.select()
        .where(ActivityKind.deleted == False)  # noqa: E712
        .order_by(ActivityKind.sort, ActivityKind.code)
    )
    kinds = (
        [Kind(r.code, r.name, r.for_pairing, r.training, r.active, r.sort) for r in rows]
        if rows
        else list(DEFAULT_KINDS)
    )
    return [k for k in kinds if k.active or not active_only]


def kind_label(code: str) -> str:
    for kind in list_kinds():
        if kind.code == code:
            return kind.label
    return code


def get_kind(code: str) -> Kind:
    for kind in list_kinds():
        if kind.code == code:
            return kind
    raise ValidationError(N_("{value} is not a kind of activity."), field="kind", value=code)


def find_kind(text: str) -> Kind:
    """A kind by its code or its name as shown (the command line)."""
    text = text.strip()
    for kind in list_kinds():
        if text in (kind.code, kind.name, kind.label):
            return kind
    return get_kind(text)


def may_edit(actor: Actor) -> bool:
    """Kinds, like targets, are the township's reference data: a school's edit would be
    lost at the township's next package, so only the township edits them."""
    info = installation.current()
    return actor.may_configure and info is not None and info.role == "township"


def kind_values(kind: Kind) -> dict[str, object]:
    """A kind as the editor shows it (its name in the program's language)."""
    return {
        "name": kind.label,
        "for_pairing": kind.for_pairing,
        "training": kind.training,
        "active": kind.active,
    }


def write_kinds(rows_in: Iterable[tuple[str, dict[str, Any]]], changes: Changes) -> None:
    """Store the whole list of kinds, in the order given, inside the caller's
    transaction: (code, raw values) pairs, "" for a new kind. A kind left out is no
    longer offered (not in use); it stays, for the activities already recorded."""
    ensure_defaults()
    existing = {row.code: row for row in ActivityKind.select()}
    keep: set[str] = set()
    for index, (code, raw) in enumerate(rows_in):
        values = clean_or_raise(ACTIVITY_KIND, raw)
        code = code or f"kind_{uuid.uuid4().hex[:8]}"
        row = existing.get(code) or ActivityKind(id=kind_id(code), code=code)
        # A default kind shown in Chinese and left as it was keeps its English source.
        if not (row.name and tr(row.name) == values["name"]):
            row.name = values["name"]
        row.for_pairing, row.training = values["for_pairing"], values["training"]
        row.active, row.deleted, row.sort = values["active"], False, (index + 1) * 10
        row.save()
        keep.add(code)
        changes.touch("activity_kind", row.id)
    for code, row in existing.items():
        if code not in keep and row.active:
            row.active = False
            row.save()
            changes.touch("activity_kind", row.id)


def save_kind(
    actor: Actor, code: str, name: str, *, for_pairing: bool = False, training: bool = False
) -> Result[None]:
    """Add or rename a kind (the township only: kinds are reference data, and travel
    down to the schools)."""
    require_manager(actor)
    installation.require_reference_editor()
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise ValidationError(N_("A kind needs a code and a name."), field="kind")
    with database.atomic():
        ensure_defaults()
        row = ActivityKind.get_or_none(ActivityKind.code == code)
        if row is None:
            row = ActivityKind(id=kind_id(code), code=code, sort=500)
        row.name, row.for_pairing, row.training = name, for_pairing, training
        row.active, row.deleted = True, False
        row.save()
        audit.record(actor, "update", "activity_kind", row.id, code)
    return Result(None, Changes().touch("activity_kind", row.id))
