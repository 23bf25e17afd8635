"""The screen a village office has: 1366×768 with a 40 px taskbar (docs/architecture.md,
"Screens"). A dialog's default size stays inside it; long forms scroll inside the dialog
and OK / Cancel stay in a footer below the scrolling part."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# The largest window: 1366 wide, 768 - 40 (taskbar) - 38 (title bar) = 690 - 38 tall.
MAX_WIDTH = 1366
MAX_HEIGHT = 690 - 38


def fit(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, never beyond the small screen."""
    window.resize(min(width, MAX_WIDTH), min(height, MAX_HEIGHT))
