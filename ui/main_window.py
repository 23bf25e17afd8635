"""The main window: a navigation pane for the parts of the ledger, menus with the usual
shortcuts, and a status bar (school, database file, last backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fupin_desktop import APP_VERSION
from fupin_desktop.db import backup
from fupin_desktop.db.connection import open_database
from fupin_desktop.schema.choices import ROLE
from fupin_desktop.services.context import Changes
from ui import tasks
from ui.aid.page import AidPage
from ui.app import restart_program
from ui.bus import bus
from ui.care.home import HomePage
from ui.care.page import CarePage
from ui.errors import show_error
from ui.session import session
from ui.students.list_page import StudentListPage
from ui.sync.conflicts_page import ConflictsPage
from ui.sync.export_dialog import SyncExportDialog
from ui.sync.import_dialog import SyncImportDialog
from ui.sync.township_page import TownshipPage

# How old the newest automatic backup may be before start-up makes another (hours).
AUTO_BACKUP_HOURS = 12


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Education Aid Ledger"))
        self._dialogs: list[QWidget] = []
        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(180)
        self.nav.setMinimumWidth(110)
        self.pages = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([150, 950])
        self.setCentralWidget(splitter)

        self.home_page = HomePage(self)
        self.add_page(self.tr("Home"), self.home_page)
        self.students_page = StudentListPage(self)
        self.add_page(self.tr("Student files"), self.students_page)
        self.care_page = CarePage(self)
        self.add_page(self.tr("Pairing and care"), self.care_page)
        self.aid_page = AidPage(self)
        self.add_page(self.tr("Aid"), self.aid_page)
        if session().is_township:  # it queries the township's totals when built
            self.township_page = TownshipPage(self)
            self.add_page(self.tr("Schools"), self.township_page)
        self.conflicts_page = ConflictsPage(self)
        self.add_page(self.tr("Conflicts"), self.conflicts_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self._build_menus()
        self._build_status_bar()
        bus().changed.connect(self._on_changed)
        self._restore_geometry()
        QTimer.singleShot(2000, self._maybe_auto_backup)

    # -- structure --------------------------------------------------------------
    def add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.nav)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&Back up to a folder…"), self.backup_to_folder, "Ctrl+B")
        )
        file_menu.addAction(self._action(self.tr("&Restore from a backup…"), self.restore_backup))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        )

        student_menu = bar.addMenu(self.tr("&Students"))
        student_menu.addAction(
            self._action(self.tr("&New student"), self._new_student, QKeySequence.StandardKey.New)
        )
        student_menu.addAction(
            self._action(self.tr("&Find"), self._find_student, QKeySequence.StandardKey.Find)
        )
        student_menu.addAction(
            self._action(
                self.tr("&Print forms…"), self._print_forms, QKeySequence.StandardKey.Print
            )
        )

        sync_menu = bar.addMenu(self.tr("S&ync"))
        sync_menu.addAction(self._action(self.tr("&Export package…"), self.export_package))
        sync_menu.addAction(self._action(self.tr("&Import package…"), self.import_package))
        sync_menu.addAction(self._action(self.tr("&Conflicts"), self._show_conflicts))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.about))

    def _build_status_bar(self) -> None:
        self.place_label = QLabel(self)
        self.db_label = QLabel(self)
        self.backup_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.place_label)
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.backup_label)
        self.refresh_status()

    def refresh_status(self) -> None:
        info = session().info
        if info is not None:
            self.place_label.setText(f"{ROLE.label(info.role)}: {info.display_name}")
        self.db_label.setText(self.tr("Database: {path}").format(path=session().db_path))
        last = backup.last_backup(session().db_path)
        when = last.made_at.strftime("%Y-%m-%d %H:%M") if last else self.tr("never")
        self.backup_label.setText(self.tr("Last backup: {when}").format(when=when))

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings or changes.affects("installation", "backup"):
            self.refresh_status()

    # -- window state -----------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1100, 700)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        if not getattr(self, "_restored", False):
            try:
                backup.automatic_backup(session().db_path, reason="exit")
            except Exception:  # closing must not be blocked by a failed backup
                pass
        super().closeEvent(event)

    # -- actions ----------------------------------------------------------------
    def _new_student(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.students_page))
        self.students_page.new_student()

    def _find_student(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.students_page))
        self.students_page.focus_search()

    def export_package(self) -> None:
        SyncExportDialog(self).exec()

    def import_package(self) -> None:
        SyncImportDialog(self).exec()

    def _show_conflicts(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.conflicts_page))

    def _print_forms(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.students_page))
        self.students_page.print_forms()

    def _maybe_auto_backup(self) -> None:
        import datetime as dt

        last = backup.last_backup(session().db_path)
        if last and dt.datetime.now() - last.made_at < dt.timedelta(hours=AUTO_BACKUP_HOURS):
            return
        path = session().db_path
        tasks.runner().run(
            self,
            self.tr("Backing up"),
            lambda report, cancel: backup.automatic_backup(path, reason="auto"),
            on_done=lambda _: self.refresh_status(),
        )

    def backup_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder (a USB stick)"))
        if not folder:
            return
        path = session().db_path

        def done(target: Path) -> None:
            self.refresh_status()
            QMessageBox.information(
                self,
                self.tr("Backup done"),
                self.tr("The backup was written and checked:\n{path}").format(path=target),
            )

        tasks.runner().run(
            self,
            self.tr("Backing up"),
            lambda report, cancel: backup.backup_to_folder(path, Path(folder)),
            on_done=done,
        )

    def restore_backup(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup.backup_dir_for(session().db_path)),
            self.tr("Ledger backups (*.fupinbak);;All files (*)"),
        )
        if not file_name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the current ledger with this backup?\n{file}\n\n"
                "The current ledger is kept aside, not deleted."
            ).format(file=file_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = session().db_path
        # Each thread holds its own connection to the ledger (peewee is thread-local), and a
        # connection left open would keep reading and writing the file moved aside (Windows
        # cannot even rename an open file). So: close them all, restore here, and start the
        # program afresh on the restored ledger.
        tasks.runner().close_connections()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # No separate backup first: restore() keeps the current ledger aside, whole,
            # and a rotating backup now could delete the very file chosen.
            backup.restore(path, Path(file_name))
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            open_database(path)
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr("The backup was restored. The program starts again on the restored ledger."),
        )
        self._restored = True
        restart_program()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<h3>Education Aid Ledger {version}</h3>"
                "<p>Student files of poor-household children, pairing visits and the care of "
                "left-behind children, for village schools and the township central school. "
                "Works offline; data travels as Excel sync packages.</p>"
            ).format(version=APP_VERSION),
        )
