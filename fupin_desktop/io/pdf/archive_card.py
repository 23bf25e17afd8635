"""a. 学生资助档案卡: the student archive card, one unit a student."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from reportlab.platypus import Flowable

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import LABEL_BG, grid, ruled_table, signatures
from fupin_desktop.io.pdf.shapes import ArchiveCard
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.aid import AID_PAYMENT, PAYMENT_METHOD, TERM
from fupin_desktop.schema.care import PAIRING, VISIT
from fupin_desktop.schema.catalogues import (
    ADDRESS,
    BANK,
    BASICS,
    CATEGORIES,
    FAMILY,
    FAMILY_MEMBER,
    GUARDIAN,
    STUDENT,
    TEACHER,
)
from fupin_desktop.schema.choices import PAIRING_KIND, STATUS_KIND, VISIT_METHOD
from fupin_desktop.validation import fen_to_yuan

LANDSCAPE = False
TITLE = FORMS[Form.ARCHIVE].title
SCHOOL_LINE = N_("School: {school}")

FAMILY_MEMBERS = N_("Family members")
GUARDIANS = N_("Guardians")
STATUS_HISTORY = N_("Categories and status history")
AID_RECEIVED = N_("Aid received, by school year")
PAIRED_TEACHERS = N_("Paired teachers")
VISITS = N_("Visits")
ITEM = N_("Status item")
VALUE = N_("Status")
FROM = N_("From")
TO = N_("To")
NOTE = N_("Note")
SCHOOL_YEAR = N_("School year")
TERM_LABEL = N_("Term")
PROGRAM = N_("Aid program")
YEAR_TOTAL = N_("{year} total")
VISIT_COUNT = N_("{count} visits; the last on {date}.")
SUMMARY = N_("Summary")
TEACHER_LABEL = N_("Teacher")
HEAD_TEACHER = N_("Head teacher")
AID_OFFICER = N_("Aid officer")
PRINCIPAL = N_("Principal")

# The catalogue's category flags are printed as one cell each, like the paper forms; the
# bank card with its number masked (services/printing/gather.py).
_GRID_SECTIONS = (BASICS, ADDRESS, FAMILY, CATEGORIES, BANK)


def flowables(card: ArchiveCard, width: float) -> list[Flowable]:
    values = card.values
    story: list[Flowable] = [
        para(tr(TITLE), "title"),
        para(tr(SCHOOL_LINE).format(school=card.school_name), "subtitle"),
    ]
    for index, section in enumerate(_GRID_SECTIONS):
        pairs = [(f.title, f.display(values.get(f.key))) for f in STUDENT.in_section(section)]
        # The photo box sits beside the basics, where the paper card has it; basics go
        # two a row, as the ID and student numbers need the width.
        if index == 0:
            story.append(grid(pairs, width, per_row=2, photo_rows=5, title=tr(section)))
        else:
            story.append(grid(pairs, width, title=tr(section)))
    story += _family(card, width)
    story += _history(card, width)
    story += _aid(card, width)
    story += _pairings(card, width)
    story += _visits(card, width)
    roles = [tr(HEAD_TEACHER), tr(AID_OFFICER), tr(PRINCIPAL)]
    story.append(signatures(roles, width))
    return story


def _widths(width: float, shares: list[float]) -> list[float]:
    total = sum(shares)
    return [width * s / total for s in shares]


def _family(card: ArchiveCard, width: float) -> list[Flowable]:
    fields = list(FAMILY_MEMBER)
    rows = [[f.display(m.get(f.key)) for f in fields] for m in card.family]
    widths = _widths(width, [f.width for f in fields])
    gfields = list(GUARDIAN)
    grows = [[f.display(g.get(f.key)) for f in gfields] for g in card.guardians]
    gwidths = _widths(width, [f.width for f in gfields])
    return [
        ruled_table([f.title for f in fields], rows, widths, title=tr(FAMILY_MEMBERS)),
        ruled_table([f.title for f in gfields], grows, gwidths, title=tr(GUARDIANS)),
    ]


def _history_value(kind: str, value: str) -> str:
    """History keeps codes ("true", "lifted"); shown the way the catalogue shows them."""
    try:
        field = STUDENT[kind]
    except KeyError:
        return value
    if value in ("true", "false"):
        return field.display(value == "true")
    return field.display(value)


def _history(card: ArchiveCard, width: float) -> list[Flowable]:
    rows = [
        [
            STATUS_KIND.label(h["kind"]),
            _history_value(h["kind"], h["value"]),
            h["start_date"].isoformat() if h["start_date"] else "",
            h["end_date"].isoformat() if h["end_date"] else "",
            h["note"],
        ]
        for h in card.history
    ]
    headers = [tr(ITEM), tr(VALUE), tr(FROM), tr(TO), tr(NOTE)]
    widths = _widths(width, [14, 14, 10, 10, 22])
    return [ruled_table(headers, rows, widths, title=tr(STATUS_HISTORY))]


def _aid(card: ArchiveCard, width: float) -> list[Flowable]:
    amount = AID_PAYMENT["amount_fen"]
    headers = [
        tr(SCHOOL_YEAR),
        tr(TERM_LABEL),
        tr(PROGRAM),
        amount.title,
        AID_PAYMENT["paid_on"].title,
        AID_PAYMENT["method"].title,
    ]
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = []
    for year, lines in groupby(card.aid, key=lambda a: a.school_year):
        lines = list(lines)
        for a in lines:
            rows.append(
                [
                    year,
                    TERM.label(str(a.term)),
                    a.program_name,
                    fen_to_yuan(a.amount_fen, grouped=True),
                    a.paid_on.isoformat(),
                    PAYMENT_METHOD.label(a.method),
                ]
            )
        rows.append(
            [
                tr(YEAR_TOTAL).format(year=year),
                "",
                "",
                fen_to_yuan(sum(a.amount_fen for a in lines), grouped=True),
                "",
                "",
            ]
        )
        r = len(rows)  # the header is row 0
        style += [("SPAN", (0, r), (2, r)), ("BACKGROUND", (0, r), (-1, r), LABEL_BG)]
    widths = _widths(width, [11, 9, 22, 10, 11, 9])
    return [
        ruled_table(
            headers, rows, widths, align_right=(3,), extra_style=style, title=tr(AID_RECEIVED)
        )
    ]


def _pairings(card: ArchiveCard, width: float) -> list[Flowable]:
    headers = [
        tr(TEACHER_LABEL),
        TEACHER["phone"].title,
        PAIRING["kind"].title,
        PAIRING["start_date"].title,
        PAIRING["end_date"].title,
    ]
    rows = [
        [
            p.teacher_name,
            p.teacher_phone,
            PAIRING_KIND.label(p.kind),
            p.start_date.isoformat(),
            p.end_date.isoformat() if p.end_date else "",
        ]
        for p in card.pairings
    ]
    widths = _widths(width, [10, 12, 10, 10, 10])
    return [ruled_table(headers, rows, widths, title=tr(PAIRED_TEACHERS))]


def _visits(card: ArchiveCard, width: float) -> list[Flowable]:
    title = tr(VISITS)
    if card.visits:
        last = card.visits[-1].visit_date.isoformat()
        title += "    " + tr(VISIT_COUNT).format(count=len(card.visits), date=last)
    headers = [VISIT["visit_date"].title, VISIT["method"].title, tr(TEACHER_LABEL), tr(SUMMARY)]
    rows = [
        [v.visit_date.isoformat(), VISIT_METHOD.label(v.method), v.teacher_name, v.summary]
        for v in card.visits
    ]
    return [ruled_table(headers, rows, _widths(width, [10, 8, 8, 40]), title=title)]
