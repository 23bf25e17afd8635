"""Which records travel and how each kind is laid out in a package: one sheet per table,
the machine columns first (id, version vector, deleted, timestamps), then every column
of the model. Headers come from the field catalogue where a field is catalogued, else
from the readable names below; both are Chinese through tr().

Everything here is derived from the models (TRAVELLING_MODELS), so a table or column
added by a later migration travels without a change here; it only lacks a nice header
until one is added to COLUMN_LABELS.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import peewee as pw

from fupin_desktop.db import models as m
from fupin_desktop.db.base import JSONField, Travelling
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema import activities as act
from fupin_desktop.schema import catalogues as cat
from fupin_desktop.schema import choices as ch
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
from fupin_desktop.schema.fields import Catalogue, ChoiceSet, Kind

MACHINE = ("id", "version", "deleted", "created_at", "updated_at")

# Free text about a child's feelings and counselling: travels only when the setting
# sync.send_sensitive_text is on (default off). The township counts coverage; it does
# not need to read them.
SENSITIVE: dict[str, tuple[str, ...]] = {
    "diary_entry": ("what_happened", "what_done", "follow_up"),
    "left_behind_profile": ("counselling_needs",),
}

TABLE_TITLES: dict[str, str] = {
    "school": N_("Schools"),
    "teacher": N_("Teachers"),
    "student": N_("Students"),
    "family_member": N_("Family members"),
    "guardian": N_("Guardians"),
    "status_history": N_("Status history"),
    "aid_program": N_("Aid programs"),
    "aid_standard": N_("Aid standards"),
    "aid_payment": N_("Aid payments"),
    "pairing": N_("Pairings"),
    "visit": N_("Visits"),
    "left_behind_profile": N_("Left-behind profiles"),
    "diary_entry": N_("Growth diary"),
    "family_call": N_("Family calls"),
    "reminder_rule": N_("Reminder rules"),
    "activity_kind": N_("Activity kinds"),
    "target": N_("Targets"),
    "institution_pairing": N_("Institution pairings"),
    "activity": N_("Activities"),
    "activity_teacher": N_("Activity teachers"),
    "training_record": N_("Training records"),
    "meal_register": N_("Meal register"),
    "growth_measurement": N_("Growth measurements"),
}

# Headers of the columns that are not in a field catalogue.
COLUMN_LABELS: dict[str, str] = {
    "id": N_("Record ID"),
    "version": N_("Version (do not edit)"),
    "deleted": N_("Deleted"),
    "created_at": N_("Created at (UTC)"),
    "updated_at": N_("Changed at (UTC)"),
    "school_id": N_("School record ID"),
    "student_id": N_("Student record ID"),
    "teacher_id": N_("Teacher record ID"),
    "pairing_id": N_("Pairing record ID"),
    "program_id": N_("Aid program record ID"),
    "name_pinyin": N_("Name in pinyin"),
    "name_initials": N_("Pinyin initials"),
    "kind": N_("Kind"),
    "value": N_("Value"),
    "start_date": N_("Start date"),
    "end_date": N_("End date"),
    "note": N_("Note"),
    "code": N_("Code"),
    "name": N_("Name"),
    "funding_source": N_("Funding source"),
    "per_term": N_("Paid each term"),
    "active": N_("Active"),
    "stage": N_("Stage"),
    "condition": N_("Condition"),
    "amount_fen": N_("Amount (fen)"),
    "valid_from": N_("Valid from"),
    "valid_to": N_("Valid to"),
    "province": N_("Province"),
    "school_year": N_("School year"),
    "term": N_("Term"),
    "paid_on": N_("Paid on"),
    "method": N_("Method"),
    "received_by": N_("Received by"),
    "signed_by": N_("Signed by"),
    "goals": N_("Goals"),
    "measures": N_("Measures"),
    "end_reason": N_("End reason"),
    "visit_date": N_("Visit date"),
    "participants": N_("Participants"),
    "living_conditions": N_("Living conditions"),
    "child_state": N_("Child's state"),
    "family_needs": N_("Family needs"),
    "outcome": N_("Outcome"),
    "parent_feedback": N_("Parents' feedback"),
    "next_follow_up": N_("Next follow-up"),
    "parent_away": N_("Parents away"),
    "work_province": N_("Work province"),
    "work_city": N_("Work city"),
    "away_since": N_("Away since"),
    "father_phone": N_("Father's phone"),
    "mother_phone": N_("Mother's phone"),
    "guardian_kind": N_("Who looks after the child"),
    "guardian_name": N_("Guardian's name"),
    "guardian_relation": N_("Guardian's relation"),
    "guardian_phone": N_("Guardian's phone"),
    "guardian_address": N_("Guardian's address"),
    "care_ability": N_("Care ability"),
    "guardianship_level": N_("Guardianship level"),
    "proxy_parent_phone": N_("Proxy parent's phone"),
    "other_contacts": N_("Other contacts"),
    "counselling_needs": N_("Counselling needs"),
    "entry_date": N_("Entry date"),
    "category": N_("Category"),
    "mood": N_("Mood"),
    "what_happened": N_("What happened"),
    "what_done": N_("What was done"),
    "follow_up": N_("Follow-up"),
    "call_date": N_("Call date"),
    "who_spoke": N_("Who spoke"),
    "minutes": N_("Minutes"),
    "notes": N_("Notes"),
    "applies_to": N_("Applies to"),
    "record": N_("Record"),
    "methods": N_("Methods"),
    "period": N_("Period"),
    "min_count": N_("Minimum count"),
    "activity_id": N_("Activity record ID"),
    "institution_pairing_id": N_("Institution pairing record ID"),
    "for_pairing": N_("For pairings"),
    "training": N_("Counts as training"),
    "sort": N_("Order"),
    "meal_date": N_("Meal date"),
    "grade": N_("Grade"),
    "class_name": N_("Class"),
    "meal": N_("Meal"),
    "enrolled": N_("Pupils in the class"),
    "served": N_("Meals served"),
    "left_behind_served": N_("Left-behind children served"),
    "needy_served": N_("Needy children served"),
    "marked": N_("Left-behind and needy children who ate (record IDs)"),
    "absent": N_("Pupils who did not eat (record IDs)"),
}

CATALOGUES: dict[str, Catalogue] = {
    "school": cat.SCHOOL,
    "teacher": cat.TEACHER,
    "student": cat.STUDENT,
    "family_member": cat.FAMILY_MEMBER,
    "guardian": cat.GUARDIAN,
    "left_behind_profile": LEFT_BEHIND_PROFILE,
    "activity": act.ACTIVITY,
    "institution_pairing": act.INSTITUTION_PAIRING,
    "target": act.TARGET,
    "training_record": act.TRAINING_RECORD,
    "growth_measurement": act.GROWTH_MEASUREMENT,
}

# Columns outside the catalogues that hold a choice code: shown as the Chinese label.
EXTRA_CHOICES: dict[tuple[str, str], ChoiceSet] = {
    ("status_history", "kind"): ch.STATUS_KIND,
    ("pairing", "kind"): ch.PAIRING_KIND,
    ("visit", "method"): ch.VISIT_METHOD,
    ("aid_standard", "stage"): ch.STAGE,
    ("activity", "level"): act.TRAINING_LEVEL,
    ("meal_register", "meal"): act.MEAL,
}

# Columns whose digits must stay text (never a number cell).
TEXT_COLUMNS = {
    "father_phone",
    "mother_phone",
    "guardian_phone",
    "proxy_parent_phone",
    "code",
    "school_year",
}


class ColumnKind:
    TEXT = "text"
    BOOL = "bool"
    INT = "int"
    DATE = "date"
    DATETIME = "datetime"
    JSON = "json"


@dataclass(frozen=True)
class SyncColumn:
    key: str  # the database column name
    field_name: str  # the peewee field name
    kind: str  # ColumnKind
    label: str  # English source of the header
    text: bool  # IDs, phones, codes: a text cell formatted '@'
    width: int
    choices: ChoiceSet | None
    nullable: bool
    sensitive: bool

    @property
    def title(self) -> str:
        return tr(self.label)


@dataclass(frozen=True)
class SyncTable:
    model: type[Travelling]
    name: str
    columns: tuple[SyncColumn, ...]

    @property
    def title(self) -> str:
        return tr(TABLE_TITLES.get(self.name, self.name))

    def column(self, key: str) -> SyncColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


def _kind_of(field: pw.Field) -> str:
    if isinstance(field, JSONField):
        return ColumnKind.JSON
    if isinstance(field, pw.BooleanField):
        return ColumnKind.BOOL
    if isinstance(field, pw.DateTimeField):
        return ColumnKind.DATETIME
    if isinstance(field, pw.DateField):
        return ColumnKind.DATE
    if isinstance(field, pw.IntegerField) and not isinstance(field, pw.ForeignKeyField):
        return ColumnKind.INT
    return ColumnKind.TEXT


def _column(table: str, field: pw.Field) -> SyncColumn:
    key = field.column_name
    kind = _kind_of(field)
    catalogue = CATALOGUES.get(table)
    entry = None
    if catalogue is not None and field.name in catalogue.keys():
        entry = catalogue[field.name]
    if entry is not None:
        label, width = entry.label, entry.width
        text = entry.kind in (Kind.ID_NUMBER, Kind.PHONE, Kind.CODE, Kind.MULTI_CHOICE)
        choice_set = entry.choices if entry.kind is Kind.CHOICE else None
    else:
        label = COLUMN_LABELS.get(key, key)
        width = 38 if key in ("id", "version") or key.endswith("_id") else 12
        text = key in TEXT_COLUMNS or isinstance(field, pw.ForeignKeyField) or key == "id"
        choice_set = EXTRA_CHOICES.get((table, key))
    if kind == ColumnKind.DATETIME:
        width = 20
    return SyncColumn(
        key=key,
        field_name=field.name,
        kind=kind,
        label=label,
        text=text and kind == ColumnKind.TEXT,
        width=width,
        choices=choice_set,
        nullable=bool(field.null),
        sensitive=key in SENSITIVE.get(table, ()),
    )


def _table(model: type[Travelling]) -> SyncTable:
    name = model._meta.table_name
    fields = model._meta.sorted_fields
    by_column = {f.column_name: f for f in fields}
    ordered = [by_column[k] for k in MACHINE] + [f for f in fields if f.column_name not in MACHINE]
    return SyncTable(model, name, tuple(_column(name, f) for f in ordered))


@cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every travelling table, parents before children (the order of TRAVELLING_MODELS)."""
    return tuple(_table(model) for model in m.TRAVELLING_MODELS)


def table_by_name(name: str) -> SyncTable | None:
    for table in sync_tables():
        if table.name == name:
            return table
    return None


# -- which school a record belongs to ---------------------------------------------------
def _school_path(
    model: type[pw.Model], seen: frozenset[str] = frozenset()
) -> list[pw.Field] | None:
    """The chain of foreign keys from `model` to School, or None for reference data
    (aid programs and standards, reminder rules) that belongs to the whole township.
    Required keys are preferred: a visit belongs to its student's school even when it
    has no pairing."""
    if model is m.School:
        return []
    name = model._meta.table_name
    if name in seen:
        return None
    keys = [f for f in model._meta.sorted_fields if isinstance(f, pw.ForeignKeyField)]
    for field in sorted(keys, key=lambda f: (f.null, f.name != "school", f.name != "student")):
        rest = _school_path(field.rel_model, seen | {name})
        if rest is not None:
            return [field, *rest]
    return None


def scope_sql(table: SyncTable) -> str | None:
    """A WHERE condition selecting the table's rows of one school (one `?` parameter,
    the school's record id), or None when the table is reference data."""
    path = _school_path(table.model)
    if path is None:
        return None
    if not path:
        return '"id" = ?'
    inner = "?"
    # Build from the school end: student_id IN (SELECT id FROM student WHERE school_id = ?)
    for depth in range(len(path) - 1, 0, -1):
        field = path[depth]
        owner = path[depth - 1].rel_model._meta.table_name
        inner = f'SELECT "id" FROM "{owner}" WHERE "{field.column_name}" IN ({inner})'
    first = path[0]
    if len(path) == 1:
        return f'"{first.column_name}" = ?'
    return f'"{first.column_name}" IN ({inner})'


def is_reference(table: SyncTable) -> bool:
    return _school_path(table.model) is None
