"""The import dialog with several packages (a folder of them, as the township receives
them from its schools): a batch preview, then the acceptable packages imported in order
of sequence per school, each on its own; a bad file is refused and stops nothing."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import PackageLedger, Student
from fupin_desktop.errors import FileFormatError
from fupin_desktop.sync import batch
from fupin_desktop.sync.reader import read_package
from fupin_desktop.sync.tables import table_by_name
from tests import builders as make
from tests.core.sync_support import export, fingerprint, receive
from ui.bus import bus


@pytest.fixture
def folder_ui(qapp, tmp_path: Path):
    """Two schools' packages in one folder (柳塘小学 sends two, 石桥小学 one), a file of
    random bytes named .xlsx among them, and a session on the township ledger."""
    from ui import tasks
    from ui.app import load_translations
    from ui.session import Session, set_session

    folder = tmp_path / "usb"
    folder.mkdir()
    liutang = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    first = make.student_row(liutang, "张三", id_number="430123201501010022")
    # Named so that the file order is not the order of sequence.
    export(liutang, folder / "b-liutang-1.xlsx")
    second = make.student_row(liutang, "李梅", id_number="430123201501010049")
    export(liutang, folder / "a-liutang-2.xlsx")
    shiqiao = make.school_replica(tmp_path, "4301230002", "石桥小学")
    third = make.student_row(shiqiao, "王芳", id_number="430123201501010065")
    export(shiqiao, folder / "c-shiqiao-1.xlsx")
    bad = folder / "d-bad.xlsx"
    bad.write_bytes(random.Random(7).randbytes(4096))
    township = make.township_replica(tmp_path)
    load_translations(qapp)
    session = Session(township.path)
    session.refresh()
    set_session(session)
    tasks.set_runner(tasks.TaskRunner(synchronous=True))
    yield {
        "folder": folder,
        "bad": bad,
        "township": township,
        "students": {"liutang": [first, second], "shiqiao": [third]},
    }
    tasks.set_runner(tasks.TaskRunner())
    close_database()


def _dialog(qtbot, answer: bool = True):
    from ui.sync.import_dialog import SyncImportDialog

    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    asked: list[str] = []
    told: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or answer
    dialog.inform = told.append
    return dialog, asked, told


def _by_name(dialog) -> dict[str, batch.BatchEntry]:
    return {e.path.name: e for e in dialog.entries}


def _unreadable_message(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_package(path)
    return caught.value.message


def test_folder_applies_the_good_packages_and_refuses_the_bad_one(qtbot, folder_ui) -> None:
    township, folder = folder_ui["township"], folder_ui["folder"]
    receive(township, folder / "b-liutang-1.xlsx")  # 柳塘小学's first package came earlier
    township.use()
    assert Student.select().count() == 1
    dialog, asked, told = _dialog(qtbot)
    dialog.open_files([folder])
    entries = _by_name(dialog)
    assert len(dialog.package_rows()) == 4
    assert entries["b-liutang-1.xlsx"].status == batch.IMPORTED_BEFORE
    assert entries["a-liutang-2.xlsx"].status == batch.READY
    assert entries["a-liutang-2.xlsx"].sequence == 2
    assert entries["c-shiqiao-1.xlsx"].status == batch.ENROL
    bad = entries["d-bad.xlsx"]
    assert bad.status == batch.REFUSED and bad.reason == _unreadable_message(folder_ui["bad"])
    assert bad.reason in dialog.package_rows()[-1][3]  # refused packages are listed last
    assert entries["c-shiqiao-1.xlsx"].totals()["new"] >= 1  # the school and its pupil
    assert dialog.import_button.isEnabled()
    # Selecting a package shows its per-kind table.
    names = [row[0] for row in dialog.package_rows()]
    dialog.packages.selectRow(names.index("c-shiqiao-1.xlsx"))
    assert dialog.counts()[table_by_name("student").title][0] == "1"  # new
    assert Student.select().count() == 1  # nothing before the person presses Import

    announced = []
    bus().changed.connect(announced.append)
    dialog.apply()
    bus().changed.disconnect(announced.append)
    assert len(asked) == 1  # only 石桥小学 is new here, asked once
    assert "石桥小学" in asked[0]
    result = dialog.batch_result
    assert [e.path.name for e in result.with_outcome(batch.APPLIED)] == [
        "a-liutang-2.xlsx",
        "c-shiqiao-1.xlsx",
    ]
    assert [e.path.name for e in result.with_outcome(batch.REFUSED)] == ["d-bad.xlsx"]
    assert result.with_outcome(batch.REFUSED)[0].reason == _unreadable_message(folder_ui["bad"])
    assert any(changes.affects("student") for changes in announced)
    ids = {s.id for s in Student.select()}
    assert ids == set(folder_ui["students"]["liutang"] + folder_ui["students"]["shiqiao"])
    assert PackageLedger.select().where(PackageLedger.direction == "in").count() == 3
    assert {r.file_name for r in PackageLedger.select()} == {
        "b-liutang-1.xlsx",
        "a-liutang-2.xlsx",
        "c-shiqiao-1.xlsx",
    }
    assert told and "d-bad.xlsx" in told[0] and bad.reason in told[0]

    # The same folder again: nothing is ready, and importing changes nothing.
    before = fingerprint(township.path)
    again, asked_again, _ = _dialog(qtbot)
    again.open_files([folder])
    statuses = {name: e.status for name, e in _by_name(again).items()}
    assert statuses == {
        "a-liutang-2.xlsx": batch.IMPORTED_BEFORE,
        "b-liutang-1.xlsx": batch.IMPORTED_BEFORE,
        "c-shiqiao-1.xlsx": batch.IMPORTED_BEFORE,
        "d-bad.xlsx": batch.REFUSED,
    }
    assert not again.import_button.isEnabled()
    again.apply_batch()
    assert asked_again == []
    assert not again.batch_result.with_outcome(batch.APPLIED)
    township.use()
    assert fingerprint(township.path) == before


def test_a_fresh_ledger_imports_in_sequence_and_asks_once_per_school(qtbot, folder_ui) -> None:
    dialog, asked, _ = _dialog(qtbot)
    dialog.open_files([folder_ui["folder"]])
    dialog.apply()
    assert len(asked) == 2  # two new schools, although three packages need it
    applied = [e.path.name for e in dialog.batch_result.with_outcome(batch.APPLIED)]
    assert applied.index("b-liutang-1.xlsx") < applied.index("a-liutang-2.xlsx")
    assert len(applied) == 3
    assert PackageLedger.select().where(PackageLedger.school_code == "4301230001").count() == 2
    assert Student.select().count() == 3


def test_a_school_not_confirmed_is_not_imported(qtbot, folder_ui) -> None:
    township = folder_ui["township"]
    before = fingerprint(township.path)
    dialog, asked, told = _dialog(qtbot, answer=False)
    dialog.open_files([folder_ui["folder"] / "c-shiqiao-1.xlsx", folder_ui["bad"]])
    dialog.apply()
    assert len(asked) == 1
    result = dialog.batch_result
    assert not result.with_outcome(batch.APPLIED)
    assert [e.path.name for e in result.with_outcome(batch.SKIPPED)] == ["c-shiqiao-1.xlsx"]
    township.use()
    assert fingerprint(township.path) == before
    assert told


def test_one_file_still_takes_the_single_path(qtbot, folder_ui) -> None:
    dialog, asked, _ = _dialog(qtbot)
    dialog.open_files([folder_ui["folder"]])  # a batch first, then one file
    dialog.open_file(folder_ui["folder"] / "c-shiqiao-1.xlsx")
    assert dialog.entries is None and dialog.packages.isHidden()
    dialog.apply()
    assert asked == [dialog.preview.enrolment]
    assert Student.select().count() == 1


def test_cancelling_stops_before_the_next_package(qtbot, folder_ui) -> None:
    from fupin_desktop.progress import CancelToken
    from tests.builders import PRINCIPAL

    folder_ui["township"].use()
    entries = batch.preview_batch([folder_ui["folder"]])
    token = CancelToken()
    seen: list[str] = []

    def report(fraction: float, text: str) -> None:
        seen.append(text)
        if len(seen) >= 2:
            token.cancel()  # during the first package

    result = batch.import_batch(
        PRINCIPAL, entries, confirmed=batch.enrolments(entries), report=report, cancel=token
    ).value
    assert result.cancelled
    assert len(result.with_outcome(batch.APPLIED)) == 1
    assert len(result.with_outcome(batch.SKIPPED)) == 2
    assert Student.select().count() == 1
