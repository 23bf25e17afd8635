"""Targets as rules (like the reminder rules, editable by the township and sent down),
and the progress of each school and pairing against them in a term.

The arithmetic, in one place:

- A target counts the activities of its kind (or their lessons) dated in each period: the
  months of a term (cut to term days, so February asks nothing), the term, or the school
  year. The training rate counts teachers (services.activities.training).
- A per-pairing target asks the same of every institution pairing in force some day of
  the period; a per-school target asks it of every school.
- Status: *met* when done ≥ required; a period that has ended short is *overdue*; a
  running one is *behind* when done is less than the share of the period gone by
  (rounded down), else *due*; a period not yet begun is *upcoming*. The training rate is
  *behind* (running) or *overdue* (ended) whenever it is under the target.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School, Target
from fupin_desktop.errors import PermissionDenied
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema.activities import TARGET, TARGET_MEASURE, TARGET_PER, TARGET_PERIOD
from fupin_desktop.services import audit
from fupin_desktop.services.activities import kinds as kinds_
from fupin_desktop.services.activities import periods, training
from fupin_desktop.services.activities.pairings import list_pairings
from fupin_desktop.services.care.common import clean_or_raise
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.reference_rows import write_reference_rows

_NAMESPACE = uuid.UUID("0d9a6c1e-2b4f-4e77-8a31-c5d6e7f80912")
TRAINING_RATE = "training_rate"
STATUS = {
    "met": N_("Met"),
    "due": N_("Due"),
    "behind": N_("Behind"),
    "overdue": N_("Overdue"),
    "upcoming": N_("Not yet begun"),
}


@dataclass(frozen=True)
class TargetRule:
    code: str
    kind: str  # an activity kind's code; "" for the training rate
    measure: str  # count / lessons / rate
    min_value: int
    period: str  # month / term / year
    per: str  # school / pairing
    active: bool = True
    note: str = ""
    id: str = ""

    @property
    def title(self) -> str:
        if self.measure == "rate":
            return tr("Training rate")
        what = kinds_.kind_label(self.kind)
        return what if self.measure == "count" else f"{what} ({TARGET_MEASURE.label('lessons')})"

    @property
    def rule_text(self) -> str:
        unit = "%" if self.measure == "rate" else ""
        return tr("≥ {value}{unit} {per}, {period}").format(
            value=self.min_value,
            unit=unit,
            per=TARGET_PER.label(self.per),
            period=TARGET_PERIOD.label(self.period),
        )


DEFAULT_TARGETS: tuple[TargetRule, ...] = (
    TargetRule(TRAINING_RATE, "", "rate", 85, "year", "school"),
    TargetRule("pairing_lessons", kinds_.TEACHING_VISIT, "lessons", 10, "term", "pairing"),
    TargetRule("pairing_lectures", kinds_.LECTURE, "count", 2, "term", "pairing"),
    TargetRule("pairing_observation", kinds_.OBSERVATION, "count", 1, "month", "pairing"),
    TargetRule("guardian_meeting", kinds_.GUARDIAN_MEETING, "count", 1, "term", "school"),
)


def target_id(code: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, code))


def list_targets() -> list[TargetRule]:
    """The targets stored, or the defaults while none are."""
    stored = list(Target.select().where(Target.deleted == False).order_by(Target.code))  # noqa: E712
    if not stored:
        return [replace(t, id=target_id(t.code)) for t in DEFAULT_TARGETS]
    return [
        TargetRule(r.code, r.kind, r.measure, r.min_value, r.period, r.per, r.active, r.note, r.id)
        for r in stored
    ]


def target_values(rule: TargetRule) -> dict[str, Any]:
    return {k: getattr(rule, k) for k in TARGET.keys()}


def may_edit(actor: Actor) -> bool:
    """Targets are the township's reference data: a school would only lose its edit at
    the next package from the township, so only the township edits them (and the kinds
    they count, kinds.may_edit)."""
    return kinds_.may_edit(actor)


def save_targets(actor: Actor, rules_in: Iterable[tuple[str, dict[str, Any]]]) -> Result[None]:
    """Store the whole set: (code, values) pairs ("" for a new one); rules left out are
    tombstoned."""
    if not may_edit(actor):
        raise PermissionDenied()
    changes = Changes()
    with database.atomic():
        _write_targets(rules_in, changes)
        audit.record(actor, "update", "target")
    return Result(None, changes)


def save_duty_rules(
    actor: Actor,
    kinds_in: Iterable[tuple[str, dict[str, Any]]],
    rules_in: Iterable[tuple[str, dict[str, Any]]],
) -> Result[None]:
    """The township's editor: the kinds of activity and the targets, in one
    transaction (a new kind and the target that counts it are saved together)."""
    if not may_edit(actor):
        raise PermissionDenied()
    changes = Changes()
    with database.atomic():
        kinds_.write_kinds(kinds_in, changes)
        _write_targets(rules_in, changes)
        audit.record(actor, "update", "activity_kind,target")
    return Result(None, changes)


def _write_targets(rules_in: Iterable[tuple[str, dict[str, Any]]], changes: Changes) -> None:
    """The whole set of targets, inside the caller's transaction: (code, raw values)
    pairs ("" for a new one); targets left out are tombstoned. A target counts a kind
    in use (the training rate counts teachers)."""
    write_reference_rows(Target, rules_in, _clean_target, target_id, "target", changes)


def _clean_target(raw: dict[str, Any]) -> dict[str, Any]:
    values = clean_or_raise(TARGET, raw)
    if values["measure"] == "rate":
        values.update(kind="", per="school", period="year")
    else:
        kinds_.get_kind(values["kind"])
    return values


# --- progress -------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    school_id: str
    school_name: str
    target: TargetRule
    period: periods.Period
    done: int
    required: int
    status: str
    pairing_id: str | None = None
    pairing_label: str = ""
    teachers: int = 0  # the training rate: teachers in post

    @property
    def behind(self) -> bool:
        return self.status in ("behind", "overdue")

    @property
    def status_label(self) -> str:
        return tr(STATUS[self.status])

    @property
    def done_text(self) -> str:
        if self.target.measure == "rate":
            percent = self.done * 100 // self.teachers if self.teachers else 0
            return tr("{percent}% ({trained} of {teachers})").format(
                percent=percent, trained=self.done, teachers=self.teachers
            )
        return f"{self.done} / {self.required}"


def _status(done: int, required: int, period: periods.Period, as_of: dt.date) -> str:
    if done >= required:
        return "met"
    if period.end < as_of:
        return "overdue"
    if period.start > as_of:
        return "upcoming"
    gone = (as_of - period.start).days + 1
    return "behind" if done < required * gone // period.days else "due"


def _counts(rule: TargetRule, plist: list[periods.Period], school_id: str | None) -> dict:
    """{(owner id, period start): done}: owner is the school or the pairing."""
    marks = ", ".join("(?, ?)" for _ in plist)
    params: list[Any] = [x for p in plist for x in (p.start.isoformat(), p.end.isoformat())]
    owner = "a.school_id" if rule.per == "school" else "a.institution_pairing_id"
    what = "count(*)" if rule.measure == "count" else "coalesce(sum(a.lessons), 0)"
    sql = (
        f"WITH per(pstart, pend) AS (VALUES {marks}) SELECT {owner}, per.pstart, {what}"
        " FROM activity a JOIN per ON a.activity_date BETWEEN per.pstart AND per.pend"
        f" WHERE +a.deleted = 0 AND a.kind = ? AND {owner} IS NOT NULL"
    )
    params.append(rule.kind)
    if school_id:
        sql += " AND a.school_id = ?"
        params.append(school_id)
    sql += f" GROUP BY {owner}, per.pstart"
    return {(o, p): int(n) for o, p, n in database.execute_sql(sql, params)}


def progress(
    actor: Actor,
    school_year: str,
    term: int,
    *,
    school_id: str | None = None,
    as_of: dt.date | None = None,
) -> list[Progress]:
    """Done against required for every active target, school (and pairing) and period of
    the term; schools in code order, targets in rule order, periods in date order."""
    as_of = as_of or dt.date.today()
    schools = School.select(School.id, School.name).where(School.deleted == False)  # noqa: E712
    if school_id:
        schools = schools.where(School.id == school_id)
    school_list = [(s.id, s.name) for s in schools.order_by(School.code)]
    found: list[Progress] = []
    for rule in list_targets():
        if not rule.active:
            continue
        plist = periods.periods_of(rule.period, school_year, term)
        if rule.measure == "rate":
            found += _rate_progress(rule, plist[0], school_id, as_of)
            continue
        counts = _counts(rule, plist, school_id)
        for period in plist:
            key = period.start.isoformat()
            if rule.per == "school":
                for sid, name in school_list:
                    done = counts.get((sid, key), 0)
                    status = _status(done, rule.min_value, period, as_of)
                    found.append(Progress(sid, name, rule, period, done, rule.min_value, status))
                continue
            for p in list_pairings(actor, school_id=school_id, in_force=(period.start, period.end)):
                done = counts.get((p.id, key), 0)
                status = _status(done, rule.min_value, period, as_of)
                found.append(
                    Progress(p.school_id, p.school_name, rule, period, done, rule.min_value,
                             status, p.id, p.partner)
                )  # fmt: skip
    order = {sid: i for i, (sid, _) in enumerate(school_list)}
    found.sort(key=lambda x: (order.get(x.school_id, 0), x.period.start))
    return found


def _rate_progress(
    rule: TargetRule, year: periods.Period, school_id: str | None, as_of: dt.date
) -> list[Progress]:
    found = []
    for rate in training.training_rates(year.start, year.end, rule.min_value, school_id):
        status = "met" if rate.met else "overdue" if year.end < as_of else "behind"
        found.append(
            Progress(rate.school_id, rate.school_name, rule, year, rate.trained,
                     -(-rule.min_value * rate.teachers // 100), status, teachers=rate.teachers)
        )  # fmt: skip
    return found


@dataclass(frozen=True)
class SchoolSummary:
    school_id: str
    school_name: str
    met: int
    behind: int
    overdue: int
    training_percent: int | None


def summary(items: list[Progress]) -> list[SchoolSummary]:
    """Per school: how many targets met, behind, overdue; the training rate."""
    by_school: dict[str, dict[str, Any]] = {}
    for item in items:
        entry = by_school.setdefault(
            item.school_id,
            {"name": item.school_name, "met": 0, "behind": 0, "overdue": 0, "rate": None},
        )
        if item.status in ("met", "behind", "overdue"):
            entry[item.status] += 1
        if item.target.measure == "rate" and item.teachers:
            entry["rate"] = item.done * 100 // item.teachers
    return [
        SchoolSummary(sid, e["name"], e["met"], e["behind"], e["overdue"], e["rate"])
        for sid, e in by_school.items()
    ]
