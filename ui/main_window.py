"""The main window: a navigation pane for the parts of the ledger, menus with the usual
shortcuts, and a status bar (school, database file, last backup).

The window shows first and works after (docs/architecture.md, "Start-up and speed"):
at the program's start it shows as a frame that says what is happening, before the
ledger's code is even imported, while the ledger opens on a thread (`ui.app.run`); it
is built for the ledger and the person (`attach`) after the login. Then only the home
page is built (its figures load in the background); every other page is imported and
built when first shown, and the ledger's integrity check runs in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from fupin_desktop import APP_VERSION
from ui.ledger_window import LedgerWindow
from ui.session import session

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent

    from fupin_desktop.services.context import Changes
    from ui.aid.page import AidPage
    from ui.care.home import HomePage
    from ui.care.page import CarePage
    from ui.students.list_page import StudentListPage
    from ui.sync.conflicts_page import ConflictsPage
    from ui.sync.township_page import TownshipPage

# When the background integrity check starts after the window shows (ms).
CHECK_AFTER_MS = 500


class MainWindow(LedgerWindow):
    def __init__(self, *, attach: bool = True) -> None:
        """The window for the session's ledger and person; with `attach=False` only its
        frame, which says what is happening until `attach` (the program's start)."""
        super().__init__()
        self.setWindowTitle(self.tr("Education Aid Ledger"))
        self._dialogs: list[QWidget] = []
        self._lazy: dict[str, tuple[int, Callable[[QWidget], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        self.attached = False
        self._started = False
        self._restore_geometry()
        if attach:
            self.attach()
        else:
            self.notice = QLabel(self)
            self.notice.setWordWrap(True)
            self.notice.setMargin(40)
            # The alignment by style sheet: the modules that load before the first paint
            # do not import Qt's namespace, which alone costs ~25 ms.
            self.notice.setStyleSheet(
                "font-size: 16pt; color: #555; qproperty-alignment: AlignCenter;"
            )
            self.setCentralWidget(self.notice)
            self.say(self.tr("Opening the ledger…"))

    def say(self, text: str) -> None:
        """What the frame shows while the program starts (opening, checking the ledger)."""
        if not self.attached:
            self.notice.setText(text)

    def attach(self) -> None:
        """Build the window for the session's ledger and person: the pages its role may
        see, the menus, the status bar; then the checks and the automatic backup."""
        # Here, not at the top: the frame shows before these load (each Qt class costs
        # about a millisecond the first time it is imported).
        from PySide6.QtWidgets import QListWidget, QSplitter, QStackedWidget

        from ui.bus import bus
        from ui.care.home import HomePage

        self.attached = True
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

        self.home_page: HomePage = HomePage(self)
        self.add_page(self.tr("Home"), self.home_page)
        self.add_lazy_page(self.tr("Student files"), "students_page", _students_page)
        self.add_lazy_page(self.tr("Pairing and care"), "care_page", _care_page)
        self.add_lazy_page(self.tr("Aid"), "aid_page", _aid_page)
        self.add_lazy_page(self.tr("School duties"), "duties_page", _duties_page)
        if session().is_township:
            self.add_lazy_page(self.tr("Schools"), "township_page", _township_page)
        from fupin_desktop.services.accounts.roles import may_resolve_conflicts

        if may_resolve_conflicts(session().actor):
            self.add_lazy_page(self.tr("Conflicts"), "conflicts_page", _conflicts_page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(0)

        self._build_menus()
        self._build_status_bar()
        bus().changed.connect(self._on_changed)
        QTimer.singleShot(2000, self._maybe_auto_backup)
        if self.isVisible():
            self._start_checks()

    # -- structure --------------------------------------------------------------
    def add_page(self, title: str, page: QWidget) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self.pages.addWidget(page)
        QListWidgetItem(title, self.nav)

    def add_lazy_page(self, title: str, name: str, build: Callable[[QWidget], QWidget]) -> None:
        """A page imported and built when first shown: a hidden page costs nothing."""
        self._lazy[name] = (self.pages.count(), build)
        self.add_page(title, QWidget(self))

    def page(self, name: str) -> QWidget:
        """The page `name`, built now if it was not yet."""
        if name in self._built:
            return self._built[name]
        index, build = self._lazy[name]
        page = build(self)
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        self._built[name] = page
        return page

    def go_to(self, name: str) -> QWidget:
        """Show the page `name` (built if need be) and give it back: the first steps on
        the home page take the person where a step is done."""
        page = self.page(name)
        self.nav.setCurrentRow(self.pages.indexOf(page))
        return page

    def _show_page(self, row: int) -> None:
        for name, (index, _) in self._lazy.items():
            if index == row:
                self.page(name)
        self.pages.setCurrentIndex(row)

    @property
    def students_page(self) -> StudentListPage:
        return self.page("students_page")  # type: ignore[return-value]

    @property
    def care_page(self) -> CarePage:
        return self.page("care_page")  # type: ignore[return-value]

    @property
    def aid_page(self) -> AidPage:
        return self.page("aid_page")  # type: ignore[return-value]

    @property
    def township_page(self) -> TownshipPage:
        return self.page("township_page")  # type: ignore[return-value]

    @property
    def conflicts_page(self) -> ConflictsPage:
        return self.page("conflicts_page")  # type: ignore[return-value]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.attached:
            self._start_checks()

    def _start_checks(self) -> None:
        if not self._started:
            self._started = True
            # After the first paint and behind the home page's figures on the worker:
            # the window is up, and its numbers shown, before the check runs.
            QTimer.singleShot(CHECK_AFTER_MS, self, self.check_ledger)

    def _action(
        self, text: str, slot, shortcut: QKeySequence | str | None = None, *, shown: bool = True
    ) -> QAction:
        """A menu action; not `shown` to a person whose role the service would refuse."""
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        action.setVisible(shown)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        from fupin_desktop.services.accounts.roles import Do, allows, may_follow_up

        actor = session().actor
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&Back up to a folder…"),
                self.backup_to_folder,
                "Ctrl+B",
                shown=allows(actor, Do.BACKUP),
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Restore from a backup…"),
                self.restore_backup,
                shown=allows(actor, Do.RESTORE),
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences
            )
        )
        file_menu.addSeparator()
        from ui.accounts.menu import add_actions

        self.account_actions = add_actions(self, file_menu)
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

        year_menu = bar.addMenu(self.tr("School &year"))
        year_menu.addAction(self._action(self.tr("&New school year…"), self._new_year))
        year_menu.addAction(self._action(self.tr("&Assessment of a class…"), self._assess))
        year_menu.addAction(
            self._action(self.tr("No child &lost…"), self._watch, shown=may_follow_up(actor))
        )
        year_menu.addAction(
            self._action(
                self.tr("Children &handed over…"),
                self._handovers,
                shown=may_follow_up(actor),
            )
        )

        sync_menu = bar.addMenu(self.tr("S&ync"))
        sync_menu.addAction(
            self._action(
                self.tr("&Export package…"), self.export_package, shown=allows(actor, Do.EXPORT)
            )
        )
        sync_menu.addAction(
            self._action(
                self.tr("&Import package…"), self.import_package, shown=allows(actor, Do.IMPORT)
            )
        )
        sync_menu.addAction(
            self._action(
                self.tr("&Conflicts"), self._show_conflicts, shown="conflicts_page" in self._lazy
            )
        )
        sync_menu.addAction(self._action(self.tr("&Keys and enrolment…"), self.keys_dialog))

        exchange_menu = bar.addMenu(self.tr("E&xchange"))
        exchange_menu.addAction(
            self._action(
                self.tr("Import a &county list…"),
                self.import_county_list,
                shown=allows(actor, Do.IMPORT),  # services/exchange/lists.py: LIST_WRITERS
            )
        )
        exchange_menu.addAction(
            self._action(
                self.tr("Export for the &national systems…"),
                self.export_national,
                shown=actor.may_see_full_ids,
            )
        )

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
        from fupin_desktop.schema.choices import ROLE
        from fupin_desktop.services import ledger

        info = session().info
        if info is not None:
            self.place_label.setText(f"{ROLE.label(info.role)}: {info.display_name}")
        self.db_label.setText(self.tr("Database: {path}").format(path=session().db_path))
        last = ledger.last_backup(session().db_path)
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
        # No backup on the way out of a restore, nor of a switch of user (the program goes
        # on), nor of a frame whose ledger never opened.
        restored, switching = getattr(self, "_restored", False), getattr(self, "switching", False)
        if self.attached and not restored and not switching:
            from fupin_desktop.services import ledger

            try:
                ledger.back_up(session().db_path, reason="exit", actor=session().actor)
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
        from ui.sync.export_dialog import SyncExportDialog

        SyncExportDialog(self).exec()

    def import_package(self) -> None:
        from ui.sync.import_dialog import SyncImportDialog

        SyncImportDialog(self).exec()

    def import_county_list(self) -> None:
        from ui.exchange.list_import import ListImportDialog

        dialog = ListImportDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def export_national(self) -> None:
        from ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def keys_dialog(self) -> None:
        from ui.sync.keys_dialog import KeysDialog

        dialog = KeysDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def _new_year(self) -> None:
        from ui.schoolyear.year_dialog import YearStepDialog

        YearStepDialog(self).exec()

    def _assess(self) -> None:
        from ui.schoolyear.assess_dialog import ClassAssessmentDialog

        ClassAssessmentDialog(self).exec()

    def _watch(self) -> None:
        from ui.schoolyear.watch_page import WatchDialog

        WatchDialog(self).exec()

    def _handovers(self) -> None:
        from ui.schoolyear.handover_dialog import HandoverDialog

        HandoverDialog(self).exec()

    def _show_conflicts(self) -> None:
        if "conflicts_page" in self._lazy:  # not for a role that may not clear conflicts
            self.nav.setCurrentRow(self.pages.indexOf(self.conflicts_page))

    def _print_forms(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.students_page))
        self.students_page.print_forms()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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


# -- pages built when first shown -----------------------------------------------------
def _students_page(parent: QWidget) -> QWidget:
    from ui.students.list_page import StudentListPage

    return StudentListPage(parent)


def _care_page(parent: QWidget) -> QWidget:
    from ui.care.page import CarePage

    return CarePage(parent)


def _aid_page(parent: QWidget) -> QWidget:
    from ui.aid.page import AidPage

    return AidPage(parent)


def _duties_page(parent: QWidget) -> QWidget:
    from ui.activities.page import ActivitiesPage

    return ActivitiesPage(parent)


def _township_page(parent: QWidget) -> QWidget:
    from ui.sync.township_page import TownshipPage

    return TownshipPage(parent)


def _conflicts_page(parent: QWidget) -> QWidget:
    from ui.sync.conflicts_page import ConflictsPage

    return ConflictsPage(parent)
