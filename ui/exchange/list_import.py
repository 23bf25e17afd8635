"""Import a county's category list (低保, 特困, 孤儿 …): choose the file, the category and
the list's date; see who gains, keeps and loses the category, who is in no school of the
ledger (to follow up), and apply after confirming (services/exchange/lists.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Result
from fupin_desktop.services.exchange import lists
from ui.fields.dates import DayPicker
from ui.operations import long_op
from ui.session import session
from ui.tasks import runner


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class ListImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a county list"))
        self.preview: lists.ListPreview | None = None
        today = today or dt.date.today()
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.category = QComboBox(self)
        for key in (*lists.LIST_CATEGORIES, *lists.STATUS_LISTS):
            self.category.addItem(lists.category_title(key), key)
        self.category.setCurrentIndex(self.category.findData("dibao"))
        self.as_of = DayPicker(today, self)
        self.preview_button = QPushButton(self.tr("Compare with the ledger"), self)
        self.preview_button.clicked.connect(self.run_preview)
        form = QFormLayout()
        form.addRow(self.tr("County list"), file_row)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Date of the list"), self.as_of)
        form.addRow("", self.preview_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        child_headers = [
            self.tr("School"),
            self.tr("Class"),
            self.tr("Name"),
            self.tr("Since"),
            self.tr("Poverty status"),
        ]
        self.tables = {
            "gains": _table(child_headers),
            "keeps": _table(child_headers),
            "losses": _table(child_headers),
            "unknown": _table(
                [self.tr("Row"), self.tr("Name"), self.tr("ID number"), self.tr("Note")]
            ),
            "blocked": _table([self.tr("School"), self.tr("Name"), self.tr("Why")]),
            "schools": _table(
                [self.tr("School"), self.tr("Gain"), self.tr("Keep"), self.tr("Lose")]
            ),
        }
        self.tabs = QTabWidget(self)
        titles = {
            "gains": self.tr("Gain the category"),
            "keeps": self.tr("Keep it"),
            "losses": self.tr("Lose it"),
            "unknown": self.tr("In no school: follow up"),
            "blocked": self.tr("Not changed"),
            "schools": self.tr("By school"),
        }
        for key, table in self.tables.items():
            self.tabs.addTab(table, titles[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = buttons.addButton(
            self.tr("Apply the changes…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self.confirm_apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)
        if not lists.may_import(session().actor):  # told here, not refused after a file
            for widget in (self.path, browse, self.preview_button):
                widget.setEnabled(False)
            self.summary.setText(
                self.tr("Only the principal or the aid officer imports a county list.")
            )

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the county's list"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.path.setText(name)

    def _date(self) -> dt.date:
        return self.as_of.day()

    def run_preview(self) -> None:
        if not self.path.text().strip():  # Path("") is the current folder: "cannot be opened"
            self.summary.setText(self.tr("Choose the county's list (an Excel workbook) first."))
            self.path.setFocus()
            return
        path = Path(self.path.text().strip())
        category, as_of = str(self.category.currentData()), self._date()
        actor = session().actor

        def work(report: Any, cancel: Any) -> lists.ListPreview:
            return lists.preview(actor, path, category, as_of)

        runner().run(self, self.tr("Reading the list…"), work, self.show_preview)

    def show_preview(self, preview: lists.ListPreview) -> None:
        self.preview = preview
        self.summary.setText(preview.summary())

        def child_rows(children: list[lists.ListChild]) -> list[list[str]]:
            return [
                [
                    c.school_name,
                    c.class_label,
                    c.name,
                    c.since.isoformat() if c.since else "",
                    c.value_label(),
                ]
                for c in children
            ]

        for key in ("gains", "keeps", "losses"):
            _fill(self.tables[key], child_rows(getattr(preview, key)))
            # The status column: only a 脱贫户 or 监测对象 list sets one.
            self.tables[key].setColumnHidden(4, preview.category not in lists.STATUS_LISTS)
        follow = [*preview.unknown, *preview.unreadable]
        _fill(
            self.tables["unknown"],
            [[str(e.row), e.name, e.id_number, e.note] for e in follow],
        )
        _fill(self.tables["blocked"], [[c.school_name, c.name, why] for c, why in preview.blocked])
        _fill(
            self.tables["schools"],
            [
                [name, str(len(g["gains"])), str(len(g["keeps"])), str(len(g["losses"]))]
                for name, g in preview.by_school().items()
            ],
        )
        self.apply_button.setEnabled(bool(preview.gains or preview.losses))

    def confirm_apply(self) -> None:
        preview = self.preview
        if preview is None:
            return
        text = self.tr(
            "{gains} children gain {category} and {losses} lose it from {date}. A backup is "
            "taken first. Apply?"
        ).format(
            gains=len(preview.gains),
            losses=len(preview.losses),
            category=preview.category_title,
            date=preview.as_of.isoformat(),
        )
        answer = QMessageBox.question(self, self.tr("Import a county list"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[lists.ListResult]:
            return lists.apply(actor, preview)

        long_op(self, self.tr("Applying the list…"), work).success(
            self._applied
        ).run_in_background()

    def _applied(self, outcome: lists.ListResult) -> None:
        self.summary.setText(outcome.summary())
        self.apply_button.setEnabled(False)
        self.preview = None
