"""The student list: search as you type, filters, a count, and the file one Enter away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.catalogues import STUDENT, STUDENT_CATEGORY_KEYS
from fupin_desktop.schema.fields import ChoiceSet
from fupin_desktop.services.accounts.roles import Do, allows
from fupin_desktop.services.context import Changes
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from ui.bus import ReloadsWhenShown, bus
from ui.empty import EmptyHint
from ui.session import session
from ui.students.table_model import StudentTableModel

SEARCH_DELAY_MS = 150


class StudentListPage(ReloadsWhenShown, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs: list[QWidget] = []
        # The page is built for one mode; a role changed in the settings takes effect when
        # the program starts again, so the filters and the query never disagree.
        self.township = session().is_township
        self.model = StudentTableModel(session().actor, show_school=self.township)
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        bus().changed.connect(self._on_changed)
        self.reload()

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        # Made in reading order: the order widgets are made is the Tab order.
        top = self._build_top()
        filter_row = self._build_filters()
        self._build_table()
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, activated=self.open_current)

    def _build_top(self) -> QHBoxLayout:
        """The search, and what this account may do: new, import, export, print."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (zs finds 张三), ID number or student number")
        )
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New student"), self)
        self.new_button.clicked.connect(self.new_student)
        self.import_button = QPushButton(self.tr("Import roster…"), self)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button = QPushButton(self.tr("Export list…"), self)
        self.export_button.clicked.connect(self.export_list)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_forms)
        top.addWidget(self.print_button)
        # What the role matrix refuses this account is not offered (the services refuse).
        actor = session().actor
        self.new_button.setVisible(allows(actor, Do.ADD_STUDENT))
        self.import_button.setVisible(allows(actor, Do.IMPORT))
        self.export_button.setVisible(allows(actor, Do.EXPORT))
        return top

    def _build_filters(self) -> QHBoxLayout:
        """School (township mode), stage, enrolment, poverty, grade, class, category and
        boarding."""
        self.filters: dict[str, QComboBox] = {}
        filter_row = QHBoxLayout()
        if self.township:
            self.school_filter = self._combo([("", self.tr("All schools")), *students.schools()])
            self.school_filter.currentIndexChanged.connect(self.reload)
            filter_row.addWidget(self.school_filter)
        for key in ("stage", "enrolment", "poverty_status"):
            field = STUDENT[key]
            combo = self._choice_combo(field.choices, field.title)
            self.filters[key] = combo
            filter_row.addWidget(combo)
        self.grade_filter = self._combo(
            [("", self.tr("Grade"))]
            + [(str(g), self.tr("Grade {n}").format(n=g)) for g in range(1, 10)]
        )
        self.filters["grade"] = self.grade_filter
        filter_row.addWidget(self.grade_filter)
        self.class_filter = QLineEdit(self)
        self.class_filter.setPlaceholderText(STUDENT["class_name"].title)
        self.class_filter.setMaximumWidth(80)
        self.class_filter.textChanged.connect(self._timer_start)
        filter_row.addWidget(self.class_filter)
        self.category_filter = self._combo(
            [("", self.tr("All categories"))]
            + [(key, STUDENT[key].title) for key in STUDENT_CATEGORY_KEYS]
        )
        filter_row.addWidget(self.category_filter)
        self.boarder_filter = self._combo(
            [
                ("", STUDENT["boarder"].title),
                ("1", self.tr("Boarders")),
                ("0", self.tr("Day pupils")),
            ]
        )
        filter_row.addWidget(self.boarder_filter)
        for combo in (*self.filters.values(), self.category_filter, self.boarder_filter):
            combo.currentIndexChanged.connect(self.reload)
        filter_row.addStretch(1)
        return filter_row

    def _build_table(self) -> None:
        """The students, sorted by name, and what the table says when it is empty."""
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        name_column = 1 if self.model.show_school else 0
        self.table.horizontalHeader().setSortIndicator(name_column, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._open_index)
        self.model.modelReset.connect(self._resize_columns)

        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No student files yet. Start with the school's roster (an Excel file from the "
                "student registration system), or make the files one by one."
            ),
            [
                (self.tr("Import roster…"), self.import_roster),
                (self.tr("New student file"), self.new_student),
            ],
            filtered=self._narrowed,
            filtered_text=self.tr("No student matches the search or the filters."),
        )

    def _timer_start(self) -> None:
        self._timer.start()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for data, text in items:
            combo.addItem(text, data)
        return combo

    def _choice_combo(self, choices: ChoiceSet | None, title: str) -> QComboBox:
        assert choices is not None
        return self._combo([("", title)] + [(c, choices.label(c)) for c in choices.codes() if c])

    def _resize_columns(self) -> None:
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            chars = self.model.column_width_chars(column)
            self.table.setColumnWidth(column, metrics.horizontalAdvance("汉") * chars // 2 + 24)

    # -- query ------------------------------------------------------------------
    def current_query(self) -> listing.StudentQuery:
        filters: dict[str, Any] = {}
        for key, combo in self.filters.items():
            value = combo.currentData()
            if value:
                filters[key] = int(value) if key == "grade" else value
        if self.class_filter.text().strip():
            filters["class_name"] = self.class_filter.text().strip()
        category = self.category_filter.currentData()
        if category:
            filters[category] = True
        boarder = self.boarder_filter.currentData()
        if boarder:
            filters["boarder"] = boarder == "1"
        school_id = None
        if self.township:
            school_id = self.school_filter.currentData() or None
        elif session().info is not None:
            school_id = session().info.school_id
        return listing.StudentQuery(
            search=self.search.text(),
            school_id=school_id,
            filters=filters,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def _narrowed(self) -> bool:
        query = self.current_query()
        return bool(query.search.strip() or query.filters or (self.township and query.school_id))

    def reload(self) -> None:
        self.model.reload(self.current_query())
        self.count_label.setText(self.tr("{n} students shown").format(n=self.model.rowCount()))

    def _on_changed(self, changes: Changes) -> None:
        self.reload_if(changes, "student", "school", "installation")

    # -- actions ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [sid for sid in (self.model.student_id(r) for r in rows) if sid]

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        student_id = self.model.student_id(index.row())
        if student_id:
            self.open_student(student_id)

    def open_student(self, student_id: str | None) -> None:
        from ui.students.form import StudentFormDialog

        dialog = StudentFormDialog(student_id, self)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._dialogs.remove(d))
        dialog.open()

    def new_student(self) -> None:
        self.open_student(None)

    def print_forms(self) -> None:
        from ui.printing.dialog import open_print_dialog

        index = self.table.currentIndex()
        current = self.model.student_id(index.row()) if index.isValid() else None
        open_print_dialog(
            self, current_id=current, selected_ids=self.selected_ids(), query=self.current_query()
        )

    def import_roster(self) -> None:
        from ui.students.import_dialog import RosterImportDialog

        dialog = RosterImportDialog(self)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._dialogs.remove(d))
        dialog.open()

    def export_list(self) -> None:
        """The list as filtered now, to Excel (through ui.tasks.runner)."""
        from ui.students.import_dialog import export_list

        export_list(self, self.current_query())
