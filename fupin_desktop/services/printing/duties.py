"""The plain data of the duties' forms (io/pdf stays free of services): an institution
pairing's 帮扶档案, letters to parents, and the township's per-term inspection report
(督导通报) of each school."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.models import Activity, Guardian, School, Student
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.format import class_label as format_class
from fupin_desktop.services.activities import meals, nutrition, records, targets
from fupin_desktop.services.activities import pairings as inst
from fupin_desktop.services.activities.periods import term_label, term_period
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.care import coverage as care_coverage
from fupin_desktop.services.context import Actor
from fupin_desktop.validation import fen_to_yuan


@dataclass
class PairingFile:
    school_name: str
    pairing: dict[str, Any]
    activities: list[dict[str, Any]]


def pairing_file(actor: Actor, pairing_id: str) -> PairingFile:
    """Plan, every activity (oldest first) with its teachers, summary."""
    row = inst.get_pairing(actor, pairing_id)
    found = records.list_activities(actor, school_id=row.school_id, pairing_id=pairing_id)
    items = [
        {**a.values, "kind_label": a.kind_label, "teachers": "、".join(a.teacher_names)}
        for a in reversed(found)
    ]
    return PairingFile(row.school_name, row.values, items)


DEFAULT_LETTER = N_(
    "Dear {guardian},\n\n{student} of {class} is a pupil of {school}. The school cares for "
    "every child's studies, safety and health, and asks the family to keep in touch with "
    "the head teacher, to talk with the child by phone at least once a week, and to tell "
    "the school of any change at home.\n\nThank you for your support."
)
PLACEHOLDERS = {
    "school": ("{school}", "{学校}"),
    "student": ("{student}", "{学生}"),
    "guardian": ("{guardian}", "{家长}"),
    "class": ("{class}", "{班级}"),
    "date": ("{date}", "{日期}"),
}


@dataclass(frozen=True)
class Letter:
    school_name: str
    title: str
    student_name: str
    class_label: str
    guardian: str
    body: str
    day: dt.date


def fill(template: str, values: dict[str, str]) -> str:
    """Replace the placeholders ({school} or {学校} …); any other brace stays as typed."""
    for key, marks in PLACEHOLDERS.items():
        for mark in marks:
            template = template.replace(mark, values.get(key, ""))
    return template


def letters(actor: Actor, activity_id: str, student_ids: list[str]) -> Iterator[Letter]:
    """A letter per child's family, from the activity's text as the template (or the
    default letter), addressed to the child's first guardian."""
    activity = Activity.get_or_none(Activity.id == activity_id)
    if activity is None or activity.deleted:
        raise NotFound()
    school = School.get_by_id(activity.school_id)
    template = activity.content.strip() or tr(DEFAULT_LETTER)
    for start in range(0, len(student_ids), 200):
        chunk = student_ids[start : start + 200]
        guardians: dict[str, str] = {}
        for g in Guardian.select().where(Guardian.student.in_(chunk) & (Guardian.deleted == False)):  # noqa: E712
            guardians.setdefault(g.student_id, g.name)
        by_id = {s.id: s for s in Student.select().where(Student.id.in_(chunk))}
        for sid in chunk:
            student = by_id.get(sid)
            if student is None:
                continue
            class_label = format_class(student.grade, student.class_name)
            guardian = tr("{name}'s parent or guardian").format(name=student.name)
            if guardians.get(sid):
                guardian = guardians[sid]
            values = {"school": school.name, "student": student.name, "guardian": guardian,
                      "class": class_label, "date": activity.activity_date.isoformat()}  # fmt: skip
            yield Letter(school.name, activity.title, student.name, class_label, guardian,
                         fill(template, values), activity.activity_date)  # fmt: skip


@dataclass
class InspectionReport:
    school_id: str
    school_name: str
    term: str
    as_of: dt.date
    coverage: dict[str, int]
    aid: dict[str, int]
    targets: list[dict[str, str]] = field(default_factory=list)
    training: dict[str, int] = field(default_factory=dict)
    meals: dict[str, int] = field(default_factory=dict)
    nutrition: dict[str, int] = field(default_factory=dict)

    @property
    def behind(self) -> int:
        return sum(1 for t in self.targets if t["behind"])


def inspection_reports(
    actor: Actor,
    school_year: str,
    term: int,
    *,
    school_id: str | None = None,
    as_of: dt.date | None = None,
) -> list[InspectionReport]:
    """Per school, the term's figures: visit coverage and overdue, aid due and paid,
    training rate, target progress, meals served, children below the nutrition norm."""
    as_of = as_of or dt.date.today()
    period = term_period(school_year, term)
    end = min(period.end, as_of)
    coverage = care_coverage.coverage(actor, period.start, end, school_id=school_id, as_of=as_of)
    cov = {row.school_id: row for row in coverage.schools}
    progress = targets.progress(actor, school_year, term, school_id=school_id, as_of=as_of)
    meal_rows = {m.school_id: m for m in meals.term_summary(
        actor, school_year, term, school_id=school_id, by_class=False)}  # fmt: skip
    found = []
    schools = School.select().where(School.deleted == False).order_by(School.code)  # noqa: E712
    for school in schools.where(School.id == school_id) if school_id else schools:
        c = cov.get(school.id)
        recon = reconcile(actor, school_year, term, school.id)
        report = InspectionReport(
            school.id, school.name, term_label(school_year, term), as_of,
            coverage={k: getattr(c, k) if c else 0 for k in care_coverage.COUNT_KEYS},
            aid={"entitled_fen": recon.total.entitled_fen, "paid_fen": recon.total.paid_fen,
                 "flagged": recon.total.flagged},
        )  # fmt: skip
        for item in (p for p in progress if p.school_id == school.id):
            if item.target.measure == "rate":
                report.training = {"teachers": item.teachers, "trained": item.done,
                                   "target": item.target.min_value}  # fmt: skip
            report.targets.append({
                "title": item.target.title, "rule": item.target.rule_text,
                "period": item.period.label() if item.period.kind != "year" else school_year,
                "partner": item.pairing_label, "done": item.done_text,
                "status": item.status_label, "behind": "1" if item.behind else "",
            })  # fmt: skip
        m = meal_rows.get(school.id)
        report.meals = {"days": m.days if m else 0, "served": m.served if m else 0,
                        "left_behind": m.left_behind_served if m else 0,
                        "needy": m.needy_served if m else 0}  # fmt: skip
        measured = nutrition.measurements(actor, period.start, end, school_id=school.id)
        report.nutrition = {"measured": len(measured),
                            "below": len(nutrition.below_norm(measured))}  # fmt: skip
        found.append(report)
    return found


def figures(report: InspectionReport) -> list[tuple[str, str]]:
    """The report's figures in words, for the PDF and the command line."""
    c, a, t, m, n = report.coverage, report.aid, report.training, report.meals, report.nutrition
    rate = f"{t['trained'] * 100 // t['teachers']}%" if t.get("teachers") else "–"
    return [
        (tr("Paired students"), str(c["paired"])),
        (tr("Of them visited this term"), str(c["visited"])),
        (tr("Of them visited at home"), str(c["home_visited"])),
        (tr("Entitled children without a pairing"), str(c["entitled_unpaired"])),
        (tr("Left-behind children"), str(c["left_behind"])),
        (tr("Left-behind children without a proxy parent"), str(c["left_behind_no_proxy"])),
        (tr("Overdue visits, diaries and calls"), str(c["overdue"])),
        (tr("Aid due this term (yuan)"), fen_to_yuan(a["entitled_fen"], grouped=True)),
        (tr("Aid paid this term (yuan)"), fen_to_yuan(a["paid_fen"], grouped=True)),
        (tr("Aid rows flagged"), str(a["flagged"])),
        (
            tr("Training rate"),
            tr("{rate} ({trained} of {teachers}; target {target}%)").format(
                rate=rate, trained=t.get("trained", 0), teachers=t.get("teachers", 0),
                target=t.get("target", 0),
            ),
        ),
        (tr("School days with meals registered"), str(m["days"])),
        (tr("Meals served"), str(m["served"])),
        (tr("Of them to left-behind children"), str(m["left_behind"])),
        (tr("Of them to needy children"), str(m["needy"])),
        (tr("Children measured"), str(n["measured"])),
        (tr("Of them below the nutrition norm"), str(n["below"])),
    ]  # fmt: skip
