"""Start the program: fonts, translations, error handling, the ledger, the first-run
wizard, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
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
    from fupin_desktop.services.ledger import LedgerClaim
    from ui.main_window import MainWindow

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


def release_claim() -> None:
    global _claim
    if _claim is not None:
        _claim.release()
        _claim = None


def open_ledger(parent: QWidget | None, db_path: Path, *, claim: bool = False) -> bool:
    """Open the ledger (with `claim`, claim it for this window first) on a thread of its
    own, so that the window stays painted while the ledger's code loads, the file is
    checked after an unclean shutdown or a restore (seconds on a large ledger: 4 s for
    1 GB here) and pending migrations run. What is happening is said on the main
    window's frame when `parent` is one (the program's start), else in a small window
    when the check runs. When the file is damaged, the newest good backup is offered;
    when another window holds it or it cannot be opened, the reason is shown. True if
    the ledger is open (docs/architecture.md, "Start-up and speed")."""
    unclean = QCoreApplication.translate(
        "App",
        "The program was not closed normally last time (a power cut or a crash). "
        "Checking the ledger before it opens; please wait…",
    )

    def work(say: Callable[[str], None]) -> None:
        from fupin_desktop.services import ledger

        if claim:
            ledger.check_kind(db_path)
            _claim_now(db_path)
        checked = db_path.is_file() and ledger.needs_check(db_path)
        if checked:
            say(unclean)
            ledger.check_before_open(db_path)
        ledger.open_ledger(db_path, check=False if checked else None)
        ledger.close_connection()  # this thread's: the UI thread works with its own

    from ui.errors import show_error

    try:
        _on_a_thread(work, getattr(parent, "say", None))
    except Exception as exc:
        from fupin_desktop.errors import FupinError, IntegrityFailed, LedgerInUse

        if isinstance(exc, LedgerInUse):
            return _in_use(parent, exc)
        if not isinstance(exc, IntegrityFailed):
            if isinstance(exc, FupinError):
                show_error(parent, exc)
                return False
            raise
        from fupin_desktop.services import ledger
        from fupin_desktop.services.context import SYSTEM

        if claim and _claim is None:
            # Refused by its header before the claim (so a refused path gets no side
            # file): claimed now, before a backup is restored over it.
            try:
                _claim_now(db_path)
            except LedgerInUse as in_use:
                return _in_use(parent, in_use)
        backup = offer_restore(parent, db_path, exc)
        if backup is None:
            return False
        restoring = QCoreApplication.translate(
            "App", "Restoring the backup {name} and checking it; please wait…"
        ).format(name=backup.name)

        def restore(say: Callable[[str], None]) -> None:
            # Before anyone logs in: the program itself restores (in the audit log).
            say(restoring)
            ledger.restore(db_path, backup, actor=SYSTEM)
            ledger.open_ledger(db_path)
            ledger.close_connection()

        try:
            _on_a_thread(restore, getattr(parent, "say", None))
        except FupinError as failed:
            show_error(parent, failed)
            return False
    from fupin_desktop.services import ledger

    ledger.connect_here()
    return True


def _in_use(parent: QWidget | None, exc: Exception) -> bool:
    """Another window holds the ledger: said, and nothing opens."""
    from ui.errors import show_error

    show_error(parent, exc, QCoreApplication.translate("App", "Ledger already open"))
    return False


def _claim_now(db_path: Path) -> None:
    global _claim
    from fupin_desktop.services import ledger

    _claim = ledger.claim(db_path)


def _on_a_thread(work: Callable[[Callable[[str], None]], None], say: Callable | None) -> None:
    """Run `work(say)` on a thread of its own while the event loop turns, and raise here
    what it raised. `say(text)`, called from the thread, is shown on the UI thread: by
    `say` when given, else in a small progress window made then (nothing is shown for a
    wait that says nothing)."""
    import threading

    from PySide6.QtCore import QEventLoop, QObject, Signal

    class Relay(QObject):
        # Emitted on the thread, delivered on the UI thread (queued: Relay lives there).
        said = Signal(str)
        done = Signal()

    relay = Relay()
    failures: list[BaseException] = []
    dialog: list[QWidget] = []

    def run() -> None:
        try:
            work(relay.said.emit)
        except BaseException as exc:  # handed to the UI thread, raised there
            failures.append(exc)
        finally:
            relay.done.emit()

    def show_said(text: str) -> None:
        if say is not None:
            say(text)
        elif not dialog:
            dialog.append(_waiting_window(text))

    loop = QEventLoop()
    relay.said.connect(show_said)
    relay.done.connect(loop.quit)
    thread = threading.Thread(target=run, name="start-open", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    for window in dialog:
        window.close()
        window.deleteLater()
    if failures:
        raise failures[0]


def _waiting_window(text: str) -> QWidget:
    """A small window that says why the wait, with no button: the work cannot stop."""
    from PySide6.QtWidgets import QLabel, QProgressDialog

    dialog = QProgressDialog("", "", 0, 0)
    label = QLabel(text, dialog)
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setWindowTitle(QCoreApplication.translate("App", "Checking the ledger"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(480)
    dialog.show()
    return dialog


def offer_restore(parent: QWidget | None, db_path: Path, exc: Exception) -> Path | None:
    """The ledger is damaged: name the newest good backup and ask whether to restore it.
    The backup chosen, or None (none found, or the person said no)."""
    from PySide6.QtCore import Qt  # here: see "Start-up and speed" in docs/architecture.md

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
    app = prepare(argv)
    if args.self_check:
        return self_check(app)
    db_path = Path(args.db) if args.db else default_db_path()
    window = show_frame()
    try:
        return _run_on(app, window, db_path, args)
    finally:
        release_claim()


def prepare(argv: Sequence[str]) -> QApplication:
    """The process made ready for the program's windows: its files private, its log,
    the error dialog for what nobody caught, the application with font and translations."""
    from fupin_desktop.fileio import use_private_umask

    use_private_umask()  # the ledger, backups, logs and packages are the user's alone
    setup_logging(log_dir())
    from ui.errors import install_excepthook

    install_excepthook()
    return create_app(argv)


def show_frame() -> MainWindow:
    """The window first: the main window's frame shows before the ledger's code is even
    imported, and says what is happening while the ledger opens on a thread
    (docs/architecture.md, "Start-up and speed")."""
    from ui.main_window import MainWindow

    window = MainWindow(attach=False)
    window.show()
    return window


def _run_on(app: QApplication, window: MainWindow, db_path: Path, args: argparse.Namespace) -> int:
    """The program in its window: claim and open the ledger, first run or login, then the
    window built for the person."""
    if not open_ledger(window, db_path, claim=True):
        window.close()
        return 1
    if not window.isVisible():  # closed while the ledger opened
        return _quit(window)
    from ui.accounts.lock import Guard, set_guard
    from ui.accounts.login import log_in_at_start
    from ui.main_window import MainWindow
    from ui.session import Session, set_session
    from ui.wizard import FirstRunWizard

    session = Session(db_path)
    session.refresh()
    set_session(session)
    if session.info is None:
        window.say(QCoreApplication.translate("App", "Set up the ledger to go on."))
        wizard = FirstRunWizard(window)
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted:
            return _quit(window)
        session.refresh()
    # Every service call's actor comes from the login (docs/architecture.md, "People and
    # privacy"); the guard locks the window when idle and switches user.
    window.say(QCoreApplication.translate("App", "Log in to go on."))
    actor = log_in_at_start(args.user, args.pin_file, window)
    if actor is None:
        return _quit(window)
    guard = Guard(MainWindow)
    set_guard(guard)
    guard.start(actor, window)
    code = app.exec()
    from ui.tasks import runner

    # The worker's work ends first; then the ledger is closed cleanly, so the next start
    # needs no check before its window shows.
    runner().shutdown()
    _close_ledger()
    return code


def _quit(window: MainWindow) -> int:
    """The person left before the window was theirs: nothing to back up."""
    window.close()
    _close_ledger()
    return 0


def _close_ledger() -> None:
    from fupin_desktop.services import ledger

    ledger.close_ledger()
