"""Start the program: fonts, translations, error handling, the ledger, the first-run
wizard, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fupin_desktop import APP_NAME, APP_VERSION
from fupin_desktop.i18n import set_translator
from fupin_desktop.logs import setup_logging
from fupin_desktop.paths import (
    default_db_path,
    font_path,
    icon_path,
    log_dir,
    translations_dir,
)

if TYPE_CHECKING:
    from fupin_desktop.db.instance import LedgerClaim

log = logging.getLogger(__name__)

# This window's claim on its ledger: one program window per ledger (docs/architecture.md,
# "One window per ledger"), held from before the ledger opens until the program ends.
_claim: LedgerClaim | None = None
_translators: list[QTranslator] = []
_font_family: str | None = None


def load_font() -> str | None:
    """Load the bundled CJK font into Qt, so Chinese shows on a PC without one."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else None
        if _font_family is None:
            log.warning("CJK font %s could not be loaded", font_path())
    return _font_family


def load_translations(app: QCoreApplication, locale: str = "zh_CN") -> bool:
    """Our zh_CN catalogue (UI and core) and Qt's own qtbase (确定 / 取消)."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    ours = QTranslator()
    loaded = ours.load(f"fupin_{locale}", str(translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("translation fupin_%s not found in %s", locale, translations_dir())
    qt = QTranslator()
    qt_dirs = [
        translations_dir(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for folder in qt_dirs:
        if qt.load(f"qtbase_{locale}", str(folder)):
            app.installTranslator(qt)
            _translators.append(qt)
            break
    QLocale.setDefault(QLocale(locale))
    set_translator(lambda text: QCoreApplication.translate("", text))
    return loaded


def restart_program() -> None:
    """Start this program again with the same arguments, then quit this instance."""
    from PySide6.QtCore import QProcess

    frozen = getattr(sys, "frozen", False)
    arguments = sys.argv[1:] if frozen else [sys.argv[0], *sys.argv[1:]]
    release_claim()  # the new program claims the ledger as it starts
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="fupin-desktop")
    parser.add_argument("--db", default=None, help="the ledger database file")
    parser.add_argument(
        "--self-check", action="store_true", help="start offscreen, check resources, exit"
    )
    # Unattended use (a PC that starts the program by itself): who logs in, and a file
    # only its owner may read holding the PIN.
    parser.add_argument("--user", default=None, help="the account that logs in")
    parser.add_argument("--pin-file", default=None, help="a file holding its PIN")
    args, _ = parser.parse_known_args(list(argv)[1:])
    return args


def create_app(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("fupin")
    app.setApplicationVersion(APP_VERSION)
    app.setWindowIcon(QIcon(str(icon_path())))
    family = load_font()
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)
    load_translations(app)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Education Aid Ledger"))
    return app


def claim_ledger(db_path: Path) -> bool:
    """Claim the ledger for this window; if another window of the program has it open,
    say so and claim nothing (the program then ends without opening it)."""
    global _claim
    from fupin_desktop.errors import LedgerInUse
    from fupin_desktop.services import ledger
    from ui.errors import show_error

    try:
        _claim = ledger.claim(db_path)
    except LedgerInUse as exc:
        show_error(None, exc, QCoreApplication.translate("App", "Ledger already open"))
        return False
    return True


def release_claim() -> None:
    global _claim
    if _claim is not None:
        _claim.release()
        _claim = None


def open_ledger(parent: QWidget | None, db_path: Path) -> bool:
    """Open the ledger; when it is damaged, offer the newest good backup. The file is
    checked here only after an unclean shutdown or a restore; otherwise the main window
    checks it in the background (docs/architecture.md, "Start-up and speed")."""
    from fupin_desktop.errors import IntegrityFailed
    from fupin_desktop.services import ledger

    try:
        checked = check_unclean_start(db_path)
        ledger.open_ledger(db_path, check=False if checked else None)
        return True
    except IntegrityFailed as exc:
        backup = offer_restore(parent, db_path, exc)
        if backup is None:
            return False
        # Before anyone logs in: the program itself restores (recorded in the audit log).
        from fupin_desktop.services.context import SYSTEM

        ledger.restore(db_path, backup, actor=SYSTEM)
        ledger.open_ledger(db_path)
        return True


def check_unclean_start(db_path: Path) -> bool:
    """After a power cut, a crash or a restore the ledger is checked before it opens,
    which takes seconds on a large one (4 s for 1 GB here, more on an old PC): a small
    window says so meanwhile, and the check runs on a thread of its own so that window
    paints. True if the file was checked (IntegrityFailed if it is damaged)."""
    from fupin_desktop.services import ledger

    if not (db_path.is_file() and ledger.needs_check(db_path)):
        return False
    import threading

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QLabel, QProgressDialog

    dialog = QProgressDialog("", "", 0, 0)
    label = QLabel(
        QCoreApplication.translate(
            "App",
            "The program was not closed normally last time (a power cut or a crash). "
            "Checking the ledger before it opens; please wait…",
        ),
        dialog,
    )
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setWindowTitle(QCoreApplication.translate("App", "Checking the ledger"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(480)
    dialog.show()
    failures: list[BaseException] = []

    def work() -> None:
        try:
            ledger.check_before_open(db_path)
        except BaseException as exc:  # handed to the UI thread, raised there
            failures.append(exc)

    thread = threading.Thread(target=work, name="start-check", daemon=True)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start(50)
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if failures:
        raise failures[0]
    return True


def offer_restore(parent: QWidget | None, db_path: Path, exc: Exception) -> Path | None:
    """The ledger is damaged: name the newest good backup and ask whether to restore it.
    The backup chosen, or None (none found, or the person said no)."""
    from fupin_desktop.services import ledger
    from ui.errors import show_error

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup = ledger.newest_good_backup(db_path)
    finally:
        QApplication.restoreOverrideCursor()
    if backup is None:
        show_error(parent, exc)
        return None
    message = getattr(exc, "message", str(exc))
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("App", "Ledger damaged"),
        QCoreApplication.translate(
            "App",
            "{message}\n\nRestore the newest good backup ({backup})? "
            "The damaged file is kept aside, not deleted.",
        ).format(message=message, backup=backup.name),
    )
    return backup if answer == QMessageBox.StandardButton.Yes else None


def self_check(app: QApplication) -> int:
    """For the frozen build: resources found, translation loaded, a ledger works, the
    main window builds. Exit 0 when all is well."""
    import tempfile

    from fupin_desktop.services import installation, ledger
    from fupin_desktop.services.context import SYSTEM
    from ui.main_window import MainWindow
    from ui.session import Session, set_session

    problems = []
    if load_font() is None:
        problems.append(f"font not loaded: {font_path()}")
    if QCoreApplication.translate("App", "Education Aid Ledger") == "Education Aid Ledger":
        problems.append("zh_CN translation not loaded")
    if not icon_path().exists():
        problems.append(f"icon missing: {icon_path()}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "self-check.db"
        ledger.open_ledger(path)
        installation.initialise(
            SYSTEM,
            installation.SetupForm(
                "school", "430123101", "柳塘镇", "4301230001", "柳塘小学", "complete_primary"
            ),
        )
        session = Session(path)
        session.refresh()
        set_session(session)
        window = MainWindow()
        window.show()
        app.processEvents()
        window.close()
        ledger.close_ledger()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("self-check:", "ok" if not problems else "FAILED")
    return 1 if problems else 0


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv)
    from fupin_desktop.fileio import use_private_umask

    use_private_umask()  # the ledger, backups, logs and packages are the user's alone
    setup_logging(log_dir())
    from ui.errors import install_excepthook

    install_excepthook()
    app = create_app(argv)
    if args.self_check:
        return self_check(app)

    db_path = Path(args.db) if args.db else default_db_path()
    if not claim_ledger(db_path):
        return 1
    try:
        return _run_on(app, db_path, args)
    finally:
        release_claim()


def _run_on(app: QApplication, db_path: Path, args: argparse.Namespace) -> int:
    """The program on its claimed ledger: open it, first run or login, the window."""
    from ui.accounts.lock import Guard, set_guard
    from ui.accounts.login import log_in_at_start
    from ui.main_window import MainWindow
    from ui.session import Session, set_session
    from ui.wizard import FirstRunWizard

    if not open_ledger(None, db_path):
        return 1
    session = Session(db_path)
    session.refresh()
    set_session(session)
    if session.info is None:
        wizard = FirstRunWizard()
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            return 0
        session.refresh()
    # Every service call's actor comes from the login (docs/architecture.md, "People and
    # privacy"); the guard locks the window when idle and switches user.
    actor = log_in_at_start(args.user, args.pin_file)
    if actor is None:
        from fupin_desktop.services import ledger

        ledger.close_ledger()
        return 0
    guard = Guard(MainWindow)
    set_guard(guard)
    guard.start(actor)
    code = app.exec()
    from fupin_desktop.services import ledger
    from ui.tasks import runner

    # The worker's work ends first; then the ledger is closed cleanly, so the next start
    # needs no check before its window shows.
    runner().shutdown()
    ledger.close_ledger()
    return code
