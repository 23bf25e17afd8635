"""f. 联系卡: eight cards to an A4 page, two for each child (one for the schoolbag, one
for the guardian's wall), with dashed cut lines between them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.fonts import FONT, check
from fupin_desktop.io.pdf.shapes import ContactCard
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
from fupin_desktop.schema.catalogues import SCHOOL, STUDENT
from fupin_desktop.schema.choices import PAIRING_KIND, RELATION

LANDSCAPE = False
TITLE = FORMS[Form.CONTACT_CARDS].title
FOR_BAG = N_("for the schoolbag")
FOR_WALL = N_("for the guardian's wall")
CUT_HERE = N_("Cut along the dashed lines")
EMERGENCY = N_("Emergency: police 110, ambulance 120, fire 119")
HEAD_TEACHER = N_("Head teacher")
SCHOOL_PHONE = N_("School phone")

COLS, ROWS = 2, 4
PER_PAGE = COLS * ROWS
TEXT_SIZE = 9.0
MIN_SIZE = 6.5  # shrink a long line to this before wrapping it


def lines(card: ContactCard) -> list[tuple[str, str]]:
    """(label, value) of a card, labels from the catalogues."""
    guardian = card.guardian_name
    if card.guardian_relation:
        guardian = f"{guardian}（{RELATION.label(card.guardian_relation)}）"
    proxy = " ".join(v for v in (card.proxy_parent_name, card.proxy_parent_phone) if v)
    head = " ".join(v for v in (card.head_teacher_name, card.head_teacher_phone) if v)
    return [
        (STUDENT["name"].title, card.student_name),
        (SCHOOL["name"].title, card.school_name),
        (STUDENT["class_name"].title, card.class_label),
        (LEFT_BEHIND_PROFILE["father_phone"].title, card.father_phone),
        (LEFT_BEHIND_PROFILE["mother_phone"].title, card.mother_phone),
        (LEFT_BEHIND_PROFILE["guardian_name"].title, guardian),
        (LEFT_BEHIND_PROFILE["guardian_phone"].title, card.guardian_phone),
        (PAIRING_KIND.label("proxy_parent"), proxy),
        (tr(HEAD_TEACHER), head),
        (tr(SCHOOL_PHONE), card.school_phone),
        (STUDENT["address"].title, card.address),
    ]


def split_chars(text: str, size: float, width: float) -> list[str]:
    """Lines of at most `width`, broken between any two characters (Chinese has no
    spaces to break at)."""
    out, line = [], ""
    for char in text:
        if line and stringWidth(line + char, FONT, size) > width:
            out.append(line)
            line = ""
        line += char
    out.append(line)
    return out


class CardPage(Flowable):
    """One page of cards, drawn straight on the canvas: a grid is all it is."""

    def __init__(self, cards: Sequence[tuple[ContactCard, str]], width: float, height: float):
        super().__init__()
        self.cards = list(cards)
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, min(self.height, avail_height)

    def draw(self) -> None:
        canv = self.canv
        w, h = self.width / COLS, self.height / ROWS
        canv.saveState()
        canv.setDash(4, 3)
        canv.setLineWidth(0.6)
        canv.setStrokeColor(colors.Color(0.35, 0.35, 0.35))
        for c in range(COLS + 1):
            canv.line(c * w, 0, c * w, self.height)
        for r in range(ROWS + 1):
            canv.line(0, r * h, self.width, r * h)
        canv.restoreState()
        for index, (card, copy) in enumerate(self.cards):
            col, row = index % COLS, index // COLS
            self._card(card, copy, col * w, self.height - (row + 1) * h, w, h)

    def _card(self, card: ContactCard, copy: str, x: float, y: float, w: float, h: float) -> None:
        canv = self.canv
        pad = 4 * mm
        top = y + h - pad
        canv.setFont(FONT, 13)
        canv.drawString(x + pad, top - 11, tr(TITLE))
        canv.setFont(FONT, 8)
        canv.drawRightString(x + w - pad, top - 10, copy)
        canv.setLineWidth(0.8)
        canv.line(x + pad, top - 15, x + w - pad, top - 15)
        cursor = top - 15 - 12
        label_w = max(stringWidth(label, FONT, TEXT_SIZE) for label, _ in lines(card)) + 6
        value_w = w - 2 * pad - label_w
        for label, value in lines(card):
            check(value)
            canv.setFont(FONT, TEXT_SIZE)
            canv.drawString(x + pad, cursor, label)
            size = TEXT_SIZE
            while size > MIN_SIZE and stringWidth(value, FONT, size) > value_w:
                size -= 0.5
            # Still too long: wrap onto more lines rather than lose a character.
            for part in split_chars(value, size, value_w):
                canv.setFont(FONT, size)
                canv.drawString(x + pad + label_w, cursor, part)
                cursor -= max(size, TEXT_SIZE - 1) + 3
        canv.setFont(FONT, 7)
        canv.drawString(x + pad, y + pad - 1, tr(EMERGENCY))


def flowables(cards: Sequence[ContactCard], width: float, height: float) -> list[Flowable]:
    copies = [(c, tr(copy)) for c in cards for copy in (FOR_BAG, FOR_WALL)]
    return [
        CardPage(copies[i : i + PER_PAGE], width, height)
        for i in range(0, max(len(copies), 1), PER_PAGE)
    ]
