"""Township mode: every school with its last package (date, sequence, rows, gaps, how
long ago), the totals per school and for the township, and the county's Excel report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema import choices as ch
from fupin_desktop.services.context import Changes, Result
from fupin_desktop.services.students import files as students
from fupin_desktop.sync import township as tw
from fupin_desktop.validation import fen_to_yuan
from ui.bus import ReloadsWhenShown, bus
from ui.empty import EmptyHint
from ui.operations import long_op
from ui.session import session

LATE = "#fbe5c8"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class TownshipPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schools = _table(
            [
                self.tr("School code"),
                self.tr("School"),
                self.tr("Last package"),
                self.tr("Days ago"),
                self.tr("Sequence"),
                self.tr("Students in it"),
                self.tr("Missing packages"),
            ]
        )
        self.totals = _table(
            [
                self.tr("School"),
                self.tr("Students"),
                *[ch.STAGE.label(c.code) for c in ch.STAGE.choices],
                self.tr("Registered poor"),
                self.tr("Aid due (yuan)"),
                self.tr("Aid paid (yuan)"),
                self.tr("Paired"),
                self.tr("Visited"),
                self.tr("Left-behind"),
                self.tr("Cared for"),
                self.tr("No one looks after"),
                self.tr("Of them visited this term"),
                self.tr("Transferred"),
                self.tr("Dropped out"),
            ]
        )
        # The duplicate check: a second file with an ID number already in the ledger
        # (saved on purpose, or the same child in two schools' packages) is named here.
        self.shared = _table(
            [
                self.tr("ID number"),
                self.tr("Student"),
                self.tr("School"),
                self.tr("Class"),
                self.tr("File made on"),
            ]
        )
        self.shared_hint = QLabel(self)
        self.shared_hint.setWordWrap(True)
        shared_box = QWidget()
        shared_layout = QVBoxLayout(shared_box)
        shared_layout.addWidget(self.shared_hint)
        shared_layout.addWidget(self.shared, 1)
        self.schools_hint = EmptyHint(
            self.schools,
            self.tr(
                "No school has sent a package yet. Each school exports its package (Sync → "
                "Export package…) and brings it on a USB stick; import it here."
            ),
            [(self.tr("Import a package…"), self.import_package)],
        )
        tabs = QTabWidget()
        tabs.addTab(self.schools, self.tr("Schools and packages"))
        tabs.addTab(self.totals, self.tr("Totals"))
        tabs.addTab(shared_box, self.tr("Same ID number"))
        from ui.activities.targets import TargetsView

        self.targets = TargetsView(self)
        tabs.addTab(self.targets, self.tr("Duties and targets"))
        self.summary = QLabel()
        report = QPushButton(self.tr("County report…"))
        report.clicked.connect(self.ask_report)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        top.addWidget(report)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tabs)
        bus().changed.connect(self._changed)
        # Totals over every school cost a moment: computed when the page is first shown,
        # not while the program starts.
        self._stale = True

    def _changed(self, changes: Changes) -> None:
        self.reload_if(
            changes,
            "package_ledger",
            "student",
            "school",
            "visit",
            "aid_payment",
            "left_behind_profile",
        )

    def reload(self) -> None:
        actor = session().actor
        overview = tw.schools_overview(actor)
        self.schools.setRowCount(len(overview))
        late = QBrush(QColor(LATE))
        silent = 0
        for r, s in enumerate(overview):
            days = s.days_since()
            values = [
                s.code,
                s.name,
                s.last_package_at.strftime("%Y-%m-%d") if s.last_package_at else self.tr("none"),
                "" if days is None else str(days),
                str(s.last_sequence or ""),
                str(s.last_counts.get("student", "")),
                ", ".join(str(n) for n in s.missing),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if s.stale:
                    item.setBackground(late)
                self.schools.setItem(r, c, item)
            silent += s.stale
        self.summary.setText(
            self.tr("{count} schools; {silent} without a package for {days} days.").format(
                count=len(overview), silent=silent, days=tw.STALE_DAYS
            )
        )
        totals = tw.school_totals(actor)
        self.totals.setRowCount(len(totals))
        for r, t in enumerate(totals):
            values: list[Any] = [
                t.name,
                t.students,
                *[t.by_stage.get(c.code, 0) for c in ch.STAGE.choices],
                t.by_category.get("registered_poor", 0),
                fen_to_yuan(t.entitled_fen, grouped=True),
                fen_to_yuan(t.paid_fen, grouped=True),
                t.paired,
                t.visited,
                t.left_behind,
                t.left_behind_cared,
                t.unattended,
                t.unattended_visited,
                t.transferred,
                t.dropped_out,
            ]
            for c, value in enumerate(values):
                self.totals.setItem(r, c, QTableWidgetItem(str(value)))
        self._show_shared(actor)

    def _show_shared(self, actor: Any) -> None:
        found = students.shared_id_numbers(actor)
        self.shared.setRowCount(len(found))
        for r, f in enumerate(found):
            values = [f.id_number, f.name, f.school_name, f.class_label, f.created_on.isoformat()]
            for c, value in enumerate(values):
                self.shared.setItem(r, c, QTableWidgetItem(value))
        numbers = len({f.id_number for f in found})
        self.shared_hint.setText(
            self.tr(
                "{numbers} ID numbers are in more than one student file ({files} files). "
                "Aid is counted once per file: keep one file per child."
            ).format(numbers=numbers, files=len(found))
            if found
            else self.tr("No ID number is in more than one student file.")
        )

    def import_package(self) -> None:
        from ui.sync.import_dialog import SyncImportDialog

        dialog = SyncImportDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def ask_report(self) -> None:
        default = session().db_path.parent / f"县级报表-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save county report"), str(default), self.tr("Excel (*.xlsx)")
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[Path]:
            return tw.write_county_report(actor, path)

        long_op(self, self.tr("Writing the county report"), work).success(
            self._written
        ).run_in_background()

    def _written(self, path: Path) -> None:
        self.inform(self.tr("County report saved: {path}").format(path=path))

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)
