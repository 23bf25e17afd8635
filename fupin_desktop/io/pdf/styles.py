"""Paragraph styles and cell helpers shared by every form."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from fupin_desktop.io.pdf.fonts import FONT, check, register

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
    check(text)
    return Paragraph(markup(text), styles()[style])


# Longer than this, a cell's text becomes a Paragraph, which a table can split inside
# its row across pages (a 3,000-character diary entry); shorter text is broken into
# lines here, which costs a tenth of a Paragraph's layout.
PARAGRAPH_FROM = 400


@lru_cache(maxsize=8192)
def char_width(char: str, size: float) -> float:
    return stringWidth(char, FONT, size)


def text_width(text: str, size: float = BODY_SIZE) -> float:
    return sum(char_width(c, size) for c in text)


def fits(text: str, width: float, size: float = BODY_SIZE) -> bool:
    return "\n" not in text and text_width(text, size) <= width - 2 * PAD


def wrap_lines(text: str, width: float, size: float = BODY_SIZE) -> list[str]:
    """Lines no wider than `width`, broken between any two characters (Chinese has no
    spaces to break at; a Latin word longer than the cell is broken too, never cut)."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        line, used = "", 0.0
        for char in paragraph:
            w = char_width(char, size)
            if line and used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line += char
            used += w
        lines.append(line)
    return lines


def cell(text: Any, width: float, style: str = "body") -> str | Paragraph:
    """A table cell's content: the text itself when it fits on one line, the text
    broken into lines when it does not, a Paragraph when it is long. Nothing is ever
    clipped, and no character is dropped or read as markup."""
    text = "" if text is None else str(text)
    check(text)
    size = styles()[style].fontSize
    if fits(text, width, size):
        return text
    if len(text) >= PARAGRAPH_FROM:
        return para(text, style)
    return "\n".join(wrap_lines(text, width - 2 * PAD, size))
