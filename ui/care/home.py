"""The home screen. A teacher sees what is due this week and their recent entries; a
principal sees the school's coverage gaps at a glance. On the shared office PC the
person picks "view as" a teacher to see their own list (no accounts yet).

The figures are read on the worker, not the UI thread: the page shows a placeholder,
then the numbers (docs/architecture.md, "Start-up and speed"). It reads nothing while
hidden.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Actor, Changes
from ui import tasks
from ui.aid.table import Column, RowTableModel, make_table, selected_row
from ui.bus import ReloadsWhenShown, bus
from ui.care.coverage import RELEVANT, CoverageTable, OverdueTable
from ui.errors import figures_failed
from ui.first_steps import FirstSteps
from ui.pick import type_ahead
from ui.session import school_scope, session, teacher_actor

if TYPE_CHECKING:
    from fupin_desktop.services.care import coverage as care_coverage

# The services of the figures are imported where the figures are read, on the worker:
# the window shows before them (docs/architecture.md, "Start-up and speed").


def _week_end(day: dt.date) -> dt.date:
    # The coming seven days, not the calendar week: on a Sunday "this week" would be
    # empty while the month's diary is due tomorrow.
    return day + dt.timedelta(days=6)


class _Tile(QFrame):
    """A number with its meaning below it; red when it is a gap. A tile that opens
    something says so by its cursor and emits `clicked`."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–", self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setMinimumWidth(150)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def set_value(self, text: str, bad: bool) -> None:
        colour = "#c62828" if bad else "#2e7d32"
        self.number.setText(text)
        self.number.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {colour};")


class TeacherHome(QWidget):
    """Due this week, overdue, and the teacher's recent entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.today = dt.date.today()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.record_button = QPushButton(self.tr("Record visits…"), self)
        self.timeline_button = QPushButton(self.tr("Child's timeline…"), self)
        self.due_label = QLabel(self)
        self.due = OverdueTable(self)
        self.overdue_label = QLabel(self)
        self.overdue = OverdueTable(self)
        for table in (self.due, self.overdue):
            table.view.setColumnHidden(1, True)  # the teacher is the one looking
        self.recent_label = QLabel(self.tr("My recent entries"), self)
        recent_columns = [
            Column(self.tr("Date"), lambda r: r["day"].isoformat(), chars=6),
            Column(self.tr("Student"), lambda r: r["name"], chars=4),
            Column(self.tr("Record"), lambda r: self._kind(r["kind"]), chars=4),
            Column(self.tr("Detail"), lambda r: str(r["detail"] or ""), chars=6),
        ]
        self.recent_model = RowTableModel(recent_columns, self)
        self.recent = make_table(self.recent_model, self, sortable=False)
        self.recent.doubleClicked.connect(self._open_recent)
        self.timeline_button.clicked.connect(self._open_selected)
        for label in (self.due_label, self.overdue_label, self.recent_label):
            label.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.timeline_button)
        top.addWidget(self.record_button)
        grid = QGridLayout()
        grid.addWidget(self.due_label, 0, 0)
        grid.addWidget(self.due, 1, 0)
        grid.addWidget(self.recent_label, 0, 1)
        grid.addWidget(self.recent, 1, 1, 3, 1)
        grid.addWidget(self.overdue_label, 2, 0)
        grid.addWidget(self.overdue, 3, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _kind(self, kind: str) -> str:
        return {
            "visit": self.tr("Visit"),
            "diary_entry": self.tr("Diary"),
            "family_call": self.tr("Call"),
        }.get(kind, kind)

    @staticmethod
    def fetch(actor: Actor, today: dt.date) -> dict[str, Any]:
        """What the page shows, read off the UI thread."""
        from fupin_desktop.services.care import left_behind, reminders
        from fupin_desktop.services.care.reminders import Scope

        assert actor.teacher_id is not None
        scope = Scope(teacher_id=actor.teacher_id)
        return {
            "due": reminders.due_list(actor, scope, today),
            "overdue": reminders.overdue_list(actor, scope, today),
            "recent": left_behind.recent_entries(actor, actor.teacher_id),
        }

    def show_loading(self, actor: Actor, today: dt.date, name: str) -> None:
        """`name`: the teacher whose home is shown (the person logged in may be viewing
        another teacher's: ui.session.teacher_actor)."""
        self.actor, self.today = actor, today
        self.title.setText(self.tr("{name}: loading…").format(name=name))

    def show_figures(self, actor: Actor, today: dt.date, name: str, data: dict[str, Any]) -> None:
        self.actor, self.today = actor, today
        week_end = _week_end(today)
        due = data["due"]
        this_week = [i for i in due if i.due_date <= week_end]
        later = len(due) - len(this_week)
        self.title.setText(self.tr("{name}: today is {day}").format(name=name, day=today))
        self.due_label.setText(
            self.tr("Due within a week ({count}; {later} more later in the month or term)").format(
                count=len(this_week), later=later
            )
        )
        # The week first; what falls later in the period follows, so nothing is hidden.
        self.due.set_items(this_week + [i for i in due if i.due_date > week_end])
        overdue = data["overdue"]
        self.overdue_label.setText(self.tr("Overdue ({count})").format(count=len(overdue)))
        self.overdue.set_items(sorted(overdue, key=lambda i: i.due_date, reverse=True))
        self.recent_model.set_rows(data["recent"])

    def _open_recent(self) -> None:
        row = selected_row(self.recent)
        if row is not None:
            self._timeline(row["student_id"])

    def _open_selected(self) -> None:
        for view in (self.due.view, self.overdue.view):
            item = selected_row(view)
            if item is not None:
                self._timeline(item.student_id)
                return
        row = selected_row(self.recent)
        if row is not None:
            self._timeline(row["student_id"])

    def _timeline(self, student_id: str) -> None:
        from ui.care.timeline import ChildTimelineDialog

        dialog = ChildTimelineDialog(student_id, self, actor=self.actor)
        dialog.exec()
        dialog.deleteLater()


class PrincipalHome(QWidget):
    """The school's gaps this term: tiles, the classes with gaps, the overdue list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tiles = {
            "share": _Tile(self.tr("of paired students visited this term"), self),
            "unpaired": _Tile(self.tr("entitled children without a pairing"), self),
            "no_proxy": _Tile(self.tr("left-behind children without a proxy parent"), self),
            "overdue": _Tile(self.tr("overdue visits, diaries and calls"), self),
            # No child lost (docs/architecture.md, "The school year").
            "watch": _Tile(self.tr("children left or elsewhere, follow-up overdue"), self),
            # Children other schools handed over, waiting to be taken in ("The school year").
            "handover": _Tile(self.tr("children handed over, to take in"), self),
        }
        self.tiles["handover"].setCursor(Qt.CursorShape.PointingHandCursor)
        self.tiles["handover"].setToolTip(self.tr("Open the children handed over"))
        self.tiles["handover"].clicked.connect(self.open_handovers)
        self.tiles["handover"].setVisible(not session().is_township)
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.gaps_label = QLabel(self.tr("Classes with gaps"), self)
        self.gaps_label.setStyleSheet("font-weight: bold;")
        self.gaps = CoverageTable(self)
        # The school's duties against their targets (issue 13).
        from ui.activities.targets import TargetsView

        self.targets_label = QLabel(self.tr("Targets of the school's duties"), self)
        self.targets_label.setStyleSheet("font-weight: bold;")
        self.targets = TargetsView(self, school_id=school_scope(), compact=True)
        self.first_steps = FirstSteps(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.first_steps)
        layout.addLayout(tiles)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps, 1)
        layout.addWidget(self.targets_label)
        layout.addWidget(self.targets, 1)

    @staticmethod
    def fetch(
        actor: Actor, today: dt.date, school_id: str | None
    ) -> tuple[care_coverage.Coverage, int | None, list[tuple[str, int]] | None]:
        """The term's coverage up to today, the overdue no-child-lost follow-ups and the
        children handed over by other schools waiting here, read off the UI thread."""
        from fupin_desktop.errors import PermissionDenied
        from fupin_desktop.services.calendar import school_calendar
        from fupin_desktop.services.care.coverage_summary import term_coverage
        from fupin_desktop.services.schoolyear import handover, watch

        term = school_calendar().term_so_far(today)
        # Kept as a summary until a record it counts changes (docs/architecture.md,
        # "Start-up and speed"): counted at most once a day at county scale.
        coverage = term_coverage(actor, term.start, term.end, school_id=school_id, as_of=today)
        try:
            items = watch.watch_list(actor, today, school_id)
        except PermissionDenied:
            return coverage, None, None
        overdue = sum(1 for i in items if i.overdue)
        try:
            waiting = handover.waiting_by_school(actor, school_id) if school_id else None
        except PermissionDenied:
            waiting = None
        return coverage, overdue, waiting

    def show_loading(self) -> None:
        self.title.setText(self.tr("Loading this term's figures…"))
        for tile in self.tiles.values():
            tile.number.setText("…")

    def show_figures(
        self, figures: tuple[care_coverage.Coverage, int | None, list[tuple[str, int]] | None]
    ) -> None:
        from fupin_desktop.services.calendar import school_calendar

        coverage, watch_overdue, waiting = figures
        self.tiles["watch"].set_value(
            "–" if watch_overdue is None else str(watch_overdue), bool(watch_overdue)
        )
        self._show_handovers(waiting)
        term = school_calendar().term_of(coverage.start)
        label = term.label() if term is not None else str(coverage.start)
        total = coverage.total
        self.title.setText(
            self.tr("{term}: coverage up to {day}").format(term=label, day=coverage.end)
        )
        share = total.visited_share
        self.tiles["share"].set_value(
            "–" if share is None else f"{share:.0%}", share is not None and share < 0.999
        )
        for key, value in (
            ("unpaired", total.entitled_unpaired),
            ("no_proxy", total.left_behind_no_proxy),
            ("overdue", total.overdue),
        ):
            self.tiles[key].set_value(str(value), value > 0)
        gaps = [
            r
            for r in coverage.rows
            if r.entitled_unpaired or r.left_behind_no_proxy or r.overdue or r.visited < r.paired
        ]
        gaps.sort(key=lambda r: -(r.entitled_unpaired + r.left_behind_no_proxy + r.overdue))
        coverage.rows = gaps
        self.gaps.show(coverage, by_class=True)

    def _show_handovers(self, waiting: list[tuple[str, int]] | None) -> None:
        """ "3 children handed over by 柳塘小学, to take in"."""
        tile = self.tiles["handover"]
        if waiting is None:
            tile.set_value("–", False)
            return
        total = sum(n for _, n in waiting)
        tile.set_value(str(total), total > 0)
        if not waiting:
            tile.caption.setText(self.tr("children handed over, to take in"))
        elif len(waiting) == 1:
            tile.caption.setText(
                self.tr("children handed over by {school}, to take in").format(school=waiting[0][0])
            )
        else:
            tile.caption.setText(
                self.tr("children handed over by {school} and {count} more schools").format(
                    school=waiting[0][0], count=len(waiting) - 1
                )
            )

    def open_handovers(self) -> None:
        from ui.schoolyear.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self)
        dialog.exec()
        dialog.deleteLater()


class HomePage(ReloadsWhenShown, QWidget):
    """The home screen, with the "view as" picker: the principal, or one teacher."""

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.view_as = QComboBox(self)
        self.view_as.setMinimumWidth(160)
        # Each home is built when first shown: a teacher's start builds no principal's
        # tables, and the reverse.
        self._teacher_home: TeacherHome | None = None
        self._principal_home: PrincipalHome | None = None
        self.stack = QStackedWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("View as:"), self))
        bar.addWidget(self.view_as)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        # The teachers are read, and put in pinyin order, on the worker after the
        # figures: pypinyin's tables cost a second to load (docs/architecture.md,
        # "Start-up and speed"). Until then the list holds the person logged in.
        self._pending_teacher: str | None = None
        self._teachers_stale = True
        self._last_total: care_coverage.CoverageRow | None = None
        self._fill_view_as([])
        type_ahead(self.view_as)
        self.view_as.currentIndexChanged.connect(self.reload)
        bus().changed.connect(self._on_changed)
        # Loaded when first shown, after the window's first paint.
        self._stale = True
        self._generation = 0

    @property
    def teacher_home(self) -> TeacherHome:
        if self._teacher_home is None:
            self._teacher_home = TeacherHome(self)
            self._teacher_home.record_button.clicked.connect(self._record_visits)
            self.stack.addWidget(self._teacher_home)
        return self._teacher_home

    @property
    def principal_home(self) -> PrincipalHome:
        if self._principal_home is None:
            self._principal_home = PrincipalHome(self)
            self.stack.addWidget(self._principal_home)
        return self._principal_home

    def _fill_view_as(self, choices: list[tuple[str, str]]) -> None:
        """The "view as" list: the whole school (a manager), then the teachers in
        `choices` (id, name); the one shown stays shown."""
        actor = session().actor
        current = self.view_as.currentData()
        wanted = self._pending_teacher or (current[0] if current else None)
        self.view_as.blockSignals(True)
        self.view_as.clear()
        if actor.teacher_id is None:
            # The township sees every school of the township, not "the whole school".
            whole = (
                self.tr("{name} (all schools of the township)")
                if session().is_township
                else self.tr("{name} (whole school)")
            )
            self.view_as.addItem(whole.format(name=actor.name), None)
        for teacher_id, name in choices:
            # A teacher's account sees its own home; a manager any teacher's.
            if actor.teacher_id is None or teacher_id == actor.teacher_id:
                self.view_as.addItem(name, (teacher_id, name))
        if actor.teacher_id is not None and self.view_as.count() == 0:
            # Before the list is read: the teacher's own home, under the account's name.
            self.view_as.addItem(actor.name, (actor.teacher_id, actor.name))
        wanted = wanted or actor.teacher_id
        pending = self._pending_teacher
        if wanted is not None and self._select_teacher(wanted):
            self._pending_teacher = None
        self.view_as.blockSignals(False)
        if pending is not None and self._pending_teacher is None:
            self.reload()  # the teacher asked for while the list was read
        if self._last_total is not None:
            self._first_steps(self._last_total)

    def _load_teachers(self) -> None:
        """Read the teachers of the list on the worker, then fill it."""
        self._teachers_stale = False
        school_id = school_scope()

        def work() -> list[tuple[str, str]]:
            from fupin_desktop.services.care import teachers

            return teachers.teacher_choices(school_id)

        tasks.runner().load(self, work, on_done=self._fill_view_as)

    def _select_teacher(self, teacher_id: str) -> bool:
        for index in range(self.view_as.count()):
            data = self.view_as.itemData(index)
            if data and data[0] == teacher_id:
                self.view_as.setCurrentIndex(index)
                return True
        return False

    def set_teacher(self, teacher_id: str) -> None:
        """Show the home screen of this teacher ("view as"); if the list is still being
        read, once it is."""
        if not self._select_teacher(teacher_id):
            self._pending_teacher = teacher_id

    def current_actor(self) -> Actor:
        data = self.view_as.currentData()
        if data:
            return teacher_actor(*data)
        return session().actor

    def showEvent(self, event: QShowEvent) -> None:
        QWidget.showEvent(self, event)
        if self._stale:
            self._stale = False
            QTimer.singleShot(0, self, self.reload)  # dropped if the page is gone

    def reload(self) -> None:
        """A placeholder now, the figures when the worker has read them."""
        self._generation += 1
        generation = self._generation
        actor, today = self.current_actor(), self.today
        if actor.teacher_id is not None:
            chosen = self.view_as.currentData()
            name = chosen[1] if chosen else actor.name
            self.teacher_home.show_loading(actor, today, name)
            self.stack.setCurrentWidget(self.teacher_home)

            def work() -> Any:
                return TeacherHome.fetch(actor, today)

            def done(data: Any) -> None:
                if generation == self._generation:
                    self.teacher_home.show_figures(actor, today, name, data)

        else:
            school_id = school_scope()
            self.principal_home.show_loading()
            self.stack.setCurrentWidget(self.principal_home)

            def work() -> Any:
                return PrincipalHome.fetch(actor, today, school_id)

            def done(data: Any) -> None:
                if generation == self._generation:
                    self.principal_home.show_figures(data)
                    self._last_total = data[0].total
                    self._first_steps(self._last_total)

        tasks.runner().load(self, work, on_done=done, on_error=self._failed)
        if self._teachers_stale:
            self._load_teachers()

    def _first_steps(self, total: care_coverage.CoverageRow) -> None:
        teachers_here = sum(1 for i in range(self.view_as.count()) if self.view_as.itemData(i))
        self.principal_home.first_steps.update_steps(
            {
                "packages": total.students > 0,
                "students": total.students > 0,
                "teachers": teachers_here > 0,
                "pairings": total.paired > 0 or total.left_behind > total.left_behind_no_proxy,
            }
        )

    def _failed(self, error: BaseException) -> None:
        """Said on the page, not in a dialog: a damaged ledger is the background check's
        to report, with its offer of a backup."""
        title = self.teacher_home.title if self.current_actor().teacher_id else None
        (title or self.principal_home.title).setText(figures_failed(error))

    def _record_visits(self) -> None:
        from ui.care.visit_entry import VisitQuickEntry

        actor = self.current_actor()
        if actor.teacher_id is None:
            return
        dialog = VisitQuickEntry(actor, actor.teacher_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects("teacher"):
            self._load_teachers()
        self.reload_if(changes, *RELEVANT, "handover")
