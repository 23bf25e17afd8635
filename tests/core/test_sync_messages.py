"""Messages of issue 16, point 8: each says what happened and what to do; no traceback
for an OS or SQLite error."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import DiaryEntry, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.sync import book, state
from fupin_desktop.sync.reader import PackageRefused
from fupin_desktop.sync.tables import SyncTable
from fupin_desktop.sync.writer import PLAIN
from tests import builders as make
from tests.builders import fupin
from tests.core.sync_support import export, receive

CODE = "4301230001"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[make.Replica, make.Replica, Path]:
    """A school and its township, keys enrolled, and a package of the school's, not sealed
    (a clerk opens it as a workbook in these tests)."""
    school = make.school_replica(tmp_path, CODE, "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    package = tmp_path / "up.xlsx"
    export(school, package, protection=PLAIN)
    return school, township, package


def test_a_sheet_of_notes_after_the_manifest_is_no_harm(pair, tmp_path: Path) -> None:
    _, township, package = pair
    workbook = load_workbook(package)
    workbook.create_sheet("备注")["A1"] = "已核对，王老师"
    noted = tmp_path / "noted.xlsx"
    workbook.save(noted)
    assert receive(township, noted).applied
    township.use()
    assert Student.get().name == "张三"


def test_an_unknown_column_says_to_update_the_program(
    pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, township, package = pair
    known = SyncTable.column

    def older(self: SyncTable, key: str):  # this program "does not know" the address yet
        if self.name == "student" and key == "address":
            raise KeyError(key)
        return known(self, key)

    monkeypatch.setattr(SyncTable, "column", older)
    with pytest.raises(PackageRefused) as refused:
        receive(township, package)
    message = refused.value.message
    assert "update the program" in message and "Students" in message
    assert "student." not in message and "address" not in message


def test_a_diary_too_long_for_a_cell_names_the_child(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, CODE, "柳塘小学")
    make.township_replica(tmp_path)
    student_id = make.student_row(school, "李小红", id_number=make.id_number())
    teacher = make.teacher(school, "王老师")
    DiaryEntry(student=student_id, teacher=teacher, entry_date="2025-10-02",
               category="feelings", what_happened="想" * 40_000).save()  # fmt: skip
    state.set_send_sensitive_text(True)
    with pytest.raises(ValidationError) as refused:
        export(school, tmp_path / "up.xlsx")
    assert "李小红" in refused.value.message and "Growth diary" in refused.value.message
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*.partial"))
    assert not list(tmp_path.glob("*.fpkg"))


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, "只读"), (errno.ENOSPC, "磁盘已满"), (errno.EIO, "请检查磁盘")],
)
def test_a_drive_that_cannot_be_written_is_a_sentence(
    pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, code: int, words: str
) -> None:
    school, _, _ = pair
    close_database()

    def refuse(target: Path):
        raise OSError(code, "the system's words", str(target))

    monkeypatch.setattr(book, "partial_file", refuse)
    target = tmp_path / "usb" / "up2.xlsx"
    capsys.readouterr()
    assert fupin(school.path, "sync", "export", "-o", str(target)) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert words in captured.out and str(target) in captured.out  # the CLI speaks zh_CN


def test_a_damaged_ledger_says_to_restore_a_backup(pair, capsys) -> None:
    school, _, _ = pair
    close_database()
    data = bytearray(school.path.read_bytes())
    for at in range(4096, len(data), 4096):  # every page but the first: garbage
        data[at + 100 : at + 400] = b"\xff" * 300
    school.path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        school.path.with_name(school.path.name + side).unlink(missing_ok=True)
    capsys.readouterr()
    code = fupin(school.path, "sync", "status")
    captured = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in captured.out + captured.err
    assert "backup restore" in captured.out
