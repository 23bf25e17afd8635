"""Field-level merge and restore-safe routes (docs/architecture.md, "Field-level merge"):

- every travelling table gets `stamps`, the edit that last wrote each field changed since
  the record was made (db/stamps.py); rows already here have none: their fields count as
  written when the record was made, as far as a merge can tell;
- the installation gets `actor`, the name its edits go by in version vectors (its
  instance id until a restore from a backup gives it a new one: db/routes.py);
- the conflict log gets `fields`, the fields edited on both sides and which side won.

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
)  # fmt: skip


def migrate(database: pw.Database) -> None:
    for table in TABLES:
        database.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "stamps" TEXT NOT NULL DEFAULT \'{{}}\''
        )
    database.execute_sql(
        'ALTER TABLE "installation" ADD COLUMN "actor" VARCHAR(36) NOT NULL DEFAULT \'\''
    )
    database.execute_sql('UPDATE "installation" SET "actor" = "instance_id"')
    database.execute_sql(
        'ALTER TABLE "conflict_log" ADD COLUMN "fields" TEXT NOT NULL DEFAULT \'{}\''
    )
