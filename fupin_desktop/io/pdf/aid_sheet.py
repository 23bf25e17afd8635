"""b. 资助发放签领表: one row a student, the amount, room for the guardian to sign;
a subtotal at the foot of every page and the total at the end; landscape.

Pages are cut here rather than by platypus, because every page must end with its own
subtotal row: the rows' heights are measured first, then packed page by page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import _BASE, HEADER_BG, LABEL_BG, signatures
from fupin_desktop.io.pdf.shapes import AidSheet
from fupin_desktop.io.pdf.styles import PAD, cell, para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.aid import AID_PAYMENT, TERM
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.validation import fen_to_yuan

LANDSCAPE = True
TITLE = FORMS[Form.AID_SHEET].title
SUBTITLE = N_("Program: {program}    School year: {year}    Term: {term}")
NUMBER = N_("No.")
GUARDIAN_SIGNATURE = N_("Guardian's signature")
PAGE_SUBTOTAL = N_("Subtotal of this page ({count} students)")
TOTAL = N_("Total ({count} students)")
CONFIRMED = N_(
    "Printed from the list confirmed by {name} on {date}; corrections are adjustments with "
    "their reason."
)
FROM_PAYMENTS = N_("Printed from the payments recorded.")
FROM_ENTITLEMENTS = N_("Printed from the entitlements computed now: the list is not confirmed.")
CARD = N_("Card number")
THUMBPRINT = N_("Thumbprint")
HANDED_OVER_BY = N_("Handed over by")
CHECKED_BY = N_("Checked by")
PRINCIPAL = N_("Principal")

# Enough height for a guardian to sign by hand (about 8 mm).
ROW_HEIGHT = 23.0
HEADER_HEIGHT = 20.0
SLACK = 2.0  # points kept free at the foot of a page against rounding

# (catalogue key or form column, share of the width)
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("no", 4),
    ("name", 9),
    ("sex", 4),
    ("grade", 4),
    ("class_name", 6),
    ("id_number", 17),
    ("card", 14),
    ("amount", 11),
    ("received_by", 9),
    ("signature", 12),
    ("thumbprint", 8),
    ("note", 11),
)
AMOUNT_COL = 7


def headers() -> list[str]:
    titles = {
        "no": tr(NUMBER),
        "amount": AID_PAYMENT["amount_fen"].title,
        "received_by": AID_PAYMENT["received_by"].title,
        "signature": tr(GUARDIAN_SIGNATURE),
        "note": AID_PAYMENT["note"].title,
        "card": tr(CARD),
        "thumbprint": tr(THUMBPRINT),
    }
    return [titles.get(key) or STUDENT[key].title for key, _ in _COLUMNS]


def _widths(width: float) -> list[float]:
    total = sum(share for _, share in _COLUMNS)
    return [width * share / total for _, share in _COLUMNS]


def _row(number: int, row: Any, widths: Sequence[float]) -> list[Any]:
    values = row.values
    raw = [
        str(number),
        STUDENT["name"].display(values.get("name")),
        STUDENT["sex"].display(values.get("sex")),
        STUDENT["grade"].display(values.get("grade")),
        STUDENT["class_name"].display(values.get("class_name")),
        STUDENT["id_number"].display(values.get("id_number")),
        row.card_number,
        fen_to_yuan(row.amount_fen, grouped=True),
        row.received_by,
        "",
        "",
        row.note,
    ]
    return [cell(v, w) for v, w in zip(raw, widths, strict=True)]


def _height(cells: Sequence[Any], widths: Sequence[float]) -> float:
    """A row's height: the signing height, or more when a cell wraps."""
    tallest = ROW_HEIGHT
    for value, w in zip(cells, widths, strict=True):
        if isinstance(value, Paragraph):
            _, h = value.wrap(w - 2 * PAD, 10_000)
            tallest = max(tallest, h + 6)
    return tallest


def _sum_row(label: str, fen: int, n_cols: int) -> list[Any]:
    return [
        label,
        *[""] * (AMOUNT_COL - 1),
        fen_to_yuan(fen, grouped=True),
        *[""] * (n_cols - AMOUNT_COL - 1),
    ]


def _page_table(
    head: list[Any], rows: list[list[Any]], heights: list[float], extra: list[list[Any]],
    widths: list[float],
) -> Table:  # fmt: skip
    data = [head, *rows, *extra]
    row_heights = [HEADER_HEIGHT, *heights, *[ROW_HEIGHT] * len(extra)]
    commands: list[tuple[Any, ...]] = [
        *_BASE,
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (AMOUNT_COL, 1), (AMOUNT_COL, -1), "RIGHT"),
    ]
    for i in range(len(extra)):
        r = len(rows) + 1 + i
        commands += [
            ("SPAN", (0, r), (AMOUNT_COL - 1, r)),
            ("ALIGN", (0, r), (AMOUNT_COL - 1, r), "RIGHT"),
            ("BACKGROUND", (0, r), (-1, r), LABEL_BG),
            ("SPAN", (AMOUNT_COL + 1, r), (-1, r)),
        ]
    return Table(
        data, colWidths=widths, rowHeights=row_heights, style=TableStyle(commands), hAlign="LEFT"
    )


def flowables(sheet: AidSheet, width: float, height: float) -> list[Flowable]:
    """`height` is the frame's: the pages are packed against it."""
    widths = _widths(width)
    title = para(tr(TITLE), "title")
    subtitle = para(
        tr(SUBTITLE).format(
            program=sheet.program_name, year=sheet.school_year, term=TERM.label(str(sheet.term))
        ),
        "subtitle",
    )
    if sheet.source == "confirmed" and sheet.confirmed_on is not None:
        note = tr(CONFIRMED).format(name=sheet.confirmed_by, date=sheet.confirmed_on.isoformat())
    else:
        note = tr(FROM_PAYMENTS if sheet.source == "payments" else FROM_ENTITLEMENTS)
    source = para(note, "subtitle")
    used = 0.0
    for p in (title, subtitle, source):
        _, h = p.wrap(width, height)
        used += h + p.getSpaceBefore() + p.getSpaceAfter()
    head = [cell(h, w, "center") for h, w in zip(headers(), widths, strict=True)]
    rows = [_row(i, r, widths) for i, r in enumerate(sheet.rows, start=1)]
    heights = [_height(r, widths) for r in rows]
    amounts = [r.amount_fen for r in sheet.rows]
    story: list[Flowable] = [title, subtitle, source]
    start = 0
    while True:
        room = height - used - HEADER_HEIGHT - SLACK - ROW_HEIGHT  # the subtotal row
        end = start
        while end < len(rows) and room - heights[end] >= 0:
            room -= heights[end]
            end += 1
        if end == start and end < len(rows):
            end += 1  # a row taller than a page: platypus will say so, never lose it
        last = end >= len(rows)
        if last and end - 1 > start and room < ROW_HEIGHT:
            end -= 1  # keep room for the total row under the last rows
            last = False
        page_fen = sum(amounts[start:end])
        extra = [_sum_row(tr(PAGE_SUBTOTAL).format(count=end - start), page_fen, len(widths))]
        if last:
            extra.append(_sum_row(tr(TOTAL).format(count=len(rows)), sum(amounts), len(widths)))
        story.append(_page_table(head, rows[start:end], heights[start:end], extra, widths))
        if last:
            break
        story.append(PageBreak())
        start, used = end, 0.0
    roles = [tr(HANDED_OVER_BY), tr(CHECKED_BY), tr(PRINCIPAL)]
    story.append(signatures(roles, min(width, 200 * mm)))
    return story
