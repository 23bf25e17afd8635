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


# English left in the Chinese UI: a word of three or more Latin letters that is not one of
# the names the Chinese UI keeps (file kinds, programs, keys).
KEPT_WORDS = {
    "pdf",
    "excel",
    "wps",
    "usb",
    "pin",
    "xlsx",
    "xls",
    "csv",
    "sqlite",
    "utc",
    "ctrl",
    "shift",
    "alt",
    "tab",
    "esc",
    "enter",
    "del",
    "home",
    "end",
    "pgup",
    "pgdown",
    "ed25519",
    "x25519",
    "sha",
    "bmi",
    "hpke",
    "zip",
    "png",
    "jpg",
    "ok",
    "wav",
    "fupin",
    "json",
    "txt",
}
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# A path, a file name, an e-mail address or a fingerprint is data, not words to translate.
NOT_WORDS = re.compile(
    r"[\w.~-]*[/\\]\S*"  # a path
    r"|\S*\.[a-z]{2,5}\b"  # a file name or its extension
    r"|\b[0-9a-fA-F]{8,}\b|[0-9A-F]{4}(?:[ :-][0-9A-F]{4})+"  # a hash, a fingerprint
    r"|“[^”]*”|«[^»]*»"  # a name quoted: a sheet's, a file's, a person's
    r"|\bfupin(?: [a-z][\w-]*)*"  # a command to type
    r"|\b[A-Z0-9]{4}(?:-[A-Z0-9]{4})+\b"  # a recovery code
)


def english_words(text: str) -> list[str]:
    """The English words of `text` a Chinese user would not understand."""
    text = re.sub(r"<[^>]*>", " ", text)  # rich text tags
    text = re.sub(r"&(?=\w)", "", text)  # mnemonics
    text = NOT_WORDS.sub(" ", text)
    return [w for w in ENGLISH_WORD.findall(text) if w.lower() not in KEPT_WORDS]


@dataclass
class Finding:
    where: str
    problem: str


@dataclass
class Walk:
    findings: list[Finding] = field(default_factory=list)
    measured: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # what message boxes said
    depth: int = 0
    max_depth: int = 2
    shots: Path | None = None
    # Press each dialog's OK (its accept button) as it opened, empty: it must refuse in
    # words or do its work, never fail with an error that is not the program's own.
    press_ok: bool = False
    # The file every "open" picker returns (None: the picker is cancelled).
    open_file: Path | None = None

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
        ok = QMessageBox.StandardButton.Ok

        def answer(kind: str, value):
            def ask(parent, title, text, *args, **kwargs):
                walk.messages.append(f"{kind}: {title}: {text}")
                words = english_words(f"{title} {text}")
                if words:
                    walk.findings.append(Finding(f"{kind} «{title}»", f"English «{text}»"))
                return value

            return staticmethod(ask)

        for name in ("question", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, name, answer(name, no))
        monkeypatch.setattr(QMessageBox, "information", answer("information", ok))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
        chosen = "" if self.open_file is None else str(self.open_file)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen, ""))
        )
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileNames",
            staticmethod(lambda *a, **k: ([chosen] if chosen else [], "")),
        )
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
        self.catch_errors(monkeypatch)

    def catch_errors(self, monkeypatch) -> None:
        """An error that is not the program's own refusal (a FupinError) is a defect,
        whether it reaches the error dialog (ui.errors) or Python's hook."""
        import sys

        from fupin_desktop.errors import FupinError
        from ui import errors

        walk = self
        describe = errors.describe
        figures_failed = errors.figures_failed

        from fupin_desktop.errors import PermissionDenied

        def note(error: BaseException) -> None:
            if isinstance(error, PermissionDenied):  # the GUI hides what services refuse
                import traceback

                shown = [
                    f"{f.filename.split('/ui/')[-1]}:{f.lineno}"
                    for f in [
                        *traceback.extract_stack(),
                        *traceback.extract_tb(error.__traceback__),
                    ]
                    if "/ui/" in f.filename and "/tests/" not in f.filename
                ]
                walk.findings.append(
                    Finding(f"offered, then refused ({' < '.join(shown[-3:])})", error.source)
                )
            elif not isinstance(error, FupinError):
                import traceback

                trace = "".join(traceback.format_exception(error))
                walk.findings.append(Finding("error", f"{error!r}\n{trace}"))

        def describe_(error: BaseException) -> tuple[str, str]:
            note(error)
            return describe(error)

        def figures_failed_(error: BaseException) -> str:
            note(error)
            return figures_failed(error)

        def hook(kind, error, tb) -> None:
            error.__traceback__ = tb
            note(error)

        import importlib

        for name in ("ui.care.home", "ui.activities.targets", "ui.sync.import_dialog"):
            importlib.import_module(name)  # they take these by name
        for module in [m for name, m in sys.modules.items() if name.startswith("ui")]:
            if getattr(module, "describe", None) is describe:
                monkeypatch.setattr(module, "describe", describe_)
            if getattr(module, "figures_failed", None) is figures_failed:
                monkeypatch.setattr(module, "figures_failed", figures_failed_)
        monkeypatch.setattr(sys, "excepthook", hook)

    # -- measuring ---------------------------------------------------------------------
    def visit_dialog(self, dialog: QDialog) -> None:
        name = f"{type(dialog).__name__} «{dialog.windowTitle()}»"
        if isinstance(dialog, QMessageBox):
            self.messages.append(f"{name}: {dialog.text()} {dialog.informativeText()}")
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
        if self.press_ok and not isinstance(dialog, QMessageBox) and _alive(dialog):
            self.press_accept(dialog, name)
        if _alive(dialog):
            dialog.hide()

    def press_accept(self, dialog: QDialog, name: str) -> None:
        for box in dialog.findChildren(QDialogButtonBox):
            if not box.isVisibleTo(dialog):
                continue
            for button in box.buttons():
                role = box.buttonRole(button)
                if role == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled():
                    if os.environ.get("WALK_TRACE"):
                        print(f"OK {name} / «{button.text()}»", flush=True)
                    button.click()
                    QApplication.processEvents()
                    return

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
        self.check_words(window, name)

    def check_words(self, window: QWidget, name: str) -> None:
        """No English left in the Chinese UI: every text shown is translated."""
        from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QPlainTextEdit

        texts = [window.windowTitle()]
        for widget in window.findChildren(QWidget):
            if not _shown(widget, window):
                continue
            if isinstance(widget, (QLabel, QAbstractButton)):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
            elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
                texts.append(widget.placeholderText())
            elif isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            elif isinstance(widget, QTabWidget):
                texts += [widget.tabText(i) for i in range(widget.count())]
            elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
                header = (
                    widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
                )
                model = widget.model()
                texts += [
                    str(model.headerData(i, header.orientation()) or "")
                    for i in range(header.count())
                ]
        for text in texts:
            words = english_words(text or "")
            if words:
                self.findings.append(Finding(name, f"English «{text}»"))

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
        self._double_click_first_rows(root, where)
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

    def _double_click_first_rows(self, root: QWidget, where: str) -> None:
        """A row double-clicked opens what its button opens, or more (a timeline)."""
        from PySide6.QtCore import SIGNAL

        for view in list(root.findChildren(QAbstractItemView)):
            if not _alive(view) or not _shown(view, root) or not view.isEnabled():
                continue
            if view.window() is not root.window():
                continue
            model = view.model()
            if model is None or not model.rowCount():
                continue
            if view.receivers(SIGNAL("doubleClicked(QModelIndex)")) == 0:
                continue
            if os.environ.get("WALK_TRACE"):
                print(f"double-click {where} / {type(view).__name__}", flush=True)
            view.doubleClicked.emit(model.index(0, 0))
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
