"""First start: the home page says what to do first, with the buttons to do it, until the
ledger has students, teachers and pairings (a township: until a school's package came).
The buttons take the person to the page where it is done (MainWindow.go_to)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ui.session import session

DONE = "✓"


class FirstSteps(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setStyleSheet(
            "QFrame#firstSteps { background: #fffdf5; border: 1px solid #e0d8c0;"
            " border-radius: 4px; }"
        )
        self.title = QLabel(self.tr("Getting started"), self)
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.title, 0, 0, 1, 3)
        self.steps: dict[str, tuple[QLabel, list[QPushButton]]] = {}
        if session().is_township:
            self._step(
                "packages",
                self.tr("1. Import the schools' sync packages (brought on a USB stick)."),
                [(self.tr("Import a package…"), self._import_package)],
            )
        else:
            self._step(
                "students",
                self.tr("1. Student files: import the roster, or make the files one by one."),
                [
                    (self.tr("Import roster…"), self._import_roster),
                    (self.tr("New student file"), self._new_student),
                ],
            )
            self._step(
                "teachers",
                self.tr("2. Teachers: add the school's teachers."),
                [(self.tr("Add a teacher…"), self._add_teacher)],
            )
            self._step(
                "pairings",
                self.tr("3. Pairings: pair each teacher with the children they look after."),
                [(self.tr("Go to the pairings"), self._pairings)],
            )
        self.grid.setColumnStretch(0, 1)
        self.hide()

    def _step(self, key: str, text: str, actions: list[tuple[str, Callable[[], None]]]) -> None:
        row = len(self.steps) + 1
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.grid.addWidget(label, row, 0)
        buttons = []
        for column, (title, slot) in enumerate(actions, start=1):
            button = QPushButton(title, self)
            button.clicked.connect(slot)
            self.grid.addWidget(button, row, column)
            buttons.append(button)
        self.steps[key] = (label, buttons)

    def update_steps(self, done: dict[str, bool]) -> None:
        """Shown while a step is left; a step done is ticked and its buttons are off."""
        for key, (label, buttons) in self.steps.items():
            finished = done.get(key, False)
            text = label.text().removeprefix(DONE + " ")
            label.setText(f"{DONE} {text}" if finished else text)
            label.setStyleSheet("color: #2e7d32;" if finished else "")
            for button in buttons:
                button.setEnabled(not finished)
        self.setVisible(not all(done.get(key, False) for key in self.steps))

    # -- where each step is done ----------------------------------------------------
    def _go(self, name: str) -> QWidget | None:
        window = self.window()
        go_to = getattr(window, "go_to", None)
        return go_to(name) if go_to is not None else None

    def _import_roster(self) -> None:
        page = self._go("students_page")
        if page is not None:
            page.import_roster()  # type: ignore[attr-defined]

    def _new_student(self) -> None:
        page = self._go("students_page")
        if page is not None:
            page.new_student()  # type: ignore[attr-defined]

    def _care(self) -> QWidget | None:
        page = self._go("care_page")
        if page is not None:
            page.tabs.setCurrentWidget(page.teachers)  # type: ignore[attr-defined]
        return page

    def _add_teacher(self) -> None:
        page = self._care()
        if page is not None:
            page.teachers.add_teacher()  # type: ignore[attr-defined]

    def _pairings(self) -> None:
        self._care()

    def _import_package(self) -> None:
        window = self.window()
        if hasattr(window, "import_package"):
            window.import_package()
