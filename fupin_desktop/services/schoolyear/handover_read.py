"""Reading what came with a handed-over child (docs/architecture.md, "The school year"):
the sending school's pairings, visits, diary entries and family calls as timeline items
(services/care/left_behind.TimelineItem), named with the sending school; restricted
fields (the child's feelings) masked for whoever may not read them
(left_behind.may_read_restricted), texts that stay at school present only when the
sender's setting let them travel."""

from __future__ import annotations

import json
from typing import Any

from fupin_desktop.db.models import Handover, HandoverItem
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import N_, tr
from fupin_desktop.schema import choices as c
from fupin_desktop.schema.care import DIARY_CATEGORY, MOOD
from fupin_desktop.services import audit
from fupin_desktop.services.care.left_behind import RESTRICTED, TimelineItem, may_read_restricted
from fupin_desktop.services.context import Actor
from fupin_desktop.services.schoolyear import handover_copy as copy
from fupin_desktop.services.schoolyear.handover import MANAGERS, _require


def _values(item: HandoverItem) -> dict[str, Any]:
    values = dict(item.content or {})
    if item.school_text:
        values.update(json.loads(item.school_text))
    return values


def _text(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p)


def _timeline_item(item: HandoverItem, school: str, readable: bool) -> TimelineItem | None:
    v = _values(item)
    who = tr("{teacher} ({school})").format(teacher=item.teacher_name, school=school)
    day = item.day
    if day is None:
        return None
    if item.kind == "visit":
        title = c.VISIT_METHOD.label(v.get("method") or "")
        text = _text(v.get("child_state"), v.get("measures"), v.get("outcome"))
    elif item.kind == "diary_entry":
        title = tr("Diary: {category}").format(category=DIARY_CATEGORY.label(v.get("category")))
        if v.get("mood"):
            title += " · " + MOOD.label(v["mood"])
        happened = v.get("what_happened") or ""
        if happened and not readable:
            happened = tr(RESTRICTED)
        return TimelineItem(day, item.kind, "", who, title, _text(happened, v.get("what_done")),
                            restricted=True)  # fmt: skip
    elif item.kind == "family_call":
        title = tr("Family call: {who}, {minutes} min").format(
            who=v.get("who_spoke") or "", minutes=v.get("minutes") or 0
        )
        text = v.get("notes") or ""
    else:
        title = tr("Pairing: {kind}").format(kind=c.PAIRING_KIND.label(v.get("kind") or ""))
        ended = ""
        if v.get("end_date"):
            ended = tr("Ended {date}: {reason}").format(
                date=v["end_date"], reason=v.get("end_reason") or ""
            )
        text = _text(v.get("goals"), v.get("measures"), ended)
    return TimelineItem(day, item.kind, "", who, title, text)


def _items(handovers: list[Handover], actor: Actor, student_id: str) -> list[TimelineItem]:
    readable = may_read_restricted(actor, student_id) if student_id else actor.role in MANAGERS
    out: list[TimelineItem] = []
    for handover in handovers:
        query = HandoverItem.select().where(
            (HandoverItem.handover == handover)
            & (HandoverItem.deleted == False)  # noqa: E712
            & HandoverItem.kind.in_(copy.READ_ONLY)
        )
        for item in query:
            made = _timeline_item(item, handover.from_school_name, readable)
            if made is not None:
                out.append(made)
    return sorted(out, key=lambda i: i.day, reverse=True)


def records(actor: Actor, handover_id: str) -> list[TimelineItem]:
    """The care records that came with a handover, newest first (for the principal
    deciding on it)."""
    _require(actor, (*MANAGERS, "township"))
    handover = Handover.get_or_none((Handover.id == handover_id) & (Handover.deleted == False))  # noqa: E712
    if handover is None:
        raise NotFound()
    audit.record(actor, "read", "handover", handover.id)
    return _items([handover], actor, handover.student_id or "")


def earlier_records(actor: Actor, student_id: str) -> list[TimelineItem]:
    """The care records of the child's earlier schools, for the child's timeline here:
    read by whoever reads the timeline, restricted text only by the child's own teachers
    and the managers."""
    handovers = list(
        Handover.select().where(
            (Handover.student == student_id)
            & (Handover.state == "accepted")
            & (Handover.deleted == False)  # noqa: E712
        )
    )
    return _items(handovers, actor, student_id) if handovers else []


# What came with a file, as the principal reads it before deciding.
KIND_LABELS = {
    "status_history": N_("dated history entries"),
    "assessment": N_("assessments"),
    "family_member": N_("family members"),
    "guardian": N_("guardians"),
    "left_behind_profile": N_("left-behind profiles"),
    "growth_measurement": N_("growth measurements"),
    "pairing": N_("pairings"),
    "visit": N_("visits"),
    "diary_entry": N_("diary entries"),
    "family_call": N_("family calls"),
}


def came_with(handover_id: str) -> str:
    """ "dated history entries 12、assessments 1、visits 3": what came with the file."""
    found = counts(handover_id)
    return "、".join(
        f"{tr(label)} {found[kind]}" for kind, label in KIND_LABELS.items() if found.get(kind)
    )


def counts(handover_id: str) -> dict[str, int]:
    """How many records of each kind came with a handover."""
    out: dict[str, int] = {}
    query = HandoverItem.select(HandoverItem.kind).where(
        (HandoverItem.handover == handover_id) & (HandoverItem.deleted == False)  # noqa: E712
    )
    for item in query:
        out[item.kind] = out.get(item.kind, 0) + 1
    return out
