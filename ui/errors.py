"""Errors as a person sees them: a short Chinese message, the details one click away,
and the full story in the log. A raw traceback is never all a user gets."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fupin_desktop.errors import FupinError

log = logging.getLogger("fupin.errors")


def describe(error: BaseException) -> tuple[str, str]:
    """(short message, details) for any error."""
    if isinstance(error, FupinError):
        details = error.details
        if error.__cause__ is not None:
            details = (details + "\n" if details else "") + repr(error.__cause__)
        return error.message, details
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "Errors", "An unexpected error happened. Your data is safe; the last step was not done."
    ), trace


def figures_failed(error: BaseException) -> str:
    """What a page says in place of figures it could not read in the background: on the
    page, not in a dialog (a damaged ledger is the background check's to report, with
    its offer of a backup)."""
    message = getattr(error, "message", "") or QCoreApplication.translate(
        "Errors", "The data could not be read."
    )
    text = QCoreApplication.translate("Errors", "The figures could not be loaded: {message}")
    return text.format(message=message)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    message, details = describe(error)
    if not isinstance(error, FupinError):
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    else:
        log.warning("%s: %s %s", type(error).__name__, error.source, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Problem"))
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook() -> None:
    """Anything uncaught in a slot ends in the log and a dialog, not a dead window."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        log.error("uncaught", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook
