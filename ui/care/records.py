"""Dialogs for one growth-diary entry (成长日记), one family call (亲情电话) and one visit,
each with the teacher who writes it; and the left-behind profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from fupin_desktop.schema.care import DIARY_ENTRY, FAMILY_CALL, LEFT_BEHIND_PROFILE, VISIT
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import pairings, register, visits
from fupin_desktop.services.context import Actor, Result
from fupin_desktop.services.students.files import get_file
from ui.care.common import CatalogueDialog, TeacherCombo
from ui.fields.editor import ERROR_COLOUR


def current_teachers(actor: Actor, student_id: str) -> list[str]:
    """The child's teachers in force today, the proxy parent first."""
    today = dt.date.today()
    rows = [p for p in pairings.for_student(actor, student_id) if p.in_force(today)]
    rows.sort(key=lambda p: p.kind != "proxy_parent")
    return [p.teacher_id for p in rows]


def child_title(actor: Actor, student_id: str, title: str) -> str:
    """「成长日记 · 王丽（3年级2班）」: the record's kind, the child and the class."""
    values = get_file(actor, student_id).values
    where = class_label(values.get("grade"), values.get("class_name"))
    return f"{title} · {values['name']}（{where}）"


class _TeacherRecordDialog(CatalogueDialog):
    """A record written by a teacher about one child: the teacher is chosen above the
    form. A new record defaults to the acting teacher (when the PC is used as one), else
    to the child's current pairing teacher (a proxy parent first); a teacher not paired
    with the child is warned about. The title names the child and the class."""

    def __init__(
        self,
        title: str,
        fields: Any,
        values: dict[str, Any] | None,
        actor: Actor,
        teacher_id: str | None,
        parent: QWidget | None,
        *,
        student_id: str,
        optional_teacher: bool = False,
        phrases: str | None = None,
    ) -> None:
        self.actor = actor
        self._paired = current_teachers(actor, student_id)
        self.teacher = TeacherCombo(None, blank=" " if optional_teacher else "")
        if actor.teacher_id or teacher_id:
            self.teacher.set_teacher(actor.teacher_id or teacher_id)
        elif self._paired:
            self.teacher.set_teacher(self._paired[0])
        self.teacher.setEnabled(actor.teacher_id is None)
        self.not_paired = QLabel()
        self.not_paired.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.not_paired.setText(
            QCoreApplication.translate(
                "TeacherRecordDialog", "This teacher is not paired with the child."
            )
        )
        super().__init__(
            child_title(actor, student_id, title),
            fields,
            values,
            self._store,
            parent,
            # Not self.tr(): at run time its context would be the subclass's name.
            extra=[
                (QCoreApplication.translate("TeacherRecordDialog", "Teacher"), self.teacher),
                ("", self.not_paired),
            ],
            phrases=phrases,
        )
        self.teacher.currentIndexChanged.connect(self._check_paired)
        self._check_paired()

    def _check_paired(self) -> None:
        chosen = self.teacher.teacher_id()
        self.not_paired.setVisible(chosen is not None and chosen not in self._paired)

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        raise NotImplementedError


class DiaryDialog(_TeacherRecordDialog):
    def __init__(
        self,
        actor: Actor,
        student_id: str,
        parent: QWidget | None = None,
        *,
        entry_id: str | None = None,
        teacher_id: str | None = None,
    ) -> None:
        self.student_id = student_id
        self.entry_id = entry_id
        values: dict[str, Any] = {"entry_date": dt.date.today()}
        if entry_id:
            values = care.get_record(actor, "diary_entry", entry_id)
            teacher_id = values["teacher_id"]
        super().__init__(
            self.tr("Growth diary entry"),
            DIARY_ENTRY.fields,
            values,
            actor,
            teacher_id,
            parent,
            student_id=student_id,
            phrases=DIARY_ENTRY.name,
        )

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        teacher_id = self.teacher.teacher_id() or ""
        return partial(care.save_diary, self.actor, self.entry_id, self.student_id, teacher_id, raw)


class CallDialog(_TeacherRecordDialog):
    def __init__(
        self,
        actor: Actor,
        student_id: str,
        parent: QWidget | None = None,
        *,
        call_id: str | None = None,
        teacher_id: str | None = None,
    ) -> None:
        self.student_id = student_id
        self.call_id = call_id
        values: dict[str, Any] = {"call_date": dt.date.today()}
        if call_id:
            values = care.get_record(actor, "family_call", call_id)
            teacher_id = values["teacher_id"]
        super().__init__(
            self.tr("Family call"),
            FAMILY_CALL.fields,
            values,
            actor,
            teacher_id,
            parent,
            student_id=student_id,
            optional_teacher=True,
            phrases=FAMILY_CALL.name,
        )

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        teacher_id = self.teacher.teacher_id()
        return partial(care.save_call, self.actor, self.call_id, self.student_id, teacher_id, raw)


class VisitDialog(_TeacherRecordDialog):
    """One visit; a new one starts from the teacher's previous visit of the child."""

    def __init__(
        self,
        actor: Actor,
        student_id: str,
        parent: QWidget | None = None,
        *,
        visit_id: str | None = None,
        teacher_id: str | None = None,
    ) -> None:
        self.student_id = student_id
        self.visit_id = visit_id
        teacher_id = actor.teacher_id or teacher_id
        if not teacher_id and not visit_id:
            teacher_id = next(iter(current_teachers(actor, student_id)), None)
        if visit_id:
            found = [
                v
                for v in visits.list_visits(actor, visits.VisitQuery(student_id=student_id))
                if v.id == visit_id
            ]
            values = found[0].values if found else {}
            teacher_id = found[0].teacher_id if found else teacher_id
        elif teacher_id:
            values = visits.template(actor, teacher_id, student_id)
        else:
            values = {"visit_date": dt.date.today(), "method": "home_visit"}
        super().__init__(
            self.tr("Visit"),
            VISIT.fields,
            values,
            actor,
            teacher_id,
            parent,
            student_id=student_id,
            phrases=VISIT.name,
        )

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        teacher_id = self.teacher.teacher_id() or ""
        return partial(visits.save, self.actor, self.visit_id, teacher_id, self.student_id, raw)


class LeftBehindProfileDialog(CatalogueDialog):
    """The child's current left-behind profile (or a new one); an end date given here
    ends the left-behind status (a parent came home)."""

    def __init__(self, actor: Actor, student_id: str, parent: QWidget | None = None) -> None:
        self.actor = actor
        self.student_id = student_id
        current = care.current_profile(actor, student_id)
        self.profile_id = current["id"] if current else None
        values = current or {"start_date": dt.date.today(), "guardian_kind": "grandparents"}
        # The 民政 definition, checked as the form is filled in (services/care/register.py).
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        super().__init__(
            child_title(actor, student_id, self.tr("Left-behind profile")),
            LEFT_BEHIND_PROFILE.fields,
            values,
            self._store,
            parent,
            extra=[(self.tr("Left-behind by the definition"), self.definition)],
        )
        self.form.changed.connect(self._check_definition)
        self._check_definition()
        # 35 fields scroll inside a dialog that fits 1366x768 above the taskbar.
        self.resize(780, 640)

    def _check_definition(self) -> None:
        check = register.check_form(self.actor, self.student_id, self.form.values())
        colour = "#1b5e20" if check.meets else ("#8a5300" if check.decided else "#555555")
        self.definition.setStyleSheet(f"color: {colour};")
        self.definition.setText(check.text())

    def _store(self, raw: dict[str, Any]) -> Callable[[], Result[str]]:
        return partial(care.save_profile, self.actor, self.student_id, raw, self.profile_id)


def edit_dialog(
    actor: Actor, kind: str, record_id: str, student_id: str, parent: QWidget | None = None
) -> CatalogueDialog:
    """The dialog that corrects an existing visit, diary entry or family call."""
    if kind == "visit":
        return VisitDialog(actor, student_id, parent, visit_id=record_id)
    if kind == "diary_entry":
        return DiaryDialog(actor, student_id, parent, entry_id=record_id)
    if kind == "family_call":
        return CallDialog(actor, student_id, parent, call_id=record_id)
    raise ValueError(kind)
