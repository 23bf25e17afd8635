"""Trust v2 (docs/architecture.md, "Trust"; issue 14).

1. The HMAC secrets of package formats 1 to 3 leave the ledger: this installation's own
   (`sync.secret`) and every enrolled peer's (`secret` in `sync.peer.<peer>`). Packages
   are signed with Ed25519 keys kept outside the ledger now; a peer that was enrolled
   with a secret only is enrolled again by fingerprint.
2. Every school's record id becomes the one derived from its code, as
   `installation.school_record_id` makes it for a new installation, in every column that
   points to a school (found by the foreign keys: students, teachers, the installation,
   aid lists and provisions, activities, meal registers, departures' receiving school,
   migrant children …), and the meal registers' ids (derived from their school's id)
   follow. What holds a school's id outside a foreign key follows too: the versions kept
   in the conflict log (their school columns, and the record id of a school's or a meal
   register's conflict) and the setting `school_year.steps` ({school id: year}). Every
   installation of a township runs this same step on the same codes, so its records
   still match those of its peers; a school installed again on a new PC then makes the
   record its township holds. Version vectors and field stamps stay as they are (a stamp
   names an edit, never a record): this is the same record under its lasting name, not
   an edit, and no edit number or sequence is handed out (the routes file, db/routes.py,
   is not touched). The audit log keeps the ids it was written with: it is history.

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
    columns: dict[str, list[str]] = {"school": ["id"]}
    for table, column in references:
        columns.setdefault(table, []).append(column)
    _logged_versions(database, columns, moves)
    _year_steps(database, moves)
    if ("meal_register", "school_id") in references:
        _meal_register_ids(database, set(moves.values()))


def _logged_versions(
    database: pw.Database, columns: dict[str, list[str]], moves: dict[str, str]
) -> None:
    """The winner and loser kept in the conflict log name records as they were: a version
    kept (`keep ours|theirs`) must name them as they are named now. `columns`: {table:
    the keys of its versions that `moves` renames}."""
    rows = database.execute_sql('SELECT id, "table", winner, loser FROM conflict_log').fetchall()
    for log_id, table, *versions in rows:
        keys = columns.get(table)
        if not keys:
            continue
        changed = False
        records = []
        for text in versions:
            try:
                record = json.loads(text)
            except (TypeError, ValueError):
                record = None
            if isinstance(record, dict):
                for key in keys:
                    if record.get(key) in moves:
                        record[key] = moves[record[key]]
                        changed = True
            records.append(record)
        if changed:
            database.execute_sql(
                "UPDATE conflict_log SET winner = ?, loser = ? WHERE id = ?",
                [json_text(records[0]), json_text(records[1]), log_id],
            )


def _year_steps(database: pw.Database, moves: dict[str, str]) -> None:
    """`school_year.steps`: {school id: the school year it last stepped into}."""
    row = database.execute_sql(
        "SELECT value FROM setting WHERE key = 'school_year.steps'"
    ).fetchone()
    try:
        steps = json.loads(row[0]) if row else None
    except (TypeError, ValueError):
        return
    if not isinstance(steps, dict) or not any(school in moves for school in steps):
        return
    renamed = {moves.get(school, school): year for school, year in steps.items()}
    database.execute_sql(
        "UPDATE setting SET value = ? WHERE key = 'school_year.steps'", [json_text(renamed)]
    )


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
    moves: dict[str, str] = {}
    for old, school, day, grade, class_name, meal in rows:
        if school not in schools:
            continue
        key = f"{school}|{day}|{grade if grade is not None else ''}|{class_name}|{meal}"
        new = str(uuid.uuid5(MEAL_NAMESPACE, key))
        if new == old:
            continue
        moves[old] = new
        database.execute_sql("UPDATE meal_register SET id = ? WHERE id = ?", [new, old])
        database.execute_sql(
            "UPDATE conflict_log SET record_id = ? "
            "WHERE \"table\" = 'meal_register' AND record_id = ?",
            [new, old],
        )
    if moves:
        _logged_versions(database, {"meal_register": ["id"]}, moves)
