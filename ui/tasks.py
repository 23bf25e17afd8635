"""Work off the UI thread, on a single worker so database writes never overlap.

A task is a function (report, cancel) -> result. It reports progress; a progress dialog
appears only if it takes long; it can be cancelled. Tests swap in synchronous mode.
Changes of data go through ui.operations, which runs them here and announces what they
changed; reading work (checking a file, a preview) may use the runner directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fupin_desktop.progress import CancelToken, Report

log = logging.getLogger(__name__)

Work = Callable[[Report, CancelToken], Any]
# How long work may run before a progress dialog shows (ms).
SHOW_AFTER_MS = 600


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)


class TaskRunner(QObject):
    def __init__(self, synchronous: bool = False) -> None:
        super().__init__()
        self.synchronous = synchronous
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fupin-worker")
        self._keep: set[_Signals] = set()

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        cancellable: bool = True,
    ) -> CancelToken:
        """Run `work` on the worker; `on_done(result)` or `on_error(error)` follow on the
        UI thread (without `on_error`, the error is shown)."""
        token = CancelToken()
        signals = _Signals()
        self._keep.add(signals)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(title)
        from PySide6.QtCore import Qt  # here: see "Start-up and speed" in docs/architecture.md

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(token.cancel)

        @Slot(float, str)
        def progress(fraction: float, text: str) -> None:
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            dialog.canceled.disconnect(token.cancel)
            dialog.close()
            dialog.deleteLater()
            self._keep.discard(signals)

        @Slot(object)
        def finished(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(error)
            else:
                from ui.errors import show_error

                show_error(parent, error)

        signals.progress.connect(progress)
        signals.finished.connect(finished)
        signals.failed.connect(failed)

        def call() -> None:
            try:
                result = work(signals.progress.emit, token)
            except BaseException as exc:
                log.info("task %r failed: %r", title, exc)
                signals.failed.emit(exc)
            else:
                signals.finished.emit(result)

        if self.synchronous:
            call()
        else:
            self._pool.submit(call)
        return token

    def load(
        self,
        owner: QObject,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read in the background, on the same worker, with no dialog: figures a view
        shows when they are ready (a placeholder until then). Nothing is announced, and
        the result is dropped if `owner` is gone by then."""
        signals = _Signals()
        self._keep.add(signals)

        def alive() -> bool:
            self._keep.discard(signals)
            return shiboken6.isValid(owner)

        @Slot(object)
        def finished(result: Any) -> None:
            if alive():
                on_done(result)

        @Slot(object)
        def failed(error: BaseException) -> None:
            if alive() and on_error is not None:
                on_error(error)

        signals.finished.connect(finished)
        signals.failed.connect(failed)

        def call() -> None:
            try:
                result = work()
            except BaseException as exc:
                log.warning("background load failed: %r", exc, exc_info=True)
                signals.failed.emit(exc)
            else:
                signals.finished.emit(result)

        if self.synchronous:
            call()
        else:
            self._pool.submit(call)

    def close_connections(self) -> None:
        """Close the worker thread's database connection (and wait for it): before the
        ledger file is replaced, no thread may hold it open. The caller closes its own."""
        if not self.synchronous:
            self._pool.submit(_close_connection).result()
        _close_connection()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    global _runner
    if _runner is None:
        _runner = TaskRunner()
    return _runner


def set_runner(task_runner: TaskRunner) -> None:
    global _runner
    _runner = task_runner


def _close_connection() -> None:
    # Imported here: the main window's frame shows before the ledger's code is loaded
    # (docs/architecture.md, "Start-up and speed").
    from fupin_desktop.services import ledger

    ledger.close_connection()
