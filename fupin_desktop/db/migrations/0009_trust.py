"""Trust v2 (docs/architecture.md, "Trust"; issue 14).

1. The HMAC secrets of package formats 1 to 3 leave the ledger: this installation's own
   (`sync.secret`) and every enrolled peer's (`secret` in `sync.peer.<peer>`). Packages
   are signed with Ed25519 keys kept outside the ledger now; a peer that was enrolled
   with a secret only is enrolled again by fingerprint.
2. Every school's record id becomes the one derived from its code, as
   `installation.school_record_id` makes it for a new installation, in every column that
   points to a school, and the meal registers' ids (derived from their school's id)
   follow. Every installation of a township runs this same step on the same codes, so
   its records still match those of its peers; a school installed again on a new PC
   then makes the record its township holds. Version vectors stay as they are: this is
   the same record under its lasting name, not an edit.

A migration does not import services (docs/architecture.md, "Rules the architecture test
enforces"): the two namespaces below are frozen copies of theirs.
"""

from __future__ import annotations

import json
import uuid

import peewee as pw

from fupin_desktop.db.base import json_text

# services/installation.py, SCHOOL_NAMESPACE
SCHOOL_NAMESPACE = uuid.UUID("0c4e7f52-9a1d-4b8e-a3c6-5d2f1e8b7a90")
# services/activities/meals.py, _NAMESPACE (register_id)
MEAL_NAMESPACE = uuid.UUID("5c7e9a1b-3d2f-4b6a-8e0c-1f2a3b4c5d6e")


def migrate(database: pw.Database) -> None:
    _drop_hmac_secrets(database)
    _school_ids_from_codes(database)


def _drop_hmac_secrets(database: pw.Database) -> None:
    database.execute_sql("DELETE FROM setting WHERE key = 'sync.secret'")
    rows = database.execute_sql(
        "SELECT key, value FROM setting WHERE key LIKE 'sync.peer.%'"
    ).fetchall()
    for key, value in rows:
        try:
            peer = json.loads(value)
        except (TypeError, ValueError):
            continue
        if isinstance(peer, dict) and "secret" in peer:
            del peer["secret"]
            database.execute_sql(
                "UPDATE setting SET value = ? WHERE key = ?", [json_text(peer), key]
            )


def _school_ids_from_codes(database: pw.Database) -> None:
    moves = {
        old: str(uuid.uuid5(SCHOOL_NAMESPACE, f"school:{code}"))
        for old, code in database.execute_sql("SELECT id, code FROM school").fetchall()
    }
    moves = {old: new for old, new in moves.items() if old != new}
    if not moves:
        return
    # The references are changed one after the other; SQLite checks them at commit.
    database.execute_sql("PRAGMA defer_foreign_keys = ON")
    references = _columns_pointing_to_school(database)
    for old, new in moves.items():
        database.execute_sql('UPDATE "school" SET "id" = ? WHERE "id" = ?', [new, old])
        for table, column in references:
            database.execute_sql(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', [new, old]
            )
        database.execute_sql(
            "UPDATE conflict_log SET record_id = ? WHERE \"table\" = 'school' AND record_id = ?",
            [new, old],
        )
    if ("meal_register", "school_id") in references:
        _meal_register_ids(database, set(moves.values()))


def _columns_pointing_to_school(database: pw.Database) -> list[tuple[str, str]]:
    tables = [
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    found = []
    for table in tables:
        for key in database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            if key[2] == "school":  # (id, seq, table, from, to, ...)
                found.append((table, key[3]))
    return found


def _meal_register_ids(database: pw.Database, schools: set[str]) -> None:
    rows = database.execute_sql(
        "SELECT id, school_id, meal_date, grade, class_name, meal FROM meal_register"
    ).fetchall()
    for old, school, day, grade, class_name, meal in rows:
        if school not in schools:
            continue
        key = f"{school}|{day}|{grade if grade is not None else ''}|{class_name}|{meal}"
        new = str(uuid.uuid5(MEAL_NAMESPACE, key))
        if new == old:
            continue
        database.execute_sql("UPDATE meal_register SET id = ? WHERE id = ?", [new, old])
        database.execute_sql(
            "UPDATE conflict_log SET record_id = ? "
            "WHERE \"table\" = 'meal_register' AND record_id = ?",
            [new, old],
        )
