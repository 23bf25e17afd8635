"""Which records travel and how each kind is laid out in a package: one sheet per table,
the machine columns first (id, version vector, deleted, timestamps), then every column
of the model. A column that shows a catalogue field takes everything a person sees from
that field: its header (the field's label, in Chinese through tr()), its width, choice
labels instead of codes, yuan instead of fen, and whether it stays at school
(docs/architecture.md, "Sync packages"). The few columns outside the catalogues (record
ids, the status history, school year and term) take the readable names below.

Everything here is derived from the models (TRAVELLING_MODELS), so a table or column
added by a later migration travels without a change here; it only lacks a nice header
until it is catalogued or added to COLUMN_LABELS.

Formats 1 and 2 wrote some columns differently; SyncColumn.as_written_in gives the
reader those columns as they were (CODES_UNTIL, money in fen).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import peewee as pw

from fupin_desktop.db import models as m
from fupin_desktop.db.base import JSONField, Travelling
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema import activities as act
from fupin_desktop.schema import aid, care
from fupin_desktop.schema import catalogues as cat
from fupin_desktop.schema import choices as ch
from fupin_desktop.schema import schoolyear as sy
from fupin_desktop.schema.fields import Catalogue, ChoiceSet, Kind

MACHINE = ("id", "version", "deleted", "created_at", "updated_at", "stamps")

# Before format 3, these choice columns were written as their stored codes (their tables
# had no catalogue in the packages; the left-behind profile got one in format 2), and
# every amount of money in fen. Frozen: it describes packages already written.
# {table: {column: the last format that wrote its codes}}
_PROFILE_CODES = ("parent_away", "guardian_kind", "guardian_relation", "care_ability")
CODES_UNTIL: dict[str, dict[str, int]] = {
    "aid_standard": {"condition": 2},
    "aid_payment": {"method": 2},
    "left_behind_profile": dict.fromkeys((*_PROFILE_CODES, "guardianship_level"), 1),
    "diary_entry": dict.fromkeys(("category", "mood"), 2),
    "reminder_rule": dict.fromkeys(("applies_to", "record", "methods", "period"), 2),
}
LABELS_AND_YUAN = 3  # the first format with choice labels and yuan in every column

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
    "aid_list": N_("Aid term lists"),
    "aid_list_row": N_("Aid term list rows"),
    "aid_adjustment": N_("Aid adjustments"),
    "aid_provision": N_("Aid provided in kind"),
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
    "township_school": N_("Schools of the township"),
    "handover": N_("Children handed over"),
    "handover_item": N_("Records of children handed over"),
}

# Headers of the columns that are not in a field catalogue.
COLUMN_LABELS: dict[str, str] = {
    "id": N_("Record ID"),
    "version": N_("Version (do not edit)"),
    "deleted": N_("Deleted"),
    "created_at": N_("Created at (UTC)"),
    "updated_at": N_("Changed at (UTC)"),
    "changed_by": N_("Changed by"),
    "stamps": N_("Field versions (do not edit)"),
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
    "school_year": N_("School year"),
    "term": N_("Term"),
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
    "aid_until": N_("Keeps aid until"),
    "provision": N_("Provided as"),
    "aid_list_id": N_("Term list record ID"),
    "reference_day": N_("Reference day"),
    "state": N_("State"),
    "prepared_by": N_("Prepared by"),
    "prepared_on": N_("Prepared on"),
    "confirmed_by": N_("Confirmed by"),
    "confirmed_on": N_("Confirmed on"),
    "standard_id": N_("Aid standard record ID"),
    "yearly_fen": N_("Amount a year (fen)"),
    "position": N_("Position"),
    "student_name": N_("Student's name"),
    "id_number": N_("ID number"),
    "sex": N_("Sex"),
    "boarder": N_("Boarder"),
    "card_holder": N_("Card holder"),
    "card_number": N_("Card number"),
    "reason": N_("Reason"),
    "made_by": N_("Made by"),
    "made_on": N_("Made on"),
    "days": N_("Meal days"),
    "provided_on": N_("Provided on"),
    "recorded_by": N_("Recorded by"),
    # Handover within the township (docs/architecture.md, "The school year").
    "to_school_code": N_("Receiving school code"),
    "to_school_name": N_("Receiving school"),
    "handover_state": N_("Handover"),
    "handover_on": N_("Handover decided on"),
    "handover_note": N_("Receiving school's note"),
    "school_type": N_("School type"),
    "active": N_("In use"),
    "departure_id": N_("Departure record ID"),
    "from_student_id": N_("Student record ID at the sending school"),
    "from_school_code": N_("Sending school code"),
    "from_school_name": N_("Sending school"),
    "left_on": N_("Left on"),
    "from_stage": N_("Stage there"),
    "from_grade": N_("Grade there"),
    "from_class": N_("Class there"),
    "to_stage": N_("Stage here"),
    "to_grade": N_("Grade here"),
    "offered_on": N_("Offered on"),
    "withdrawn": N_("Withdrawn"),
    "decided_on": N_("Decided on"),
    "decided_by": N_("Decided by"),
    "handover_id": N_("Handover record ID"),
    "source_id": N_("Record ID at the sending school"),
    "day": N_("Date"),
    "teacher_name": N_("Teacher"),
    "content": N_("Record (do not edit)"),
}

# The catalogue of each travelling table; a table left out has no catalogued columns.
CATALOGUES: dict[str, Catalogue] = {
    "school": cat.SCHOOL,
    "teacher": cat.TEACHER,
    "student": cat.STUDENT,
    "family_member": cat.FAMILY_MEMBER,
    "guardian": cat.GUARDIAN,
    "aid_program": aid.AID_PROGRAM,
    "aid_standard": aid.AID_STANDARD,
    "aid_payment": aid.AID_PAYMENT,
    "pairing": care.PAIRING,
    "visit": care.VISIT,
    "left_behind_profile": care.LEFT_BEHIND_PROFILE,
    "diary_entry": care.DIARY_ENTRY,
    "family_call": care.FAMILY_CALL,
    "reminder_rule": care.REMINDER_RULE,
    "activity": act.ACTIVITY,
    "institution_pairing": act.INSTITUTION_PAIRING,
    "target": act.TARGET,
    "training_record": act.TRAINING_RECORD,
    "growth_measurement": act.GROWTH_MEASUREMENT,
    "handover_item": sy.HANDOVER_ITEM,
}

# Columns outside the catalogues that hold a choice code: shown as the Chinese label.
EXTRA_CHOICES: dict[tuple[str, str], ChoiceSet] = {
    ("status_history", "kind"): ch.STATUS_KIND,
    ("activity", "level"): act.TRAINING_LEVEL,
    ("meal_register", "meal"): act.MEAL,
    ("township_school", "school_type"): ch.SCHOOL_TYPE,
    ("departure", "handover_state"): sy.HANDOVER_STATE,
}

# Columns outside the catalogues whose digits must stay text (never a number cell).
TEXT_COLUMNS = {
    "code", "school_year", "id_number", "card_number", "to_school_code", "from_school_code",
}  # fmt: skip
# Catalogue kinds whose digits must stay text.
TEXT_KINDS = (Kind.ID_NUMBER, Kind.PHONE, Kind.CODE, Kind.MULTI_CHOICE)


class ColumnKind:
    TEXT = "text"
    BOOL = "bool"
    INT = "int"
    MONEY = "money"  # stored in fen, shown in yuan
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
    # Diary text and counselling notes: blanked on export unless the setting
    # sync.send_sensitive_text is on (the catalogue field's stays_at_school).
    stays_at_school: bool
    codes_until: int = 0  # the last format that wrote this choice column's codes

    @property
    def title(self) -> str:
        return tr(self.label)

    def as_written_in(self, format_version: int) -> SyncColumn:
        """This column as a package of `format_version` holds it: before format 3, money
        in fen and the choices of CODES_UNTIL as codes."""
        if format_version >= LABELS_AND_YUAN:
            return self
        column = self
        if self.kind == ColumnKind.MONEY:
            column = replace(column, kind=ColumnKind.INT)
        if format_version <= self.codes_until:
            column = replace(column, choices=None)
        return column


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
        text = entry.kind in TEXT_KINDS or key in TEXT_COLUMNS
        choice_set = entry.choices if entry.kind is Kind.CHOICE else None
        if entry.kind is Kind.MONEY and kind == ColumnKind.INT:
            kind = ColumnKind.MONEY
    else:
        label = COLUMN_LABELS.get(key, key)
        width = 38 if key in ("id", "version", "stamps") or key.endswith("_id") else 12
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
        stays_at_school=entry is not None and entry.stays_at_school,
        codes_until=CODES_UNTIL.get(table, {}).get(key, 0) if choice_set is not None else 0,
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
