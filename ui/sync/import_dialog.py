"""Import a sync package: pick the file, read the checks and the preview (new, changed,
unchanged, conflicting and deleted records per kind), then import. Nothing is written
before the person presses Import. A sender whose key is not enrolled is refused with its
fingerprint: a principal enrols it in Sync > Keys (ui.sync.keys_dialog), never here. The
township can then save a receipt for the school, so its next package is smaller.

Several files, or a folder of them (the township's 10–40 schools), make a batch: one
row per package, the details of the selected one below, then the acceptable packages
are imported in order of sequence per school, each on its own (fupin_desktop.sync.batch),
and a summary says which were refused and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.format import local_time
from fupin_desktop.services.context import Result
from fupin_desktop.sync import batch, crypto, importer
from fupin_desktop.sync.merge import CATEGORIES
from fupin_desktop.sync.writer import ExportResult, export_package
from ui.operations import long_op
from ui.session import session
from ui.tasks import runner


class SyncImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import sync package"))
        self.resize(720, 520)
        self.preview: importer.Preview | None = None
        self.result_: importer.ImportResult | None = None
        self.entries: list[batch.BatchEntry] | None = None  # None: one file, not a batch
        self.batch_result: batch.BatchResult | None = None
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose package…"))
        browse.clicked.connect(self.browse)
        folder = QPushButton(self.tr("Import a folder…"))
        folder.clicked.connect(self.browse_folder)
        top = QHBoxLayout()
        top.addWidget(self.path)
        top.addWidget(browse)
        top.addWidget(folder)
        self.header = QLabel(
            self.tr("Choose the package file (.fpkg or .xlsx) from the USB stick.")
        )
        self.header.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.table = QTableWidget(0, 1 + len(CATEGORIES))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind of record"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Deleted"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.packages = QTableWidget(0, 7)
        self.packages.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Sender school"),
                self.tr("Package number"),
                self.tr("Status"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Conflicts"),
            ]
        )
        self.packages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packages.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.packages.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.packages.verticalHeader().setVisible(False)
        self.packages.setWordWrap(False)
        self.packages.itemSelectionChanged.connect(self._selected_package)
        self.packages.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.receipt_button = buttons.addButton(
            self.tr("Save receipt…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.save_receipt)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.packages, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    # -- reading and the preview --------------------------------------------------------
    def browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open sync package"), "", self.tr("Sync packages (*.fpkg *.xlsx)")
        )
        if len(paths) == 1:
            self.open_file(Path(paths[0]))
        elif paths:
            self.open_files([Path(p) for p in paths])

    def browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of sync packages")
        )
        if folder:
            self.open_files([Path(folder)])

    def _single_mode(self) -> None:
        self.entries = None
        self.batch_result = None
        self.packages.setRowCount(0)
        self.packages.hide()

    def open_file(self, path: Path, password: str | None = None) -> None:
        """Check one package; an encrypted one is opened with `password`, asked for
        when it is missing or wrong."""
        self._single_mode()
        self.path.setText(str(path))
        self.preview = None
        self.result_ = None
        self.import_button.setEnabled(False)
        self.receipt_button.setEnabled(False)

        def work(report: Any, cancel: Any) -> importer.Preview:
            report(0.0, "")
            return importer.inspect(path, cancel, password=password)

        def failed(error: BaseException) -> None:
            if isinstance(error, crypto.PackageRefused) and self._password_problem(error):
                again = self.ask_password(path.name, isinstance(error, crypto.WrongPassword))
                if again:
                    self.open_file(path, again)
                    return
            self._failed(error)

        runner().run(self, self.tr("Checking the package"), work, self.show_preview, failed)

    @staticmethod
    def _password_problem(error: BaseException | None) -> bool:
        return isinstance(error, (crypto.PasswordNeeded, crypto.WrongPassword))

    def _failed(self, error: BaseException) -> None:
        from ui.errors import describe

        message, _ = describe(error)
        self.header.setText(self.tr("Refused: {reason}").format(reason=message))
        self.table.setRowCount(0)
        self.notes.setText(self.tr("Nothing was imported."))

    def show_preview(self, preview: importer.Preview) -> None:
        self.preview = preview
        manifest = preview.manifest
        self.header.setText(
            self.tr("Package {number} from {sender}, made on {date}.").format(
                number=manifest.sequence,
                sender=preview.sender_label,
                date=local_time(manifest.created_at),
            )
        )
        self._fill_counts(preview)
        self.notes.setText("\n".join(preview.notes()))
        self.import_button.setEnabled(not preview.already_imported)

    def _fill_counts(self, preview: importer.Preview | None) -> None:
        rows = preview.plan.tables if preview is not None and preview.plan else []
        self.table.setRowCount(len(rows))
        for r, table_plan in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(table_plan.table.title))
            for c, category in enumerate(CATEGORIES, start=1):
                item = QTableWidgetItem(str(table_plan.counts[category]))
                self.table.setItem(r, c, item)

    def counts(self) -> dict[str, list[str]]:
        """The preview as shown: kind -> cells (for tests and screen readers)."""
        out = {}
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            out[cells[0]] = cells[1:]
        return out

    # -- a batch: several files or a folder --------------------------------------------
    def open_files(self, paths: list[Path], password: str | None = None) -> None:
        """Check a batch; the encrypted packages in it are opened with `password`, asked
        for once when one of them needs it."""
        self._single_mode()
        self.path.setText("; ".join(str(p) for p in paths))
        self.preview = None
        self.result_ = None
        self.import_button.setEnabled(False)
        self.receipt_button.setEnabled(False)

        def work(report: Any, cancel: Any) -> list[batch.BatchEntry]:
            return batch.preview_batch(paths, report, cancel, password=password)

        def done(entries: list[batch.BatchEntry]) -> None:
            locked = [e for e in entries if self._password_problem(e.error)]
            if locked:
                wrong = any(isinstance(e.error, crypto.WrongPassword) for e in locked)
                again = self.ask_password(locked[0].path.name, wrong)
                if again:
                    self.open_files(paths, again)
                    return
            self.show_batch(entries)

        runner().run(self, self.tr("Checking the packages"), work, done, self._failed)

    def show_batch(self, entries: list[batch.BatchEntry]) -> None:
        self.entries = batch.ordered(entries)
        self.packages.show()
        self._fill_packages()
        statuses = [e.status for e in self.entries]
        schools = {e.sender for e in self.entries if e.sender}
        if not self.entries:
            self.header.setText(self.tr("There is no sync package in the folder."))
        else:
            self.header.setText(
                self.tr(
                    "{count} packages from {schools} schools: {ready} ready, "
                    "{before} imported before, {refused} refused."
                ).format(
                    count=len(self.entries),
                    schools=len(schools),
                    ready=statuses.count(batch.READY),
                    before=statuses.count(batch.IMPORTED_BEFORE),
                    refused=statuses.count(batch.REFUSED),
                )
            )
        self.import_button.setEnabled(batch.READY in statuses)
        if self.entries:
            self.packages.selectRow(0)
        else:
            self._fill_counts(None)
            self.notes.setText("")

    def _status_text(self, entry: batch.BatchEntry) -> str:
        state = entry.outcome or entry.status
        if state == batch.APPLIED:
            return self.tr("Imported")
        if state == batch.SKIPPED:
            return self.tr("Not imported")
        if state == batch.IMPORTED_BEFORE:
            return self.tr("Already imported")
        if state == batch.REFUSED:
            return self.tr("Refused: {reason}").format(reason=entry.reason)
        return self.tr("Ready")

    def _fill_packages(self) -> None:
        entries = self.entries or []
        self.packages.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            preview = entry.preview
            totals = entry.totals()
            cells = [
                entry.path.name,
                preview.sender_label if preview else "—",
                str(entry.sequence) if preview else "—",
                self._status_text(entry),
                str(totals.get("new", 0)) if totals else "",
                str(totals.get("changed", 0)) if totals else "",
                str(totals.get("conflict", 0)) if totals else "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setToolTip(text)
                self.packages.setItem(r, c, item)
        self.packages.resizeColumnToContents(0)
        self.packages.resizeColumnToContents(1)

    def _selected_package(self) -> None:
        rows = self.packages.selectionModel().selectedRows()
        if not rows or self.entries is None:
            return
        entry = self.entries[rows[0].row()]
        shown = entry.result.preview if entry.result else entry.preview
        self._fill_counts(None if entry.error else shown)
        if entry.error is not None:
            self.notes.setText(
                f"{entry.path.name}: " + self.tr("Refused: {reason}").format(reason=entry.reason)
            )
        elif shown is not None:
            notes = shown.notes()
            if entry.outcome == batch.APPLIED:
                notes = [self._status_text(entry), *notes]
            self.notes.setText("\n".join([entry.path.name, *notes]))

    def package_rows(self) -> list[list[str]]:
        """The batch as shown (for tests and screen readers)."""
        return [
            [self.packages.item(r, c).text() for c in range(self.packages.columnCount())]
            for r in range(self.packages.rowCount())
        ]

    def apply_batch(self) -> None:
        entries = self.entries
        if not entries:
            return
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[batch.BatchResult]:
            return batch.import_batch(actor, entries, report=report, cancel=cancel)

        long_op(self, self.tr("Importing the sync packages"), work).success(
            self._batch_imported
        ).run_in_background()

    def _batch_imported(self, result: batch.BatchResult) -> None:
        self.batch_result = result
        self._fill_packages()
        self._selected_package()
        applied = result.with_outcome(batch.APPLIED)
        refused = result.with_outcome(batch.REFUSED)
        skipped = result.with_outcome(batch.SKIPPED)
        totals = dict.fromkeys(("new", "changed", "conflict"), 0)
        for entry in applied:
            for key in totals:
                totals[key] += entry.totals().get(key, 0)
        lines = [
            self.tr(
                "Imported {applied} of {count} packages ({new} new, {changed} changed, "
                "{conflicts} conflicts); {before} imported before, {refused} refused, "
                "{skipped} not imported."
            ).format(
                applied=len(applied),
                count=len(result.entries),
                new=totals["new"],
                changed=totals["changed"],
                conflicts=totals["conflict"],
                before=len(result.with_outcome(batch.IMPORTED_BEFORE)),
                refused=len(refused),
                skipped=len(skipped),
            )
        ]
        if applied:
            lines.append(self.tr("A backup was made first."))
        if result.cancelled:
            lines.append(self.tr("Cancelled: the remaining packages were not imported."))
        for entry in refused:
            lines.append(
                f"{entry.path.name}: " + self.tr("Refused: {reason}").format(reason=entry.reason)
            )
        for entry in skipped:
            lines.append(f"{entry.path.name}: " + self.tr("Not imported"))
        if totals["conflict"]:
            lines.append(self.tr("Review the conflicts in Sync > Conflicts."))
        senders = {e.sender for e in applied}
        if len(senders) == 1:
            self.result_ = applied[-1].result
        self.receipt_button.setEnabled(self.result_ is not None)
        self.import_button.setEnabled(False)
        text = "\n".join(lines)
        self.header.setText(lines[0])
        self.inform(text)

    # -- importing ----------------------------------------------------------------------
    def apply(self) -> None:
        if self.entries is not None:
            self.apply_batch()
            return
        preview = self.preview
        if preview is None:
            return
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[importer.ImportResult]:
            return importer.apply(actor, preview, report=report)

        long_op(self, self.tr("Importing the sync package"), work).success(
            self._imported
        ).run_in_background()

    def _imported(self, result: importer.ImportResult) -> None:
        self.result_ = result
        self.import_button.setEnabled(False)
        self.receipt_button.setEnabled(True)
        totals = result.preview.plan.totals() if result.preview.plan else {}
        text = self.tr(
            "Imported: {new} new, {changed} changed, {conflicts} conflicts, {deleted} deleted. "
            "A backup was made first."
        ).format(
            new=totals.get("new", 0),
            changed=totals.get("changed", 0),
            conflicts=totals.get("conflict", 0),
            deleted=totals.get("deleted", 0),
        )
        if totals.get("conflict"):
            text += " " + self.tr("Review the conflicts in Sync > Conflicts.")
        self.notes.setText(text)
        self.inform(text)

    def save_receipt(self) -> None:
        if self.result_ is None:
            return
        manifest = self.result_.preview.manifest
        info = session().info
        to_code = manifest.school_code if info and info.is_township else None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save receipt"),
            f"回执-{manifest.school_code}.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if path:
            self.write_receipt(Path(path), to_code)

    def write_receipt(self, path: Path, to_code: str | None) -> None:
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[ExportResult]:
            return export_package(actor, path, to_code=to_code, receipt=True, verify=True)

        long_op(self, self.tr("Writing the receipt"), work).success(
            lambda result: self.inform(self.tr("Receipt saved: {path}").format(path=result.path))
        ).run_in_background()

    # -- asking (replaced in tests) -----------------------------------------------------
    def ask_password(self, name: str, wrong: bool) -> str:
        """The password of an encrypted package; "" if the person cancels."""
        if wrong:
            text = self.tr("The password does not open {name}. Type it again:")
        else:
            text = self.tr("{name} is protected by a password. Password:")
        password, ok = QInputDialog.getText(
            self, self.windowTitle(), text.format(name=name), QLineEdit.EchoMode.Password
        )
        return password if ok else ""

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
