"""Field-level merge (issue 16, point 1): concurrent edits of different fields both
survive; only the same field edited on both sides is a conflict, with one winner
everywhere; a conflict kept on one side travels and closes on the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from fupin_desktop.db.models import ConflictLog, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.sync import conflicts
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import edit_student, export, paired, receive, rows_of

CODE = "4301230001"


def _exchange(tmp_path: Path, school: make.Replica, township: make.Replica, tag: str) -> None:
    """Both send before either hears from the other, then each imports the other's."""
    export(school, tmp_path / f"up-{tag}.xlsx")
    export(township, tmp_path / f"down-{tag}.xlsx", to_code=CODE)
    receive(township, tmp_path / f"up-{tag}.xlsx")
    receive(school, tmp_path / f"down-{tag}.xlsx")


def test_edits_of_different_fields_both_survive(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="柳塘村新屋")
    edit_student(township, student_id, village_group="三组")
    export(school, tmp_path / "up.xlsx")
    export(township, tmp_path / "down.xlsx", to_code=CODE)
    up = receive(township, tmp_path / "up.xlsx")
    down = receive(school, tmp_path / "down.xlsx")
    assert up.counts["student"]["conflict"] == 0 and up.counts["student"]["changed"] == 1
    assert down.counts["student"]["conflict"] == 0
    for replica in (school, township):
        replica.use()
        student = Student.get_by_id(student_id)
        assert (student.address, student.village_group) == ("柳塘村新屋", "三组")
        assert ConflictLog.select().count() == 0
    assert rows_of(school, CODE) == rows_of(township, CODE)


def test_the_same_field_is_a_conflict_with_one_winner_everywhere(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="学校改的", phone="13800000001")
    edit_student(township, student_id, address="中心学校改的")
    _exchange(tmp_path, school, township, "1")
    assert rows_of(school, CODE) == rows_of(township, CODE)
    finals = set()
    for replica in (school, township):
        replica.use()
        student = Student.get_by_id(student_id)
        finals.add(student.address)
        assert student.phone == "13800000001"  # only the school edited it: it stays
        log = ConflictLog.get()
        assert list(log.fields) == ["address"]
        assert {log.winner["address"], log.loser["address"]} == {"学校改的", "中心学校改的"}
        # Only the field in conflict (and its stamp) differs between the versions logged.
        differs = {k for k in log.winner if log.winner[k] != log.loser[k]}
        assert differs == {"address", "stamps"}
    assert len(finals) == 1


def test_keeping_ours_travels_and_closes_the_conflict_on_the_other_side(
    tmp_path: Path,
) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="学校改的")
    edit_student(township, student_id, address="中心学校改的")
    _exchange(tmp_path, school, township, "1")
    school.use()
    log = ConflictLog.get()
    conflicts.resolve(PRINCIPAL, log.id, conflicts.KEEP_OURS)
    assert Student.get_by_id(student_id).address == "学校改的"
    assert conflicts.open_count() == 0
    export(school, tmp_path / "up2.xlsx")
    receive(township, tmp_path / "up2.xlsx")
    township.use()
    assert Student.get_by_id(student_id).address == "学校改的"
    closed = ConflictLog.get()
    assert closed.resolved and closed.resolution == "elsewhere"
    assert conflicts.open_count() == 0
    export(township, tmp_path / "down2.xlsx", to_code=CODE)
    receive(school, tmp_path / "down2.xlsx")
    assert rows_of(school, CODE) == rows_of(township, CODE)


def test_keeping_the_winner_also_travels(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="学校改的")
    edit_student(township, student_id, address="中心学校改的")
    _exchange(tmp_path, school, township, "1")
    township.use()
    log = ConflictLog.get()
    kept = log.winner["address"]
    conflicts.resolve(PRINCIPAL, log.id, conflicts.KEEP_WINNER)
    with pytest.raises(ValidationError):
        conflicts.resolve(PRINCIPAL, log.id, conflicts.KEEP_LOSER)  # resolved before
    export(township, tmp_path / "down2.xlsx", to_code=CODE)
    receive(school, tmp_path / "down2.xlsx")
    school.use()
    assert Student.get_by_id(student_id).address == kept
    assert conflicts.open_count() == 0


def test_an_edit_against_a_deletion_keeps_the_record_and_logs_the_deletion(
    tmp_path: Path,
) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    school.use()
    Student.get_by_id(student_id).tombstone()
    edit_student(township, student_id, village_group="三组")
    _exchange(tmp_path, school, township, "1")
    for replica in (school, township):
        replica.use()
        student = Student.get_by_id(student_id)
        assert not student.deleted and student.village_group == "三组"
    township.use()
    log = ConflictLog.get()
    assert log.fields == {"deleted": "ours"} and log.loser["deleted"] == 1
    # The principal agrees with the deletion after all: it travels.
    conflicts.resolve(PRINCIPAL, log.id, conflicts.KEEP_THEIRS)
    assert Student.get_by_id(student_id).deleted
    export(township, tmp_path / "down2.xlsx", to_code=CODE)
    receive(school, tmp_path / "down2.xlsx")
    school.use()
    assert Student.get_by_id(student_id).deleted
    assert rows_of(school, CODE) == rows_of(township, CODE)


def test_a_deletion_that_saw_every_edit_stands(tmp_path: Path) -> None:
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(township, student_id, village_group="三组")
    export(township, tmp_path / "down1.xlsx", to_code=CODE)
    receive(school, tmp_path / "down1.xlsx")
    school.use()
    Student.get_by_id(student_id).tombstone()
    export(school, tmp_path / "up1.xlsx")
    receive(township, tmp_path / "up1.xlsx")
    township.use()
    assert Student.get_by_id(student_id).deleted
    assert ConflictLog.select().count() == 0


def test_conflicts_from_the_command_line(tmp_path: Path, capsys) -> None:
    from tests.builders import fupin

    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="学校改的")
    edit_student(township, student_id, address="中心学校改的")
    _exchange(tmp_path, school, township, "1")
    township.use()
    entry = ConflictLog.get()
    capsys.readouterr()
    assert fupin(township.path, "sync", "conflicts", "list") == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.split()[:1] == [str(entry.id)])
    assert "住址" in line and "中心学校改的" in line and "学校改的" in line
    # Another school's records only: nothing.
    other = make.school_row("4301230002", "别的小学")
    other.save()
    assert fupin(township.path, "sync", "conflicts", "list", "--school", "4301230002") == 0
    assert "没有" in capsys.readouterr().out
    assert fupin(township.path, "sync", "conflicts", "list", "--school", CODE) == 0
    assert "中心学校改的" in capsys.readouterr().out

    assert fupin(township.path, "sync", "conflicts", "keep", "999", "ours") == 2
    assert "999" in capsys.readouterr().out
    assert fupin(township.path, "sync", "conflicts", "keep", str(entry.id), "theirs") == 0
    township.use()
    assert Student.get_by_id(student_id).address == "学校改的"
    assert fupin(township.path, "sync", "conflicts", "list") == 0
    assert "没有" in capsys.readouterr().out
    # The choice travels: the school's own entry closes when the package arrives.
    export(township, tmp_path / "down2.xlsx", to_code=CODE)
    receive(school, tmp_path / "down2.xlsx")
    school.use()
    assert conflicts.open_count() == 0
    assert Student.get_by_id(student_id).address == "学校改的"


def test_each_side_is_named_by_its_place_field_by_field(tmp_path: Path) -> None:
    """The page and the command line show this ledger's value and the package's, even
    when each side won a different field of the record."""
    school, township, student_id = paired(tmp_path, CODE)
    edit_student(school, student_id, address="学校改的", village_group="学校的组")
    edit_student(township, student_id, address="中心学校改的", village_group="中心的组")
    _exchange(tmp_path, school, township, "1")
    for replica, ours, theirs in (
        (school, ("学校改的", "学校的组"), ("中心学校改的", "中心的组")),
        (township, ("中心学校改的", "中心的组"), ("学校改的", "学校的组")),
    ):
        replica.use()
        row = conflicts.list_conflicts(PRINCIPAL)[0]
        assert set(row.fields) == {"address", "village_group"}
        assert row.here.keep == conflicts.KEEP_OURS and row.here.here
        diffs = {d.key: (d.here, d.there) for d in conflicts.compare(PRINCIPAL, row.id)}
        assert diffs["address"] == (ours[0], theirs[0])
        assert diffs["village_group"] == (ours[1], theirs[1])
        sides = {s.key: (s.ours, s.theirs) for s in conflicts.field_sides(PRINCIPAL, row.id)}
        assert sides == {"address": diffs["address"], "village_group": diffs["village_group"]}
    township.use()
    row = conflicts.list_conflicts(PRINCIPAL)[0]
    said = conflicts.resolve(PRINCIPAL, row.id, row.there.keep).value
    assert row.there.place in said
    student = Student.get_by_id(student_id)
    assert (student.address, student.village_group) == ("学校改的", "学校的组")
    assert conflicts.list_conflicts(PRINCIPAL, include_resolved=True)[0].kept == row.there


@pytest.fixture
def editors():
    """Whoever is logged in names each edit (db/base.set_editor); reset afterwards."""
    from fupin_desktop.db.base import set_editor

    yield set_editor
    set_editor("")


def test_who_changed_each_side_travels_with_the_record(tmp_path: Path, editors, capsys) -> None:
    from tests.builders import fupin

    """Issue 17: a conflict names the person of each side, also the side that came in
    the package (the record's changed_by travels)."""
    school, township, student_id = paired(tmp_path, CODE)
    editors("王老师")
    edit_student(school, student_id, address="学校改的")
    editors("李干事")
    edit_student(township, student_id, address="中心学校改的")
    editors("")
    _exchange(tmp_path, school, township, "1")
    for replica, here, there in ((school, "王老师", "李干事"), (township, "李干事", "王老师")):
        replica.use()
        row = conflicts.list_conflicts(PRINCIPAL)[0]
        assert (row.here.who, row.there.who) == (here, there)
        assert row.there.changed.startswith(f"{there} ")
    township.use()
    capsys.readouterr()
    assert fupin(township.path, "sync", "conflicts", "list") == 0
    out = capsys.readouterr().out
    assert "李干事" in out and "柳塘小学 王老师" in out
    # Not in conflict: the record simply takes the later edit, and its person with it.
    editors("王老师")
    edit_student(school, student_id, phone="13800000002")
    editors("")
    export(school, tmp_path / "up-2.xlsx")
    receive(township, tmp_path / "up-2.xlsx")
    township.use()
    assert Student.get_by_id(student_id).changed_by == "王老师"
    assert rows_of(school, CODE) == rows_of(township, CODE)
