"""The left-behind children of the school (留守儿童): their proxy parent, when their
diary and calls were last kept; from here the profile, a diary entry, a family call,
the timeline, and "a parent came home"."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop import pinyin
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care.left_behind import LeftBehindRow
from fupin_desktop.services.context import Changes
from ui.aid.table import Column, RowTableModel, field_column, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.care.records import CallDialog, DiaryDialog, LeftBehindProfileDialog
from ui.care.timeline import ChildTimelineDialog
from ui.empty import EmptyHint
from ui.operations import op
from ui.session import school_scope, session

STALE_DAYS = 31
WARN = QColor("#fde7e7")


class LeftBehindPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.actor = session().actor
        self.model = RowTableModel(self._columns(), self)
        self.view = make_table(self.model, self)
        self.view.doubleClicked.connect(self.open_timeline)
        self.count_label = QLabel(self)
        self._build_buttons()
        self._build_filters()
        self.rows: list[LeftBehindRow] = []
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "No left-behind children yet. Mark a child as left behind in the student "
                "file, or make a child's left-behind profile, and the child is listed here."
            ),
            filtered=lambda: bool(self.rows),
            filtered_text=self.tr("No left-behind child matches the search or the class."),
        )
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addStretch(1)
        for button in self.buttons.values():
            row.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.klass)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        bus().changed.connect(self._on_changed)
        # Loaded when first shown: a hidden tab costs nothing at start-up.
        self._stale = True

    def _overdue(self, day: dt.date | None) -> QColor | None:
        """Warned when nothing was written, or nothing for more than STALE_DAYS."""
        return WARN if day is None or (self.today - day).days > STALE_DAYS else None

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Student"), lambda r: r.name, chars=4),
            Column(self.tr("Class"), lambda r: class_label(r.grade, r.class_name), chars=5),
            field_column(
                LEFT_BEHIND_PROFILE["start_date"], lambda r: r.since, text=lambda r: _day(r.since)
            ),
            Column(
                self.tr("Proxy parent"),
                lambda r: r.proxy_parent or self.tr("none"),
                chars=4,
                background=lambda r: None if r.proxy_parent else WARN,
            ),
            Column(
                self.tr("Last diary entry"),
                lambda r: _day(r.last_diary),
                chars=6,
                background=lambda r: self._overdue(r.last_diary),
            ),
            Column(
                self.tr("Last family call"),
                lambda r: _day(r.last_call),
                chars=6,
                background=lambda r: self._overdue(r.last_call),
            ),
            Column(
                self.tr("No one looks after"),
                lambda r: self.tr("yes") if r.unattended else "",
                chars=4,
                background=lambda r: WARN if r.unattended else None,
            ),
            Column(
                self.tr("Profile"),
                lambda r: self.tr("yes") if r.has_profile else self.tr("missing"),
                chars=3,
                background=lambda r: None if r.has_profile else WARN,
            ),
        ]

    def _build_buttons(self) -> None:
        """What can be written about the child picked."""
        self.buttons = {
            "profile": QPushButton(self.tr("Profile…"), self),
            "diary": QPushButton(self.tr("Diary entry…"), self),
            "call": QPushButton(self.tr("Family call…"), self),
            "timeline": QPushButton(self.tr("Timeline…"), self),
            "home": QPushButton(self.tr("A parent came home…"), self),
        }
        self.buttons["profile"].clicked.connect(lambda: self._dialog(LeftBehindProfileDialog))
        self.buttons["diary"].clicked.connect(lambda: self._dialog(DiaryDialog))
        self.buttons["call"].clicked.connect(lambda: self._dialog(CallDialog))
        self.buttons["timeline"].clicked.connect(self.open_timeline)
        self.buttons["home"].clicked.connect(self.parent_came_home)

    def _build_filters(self) -> None:
        """The search by name or pinyin, and the class."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Child's name or pinyin"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.klass = QComboBox(self)
        self.klass.currentIndexChanged.connect(self._filter)

    def reload(self) -> None:
        rows = care.left_behind_children(self.actor, school_scope(), as_of=self.today)
        self.rows = rows
        self._fill_classes()
        self._filter()
        no_proxy = sum(1 for r in rows if not r.proxy_parent)
        unattended = sum(1 for r in rows if r.unattended)
        self.count_label.setText(
            self.tr(
                "{count} left-behind children, {none} without a proxy parent,"
                " {unattended} no one looks after"
            ).format(count=len(rows), none=no_proxy, unattended=unattended)
        )

    def _fill_classes(self) -> None:
        current = self.klass.currentData()
        classes = sorted({(r.grade or 0, class_label(r.grade, r.class_name)) for r in self.rows})
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(self.tr("All classes"), None)
        for _, label in classes:
            self.klass.addItem(label, label)
        self.klass.setCurrentIndex(max(0, self.klass.findData(current)))
        self.klass.blockSignals(False)

    def _filter(self) -> None:
        """The name or its pinyin (the one pinyin helper) and the class."""
        text, klass = self.search.text(), self.klass.currentData()
        self.model.set_rows(
            [
                r
                for r in self.rows
                if pinyin.matches(r.name, text)
                and (klass is None or class_label(r.grade, r.class_name) == klass)
            ]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Nothing to do without a child chosen: the buttons say so by being off."""
        chosen = bool(self.view.selectionModel().selectedRows())
        for button in self.buttons.values():
            button.setEnabled(chosen)

    def current(self) -> LeftBehindRow | None:
        return selected_row(self.view)

    def _dialog(self, dialog_class: type) -> None:
        row = self.current()
        if row is None:
            return
        dialog = dialog_class(self.actor, row.student_id, self)
        dialog.exec()
        dialog.deleteLater()

    def open_timeline(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = ChildTimelineDialog(row.student_id, self, actor=self.actor)
        dialog.exec()
        dialog.deleteLater()

    def parent_came_home(self) -> None:
        row = self.current()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("A parent came home"),
            self.tr("{name} is no longer left behind from today. Note:").format(name=row.name),
        )
        if not ok:
            return
        call = partial(care.end_left_behind, self.actor, row.student_id, self.today, reason)
        op(self, call).run_in_background()

    def _on_changed(self, changes: Changes) -> None:
        self.reload_if(
            changes,
            "student",
            "status_history",
            "pairing",
            "diary_entry",
            "family_call",
            "left_behind_profile",
        )


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"
