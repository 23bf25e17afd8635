"""People and privacy (issue 15; docs/architecture.md, "People and privacy"): accounts,
the audit log v2 (account, changed fields, reason, SHA-256 chain), the purge record, the
day a conflict was resolved, and the audit chain head a package carried.

Data step: the audit rows written before this version are chained, oldest first, so
the chain covers the whole log from its first row.
"""

from __future__ import annotations

import peewee as pw

from fupin_desktop.privacy import GENESIS, chain_hash

_DDL = (
    'CREATE TABLE "account" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "name" VARCHAR(40) NOT NULL, "role" VARCHAR(20) NOT NULL, "teacher_id" VARCHAR(36), "pin_hash" VARCHAR(200) NOT NULL, "recovery_hash" VARCHAR(200) NOT NULL, "active" INTEGER NOT NULL, "failed_pins" INTEGER NOT NULL, "locked_until" DATETIME, "last_login_at" DATETIME, "pin_changed_at" DATETIME NOT NULL, "created_at" DATETIME NOT NULL)',  # noqa: E501
    'CREATE UNIQUE INDEX "account_name" ON "account" ("name")',
    'CREATE TABLE "purge_log" ("table" VARCHAR(40) NOT NULL, "record_id" VARCHAR(36) NOT NULL, "purged_at" DATETIME NOT NULL, "reason" VARCHAR(20) NOT NULL, PRIMARY KEY ("table", "record_id"))',  # noqa: E501
    'ALTER TABLE "audit_log" ADD COLUMN "account_id" VARCHAR(36) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "fields" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "reason" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "audit_log" ADD COLUMN "hash" VARCHAR(64) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "conflict_log" ADD COLUMN "resolved_at" DATETIME',
    'ALTER TABLE "package_ledger" ADD COLUMN "audit_seq" INTEGER',
    'ALTER TABLE "package_ledger" ADD COLUMN "audit_sha256" VARCHAR(64) NOT NULL DEFAULT \'\'',
)

_COLUMNS = ("id", "at", "actor", "account_id", "role", "action", "table", "record_id")
_MORE = ("fields", "details", "reason")


def migrate(database: pw.Database) -> None:
    for statement in _DDL:
        database.execute_sql(statement)
    names = ", ".join(f'"{c}"' for c in (*_COLUMNS, *_MORE))
    cursor = database.execute_sql(f'SELECT {names} FROM "audit_log" ORDER BY "id"')
    prev = GENESIS
    updates = []
    for values in cursor.fetchall():
        row = dict(zip((*_COLUMNS, *_MORE), values, strict=True))
        digest = chain_hash(prev, row)
        updates.append((prev, digest, row["id"]))
        prev = digest
    if updates:
        database.cursor().executemany(
            'UPDATE "audit_log" SET "prev_hash" = ?, "hash" = ? WHERE "id" = ?', updates
        )
