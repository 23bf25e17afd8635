"""Progress reporting and cancellation for long work, free of Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from fupin_desktop.errors import Cancelled

# report(fraction 0..1, text shown to the user)
Report = Callable[[float, str], None]


def no_report(fraction: float, text: str) -> None:
    return None


class CancelToken:
    """Set from the UI thread, checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()
