"""The school year's forms (docs/architecture.md, "The school year"), from plain data:

- the 公示名单 (public notice): name, school, grade, class and level, nothing else: the
  writer takes rows of exactly these five texts, so no other value can reach the page;
- the class 评议 record: date, who took part, each child's level and a line to sign;
- the 家庭经济困难学生认定申请表 of one child: the file's facts, the reasons, the pledge
  (个人承诺) and the signatures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from fupin_desktop.fileio import atomic_target
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.blocks import grid, long_text, ruled_table, signatures
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.template import FormDoc, StartUnit, Unit

NOTICE_TITLE = N_("Public notice of students with family financial difficulties")
NOTICE_HEADERS = (N_("No."), N_("Name"), N_("School"), N_("Grade"), N_("Class"), N_("Level"))
NOTICE_PERIOD = N_("{year} school year. Notice from {start} to {end}; objections to the "
                   "school's aid office within the notice period.")  # fmt: skip
REVIEW_TITLE = N_("Class review record of students with family financial difficulties")
APPLICATION_TITLE = N_("Application for recognition as a student with family financial "
                       "difficulties")  # fmt: skip
PLEDGE = N_(
    "Pledge: I promise that what this application says is true and complete. If it is "
    "not, I accept that the recognition is withdrawn and the aid paid back."
)


def write_notice(
    path: Path,
    school: str,
    school_year: str,
    rows: Sequence[tuple[str, str, str, str, str]],
    start: dt.date | None,
    end: dt.date | None,
    printed_on: dt.date | None = None,
) -> Path:
    """rows: (name, school, grade, class, level) and nothing more."""

    def story(doc: FormDoc) -> list[Any]:
        widths = [doc.width * s for s in (0.08, 0.2, 0.3, 0.14, 0.12, 0.16)]
        body = [[str(n), *row] for n, row in enumerate(rows, start=1)]
        period = tr(NOTICE_PERIOD).format(year=school_year, start=_day(start), end=_day(end))
        return [
            para(tr(NOTICE_TITLE), "title"),
            para(period, "subtitle"),
            ruled_table([tr(h) for h in NOTICE_HEADERS], body, widths),
            signatures([tr("Principal")], doc.width),
        ]

    return _write(path, school, tr(NOTICE_TITLE), story, printed_on)


def write_review(
    path: Path,
    school: str,
    class_name: str,
    school_year: str,
    review_date: dt.date | None,
    participants: str,
    rows: Sequence[tuple[str, str, str]],
    printed_on: dt.date | None = None,
) -> Path:
    """rows: (name, level, reasons) of each child the class reviewed."""

    def story(doc: FormDoc) -> list[Any]:
        facts = [
            (tr("School year"), school_year),
            (tr("Class"), class_name),
            (tr("Review date"), _day(review_date)),
            (tr("Taking part"), participants),
        ]
        widths = [doc.width * s for s in (0.08, 0.16, 0.16, 0.45, 0.15)]
        headers = [tr("No."), tr("Name"), tr("Level"), tr("Reasons"), tr("Votes for")]
        body = [[str(n), *row, ""] for n, row in enumerate(rows, start=1)]
        return [
            para(tr(REVIEW_TITLE), "title"),
            grid(facts, doc.width, per_row=2),
            ruled_table(headers, body, widths),
            signatures([tr("Head teacher"), tr("Review group members")], doc.width, stamp=False),
        ]

    return _write(path, school, tr(REVIEW_TITLE), story, printed_on)


def write_applications(
    path: Path,
    school: str,
    children: Sequence[dict[str, Any]],
    printed_on: dt.date | None = None,
) -> Path:
    """One application a child: children[i] has "facts" (label, value) pairs, "family"
    rows (name, relation, occupation), "reasons", "pairing" and "school_year"."""

    def story(doc: FormDoc) -> list[Any]:
        out: list[Any] = []
        from reportlab.platypus import PageBreak

        for index, child in enumerate(children):
            if index:
                out.append(PageBreak())
            out.append(StartUnit(Unit(school, child.get("name", ""))))
            widths = [doc.width * s for s in (0.3, 0.3, 0.4)]
            family = [list(r) for r in child.get("family", [])] or [["", "", ""]]
            out += [
                para(tr(APPLICATION_TITLE), "title"),
                para(child.get("school_year", ""), "subtitle"),
                grid(child.get("facts", []), doc.width, per_row=2),
                ruled_table(
                    [tr("Name"), tr("Relation"), tr("Occupation")],
                    family,
                    widths,
                    title=tr("Family members"),
                ),
                long_text(
                    [
                        (tr("Reasons"), child.get("reasons", "")),
                        (tr("Pairing teacher"), child.get("pairing", "")),
                        (tr("Pledge"), tr(PLEDGE)),
                    ],
                    doc.width,
                    label_w=30 * mm,
                ),
                signatures(
                    [tr("Student"), tr("Guardian"), tr("Head teacher"), tr("Principal")],
                    doc.width,
                ),
            ]
        return out

    return _write(path, school, tr(APPLICATION_TITLE), story, printed_on, units=False)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else "____-__-__"


def _write(
    path: Path,
    school: str,
    title: str,
    story: Callable[[FormDoc], list[Any]],
    printed_on: dt.date | None,
    *,
    units: bool = True,
) -> Path:
    """Written to a temporary name and renamed into place (DESIGN "Storage and safety")."""
    path = Path(path)
    with atomic_target(path) as tmp:
        doc = FormDoc(tmp, title=title, printed_on=printed_on)
        flow = story(doc)
        if units:
            flow = [StartUnit(Unit(school)), *flow]
        doc.build(flow)
    return path
