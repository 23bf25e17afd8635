"""Import a roster from Excel: pick a file and a sheet, check the guessed columns, look at
the preview, then import. Nothing is written before the person confirms; the work itself
is services.students.roster_import's, run off the UI thread through ui.tasks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.services.context import Result
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.services.students import roster_import as roster
from fupin_desktop.services.students.export import export_students
from ui.operations import long_op
from ui.screen import fit
from ui.session import session
from ui.students.import_preview import PreviewModel
from ui.tasks import runner


class RosterImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a roster from Excel"))
        fit(self, 1100, 680)
        self.path: Path | None = None
        self.table: roster.RosterTable | None = None
        self.preview: roster.RosterPreview | None = None
        self.result: roster.ImportResult | None = None
        self._generation = 0  # previews asked for; a late answer to an old one is dropped
        self._build()
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        # Built in reading order: the order widgets are made is the Tab order.
        top = self._build_file_row()
        mapping_box = self._build_mapping()
        preview_box = self._build_preview()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 720])
        bottom = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _build_file_row(self) -> QHBoxLayout:
        """The file, its sheet, the school (township mode) and the blank template."""
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose the Excel file of your roster"))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Download blank template…"), self)
        self.template_button.clicked.connect(self.save_template)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setMinimumWidth(140)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        top.addWidget(QLabel(self.tr("Sheet:"), self))
        top.addWidget(self.sheet_combo)
        self.school_combo = QComboBox(self)
        if session().is_township:
            for school_id, name in students.schools():
                self.school_combo.addItem(name, school_id)
            self.school_combo.currentIndexChanged.connect(self.refresh_preview)
            top.addWidget(QLabel(self.tr("School:"), self))
            top.addWidget(self.school_combo)
        else:
            self.school_combo.hide()  # a school imports into its own ledger
        top.addWidget(self.template_button)
        return top

    def _build_mapping(self) -> QGroupBox:
        """The file's columns, with what each is imported as."""
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        mapping_box = QGroupBox(self.tr("Columns (correct the guesses if needed)"), self)
        QVBoxLayout(mapping_box).addWidget(self.mapping_table)
        return mapping_box

    def _build_preview(self) -> QGroupBox:
        """The counts and the rows as they would be imported."""
        self.model = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setModel(self.model)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setDefaultSectionSize(24)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("Show only rows with problems"), self)
        self.problems_only.toggled.connect(self._show_rows)
        preview_box = QGroupBox(self.tr("Preview: nothing is written yet"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.counts_label)
        preview_layout.addWidget(self.problems_only)
        preview_layout.addWidget(self.preview_view, 1)
        return preview_box

    def _build_buttons(self) -> QHBoxLayout:
        """The import's two choices, Import and Close."""
        self.skip_invalid = QCheckBox(self.tr("Skip invalid rows and import the others"), self)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.update_existing = QCheckBox(self.tr("Update students already in the ledger"), self)
        self.update_existing.setChecked(True)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm_import)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addWidget(self.update_existing)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close_button)
        return bottom

    # -- file and sheet ---------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the sheet names and the first sheet that has a header row."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self._clear()

        def work(report: Any, cancel: Any) -> tuple[list[str], roster.RosterTable]:
            return roster.read_sheets(self.path), roster.load_roster(self.path)

        runner().run(self, self.tr("Reading the roster"), work, self._file_read, self._failed)

    def _file_read(self, result: tuple[list[str], roster.RosterTable]) -> None:
        sheets, table = result
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setCurrentText(table.sheet)
        self.set_table(table)

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.sheet_combo.itemText(index)
        if self.path is None or (self.table is not None and self.table.sheet == sheet):
            return
        self._clear()
        path = self.path

        def work(report: Any, cancel: Any) -> roster.RosterTable:
            return roster.load_roster(path, sheet)

        runner().run(self, self.tr("Reading the sheet"), work, self.set_table, self._failed)

    def _failed(self, error: BaseException) -> None:
        from ui.errors import show_error

        self._clear()
        show_error(self, error)

    def _clear(self) -> None:
        self._generation += 1
        self.table = None
        self.preview = None
        self.mapping_table.setRowCount(0)
        self.model.set_preview(None, [], {})
        self.counts_label.clear()
        self._update_buttons()

    # -- mapping ----------------------------------------------------------------------
    def set_table(self, table: roster.RosterTable) -> None:
        self.table = table
        guessed = roster.guess_mapping(table.headers, table.hidden_columns)
        choices = [("", self.tr("(do not import)"))] + [
            (target, roster.target_title(target)) for target, _ in roster.targets()
        ]
        self.mapping_table.setRowCount(len(table.headers))
        for column in range(len(table.headers)):
            header = QTableWidgetItem(table.column_label(column))
            header.setToolTip(self.tr("Column {letter}").format(letter=_letter(column)))
            self.mapping_table.setItem(column, 0, header)
            self.mapping_table.setItem(
                column, 1, QTableWidgetItem(" | ".join(table.sample(column)))
            )
            combo = QComboBox(self.mapping_table)
            for target, title in choices:
                combo.addItem(title, target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(column, ""))))
            combo.currentIndexChanged.connect(lambda _=0, c=column: self._mapping_changed(c))
            self.mapping_table.setCellWidget(column, 2, combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(2, 170)
        self.refresh_preview()

    def mapping_combo(self, column: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[int, str]:
        result: dict[int, str] = {}
        for column in range(self.mapping_table.rowCount()):
            target = self.mapping_combo(column).currentData()
            if target:
                result[column] = target
        return result

    def _mapping_changed(self, column: int) -> None:
        """One column a field: choosing a field here takes it from the other column."""
        target = self.mapping_combo(column).currentData()
        if target:
            for other in range(self.mapping_table.rowCount()):
                combo = self.mapping_combo(other)
                if other != column and combo.currentData() == target:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.refresh_preview()

    # -- preview ----------------------------------------------------------------------
    def school_id(self) -> str | None:
        if session().is_township:
            return self.school_combo.currentData()
        return session().info.school_id if session().info is not None else None

    def refresh_preview(self) -> None:
        table, school_id = self.table, self.school_id()
        self._generation += 1
        generation = self._generation
        self.preview = None
        self._update_buttons()
        if table is None or not school_id:
            return
        mapping, actor = self.mapping(), session().actor

        def work(report: Any, cancel: Any) -> roster.RosterPreview:
            return roster.preview(actor, table, mapping, school_id)

        runner().run(
            self,
            self.tr("Checking the rows"),
            work,
            lambda result: self._previewed(generation, result),
            self._failed,
        )

    def _previewed(self, generation: int, result: roster.RosterPreview) -> None:
        if generation != self._generation:
            return  # the mapping changed meanwhile; a newer preview is on its way
        self.preview = result
        self._show_rows()
        self.counts_label.setText(
            self.tr(
                "{new} new, {existing} already in the ledger ({changed} with changes), "
                "{invalid} invalid, {duplicate} repeated in the file."
            ).format(
                new=result.count(roster.NEW),
                existing=result.count(roster.EXISTING),
                changed=result.changed,
                invalid=result.count(roster.INVALID),
                duplicate=result.count(roster.DUPLICATE),
            )
        )
        # 小计, 合计 and signature rows: named, not errors (docs/architecture.md, "The school
        # year"); the full list is in the tooltip.
        left_out = result.left_out()
        if left_out:
            self.counts_label.setText(
                self.counts_label.text()
                + " "
                + self.tr("{count} rows are not a child and are left out.").format(
                    count=len(left_out)
                )
            )
        # Hidden rows and columns are imported: said, so that whoever hid them can check.
        hidden = result.hidden()
        if hidden:
            self.counts_label.setText(self.counts_label.text() + " " + " ".join(hidden))
        if self.table is not None and self.table.other_rosters:
            others = self.tr("Other sheets list children too: {sheets}. Import each of them.")
            sheets = ", ".join(self.table.other_rosters)
            self.counts_label.setText(self.counts_label.text() + " " + others.format(sheets=sheets))
        self.counts_label.setToolTip("\n".join(left_out))
        self._update_buttons()

    def _show_rows(self) -> None:
        if self.preview is None:
            return
        rows = self.preview.rows
        if self.problems_only.isChecked():
            rows = self.preview.blocking
        self.model.set_preview(self.table, rows, self.preview.mapping)
        self.preview_view.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        ready = self.preview is not None and bool(self.preview.rows)
        blocked = ready and bool(self.preview.blocking) and not self.skip_invalid.isChecked()
        self.import_button.setEnabled(ready and not blocked)
        if blocked:
            self.import_button.setToolTip(
                self.tr("Some rows are invalid: correct the file, or skip invalid rows.")
            )
        else:
            self.import_button.setToolTip("")

    # -- import -----------------------------------------------------------------------
    def confirm_import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        update = self.update_existing.isChecked()
        skip = self.skip_invalid.isChecked()
        text = self.tr(
            "Import into {school}: {new} new students, {updated} updated, {skipped} rows "
            "skipped. A backup of the ledger is taken first. Continue?"
        ).format(
            school=preview.school_name,
            new=preview.count(roster.NEW),
            updated=preview.changed if update else 0,
            skipped=len(preview.blocking) if skip else 0,
        )
        if not self.confirm(text):
            return
        actor = session().actor

        def work(report: Any, cancel: Any) -> Result[roster.ImportResult]:
            return roster.apply(
                actor,
                preview,
                update_existing=update,
                skip_invalid=skip,
                report=report,
                cancel=cancel,
            )

        long_op(self, self.tr("Importing the roster"), work).success(
            self._imported
        ).run_in_background()

    def _imported(self, result: roster.ImportResult) -> None:
        self.result = result
        self.inform(self.result.summary())
        self.accept()

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.windowTitle(), text)

    # -- template ---------------------------------------------------------------------
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the blank roster"),
            self.tr("roster template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")

        def work(report: Any, cancel: Any) -> Path:
            return roster.write_template(path)

        runner().run(
            self,
            self.tr("Writing the template"),
            work,
            lambda written: self.inform(self.tr("Saved: {path}").format(path=written)),
        )


def export_list(parent: QWidget, query: listing.StudentQuery) -> None:
    """Ask where, then write the list as filtered (the student list's "Export list…")."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RosterImportDialog", "Export the student list"),
        QCoreApplication.translate("RosterImportDialog", "students.xlsx"),
        QCoreApplication.translate("RosterImportDialog", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    actor = session().actor

    def work(report: Any, cancel: Any) -> Result[int]:
        return export_students(actor, query, path, report, cancel)

    def done(count: int) -> None:
        text = QCoreApplication.translate(
            "RosterImportDialog", "{count} students written to {path}."
        )
        QMessageBox.information(
            parent, parent.window().windowTitle(), text.format(count=count, path=path)
        )

    title = QCoreApplication.translate("RosterImportDialog", "Exporting the student list")
    long_op(parent, title, work).success(done).run_in_background()


def _letter(column: int) -> str:
    from fupin_desktop.io.xlsx import column_letter

    return column_letter(column)
