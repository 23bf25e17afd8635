"""The term's coverage figures kept as a summary (docs/architecture.md, "Start-up and
speed"): a local table of the figures as last counted, and triggers on every table the
figures count that empty it when a row is added, changed or deleted, by this program, a
sync import, the bulk writer or any other writer of the file alike. The next reading
counts again (services/care/coverage_summary.py).

COUNTED is a frozen copy of services/care/coverage_summary.COUNTED_TABLES (a migration
does not import services); a test checks that every table there has its triggers, so a
later migration that rebuilds one of these tables must create them again.
"""

from __future__ import annotations

import peewee as pw

COUNTED = (
    "student",
    "pairing",
    "visit",
    "status_history",
    "left_behind_profile",
    "diary_entry",
    "family_call",
    "reminder_rule",
    "teacher",
    "school",
    "setting",
)


def trigger_sql(table: str) -> list[str]:
    """The three triggers of `table`: they cost one look at an (often empty) table per
    row written, and empty the summary when it holds anything."""
    return [
        f'CREATE TRIGGER IF NOT EXISTS "coverage_summary_{table}_{event.lower()}"'
        f' AFTER {event} ON "{table}"'
        " WHEN EXISTS (SELECT 1 FROM coverage_summary)"
        " BEGIN DELETE FROM coverage_summary; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def migrate(db: pw.Database) -> None:
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "coverage_summary" ("key" VARCHAR(120) NOT NULL PRIMARY KEY,'
        ' "as_of" DATE NOT NULL, "figures" TEXT NOT NULL)'
    )
    for table in COUNTED:
        for sql in trigger_sql(table):
            db.execute_sql(sql)
