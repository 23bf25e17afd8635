"""c. 结对帮扶记录表: one unit a pairing: who with whom, the plan, then every visit,
each with the teacher's and the family's signature."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import grid, heading, long_text, record_block, signatures
from fupin_desktop.io.pdf.shapes import PairingRecord
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.care import PAIRING, VISIT
from fupin_desktop.schema.catalogues import STUDENT, TEACHER
from fupin_desktop.schema.fields import Kind

LANDSCAPE = False
TITLE = FORMS[Form.VISITS].title
TEACHER_NAME = N_("Paired teacher")
STUDENT_NAME = N_("Student")
PLAN = N_("Assistance plan")
VISITS = N_("Visit records")
VISIT_NO = N_("Visit {n}")
NO_VISITS = N_("No visits recorded yet.")
TEACHER_SIGNS = N_("Teacher (signature)")
FAMILY_SIGNS = N_("Parent or guardian (signature)")
PAIRED_TEACHER_ROLE = N_("Paired teacher")
PRINCIPAL = N_("Principal")


def flowables(record: PairingRecord, width: float) -> list[Flowable]:
    t, s, p = record.teacher, record.student, record.pairing
    pairs = [
        (tr(TEACHER_NAME), TEACHER["name"].display(t.get("name"))),
        (TEACHER["phone"].title, TEACHER["phone"].display(t.get("phone"))),
        (TEACHER["subject"].title, TEACHER["subject"].display(t.get("subject"))),
        (tr(STUDENT_NAME), STUDENT["name"].display(s.get("name"))),
        (STUDENT["sex"].title, STUDENT["sex"].display(s.get("sex"))),
        (STUDENT["grade"].title, STUDENT["grade"].display(s.get("grade"))),
        (STUDENT["class_name"].title, STUDENT["class_name"].display(s.get("class_name"))),
        (STUDENT["id_number"].title, STUDENT["id_number"].display(s.get("id_number"))),
        (STUDENT["village"].title, STUDENT["village"].display(s.get("village"))),
    ]
    pairs += [(f.title, f.display(p.get(f.key))) for f in PAIRING if f.kind is not Kind.LONG_TEXT]
    story: list[Flowable] = [
        para(tr(TITLE), "title"),
        para(record.school_name, "subtitle"),
        grid(pairs, width),
        heading(tr(PLAN)),
        long_text(
            [(f.title, f.display(p.get(f.key))) for f in PAIRING if f.kind is Kind.LONG_TEXT],
            width,
        ),
        heading(tr(VISITS)),
    ]
    if not record.visits:
        story.append(para(tr(NO_VISITS)))
    for number, visit in enumerate(record.visits, start=1):
        title = tr(VISIT_NO).format(n=number)
        signs = (tr(TEACHER_SIGNS), tr(FAMILY_SIGNS))
        story += record_block(title, VISIT, visit, width, signs=signs)
        story.append(Spacer(1, 3 * mm))
    story.append(signatures([tr(PAIRED_TEACHER_ROLE), tr(PRINCIPAL)], width))
    return story
