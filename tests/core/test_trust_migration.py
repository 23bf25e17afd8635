"""The trust migration on ledgers of the schema before it (docs/architecture.md, "Trust"):
a township and two schools made the old way (school records under random ids, HMAC
secrets), holding what issues 10, 11 and 16 added (aid lists and provisions,
assessments, departures, migrant children, meal registers, field stamps, the conflict
log, the routes file, the school-year steps), are upgraded by opening them, as the
program opens a ledger. Every row that refers to a school follows it to the id its code
gives; nothing else moves; the three go on syncing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from fupin_desktop.db.base import database, new_id
from fupin_desktop.db.connection import close_database, schema_version
from fupin_desktop.db.migrations import all_migrations, latest_version
from fupin_desktop.db.models import (
    AidList,
    AidProvision,
    Assessment,
    ConflictLog,
    Departure,
    Installation,
    MealRegister,
    MigrantChild,
    School,
    Setting,
    Student,
)
from fupin_desktop.db.routes import routes_file
from fupin_desktop.paths import backup_dir_for
from fupin_desktop.services import installation, ledger
from fupin_desktop.services.activities.meals import register_id
from fupin_desktop.services.installation import school_record_id
from fupin_desktop.sync import conflicts
from tests import builders as make
from tests.builders import PRINCIPAL, Replica
from tests.core.sync_support import edit_student, export, receive

A, B = "4301230001", "4301230002"
D = dt.date
STEPS = "school_year.steps"
MEAL = (D(2025, 10, 9), 3, "2班", "lunch")
# The schema just before the trust migration (0010, the handover). The ledgers are made
# by today's program and set back to it: a migration added after the trust one runs on
# them too, and must take (or undo in the fixture) what today's program made already.
BEFORE_TRUST = next(m.number for m in all_migrations() if m.name == "trust") - 1


def _exchange(tmp: Path, school: Replica, township: Replica, tag: str) -> None:
    """Both send before either hears from the other, then each imports the other's."""
    export(school, tmp / f"up-{tag}.fpkg")
    export(township, tmp / f"down-{tag}.fpkg", to_code=school.code)
    receive(township, tmp / f"up-{tag}.fpkg")
    receive(school, tmp / f"down-{tag}.fpkg")


def _school_records(a: Replica, student_id: str) -> None:
    """School A's records of the tables issues 10 and 11 added, as its services keep
    them (a needy boarder, a term list, meals provided and registered, an assessment, a
    child studying elsewhere)."""
    a.use()
    school_id = a.school_id
    AidList(school=school_id, school_year="2025-2026", term=1, reference_day=D(2025, 9, 1),
            prepared_on=D(2025, 9, 5)).save()  # fmt: skip
    AidProvision(school=school_id, program=make.program_id("nutrition_plan"),
                 school_year="2025-2026", term=1, provided_on=D(2025, 9, 30)).save()  # fmt: skip
    day, grade, class_name, meal = MEAL
    MealRegister(id=register_id(school_id, day, grade, class_name, meal), school=school_id,
                 meal_date=day, grade=grade, class_name=class_name, meal=meal, enrolled=30,
                 served=29, marked=[student_id]).save(force_insert=True)  # fmt: skip
    Assessment(student=student_id, school_year="2025-2026", level="hardship").save()
    MigrantChild(school=school_id, name="王小明", studies_at="长沙市雨花区小学").save()


def _legacy_conflict(table: str, record: dict[str, Any], loser: dict[str, Any]) -> int:
    """A conflict logged before field-level merge (no fields: kept as a whole record)."""
    row = ConflictLog.create(
        table=table, record_id=record["id"], winner=record, loser=loser, fields={}
    )
    return row.id


def _record(table: str, record_id: str) -> dict[str, Any]:
    cursor = database.execute_sql(f'SELECT * FROM "{table}" WHERE id = ?', [record_id])
    names = [c[0] for c in cursor.description]
    record = dict(zip(names, cursor.fetchone(), strict=True))
    record["version"], record["stamps"] = (
        json.loads(record["version"]),
        json.loads(record["stamps"]),
    )
    return record


@pytest.fixture
def old_ledgers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The township and schools A and B as the program before the trust migration left
    them, closed, at the schema before it."""
    monkeypatch.setattr(installation, "school_record_id", lambda code: new_id())
    township = make.township_replica(tmp_path)
    a = make.school_replica(tmp_path, A, "柳塘小学")
    b = make.school_replica(tmp_path, B, "河口小学")
    child = make.student_row(a, "张三", registered_poor=True, boarder=True)
    leaving = make.student_row(a, "李四", id_number=make.id_number())
    _school_records(a, child)
    edit_student(a, child, address="柳塘村新屋")  # a field stamp
    for school in (a, b):
        export(school, tmp_path / f"first-{school.code}.fpkg")
        receive(township, tmp_path / f"first-{school.code}.fpkg")
        export(township, tmp_path / f"down-{school.code}.fpkg", to_code=school.code)
        receive(school, tmp_path / f"down-{school.code}.fpkg")
    # The same field on both sides: a field-level conflict at each.
    edit_student(a, child, village_group="一组")
    edit_student(township, child, village_group="三组")
    _exchange(tmp_path, a, township, "conflict")
    old_a, old_b = a.school_id, b.school_id
    a.use()
    # A's own record of school B (where a child went), under an id of its own.
    receiving = make.school_row(B, "河口小学")
    receiving.save(force_insert=True)
    Departure(student=leaving, left_on=D(2025, 9, 1), reason="transfer_out",
              to_school=receiving.id, confirmed_on=D(2025, 9, 20)).save()  # fmt: skip
    installation.set_setting(PRINCIPAL, STEPS, {old_a: "2025-2026"})
    legacy = {
        "student": _legacy_conflict(
            "student",
            _record("student", child),
            {**_record("student", child), "phone": "13800000001"},
        ),
        "school": _legacy_conflict(
            "school",
            _record("school", old_a),
            {**_record("school", old_a), "phone": "0731-84001234"},
        ),
    }
    before = {
        "stamps": {r.id: (r.version, r.stamps) for r in Student.select()},
        "routes": routes_file(a.path).read_bytes(),
        "counter": Installation.get_by_id(1).counter,
    }
    for replica in (township, a, b):
        replica.use()
        Setting.insert(key="sync.secret", value="ab" * 32).on_conflict_replace().execute()
        _undo_changed_by()
        database.execute_sql(f"PRAGMA user_version = {BEFORE_TRUST}")
        close_database()
    monkeypatch.undo()
    return {
        "township": township, "a": a, "b": b, "child": child, "leaving": leaving,
        "old_a": old_a, "old_b": old_b, "receiving": receiving.id, "legacy": legacy,
        "before": before, "tmp": tmp_path,
    }  # fmt: skip


def _undo_changed_by() -> None:
    """Take away what the changed_by migration (after the trust one) adds: it runs again."""
    import importlib

    later = importlib.import_module("fupin_desktop.db.migrations.0012_changed_by")
    for table in later.TABLES:
        database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "changed_by"')
    for column in ("here_by", "there_by"):
        database.execute_sql(f'ALTER TABLE "conflict_log" DROP COLUMN "{column}"')


def _upgrade(replica: Replica) -> None:
    ledger.open_ledger(replica.path)  # as the program opens a ledger: backup, migrations
    assert schema_version() == latest_version()
    assert not database.execute_sql("PRAGMA foreign_key_check").fetchall()
    assert Setting.get_or_none(Setting.key == "sync.secret") is None


def test_every_row_that_refers_to_a_school_follows_it(old_ledgers) -> None:
    w = old_ledgers
    assert BEFORE_TRUST == 10  # the handover of issue 11 (0010_handover)
    new_a, new_b = school_record_id(A), school_record_id(B)
    assert {w["old_a"], w["old_b"], w["receiving"]}.isdisjoint({new_a, new_b})
    backups = backup_dir_for(w["a"].path)
    for replica in (w["township"], w["a"], w["b"]):
        _upgrade(replica)
        names = [p.name for p in backups.iterdir() if p.name.startswith(replica.path.stem)]
        assert any("before-migration" in name for name in names)
    a = w["a"].use()
    assert installation.current().school_id == new_a
    assert {s.id: s.code for s in School.select()} == {new_a: A, new_b: B}
    assert {s.school_id for s in Student.select()} == {new_a}
    assert AidList.get().school_id == AidProvision.get().school_id == new_a
    assert MigrantChild.get().school_id == new_a
    assert Assessment.get().student_id == w["child"]
    register = MealRegister.get()
    assert (register.school_id, register.id) == (new_a, register_id(new_a, *MEAL))
    assert register.marked == [w["child"]]
    assert Departure.get().to_school_id == new_b  # A's own record of B is B's now
    assert installation.get_setting(STEPS) == {new_a: "2025-2026"}
    # The conflicts logged here name the schools as they are named now.
    for log in ConflictLog.select():
        for version in (log.winner, log.loser):
            assert version.get("school_id", new_a) == new_a
            if log.table == "school":
                assert log.record_id == version["id"] == new_a
    # The same records: not one edit, not one stamp, no number handed out.
    assert {r.id: (r.version, r.stamps) for r in Student.select()} == w["before"]["stamps"]
    assert Installation.get_by_id(1).counter == w["before"]["counter"]
    assert routes_file(a.path).read_bytes() == w["before"]["routes"]
    w["township"].use()
    assert {s.id: s.code for s in School.select()} == {new_a: A, new_b: B}
    assert {s.school_id for s in Student.select()} == {new_a}
    assert MealRegister.get().id == register_id(new_a, *MEAL)
    assert AidList.get().school_id == MigrantChild.get().school_id == new_a
    assert MigrantChild.get().aid_confirmed is None  # not known yet: travels as not known
    (open_conflict,) = ConflictLog.select().where(ConflictLog.resolved == False)  # noqa: E712
    assert open_conflict.winner["school_id"] == open_conflict.loser["school_id"] == new_a


def test_the_upgraded_ledgers_go_on_syncing(old_ledgers) -> None:
    w = old_ledgers
    tmp, township, a = w["tmp"], w["township"], w["a"]
    for replica in (township, a, w["b"]):
        _upgrade(replica)
    a.use()
    # A conflict logged before field-level merge is kept whole: its school is A's now.
    conflicts.resolve(PRINCIPAL, w["legacy"]["student"], conflicts.KEEP_LOSER)
    conflicts.resolve(PRINCIPAL, w["legacy"]["school"], conflicts.KEEP_LOSER)
    assert Student.get_by_id(w["child"]).phone == "13800000001"
    assert School.get_by_id(school_record_id(A)).phone == "0731-84001234"
    assert not database.execute_sql("PRAGMA foreign_key_check").fetchall()
    sequence = export(a, tmp / "after.fpkg").manifest.sequence
    assert sequence == 3  # after the first package and the conflict's: none used twice
    counts = receive(township, tmp / "after.fpkg").counts
    assert counts["departure"]["new"] == 1  # naming school B, as the township knows it
    assert counts["student"]["changed"] == 1 and counts["school"]["changed"] == 1
    township.use()
    assert Departure.get().to_school_id == school_record_id(B)
    assert Student.get_by_id(w["child"]).phone == "13800000001"
    export(township, tmp / "back.fpkg", to_code=A)
    assert receive(a, tmp / "back.fpkg").applied
