"""What the care forms print: pairing records (结对帮扶记录), contact cards and growth records
of left-behind children, with the care catalogues' restricted fields masked for an actor who
may not read them. Read-only, as services/printing/gather.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.models import (
    DiaryEntry,
    FamilyCall,
    Guardian,
    LeftBehindProfile,
    Pairing,
    School,
    Student,
    Teacher,
    Visit,
)
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.shapes import (
    ContactCard,
    GrowthRecord,
    PairingRecord,
)
from fupin_desktop.schema.care import DIARY_ENTRY, FAMILY_CALL, LEFT_BEHIND_PROFILE, PAIRING, VISIT
from fupin_desktop.schema.catalogues import STUDENT, TEACHER
from fupin_desktop.schema.fields import Catalogue, Kind
from fupin_desktop.schema.format import mask_id_number
from fupin_desktop.services.care.left_behind import HIDDEN, mask_restricted, may_read_restricted
from fupin_desktop.services.context import Actor
from fupin_desktop.services.printing.gather import (
    chunks,
    effective_mask,
    live,
    live_rows,
    school_names,
    student_values,
    students_by_id,
)
from fupin_desktop.validation import strip_grade


def pairing_records(
    actor: Actor,
    *,
    pairing_ids: Sequence[str] | None = None,
    teacher_id: str | None = None,
    student_ids: Sequence[str] | None = None,
    mask_ids: bool = True,
) -> list[PairingRecord]:
    """The pairings asked for (by id, a teacher's, or the students'), each with every
    visit. Visits made outside a pairing (pairing empty) are filed with the pairing of
    the same teacher and student."""
    mask = effective_mask(actor, mask_ids)
    select = Pairing.select(Pairing, Teacher, Student).join(Teacher).switch(Pairing).join(Student)
    select = select.where(live(Pairing))
    if pairing_ids is not None:
        select = select.where(Pairing.id.in_(list(pairing_ids)))
    if teacher_id is not None:
        select = select.where(Pairing.teacher == teacher_id)
    if student_ids is not None:
        select = select.where(Pairing.student.in_(list(student_ids)))
    pairings = list(select.order_by(Teacher.name, Student.name_pinyin, Pairing.start_date))
    if not pairings:
        return []
    schools = school_names()
    keys = {(p.teacher_id, p.student_id) for p in pairings}
    visits: dict[Any, list[Visit]] = defaultdict(list)
    vselect = Visit.select().where(
        live(Visit) & Visit.student.in_(list({p.student_id for p in pairings}))
    )
    for v in vselect.order_by(Visit.visit_date, Visit.created_at):
        if v.pairing_id is not None:
            visits[v.pairing_id].append(v)
        elif (v.teacher_id, v.student_id) in keys:
            visits[(v.teacher_id, v.student_id)].append(v)
    records = []
    for p in pairings:
        mine = visits[p.id] + visits[(p.teacher_id, p.student_id)]
        mine.sort(key=lambda v: v.visit_date)
        records.append(
            PairingRecord(
                school_name=schools.get(p.student.school_id, ""),
                teacher={k: getattr(p.teacher, k) for k in TEACHER.keys()},
                student=student_values(p.student, mask),
                pairing={k: getattr(p, k) for k in PAIRING.keys()},
                visits=[{k: getattr(v, k) for k in VISIT.keys()} for v in mine],
            )
        )
    return records


def _profiles(ids: Sequence[str]) -> dict[str, LeftBehindProfile]:
    """The current profile of each student: the open one started last."""
    rows = (
        LeftBehindProfile.select()
        .where(LeftBehindProfile.student.in_(list(ids)) & live(LeftBehindProfile))
        .order_by(LeftBehindProfile.start_date)
    )
    current: dict[str, LeftBehindProfile] = {}
    for row in rows:
        old = current.get(row.student_id)
        if old is None or row.end_date is None or old.end_date is not None:
            current[row.student_id] = row
    return current


def _proxy_parents(ids: Sequence[str]) -> dict[str, Teacher]:
    rows = (
        Pairing.select(Pairing, Teacher)
        .join(Teacher)
        .where(
            Pairing.student.in_(list(ids))
            & live(Pairing)
            & Pairing.end_date.is_null()
            & (Pairing.kind == "proxy_parent")
        )
        .order_by(Pairing.start_date)
    )
    return {p.student_id: p.teacher for p in rows}


CLASS_LABEL = N_("{stage}, grade {grade}, {class_name}")


def _class_label(student: Student) -> str:
    if not student.grade:
        return " ".join(
            p for p in (STUDENT["stage"].display(student.stage), student.class_name) if p
        )
    return tr(CLASS_LABEL).format(
        stage=STUDENT["stage"].display(student.stage),
        grade=STUDENT["grade"].display(student.grade),
        class_name=strip_grade(student.class_name or "", student.grade),
    )


@dataclass
class _CardContext:
    """What every card of a print run shares: school names and phones, head teachers."""

    schools: dict[str, str]
    phones: dict[str, str]
    heads: dict[tuple[str, int, str], Teacher]

    @classmethod
    def load(cls) -> _CardContext:
        schools = school_names()
        phones = {s.id: s.phone for s in School.select(School.id, School.phone).where(live(School))}
        heads: dict[tuple[str, int, str], Teacher] = {}
        for t in Teacher.select().where(
            live(Teacher) & (Teacher.active == True) & Teacher.head_grade.is_null(False)  # noqa: E712
        ):
            # Matched on the class written one way ("1", "1班", "1-1班" are one class).
            heads[(t.school_id, t.head_grade, strip_grade(t.head_class, t.head_grade))] = t
        return cls(schools, phones, heads)


def contact_cards(actor: Actor, ids: Sequence[str]) -> Iterator[ContactCard]:
    """Phone numbers of parents, guardian and proxy parent: from the left-behind
    profile when there is one, else from the guardians of the student file."""
    context = _CardContext.load()
    for chunk in chunks(ids):
        students = students_by_id(chunk)
        profiles = _profiles(chunk)
        proxies = _proxy_parents(chunk)
        guardians = live_rows(Guardian, chunk)
        for sid in chunk:
            student = students.get(sid)
            if student is not None:
                readable = may_read_restricted(actor, sid)
                yield _card(student, context, profiles, proxies, guardians, readable)


def _card(
    student: Student,
    context: _CardContext,
    profiles: dict[str, LeftBehindProfile],
    proxies: dict[str, Teacher],
    guardians: dict[str, list[Guardian]],
    readable: bool,
) -> ContactCard:
    """`readable`: the actor may read the profile's restricted phone numbers."""
    sid = student.id
    profile = profiles.get(sid)
    guardian = guardians[sid][0] if guardians[sid] else None
    proxy = proxies.get(sid)
    father = mother = ""
    if profile is not None:
        father, mother = profile.father_phone, profile.mother_phone
        if not readable:
            father, mother = (HIDDEN if p else "" for p in (father, mother))
    for g in guardians[sid]:
        # A parent listed as guardian: their phone is the parent's phone.
        if g.relation == "father" and not father:
            father = g.phone
        if g.relation == "mother" and not mother:
            mother = g.phone
    name = profile.guardian_name if profile and profile.guardian_name else ""
    relation = profile.guardian_relation if profile and profile.guardian_name else ""
    phone = profile.guardian_phone if profile and profile.guardian_name else ""
    if phone and not readable:
        phone = HIDDEN
    if not name and guardian is not None:
        name, relation, phone = guardian.name, guardian.relation, guardian.phone
    klass = strip_grade(student.class_name or "", student.grade)
    head = context.heads.get((student.school_id, student.grade, klass))
    return ContactCard(
        student_name=student.name,
        school_name=context.schools.get(student.school_id, ""),
        class_label=_class_label(student),
        address=student.address or student.village or "",
        father_phone=father or "",
        mother_phone=mother or "",
        guardian_name=name or "",
        guardian_relation=relation or "",
        guardian_phone=phone or "",
        proxy_parent_name=proxy.name if proxy else "",
        proxy_parent_phone=(profile.proxy_parent_phone if profile else "")
        or (proxy.phone if proxy else ""),
        head_teacher_name=head.name if head else "",
        head_teacher_phone=head.phone if head else "",
        school_phone=context.phones.get(student.school_id, ""),
    )


def growth_records(actor: Actor, ids: Sequence[str], *, mask_ids: bool) -> Iterator[GrowthRecord]:
    mask = effective_mask(actor, mask_ids)
    context = _CardContext.load()
    schools = context.schools
    for chunk in chunks(ids):
        students = students_by_id(chunk)
        profiles = _profiles(chunk)
        proxies = _proxy_parents(chunk)
        guardians = live_rows(Guardian, chunk)
        diary = live_rows(DiaryEntry, chunk, DiaryEntry.entry_date, DiaryEntry.created_at)
        calls = live_rows(FamilyCall, chunk, FamilyCall.call_date, FamilyCall.created_at)
        for sid in chunk:
            student = students.get(sid)
            if student is None:
                continue
            profile = profiles.get(sid)
            readable = may_read_restricted(actor, sid)
            yield GrowthRecord(
                school_name=schools.get(student.school_id, ""),
                student=student_values(student, mask),
                profile=_profile_values(profile, mask, readable) if profile else None,
                card=_card(student, context, profiles, proxies, guardians, readable),
                diary=[_care_values(d, DIARY_ENTRY, readable) for d in diary[sid]],
                calls=[_values(c, FAMILY_CALL) for c in calls[sid]],
            )


def _profile_values(profile: LeftBehindProfile, mask: bool, readable: bool) -> dict[str, Any]:
    """The profile's values: the restricted ones masked for who may not read them, the
    parents' and guardian's ID numbers masked like the child's when the print is masked."""
    values = _care_values(profile, LEFT_BEHIND_PROFILE, readable)
    if mask:
        for f in LEFT_BEHIND_PROFILE:
            if f.kind is Kind.ID_NUMBER:
                values[f.key] = mask_id_number(values[f.key])
    return values


def _care_values(row: pw.Model, catalogue: Catalogue, readable: bool) -> dict[str, Any]:
    values = _values(row, catalogue)
    return values if readable else mask_restricted(catalogue, values)


def _values(row: pw.Model, catalogue: Catalogue) -> dict[str, Any]:
    return {k: getattr(row, k) for k in catalogue.keys()}


def left_behind_ids(ids: Sequence[str]) -> list[str]:
    """The students among `ids` who have a growth record to print (left-behind now, or
    with a profile, diary or calls), in the order given."""
    found: set[str] = set()
    for chunk in chunks(ids):
        found |= {
            s.id
            for s in Student.select(Student.id).where(
                Student.id.in_(chunk) & live(Student) & (Student.left_behind == True)  # noqa: E712
            )
        }
        for model in (LeftBehindProfile, DiaryEntry, FamilyCall):
            found |= {
                r.student_id
                for r in model.select(model.student).where(model.student.in_(chunk) & live(model))
            }
    return [i for i in ids if i in found]
