"""e. 花名册: the student list as filtered now, landscape, its header on every page."""

from __future__ import annotations

from reportlab.platypus import Flowable

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import ruled_table
from fupin_desktop.io.pdf.shapes import Roster
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.catalogues import SCHOOL, STUDENT

LANDSCAPE = True
TITLE = FORMS[Form.ROSTER].title
COUNT = N_("{count} students")
NUMBER = N_("No.")


def flowables(roster: Roster, width: float, description: str = "") -> list[Flowable]:
    fields = STUDENT.table_fields()
    headers = [tr(NUMBER)]
    shares = [4.0]
    if roster.show_school:
        headers.append(SCHOOL["name"].title)
        shares.append(SCHOOL["name"].width)
    headers += [f.title for f in fields]
    shares += [f.width for f in fields]
    widths = [width * s / sum(shares) for s in shares]
    rows = []
    for number, row in enumerate(roster.rows, start=1):
        values = [str(number)]
        if roster.show_school:
            values.append(row.get("school_name", ""))
        values += [f.display(row.get(f.key)) for f in fields]
        rows.append(values)
    subtitle = tr(COUNT).format(count=len(rows))
    if description:
        subtitle = f"{description}    {subtitle}"
    return [
        para(tr(TITLE), "title"),
        para(subtitle, "subtitle"),
        ruled_table(headers, rows, widths, extra_style=[("ALIGN", (0, 1), (0, -1), "CENTER")]),
    ]
