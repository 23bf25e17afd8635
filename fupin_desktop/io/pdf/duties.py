"""The duties' forms, from plain data (services.printing.duties gathers it):

- 结对帮扶档案: an institution pairing's file: who with whom, the plan and measures,
  every activity as a dated block, the summary, signatures;
- 致家长一封信: one letter a child's family, a page each, with a tear-off receipt;
- 督导通报: the township's term report of one school, figure by figure.
"""

from __future__ import annotations

from typing import Any

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
from fupin_desktop.io.pdf.styles import para
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.schema.activities import ACTIVITY, INSTITUTION_PAIRING
from fupin_desktop.schema.fields import Kind

PLAN = N_("Plan and measures")
RECORDS = N_("Records")
ACTIVITY_NO = N_("{n}. {kind}")
NO_ACTIVITIES = N_("No activities recorded yet.")
SUMMARY = N_("Summary")
KIND = N_("Kind")
TEACHERS = N_("Teachers")
HEAD = N_("Head of the helping institution")
PRINCIPAL = N_("Principal")
RECEIPT = N_("Receipt (cut off and return to the school): I have read the letter about {student}.")
GUARDIAN_SIGNS = N_("Parent or guardian")
SCHOOL_SIGNS = N_("{school} (stamp)")


def pairing_file(data: Any, width: float) -> list[Flowable]:
    p = data.pairing
    short = [f for f in INSTITUTION_PAIRING if f.kind is not Kind.LONG_TEXT]
    story: list[Flowable] = [
        para(tr(FORMS[Form.PAIRING_FILE].title), "title"),
        para(data.school_name, "subtitle"),
        grid([(f.title, f.display(p.get(f.key))) for f in short], width),
        heading(tr(PLAN)),
        long_text(
            [
                (INSTITUTION_PAIRING[k].title, INSTITUTION_PAIRING[k].display(p.get(k)))
                for k in ("plan", "measures")
            ],
            width,
        ),
        heading(tr(RECORDS)),
    ]
    if not data.activities:
        story.append(para(tr(NO_ACTIVITIES)))
    for number, item in enumerate(data.activities, start=1):
        title = tr(ACTIVITY_NO).format(n=number, kind=item["kind_label"])
        values = {**item, "partner": item.get("teachers", "")}
        story += record_block(title, _WITH_TEACHERS, values, width)
        story.append(Spacer(1, 3 * mm))
    story += [
        heading(tr(SUMMARY)),
        long_text([(tr(SUMMARY), INSTITUTION_PAIRING["summary"].display(p.get("summary")))], width),
        signatures([tr(HEAD), tr(PRINCIPAL)], width),
    ]
    return story


def _teachers_catalogue() -> Any:
    """The activity's fields, with the teachers shown in the partner's place (the partner
    is the file's own, said once at the top)."""
    from dataclasses import replace

    from fupin_desktop.schema.fields import Catalogue

    fields = tuple(
        replace(f, label=TEACHERS) if f.key == "partner" else f
        for f in ACTIVITY
        if f.key not in ("families_reached",)
    )
    return Catalogue("activity_print", fields)


_WITH_TEACHERS = _teachers_catalogue()


def letter(item: Any, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        para(item.title or tr(FORMS[Form.LETTERS].title), "title"),
        Spacer(1, 4 * mm),
    ]
    for paragraph in item.body.split("\n"):
        story.append(para(paragraph or " ", "long"))
    story += [
        Spacer(1, 8 * mm),
        para(item.school_name, "body"),
        para(item.day.isoformat(), "body"),
        Spacer(1, 14 * mm),
        para("✂ " + "-" * 60, "small"),
        para(tr(RECEIPT).format(student=item.student_name), "body"),
        signatures([tr(GUARDIAN_SIGNS)], width, stamp=False),
    ]
    return story


INSPECTION_FIGURES = N_("Figures of the term")
TARGETS = N_("Targets")
FIGURE = N_("Figure")
VALUE = N_("Value")
TARGET = N_("Target")
RULE = N_("Rule")
PERIOD = N_("Period")
PARTNER = N_("Pairing")
DONE = N_("Done")
STATUS = N_("Status")
BEHIND = N_("{count} targets behind or overdue.")
ALL_MET = N_("No target is behind.")
INSPECTOR = N_("Inspector")
TOWNSHIP_HEAD = N_("Head of the township central school")


def inspection(report: Any, width: float, figures: list[tuple[str, str]]) -> list[Flowable]:
    """`figures`: (label, value) pairs already in words (the service knows the units)."""
    story: list[Flowable] = [
        para(tr(FORMS[Form.INSPECTION].title), "title"),
        para(f"{report.school_name} · {report.term}", "subtitle"),
        ruled_table(
            [tr(FIGURE), tr(VALUE)],
            figures,
            [width * 0.6, width * 0.4],
            title=tr(INSPECTION_FIGURES),
        ),
        Spacer(1, 4 * mm),
    ]
    widths = [w * width for w in (0.22, 0.2, 0.14, 0.16, 0.16, 0.12)]
    body = [
        [t["title"], t["rule"], t["period"], t["partner"], t["done"], t["status"]]
        for t in report.targets
    ]
    headers = [tr(TARGET), tr(RULE), tr(PERIOD), tr(PARTNER), tr(DONE), tr(STATUS)]
    story.append(ruled_table(headers, body, widths, title=tr(TARGETS)))
    story.append(Spacer(1, 3 * mm))
    behind = report.behind
    story.append(para(tr(BEHIND).format(count=behind) if behind else tr(ALL_MET)))
    story.append(signatures([tr(INSPECTOR), tr(TOWNSHIP_HEAD)], width))
    return story
