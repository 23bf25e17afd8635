"""An empty list says what to do first, with the button to do it: shown over the list's
empty area while it has no rows ("还没有学生档案。" [导入花名册…] [新建学生档案]). When the
list is empty only because of a search or a filter, it says that instead, without the
buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

Action = tuple[str, Callable[[], object]]


class EmptyHint(QFrame):
    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        actions: Sequence[Action] = (),
        *,
        filtered: Callable[[], bool] | None = None,
        filtered_text: str = "",
        when: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.text = text
        self.filtered = filtered
        self.filtered_text = filtered_text
        self.when = when
        self.setObjectName("emptyHint")
        self.setStyleSheet(
            "QFrame#emptyHint { background: #fffdf5; border: 1px solid #e0d8c0;"
            " border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for title, slot in actions:
            button = QPushButton(title, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        view.viewport().installEventFilter(self)
        self.watch_model()
        self.refresh()

    def watch_model(self) -> None:
        """Follow the view's model (call again if the view gets another one)."""
        model = self.view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)

    def refresh(self) -> None:
        empty = self.view.model().rowCount() == 0 and (self.when is None or self.when())
        self.setVisible(empty)
        if not empty:
            return
        narrowed = self.filtered is not None and self.filtered()
        self.label.setText(self.filtered_text if narrowed else self.text)
        for button in self.buttons:
            button.setVisible(not narrowed)
        self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect()
        width = max(200, min(area.width() - 40, 560))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((area.width() - width) // 2, max(10, min(40, area.height() // 6)))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return super().eventFilter(watched, event)
