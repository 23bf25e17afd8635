"""The main window's care of the ledger file (docs/architecture.md, "Storage and safety"):
the background integrity check after start-up, the automatic backup, a backup to a folder
(a USB stick) and a restore from one. MainWindow is built on LedgerWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from fupin_desktop.errors import FupinError
from ui.app import offer_restore, restart_program
from ui.errors import show_error
from ui.session import session

# How old the newest automatic backup may be before start-up makes another (hours).
AUTO_BACKUP_HOURS = 12


class LedgerWindow(QMainWindow):
    """Backs up, restores and checks the ledger the window shows."""

    def check_ledger(self) -> None:
        """The ledger's integrity check, in the background (quick; in full weekly)."""
        from fupin_desktop.services import ledger

        path = session().db_path
        from ui import tasks

        tasks.runner().load(self, lambda: ledger.background_check(path), on_done=self._checked)

    def _checked(self, problems: list[str]) -> None:
        if not problems:
            return
        from fupin_desktop.errors import IntegrityFailed
        from fupin_desktop.i18n import N_

        path = session().db_path
        error = IntegrityFailed(
            N_("The ledger database {path} is damaged."), details="\n".join(problems), path=path
        )
        chosen = offer_restore(self, path, error)
        if chosen is not None:
            self._replace_ledger(chosen)

    def _maybe_auto_backup(self) -> None:
        import datetime as dt

        from fupin_desktop.services import ledger
        from ui.operations import long_op

        # A window restored over, or replaced by a switch of user, is no longer the one
        # in use: its timer does nothing.
        if getattr(self, "_restored", False) or getattr(self, "switching", False):
            return
        last = ledger.last_backup(session().db_path)
        if last and dt.datetime.now() - last.made_at < dt.timedelta(hours=AUTO_BACKUP_HOURS):
            return
        path, actor = session().db_path, session().actor
        long_op(
            self,
            self.tr("Backing up"),
            lambda report, cancel: ledger.back_up(path, reason="auto", actor=actor),
        ).run_in_background()

    def backup_to_folder(self) -> None:
        from fupin_desktop.services import ledger
        from ui.accounts import passphrase
        from ui.operations import long_op

        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder (a USB stick)"))
        if not folder:
            return
        phrase = passphrase.for_backup(self)
        if phrase is None:
            return
        path, actor = session().db_path, session().actor

        def done(target: Path) -> None:
            QMessageBox.information(
                self,
                self.tr("Backup done"),
                self.tr("The backup was written and checked:\n{path}").format(path=target),
            )

        long_op(
            self,
            self.tr("Backing up"),
            lambda report, cancel: ledger.back_up_to(
                path, Path(folder), actor=actor, passphrase=phrase
            ),
        ).success(done).run_in_background()

    def restore_backup(self) -> None:
        from fupin_desktop.services import ledger

        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(ledger.backup_folder(session().db_path)),
            self.tr("Ledger backups (*.fupinbak);;All files (*)"),
        )
        if not file_name:
            return
        try:
            ledger.check_looks_like_backup(Path(file_name))
        except FupinError as exc:  # a spreadsheet, a photo…: said before any question
            show_error(self, exc)
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
        phrase = None
        if ledger.is_encrypted(Path(file_name)):
            from ui.accounts import passphrase

            phrase = passphrase.for_restore(self)
            if phrase is None:
                return
        self._replace_ledger(Path(file_name), phrase)

    def _replace_ledger(self, backup_file: Path, phrase: str | None = None) -> None:
        """Restore `backup_file` over the ledger and start the program again on it."""
        from fupin_desktop.services import ledger

        path = session().db_path
        # Each thread holds its own connection to the ledger (peewee is thread-local), and a
        # connection left open would keep reading and writing the file moved aside (Windows
        # cannot even rename an open file). So: close them all, restore here, and start the
        # program afresh on the restored ledger.
        from ui import tasks

        tasks.runner().close_connections()
        from PySide6.QtCore import Qt  # here: see "Start-up and speed" in docs/architecture.md

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # No separate backup first: restore() keeps the current ledger aside, whole,
            # and a rotating backup now could delete the very file chosen.
            ledger.restore(path, backup_file, actor=session().actor, passphrase=phrase)
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            ledger.open_ledger(path)
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
