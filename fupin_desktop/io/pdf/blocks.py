"""Form building blocks: ruled label/value grids, tables that repeat their header on
every page, section headings, signature lines and the stamp box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.fonts import FONT
from fupin_desktop.io.pdf.styles import BODY_SIZE, HEADING_SIZE, PAD, cell, para, text_width
from fupin_desktop.schema.fields import Catalogue, Kind

LABEL_BG = colors.Color(0.92, 0.92, 0.92)
HEADER_BG = colors.Color(0.86, 0.86, 0.86)

NONE = N_("(none)")
SIGNATURE = N_("{role} (signature):")
DATE_LINE = N_("Date: ______ year ____ month ____ day")
STAMP = N_("(Stamp)")
PHOTO = N_("Photo")

_STYLE = [
    ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE, BODY_SIZE * 1.3),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]
_BASE = [
    *_STYLE,
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
]


def _ruled(first_row: int) -> list[tuple[Any, ...]]:
    return [
        *_STYLE,
        ("GRID", (0, first_row), (-1, -1), 0.5, colors.black),
        ("BOX", (0, first_row), (-1, -1), 1.0, colors.black),
    ]


def _title_row(title: str, columns: int) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """A section's title as the first row of its table, not a paragraph of its own:
    it can never end a page without its table (no KeepTogether, which would lay the
    table out twice), and it repeats with the header on the next page."""
    return [title] + [""] * (columns - 1), [
        ("SPAN", (0, 0), (-1, 0)),
        ("FONT", (0, 0), (-1, 0), FONT, HEADING_SIZE),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
    ]


def heading(text: str) -> Flowable:
    return para(text, "heading")


def grid(
    pairs: Sequence[tuple[str, Any]],
    width: float,
    *,
    per_row: int = 3,
    photo_rows: int = 0,
    max_label_share: float = 0.45,
    title: str = "",
) -> Table:
    """Labelled cells, `per_row` label/value pairs a row, under an optional section
    title. With `photo_rows`, a photo box fills the right-hand column of the first rows
    (the archive card). Label columns are as wide as their longest label needs, so the
    values get the rest."""
    photo_w = 30 * mm if photo_rows else 0
    pair_w = (width - photo_w) / per_row
    needed = max((text_width(label) for label, _ in pairs), default=0)
    label_w = min(needed + 2 * PAD + 1, pair_w * max_label_share)
    value_w = pair_w - label_w
    widths = [label_w, value_w] * per_row + ([photo_w] if photo_rows else [])
    top = 1 if title else 0
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = _ruled(top)
    if title:
        row, style = _title_row(title, len(widths))
        rows.append(row)
        commands += style
    for start in range(0, len(pairs), per_row):
        row = []
        for label, value in pairs[start : start + per_row]:
            row += [cell(label, label_w), cell(value, value_w)]
        row += ["", ""] * (per_row - len(pairs[start : start + per_row]))
        if photo_rows:
            row.append(tr(PHOTO) if start == 0 else "")
        rows.append(row)
    while photo_rows and len(rows) - top < photo_rows:
        rows.append([""] * (2 * per_row) + [""])
    for col in range(0, 2 * per_row, 2):
        commands.append(("BACKGROUND", (col, top), (col, -1), LABEL_BG))
    if photo_rows:
        span = top + min(photo_rows, len(rows) - top) - 1
        commands += [
            ("SPAN", (-1, top), (-1, span)),
            ("ALIGN", (-1, top), (-1, span), "CENTER"),
        ]
    return Table(rows, colWidths=widths, style=TableStyle(commands), hAlign="LEFT")


def ruled_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    align_right: Sequence[int] = (),
    extra_style: Sequence[tuple[Any, ...]] = (),
    row_heights: Sequence[float] | None = None,
    title: str = "",
) -> Table:
    """A table whose header row (and section title) repeats on every page it runs over;
    long text wraps in its cell, and a row taller than what is left of a page is split
    inside the row. Row numbers in `extra_style` count the header as row 0."""
    top = 1 if title else 0
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = _ruled(top)
    if title:
        row, style = _title_row(title, len(headers))
        data.append(row)
        commands += style
    data.append([cell(h, w, "center") for h, w in zip(headers, widths, strict=True)])
    for row in rows:
        data.append([cell(v, w) for v, w in zip(row, widths, strict=True)])
    commands += [
        ("BACKGROUND", (0, top), (-1, top), HEADER_BG),
        ("ALIGN", (0, top), (-1, top), "CENTER"),
    ]
    for command in extra_style:
        name, (c0, r0), (c1, r1), *rest = command
        shift = lambda r: r + top if r >= 0 else r  # noqa: E731
        commands.append((name, (c0, shift(r0)), (c1, shift(r1)), *rest))
    for col in align_right:
        commands.append(("ALIGN", (col, top + 1), (col, -1), "RIGHT"))
    if not rows:
        data.append([tr(NONE)] + [""] * (len(headers) - 1))
        commands.append(("SPAN", (0, -1), (-1, -1)))
        commands.append(("ALIGN", (0, -1), (-1, -1), "CENTER"))
    return Table(
        data,
        colWidths=list(widths),
        rowHeights=row_heights,
        style=TableStyle(commands),
        repeatRows=top + 1,
        splitInRow=1,
        hAlign="LEFT",
    )


def long_text(pairs: Sequence[tuple[str, str]], width: float, label_w: float = 28 * mm) -> Table:
    """Label on the left, paragraphs on the right, one row a field; rows split across
    pages when the text is long."""
    value_w = width - label_w
    rows = [[cell(label, label_w), cell(text or "", value_w)] for label, text in pairs]
    commands = [
        *_BASE,
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a long text's label stays by its start
    ]
    return Table(
        rows,
        colWidths=[label_w, value_w],
        style=TableStyle(commands),
        splitInRow=1,
        hAlign="LEFT",
    )


def signatures(roles: Sequence[str], width: float, *, stamp: bool = True) -> Flowable:
    """A signature line for each role (already translated), a date line, and the stamp
    box: kept together so a signature never sits alone at the top of a page."""
    stamp_w = 42 * mm if stamp else 0
    line_w = width - stamp_w
    rows = [[tr(SIGNATURE).format(role=role), "_" * 24] for role in roles]
    rows.append([tr(DATE_LINE), ""])
    label_w = line_w * 0.42
    table_rows: list[list[Any]] = [r + ([tr(STAMP)] if stamp and i == 0 else [""])
                                   for i, r in enumerate(rows)] if stamp else rows  # fmt: skip
    widths = [label_w, line_w - label_w] + ([stamp_w] if stamp else [])
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE + 0.5),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("SPAN", (0, -1), (1, -1)),
    ]
    if stamp:
        commands += [
            ("SPAN", (-1, 0), (-1, -1)),
            ("BOX", (-1, 0), (-1, -1), 0.8, colors.black),
            ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (-1, 0), (-1, -1), "MIDDLE"),
            ("TEXTCOLOR", (-1, 0), (-1, -1), colors.Color(0.45, 0.45, 0.45)),
        ]
    table = Table(table_rows, colWidths=widths, style=TableStyle(commands), hAlign="LEFT")
    return KeepTogether([Spacer(1, 6 * mm), table])


def record_block(
    title: str,
    catalogue: Catalogue,
    values: dict[str, Any],
    width: float,
    *,
    signs: tuple[str, str] | None = None,
) -> list[Flowable]:
    """One dated record (a visit, a diary entry) as a block of ruled rows: its title and
    short fields three to a row, then each long text across the width, then optionally
    two signature cells.

    Two tables drawn flush, not one: reportlab wraps a paragraph in a spanned cell to
    its first column's width once the row is split across pages, so the long texts get
    a two-column table of their own, where a 3,000-character text splits cleanly."""
    label_w = 28 * mm
    short = [f for f in catalogue if f.kind is not Kind.LONG_TEXT]
    long = [f for f in catalogue if f.kind is Kind.LONG_TEXT]
    cols = [label_w, (width - 3 * label_w) / 3] * 3
    rows: list[list[Any]] = [[title, "", "", "", "", ""]]
    row: list[Any] = []
    for f in short:
        row += [cell(f.title, label_w), cell(f.display(values.get(f.key)), cols[1])]
        if len(row) == 6:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (6 - len(row)))
    commands: list[tuple[Any, ...]] = [
        *_BASE,
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
    ]
    for r in range(1, len(rows)):
        for c in (0, 2, 4):
            commands.append(("BACKGROUND", (c, r), (c, r), LABEL_BG))
    head = Table(rows, colWidths=cols, style=TableStyle(commands), hAlign="LEFT")
    texts = [(f.title, f.display(values.get(f.key))) for f in long]
    story: list[Flowable] = [head, long_text(texts, width, label_w)]
    if signs is not None:
        sign_rows = [[cell(signs[0], label_w), "", cell(signs[1], label_w), ""]]
        sign_w = (width - 2 * label_w) / 2
        sign_style = [
            *_BASE,
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BACKGROUND", (0, 0), (0, 0), LABEL_BG),
            ("BACKGROUND", (2, 0), (2, 0), LABEL_BG),
        ]
        story.append(
            Table(sign_rows, colWidths=[label_w, sign_w, label_w, sign_w],
                  style=TableStyle(sign_style), hAlign="LEFT")
        )  # fmt: skip
    # The title and short fields never end a page without the text that follows.
    head.keepWithNext = True
    return story
