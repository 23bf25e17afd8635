"""Paragraph styles and cell helpers shared by every form."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from fupin_desktop.io.pdf.fonts import FONT, register

BODY_SIZE = 9.5
SMALL_SIZE = 8
TITLE_SIZE = 18
HEADING_SIZE = 11
# Inner padding of a table cell, each side (points); measured against by `cell`.
PAD = 3


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register()
    # wordWrap CJK: Chinese has no spaces, so lines may break between any two characters.
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35, wordWrap="CJK"
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3),
        "title": ParagraphStyle(
            "title",
            base,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.4,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=6
        ),
        "heading": ParagraphStyle(
            "heading",
            base,
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.4,
            spaceBefore=8,
            spaceAfter=3,
            alignment=TA_LEFT,
            keepWithNext=1,  # a section title never ends a page alone
        ),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "long": ParagraphStyle("long", base, leading=BODY_SIZE * 1.55, firstLineIndent=0),
    }


def markup(text: str) -> str:
    """Paragraph markup for plain text: every character kept (<, & are escaped), and
    line breaks stay line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(markup(text), styles()[style])


def fits(text: str, width: float, size: float = BODY_SIZE) -> bool:
    return "\n" not in text and stringWidth(text, FONT, size) <= width - 2 * PAD


def cell(text: Any, width: float, style: str = "body") -> str | Paragraph:
    """A table cell: plain text when it fits on one line (a plain string costs a tenth
    of a Paragraph to lay out: this is what keeps batch printing fast), a wrapping
    Paragraph when it does not (nothing is ever clipped)."""
    text = "" if text is None else str(text)
    size = styles()[style].fontSize
    if fits(text, width, size):
        return text
    return para(text, style)
