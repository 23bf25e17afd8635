"""Restore-safe routes (issue 16, point 3): a school restored from a backup between two
exports never reuses a number, converges with the township without a full export, and
an edit it made before the restore is kept or in the conflict log, never silently
replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

from fupin_desktop.db import backup, routes
from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import ConflictLog, Installation, Student
from tests import builders as make
from tests.core.sync_support import edit_student, export, paired, receive, rows_of

CODE = "4301230001"


def _settle(tmp_path: Path, school: make.Replica, township: make.Replica) -> None:
    """Two normal rounds, no --full."""
    for n in range(2):
        export(school, tmp_path / f"up-{n}.xlsx")
        receive(township, tmp_path / f"up-{n}.xlsx")
        export(township, tmp_path / f"down-{n}.xlsx", to_code=CODE)
        receive(school, tmp_path / f"down-{n}.xlsx")


def test_a_restore_between_two_exports(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    school.use()
    saved = backup.automatic_backup(school.path)
    # After the backup: the school edits and sends; the township corrects and sends back.
    edit_student(school, student_id, address="恢复前的住址")
    first = export(school, tmp_path / "p1.xlsx").manifest
    receive(township, tmp_path / "p1.xlsx")
    edit_student(township, student_id, phone="13800000009")
    export(township, tmp_path / "d1.xlsx", to_code=CODE)
    receive(school, tmp_path / "d1.xlsx")

    close_database()
    backup.restore(school.path, saved)
    school.use()
    student = Student.get_by_id(student_id)
    assert (student.address, student.phone) == ("柳塘村", "")  # both gone with the restore
    edit_student(school, student_id, village_group="三组")
    second = export(school, tmp_path / "p2.xlsx").manifest
    assert second.sequence > first.sequence  # never the same number twice
    result = receive(township, tmp_path / "p2.xlsx")
    assert not result.preview.number_used_before
    _settle(tmp_path, school, township)

    assert rows_of(school, CODE) == rows_of(township, CODE)
    school.use()
    student = Student.get_by_id(student_id)
    # The edit made before the restore came back, and so did the township's correction.
    assert (student.address, student.village_group, student.phone) == (
        "恢复前的住址",
        "三组",
        "13800000009",
    )
    assert ConflictLog.select().count() == 0


def test_a_pre_restore_edit_of_the_same_field_is_in_the_conflict_log(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    school.use()
    saved = backup.automatic_backup(school.path)
    edit_student(school, student_id, address="恢复前的住址")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    close_database()
    backup.restore(school.path, saved)
    edit_student(school, student_id, address="恢复后的住址")
    export(school, tmp_path / "p2.xlsx")
    result = receive(township, tmp_path / "p2.xlsx")
    assert result.counts["student"]["conflict"] == 1
    _settle(tmp_path, school, township)
    assert rows_of(school, CODE) == rows_of(township, CODE)
    township.use()
    final = Student.get_by_id(student_id).address
    logged = {entry.loser["address"] for entry in ConflictLog.select()}
    assert {final} | logged == {"恢复前的住址", "恢复后的住址"}


def test_a_ledger_copied_back_by_hand_without_its_routes_file(tmp_path: Path) -> None:
    """A new computer: the backup file copied in place, nothing beside it. The township
    says the number came twice; its package teaches the school the numbers and the edits
    it lacks, and they converge."""
    school, township, student_id = paired(tmp_path, CODE)
    school.use()
    saved = backup.automatic_backup(school.path)
    edit_student(school, student_id, address="恢复前的住址")
    first = export(school, tmp_path / "p1.xlsx").manifest
    receive(township, tmp_path / "p1.xlsx")
    actor = Installation.get_by_id(1).actor
    close_database()
    with backup.plain_copy(saved) as plain:
        shutil.copyfile(plain, school.path)
    for side in ("-wal", "-shm", routes.SUFFIX):
        school.path.with_name(school.path.name + side).unlink(missing_ok=True)

    again = export(school, tmp_path / "p1-again.xlsx").manifest
    assert again.sequence == first.sequence  # nothing could tell the school
    result = receive(township, tmp_path / "p1-again.xlsx")
    assert result.preview.number_used_before
    assert any("restored from a backup" in note for note in result.preview.notes())
    export(township, tmp_path / "d1.xlsx", to_code=CODE)
    back = receive(school, tmp_path / "d1.xlsx")
    assert back.preview.restored_here
    school.use()
    # The school learnt: a new actor above every number it gave, the next number new.
    assert Installation.get_by_id(1).actor != actor
    assert Student.get_by_id(student_id).address == "恢复前的住址"
    third = export(school, tmp_path / "p3.xlsx").manifest
    assert third.sequence > first.sequence
    receive(township, tmp_path / "p3.xlsx")
    _settle(tmp_path, school, township)
    assert rows_of(school, CODE) == rows_of(township, CODE)


def test_the_township_restored_converges_too(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    township.use()
    saved = backup.automatic_backup(township.path)
    edit_student(school, student_id, address="学校改的")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    edit_student(township, student_id, village_group="中心学校改的")
    first = export(township, tmp_path / "d1.xlsx", to_code=CODE).manifest
    receive(school, tmp_path / "d1.xlsx")
    close_database()
    backup.restore(township.path, saved)
    second = export(township, tmp_path / "d2.xlsx", to_code=CODE).manifest
    assert second.sequence > first.sequence
    receive(school, tmp_path / "d2.xlsx")
    _settle(tmp_path, school, township)
    assert rows_of(school, CODE) == rows_of(township, CODE)
    township.use()
    student = Student.get_by_id(student_id)
    assert (student.address, student.village_group) == ("学校改的", "中心学校改的")
