"""The term's coverage figures kept as a summary (docs/architecture.md, "Start-up and
speed", services/care/coverage_summary.py): a local table of the figures as last
counted, with the fingerprint of the ledger they were counted from. Idempotent.
"""

from __future__ import annotations

import peewee as pw


def migrate(db: pw.Database) -> None:
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "coverage_summary" ("key" VARCHAR(120) NOT NULL PRIMARY KEY,'
        ' "as_of" DATE NOT NULL, "fingerprint" VARCHAR(64) NOT NULL, "figures" TEXT NOT NULL)'
    )
