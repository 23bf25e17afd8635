"""Aid that holds over time (issue 10): dated history of what decides aid, the county's
poverty statuses and categories, the bank card on the file, programs provided rather
than paid, and the term lists with their adjustments and provisions
(docs/architecture.md, "Aid over time").

Data steps:
- poverty status codes as the county lists say them (marginal -> monitored_marginal,
  unstable -> monitored_unstable), in the files and in their history;
- each file's stage, grade, boarding and category flags get a first history entry with
  their current value, dated the day the file was made, where none exists: a past term
  before any change is decided by the values the file had;
- the nutrition plan, tuition waiver and free textbooks are provided, not cash;
- the care calendar's setting "care.terms" is dropped: one calendar (services.calendar).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import peewee as pw

_DDL = (
    'ALTER TABLE "status_history" ADD COLUMN "aid_until" DATE',
    'ALTER TABLE "aid_program" ADD COLUMN "provision" VARCHAR(20) NOT NULL DEFAULT \'cash\'',
    'ALTER TABLE "student" ADD COLUMN "dibao_area" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "student" ADD COLUMN "disabled_parent" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "student" ADD COLUMN "martyr_child" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "student" ADD COLUMN "low_income" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "student" ADD COLUMN "bank_name" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "student" ADD COLUMN "card_holder" VARCHAR(40) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "student" ADD COLUMN "card_holder_relation" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "student" ADD COLUMN "card_number" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'CREATE TABLE "aid_list" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "school_id" VARCHAR(36) NOT NULL, "school_year" VARCHAR(9) NOT NULL, "term" INTEGER NOT NULL, "reference_day" DATE NOT NULL, "province" VARCHAR(20) NOT NULL, "state" VARCHAR(12) NOT NULL, "prepared_by" VARCHAR(40) NOT NULL, "prepared_on" DATE NOT NULL, "confirmed_by" VARCHAR(40) NOT NULL, "confirmed_on" DATE, FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT)',  # noqa: E501
    'CREATE INDEX "aid_list_updated_at" ON "aid_list" ("updated_at")',
    'CREATE INDEX "aid_list_deleted" ON "aid_list" ("deleted")',
    'CREATE INDEX "aid_list_school_id" ON "aid_list" ("school_id")',
    'CREATE INDEX "aid_list_school_id_school_year_term" ON "aid_list" ("school_id", "school_year", "term")',  # noqa: E501
    'CREATE TABLE "aid_list_row" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "aid_list_id" VARCHAR(36) NOT NULL, "student_id" VARCHAR(36) NOT NULL, "program_id" VARCHAR(36) NOT NULL, "standard_id" VARCHAR(36) NOT NULL, "condition" VARCHAR(40) NOT NULL, "yearly_fen" INTEGER NOT NULL, "amount_fen" INTEGER NOT NULL, "provision" VARCHAR(20) NOT NULL, "position" INTEGER NOT NULL, "student_name" VARCHAR(40) NOT NULL, "sex" VARCHAR(10) NOT NULL, "id_number" VARCHAR(20) NOT NULL, "stage" VARCHAR(20) NOT NULL, "grade" INTEGER, "class_name" VARCHAR(20) NOT NULL, "boarder" INTEGER NOT NULL, "card_holder" VARCHAR(40) NOT NULL, "card_number" VARCHAR(30) NOT NULL, FOREIGN KEY ("aid_list_id") REFERENCES "aid_list" ("id") ON DELETE RESTRICT, FOREIGN KEY ("student_id") REFERENCES "student" ("id") ON DELETE RESTRICT, FOREIGN KEY ("program_id") REFERENCES "aid_program" ("id") ON DELETE RESTRICT)',  # noqa: E501
    'CREATE INDEX "aid_list_row_updated_at" ON "aid_list_row" ("updated_at")',
    'CREATE INDEX "aid_list_row_deleted" ON "aid_list_row" ("deleted")',
    'CREATE INDEX "aid_list_row_aid_list_id" ON "aid_list_row" ("aid_list_id")',
    'CREATE INDEX "aid_list_row_student_id" ON "aid_list_row" ("student_id")',
    'CREATE INDEX "aid_list_row_program_id" ON "aid_list_row" ("program_id")',
    'CREATE INDEX "aid_list_row_aid_list_id_program_id_position" ON "aid_list_row" ("aid_list_id", "program_id", "position")',  # noqa: E501
    'CREATE TABLE "aid_adjustment" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "aid_list_id" VARCHAR(36) NOT NULL, "student_id" VARCHAR(36) NOT NULL, "program_id" VARCHAR(36) NOT NULL, "amount_fen" INTEGER NOT NULL, "reason" VARCHAR(200) NOT NULL, "made_by" VARCHAR(40) NOT NULL, "made_on" DATE NOT NULL, FOREIGN KEY ("aid_list_id") REFERENCES "aid_list" ("id") ON DELETE RESTRICT, FOREIGN KEY ("student_id") REFERENCES "student" ("id") ON DELETE RESTRICT, FOREIGN KEY ("program_id") REFERENCES "aid_program" ("id") ON DELETE RESTRICT)',  # noqa: E501
    'CREATE INDEX "aid_adjustment_updated_at" ON "aid_adjustment" ("updated_at")',
    'CREATE INDEX "aid_adjustment_deleted" ON "aid_adjustment" ("deleted")',
    'CREATE INDEX "aid_adjustment_aid_list_id" ON "aid_adjustment" ("aid_list_id")',
    'CREATE INDEX "aid_adjustment_student_id" ON "aid_adjustment" ("student_id")',
    'CREATE INDEX "aid_adjustment_program_id" ON "aid_adjustment" ("program_id")',
    'CREATE TABLE "aid_provision" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "school_id" VARCHAR(36) NOT NULL, "program_id" VARCHAR(36) NOT NULL, "school_year" VARCHAR(9) NOT NULL, "term" INTEGER NOT NULL, "stage" VARCHAR(20) NOT NULL, "grade" INTEGER, "class_name" VARCHAR(20) NOT NULL, "days" INTEGER NOT NULL, "provided_on" DATE NOT NULL, "recorded_by" VARCHAR(40) NOT NULL, "note" VARCHAR(200) NOT NULL, FOREIGN KEY ("school_id") REFERENCES "school" ("id") ON DELETE RESTRICT, FOREIGN KEY ("program_id") REFERENCES "aid_program" ("id") ON DELETE RESTRICT)',  # noqa: E501
    'CREATE INDEX "aid_provision_updated_at" ON "aid_provision" ("updated_at")',
    'CREATE INDEX "aid_provision_deleted" ON "aid_provision" ("deleted")',
    'CREATE INDEX "aid_provision_school_id" ON "aid_provision" ("school_id")',
    'CREATE INDEX "aid_provision_program_id" ON "aid_provision" ("program_id")',
    'CREATE INDEX "aid_provision_school_id_school_year_term" ON "aid_provision" ("school_id", "school_year", "term")',  # noqa: E501
    'CREATE INDEX "status_history_kind_start_date" ON "status_history" ("kind", "start_date")',
)

_STATUS_RENAMES = {"marginal": "monitored_marginal", "unstable": "monitored_unstable"}
_PROVIDED = {"nutrition_plan": "meals", "tuition_waiver": "in_kind", "free_textbooks": "in_kind"}
_DATED = (
    "stage",
    "grade",
    "boarder",
    "registered_poor",
    "dibao",
    "extreme_poverty_support",
    "orphan",
    "de_facto_unsupported",
    "disabled",
    "disabled_parent",
    "martyr_child",
    "low_income",
    "left_behind",
    "child_in_difficulty",
)
_FLAGS = set(_DATED) - {"stage", "grade"}


def migrate(database: pw.Database) -> None:
    for statement in _DDL:
        database.execute_sql(statement)
    for old, new in _STATUS_RENAMES.items():
        database.execute_sql(
            'UPDATE "student" SET "poverty_status" = ? WHERE "poverty_status" = ?', (new, old)
        )
        database.execute_sql(
            'UPDATE "status_history" SET "value" = ? '
            'WHERE "kind" = \'poverty_status\' AND "value" = ?',
            (new, old),
        )
    for code, provision in _PROVIDED.items():
        database.execute_sql(
            'UPDATE "aid_program" SET "provision" = ? WHERE "code" = ?', (provision, code)
        )
    database.execute_sql('DELETE FROM "setting" WHERE "key" = \'care.terms\'')
    _first_history(database)


def _first_history(database: pw.Database) -> None:
    """A first entry for each dated value that has none, dated the file's creation."""
    has = {
        (row[0], row[1])
        for row in database.execute_sql(
            'SELECT DISTINCT "student_id", "kind" FROM "status_history" WHERE "deleted" = 0'
        )
    }
    columns = ", ".join(f'"{k}"' for k in _DATED)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    instance = database.execute_sql('SELECT "instance_id", "counter" FROM "installation"')
    found = instance.fetchone()
    counter = found[1] if found else 0
    rows = []
    for student_id, created, *values in database.execute_sql(
        f'SELECT "id", "created_at", {columns} FROM "student"'
    ):
        day = str(created)[:10]
        for key, value in zip(_DATED, values, strict=True):
            if (student_id, key) in has or (key == "grade" and value is None):
                continue
            if key in _FLAGS:
                text = "true" if value else "false"
            else:
                text = "" if value is None else str(value)
            counter += 1
            version = json.dumps({found[0]: counter}) if found else "{}"
            row = (str(uuid.uuid4()), now, now, 0, version, student_id, key, text, day, None, "")
            rows.append(row)
    if rows:
        database.cursor().executemany(
            'INSERT INTO "status_history" ("id", "created_at", "updated_at", "deleted", '
            '"version", "student_id", "kind", "value", "start_date", "end_date", "note") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    if found:
        database.execute_sql('UPDATE "installation" SET "counter" = ?', (counter,))
