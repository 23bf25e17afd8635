"""What the printed forms show, read once per batch in a few wide queries and returned
as plain data (the shapes of io/pdf/shapes.py). Read-only: printing never changes the
ledger (only the audit log).

ID numbers are masked here, in the service, never by the form: `mask_ids` says what the
person printing chose; an actor who may not see full ID numbers never gets them. The
care catalogues' restricted fields (diary text, counselling needs, parents' phones) are
masked as on the screen for an actor who may not read them (care.may_read_restricted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from fupin_desktop.db.models import (
    AidList,
    AidPayment,
    AidProgram,
    DiaryEntry,
    FamilyCall,
    FamilyMember,
    Guardian,
    LeftBehindProfile,
    Pairing,
    School,
    StatusHistory,
    Student,
    Teacher,
    Visit,
)
from fupin_desktop.errors import NotFound
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.shapes import (
    AidLine,
    AidSheet,
    ArchiveCard,
    ContactCard,
    GrowthRecord,
    PairingLine,
    PairingRecord,
    PaymentNotice,
    Roster,
    SheetRow,
    VisitLine,
)
from fupin_desktop.schema.care import DIARY_ENTRY, FAMILY_CALL, LEFT_BEHIND_PROFILE, PAIRING, VISIT
from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT, TEACHER
from fupin_desktop.schema.fields import Catalogue, Kind
from fupin_desktop.schema.format import mask_card_number, mask_id_number
from fupin_desktop.services.aid.entitlements import list_entitlements
from fupin_desktop.services.aid.lists import find_list, load_list
from fupin_desktop.services.aid.payments import list_payments
from fupin_desktop.services.care.left_behind import HIDDEN, mask_restricted, may_read_restricted
from fupin_desktop.services.context import Actor
from fupin_desktop.services.students import files as students
from fupin_desktop.terms import clean_school_year, clean_term
from fupin_desktop.validation import fen_to_yuan, strip_grade

CHUNK = 400  # students read at a time: wide enough for few queries, small for SQLite's limits


def _live(model: type[pw.Model]) -> pw.Expression:
    return model.deleted == False  # noqa: E712


def effective_mask(actor: Actor, mask_ids: bool) -> bool:
    """Only those who may see full ID numbers can print them."""
    return mask_ids or not actor.may_see_full_ids


def mask_student(values: dict[str, Any]) -> dict[str, Any]:
    """The student number is often "G" + the ID number: masked too, or it leaks."""
    out = dict(values)
    number = out.get("id_number") or ""
    if number and number in (out.get("student_no") or ""):
        out["student_no"] = out["student_no"].replace(number, mask_id_number(number))
    out["id_number"] = mask_id_number(number)
    return out


def _student_values(row: Student, mask: bool) -> dict[str, Any]:
    """The file's values for a form; the bank card number is always masked on paper
    (docs/architecture.md, "Aid over time")."""
    values = {key: getattr(row, key) for key in STUDENT.keys()}
    values["card_number"] = mask_card_number(values["card_number"] or "")
    return mask_student(values) if mask else values


def school_names() -> dict[str, str]:
    return {s.id: s.name for s in School.select(School.id, School.name)}


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _students(ids: Sequence[str]) -> dict[str, Student]:
    rows = Student.select().where(Student.id.in_(list(ids)) & _live(Student))
    return {s.id: s for s in rows}


def _by_student(rows: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.student_id].append(row)
    return grouped


# -- archive card ---------------------------------------------------------------------


def archive_cards(actor: Actor, ids: Sequence[str], *, mask_ids: bool) -> Iterator[ArchiveCard]:
    """One card per student, in the order of `ids`, read a chunk at a time so a whole
    school costs a few dozen queries and little memory."""
    mask = effective_mask(actor, mask_ids)
    schools = school_names()
    for chunk in _chunks(ids):
        students = _students(chunk)
        family = _by_student(
            FamilyMember.select().where(FamilyMember.student.in_(chunk) & _live(FamilyMember))
        )
        guardians = _by_student(
            Guardian.select().where(Guardian.student.in_(chunk) & _live(Guardian))
        )
        history = _by_student(
            StatusHistory.select()
            .where(StatusHistory.student.in_(chunk) & _live(StatusHistory))
            .order_by(StatusHistory.start_date, StatusHistory.created_at)
        )
        payments = _by_student(
            AidPayment.select(AidPayment, AidProgram)
            .join(AidProgram)
            .where(AidPayment.student.in_(chunk) & _live(AidPayment))
            .order_by(AidPayment.school_year, AidPayment.term, AidPayment.paid_on)
        )
        pairings = _by_student(
            Pairing.select(Pairing, Teacher)
            .join(Teacher)
            .where(Pairing.student.in_(chunk) & _live(Pairing))
            .order_by(Pairing.start_date)
        )
        visits = _by_student(
            Visit.select(Visit, Teacher)
            .join(Teacher)
            .where(Visit.student.in_(chunk) & _live(Visit))
            .order_by(Visit.visit_date)
        )
        for sid in chunk:
            student = students.get(sid)
            if student is None:
                continue
            yield ArchiveCard(
                student_id=sid,
                school_name=schools.get(student.school_id, ""),
                values=_student_values(student, mask),
                family=[{k: getattr(m, k) for k in FAMILY_MEMBER.keys()} for m in family[sid]],
                guardians=[_guardian(g, mask) for g in guardians[sid]],
                history=[
                    {
                        "kind": h.kind,
                        "value": h.value,
                        "start_date": h.start_date,
                        "end_date": h.end_date,
                        "note": h.note,
                    }
                    for h in history[sid]
                ],
                aid=[
                    AidLine(
                        p.school_year, p.term, p.program.name, p.amount_fen, p.paid_on, p.method
                    )
                    for p in payments[sid]
                ],
                pairings=[
                    PairingLine(p.teacher.name, p.teacher.phone, p.kind, p.start_date, p.end_date)
                    for p in pairings[sid]
                ],
                visits=[
                    VisitLine(v.visit_date, v.method, v.teacher.name, v.outcome or v.measures)
                    for v in visits[sid]
                ],
            )


def _guardian(g: Guardian, mask: bool) -> dict[str, Any]:
    values = {k: getattr(g, k) for k in GUARDIAN.keys()}
    if mask:
        values["id_number"] = mask_id_number(values["id_number"] or "")
    return values


# -- aid sign-off sheet ---------------------------------------------------------------


ADJUSTED = N_("Adjusted {amount}: {reason}")


def aid_sheet(
    actor: Actor,
    program_id: str,
    school_year: str,
    term: int,
    *,
    school_id: str | None,
    student_ids: Sequence[str] | None = None,
    mask_ids: bool = True,
) -> AidSheet:
    """The sheet of one program and term: the school's confirmed list as stored, with
    its adjustments (never a recomputation); without one, the payments recorded, one
    row a student (a top-up adds to the row), or when none are recorded yet, the
    entitled students."""
    program = AidProgram.get_or_none(AidProgram.id == program_id)
    if program is None or program.deleted:
        raise NotFound()
    mask = effective_mask(actor, mask_ids)
    wanted = set(student_ids) if student_ids is not None else None
    held = (
        find_list(school_id, clean_school_year(school_year), clean_term(term))
        if school_id
        else None
    )
    if held is not None and held.state == "confirmed":
        return _confirmed_sheet(held, program, wanted, mask)
    amounts: dict[str, int] = defaultdict(int)
    received: dict[str, str] = {}
    notes: dict[str, str] = {}
    source = "payments"
    for p in list_payments(actor, school_year, term, school_id, program_id=program_id):
        if wanted is None or p.student_id in wanted:
            amounts[p.student_id] += p.amount_fen
            received.setdefault(p.student_id, p.received_by)
            if p.note:
                notes[p.student_id] = p.note
    if not amounts:
        source = "entitlements"
        for e in list_entitlements(actor, school_year, term, school_id):
            if e.program_id == program_id and (wanted is None or e.student_id in wanted):
                amounts[e.student_id] += e.amount_fen
    students = {}
    for chunk in _chunks(list(amounts)):
        students.update(_students(chunk))
    ordered = sorted(
        (s for s in students.values()),
        key=lambda s: (s.school_id, s.grade or 0, s.class_name, s.name_pinyin, s.id),
    )
    school = School.get_or_none(School.id == school_id) if school_id else None
    rows = [
        SheetRow(
            s.id,
            _student_values(s, mask),
            amounts[s.id],
            received.get(s.id, ""),
            notes.get(s.id, ""),
            mask_card_number(s.card_number or ""),
        )
        for s in ordered
    ]
    return AidSheet(
        program.name, school_year, int(term), school.name if school else "", rows, source
    )


def _confirmed_sheet(
    held: AidList, program: AidProgram, wanted: set[str] | None, mask: bool
) -> AidSheet:
    term_list = load_list(held, mask_cards=True, mask_ids=mask)
    rows = []
    for line in term_list.cash_lines(program.id):
        if line.due_fen <= 0 or (wanted is not None and line.student_id not in wanted):
            continue
        values = {
            "name": line.student_name,
            "sex": line.sex,
            "grade": line.grade,
            "class_name": line.class_name,
            "id_number": line.id_number,
        }
        notes = [
            tr(ADJUSTED).format(amount=fen_to_yuan(a.amount_fen, grouped=True), reason=a.reason)
            for a in line.adjustments
        ]
        rows.append(
            SheetRow(
                line.student_id,
                values,
                line.due_fen,
                line.card_holder,
                "; ".join(notes),
                line.card_number,
            )
        )
    return AidSheet(
        program.name,
        held.school_year,
        held.term,
        term_list.school_name,
        rows,
        "confirmed",
        held.confirmed_by,
        held.confirmed_on,
    )


# -- pairing record -------------------------------------------------------------------


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
    select = select.where(_live(Pairing))
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
        _live(Visit) & Visit.student.in_(list({p.student_id for p in pairings}))
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
                student=_student_values(p.student, mask),
                pairing={k: getattr(p, k) for k in PAIRING.keys()},
                visits=[{k: getattr(v, k) for k in VISIT.keys()} for v in mine],
            )
        )
    return records


# -- contact card and growth record ---------------------------------------------------


def _profiles(ids: Sequence[str]) -> dict[str, LeftBehindProfile]:
    """The current profile of each student: the open one started last."""
    rows = (
        LeftBehindProfile.select()
        .where(LeftBehindProfile.student.in_(list(ids)) & _live(LeftBehindProfile))
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
            & _live(Pairing)
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
        phones = {
            s.id: s.phone for s in School.select(School.id, School.phone).where(_live(School))
        }
        heads: dict[tuple[str, int, str], Teacher] = {}
        for t in Teacher.select().where(
            _live(Teacher) & (Teacher.active == True) & Teacher.head_grade.is_null(False)  # noqa: E712
        ):
            # Matched on the class written one way ("1", "1班", "1-1班" are one class).
            heads[(t.school_id, t.head_grade, strip_grade(t.head_class, t.head_grade))] = t
        return cls(schools, phones, heads)


def contact_cards(actor: Actor, ids: Sequence[str]) -> Iterator[ContactCard]:
    """Phone numbers of parents, guardian and proxy parent: from the left-behind
    profile when there is one, else from the guardians of the student file."""
    context = _CardContext.load()
    for chunk in _chunks(ids):
        students = _students(chunk)
        profiles = _profiles(chunk)
        proxies = _proxy_parents(chunk)
        guardians = _by_student(
            Guardian.select().where(Guardian.student.in_(chunk) & _live(Guardian))
        )
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
    for chunk in _chunks(ids):
        students = _students(chunk)
        profiles = _profiles(chunk)
        proxies = _proxy_parents(chunk)
        guardians = _by_student(
            Guardian.select().where(Guardian.student.in_(chunk) & _live(Guardian))
        )
        diary = _by_student(
            DiaryEntry.select()
            .where(DiaryEntry.student.in_(chunk) & _live(DiaryEntry))
            .order_by(DiaryEntry.entry_date, DiaryEntry.created_at)
        )
        calls = _by_student(
            FamilyCall.select()
            .where(FamilyCall.student.in_(chunk) & _live(FamilyCall))
            .order_by(FamilyCall.call_date, FamilyCall.created_at)
        )
        for sid in chunk:
            student = students.get(sid)
            if student is None:
                continue
            profile = profiles.get(sid)
            readable = may_read_restricted(actor, sid)
            yield GrowthRecord(
                school_name=schools.get(student.school_id, ""),
                student=_student_values(student, mask),
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
    for chunk in _chunks(ids):
        found |= {
            s.id
            for s in Student.select(Student.id).where(
                Student.id.in_(chunk) & _live(Student) & (Student.left_behind == True)  # noqa: E712
            )
        }
        for model in (LeftBehindProfile, DiaryEntry, FamilyCall):
            found |= {
                r.student_id
                for r in model.select(model.student).where(model.student.in_(chunk) & _live(model))
            }
    return [i for i in ids if i in found]


# -- roster ---------------------------------------------------------------------------


def roster(actor: Actor, ids: Sequence[str], *, mask_ids: bool, show_school: bool) -> Roster:
    """The rows of the list, in its order (services.students reads and masks them as
    the actor may see; the person printing may mask more)."""
    mask = effective_mask(actor, mask_ids)
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        fetched = students.fetch_rows(actor, chunk, full_ids=not mask)
        for sid in chunk:
            row = fetched.get(sid)
            if row is not None:
                rows.append(mask_student(row) if mask else row)
    return Roster(rows, show_school)


# -- payment notice (告知书) -------------------------------------------------------------

# The letter's text: {name}, {school}, {year}, {term}, {total}, {contact} are filled in;
# a principal may replace it with the setting aid.notice_template.
NOTICE_TEMPLATE = N_(
    "Dear guardian of {name}: in the {term} of the school year {year}, {school} paid "
    "the aid below to your child, {total} yuan in all, by the standards of the state and "
    "the province. Aid is paid by the list the principal confirmed; it is never paid in "
    "cash by any other person. If anything is not as written here, please ask {contact}."
)
NOTICE_TEMPLATE_SETTING = "aid.notice_template"
DEFAULT_CONTACT = N_("the school's aid officer")


def payment_notices(
    actor: Actor, ids: Sequence[str], school_year: str, term: int, *, mask_ids: bool
) -> Iterator[PaymentNotice]:
    """One letter per child who was paid anything in the term, from the template."""
    from fupin_desktop.services.calendar import CONTACT
    from fupin_desktop.services.installation import get_setting

    template = get_setting(NOTICE_TEMPLATE_SETTING) or tr(NOTICE_TEMPLATE)
    contact = get_setting(CONTACT) or tr(DEFAULT_CONTACT)
    term_name = tr("Autumn term") if int(term) == 1 else tr("Spring term")
    mask = effective_mask(actor, mask_ids)
    schools = school_names()
    paid = _by_student(list_payments(actor, school_year, term))
    for chunk in _chunks(list(ids)):
        for student in _students(chunk).values():
            lines = paid.get(student.id)
            if not lines:
                continue
            rows = [(p.program_name, p.amount_fen, p.paid_on, p.method) for p in lines]
            total = fen_to_yuan(sum(r[1] for r in rows), grouped=True)
            school = schools.get(student.school_id, "")
            text = template.format(
                name=student.name,
                school=school,
                year=school_year,
                term=term_name,
                total=total,
                contact=contact,
            )
            yield PaymentNotice(school, _student_values(student, mask), text, rows)
