"""Import a sync package: pick the file, read the checks and the preview (new, changed,
unchanged, conflicting and deleted records per kind), confirm a sender seen for the
first time, then import. Nothing is written before the person presses Import. The
township can then save a receipt for the school, so its next package is smaller."""

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
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.sync import importer
from fupin_desktop.sync.merge import CATEGORIES
from fupin_desktop.sync.writer import export_package
from ui.session import session
from ui.tasks import runner


class SyncImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import sync package"))
        self.resize(720, 520)
        self.preview: importer.Preview | None = None
        self.result_: importer.ImportResult | None = None
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Choose package…"))
        browse.clicked.connect(self.browse)
        top = QHBoxLayout()
        top.addWidget(self.path)
        top.addWidget(browse)
        self.header = QLabel(self.tr("Choose the package file (.xlsx) from the USB stick."))
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
        layout.addWidget(self.table)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)

    # -- reading and the preview --------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open sync package"), "", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.preview = None
        self.import_button.setEnabled(False)

        def work(report: Any, cancel: Any) -> importer.Preview:
            report(0.0, "")
            return importer.inspect(path, cancel)

        runner().run(self, self.tr("Checking the package"), work, self.show_preview, self._failed)

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
            self.tr("Package {number} from {sender}, made on {date} (UTC).").format(
                number=manifest.sequence, sender=preview.sender_label, date=manifest.created_at
            )
        )
        rows = preview.plan.tables if preview.plan else []
        self.table.setRowCount(len(rows))
        for r, table_plan in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(table_plan.table.title))
            for c, category in enumerate(CATEGORIES, start=1):
                item = QTableWidgetItem(str(table_plan.counts[category]))
                self.table.setItem(r, c, item)
        self.notes.setText("\n".join(preview.notes()))
        self.import_button.setEnabled(not preview.already_imported)

    def counts(self) -> dict[str, list[str]]:
        """The preview as shown: kind -> cells (for tests and screen readers)."""
        out = {}
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            out[cells[0]] = cells[1:]
        return out

    # -- importing ----------------------------------------------------------------------
    def apply(self) -> None:
        preview = self.preview
        if preview is None:
            return
        enrol = False
        if preview.enrolment:
            if not self.confirm(preview.enrolment):
                return
            enrol = True
        actor = session().actor

        def work(report: Any, cancel: Any) -> tuple[importer.ImportResult, Any]:
            result = importer.apply(actor, preview, enrol=enrol, report=report)
            return result, result.changes

        runner().run(self, self.tr("Importing the sync package"), work, self._imported)

    def _imported(self, done: tuple[importer.ImportResult, Any]) -> None:
        result = done[0]
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

        def work(report: Any, cancel: Any) -> Any:
            return export_package(actor, path, to_code=to_code, receipt=True, verify=True)

        runner().run(
            self,
            self.tr("Writing the receipt"),
            work,
            lambda result: self.inform(self.tr("Receipt saved: {path}").format(path=result.path)),
        )

    # -- asking (replaced in tests) -----------------------------------------------------
    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
