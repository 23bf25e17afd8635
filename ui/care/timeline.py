"""A child's timeline: diary entries, family calls, visits and left-behind changes
together, newest first. Open it with ChildTimelineDialog(student_id)."""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fupin_desktop.errors import NotFound
from fupin_desktop.schema.format import class_label
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import pairings
from fupin_desktop.services.care.left_behind import TimelineItem
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.services.schoolyear import handover_read
from fupin_desktop.services.students.files import get_file
from ui.aid.table import Column, RowTableModel, fit_to_contents, make_table
from ui.bus import ReloadsWhenShown, bus
from ui.care.common import pairing_field_columns
from ui.care.records import (
    CallDialog,
    DiaryDialog,
    LeftBehindProfileDialog,
    VisitDialog,
    edit_dialog,
)
from ui.screen import fit
from ui.session import session

# A colour per kind, so a glance finds the calls among the diary entries.
KIND_COLOURS = {
    "visit": "#1565c0",
    "diary_entry": "#2e7d32",
    "family_call": "#8e24aa",
    "status": "#6d4c41",
    "pairing": "#00838f",
}

# Kinds of timeline items that open for correction (a status change does not).
EDITABLE = ("visit", "diary_entry", "family_call")


class ChildTimelineDialog(ReloadsWhenShown, QDialog):
    def __init__(
        self, student_id: str, parent: QWidget | None = None, *, actor: Actor | None = None
    ) -> None:
        super().__init__(parent)
        self.actor = actor or session().actor
        self.student_id = student_id
        self.items: list[TimelineItem] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        # The child's teachers, ended pairings included: who looked after them when.
        self.pairing_model = RowTableModel(
            [
                Column(self.tr("Teacher"), lambda p: p.teacher_name, chars=4),
                *pairing_field_columns(),
            ],
            self,
        )
        self.pairing_view = make_table(self.pairing_model, self, sortable=False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        # A record's title is a link: a click opens it for correction.
        self.browser.anchorClicked.connect(self._open_link)
        self.add_visit = QPushButton(self.tr("New visit…"), self)
        self.add_diary = QPushButton(self.tr("New diary entry…"), self)
        self.add_call = QPushButton(self.tr("New family call…"), self)
        self.profile = QPushButton(self.tr("Left-behind profile…"), self)
        self.add_visit.clicked.connect(lambda: self._open(VisitDialog))
        self.add_diary.clicked.connect(lambda: self._open(DiaryDialog))
        self.add_call.clicked.connect(lambda: self._open(CallDialog))
        self.profile.clicked.connect(self._open_profile)
        row = QHBoxLayout()
        for button in (self.add_visit, self.add_diary, self.add_call, self.profile):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.pairing_view)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)
        fit(self, 760, 680)
        bus().changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        student = get_file(self.actor, self.student_id)
        values = student.values
        self.setWindowTitle(self.tr("Timeline: {name}").format(name=values["name"]))
        history = pairings.for_student(self.actor, self.student_id)
        self.pairing_model.set_rows(history)
        fit_to_contents(self.pairing_view, max_rows=3)
        self.pairing_view.setVisible(bool(history))
        teachers = [p.teacher_name for p in history if p.end_date is None]
        parts = [
            f"<b style='font-size:14pt'>{html.escape(values['name'])}</b>",
            html.escape(class_label(values.get("grade"), values.get("class_name"))),
        ]
        if values.get("left_behind"):
            parts.append(
                "<span style='color:#6d4c41'>" + html.escape(self.tr("Left behind")) + "</span>"
            )
        if teachers:
            text = self.tr("Teachers: {names}").format(names="、".join(teachers))
            parts.append(html.escape(text))
        self.heading.setText("　".join(parts))
        # With the care records of the child's earlier schools, handed over (docs/
        # architecture.md, "The school year"): read here, not editable.
        earlier = handover_read.earlier_records(self.actor, self.student_id)
        self.items = sorted(
            care.timeline(self.actor, self.student_id) + earlier,
            key=lambda i: i.day,
            reverse=True,
        )
        self.browser.setHtml(self._html())

    def _html(self) -> str:
        if not self.items:
            return "<p>" + html.escape(self.tr("Nothing recorded yet.")) + "</p>"
        kinds = {
            "visit": self.tr("Visit"),
            "diary_entry": self.tr("Diary"),
            "family_call": self.tr("Call"),
            "status": self.tr("Status"),
            "pairing": self.tr("Pairing"),
        }
        out = ["<table cellspacing='0' cellpadding='6' width='100%'>"]
        for item in self.items:
            colour = KIND_COLOURS.get(item.kind, "#444")
            badge = (
                f"<span style='background:{colour};color:white;'>&nbsp;"
                f"{html.escape(kinds.get(item.kind, item.kind))}&nbsp;</span>"
            )
            who = f" · {html.escape(item.teacher_name)}" if item.teacher_name else ""
            text = html.escape(item.text).replace("\n", "<br>")
            title = f"<b>{html.escape(item.title)}</b>"
            if item.kind in EDITABLE and item.record_id:
                title = (
                    f"<a href='edit:{item.kind}:{item.record_id}'"
                    f" style='color:black;text-decoration:none'>{title}</a>"
                )
            out.append(
                "<tr>"
                f"<td valign='top' width='96' style='color:#555'>{item.day.isoformat()}</td>"
                f"<td valign='top'>{badge} {title}"
                f"<span style='color:#666'>{who}</span><br>{text}</td></tr>"
            )
        out.append("</table>")
        return "".join(out)

    def _open(self, dialog_class: type) -> None:
        dialog = dialog_class(self.actor, self.student_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _open_link(self, url: QUrl) -> None:
        parts = url.toString().split(":")
        if len(parts) != 3 or parts[0] != "edit" or parts[1] not in EDITABLE:
            return
        self.open_record(parts[1], parts[2])

    def open_record(self, kind: str, record_id: str) -> None:
        """Open one of the child's visits, diary entries or calls for correction."""
        dialog = edit_dialog(self.actor, kind, record_id, self.student_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _open_profile(self) -> None:
        dialog = LeftBehindProfileDialog(self.actor, self.student_id, self)
        dialog.exec()
        dialog.deleteLater()

    def _on_changed(self, changes: Changes) -> None:
        try:
            self.reload_if(
                changes, "visit", "diary_entry", "family_call", "status_history", "student"
            )
        except NotFound:
            self.reject()  # the child's file was deleted meanwhile

    def done(self, result: int) -> None:
        bus().changed.disconnect(self._on_changed)
        super().done(result)
