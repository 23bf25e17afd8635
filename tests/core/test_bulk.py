"""The one bulk writer (db/bulk.py): the stored form it writes is the one save() writes,
records are stamped as save() would stamp them, and an upsert replaces only what it names."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from fupin_desktop.db import bulk
from fupin_desktop.db.base import database
from fupin_desktop.db.models import ConflictLog, Installation, StatusHistory, Student

DAY = dt.date(2024, 9, 1)
NOON = dt.datetime(2024, 9, 1, 12, 30, 5)


def stored(table: str, record_id: str, *columns: str) -> list[tuple[str, object]]:
    """(SQLite type, value) of each column, as the file holds them."""
    parts = ", ".join(f'typeof("{c}"), "{c}"' for c in columns)
    row = database.execute_sql(f'SELECT {parts} FROM "{table}" WHERE id = ?', (record_id,))
    values = row.fetchone()
    return [(values[i], values[i + 1]) for i in range(0, len(values), 2)]


def test_sql_value_is_the_stored_form() -> None:
    assert bulk.sql_value(True) == 1 and bulk.sql_value(False) == 0
    assert bulk.sql_value(DAY) == "2024-09-01"
    assert bulk.sql_value(NOON) == "2024-09-01 12:30:05"
    assert bulk.sql_value({"b": 2, "a": "监护人"}) == '{"a":"监护人","b":2}'
    for plain in ("text", 7, None, 1.5):
        assert bulk.sql_value(plain) == plain


def test_every_write_uses_the_stored_form() -> None:
    """Registered with sqlite3: a write through any connection stores the same text."""
    con = sqlite3.connect(":memory:")
    values = (DAY, NOON, {"b": 1, "a": [1, 2]}, True, "文本", None)
    con.execute("CREATE TABLE t (a, b, c, d, e, f)")
    con.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", values)
    assert con.execute("SELECT * FROM t").fetchone() == tuple(bulk.sql_value(v) for v in values)
    con.close()


def test_vector_text_is_the_json_of_the_vector() -> None:
    key = json.dumps("abc-é", ensure_ascii=False)
    assert bulk.vector_text(key, 42) == bulk.sql_value({"abc-é": 42})


def test_rows_store_what_save_stores(school_db) -> None:
    values = {"name": "张三", "sex": "male", "birth_date": DAY, "boarder": True, "grade": 3}
    saved = Student(school=school_db.school_id, id_number="430123201509010011", **values)
    saved.save()
    rows = bulk.Rows(Student)
    new_id = rows.add(
        {"school_id": school_db.school_id, "id_number": "430123201509010027", **values}
    )
    with database.atomic():
        assert rows.flush(NOON) == [new_id]
    columns = ("birth_date", "boarder", "grade", "left_behind", "deleted", "phone", "name")
    assert stored("student", new_id, *columns) == stored("student", saved.id, *columns)
    assert stored("student", new_id, "created_at", "updated_at") == [
        ("text", "2024-09-01 12:30:05"),
        ("text", "2024-09-01 12:30:05"),
    ]
    assert Student.get_by_id(new_id).birth_date == DAY  # peewee reads it back as a date


def test_rows_take_a_block_of_edit_numbers(school_db) -> None:
    before = Installation.get_by_id(1).counter
    rows = bulk.Rows(Student)
    ids = [
        rows.add({"school_id": school_db.school_id, "name": f"学生{i}", "id_number": str(i)})
        for i in range(3)
    ]
    with database.atomic():
        rows.flush(NOON)
    numbers = [Student.get_by_id(i).version[school_db.instance_id] for i in ids]
    assert numbers == [before + 1, before + 2, before + 3]
    assert Installation.get_by_id(1).counter == before + 3
    assert rows.written == 3 and rows.rows == []


def test_a_failed_write_gives_the_numbers_back(school_db) -> None:
    before = Installation.get_by_id(1).counter
    rows = bulk.Rows(Student)
    rows.add({"school_id": school_db.school_id, "name": "王五", "nickname": "五儿"})
    with pytest.raises(KeyError, match="nickname"), database.atomic():
        rows.flush(NOON)
    assert Installation.get_by_id(1).counter == before
    assert Student.select().count() == 0


def test_insert_fills_defaults_and_upsert_replaces_only_what_it_names(school_db) -> None:
    student = Student(school=school_db.school_id, name="李四", phone="13800138000")
    student.save()
    entry = ("h-1", '{"x":1}', 0, student.id, "left_behind", "true", "2024-09-01")
    columns = ["id", "version", "deleted", "student_id", "kind", "value", "start_date"]
    with database.atomic():
        bulk.Insert(StatusHistory, columns).write([entry])
    inserted = StatusHistory.get_by_id("h-1")
    assert (inserted.note, inserted.end_date, inserted.start_date) == ("", None, DAY)
    assert inserted.created_at is not None
    changed = ("h-1", '{"x":2}', 0, student.id, "left_behind", "false", "2024-09-01")
    with database.atomic():
        bulk.Insert(StatusHistory, columns, upsert=True).write([changed])
        bulk.update_rows(StatusHistory, [("h-1", {"note": "返乡", "end_date": DAY})])
    after = StatusHistory.get_by_id("h-1")
    assert (after.value, after.version, after.note, after.end_date) == (
        "false",
        {"x": 2},
        "返乡",
        DAY,
    )
    assert after.created_at == inserted.created_at  # not named, so left alone


def test_insert_needs_the_id_and_known_columns() -> None:
    with pytest.raises(ValueError, match="id"):
        bulk.Insert(Student, ["name"])
    with pytest.raises(KeyError, match="nickname"):
        bulk.Insert(Student, ["id", "nickname"])


def test_update_travelling_stamps_like_save(school_db) -> None:
    student = Student(school=school_db.school_id, name="赵六", class_name="一班")
    student.save()
    old = dict(student.version)
    with database.atomic():
        ids = bulk.update_travelling(Student, [(student.id, old, {"class_name": "二班"})], NOON)
    after = Student.get_by_id(student.id)
    assert ids == [student.id] and after.class_name == "二班"
    assert after.version[school_db.instance_id] == old[school_db.instance_id] + 1
    assert after.updated_at == NOON


def test_insert_records_encodes_json_columns(school_db) -> None:
    with database.atomic():
        bulk.insert_records(
            ConflictLog,
            [{"table": "student", "record_id": "r", "winner": {"b": 1, "a": 2}, "loser": {}}],
        )
    log = ConflictLog.get()
    assert (log.winner, log.resolved, log.package_id) == ({"a": 2, "b": 1}, False, "")
    assert stored("conflict_log", log.id, "winner") == [("text", '{"a":2,"b":1}')]
