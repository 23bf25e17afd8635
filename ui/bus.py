"""One signal broadcasts what an operation changed; each open view decides whether to
reload. No view pokes another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent

from fupin_desktop.services.context import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


_bus: ChangeBus | None = None


def bus() -> ChangeBus:
    global _bus
    if _bus is None:
        _bus = ChangeBus()
    return _bus


class ReloadsWhenShown:
    """A view that reloads at once when a change concerns it and it is on screen, and
    otherwise when it is next shown: hidden views do no work (and a closed one, still
    connected to the bus, never reads a record that is gone). Mix in before QWidget."""

    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def reload_if(self, changes: Changes, *tables: str) -> None:
        if not changes.affects(*tables):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.reload()
