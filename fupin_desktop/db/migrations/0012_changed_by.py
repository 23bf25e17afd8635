"""Who changed it (docs/architecture.md, "Field-level merge"; issue 17):

- every travelling table gets `changed_by`, the person whose edit the record last took
  (the account logged in where it was made, db/base.py): it travels with the record, so
  the other side of a conflict can say who changed its version; rows already here have
  none (nobody knows any more);
- the conflict log gets `here_by` and `there_by`, the persons of this ledger's and the
  package's version of a record in conflict, as they were when it was logged.

The list of tables is frozen here: it is the travelling tables at this migration.
"""

from __future__ import annotations

import peewee as pw

TABLES = (
    "school", "teacher", "student", "family_member", "guardian", "status_history",
    "aid_program", "aid_standard", "aid_payment", "aid_list", "aid_list_row",
    "aid_adjustment", "aid_provision", "pairing", "visit", "left_behind_profile",
    "diary_entry", "family_call", "reminder_rule", "activity_kind", "target",
    "institution_pairing", "activity", "activity_teacher", "training_record",
    "meal_register", "growth_measurement", "assessment", "departure", "migrant_child",
    "township_school", "handover", "handover_item",
)  # fmt: skip


def migrate(database: pw.Database) -> None:
    for table in TABLES:
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "changed_by" VARCHAR(40) NOT NULL DEFAULT \'\''
        )
    for column in ("here_by", "there_by"):
        database.execute_sql(
            f'ALTER TABLE "conflict_log" ADD COLUMN "{column}" VARCHAR(40) NOT NULL DEFAULT \'\''
        )
