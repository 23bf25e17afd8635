"""Write a sync package: to the township (a school), or to one school (the township).
The file goes to the USB stick if one is plugged in (else Documents), is named with its
package number, and is read back and checked; only a file on a removable drive is
followed by "the USB stick can be removed". An existing file is never overwritten: the
township would miss the package it held. Sealed to the receiver's enrolled key by
default; for a clerk who must open it in WPS, encrypted with the route's Excel password
instead (made once in Sync > Keys): docs/architecture.md, "Trust"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Changes, Result
from fupin_desktop.sync import conflicts, state
from fupin_desktop.sync.township import school_choices
from fupin_desktop.sync.writer import EXCEL_PASSWORD, SEALED, ExportResult, export_package
from ui.operations import long_op
from ui.session import session
from ui.sync.places import export_folder, is_removable


class SyncExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export sync package"))
        self.result_: ExportResult | None = None
        info = session().info
        township = bool(info and info.is_township)
        form = QFormLayout()
        self.school = QComboBox()
        if township:
            for code, name in school_choices():
                self.school.addItem(f"{name}（{code}）", code)
            form.addRow(self.tr("For school"), self.school)
        else:
            name = info.township_name if info else ""
            form.addRow(self.tr("To"), QLabel(self.tr("{name} central school").format(name=name)))
        self.full = QCheckBox(self.tr("Everything (not only what was not acknowledged)"))
        form.addRow("", self.full)
        self.sensitive = QCheckBox(self.tr("Include diary text and counselling notes"))
        self.sensitive.setChecked(state.send_sensitive_text())
        self.sensitive.setEnabled(session().actor.may_configure)
        form.addRow("", self.sensitive)
        self.path = QLineEdit(str(self._default_path()))
        self.school.currentIndexChanged.connect(
            lambda: self.path.setText(str(self._default_path()))
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("File"), row)
        self.protection = QComboBox()
        self.protection.addItem(self.tr("Sealed for the receiver's key (recommended)"), SEALED)
        self.protection.addItem(
            self.tr("Excel password of this route (to open it in WPS)"), EXCEL_PASSWORD
        )
        self.protection.currentIndexChanged.connect(self._protection_changed)
        form.addRow(self.tr("Protection"), self.protection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _suffix(self) -> str:
        protection = getattr(self, "protection", None)
        return ".xlsx" if protection and protection.currentData() == EXCEL_PASSWORD else ".fpkg"

    def _default_path(self) -> Path:
        info = session().info
        if info is None:
            return export_folder() / f"同步包{self._suffix()}"
        if info.is_township:
            code = self.school.currentData() or ""
            who, peer = code, state.peer_key("school", code)
        else:
            who, peer = info.school_code or "", state.peer_key("township", info.township_code)
        number = state.upcoming_sequence(peer)
        name = f"同步包-{who}-第{number}号-{dt.date.today():%Y%m%d}{self._suffix()}"
        return export_folder() / name

    def _protection_changed(self) -> None:
        path = Path(self.path.text())
        if path.suffix.lower() in (".xlsx", ".fpkg"):
            self.path.setText(str(path.with_suffix(self._suffix())))

    def _browse(self) -> None:
        suffix = self._suffix()
        kind = (
            self.tr("Sealed package (*.fpkg)") if suffix == ".fpkg" else self.tr("Excel (*.xlsx)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save sync package"), self.path.text(), kind
        )
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)

    def export(self) -> None:
        actor = session().actor
        to_code = self.school.currentData() if self.school.count() else None
        full, sensitive = self.full.isChecked(), self.sensitive.isChecked()
        path = Path(self.path.text())
        if path.exists():
            self.inform(
                self.tr(
                    "{path} already exists: it may be a package the receiver still needs. "
                    "Choose another file name."
                ).format(path=path)
            )
            return
        protection = self.protection.currentData()

        def work(report: Any, cancel: Any) -> Result[ExportResult]:
            setting = Result(None, Changes())
            if actor.may_configure and sensitive != state.send_sensitive_text():
                setting = conflicts.set_send_sensitive_text(actor, sensitive)
            written, changes = export_package(
                actor,
                path,
                full=full,
                to_code=to_code,
                verify=True,
                protection=protection,
                report=report,
                cancel=cancel,
            )
            return Result(written, changes.merge(setting.changes))

        long_op(self, self.tr("Writing the sync package"), work).success(
            self._done
        ).run_in_background()

    def _done(self, result: ExportResult) -> None:
        self.result_ = result
        self.export_button.setEnabled(False)  # a second click would write package N+1
        text = self.tr("Package {number} written with {rows} records and checked: {path}.")
        text = text.format(
            number=result.manifest.sequence, rows=sum(result.counts.values()), path=result.path
        )
        if is_removable(Path(result.path)):
            text += " " + self.tr("The USB stick can be removed.")
        if result.protection == EXCEL_PASSWORD:
            text += " " + self.tr(
                "It is protected by this route's Excel password, printed on its card: "
                "never send the card with the package."
            )
        else:
            text += " " + self.tr("It is sealed: only the receiver's ledger can open it.")
        self.status.setText(text)
        self.inform(self.status.text())

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
