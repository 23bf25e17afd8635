"""Township mode: the list of schools with each one's last package, totals per school
and for the township, and the Excel report for the county. Also the plain-text sync
status of any installation (`fupin sync status`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.models import ConflictLog, PackageLedger, School
from fupin_desktop.errors import NotInitialised
from fupin_desktop.i18n import tr
from fupin_desktop.io import xlsx
from fupin_desktop.schema import choices as ch
from fupin_desktop.schema.catalogues import STUDENT_CATEGORY_KEYS
from fupin_desktop.services import audit, installation
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.sync import state
from fupin_desktop.validation import fen_to_decimal

STALE_DAYS = 45  # a school silent longer than this is flagged


@dataclass
class SchoolStatus:
    school_id: str
    code: str
    name: str
    enrolled: bool
    last_package_at: dt.datetime | None = None
    last_sequence: int = 0
    last_counts: dict[str, int] = field(default_factory=dict)
    packages: int = 0
    missing: list[int] = field(default_factory=list)

    def days_since(self, now: dt.datetime | None = None) -> int | None:
        if self.last_package_at is None:
            return None
        return ((now or utcnow()) - self.last_package_at).days

    @property
    def stale(self) -> bool:
        days = self.days_since()
        return days is None or days > STALE_DAYS


def school_choices() -> list[tuple[str, str]]:
    """(code, name) of the live schools, for the township's pickers."""
    query = School.select(School.code, School.name).where(School.deleted == False)  # noqa: E712
    return [(s.code, s.name) for s in query.order_by(School.code)]


def _require_township() -> installation.InstallationInfo:
    info = installation.current()
    if info is None:
        raise NotInitialised()
    return info


def schools_overview(actor: Actor) -> list[SchoolStatus]:
    """Every school of the ledger with its last package: when, which sequence number,
    how many rows, which sequence numbers never arrived."""
    _require_township()
    peers = state.peers()
    by_code: dict[str, SchoolStatus] = {}
    for school in School.select().where(School.deleted == False).order_by(School.code):  # noqa: E712
        key = state.peer_key("school", school.code)
        enrolled = bool(peers.get(key, {}).get("sign_key"))  # a key a principal enrolled
        by_code[school.code] = SchoolStatus(school.id, school.code, school.name, enrolled)
    rows = (
        PackageLedger.select()
        .where(PackageLedger.direction == "in")
        .order_by(PackageLedger.processed_at)
    )
    sequences: dict[str, set[int]] = {}
    for row in rows:
        status = by_code.get(row.school_code)
        if status is None or row.sender_role != "school":
            continue
        status.packages += 1
        sequences.setdefault(row.school_code, set()).add(row.sequence)
        if row.sequence >= status.last_sequence:
            status.last_sequence = row.sequence
            status.last_package_at = row.created_at
            status.last_counts = dict((row.counts or {}).get("rows", {}))
    for code, seen in sequences.items():
        by_code[code].missing = [n for n in range(1, max(seen)) if n not in seen]
    return list(by_code.values())


# -- totals -----------------------------------------------------------------------------
@dataclass
class SchoolTotals:
    code: str
    name: str
    students: int = 0
    by_stage: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    entitled_fen: int = 0
    paid_fen: int = 0
    paired: int = 0
    visited: int = 0
    left_behind: int = 0
    left_behind_cared: int = 0  # with a live profile and a visit, diary entry or call
    unattended: int = 0  # 无人监护 (services/care/register.py)
    unattended_visited: int = 0  # of them, visited this term
    dropped_out: int = 0
    transferred: int = 0


# The categories counted are the student file's own (one list, in the catalogue).
CATEGORY_KEYS = STUDENT_CATEGORY_KEYS


def school_totals(actor: Actor, since: dt.date | None = None) -> list[SchoolTotals]:
    """Totals per school, in SQL: students by stage and category, aid paid against the
    entitlement of the current term, pairing and visit coverage (visits since `since`,
    default the start of the school year), left-behind children and their care,
    enrolment changes and dropouts."""
    # Counts only, no personal detail: anyone who may open the township page may see them.
    today = dt.date.today()
    if since is None:
        since = school_calendar().school_year_start(today)
    schools = list(School.select().where(School.deleted == False).order_by(School.code))  # noqa: E712
    out = {s.id: SchoolTotals(s.code, s.name) for s in schools}
    enrolled = "s.deleted = 0 AND s.enrolment = 'enrolled'"
    for school_id, stage, count in database.execute_sql(
        f"SELECT school_id, stage, count(*) FROM student s WHERE {enrolled} GROUP BY 1, 2"
    ):
        if school_id in out:
            out[school_id].by_stage[stage] = count
            out[school_id].students += count
    for key in CATEGORY_KEYS:
        for school_id, count in database.execute_sql(
            f'SELECT school_id, count(*) FROM student s WHERE {enrolled} AND "{key}" = 1 GROUP BY 1'
        ):
            if school_id in out:
                out[school_id].by_category[key] = count
    for school_id, enrolment, count in database.execute_sql(
        "SELECT school_id, enrolment, count(*) FROM student s WHERE s.deleted = 0 GROUP BY 1, 2"
    ):
        if school_id in out and enrolment == "dropped_out":
            out[school_id].dropped_out = count
        elif school_id in out and enrolment == "transferred":
            out[school_id].transferred = count
    _coverage(out, since, enrolled)
    _unattended(actor, out, today)
    year, term = aid_term(today)
    _aid(actor, out, year, term)
    return [out[s.id] for s in schools]


def aid_term(today: dt.date) -> tuple[str, int]:
    """The term whose aid the totals and the county report count: the one running, or
    in the holidays the one just gone (the one school calendar)."""
    return school_calendar().current_term(today)


def _coverage(out: dict[str, SchoolTotals], since: dt.date, enrolled: str) -> None:
    for school_id, paired, visited in database.execute_sql(
        "SELECT s.school_id, count(DISTINCT p.student_id), count(DISTINCT v.student_id) "
        "FROM pairing p JOIN student s ON s.id = p.student_id "
        "LEFT JOIN visit v ON v.student_id = p.student_id AND v.deleted = 0 "
        "AND v.visit_date >= ? "
        f"WHERE p.deleted = 0 AND p.end_date IS NULL AND {enrolled} GROUP BY 1",
        [since.isoformat()],
    ):
        if school_id in out:
            out[school_id].paired, out[school_id].visited = paired, visited
    for school_id, children, cared in database.execute_sql(
        "SELECT s.school_id, count(*), sum(CASE WHEN "
        "EXISTS (SELECT 1 FROM left_behind_profile l WHERE l.student_id = s.id "
        "AND l.deleted = 0 AND l.end_date IS NULL) AND ("
        "EXISTS (SELECT 1 FROM visit v WHERE v.student_id = s.id AND v.deleted = 0 "
        "AND v.visit_date >= ?) OR "
        "EXISTS (SELECT 1 FROM diary_entry d WHERE d.student_id = s.id AND d.deleted = 0 "
        "AND d.entry_date >= ?) OR "
        "EXISTS (SELECT 1 FROM family_call c WHERE c.student_id = s.id AND c.deleted = 0 "
        "AND c.call_date >= ?)) THEN 1 ELSE 0 END) "
        f"FROM student s WHERE {enrolled} AND s.left_behind = 1 GROUP BY 1",
        [since.isoformat()] * 3,
    ):
        if school_id in out:
            out[school_id].left_behind = children
            out[school_id].left_behind_cared = cared or 0


def _unattended(actor: Actor, out: dict[str, SchoolTotals], today: dt.date) -> None:
    from fupin_desktop.services.care.register import unattended_children

    for child in unattended_children(actor, today=today):
        if child.school_id in out:
            out[child.school_id].unattended += 1
            out[child.school_id].unattended_visited += int(child.visited)


def _aid(actor: Actor, out: dict[str, SchoolTotals], year: str, term: int) -> None:
    for school_id, totals in out.items():
        recon = reconcile(actor, year, term, school_id)
        totals.entitled_fen = recon.total.entitled_fen
        totals.paid_fen = recon.total.paid_fen


# -- the county report ------------------------------------------------------------------
def write_county_report(actor: Actor, path: Path) -> Result[Path]:
    """The township's report for the county: one row per school and a township total,
    plus the list of schools and their last packages."""
    info = _require_township()
    totals = school_totals(actor)
    overview = {s.code: s for s in schools_overview(actor)}
    stages = [c.code for c in ch.STAGE.choices]
    columns = [
        xlsx.Column(tr("School code"), 12, text=True),
        xlsx.Column(tr("School name"), 20),
        xlsx.Column(tr("Students enrolled"), 8),
        *[xlsx.Column(ch.STAGE.label(s), 6) for s in stages],
        *[xlsx.Column(_category_label(k), 8) for k in CATEGORY_KEYS],
        xlsx.Column(tr("Aid due this term (yuan)"), 12),
        xlsx.Column(tr("Aid paid this term (yuan)"), 12),
        xlsx.Column(tr("Paired students"), 8),
        xlsx.Column(tr("Visited since September"), 8),
        xlsx.Column(tr("Left-behind children"), 8),
        xlsx.Column(tr("Left-behind children cared for"), 10),
        xlsx.Column(tr("No one looks after (无人监护)"), 10),
        xlsx.Column(tr("Of them visited this term"), 10),
        xlsx.Column(tr("Transferred out"), 8),
        xlsx.Column(tr("Dropped out"), 8),
        xlsx.Column(tr("Last package"), 12),
    ]

    def row(t: SchoolTotals, last: str) -> list[Any]:
        return [
            t.code,
            t.name,
            t.students,
            *[t.by_stage.get(s, 0) for s in stages],
            *[t.by_category.get(k, 0) for k in CATEGORY_KEYS],
            fen_to_decimal(t.entitled_fen),
            fen_to_decimal(t.paid_fen),
            t.paired,
            t.visited,
            t.left_behind,
            t.left_behind_cared,
            t.unattended,
            t.unattended_visited,
            t.transferred,
            t.dropped_out,
            last,
        ]

    rows = []
    for t in totals:
        status = overview.get(t.code)
        last = (
            status.last_package_at.date().isoformat() if status and status.last_package_at else ""
        )
        rows.append(row(t, last))
    whole = SchoolTotals("", tr("Township total"))
    for t in totals:
        whole.students += t.students
        for key, value in t.by_stage.items():
            whole.by_stage[key] = whole.by_stage.get(key, 0) + value
        for key, value in t.by_category.items():
            whole.by_category[key] = whole.by_category.get(key, 0) + value
        for name in (
            "entitled_fen", "paid_fen", "paired", "visited", "left_behind",
            "left_behind_cared", "unattended", "unattended_visited", "transferred",
            "dropped_out",
        ):  # fmt: skip
            setattr(whole, name, getattr(whole, name) + getattr(t, name))
    rows.append(row(whole, ""))
    title = tr("{township}: education aid report").format(township=info.township_name)
    sheets = [
        xlsx.SheetSpec(title, columns, rows),
        _unattended_sheet(actor),
        _duties_sheet(actor),
    ]
    # The audit row first, committed: no report file exists without its row.
    audit.record_before_file(actor, "county_report", "student", details=Path(path).name)
    xlsx.write_workbook(Path(path), sheets)
    return Result(Path(path), Changes().touch("audit_log"))


def _unattended_sheet(actor: Actor) -> xlsx.SheetSpec:
    """The children no one looks after, one a row, and whether anyone visited them this
    term: the county follows each of them up. Names and classes, no ID numbers."""
    from fupin_desktop.services.care.register import unattended_children

    columns = [
        xlsx.Column(tr("School name"), 20),
        xlsx.Column(tr("Name"), 8),
        xlsx.Column(tr("Class"), 6),
        xlsx.Column(tr("Last visit"), 12),
        xlsx.Column(tr("Visited this term"), 8),
    ]
    rows = [
        [
            c.school_name,
            c.name,
            c.class_label,
            c.last_visit.isoformat() if c.last_visit else "",
            tr("Yes") if c.visited else tr("No"),
        ]
        for c in unattended_children(actor)
    ]
    return xlsx.SheetSpec(tr("No one looks after"), columns, rows)


def _duties_sheet(actor: Actor) -> xlsx.SheetSpec:
    """The school's duties this term, per school and for the township: the training rate,
    targets met and behind, activities, meals served (services.activities)."""
    from fupin_desktop.services.activities import meals, targets
    from fupin_desktop.services.activities.periods import current_term, term_label

    year, term = current_term()
    progress = targets.progress(actor, year, term)
    served = {m.school_id: m for m in meals.term_summary(actor, year, term, by_class=False)}
    columns = [
        xlsx.Column(tr("School"), 20),
        xlsx.Column(tr("Teachers in post"), 8),
        xlsx.Column(tr("Teachers trained this year"), 8),
        xlsx.Column(tr("Targets met"), 8),
        xlsx.Column(tr("Targets behind or overdue"), 10),
        xlsx.Column(tr("Meals served"), 10),
        xlsx.Column(tr("Of them to left-behind children"), 10),
    ]
    rows: list[list[Any]] = []
    total = [tr("Township total"), 0, 0, 0, 0, 0, 0]
    for school in targets.summary(progress):
        rate = [
            p for p in progress if p.school_id == school.school_id and p.target.measure == "rate"
        ]
        m = served.get(school.school_id)
        row = [
            school.school_name,
            rate[0].teachers if rate else 0,
            rate[0].done if rate else 0,
            school.met,
            school.behind + school.overdue,
            m.served if m else 0,
            m.left_behind_served if m else 0,
        ]
        rows.append(row)
        total = [total[0], *(a + b for a, b in zip(total[1:], row[1:], strict=True))]
    rows.append(total)
    return xlsx.SheetSpec(
        tr("School duties {term}").format(term=term_label(year, term)), columns, rows
    )


def _category_label(key: str) -> str:
    from fupin_desktop.schema.catalogues import STUDENT

    return STUDENT[key].title


# -- status -----------------------------------------------------------------------------
def sync_status() -> list[str]:
    """Plain lines for `fupin sync status`."""
    info = installation.current()
    if info is None:
        raise NotInitialised()
    lines = [
        tr("{name}, {role}; township {township} ({code}).").format(
            name=info.display_name,
            role=ch.ROLE.label(info.role),
            township=info.township_name,
            code=info.township_code,
        )
    ]
    peers = state.peers()
    if not peers:
        lines.append(tr("No package received yet."))
    for key, peer in sorted(peers.items()):
        last_in = (
            PackageLedger.select()
            .where(
                (PackageLedger.direction == "in")
                & (PackageLedger.sender_instance == peer.get("instance_id", ""))
            )
            .order_by(PackageLedger.sequence.desc())
            .first()
        )
        received = (
            tr("last received: package {number} of {date}").format(
                number=last_in.sequence, date=last_in.created_at.date().isoformat()
            )
            if last_in
            else tr("nothing received")
        )
        lines.append(f"  {peer.get('name', '')} [{key}]: {received}")
    sent = (
        PackageLedger.select(
            PackageLedger.school_code,
            pw.fn.COUNT(PackageLedger.package_id).alias("n"),
            pw.fn.SUM(PackageLedger.acknowledged).alias("acked"),
        )
        .where(PackageLedger.direction == "out")
        .group_by(PackageLedger.school_code)
    )
    for row in sent:
        lines.append(
            tr("  sent for {code}: {count} packages, {acked} acknowledged").format(
                code=row.school_code, count=row.n, acked=int(row.acked or 0)
            )
        )
    open_conflicts = ConflictLog.select().where(ConflictLog.resolved == False).count()  # noqa: E712
    lines.append(tr("Conflicts waiting for review: {count}").format(count=open_conflicts))
    lines.append(
        tr("Diary text and counselling notes travel: {answer}").format(
            answer=tr("Yes") if state.send_sensitive_text() else tr("No")
        )
    )
    return lines
