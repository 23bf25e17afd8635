"""The roster import's preview: every row of the file checked through schema.clean (the one
validation path) and matched against the ledger: new / existing / invalid / duplicate in
the file. Nothing is written here (roster_apply.py writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.db.models import Guardian, School, Student
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.roster import (
    GUARDIAN_PREFIX,
    RosterRow,
    RosterTable,
    cell_text,
    is_blank,
    prepare_cell,
    target_field,
    target_title,
)
from fupin_desktop.schema.catalogues import GUARDIAN, STUDENT
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.schoolyear import read_grade
from fupin_desktop.services.accounts.roles import Do, require
from fupin_desktop.services.context import Actor
from fupin_desktop.validation import clean_int, normalise_text, parse_id_number

# Row status in a preview.
NEW, EXISTING, INVALID, DUPLICATE = "new", "existing", "invalid", "duplicate"
BLOCKING = (INVALID, DUPLICATE)

BATCH = 500  # ids a query looks up at once (SQLite's variable limit is far above)

_STAGE_BY_SCHOOL = {
    "kindergarten": "preschool",
    "complete_primary": "primary",
    "lower_primary": "primary",
    "teaching_point": "primary",
    "junior_middle": "junior",
}


def _default_stage(school_type: str, grade: int | None) -> str:
    if school_type == "nine_year":
        return "junior" if grade is not None and grade >= 7 else "primary"
    return _STAGE_BY_SCHOOL.get(school_type, "")


@dataclass(frozen=True)
class CellError:
    column: int  # -1: the field has no column in the file
    header: str
    message: str  # translated

    def describe(self, row: int) -> str:
        return tr("Row {row}, {column}: {message}").format(
            row=row, column=self.header, message=self.message
        )


@dataclass
class PreviewRow:
    number: int  # Excel row
    status: str  # NEW, EXISTING, INVALID, DUPLICATE
    values: dict[str, Any]  # cleaned student values (every catalogue key when valid)
    provided: frozenset[str]  # student keys the file gave a value for
    guardian: dict[str, Any] | None = None  # cleaned guardian values
    guardian_provided: frozenset[str] = frozenset()
    errors: list[CellError] = field(default_factory=list)
    student_id: str | None = None  # the existing student this row matches
    match: str = ""  # "张三 (柳塘小学)"
    changes: list[str] = field(default_factory=list)  # keys an update would change

    @property
    def reasons(self) -> str:
        return "; ".join(f"{e.header}: {e.message}" for e in self.errors)

    def describe(self) -> list[str]:
        return [e.describe(self.number) for e in self.errors]


@dataclass
class RosterPreview:
    school_id: str
    school_name: str
    file_name: str
    sheet: str
    mapping: dict[int, str]
    rows: list[PreviewRow]
    not_children: list[tuple[int, str]] = field(default_factory=list)
    hidden_rows: list[int] = field(default_factory=list)  # Excel rows hidden in the file
    hidden_columns: list[str] = field(default_factory=list)  # mapped columns hidden there

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def blocking(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.status in BLOCKING]

    @property
    def changed(self) -> int:
        return sum(1 for row in self.rows if row.status == EXISTING and row.changes)

    def summary(self) -> str:
        return tr(
            "{new} new, {existing} already in the ledger ({changed} with changes), "
            "{invalid} invalid, {duplicate} repeated in the file."
        ).format(
            new=self.count(NEW),
            existing=self.count(EXISTING),
            changed=self.changed,
            invalid=self.count(INVALID),
            duplicate=self.count(DUPLICATE),
        )

    def problems(self) -> list[str]:
        """One line a cell: "Row 5, 身份证号: …"."""
        return [line for row in self.blocking for line in row.describe()]

    def left_out(self) -> list[str]:
        """One line a row that is not a child: "Row 14: not a child (Signature line)…"
        (io.roster.not_a_child; docs/architecture.md, "The school year")."""
        line = tr("Row {row}: not a child ({what}), left out.")
        return [line.format(row=row, what=what) for row, what in self.not_children]

    def hidden(self) -> list[str]:
        """What the file hides from a person and is imported all the same: a hidden row is
        a child as much as a shown one, but whoever hid it may have meant something."""
        lines = []
        if self.hidden_rows:
            rows = ", ".join(str(row) for row in self.hidden_rows)
            lines.append(
                tr("Rows hidden in the file are imported like the others: {rows}.").format(
                    rows=rows
                )
            )
        if self.hidden_columns:
            lines.append(
                tr("Columns hidden in the file are imported: {columns}.").format(
                    columns=", ".join(self.hidden_columns)
                )
            )
        return lines


def preview(
    actor: Actor, table: RosterTable, mapping: dict[int, str], school_id: str
) -> RosterPreview:
    """Check every row; nothing is written. Rows whose mapped cells are all empty are
    left out (numbered but empty template rows)."""
    require(actor, Do.IMPORT)
    school = School.get_or_none(School.id == school_id)
    if school is None or school.deleted:
        raise ValidationError(N_("Choose the school the roster belongs to."))
    labels = {target: table.column_label(column) for column, target in mapping.items()}
    columns = {target: column for column, target in mapping.items()}
    checked = [_check_row(row, mapping, labels, columns, school.school_type) for row in table.rows]
    rows = [row for row in checked if row is not None]
    _mark_duplicates(rows, labels, columns)
    _match_existing(rows, school_id, labels, columns)
    hidden_rows = sorted({row.number for row in rows} & set(table.hidden_rows))
    hidden_columns = [labels[mapping[c]] for c in sorted(table.hidden_columns) if c in mapping]
    return RosterPreview(
        school_id,
        school.name,
        table.file_name,
        table.sheet,
        mapping,
        rows,
        table.not_children,
        hidden_rows,
        hidden_columns,
    )


def _label(target: str, labels: dict[str, str]) -> str:
    return labels.get(target) or target_title(target)


def _check_row(
    row: RosterRow,
    mapping: dict[int, str],
    labels: dict[str, str],
    columns: dict[str, int],
    school_type: str,
) -> PreviewRow | None:
    student: dict[str, Any] = {}
    guardian: dict[str, Any] = {}
    errors: list[CellError] = []
    failed: set[str] = set()
    for column, target in mapping.items():
        value = row.cells[column] if column < len(row.cells) else ""
        if is_blank(value):
            continue
        try:
            prepared = prepare_cell(target_field(target), value)
        except ValidationError as exc:
            errors.append(CellError(column, _label(target, labels), exc.message))
            failed.add(target)
            continue
        if target.startswith(GUARDIAN_PREFIX):
            guardian[target[len(GUARDIAN_PREFIX) :]] = prepared
        else:
            student[target] = prepared
    if not student and not guardian and not errors:
        return None
    provided = frozenset(student)
    if is_blank(student.get("stage")) and "grade" in columns:
        # 小班/中班/大班 say the stage; 初一/七年级/7 say junior (schema.schoolyear).
        found = read_grade(cell_text(row.cells[columns["grade"]]))
        if found is not None and found[0] is not None:
            student["stage"] = found[0]
    _month_of_birth(student)
    _fill_defaults(student, school_type)
    values, field_errors = clean_record(STUDENT, student)
    for key, message in field_errors.items():
        if key not in failed:
            errors.append(CellError(columns.get(key, -1), _label(key, labels), message))
    if not field_errors.get("id_number"):
        for key, message in _against_id(values, provided):
            errors.append(CellError(columns.get(key, -1), _label(key, labels), message))
    guardian_values, guardian_provided = None, frozenset(guardian)
    if guardian:
        guardian_values = _check_guardian(guardian, labels, columns, failed, errors)
    status = INVALID if errors else NEW
    return PreviewRow(
        row.number, status, values, provided, guardian_values, guardian_provided, errors
    )


_YEAR_MONTH = re.compile(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*月?|(\d{4})(\d{2})")


def _month_of_birth(student: dict[str, Any]) -> None:
    """A 出生年月 column gives "2015.03" or "2015年3月": the day is in the ID number. Taken
    from it when the year and month agree; otherwise the text is left for the date check
    to refuse."""
    given = student.get("birth_date")
    if not isinstance(given, str) or not student.get("id_number"):
        return
    match = _YEAR_MONTH.fullmatch(normalise_text(given))
    if match is None:
        return
    year, month = (match[1], match[2]) if match[1] else (match[3], match[4])
    try:
        born = parse_id_number(student["id_number"]).birth_date
    except ValidationError:
        return
    if (born.year, born.month) == (int(year), int(month)):
        student["birth_date"] = born


def _against_id(values: dict[str, Any], provided: frozenset[str]) -> list[tuple[str, str]]:
    """A sex or birth date the file gives that the ID number contradicts: one of the two is
    wrong, and which one is for a person to say (the form warns of the same)."""
    try:
        info = parse_id_number(values["id_number"])
    except ValidationError:
        return []
    out = []
    if "sex" in provided and values.get("sex") and values["sex"] != info.sex:
        out.append(
            (
                "sex",
                tr("{value} does not agree with the ID number ({expected}).").format(
                    value=STUDENT["sex"].display(values["sex"]),
                    expected=STUDENT["sex"].display(info.sex),
                ),
            )
        )
    born = values.get("birth_date")
    if "birth_date" in provided and born and born != info.birth_date:
        out.append(
            (
                "birth_date",
                tr(
                    "{value} does not agree with the ID number ({expected}). Correct one of "
                    "them, or leave the birth date empty: it is read from the ID number."
                ).format(value=born.isoformat(), expected=info.birth_date.isoformat()),
            )
        )
    return out


def _fill_defaults(student: dict[str, Any], school_type: str) -> None:
    """What a roster leaves out but the file needs: sex and birth date are in the ID
    number, a roster lists the children at school, the stage follows from the school."""
    if student.get("id_number") and (is_blank(student.get("sex")) or not student.get("birth_date")):
        try:
            info = parse_id_number(student["id_number"])
        except ValidationError:
            info = None  # the ID column reports it
        if info is not None:
            if is_blank(student.get("sex")):
                student["sex"] = info.sex
            if is_blank(student.get("birth_date")):
                student["birth_date"] = info.birth_date
    if is_blank(student.get("enrolment")):
        student["enrolment"] = "enrolled"
    if is_blank(student.get("stage")):
        try:
            grade = clean_int(student.get("grade"), 1, 9)
        except ValidationError:
            grade = None
        student["stage"] = _default_stage(school_type, grade)


def _check_guardian(
    guardian: dict[str, Any],
    labels: dict[str, str],
    columns: dict[str, int],
    failed: set[str],
    errors: list[CellError],
) -> dict[str, Any]:
    # Rosters give the guardian's name and phone, seldom the relation: "other relative"
    # until someone records it (the relation is required in the guardian's file).
    if is_blank(guardian.get("relation")):
        guardian["relation"] = "other"
    values, guardian_errors = clean_record(GUARDIAN, guardian)
    for key, message in guardian_errors.items():
        target = GUARDIAN_PREFIX + key
        if target not in failed:
            column = columns.get(target, -1)
            errors.append(CellError(column, _label(target, labels), message))
    return values


def _mark_duplicates(
    rows: list[PreviewRow], labels: dict[str, str], columns: dict[str, int]
) -> None:
    """The second row with an ID number is refused: which of the two is right is for a
    person to say."""
    first: dict[str, int] = {}
    for row in rows:
        number = row.values.get("id_number")
        if not number:
            continue
        if number in first:
            row.status = DUPLICATE
            message = tr("The same ID number as row {row}.").format(row=first[number])
            row.errors.append(
                CellError(columns.get("id_number", -1), _label("id_number", labels), message)
            )
        else:
            first[number] = row.number


def _match_existing(
    rows: list[PreviewRow], school_id: str, labels: dict[str, str], columns: dict[str, int]
) -> None:
    candidates = [row for row in rows if row.status == NEW]
    found = students_by_id_number([row.values["id_number"] for row in candidates])
    guardians = guardians_of([s["id"] for s in found.values()])
    id_label = _label("id_number", labels)
    for row in candidates:
        stored = found.get(row.values["id_number"])
        if stored is None:
            continue
        row.student_id = stored["id"]
        row.match = tr("{name} ({school})").format(
            name=stored["name"], school=stored["school_name"]
        )
        if stored["school"] != school_id:
            row.status = INVALID
            message = tr("Already in the ledger at another school: {match}.").format(
                match=row.match
            )
            row.errors.append(CellError(columns.get("id_number", -1), id_label, message))
            continue
        if normalise_text(stored["name"]) != row.values["name"]:
            # The same ID number for another name: more often a mistyped number (another
            # child's file would be overwritten) than a child renamed; a rename is made
            # in the child's file.
            row.status = INVALID
            message = tr(
                "The ledger has this ID number for {match}, not {name}: check the number. "
                "A child who changed name is renamed in their file."
            ).format(match=row.match, name=row.values["name"])
            row.errors.append(CellError(columns.get("id_number", -1), id_label, message))
            continue
        row.status = EXISTING
        row.changes = _changes(row, stored, guardians.get(stored["id"], []))
        if row.changes:
            _check_merged(row, stored, labels, columns)


def _changes(row: PreviewRow, stored: dict[str, Any], guardians: list[dict[str, Any]]) -> list[str]:
    """The fields an update would change. An empty cell changes nothing: a roster that
    leaves out a phone does not mean the phone is gone."""
    keys = [k for k in STUDENT.keys() if k in row.provided and row.values[k] != stored[k]]
    if row.guardian is not None and guardian_change(row, guardians) is not None:
        keys.append(GUARDIAN_PREFIX + "name")
    return keys


def guardian_change(
    row: PreviewRow, guardians: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, dict[str, Any]] | None:
    """What to save of the file's guardian for an existing student: (the ledger's guardian
    of that name, the values that differ), (None, a new guardian), or None when the
    ledger already says the same."""
    assert row.guardian is not None
    given = {k: row.guardian[k] for k in row.guardian_provided if k in row.guardian}
    for existing in guardians:
        if normalise_text(existing["name"]) == row.guardian["name"]:
            differ = {k: v for k, v in given.items() if existing.get(k) != v}
            return (existing, differ) if differ else None
    return None, dict(row.guardian)


def _check_merged(
    row: PreviewRow, stored: dict[str, Any], labels: dict[str, str], columns: dict[str, int]
) -> None:
    """An update saves the whole file: if what is already in the ledger no longer passes
    today's checks, say so here rather than fail in the middle of the import."""
    merged = {key: stored[key] for key in STUDENT.keys()}
    merged.update({key: row.values[key] for key in row.changes if key in merged})
    _, errors = clean_record(STUDENT, merged)
    for key, message in errors.items():
        text = tr("In the ledger: {message}").format(message=message)
        row.errors.append(CellError(columns.get(key, -1), _label(key, labels), text))
    if errors:
        row.status = INVALID


def students_by_id_number(numbers: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(numbers), BATCH):
        chunk = numbers[start : start + BATCH]
        query = (
            Student.select(Student, School.name.alias("school_name"))
            .join(School)
            .where(Student.id_number.in_(chunk) & (Student.deleted == False))  # noqa: E712
            .order_by(Student.created_at)
            .dicts()
        )
        for stored in query:
            found.setdefault(stored["id_number"], stored)
    return found


def guardians_of(student_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(student_ids), BATCH):
        chunk = student_ids[start : start + BATCH]
        query = (
            Guardian.select()
            .where(Guardian.student.in_(chunk) & (Guardian.deleted == False))  # noqa: E712
            .dicts()
        )
        for row in query:
            result.setdefault(row["student"], []).append(row)
    return result
