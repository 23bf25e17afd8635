"""Classes written one way in what is already stored (docs/architecture.md, "Classes written
one way"): "二班", "(2)班", "02" in a child's file, a head teacher's class and the class of
aid provided in kind become "2班", as the catalogue's cleaner writes them since issue 17.
Until now only new input was cleaned, so one class could stand in the ledger under two
names and the meal register or the reconciliation of provisions split it in two.

Every ledger runs the same rewrite, and a package from a program that has not run it is
cleaned by the reader with the same rule: the values meet without travelling, so the rows'
versions and stamps are left alone (a bump would make every class a conflict). Confirmed
aid lists keep what they printed, and meal registers keep theirs (their id is made from
the class they were kept under).
"""

from __future__ import annotations

import peewee as pw

from fupin_desktop.validation import clean_class_name

_COLUMNS = (("student", "class_name"), ("teacher", "head_class"), ("aid_provision", "class_name"))


def migrate(database: pw.Database) -> None:
    for table, column in _COLUMNS:
        rows = database.execute_sql(
            f'SELECT "id", "{column}" FROM "{table}" WHERE "{column}" != \'\''
        ).fetchall()
        changed = [(clean, rid) for rid, text in rows if (clean := clean_class_name(text)) != text]
        if changed:
            database.cursor().executemany(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "id" = ?', changed
            )
