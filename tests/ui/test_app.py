"""The program's shell: wizard, main window, translations, error dialogs, Qt pitfalls."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fupin_desktop.errors import ValidationError
from fupin_desktop.services import installation


@pytest.fixture
def isolated_settings(tmp_path: Path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()


def test_none_refcount_survives_many_void_qt_calls(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 took a reference off None with every void call."""
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"n{i % 7}")
    assert sys.getrefcount(None) >= before - 50


def test_translation_loads_qt_and_ours(fresh_session) -> None:
    assert QCoreApplication.translate("App", "Education Aid Ledger") == "教育扶贫台账"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_wizard_refuses_bad_school_code_then_sets_up(qtbot, fresh_session) -> None:
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    form = wizard.identity_page.form
    form.school_code.setText("43012")
    form.school_name.setText("柳塘小学")
    form.township_name.setText("柳塘镇")
    form.township_code.setText("430123101")
    assert not wizard.identity_page.validatePage()
    assert form.errors["school_code"].isVisibleTo(form)
    assert "10" in form.errors["school_code"].text()
    assert installation.current() is None

    form.school_code.setText("４３０１２３０００１")  # full-width, as some IMEs type it
    # The type of school is chosen, never pre-set.
    assert form.school_type.currentIndex() == -1
    assert not wizard.identity_page.validatePage()
    assert form.errors["school_type"].isVisibleTo(form)
    form.school_type.setCurrentIndex(form.school_type.findData("teaching_point"))
    assert wizard.identity_page.validatePage()
    wizard.accept()
    info = installation.current()
    assert info is not None and info.role == "school"
    assert info.school_code == "4301230001" and info.school_name == "柳塘小学"
    assert info.school_type == "teaching_point"
    assert fresh_session.info == info


def test_wizard_for_township(qtbot, fresh_session) -> None:
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.chooser.set_role("township")
    wizard.next()
    form = wizard.identity_page.form
    assert not form.school_code.isVisibleTo(wizard)
    form.township_name.setText("柳塘镇")
    form.township_code.setText("430123101")
    wizard.accept()
    info = installation.current()
    assert info is not None and info.is_township and info.school_id is None


def test_main_window_status_and_geometry(qtbot, ui_session, isolated_settings) -> None:
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert "柳塘小学" in window.place_label.text()
    assert str(ui_session.db_path) in window.db_label.text()
    assert window.nav.count() >= 1
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["首页", "学生档案", "结对帮扶与关爱", "资助管理", "学校工作", "冲突"]
    window.resize(window.width(), 520)
    window.move(40, 50)
    size = window.size()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    # The offscreen screen is 800 wide: the width is clamped, the height is not.
    assert again.size().height() == size.height() == 520
    # Closing made an automatic backup.
    from fupin_desktop.db.backup import last_backup

    assert last_backup(ui_session.db_path) is not None


def test_settings_dialog_changes_school_name(qtbot, ui_session) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.identity.school_name.setText("柳塘镇柳塘完全小学")
    dialog.keep.setValue(5)
    dialog.accept()
    assert installation.current().school_name == "柳塘镇柳塘完全小学"
    assert installation.get_setting("backup_keep") == 5


def test_settings_dialog_keeps_errors_beside_fields(qtbot, ui_session) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.identity.school_code.setText("abc")
    dialog.accept()
    assert dialog.identity.errors["school_code"].text()
    assert installation.current().school_code == "4301230001"


def test_error_dialog_shows_short_chinese_message_and_details(qtbot, fresh_session, monkeypatch):
    from ui import errors

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    try:
        raise KeyError("boom")
    except KeyError as exc:
        errors.show_error(None, exc)
    box = shown[0]
    assert "数据" in box.text()  # a short Chinese message, not the traceback
    assert "KeyError" in box.detailedText()

    errors.show_error(None, ValidationError())
    assert shown[1].text() == "数据不正确。"
    assert shown[1].findChild(QDialogButtonBox) is not None


def test_damaged_ledger_offers_newest_good_backup(qapp, tmp_path: Path, monkeypatch) -> None:
    from fupin_desktop.db import backup
    from fupin_desktop.db.connection import close_database, open_database
    from fupin_desktop.services.context import SYSTEM
    from ui.app import load_translations, open_ledger

    load_translations(qapp)
    db = tmp_path / "ledger.db"
    open_database(db)
    installation.initialise(
        SYSTEM,
        installation.SetupForm("township", "430123101", "柳塘镇"),
    )
    backup.automatic_backup(db)
    close_database()
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page is gone
    db.write_bytes(bytes(data))

    asked: list[str] = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    assert open_ledger(None, db)
    assert asked and "备份" in asked[0]
    assert installation.current().township_name == "柳塘镇"
    assert list(tmp_path.glob("ledger.db.before-restore-*")), "the damaged file is kept aside"
    close_database()


def test_a_second_window_on_one_ledger_is_refused_in_words(qapp, tmp_path, monkeypatch) -> None:
    """Two program windows on one ledger would overwrite each other's work (a restore in
    one replaces the file under the other): the second start says so and opens nothing."""
    import ui.app
    from fupin_desktop.db.instance import claim_ledger
    from fupin_desktop.errors import LedgerInUse

    ledger = tmp_path / "ledger.db"
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc, _title="": shown.append(exc))
    opened: list[Path] = []
    real_open = ui.app.open_ledger

    def open_spy(parent, path, *, claim=False) -> bool:
        opened_ok = real_open(parent, path, claim=claim)
        if opened_ok:
            opened.append(path)
        return opened_ok

    monkeypatch.setattr("ui.app.open_ledger", open_spy)
    first = claim_ledger(ledger)  # the window already running
    try:
        assert ui.app.run(["fupin-desktop", "--db", str(ledger)]) == 1
    finally:
        first.release()
    assert len(shown) == 1 and isinstance(shown[0], LedgerInUse)
    assert "另一个程序窗口" in shown[0].message
    assert opened == [] and not ledger.exists()


def test_a_ledger_restored_at_start_is_claimed_first(qapp, tmp_path: Path, monkeypatch) -> None:
    """A ledger whose header is damaged is refused before the claim (a refused path gets
    no side file); when the person restores a backup over it, the program claims it
    first, so no second window can open it meanwhile or after."""
    import ui.app
    from fupin_desktop.db import backup
    from fupin_desktop.db.connection import close_database, open_database
    from fupin_desktop.services.context import SYSTEM

    db = tmp_path / "ledger.db"
    open_database(db)
    installation.initialise(SYSTEM, installation.SetupForm("township", "430123101", "柳塘镇"))
    backup.automatic_backup(db)
    close_database()
    data = bytearray(db.read_bytes())
    data[0:16] = b"\x00" * 16  # "SQLite format 3" gone: not even the header reads
    db.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        assert ui.app.open_ledger(None, db, claim=True)
        assert ui.app._claim is not None and ui.app._claim.held
        assert installation.current().township_name == "柳塘镇"
    finally:
        close_database()
        ui.app.release_claim()


def test_a_teacher_is_not_offered_what_the_services_refuse(qtbot, ui_session) -> None:
    """The menus and pages a role would only be refused are not shown to it: a teacher
    sees no backup, restore, package, county list, national export, follow-up of the
    children who left, handovers or conflicts; the principal sees them all."""
    from tests import builders as make
    from tests.builders import PRINCIPAL, TEACHER
    from ui.main_window import MainWindow

    def offered(actor) -> tuple[set[str], set[str]]:
        ui_session.actor = actor
        window = MainWindow()
        qtbot.addWidget(window)
        shown = {
            action.text()
            for menu in window.menuBar().actions()
            for action in menu.menu().actions()
            if action.isVisible() and not action.isSeparator()
        }
        pages = {window.nav.item(row).text() for row in range(window.nav.count())}
        return shown, pages

    refused = {
        QCoreApplication.translate("MainWindow", text)
        for text in (
            "&Back up to a folder…",
            "&Restore from a backup…",
            "&Export package…",
            "&Import package…",
            "&Conflicts",
            "Import a &county list…",
            "Export for the &national systems…",
            "No child &lost…",
            "Children &handed over…",
        )
    }
    teacher_menus, teacher_pages = offered(make.account(TEACHER, make.teacher(ui_session.info)))
    principal_menus, principal_pages = offered(make.account(PRINCIPAL))
    assert refused <= principal_menus
    assert not refused & teacher_menus
    assert len(teacher_menus) >= 8  # new student, find, print, settings, about…
    conflicts = QCoreApplication.translate("MainWindow", "Conflicts")
    assert conflicts in principal_pages and conflicts not in teacher_pages
