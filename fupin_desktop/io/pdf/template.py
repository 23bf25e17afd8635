"""The page every form is printed on: A4 with a binding margin, the school's name and
the print date at the top, 第 N 页 共 M 页 at the bottom.

A document holds one or more *units* (one student's archive card, one sign-off sheet);
pages are numbered within a unit, because each unit is filed on its own. The total of
a unit is only known when it ends, so every page draws its number through a PDF form
XObject that is defined when the unit ends: one pass, constant memory, no re-layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import ActionFlowable, BaseDocTemplate, Frame, PageTemplate

from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.fonts import FONT, register

# Archive binders punch and clip the left edge of a portrait page. A landscape page is
# filed turned a quarter, so its binding edge is the top.
BINDING = 25 * mm
MARGIN = 15 * mm
HEADER_GAP = 9 * mm  # from the paper edge's margin to the header's baseline
FOOTER_Y = 9 * mm

# Streams are written binary and zlib-compressed: ASCII85 text costs a quarter more
# bytes and, without reportlab's optional C accelerator, a pure-Python encoding pass.
rl_config.useA85 = 0

PAGE_OF = N_("Page {page} of {pages}")
PRINTED_ON = N_("Printed on {date}")


@dataclass
class Unit:
    """What the header says while a unit is printed."""

    school: str
    label: str = ""


class StartUnit(ActionFlowable):
    """Placed first in each unit's flowables, always at the top of a page."""

    def __init__(self, unit: Unit) -> None:
        super().__init__()
        self.unit = unit

    def apply(self, doc: FormDoc) -> None:
        doc.start_unit(self.unit)


class FormDoc(BaseDocTemplate):
    def __init__(
        self,
        target: Path | Any,
        *,
        landscape_pages: bool = False,
        title: str = "",
        printed_on: dt.date | None = None,
    ) -> None:
        register()
        size = landscape(A4) if landscape_pages else A4
        if landscape_pages:
            left, right, top, bottom = MARGIN, MARGIN, BINDING, MARGIN + 3 * mm
        else:
            left, right, top, bottom = BINDING, MARGIN, MARGIN + 5 * mm, MARGIN + 3 * mm
        super().__init__(
            str(target) if isinstance(target, Path) else target,
            pagesize=size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author="fupin-desktop",
            creator="fupin-desktop",
            # Every page starts in our font: reportlab's default would put an
            # unembedded Helvetica in each page's resources.
            initialFontName=FONT,
            pageCompression=1,
            invariant=0,
        )
        self.printed_on = printed_on or dt.date.today()
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate(id="form", frames=[frame], pagesize=size)])
        self.unit = Unit("")
        self._unit_no = 0
        self._unit_pages: list[str] = []
        self.pages_total = 0

    # -- units ------------------------------------------------------------------------
    def start_unit(self, unit: Unit) -> None:
        self._finish_unit()
        self.unit = unit
        self._unit_no += 1

    def _finish_unit(self) -> None:
        """Define the page-number forms of the unit that just ended, now that its page
        count is known."""
        canv = self.canv
        total = len(self._unit_pages)
        width = self.pagesize[0]
        for index, name in enumerate(self._unit_pages, start=1):
            canv.beginForm(name)
            canv.setFont(FONT, 9)
            canv.drawCentredString(width / 2, FOOTER_Y, tr(PAGE_OF).format(page=index, pages=total))
            canv.endForm()
        self._unit_pages = []

    def afterPage(self) -> None:
        """Header and footer, drawn when the page is complete: the unit that began on
        this page is known by then."""
        canv = self.canv
        width, height = self.pagesize
        self.pages_total += 1
        canv.saveState()
        canv.setFont(FONT, 9)
        top = height - self.topMargin + HEADER_GAP - 4 * mm
        left, right = self.leftMargin, width - self.rightMargin
        canv.drawString(left, top, self.unit.school)
        if self.unit.label:
            canv.drawCentredString((left + right) / 2, top, self.unit.label)
        printed = tr(PRINTED_ON).format(date=self.printed_on.isoformat())
        canv.drawRightString(right, top, printed)
        canv.setLineWidth(0.5)
        canv.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        name = f"pageno{self._unit_no}_{len(self._unit_pages) + 1}"
        self._unit_pages.append(name)
        canv.doForm(name)
        canv.restoreState()

    def _endBuild(self) -> None:
        # The last unit ends with the document: define its forms before saving.
        self._doSave = 0
        super()._endBuild()
        self._finish_unit()
        self.canv.save()
