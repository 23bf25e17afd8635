"""The ID number on the student form (docs/architecture.md, "One catalogue of fields"):
the birth date and sex it holds are filled in while still empty, a typed birth date or sex
it contradicts is warned about, and another file with the same number is linked. Warnings,
not errors: the number may be the wrong one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from fupin_desktop.errors import ValidationError
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.services.students import files as students
from fupin_desktop.validation import IdInfo, compact, parse_id_number

if TYPE_CHECKING:
    from ui.fields.editor import FieldEditor
    from ui.students.form import StudentFormDialog

# The href of the warning's link to the other file.
STUDENT_LINK = "student:"


class IdNumberChecks(QObject):
    """Watches the form's ID number, birth date and sex; `info` is what the number holds
    once it reads as a valid ID number."""

    def __init__(self, form: StudentFormDialog) -> None:
        super().__init__(form)
        self._form = form
        self.info: IdInfo | None = None
        self.editor("id_number").changed.connect(self._on_id_changed)
        self.editor("id_number").link_activated.connect(form.open_linked_student)
        self.editor("birth_date").changed.connect(self._check_id_agreement)
        self.editor("sex").changed.connect(self._check_id_agreement)

    def editor(self, key: str) -> FieldEditor:
        return self._form.editor(key)

    def _on_id_changed(self) -> None:
        editor = self.editor("id_number")
        text = compact(editor.value())
        info: IdInfo | None = None
        stored = self._form.stored_file
        if stored is not None and "*" in text and text == stored.values["id_number"]:
            # The stored number, masked as every screen shows it (saved back unchanged).
            editor.set_error(None)
        elif len(text) >= 18:
            try:
                info = parse_id_number(text)
            except ValidationError as exc:
                editor.set_error(exc.message)
            else:
                editor.set_error(None)
        elif editor.error():
            # Still typing: the old complaint no longer applies; leaving the field
            # checks it again.
            editor.set_error(None)
        if info != self.info:
            self.info = info
            if info is not None:
                self._fill_from_id(info)
            self._check_duplicate()
        self._check_id_agreement()

    def _fill_from_id(self, info: IdInfo) -> None:
        """Birth date and sex are in the number: fill them when still empty."""
        birth = self.editor("birth_date")
        if birth.value() in (None, ""):
            birth.set_value(info.birth_date)
        sex = self.editor("sex")
        if not sex.value():
            sex.set_value(info.sex)

    def _check_id_agreement(self) -> None:
        """A typed birth date or sex that the ID number contradicts: a warning, not an
        error (the number may be the wrong one)."""
        info = self.info
        birth = self.editor("birth_date")
        sex = self.editor("sex")
        birth_value = birth.value()
        if info and isinstance(birth_value, dt.date) and birth_value != info.birth_date:
            text = self.tr("The ID number gives the birth date {date}.")
            birth.set_warning(text.format(date=info.birth_date.isoformat()))
        else:
            birth.set_warning(None)
        if info and sex.value() and sex.value() != info.sex:
            text = self.tr("The ID number gives the sex {sex}.")
            sex.set_warning(text.format(sex=STUDENT["sex"].display(info.sex)))
        else:
            sex.set_warning(None)

    def _check_duplicate(self) -> None:
        editor = self.editor("id_number")
        info = self.info
        others = students.find_by_id_number(info.number, self._form.student_id) if info else []
        if not others:
            editor.set_warning(None)
            return
        other = others[0]
        text = self.tr("A student with this ID number is already in the ledger: {name} ({school})")
        editor.set_warning(
            text.format(name=other["name"], school=other["school_name"]),
            (STUDENT_LINK + other["id"], self.tr("Open that file")),
        )
