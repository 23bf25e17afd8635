"""The class-names migration: classes stored before they were written one way become the
one form, without new versions (every ledger runs the same rewrite)."""

from __future__ import annotations

import importlib

from fupin_desktop.db.base import database
from tests import builders as make

class_names = importlib.import_module("fupin_desktop.db.migrations.0009_class_names")


def _stored(table: str, column: str, rid: str) -> tuple[str, str]:
    return database.execute_sql(
        f'SELECT "{column}", "version" FROM "{table}" WHERE "id" = ?', (rid,)
    ).fetchone()


def test_stored_classes_are_written_one_way(school_db) -> None:
    kid = make.student(school_db, "张小红")
    other = make.student(school_db, "李小明")
    teacher = make.teacher(school_db, "王老师")
    # As an older program stored them, before the cleaner wrote one form.
    database.execute_sql("UPDATE student SET class_name = '二班' WHERE id = ?", (kid,))
    database.execute_sql("UPDATE student SET class_name = '火箭班' WHERE id = ?", (other,))
    database.execute_sql("UPDATE teacher SET head_class = '(3)班' WHERE id = ?", (teacher,))
    version = _stored("student", "class_name", kid)[1]

    class_names.migrate(database)

    assert _stored("student", "class_name", kid) == ("2班", version)
    assert _stored("student", "class_name", other)[0] == "火箭班"  # a name, not a number
    assert _stored("teacher", "head_class", teacher)[0] == "3班"
    class_names.migrate(database)  # twice is once
    assert _stored("student", "class_name", kid)[0] == "2班"
