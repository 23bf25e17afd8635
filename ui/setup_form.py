"""The installation's identity (school or township, codes and names): one widget used by
the first-run wizard and by the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.schema.choices import SCHOOL_TYPE
from fupin_desktop.services import installation

ERROR_STYLE = "color: #b00020;"


class RoleChooser(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.school = QRadioButton(self.tr("A school (完小, 初小, 教学点, 幼儿园, 初中)"), self)
        self.township = QRadioButton(
            self.tr("The township central school: gathers and checks every school's data"), self
        )
        self.school.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.school)
        self.group.addButton(self.township)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Where is this program used?"), self)
        layout.addWidget(intro)
        layout.addWidget(self.school)
        layout.addWidget(self.township)
        layout.addStretch(1)

    def role(self) -> str:
        return "township" if self.township.isChecked() else "school"

    def set_role(self, role: str) -> None:
        (self.township if role == "township" else self.school).setChecked(True)


class IdentityForm(QWidget):
    """Codes and names; shows each error beside its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = "school"
        self.school_code = QLineEdit(self)
        self.school_code.setMaxLength(10)
        self.school_code.setPlaceholderText(self.tr("10 digits, e.g. 4301230001"))
        self.school_name = QLineEdit(self)
        self.school_type = QComboBox(self)
        for code in SCHOOL_TYPE.codes():
            self.school_type.addItem(SCHOOL_TYPE.label(code), code)
        # Nothing chosen for the person: the type decides aid (a kindergarten's programs
        # are not a primary school's), so it is picked, never left at a default.
        self.school_type.setPlaceholderText(self.tr("Please choose"))
        self.school_type.setCurrentIndex(-1)
        self.township_name = QLineEdit(self)
        self.township_code = QLineEdit(self)
        self.township_code.setMaxLength(12)
        self.township_code.setPlaceholderText(self.tr("9 digits, e.g. 430123101"))
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self._rows: dict[str, list[QWidget]] = {}
        self._add("school_code", self.tr("School code"), self.school_code)
        self._add("school_name", self.tr("School name"), self.school_name)
        self._add("school_type", self.tr("School type"), self.school_type)
        self._add("township_name", self.tr("Township"), self.township_name)
        self._add("township_code", self.tr("Township code"), self.township_code)

    def _add(self, key: str, label: str, editor: QWidget) -> None:
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(error)
        title = QLabel(label + " *", self)
        self.form.addRow(title, box)
        self.errors[key] = error
        self._rows[key] = [title, box]

    def set_role(self, role: str) -> None:
        self.role = role
        for key in ("school_code", "school_name", "school_type"):
            for widget in self._rows[key]:
                widget.setVisible(role == "school")

    def set_info(self, info: installation.InstallationInfo) -> None:
        self.set_role(info.role)
        self.school_code.setText(info.school_code)
        self.school_name.setText(info.school_name)
        self.school_type.setCurrentIndex(self.school_type.findData(info.school_type))
        self.township_name.setText(info.township_name)
        self.township_code.setText(info.township_code)

    def setup_form(self) -> installation.SetupForm:
        return installation.SetupForm(
            role=self.role,
            township_code=self.township_code.text(),
            township_name=self.township_name.text(),
            school_code=self.school_code.text() if self.role == "school" else "",
            school_name=self.school_name.text() if self.role == "school" else "",
            school_type=(self.school_type.currentData() or "") if self.role == "school" else "",
        )

    def validate(self) -> installation.SetupForm | None:
        """The cleaned form, or None with every error shown beside its field."""
        cleaned, errors = installation.validate_setup(self.setup_form())
        for key, label in self.errors.items():
            message = errors.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        return None if errors else cleaned
