"""Student files: reading a whole file, saving it with dated history, and tombstoning. The
list is services/students/listing.py's, the dated history services/students/status_history.py's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import FamilyMember, Guardian, School, StatusHistory, Student
from fupin_desktop.errors import NotFound, ValidationError
from fupin_desktop.i18n import N_
from fupin_desktop.pinyin import name_pinyin
from fupin_desktop.schema.catalogues import (
    FAMILY_MEMBER,
    GUARDIAN,
    STUDENT,
    STUDENT_HISTORY_KEYS,
)
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.format import class_label, mask_card_number, mask_id_number
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import scope
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.aid.access import may_see_card
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students.listing import StudentQuery, list_ids
from fupin_desktop.services.students.status_history import _add_history, history_value
from fupin_desktop.validation import parse_id_number


@dataclass
class StudentFile:
    """A whole student file, as plain data."""

    id: str | None
    school_id: str
    values: dict[str, Any]
    family: list[dict[str, Any]] = field(default_factory=list)
    guardians: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    # The version vector the file had when it was read; a save is refused if the stored
    # one has moved on since (two forms of one child open: the later would undo the other).
    version: dict[str, int] | None = None


def get_file(actor: Actor, student_id: str, *, full_ids: bool = False) -> StudentFile:
    """A whole file, if the actor may list the child. ID numbers (the child's and the
    guardians') are masked unless `full_ids` (a service writing a file, audited there);
    on screen a full ID shows only through an audited reveal (services.accounts.reveal)."""
    student = Student.get_or_none(Student.id == student_id)
    if student is None or student.deleted:
        raise NotFound()
    scope.require_student(actor, student_id)
    if full_ids:
        require(actor, Do.FULL_ID_FILES)
    audit.record(actor, "read", "student", student_id)
    values = {key: getattr(student, key) for key in STUDENT.keys()}
    if not may_see_card(actor):
        values["card_number"] = mask_card_number(values["card_number"] or "")
    if not full_ids:
        values["id_number"] = mask_id_number(values["id_number"] or "")
        if student.id_number and student.id_number in (values.get("student_no") or ""):
            values["student_no"] = values["student_no"].replace(
                student.id_number, values["id_number"]
            )
    family = [
        {"id": m.id, **{k: getattr(m, k) for k in FAMILY_MEMBER.keys()}}
        for m in student.family_members.where(FamilyMember.deleted == False)  # noqa: E712
    ]
    guardians = [
        {"id": g.id, **{k: getattr(g, k) for k in GUARDIAN.keys()}}
        for g in student.guardians.where(Guardian.deleted == False)  # noqa: E712
    ]
    if not full_ids:
        for guardian in guardians:
            guardian["id_number"] = mask_id_number(guardian.get("id_number") or "")
    history = [
        {
            "id": h.id,
            "kind": h.kind,
            "value": h.value,
            "start_date": h.start_date,
            "end_date": h.end_date,
            "note": h.note,
            "aid_until": h.aid_until,
        }
        for h in student.status_history.where(StatusHistory.deleted == False).order_by(  # noqa: E712
            StatusHistory.start_date, StatusHistory.created_at
        )
    ]
    return StudentFile(
        student.id, student.school_id, values, family, guardians, history, dict(student.version)
    )


def find_by_id_number(id_number: str, exclude_id: str | None = None) -> list[dict[str, Any]]:
    """Other live students with this ID number (a duplicate in the ledger)."""
    select = (
        Student.select(Student.id, Student.name, School.name.alias("school_name"))
        .join(School)
        .where((Student.id_number == id_number) & (Student.deleted == False))  # noqa: E712
    )
    if exclude_id:
        select = select.where(Student.id != exclude_id)
    return list(select.dicts())


@dataclass(frozen=True)
class SharedIdFile:
    """One of the files that share an ID number (the township's duplicate check)."""

    id_number: str  # masked: on screen a full number only through an audited reveal
    student_id: str
    name: str
    school_name: str
    class_label: str
    created_on: dt.date


def shared_id_numbers(actor: Actor, school_id: str | None = None) -> list[SharedIdFile]:
    """Every live file whose ID number another live file has too (a second file saved on
    purpose, or the same child in two schools' packages): aid would be counted twice.
    Grouped by ID number, each group in school and date order."""
    # A file its school handed over to another school, which accepted the child, is the
    # same child's earlier file, not a second one (docs/architecture.md, "The school year").
    handed = "SELECT student_id FROM departure WHERE handover_state = 'accepted' AND deleted = 0"
    sql = (
        "SELECT s.id_number, s.id, s.name, sc.name AS school_name, s.grade, s.class_name,"
        " s.created_at FROM student s JOIN school sc ON sc.id = s.school_id"
        f" WHERE +s.deleted = 0 AND s.id NOT IN ({handed}) AND s.id_number IN"
        " (SELECT id_number FROM student WHERE +deleted = 0 AND id_number != ''"
        f" AND id NOT IN ({handed}) GROUP BY id_number HAVING count(*) > 1)"
    )
    params: list[Any] = []
    if school_id:
        # A school's own files, and any other school's file sharing one of their numbers.
        sql += (
            " AND s.id_number IN (SELECT id_number FROM student WHERE school_id = ?"
            " AND +deleted = 0)"
        )
        params.append(school_id)
    # Only the files the role matrix lets this person list (a teacher: paired children).
    visible, visible_params = scope.student_sql(actor, "s.id")
    sql += visible
    params += visible_params
    sql += " ORDER BY s.id_number, sc.code, s.created_at"
    full = False  # a screen's list (docs/architecture.md, "People and privacy")
    return [
        SharedIdFile(
            number if full else mask_id_number(number),
            sid,
            name,
            school,
            class_label(grade, klass),
            dt.date.fromisoformat(str(created)[:10]),
        )
        for number, sid, name, school, grade, klass, created in database.execute_sql(sql, params)
    ]


def _unmasked(data: StudentFile) -> StudentFile:
    """A file read masked (get_file) and saved back keeps its stored ID numbers and card
    number: a value that is exactly the mask of the stored one stands for it."""
    stored = Student.get_or_none(Student.id == data.id) if data.id else None
    if stored is None:
        return data
    values = dict(data.values)
    number = stored.id_number or ""
    if number and values.get("id_number") == mask_id_number(number):
        values["id_number"] = number
    masked_no = (stored.student_no or "").replace(number, mask_id_number(number)) if number else ""
    if masked_no and values.get("student_no") == masked_no:
        values["student_no"] = stored.student_no
    # The card number comes back masked from a form that showed it masked (issue 10).
    card = values.get("card_number")
    if card and "*" in str(card) and card == mask_card_number(stored.card_number or ""):
        values["card_number"] = stored.card_number
    guardians = []
    for row in data.guardians:
        row = dict(row)
        old = Guardian.get_or_none(Guardian.id == row["id"]) if row.get("id") else None
        if (
            old is not None
            and old.id_number
            and row.get("id_number") == mask_id_number(old.id_number)
        ):
            row["id_number"] = old.id_number
        guardians.append(row)
    return StudentFile(
        data.id, data.school_id, values, data.family, guardians, data.history, data.version
    )


def validate_file(data: StudentFile) -> dict[str, str]:
    """Errors by field key ("family.0.name" for rows), translated; empty if valid."""
    return _clean_file(_unmasked(data))[1]


def _clean_file(data: StudentFile) -> tuple[dict[str, Any], dict[str, str]]:
    """The file's cleaned values, and its errors by field key ("family.0.name" for rows)."""
    values, errors = clean_record(STUDENT, _with_id_facts(data.values))
    for prefix, catalogue, rows in (
        ("family", FAMILY_MEMBER, data.family),
        ("guardians", GUARDIAN, data.guardians),
    ):
        for index, row in enumerate(rows):
            _, row_errors = clean_record(catalogue, row)
            errors.update({f"{prefix}.{index}.{k}": m for k, m in row_errors.items()})
    return values, errors


def _with_id_facts(raw: dict[str, Any]) -> dict[str, Any]:
    """Birth date and sex are in the ID number: fill them in when left empty."""
    if raw.get("birth_date") and raw.get("sex"):
        return raw
    try:
        info = parse_id_number(raw.get("id_number", ""))
    except ValidationError:
        return raw  # the ID number's own error is reported by clean_record
    filled = dict(raw)
    filled["birth_date"] = raw.get("birth_date") or info.birth_date
    filled["sex"] = raw.get("sex") or info.sex
    return filled


def save_file(
    actor: Actor,
    data: StudentFile,
    *,
    as_of: dt.date | None = None,
    second_file: bool = False,
) -> Result[str]:
    """Create or update a student file in one transaction. A changed status becomes a
    dated history entry (the previous one is closed), never an overwrite.

    An ID number another live file already has is refused unless `second_file` says
    the person confirmed it (aid would otherwise be counted twice, silently)."""
    if data.id:
        scope.require_student(actor, data.id, Do.EDIT_STUDENT)
    else:
        require(actor, Do.ADD_STUDENT)
    data = _unmasked(data)
    values, errors = _clean_file(data)
    if errors:
        raise ValidationError(
            N_("The student file has {count} errors."), count=len(errors), details=repr(errors)
        )
    as_of = as_of or dt.date.today()
    changes = Changes()
    with database.atomic():
        if data.id:
            student = Student.get_or_none(Student.id == data.id)
            if student is None or student.deleted:
                raise NotFound()
            if data.version is not None and dict(student.version) != data.version:
                raise ValidationError(
                    N_(
                        "This student file was changed elsewhere after you opened it. Close "
                        "it, open it again and make your change once more."
                    )
                )
            before = {key: getattr(student, key) for key in STUDENT_HISTORY_KEYS}
            number_before = student.id_number
        else:
            student = Student(school=data.school_id)
            before, number_before = {}, None
        if values.get("id_number") != number_before and not second_file:
            _refuse_second_file(values.get("id_number") or "", data.id)
        student.school = data.school_id
        for key, value in values.items():
            setattr(student, key, value)
        student.name_pinyin, student.name_initials = name_pinyin(student.name)
        student.save()
        changes.touch("student", student.id)
        # Every dated value gets its first entry when the file is made, false and empty
        # ones too: a later change must never reach back into the terms before it.
        for key in STUDENT_HISTORY_KEYS:
            new = history_value(key, values.get(key))
            old = history_value(key, before[key]) if key in before else None
            if old == new:
                continue
            _add_history(student, key, new, as_of, previous=old)
            changes.touch("status_history")
        _save_rows(student, FamilyMember, FAMILY_MEMBER, data.family, changes, "family_member")
        _save_rows(student, Guardian, GUARDIAN, data.guardians, changes, "guardian")
        audit.record(actor, "update" if data.id else "create", "student", student.id)
    return Result(student.id, changes)


def _refuse_second_file(id_number: str, student_id: str | None) -> None:
    others = find_by_id_number(id_number, student_id) if id_number else []
    if others:
        names = "、".join(f"{o['name']}（{o['school_name']}）" for o in others)
        raise ValidationError(
            N_("A student with this ID number is already in the ledger: {names}."),
            field="id_number",
            names=names,
        )


def _save_rows(
    student: Student,
    model: type[FamilyMember] | type[Guardian],
    catalogue: Any,
    rows: list[dict[str, Any]],
    changes: Changes,
    table: str,
) -> None:
    keep: set[str] = set()
    for row in rows:
        values, _ = clean_record(catalogue, row)
        record = model.get_or_none(model.id == row["id"]) if row.get("id") else None
        if record is not None and record.student_id != student.id:
            record = None  # an id from another student's file is never taken over
        if record is None:
            record = model(student=student)
        elif all(getattr(record, key) == value for key, value in values.items()):
            # Unchanged rows keep their version: no needless sync traffic.
            keep.add(record.id)
            continue
        for key, value in values.items():
            setattr(record, key, value)
        record.save()
        keep.add(record.id)
        changes.touch(table, record.id)
    for old in model.select().where((model.student == student) & (model.deleted == False)):  # noqa: E712
        if old.id not in keep:
            old.tombstone()
            changes.touch(table, old.id)


def tombstone(actor: Actor, student_id: str) -> Result[None]:
    """Delete a student the way travelling records are deleted: a tombstone."""
    require(actor, Do.DELETE)
    with database.atomic():
        student = Student.get_or_none(Student.id == student_id)
        if student is None or student.deleted:
            raise NotFound()
        student.tombstone()
        audit.record(actor, "delete", "student", student_id)
    return Result(None, Changes().touch("student", student_id))


def schools() -> list[tuple[str, str]]:
    """(id, name) of the live schools, for pickers."""
    return [
        (s.id, s.name)
        for s in School.select(School.id, School.name)
        .where(School.deleted == False)  # noqa: E712
        .order_by(School.code)
    ]


def school_by_code(code: str) -> str | None:
    """The id of the live school with the national code `code`, or None."""
    school = School.get_or_none((School.code == code.strip()) & (School.deleted == False))  # noqa: E712
    return school.id if school is not None else None


def match_students(actor: Actor, query: StudentQuery, text: str) -> list[str]:
    """The ids, among those `query` finds, of the students whose name, ID number or
    student number is exactly `text` (for naming a student on the command line)."""
    text = text.strip()
    scope = list_ids(actor, query)
    rows = Student.select(Student.id).where(
        Student.id.in_(scope)
        & ((Student.name == text) | (Student.id_number == text.upper())
           | (Student.student_no == text.upper()))
    )  # fmt: skip
    return [r.id for r in rows]
