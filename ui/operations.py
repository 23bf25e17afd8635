"""The one way the GUI changes data, in the manner of Anki's `CollectionOp`
(docs/architecture.md):

    op(self, partial(visits.save, actor, None, teacher_id, student_id, values))
        .success(lambda visit_id: self.accept())
        .run_in_background()

The service call runs on the single worker of ui.tasks, so two writes never overlap (a
save on the UI thread would otherwise meet a worker's transaction: "database is
locked"); it returns a `Result` (services/context.py). A refusal is shown in words
(ui.errors) and nothing is announced; a success hands `result.value` to the success
callback (which may refresh the session), then announces `result.changes` on the bus
for every open view to decide whether to reload. Long work (`long_op`) reports
progress and can be cancelled; a quick one shows "Working…" only if it has to wait.

Build the call from plain values read on the UI thread: it runs on the worker, which
must not touch a widget. While an operation of a dialog runs, another one started from
that same dialog is ignored (a double click on OK saves once); a page or the main window
queues its operations one after the other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from fupin_desktop.progress import CancelToken, Report
from fupin_desktop.services.context import Result
from ui.bus import bus
from ui.errors import show_error
from ui.tasks import runner

log = logging.getLogger(__name__)

T = TypeVar("T")

# The dialogs whose operation is running (by id: a dialog may be deleted while it runs).
_busy: set[int] = set()


class Op(Generic[T]):
    """A change of data: call → success or failure → the Changes announced."""

    def __init__(
        self,
        parent: QWidget | None,
        work: Callable[[Report, CancelToken], Result[T]],
        title: str,
        *,
        cancellable: bool,
    ) -> None:
        self._parent = parent
        self._work = work
        self._title = title
        self._cancellable = cancellable
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called with the service's value, just before its changes are announced."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        """Called instead of the error message when the service refuses or fails."""
        self._failure = callback
        return self

    def run_in_background(self) -> CancelToken | None:
        """Queue the call on the worker; None if its dialog is still busy with one."""
        if isinstance(self._parent, QDialog):
            if id(self._parent) in _busy:
                log.debug("operation %r ignored: the dialog is busy", self._title)
                return None
            _busy.add(id(self._parent))
        return runner().run(
            self._parent,
            self._title,
            self._work,
            on_done=self._done,
            on_error=self._failed,
            cancellable=self._cancellable,
        )

    def _release(self) -> bool:
        """The dialog is free again; False if the parent is gone (callbacks are skipped)."""
        if self._parent is None:
            return True
        _busy.discard(id(self._parent))
        return shiboken6.isValid(self._parent)

    def _done(self, result: Result[T]) -> None:
        alive = self._release()
        try:
            if self._success is not None and alive:
                self._success(result.value)
        finally:
            bus().announce(result.changes)

    def _failed(self, error: BaseException) -> None:
        if not self._release():
            log.info("operation %r failed after its window closed: %r", self._title, error)
        elif self._failure is not None:
            self._failure(error)
        else:
            show_error(self._parent, error)


def op(parent: QWidget | None, call: Callable[[], Result[T]]) -> Op[T]:
    """A quick change: `call` takes no arguments."""

    def work(report: Report, cancel: CancelToken) -> Result[T]:
        return call()

    title = QCoreApplication.translate("Operations", "Working…")
    return Op(parent, work, title, cancellable=False)


def long_op(
    parent: QWidget | None, title: str, work: Callable[[Report, CancelToken], Result[T]]
) -> Op[T]:
    """A long change: `work(report, cancel)` reports progress and may be cancelled."""
    return Op(parent, work, title, cancellable=True)
