"""One signal broadcasts what an operation changed; each open view decides whether to
reload. No view pokes another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

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
