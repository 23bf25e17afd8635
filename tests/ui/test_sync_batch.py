"""The import dialog with several packages (a folder of them, as the township receives
them from its schools): a batch preview, then the acceptable packages imported in order
of sequence per school, each on its own; a bad file, or a package from a school whose
key is not enrolled, is refused and stops nothing (a batch never enrols)."""

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
from tests.builders import PRINCIPAL
from tests.core.sync_support import enrol, export, fingerprint, receive
from ui.bus import bus


@pytest.fixture
def folder_ui(qapp, tmp_path: Path):
    """Two schools' packages in one folder (柳塘小学 sends two, 石桥小学 one, sealed to
    the township before the township enrolled its key), a file of random bytes named
    .xlsx among them, and a session on the township ledger."""
    from fupin_desktop.sync import trust
    from ui import tasks
    from ui.app import load_translations
    from ui.session import Session, set_session

    folder = tmp_path / "usb"
    folder.mkdir()
    township = make.township_replica(tmp_path)
    township_key = trust.write_public_key(tmp_path / "township.fpkey").value
    liutang = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    first = make.student_row(liutang, "张三", id_number="430123201501010022")
    # Named so that the file order is not the order of sequence.
    export(liutang, folder / "b-liutang-1.fpkg")  # the two enrol each other's keys first
    second = make.student_row(liutang, "李梅", id_number="430123201501010049")
    export(liutang, folder / "a-liutang-2.fpkg")
    shiqiao = make.school_replica(tmp_path, "4301230002", "石桥小学")
    third = make.student_row(shiqiao, "王芳", id_number="430123201501010065")
    enrol(shiqiao, township_key)  # it knows the township; the township not it, yet
    shiqiao_key = trust.write_public_key(tmp_path / "shiqiao.fpkey").value
    export(shiqiao, folder / "c-shiqiao-1.fpkg", introduce=False)
    bad = folder / "d-bad.xlsx"
    bad.write_bytes(random.Random(7).randbytes(4096))
    township.use()
    load_translations(qapp)
    session = Session(township.path)
    session.refresh()
    set_session(session)
    tasks.set_runner(tasks.TaskRunner(synchronous=True))
    yield {
        "folder": folder,
        "bad": bad,
        "township": township,
        "shiqiao_key": shiqiao_key,
        "students": {"liutang": [first, second], "shiqiao": [third]},
    }
    tasks.set_runner(tasks.TaskRunner())
    close_database()


def _enrol_shiqiao(folder_ui) -> None:
    """The township's principal enrols 石桥小学 in Sync > Keys (not in the import)."""
    enrol(folder_ui["township"], folder_ui["shiqiao_key"])


def _dialog(qtbot):
    from ui.sync.import_dialog import SyncImportDialog

    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.inform = told.append
    return dialog, told


def _by_name(dialog) -> dict[str, batch.BatchEntry]:
    return {e.path.name: e for e in dialog.entries}


def _unreadable_message(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_package(path)
    return caught.value.message


def test_folder_applies_the_good_packages_and_refuses_the_bad_one(qtbot, folder_ui) -> None:
    township, folder = folder_ui["township"], folder_ui["folder"]
    receive(township, folder / "b-liutang-1.fpkg")  # 柳塘小学's first package came earlier
    township.use()
    assert Student.select().count() == 1
    dialog, told = _dialog(qtbot)
    dialog.open_files([folder])
    entries = _by_name(dialog)
    assert len(dialog.package_rows()) == 4
    assert entries["b-liutang-1.fpkg"].status == batch.IMPORTED_BEFORE
    assert entries["a-liutang-2.fpkg"].status == batch.READY
    assert entries["a-liutang-2.fpkg"].sequence == 2
    stranger = entries["c-shiqiao-1.fpkg"]
    assert stranger.status == batch.REFUSED and "sync trust school:4301230002" in stranger.reason
    bad = entries["d-bad.xlsx"]
    assert bad.status == batch.REFUSED and bad.reason == _unreadable_message(folder_ui["bad"])
    assert dialog.import_button.isEnabled()
    names = [row[0] for row in dialog.package_rows()]
    dialog.packages.selectRow(names.index("a-liutang-2.fpkg"))
    assert dialog.counts()[table_by_name("student").title][0] == "1"  # new
    assert Student.select().count() == 1  # nothing before the person presses Import

    announced = []
    bus().changed.connect(announced.append)
    dialog.apply()
    bus().changed.disconnect(announced.append)
    result = dialog.batch_result
    assert [e.path.name for e in result.with_outcome(batch.APPLIED)] == ["a-liutang-2.fpkg"]
    refused = [e.path.name for e in result.with_outcome(batch.REFUSED)]
    assert sorted(refused) == ["c-shiqiao-1.fpkg", "d-bad.xlsx"]
    assert any(changes.affects("student") for changes in announced)
    assert told and "d-bad.xlsx" in told[0] and "c-shiqiao-1.fpkg" in told[0]
    township.use()
    assert Student.select().count() == 2

    # Enrolled apart, 石桥小学's package goes in with the next batch.
    _enrol_shiqiao(folder_ui)
    dialog, told = _dialog(qtbot)
    dialog.open_files([folder])
    assert _by_name(dialog)["c-shiqiao-1.fpkg"].status == batch.READY
    dialog.apply()
    assert [e.path.name for e in dialog.batch_result.with_outcome(batch.APPLIED)] == [
        "c-shiqiao-1.fpkg"
    ]
    ids = {s.id for s in Student.select()}
    assert ids == set(folder_ui["students"]["liutang"] + folder_ui["students"]["shiqiao"])
    assert PackageLedger.select().where(PackageLedger.direction == "in").count() == 3
    assert {r.file_name for r in PackageLedger.select()} == {
        "b-liutang-1.fpkg",
        "a-liutang-2.fpkg",
        "c-shiqiao-1.fpkg",
    }

    # The same folder again: nothing is ready, and importing changes nothing.
    before = fingerprint(township.path)
    again, _ = _dialog(qtbot)
    again.open_files([folder])
    statuses = {name: e.status for name, e in _by_name(again).items()}
    assert statuses == {
        "a-liutang-2.fpkg": batch.IMPORTED_BEFORE,
        "b-liutang-1.fpkg": batch.IMPORTED_BEFORE,
        "c-shiqiao-1.fpkg": batch.IMPORTED_BEFORE,
        "d-bad.xlsx": batch.REFUSED,
    }
    assert not again.import_button.isEnabled()
    again.apply_batch()
    assert not again.batch_result.with_outcome(batch.APPLIED)
    township.use()
    assert fingerprint(township.path) == before


def test_a_fresh_ledger_imports_in_sequence(qtbot, folder_ui) -> None:
    _enrol_shiqiao(folder_ui)
    dialog, _ = _dialog(qtbot)
    dialog.open_files([folder_ui["folder"]])
    dialog.apply()
    applied = [e.path.name for e in dialog.batch_result.with_outcome(batch.APPLIED)]
    assert applied.index("b-liutang-1.fpkg") < applied.index("a-liutang-2.fpkg")
    assert len(applied) == 3
    assert PackageLedger.select().where(PackageLedger.school_code == "4301230001").count() == 2
    assert Student.select().count() == 3


def test_a_school_not_enrolled_is_refused_and_changes_nothing(qtbot, folder_ui) -> None:
    township = folder_ui["township"]
    before = fingerprint(township.path)
    dialog, _ = _dialog(qtbot)
    dialog.open_files([folder_ui["folder"] / "c-shiqiao-1.fpkg", folder_ui["bad"]])
    assert not dialog.import_button.isEnabled()
    dialog.apply_batch()
    result = dialog.batch_result
    assert not result.with_outcome(batch.APPLIED)
    assert len(result.with_outcome(batch.REFUSED)) == 2
    township.use()
    assert fingerprint(township.path) == before


def test_one_file_still_takes_the_single_path(qtbot, folder_ui) -> None:
    _enrol_shiqiao(folder_ui)
    dialog, _ = _dialog(qtbot)
    dialog.open_files([folder_ui["folder"]])  # a batch first, then one file
    dialog.open_file(folder_ui["folder"] / "c-shiqiao-1.fpkg")
    assert dialog.entries is None and dialog.packages.isHidden()
    dialog.apply()
    assert Student.select().count() == 1


def test_cancelling_stops_before_the_next_package(qtbot, folder_ui) -> None:
    from fupin_desktop.progress import CancelToken

    _enrol_shiqiao(folder_ui)
    folder_ui["township"].use()
    entries = batch.preview_batch([folder_ui["folder"]])
    token = CancelToken()
    seen: list[str] = []

    def report(fraction: float, text: str) -> None:
        seen.append(text)
        if len(seen) >= 2:
            token.cancel()  # during the first package

    result = batch.import_batch(PRINCIPAL, entries, report=report, cancel=token).value
    assert result.cancelled
    assert len(result.with_outcome(batch.APPLIED)) == 1
    assert len(result.with_outcome(batch.SKIPPED)) == 2
    assert Student.select().count() == 1
