"""d. 留守儿童成长档案: one unit a child: the profile, the contact card, then the diary
entries and the family calls, each in date order."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import (
    grid,
    heading,
    long_text,
    record_block,
    ruled_table,
    signatures,
)
from fupin_desktop.io.pdf.contact_cards import lines as card_lines
from fupin_desktop.io.pdf.shapes import GrowthRecord
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.care import DIARY_ENTRY, FAMILY_CALL, LEFT_BEHIND_PROFILE
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.fields import Kind

LANDSCAPE = False
TITLE = FORMS[Form.GROWTH].title
PROFILE = N_("Left-behind profile")
NO_PROFILE = N_("No left-behind profile recorded.")
CONTACT = N_("Contact card")
DIARY_TITLE = N_("Growth diary")
ENTRY_NO = N_("Diary entry {n}")
NO_DIARY = N_("No diary entries yet.")
CALLS = N_("Family calls")
# The 民政 登记表's signature block (农村留守儿童基本情况登记表, 2016).
SIGNERS = (N_("Filled in by"), N_("Reviewed by"), N_("Head of the unit"))

_BASICS = ("name", "sex", "birth_date", "id_number", "stage", "grade", "class_name", "village")


def flowables(record: GrowthRecord, width: float) -> list[Flowable]:
    s = record.student
    story: list[Flowable] = [
        para(tr(TITLE), "title"),
        para(record.school_name, "subtitle"),
        grid([(STUDENT[k].title, STUDENT[k].display(s.get(k))) for k in _BASICS], width),
    ]
    profile = record.profile
    if profile is None:
        story += [heading(tr(PROFILE)), para(tr(NO_PROFILE))]
    else:
        short = [f for f in LEFT_BEHIND_PROFILE if f.kind is not Kind.LONG_TEXT]
        pairs = [(f.title, f.display(profile.get(f.key))) for f in short]
        story.append(grid(pairs, width, title=tr(PROFILE)))
        long = [f for f in LEFT_BEHIND_PROFILE if f.kind is Kind.LONG_TEXT]
        story.append(long_text([(f.title, f.display(profile.get(f.key))) for f in long], width))
    story.append(grid(card_lines(record.card), width, per_row=2, title=tr(CONTACT)))
    story.append(heading(tr(DIARY_TITLE)))
    if not record.diary:
        story.append(para(tr(NO_DIARY)))
    for number, entry in enumerate(record.diary, start=1):
        story += record_block(tr(ENTRY_NO).format(n=number), DIARY_ENTRY, entry, width)
        story.append(Spacer(1, 3 * mm))
    fields = list(FAMILY_CALL)
    rows = [[f.display(c.get(f.key)) for f in fields] for c in record.calls]
    widths = [width * x for x in (0.14, 0.2, 0.1, 0.56)]
    story.append(ruled_table([f.title for f in fields], rows, widths, title=tr(CALLS)))
    story.append(signatures([tr(role) for role in SIGNERS], width))
    return story
