"""Left-behind children's care (留守儿童关爱): the profile, the growth diary (成长日记),
family calls (亲情电话) and the timeline of a child.

Left-behind status is dated history (StatusHistory kind "left_behind"): the profile's
start opens it, a parent coming home closes it (end_left_behind), and the reminder
arithmetic reads that history. The catalogue's `restricted` fields (the child's
feelings, counselling needs, parents' phones) are shown only to who looks after the
child (may_read_restricted); everyone else gets a mask (mask_restricted).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import DiaryEntry, FamilyCall, LeftBehindProfile, Student, Teacher
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema import choices as c
from fupin_desktop.schema.care import (
    DIARY_CATEGORY,
    DIARY_ENTRY,
    FAMILY_CALL,
    LEFT_BEHIND_PROFILE,
    MOOD,
)
from fupin_desktop.schema.fields import Catalogue, Kind
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, Scope, scope
from fupin_desktop.services.care.common import (
    OPEN_END,
    UNATTENDED_SQL,
    as_date,
    check_dates,
    clean_or_raise,
    require_self_or_manager,
    rows,
)
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students.status_history import add_history_entry

RESTRICTED = N_("(restricted: only the child's teachers read this)")
HIDDEN = "****"  # a restricted phone number, for who may not read it


def may_read_restricted(actor: Actor, student_id: str) -> bool:
    """Who may read a child's restricted fields (schema.fields.Field.restricted): the
    role matrix's READ_CARE_TEXT, for a scope of PAIRED the teachers paired with the
    child now (proxy parent or not). Not the aid officer, not the township."""
    found = scope(actor.role, Do.READ_CARE_TEXT)
    if found is Scope.ALL:
        return True
    if found is Scope.NONE or actor.teacher_id is None:
        return False
    today = dt.date.today().isoformat()
    sql = (
        "SELECT 1 FROM pairing WHERE +deleted = 0 AND student_id = ? AND teacher_id = ?"
        " AND start_date <= ? AND coalesce(end_date, ?) >= ? LIMIT 1"
    )
    params = (student_id, actor.teacher_id, today, OPEN_END, today)
    return database.execute_sql(sql, params).fetchone() is not None


def read_action(readable: bool) -> str:
    """The audit action of a read: a read of care text where the restricted text was
    shown, a plain read where it was masked."""
    return audit.Action.READ_CARE_TEXT if readable else audit.Action.READ


def mask_restricted(catalogue: Catalogue, values: dict[str, Any]) -> dict[str, Any]:
    """`values` with every restricted field that holds something masked: long text with
    RESTRICTED, anything else (phone numbers) with HIDDEN."""
    out = dict(values)
    for f in catalogue:
        if f.restricted and out.get(f.key):
            out[f.key] = tr(RESTRICTED) if f.kind is Kind.LONG_TEXT else HIDDEN
    return out


def unmask(catalogue: Catalogue, values: dict[str, Any], stored: Any) -> dict[str, Any]:
    """Someone who was shown masked values (mask_restricted) saves the stored ones back,
    not the mask."""
    masks = (HIDDEN, tr(RESTRICTED))
    out = dict(values)
    for f in catalogue:
        if f.restricted and out.get(f.key) in masks:
            out[f.key] = getattr(stored, f.key)
    return out


def _student(student_id: str) -> Student:
    student = Student.get_or_none(Student.id == student_id)
    if student is None or student.deleted:
        raise NotFound()
    return student


# --- the profile ----------------------------------------------------------------------


def profiles(actor: Actor, student_id: str) -> list[dict[str, Any]]:
    """Every left-behind profile of the child, the latest first (a child may be left
    behind again years after a parent came home)."""
    _student(student_id)
    found = (
        LeftBehindProfile.select()
        .where(
            (LeftBehindProfile.student == student_id) & (LeftBehindProfile.deleted == False)  # noqa: E712
        )
        .order_by(LeftBehindProfile.start_date.desc())
    )
    readable = may_read_restricted(actor, student_id)
    result = []
    for p in found:
        values = {"id": p.id, **{k: getattr(p, k) for k in LEFT_BEHIND_PROFILE.keys()}}
        result.append(values if readable else mask_restricted(LEFT_BEHIND_PROFILE, values))
    audit.record(actor, read_action(readable), "left_behind_profile", student_id)
    return result


def current_profile(actor: Actor, student_id: str) -> dict[str, Any] | None:
    found = profiles(actor, student_id)
    return found[0] if found and found[0]["end_date"] is None else None


def save_profile(
    actor: Actor, student_id: str, raw: dict[str, Any], profile_id: str | None = None
) -> Result[str]:
    """Create or update a profile. A new open profile makes the child left behind from
    its start date; an end date ends the status (end_left_behind)."""
    raw = _unmask(actor, student_id, raw, profile_id)
    values = clean_or_raise(LEFT_BEHIND_PROFILE, raw)
    check_dates(values["start_date"], values["end_date"])
    changes = Changes()
    with database.atomic():
        student = _student(student_id)
        if profile_id:
            profile = LeftBehindProfile.get_or_none(LeftBehindProfile.id == profile_id)
            if profile is None or profile.deleted:
                raise NotFound()
            was_open = profile.end_date is None
        else:
            profile = LeftBehindProfile(student=student_id)
            was_open = False
        ending = values["end_date"]
        values["end_date"] = profile.end_date if profile_id else None
        for key, value in values.items():
            setattr(profile, key, value)
        profile.save()
        changes.touch("left_behind_profile", profile.id)
        if not profile_id and not student.left_behind:
            changes.merge(
                add_history_entry(
                    actor, student_id, "left_behind", "true", values["start_date"]
                ).changes
            )
        if ending is not None and (was_open or not profile_id):
            changes.merge(end_left_behind(actor, student_id, ending, values["end_reason"]).changes)
        audit.record(actor, "update" if profile_id else "create", "left_behind_profile", profile.id)
    return Result(profile.id, changes)


def _unmask(
    actor: Actor, student_id: str, raw: dict[str, Any], profile_id: str | None
) -> dict[str, Any]:
    """Someone who was shown masked values (profiles()) saves the stored ones back, not
    the mask."""
    if not profile_id or may_read_restricted(actor, student_id):
        return raw
    stored = LeftBehindProfile.get_or_none(LeftBehindProfile.id == profile_id)
    if stored is None:
        return raw
    return unmask(LEFT_BEHIND_PROFILE, raw, stored)


def end_left_behind(actor: Actor, student_id: str, on: dt.date, reason: str = "") -> Result[None]:
    """A parent came home on `on`: the child is not left behind from that day. The open
    profile gets the end date; the status history gets a dated "no"."""
    changes = Changes()
    with database.atomic():
        student = _student(student_id)
        open_profiles = LeftBehindProfile.select().where(
            (LeftBehindProfile.student == student_id)
            & (LeftBehindProfile.deleted == False)  # noqa: E712
            & (LeftBehindProfile.end_date.is_null())
        )
        for profile in open_profiles:
            if on < profile.start_date:
                raise ValidationError(
                    N_("Left-behind status began on {date}; it cannot end earlier."),
                    field="end_date",
                    date=profile.start_date.isoformat(),
                )
            profile.end_date = on
            profile.end_reason = reason.strip()[:200] or tr("A parent came home")
            profile.save()
            changes.touch("left_behind_profile", profile.id)
        if student.left_behind:
            changes.merge(
                add_history_entry(actor, student_id, "left_behind", "false", on, reason).changes
            )
        audit.record(actor, "end", "left_behind_profile", student_id, reason)
    return Result(None, changes)


# --- diary and calls ------------------------------------------------------------------


def _save_record(
    model: type[DiaryEntry] | type[FamilyCall],
    table: str,
    catalogue: Any,
    actor: Actor,
    record_id: str | None,
    student_id: str,
    teacher_id: str | None,
    raw: dict[str, Any],
    today: dt.date | None = None,
) -> Result[str]:
    if teacher_id is not None or model is DiaryEntry:
        require_self_or_manager(actor, teacher_id)
    values = clean_or_raise(catalogue, raw)
    # A diary or a call is written after it happened (a day of grace for the clock, as
    # visits have): one dated ahead would count for a month that has not come.
    date_key = "entry_date" if model is DiaryEntry else "call_date"
    day = values.get(date_key)
    if day is not None and day > (today or dt.date.today()) + dt.timedelta(days=1):
        raise ValidationError(
            N_("The date {date} is in the future: write it down on or after the day."),
            field=date_key,
            date=day.isoformat(),
        )
    with database.atomic():
        _student(student_id)
        if teacher_id and Teacher.get_or_none(Teacher.id == teacher_id) is None:
            raise NotFound()
        if record_id:
            record = model.get_or_none(model.id == record_id)
            if record is None or record.deleted:
                raise NotFound()
        else:
            record = model(student=student_id)
        record.teacher = teacher_id
        if record_id:
            # Who was shown the mask (get_record) saves the stored text back, not the mask.
            values = unmask(catalogue, values, record)
        for key, value in values.items():
            setattr(record, key, value)
        if model is FamilyCall and record.minutes is None:
            record.minutes = 0
        record.save()
        audit.record(actor, "update" if record_id else "create", table, record.id)
    return Result(record.id, Changes().touch(table, record.id))


def save_diary(
    actor: Actor,
    entry_id: str | None,
    student_id: str,
    teacher_id: str,
    raw: dict[str, Any],
    *,
    today: dt.date | None = None,
) -> Result[str]:
    return _save_record(
        DiaryEntry, "diary_entry", DIARY_ENTRY, actor, entry_id, student_id, teacher_id, raw, today
    )


def save_call(
    actor: Actor,
    call_id: str | None,
    student_id: str,
    teacher_id: str | None,
    raw: dict[str, Any],
    *,
    today: dt.date | None = None,
) -> Result[str]:
    return _save_record(
        FamilyCall, "family_call", FAMILY_CALL, actor, call_id, student_id, teacher_id, raw, today
    )


def tombstone_record(actor: Actor, table: str, record_id: str) -> Result[None]:
    model = {"diary_entry": DiaryEntry, "family_call": FamilyCall}[table]
    with database.atomic():
        record = model.get_or_none(model.id == record_id)
        if record is None or record.deleted:
            raise NotFound()
        require_self_or_manager(actor, record.teacher_id)
        record.tombstone()
        audit.record(actor, "delete", table, record_id)
    return Result(None, Changes().touch(table, record_id))


def get_record(actor: Actor, table: str, record_id: str) -> dict[str, Any]:
    """A diary entry or a call as catalogue values, with its student and teacher."""
    model, catalogue = {
        "diary_entry": (DiaryEntry, DIARY_ENTRY),
        "family_call": (FamilyCall, FAMILY_CALL),
    }[table]
    record = model.get_or_none(model.id == record_id)
    if record is None or record.deleted:
        raise NotFound()
    values = {k: getattr(record, k) for k in catalogue.keys()}
    readable = may_read_restricted(actor, record.student_id)
    if not readable:
        values = mask_restricted(catalogue, values)
    audit.record(actor, read_action(readable), table, record_id)
    return {
        "id": record.id,
        "student_id": record.student_id,
        "teacher_id": record.teacher_id,
        **values,
    }


# --- the timeline ---------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineItem:
    day: dt.date
    kind: str  # visit / diary_entry / family_call / status
    record_id: str
    teacher_name: str
    title: str
    text: str
    restricted: bool = False  # holds a restricted field (masked for who may not read it)


def timeline(actor: Actor, student_id: str, *, limit: int = 500) -> list[TimelineItem]:
    """Diary entries, family calls, visits and left-behind status changes of one child,
    newest first: one UNION ALL query, ordered in SQL. A "no" that ends no "yes" (the
    first entry every file gets, docs/architecture.md "Aid over time") is not a change."""
    _student(student_id)
    readable = may_read_restricted(actor, student_id)
    sql = (
        "SELECT * FROM ("
        " SELECT v.visit_date AS day, 'visit' AS kind, v.id, t.name AS teacher, v.method AS a,"
        " v.child_state AS b, v.measures AS c, v.outcome AS d, v.created_at"
        " FROM visit v JOIN teacher t ON t.id = v.teacher_id"
        " WHERE v.student_id = ? AND +v.deleted = 0"
        " UNION ALL SELECT d.entry_date, 'diary_entry', d.id, t.name, d.category, d.mood,"
        " d.what_happened, d.what_done, d.created_at FROM diary_entry d"
        " JOIN teacher t ON t.id = d.teacher_id WHERE d.student_id = ? AND +d.deleted = 0"
        " UNION ALL SELECT f.call_date, 'family_call', f.id, coalesce(t.name, ''), f.who_spoke,"
        " f.minutes, f.notes, '', f.created_at FROM family_call f"
        " LEFT JOIN teacher t ON t.id = f.teacher_id WHERE f.student_id = ? AND +f.deleted = 0"
        " UNION ALL SELECT h.start_date, 'status', h.id, '', h.value, '', h.note, '',"
        " h.created_at FROM status_history h WHERE h.student_id = ? AND +h.deleted = 0"
        " AND h.kind = 'left_behind' AND (h.value = 'true' OR EXISTS (SELECT 1"
        " FROM status_history p WHERE p.student_id = h.student_id AND p.kind = h.kind"
        " AND +p.deleted = 0 AND p.value = 'true' AND p.start_date < h.start_date))"
        ") ORDER BY day DESC, created_at DESC LIMIT ?"
    )
    items = []
    for r in rows(sql, [student_id] * 4 + [limit]):
        items.append(_timeline_item(r, readable))
    audit.record(actor, read_action(readable), "timeline", student_id)
    return items


def _timeline_item(r: dict[str, Any], readable: bool) -> TimelineItem:
    day = as_date(r["day"])
    assert day is not None
    kind = r["kind"]
    if kind == "visit":
        title = c.VISIT_METHOD.label(r["a"])
        text = "\n".join(x for x in (r["b"], r["c"], r["d"]) if x)
        return TimelineItem(day, kind, r["id"], r["teacher"], title, text)
    if kind == "diary_entry":
        title = tr("Diary: {category}").format(category=DIARY_CATEGORY.label(r["a"]))
        if r["b"]:
            title += " · " + MOOD.label(r["b"])
        happened = r["c"] if readable else tr(RESTRICTED)
        text = "\n".join(x for x in (happened, r["d"]) if x)
        return TimelineItem(day, kind, r["id"], r["teacher"], title, text, restricted=True)
    if kind == "family_call":
        title = tr("Family call: {who}, {minutes} min").format(who=r["a"], minutes=r["b"])
        return TimelineItem(day, kind, r["id"], r["teacher"], title, r["c"] or "")
    title = tr("Left behind from this day") if r["a"] == "true" else tr("No longer left behind")
    return TimelineItem(day, kind, r["id"], "", title, r["c"] or "")


# --- the left-behind children of a school ----------------------------------------------


@dataclass(frozen=True)
class LeftBehindRow:
    student_id: str
    name: str
    grade: int | None
    class_name: str
    since: dt.date | None
    proxy_parent: str
    last_diary: dt.date | None
    last_call: dt.date | None
    has_profile: bool
    # 无人监护: no one looks after the child (services/care/register.py).
    unattended: bool = False


def left_behind_children(
    actor: Actor, school_id: str | None, *, as_of: dt.date | None = None
) -> list[LeftBehindRow]:
    """Children left behind on `as_of`, with their proxy parent and the dates of their
    latest diary entry and call: the proxy parents' worklist."""
    day = (as_of or dt.date.today()).isoformat()
    sql = (
        "SELECT s.id, s.name, s.grade, s.class_name,"
        " (SELECT max(h.start_date) FROM status_history h WHERE h.student_id = s.id"
        " AND h.kind = 'left_behind' AND h.value = 'true' AND +h.deleted = 0) AS since,"
        " (SELECT group_concat(t.name, '、') FROM pairing p JOIN teacher t"
        " ON t.id = p.teacher_id WHERE p.student_id = s.id AND +p.deleted = 0"
        " AND p.kind = 'proxy_parent' AND p.start_date <= ? AND coalesce(p.end_date, ?) >= ?)"
        " AS proxy,"
        " (SELECT max(entry_date) FROM diary_entry d WHERE d.student_id = s.id"
        " AND +d.deleted = 0) AS last_diary,"
        " (SELECT max(call_date) FROM family_call f WHERE f.student_id = s.id"
        " AND +f.deleted = 0) AS last_call,"
        " EXISTS (SELECT 1 FROM left_behind_profile lp WHERE lp.student_id = s.id"
        " AND +lp.deleted = 0 AND lp.end_date IS NULL) AS has_profile,"
        " EXISTS (SELECT 1 FROM left_behind_profile lp WHERE lp.student_id = s.id"
        f" AND +lp.deleted = 0 AND lp.end_date IS NULL AND {UNATTENDED_SQL}) AS unattended"
        " FROM student s WHERE +s.deleted = 0 AND s.enrolment = 'enrolled' AND s.left_behind = 1"
    )
    params: list[Any] = [day, OPEN_END, day]
    if school_id:
        sql += " AND s.school_id = ?"
        params.append(school_id)
    sql += " ORDER BY s.grade, s.class_name, s.name_pinyin"
    return [
        LeftBehindRow(
            r["id"],
            r["name"],
            r["grade"],
            r["class_name"] or "",
            as_date(r["since"]),
            r["proxy"] or "",
            as_date(r["last_diary"]),
            as_date(r["last_call"]),
            bool(r["has_profile"]),
            bool(r["unattended"]),
        )
        for r in rows(sql, params)
    ]


def recent_entries(actor: Actor, teacher_id: str, *, limit: int = 15) -> list[dict[str, Any]]:
    """A teacher's latest visits, diary entries and calls (the home screen)."""
    sql = (
        "SELECT * FROM ("
        " SELECT v.visit_date AS day, 'visit' AS kind, v.id, v.student_id, s.name, v.method"
        " AS detail, v.created_at FROM visit v JOIN student s ON s.id = v.student_id"
        " WHERE v.teacher_id = ? AND +v.deleted = 0"
        " UNION ALL SELECT d.entry_date, 'diary_entry', d.id, d.student_id, s.name, d.category,"
        " d.created_at FROM diary_entry d JOIN student s ON s.id = d.student_id"
        " WHERE d.teacher_id = ? AND +d.deleted = 0"
        " UNION ALL SELECT f.call_date, 'family_call', f.id, f.student_id, s.name, f.who_spoke,"
        " f.created_at FROM family_call f JOIN student s ON s.id = f.student_id"
        " WHERE f.teacher_id = ? AND +f.deleted = 0"
        ") ORDER BY day DESC, created_at DESC LIMIT ?"
    )
    found = rows(sql, [teacher_id, teacher_id, teacher_id, limit])
    for r in found:
        r["day"] = as_date(r["day"])
        if r["kind"] == "visit":
            r["detail"] = c.VISIT_METHOD.label(r["detail"])
        elif r["kind"] == "diary_entry":
            r["detail"] = DIARY_CATEGORY.label(r["detail"])
    return found
