"""The sync dialogs and pages: export (sealed, or with the route's Excel password) with
read-back, import with preview, conflicts compared field by field and kept, the township
overview, and the keys dialog: fingerprints compared before a peer is enrolled."""

from __future__ import annotations

from pathlib import Path

import pytest

from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import Student
from fupin_desktop.sync import trust
from fupin_desktop.sync.tables import table_by_name
from tests import builders as make
from tests.builders import PRINCIPAL, Replica
from tests.core.sync_support import enrol, export, receive, unsealed

CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _enrol_a_township(tmp_path: Path, session) -> Replica:
    """The session's school enrols its township's key (as its principal does once)."""
    folder = tmp_path / "township"
    folder.mkdir()
    township = make.township_replica(folder)
    key = trust.write_public_key(folder / "township.fpkey").value
    enrol(Replica(session.db_path, "school", make.SCHOOL_CODE), key)
    return township


@pytest.fixture
def township_ui(qapp, tmp_path: Path):
    """A township ledger with one school's package waiting, and a session on it."""
    from ui import tasks
    from ui.app import load_translations
    from ui.session import Session, set_session

    township = make.township_replica(tmp_path)
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    student_id = make.student_row(school, "张三")
    package = tmp_path / "up.fpkg"
    export(school, package)  # the two enrol each other's keys first
    township.use()
    load_translations(qapp)
    session = Session(township.path)
    session.refresh()
    set_session(session)
    tasks.set_runner(tasks.TaskRunner(synchronous=True))
    yield {"school": school, "township": township, "package": package, "student": student_id}
    tasks.set_runner(tasks.TaskRunner())
    close_database()


def test_export_dialog_writes_and_reads_back(qtbot, ui_session, tmp_path: Path) -> None:
    from ui.sync.export_dialog import SyncExportDialog

    add_student_to_session = Student(
        school=ui_session.info.school_id,
        name="李四",
        sex="male",
        id_number="430123201501010030",
        stage="primary",
        enrolment="enrolled",
    )
    add_student_to_session.save()
    _enrol_a_township(tmp_path, ui_session)
    dialog = SyncExportDialog()
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.inform = told.append
    assert dialog.path.text().endswith(".fpkg")  # sealed by default
    target = tmp_path / "package.fpkg"
    dialog.path.setText(str(target))
    dialog.export()
    assert target.exists() and not target.read_bytes().startswith(b"PK")
    assert dialog.result_ is not None and dialog.result_.verified
    assert dialog.result_.counts["student"] == 1
    assert told and str(target) in told[0]


def test_import_dialog_previews_then_imports(qtbot, township_ui, tmp_path: Path) -> None:
    from ui.sync.import_dialog import SyncImportDialog

    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.inform = told.append
    dialog.open_file(township_ui["package"])
    assert dialog.import_button.isEnabled()
    counts = dialog.counts()
    assert counts[table_by_name("student").title][0] == "1"  # new
    assert Student.select().count() == 0  # nothing before the person presses Import
    dialog.apply()
    assert Student.select().count() == 1
    assert dialog.receipt_button.isEnabled() and told
    receipt = tmp_path / "receipt.xlsx"
    dialog.write_receipt(receipt, "4301230001")
    assert receipt.exists()


def test_import_dialog_shows_a_refusal(qtbot, township_ui, tmp_path: Path) -> None:
    from ui.sync.import_dialog import SyncImportDialog

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook at all")
    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    dialog.open_file(bad)
    assert dialog.header.text().startswith(dialog.tr("Refused: {reason}")[:2])
    assert not dialog.import_button.isEnabled()


def test_conflicts_page_compares_and_keeps_the_other(qtbot, township_ui, tmp_path) -> None:
    from ui.sync.conflicts_page import ConflictsPage

    school, township = township_ui["school"], township_ui["township"]
    receive(township, township_ui["package"])
    student_id = township_ui["student"]
    school.use()
    s = Student.get_by_id(student_id)
    s.address = "学校改的"
    s.save()
    township.use()
    t = Student.get_by_id(student_id)
    t.address = "中心学校改的"
    t.save()
    export(school, tmp_path / "p2.xlsx")
    receive(township, tmp_path / "p2.xlsx")
    page = ConflictsPage()
    qtbot.addWidget(page)
    assert page.list.rowCount() == 1
    assert page.list.item(0, 1).text() == "张三"
    page.list.selectRow(0)
    # Which side is which: the township's own version, and the school that sent its own.
    headers = [page.fields.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers[1:] == ["乡镇中心学校（本机）", "柳塘小学"]
    assert page.keep_there.text() == "保留：柳塘小学"
    assert "柳塘小学：修改于" in page.changed_label.text()
    # Only the fields a person fills in: no record ids, versions, pinyin, deleted.
    titles = [page.fields.item(r, 0).text() for r in range(page.fields.rowCount())]
    internals = ("id", "version", "school_id", "name_pinyin", "deleted", "updated_at")
    for internal in (*internals, "changed_by"):
        assert table_by_name("student").column(internal).title not in titles
    # ID numbers masked to their last four, as on every screen.
    shown = {page.fields.item(r, c).text() for r in range(page.fields.rowCount()) for c in (1, 2)}
    number = Student.get_by_id(student_id).id_number
    assert number not in shown and "*" * 14 + number[-4:] in shown
    row = titles.index(table_by_name("student").column("address").title)
    assert page.fields.item(row, 1).text() == "中心学校改的"
    assert page.fields.item(row, 2).text() == "学校改的"
    assert page.fields.item(row, 2).background().color().name() == "#fbe5c8"
    page.keep_there.click()
    assert Student.get_by_id(student_id).address == "学校改的"
    assert page.list.rowCount() == 0
    assert page.kept_label.text() == "已保留：柳塘小学 · 张三"
    page.show_resolved.setChecked(True)
    assert page.list.item(0, 3).text() == "已保留：柳塘小学"


def test_at_a_school_the_conflict_names_this_school_and_the_township(
    qtbot, township_ui, tmp_path
) -> None:
    from fupin_desktop.db.base import set_editor
    from fupin_desktop.services import audit
    from tests.builders import PRINCIPAL
    from ui.session import Session, set_session
    from ui.sync.conflicts_page import ConflictsPage

    school, township = township_ui["school"], township_ui["township"]
    student_id = township_ui["student"]
    receive(township, township_ui["package"])
    export(township, tmp_path / "d1.xlsx", to_code="4301230001")
    receive(school, tmp_path / "d1.xlsx")
    school.use()
    s = Student.get_by_id(student_id)
    s.address = "学校改的"
    s.save()
    audit.record(PRINCIPAL, "update", "student", student_id)  # as the services log it
    township.use()
    t = Student.get_by_id(student_id)
    t.address = "中心学校改的"
    set_editor("李干事")  # the township's clerk logged in there (issue 17)
    try:
        t.save()
    finally:
        set_editor("")
    export(township, tmp_path / "d2.xlsx", to_code="4301230001")
    receive(school, tmp_path / "d2.xlsx")
    session = Session(school.path)
    session.refresh()
    set_session(session)
    page = ConflictsPage()
    qtbot.addWidget(page)
    page.list.selectRow(0)
    row = page.selected()
    assert (row.here.place, row.there.place) == ("本校（柳塘小学）", "乡镇中心学校")
    assert row.here.who == PRINCIPAL.name
    assert page.changed_label.text().startswith(f"本校（柳塘小学）：{PRINCIPAL.name} 修改于 ")
    assert "乡镇中心学校：李干事 修改于 " in page.changed_label.text()
    from PySide6.QtGui import QFont

    from ui.app import load_font

    page.setFont(QFont(load_font() or ""))
    page.resize(1100, 640)
    page.grab().save("/tmp/i17-conflict-sides.png")
    titles = [page.fields.item(r, 0).text() for r in range(page.fields.rowCount())]
    line = titles.index(table_by_name("student").column("address").title)
    assert page.fields.item(line, 1).text() == "学校改的"
    page.keep_here.click()
    assert Student.get_by_id(student_id).address == "学校改的"
    assert page.kept_label.text() == "已保留：本校（柳塘小学） · 张三"


def test_township_page_lists_schools_and_writes_the_report(
    qtbot, township_ui, tmp_path: Path
) -> None:
    from ui.sync.township_page import TownshipPage

    receive(township_ui["township"], township_ui["package"])
    page = TownshipPage()
    qtbot.addWidget(page)
    assert page.schools.rowCount() == 0  # nothing is computed until the page is shown
    page.show()
    assert page.schools.rowCount() == 1
    assert page.schools.item(0, 1).text() == "柳塘小学"
    assert page.schools.item(0, 4).text() == "1"
    assert page.totals.item(0, 1).text() == "1"
    told: list[str] = []
    page.inform = told.append
    page.write_report(tmp_path / "county.xlsx")
    assert (tmp_path / "county.xlsx").exists() and told


def test_export_dialog_with_the_route_excel_password(qtbot, ui_session, tmp_path) -> None:
    from fupin_desktop.sync import cards
    from fupin_desktop.sync.writer import EXCEL_PASSWORD
    from ui.sync.export_dialog import SyncExportDialog

    _enrol_a_township(tmp_path, ui_session)
    dialog = SyncExportDialog()
    qtbot.addWidget(dialog)
    dialog.inform = lambda text: None
    dialog.protection.setCurrentIndex(dialog.protection.findData(EXCEL_PASSWORD))
    assert dialog.path.text().endswith(".xlsx")  # WPS opens it once unlocked
    target = tmp_path / "locked.xlsx"
    dialog.path.setText(str(target))
    cards.make_route_password(PRINCIPAL, None, tmp_path / "card.pdf")
    dialog.export()
    assert target.read_bytes().startswith(CFB)
    assert dialog.result_ is not None and dialog.result_.verified
    assert dialog.result_.protection == EXCEL_PASSWORD


def _locked(township_ui, tmp_path: Path) -> Path:
    """The waiting package as the Excel-password form of it would be."""
    from fupin_desktop.sync.crypto import encrypt_bytes

    opened = unsealed(township_ui["township"], township_ui["package"])
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(encrypt_bytes(opened.read_bytes(), "2025-1108-0317-4242"))
    opened.unlink()
    return locked


def test_import_dialog_asks_for_the_password(qtbot, township_ui, tmp_path: Path) -> None:
    from ui.sync.import_dialog import SyncImportDialog

    locked = _locked(township_ui, tmp_path)
    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    answers = ["wrong", "2025-1108-0317-4242"]
    asked: list[tuple[str, bool]] = []

    def ask(name: str, wrong: bool) -> str:
        asked.append((name, wrong))
        return answers.pop(0)

    dialog.ask_password = ask
    dialog.inform = lambda text: None
    dialog.open_file(locked)
    assert asked == [("locked.xlsx", False), ("locked.xlsx", True)]
    assert dialog.import_button.isEnabled()
    dialog.apply()
    assert Student.select().count() == 1


def test_import_dialog_password_cancelled(qtbot, township_ui, tmp_path: Path) -> None:
    from ui.sync.import_dialog import SyncImportDialog

    locked = _locked(township_ui, tmp_path)
    dialog = SyncImportDialog()
    qtbot.addWidget(dialog)
    dialog.ask_password = lambda name, wrong: ""
    dialog.open_files([locked])
    assert not dialog.import_button.isEnabled()
    assert dialog.entries is not None and dialog.entries[0].status == "refused"
    assert Student.select().count() == 0


def test_export_twice_to_one_file_is_refused(qtbot, ui_session, tmp_path: Path) -> None:
    """Package N is never overwritten by package N+1; Export is off after a success;
    the default name carries the package number; no USB wording off a USB stick."""
    from ui.sync.export_dialog import SyncExportDialog

    _enrol_a_township(tmp_path, ui_session)
    dialog = SyncExportDialog()
    qtbot.addWidget(dialog)
    assert "第1号" in dialog.path.text() and dialog.path.text().endswith(".fpkg")
    assert Path(dialog.path.text()).parent != ui_session.db_path.parent
    told: list[str] = []
    dialog.inform = told.append
    target = tmp_path / "package.fpkg"
    dialog.path.setText(str(target))
    dialog.export()
    first = target.read_bytes()
    assert not dialog.export_button.isEnabled()
    assert dialog.tr("The USB stick can be removed.") not in told[0]
    second = SyncExportDialog()
    qtbot.addWidget(second)
    assert "第2号" in second.path.text()
    second.inform = told.append
    second.path.setText(str(target))
    second.export()
    assert second.result_ is None and target.read_bytes() == first
    assert str(target) in told[-1]


def test_the_import_preview_shows_local_time(qtbot, township_ui, monkeypatch) -> None:
    """Made at 04:00 UTC is made at 12:00 in Beijing: the preview says 12:00."""
    import datetime as dt
    import time

    from ui.sync.import_dialog import SyncImportDialog

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        dialog = SyncImportDialog()
        qtbot.addWidget(dialog)
        dialog.inform = lambda text: None
        dialog.open_file(township_ui["package"])
        created = dt.datetime.fromisoformat(dialog.preview.manifest.created_at)
        local = created + dt.timedelta(hours=8)
        assert local.strftime("%Y-%m-%d %H:%M") in dialog.header.text()
        assert created.strftime("%H:%M") not in dialog.header.text()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_keys_dialog_enrols_after_the_last_group_is_typed(qtbot, township_ui, tmp_path) -> None:
    from ui.sync.keys_dialog import KeysDialog

    # A second school, not enrolled yet, sends its public key file.
    folder = tmp_path / "east"
    folder.mkdir()
    east = make.school_replica(folder, "4301230003", "东山小学")
    key = trust.write_public_key(folder / "east.fpkey").value
    fingerprint = trust.own_card().fingerprint
    township_ui["township"].use()
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    told: list[str] = []
    dialog.inform = told.append
    assert dialog.own_fingerprint.text() == trust.own_card().fingerprint
    dialog.read_offer(key)
    assert dialog.new_fingerprint.text() == fingerprint
    assert dialog.old_fingerprint.text() == dialog.tr("none")
    dialog.last_group.setText("00000" if not fingerprint.endswith("00000") else "11111")
    dialog.enrol()
    assert not trust.enrolled_fingerprint("school:4301230003") and told
    dialog.last_group.setText(fingerprint.split()[-1])
    dialog.enrol()
    assert trust.enrolled_fingerprint("school:4301230003") == fingerprint
    assert east.code == "4301230003"
    # Fits a 1366x768 screen above the taskbar.
    dialog.adjustSize()
    assert dialog.sizeHint().height() <= 650 and dialog.sizeHint().width() <= 1300
    dialog.grab().save(str(tmp_path / "keys.png"))
