"""Walk the program as a user would, offscreen: every menu action of the main window,
every page in the navigation (each tab), every button on it, and the buttons of the
dialogs those open (one level deeper), and measure each window shown.

No hand-kept list of dialogs: a new dialog reached from a button is measured the day it
is added. Modal dialogs are intercepted at `exec()` / `open()`: measured (and, when
`SCREENSHOTS` is set, saved as a PNG at their size), their own buttons walked, then
rejected. Message boxes answer "No" / "Cancel", file pickers return nothing, so the
walk changes nothing it is asked to confirm (docs/architecture.md, "Screens").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

# A 1366×768 screen less a 40 px taskbar; a title bar of 38 px (Windows 10 at 100 %).
SCREEN_WIDTH = 1366
MAX_HEIGHT = 690
TITLE_BAR = 38
# Words on buttons that would leave the window or throw work away: never clicked.
NOT_CLICKED = re.compile(r"退出|Exit|关闭|Close|取消|Cancel|恢复|Restore")


@dataclass
class Finding:
    where: str
    problem: str


@dataclass
class Walk:
    findings: list[Finding] = field(default_factory=list)
    measured: list[str] = field(default_factory=list)
    depth: int = 0
    max_depth: int = 2
    shots: Path | None = None

    # -- interception ------------------------------------------------------------------
    def install(self, monkeypatch) -> None:
        walk = self

        def exec_(dialog: QDialog) -> int:
            walk.visit_dialog(dialog)
            return int(QDialog.DialogCode.Rejected)

        def open_(dialog: QDialog) -> None:
            walk.visit_dialog(dialog)

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QDialog, "open", open_)
        monkeypatch.setattr(QMessageBox, "exec", exec_)
        no = QMessageBox.StandardButton.No
        for name in ("question", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: no))
        ok = QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: ok))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))

    # -- measuring ---------------------------------------------------------------------
    def visit_dialog(self, dialog: QDialog) -> None:
        name = f"{type(dialog).__name__} «{dialog.windowTitle()}»"
        dialog.show()
        QApplication.processEvents()
        self.measure_window(dialog, name)
        self.measured.append(name)
        if self.shots is not None:
            slug = re.sub(r"[^A-Za-z0-9]+", "_", type(dialog).__name__)
            dialog.grab().save(str(self.shots / f"{len(self.measured):03d}_{slug}.png"))
        if self.depth < self.max_depth and not isinstance(dialog, QMessageBox):
            self.depth += 1
            try:
                self.walk_buttons(dialog, name)
            finally:
                self.depth -= 1
        dialog.hide()

    def measure_window(self, window: QWidget, name: str) -> None:
        size = window.size()
        if size.width() > SCREEN_WIDTH:
            self.findings.append(Finding(name, f"{size.width()} px wide"))
        if size.height() + TITLE_BAR > MAX_HEIGHT:
            self.findings.append(
                Finding(name, f"{size.height()} + {TITLE_BAR} px title bar > {MAX_HEIGHT}")
            )
        if isinstance(window, QDialog) and not isinstance(window, QMessageBox):
            self.check_footer(window, name)
        self.check_clipping(window, name)

    def check_footer(self, dialog: QDialog, name: str) -> None:
        """OK / Cancel sit in the dialog itself, never inside a scroll area."""
        from PySide6.QtWidgets import QScrollArea

        for box in dialog.findChildren(QDialogButtonBox):
            if not box.isVisibleTo(dialog):
                continue
            parent = box.parentWidget()
            while parent is not None and parent is not dialog:
                if isinstance(parent, QScrollArea):
                    self.findings.append(Finding(name, "buttons inside a scroll area"))
                parent = parent.parentWidget()

    def check_clipping(self, window: QWidget, name: str) -> None:
        for label in window.findChildren(QLabel):
            if not _shown(label, window) or label.wordWrap() or not label.text():
                continue
            if label.textFormat() != label.textFormat().PlainText and "<" in label.text():
                continue
            text = max(label.text().splitlines() or [""], key=len)
            need = label.fontMetrics().horizontalAdvance(text)
            if need > label.contentsRect().width() + 1:
                self.findings.append(Finding(name, f"label «{text}» clipped"))
        for button in window.findChildren(QAbstractButton):
            if not _shown(button, window) or not button.text():
                continue
            if isinstance(button, QToolButton) and button.autoRaise():
                continue
            need = button.minimumSizeHint().width()
            if button.width() + 1 < need:
                problem = f"button «{button.text()}» clipped ({button.width()} < {need} px)"
                self.findings.append(Finding(name, problem))
        for view in window.findChildren(QAbstractItemView):
            if isinstance(view, (QTableView, QTreeView)) and _shown(view, window):
                self.check_header(view, name)

    def check_header(self, view: QAbstractItemView, name: str) -> None:
        if isinstance(view, QTableView):
            header: QHeaderView = view.horizontalHeader()
        else:
            header = view.header()
        model = view.model()
        if model is None or not header.isVisible():
            return
        metrics = header.fontMetrics()
        last = header.count() - 1
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            if section == last and header.stretchLastSection():
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            need = metrics.horizontalAdvance(text) + 4
            if text and header.sectionSize(section) < need:
                self.findings.append(Finding(name, f"header «{text}» clipped"))

    # -- walking -----------------------------------------------------------------------
    def walk_buttons(self, root: QWidget, where: str) -> None:
        """Click every visible, enabled button of `root` that opens something."""
        for tabs in [None, *root.findChildren(QTabWidget)]:
            indices = [None] if tabs is None else range(tabs.count())
            for index in indices:
                if tabs is not None:
                    if not tabs.isVisibleTo(root):
                        continue
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    settle(tabs.currentWidget())
                    self.measure_window(root.window(), f"{where} / {tabs.tabText(index)}")
                self._click_all(root, where)

    def _click_all(self, root: QWidget, where: str) -> None:
        select_first_rows(root)
        for button in list(root.findChildren(QAbstractButton)):
            if not _alive(button) or not _shown(button, root) or not button.isEnabled():
                continue
            if button.window() is not root.window():  # a date edit's calendar popup
                continue
            if isinstance(button, (QCheckBox, QRadioButton)) or button.isCheckable():
                continue
            if isinstance(button.parentWidget(), QDialogButtonBox):
                continue
            if NOT_CLICKED.search(button.text()) or not button.text():
                continue
            if isinstance(button, QToolButton) and button.menu() is not None:
                continue
            if os.environ.get("WALK_TRACE"):
                print(f"click {where} / {type(button).__name__} «{button.text()}»", flush=True)
            if isinstance(button, QPushButton) and button.menu() is not None:
                for action in button.menu().actions():
                    if action.isEnabled() and not action.isSeparator():
                        action.trigger()
                        QApplication.processEvents()
                continue
            button.click()
            QApplication.processEvents()
            self.close_new_windows(where)

    def close_new_windows(self, where: str) -> None:
        """A window shown without exec() (a non-modal one) is measured too."""
        for widget in QApplication.topLevelWidgets():
            if (
                widget.isVisible()
                and isinstance(widget, QDialog)
                and widget.property("walked") is None
            ):
                widget.setProperty("walked", True)
                self.measure_window(widget, f"{where} → {type(widget).__name__}")
                self.measured.append(type(widget).__name__)
                widget.hide()


def settle(page: QWidget) -> None:
    """Lay out a tab shown for the first time before it is measured."""
    page.window().grab()
    for widget in [page, *page.findChildren(QWidget)]:
        if widget.layout() is not None:
            widget.layout().activate()
    QApplication.processEvents()


def select_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        selection = view.selectionModel()
        if model is None or not model.rowCount() or selection is None or selection.hasSelection():
            continue
        if isinstance(view, QTableView):
            view.selectRow(0)
        else:
            view.setCurrentIndex(model.index(0, 0))


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def screenshot_folder() -> Path | None:
    folder = os.environ.get("SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
