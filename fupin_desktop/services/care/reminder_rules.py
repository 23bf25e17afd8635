"""Reminder rules (提醒规则): what a teacher is asked to record, how often; the defaults every
installation starts with, and the manager's changes to them. The arithmetic that counts
against them is services/care/reminders.py's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import ReminderRule
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.care import REMINDER_RULE
from fupin_desktop.services import audit, installation
from fupin_desktop.services.care.common import (
    clean_or_raise,
    is_manager,
    require_manager,
)
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.reference_rows import write_reference_rows

# The namespace of the default rules' fixed ids (the same rule on every installation).
_RULE_NAMESPACE = uuid.UUID("3f0c4c2e-5d3a-4a8e-9a57-6f1b2c0d4e11")


@dataclass(frozen=True)
class Rule:
    code: str
    applies_to: str  # paired / left_behind
    record: str  # visit / diary_entry / family_call
    methods: tuple[str, ...]  # visit methods counted; empty: any
    period: str  # month / term
    min_count: int
    active: bool = True
    note: str = ""
    id: str = ""

    @property
    def title(self) -> str:
        return rule_title(self)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("paired_talk", "paired", "visit", ("talk",), "month", 3),
    Rule("paired_home_visit", "paired", "visit", ("home_visit",), "term", 1),
    Rule("left_behind_call", "left_behind", "family_call", (), "month", 1),
    Rule("left_behind_diary", "left_behind", "diary_entry", (), "month", 1),
)


_TITLES = {
    ("visit", ("talk",)): N_("Talks"),
    ("visit", ("home_visit",)): N_("Home visits"),
    ("visit", ("home_visit", "home_teaching")): N_("Home visits"),
    ("visit", ("talk", "phone", "video")): N_("Talks and calls"),
    ("visit", ()): N_("Visits"),
    ("family_call", ()): N_("Family calls"),
    ("diary_entry", ()): N_("Growth diary"),
}


def rule_title(rule: Rule) -> str:
    key = (rule.record, rule.methods if rule.record == "visit" else ())
    return tr(_TITLES.get(key, N_("Visits")))


def default_rule_id(code: str) -> str:
    return str(uuid.uuid5(_RULE_NAMESPACE, code))


def _rule_from_row(row: ReminderRule) -> Rule:
    methods = tuple(m for m in (row.methods or "").split(",") if m)
    return Rule(
        row.code,
        row.applies_to,
        row.record,
        methods,
        row.period,
        row.min_count,
        bool(row.active),
        row.note,
        row.id,
    )


def list_rules() -> list[Rule]:
    """The rules in force: those stored, or the defaults while none are."""
    stored = list(
        ReminderRule.select()
        .where(ReminderRule.deleted == False)  # noqa: E712
        .order_by(ReminderRule.applies_to.desc(), ReminderRule.code)
    )
    if not stored:
        return [replace(r, id=default_rule_id(r.code)) for r in DEFAULT_RULES]
    return [_rule_from_row(r) for r in stored]


def active_rules() -> list[Rule]:
    return [r for r in list_rules() if r.active and r.min_count > 0]


def rule_values(rule: Rule) -> dict[str, Any]:
    """A rule as its catalogue's values (the editor's rows)."""
    return {
        "applies_to": rule.applies_to,
        "record": rule.record,
        "methods": ",".join(rule.methods),
        "period": rule.period,
        "min_count": rule.min_count,
        "active": rule.active,
    }


def _clean_rule(raw: dict[str, Any]) -> dict[str, Any]:
    values = clean_or_raise(REMINDER_RULE, raw)
    if values["record"] != "visit":
        values["methods"] = ""
    return values


def may_edit(actor: Actor) -> bool:
    """The rules are the township's reference data (installation.require_reference_editor);
    the managers there change them (save_rules)."""
    return is_manager(actor) and installation.may_edit_reference()


def save_rules(actor: Actor, rules_in: Iterable[tuple[str, dict[str, Any]]]) -> Result[None]:
    """Store the whole set of rules: (code, values) pairs; a new rule gets a code of its
    own by passing "". Rules left out are tombstoned. Managers of the township only:
    the rules are reference data (installation.require_reference_editor)."""
    require_manager(actor)
    installation.require_reference_editor()
    changes = Changes()
    with database.atomic():
        keep = write_reference_rows(
            ReminderRule, rules_in, _clean_rule, default_rule_id, "rule", changes
        )
        audit.record(actor, "update", "reminder_rule", details=",".join(sorted(keep)))
    return Result(None, changes)


def reset_rules(actor: Actor) -> Result[None]:
    return save_rules(actor, [(r.code, rule_values(r)) for r in DEFAULT_RULES])
