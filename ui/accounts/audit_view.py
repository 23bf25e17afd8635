"""The principal's audit log viewer: who did what, when and why, newest first, with
filters, and whether the SHA-256 chain is intact (docs/architecture.md, "People and
privacy"). Reading the log is itself recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.format import local_time
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import ACCOUNT_ROLE
from fupin_desktop.sync.tables import table_by_name
from ui.errors import show_error
from ui.fields.dates import DayPicker
from ui.screen import fit
from ui.session import session
from ui.tasks import runner

PAGE = 500


def role_label(role: str) -> str:
    if role == "system":
        return QCoreApplication.translate("AuditDialog", "the program")
    return ACCOUNT_ROLE.label(role)


def actor_label(name: str) -> str:
    """Who acted, as a person reads it: the program's own steps are logged by the actor
    named "system" (services.context.SYSTEM), shown in words."""
    from fupin_desktop.services.context import SYSTEM

    if name == SYSTEM.name:
        return role_label(SYSTEM.role)
    return name


def table_title(name: str) -> str:
    """A table as a person reads it (the sync sheets' titles), or as stored."""
    found = table_by_name(name) if name else None
    return found.title if found is not None else name


def field_titles(table: str, names: str) -> str:
    """The changed fields by their labels in the catalogue (names as stored otherwise)."""
    found = table_by_name(table) if table else None
    titles = []
    for name in filter(None, names.split(",")):
        title = name
        if found is not None:
            for key in (name, f"{name}_id"):
                try:
                    title = found.column(key).title
                    break
                except KeyError:
                    continue
        titles.append(title)
    return "、".join(titles)


class AuditDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        today = dt.date.today()
        self.date_from = DayPicker(today - dt.timedelta(days=30), self)
        self.date_to = DayPicker(today, self)
        self.who = QComboBox(self)
        self.who.addItem(self.tr("Everyone"), "")
        for name in audit.actors():
            self.who.addItem(actor_label(name), name)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("Every action"), "")
        for code in sorted(audit.ACTIONS, key=audit.action_label):
            self.action.addItem(audit.action_label(code), code)
        self.refresh_button = QPushButton(self.tr("Show"), self)
        self.refresh_button.clicked.connect(self.reload)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
            (self.tr("Who"), self.who),
            (self.tr("Action"), self.action),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Fields"),
                self.tr("Details"),
                self.tr("Why"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chain = QLabel(self.tr("Checking the chain…"), self)
        self.chain.setWordWrap(True)
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.chain)
        layout.addWidget(buttons)
        fit(self, 1100, 620)
        self.reload()
        runner().load(self, audit.verify, on_done=self._checked)

    def query(self) -> audit.AuditQuery:
        return audit.AuditQuery(
            date_from=self.date_from.day(),
            date_to=self.date_to.day(),
            actor=self.who.currentData() or "",
            action=self.action.currentData() or "",
            limit=PAGE,
        )

    def reload(self) -> None:
        """Read the page on the worker (reading the log writes its own audit row)."""
        actor, query = session().actor, self.query()
        runner().load(
            self,
            lambda: audit.entries(actor, query),
            on_done=self._show,
            on_error=lambda error: show_error(self, error),
        )

    def _show(self, found: list[audit.AuditRow]) -> None:
        self.table.setRowCount(len(found))
        for row, entry in enumerate(found):
            cells = [
                local_time(entry.at),
                actor_label(entry.actor) if entry.role == "system" else entry.actor,
                role_label(entry.role),
                audit.action_label(entry.action),
                table_title(entry.table),
                field_titles(entry.table, entry.fields),
                entry.details,
                entry.reason,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))  # a long list of fields reads whole
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        text = self.tr("{n} rows shown (at most {page}, newest first).")
        self.count.setText(text.format(n=len(found), page=PAGE))

    def _checked(self, found: audit.ChainCheck) -> None:
        head = audit.head()
        if found.intact:
            text = self.tr(
                "The chain is intact: {rows} rows, each sealed to the one before (SHA-256). "
                "Head {seq}: {sha}"
            ).format(rows=found.rows, seq=head.seq, sha=head.sha256[:16])
            self.chain.setStyleSheet("color: #1b5e20;")
        else:
            text = self.tr(
                "The chain breaks at row {seq}: the log was changed after it was written."
            ).format(seq=found.broken_at)
            self.chain.setStyleSheet("color: #b00020; font-weight: bold;")
        self.chain.setText(text)
