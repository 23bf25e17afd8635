"""County category lists (低保, 特困, 孤儿 … matched by ID number): who on the ledger gains
the category from the list's date, who keeps it, who loses it (on the ledger, not on the
list), and who is on the list but in no school of this ledger (a child to follow up).

preview(actor, path, category, as_of) reads the sheet (header found anywhere, as the
roster import finds it) and writes nothing. apply(actor, preview) records the gains and
the losses as dated history in one transaction, after a backup. In township mode the
preview is split by school: the township's next package to each school carries that
school's changes (sync/, a school accepts its own rows from the township).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School, StatusHistory, Student
from fupin_desktop.errors import FileFormatError, PermissionDenied, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io import roster
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.schema.format import class_label
from fupin_desktop.services import audit
from fupin_desktop.services.accounts.roles import Do, roles_allowed
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.students import roster_apply
from fupin_desktop.validation import compact, normalise_text, parse_id_number

# The categories a county keeps as lists of ID numbers: the student file's flags whose
# changes are dated history (left-behind status has its own profile and is not here).
LIST_CATEGORIES = (
    "registered_poor",
    "dibao",
    "extreme_poverty_support",
    "orphan",
    "de_facto_unsupported",
    "disabled",
    "child_in_difficulty",
)
# Who imports county lists: the role matrix's IMPORT (services/accounts/roles.py).
LIST_WRITERS = (*roles_allowed(Do.IMPORT), "system")


def category_key(text: str) -> str:
    """The category from its key, its Chinese label or a word a county uses (低保)."""
    word = normalise_text(text)
    for key in LIST_CATEGORIES:
        f = STUDENT[key]
        if word in (key, f.label, f.title, *f.aliases):
            return key
    choices = "、".join(STUDENT[k].title for k in LIST_CATEGORIES)
    raise ValidationError(
        N_("{value} is not a category a county list can set. Known: {choices}."),
        value=word,
        choices=choices,
    )


@dataclass(frozen=True)
class ListChild:
    student_id: str
    name: str
    school_id: str
    school_name: str
    class_label: str
    since: dt.date | None = None  # keeps/losses: when the ledger's value began


@dataclass(frozen=True)
class ListEntry:
    """A line of the county's list that names no child of this ledger."""

    row: int  # the Excel row number
    name: str
    id_number: str
    note: str = ""  # "in the ledger, dropped out", or why the ID cannot be read


@dataclass
class ListPreview:
    file_name: str
    sheet: str
    category: str
    as_of: dt.date
    listed: int = 0  # lines with an ID number
    gains: list[ListChild] = field(default_factory=list)
    keeps: list[ListChild] = field(default_factory=list)
    losses: list[ListChild] = field(default_factory=list)
    unknown: list[ListEntry] = field(default_factory=list)  # to follow up
    unreadable: list[ListEntry] = field(default_factory=list)
    # Changes the list cannot make: the ledger has a change dated after the list's date.
    blocked: list[tuple[ListChild, str]] = field(default_factory=list)

    @property
    def category_title(self) -> str:
        return STUDENT[self.category].title

    def summary(self) -> str:
        return tr(
            "{category} list of {date}: {listed} IDs; {gains} gain it, {keeps} keep it, "
            "{losses} lose it, {unknown} are in no school of this ledger, {bad} cannot be "
            "read."
        ).format(
            category=self.category_title,
            date=self.as_of.isoformat(),
            listed=self.listed,
            gains=len(self.gains),
            keeps=len(self.keeps),
            losses=len(self.losses),
            unknown=len(self.unknown),
            bad=len(self.unreadable),
        )

    def by_school(self) -> dict[str, dict[str, list[ListChild]]]:
        """{school name: {"gains": […], "keeps": […], "losses": […]}}: township mode."""
        out: dict[str, dict[str, list[ListChild]]] = {}
        for kind in ("gains", "keeps", "losses"):
            for child in getattr(self, kind):
                groups = out.setdefault(child.school_name, {"gains": [], "keeps": [], "losses": []})
                groups[kind].append(child)
        return dict(sorted(out.items()))


def _read_ids(path: Path, sheet: str | None) -> tuple[roster.RosterTable, int, int | None]:
    """The table, its ID column and its name column (None if it has none)."""
    table = roster.load_roster(Path(path), sheet)
    mapping = roster.guess_mapping(table.headers)
    by_target = {target: column for column, target in mapping.items()}
    if "id_number" not in by_target:
        raise FileFormatError(
            N_("Sheet {sheet} of {name} has no column of ID numbers (身份证号)."),
            sheet=table.sheet,
            name=table.file_name,
        )
    return table, by_target["id_number"], by_target.get("name")


def _id_of(cell: Any) -> tuple[str, str]:
    """(ID number, "") or (the text as written, why it cannot be read)."""
    text = compact(roster.cell_text(cell)).upper()
    if isinstance(cell, float):
        return text, tr("a number cell: the last digits are lost; type it as text")
    try:
        return parse_id_number(text).number, ""
    except ValidationError as exc:
        return text, exc.message


def _students(numbers: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        select = (
            Student.select(Student, School.name.alias("school_name"))
            .join(School)
            .where(Student.id_number.in_(chunk) & (Student.deleted == False))  # noqa: E712
            .dicts()
        )
        for row in select:
            found[row["id_number"]] = row
    return found


def _flagged(category: str) -> list[dict[str, Any]]:
    column = getattr(Student, category)
    select = (
        Student.select(Student, School.name.alias("school_name"))
        .join(School)
        .where(
            (column == True)  # noqa: E712
            & (Student.deleted == False)  # noqa: E712
            & (Student.enrolment == "enrolled")
        )
        .dicts()
    )
    return list(select)


def _open_since(category: str, student_ids: list[str]) -> dict[str, dt.date]:
    since: dict[str, dt.date] = {}
    for start in range(0, len(student_ids), 500):
        chunk = student_ids[start : start + 500]
        select = StatusHistory.select(StatusHistory.student, StatusHistory.start_date).where(
            StatusHistory.student.in_(chunk)
            & (StatusHistory.kind == category)
            & StatusHistory.end_date.is_null()
            & (StatusHistory.deleted == False)  # noqa: E712
        )
        for row in select:
            since[row.student_id] = max(row.start_date, since.get(row.student_id, row.start_date))
    return since


def _child(row: dict[str, Any], since: dt.date | None = None) -> ListChild:
    label = class_label(row["grade"], row["class_name"])
    return ListChild(row["id"], row["name"], row["school"], row["school_name"], label or "", since)


def preview(
    actor: Actor, path: Path, category: str, as_of: dt.date, *, sheet: str | None = None
) -> ListPreview:
    """Read the county's list and compare it with the ledger; nothing is written."""
    if actor.role not in LIST_WRITERS:
        raise PermissionDenied()
    category = category_key(category)
    table, id_column, name_column = _read_ids(path, sheet)
    result = ListPreview(table.file_name, table.sheet, category, as_of)
    listed: dict[str, tuple[int, str]] = {}
    for line in table.rows:
        cell = line.cells[id_column]
        name = roster.cell_text(line.cells[name_column]) if name_column is not None else ""
        if roster.cell_text(cell) == "":
            continue
        number, problem = _id_of(cell)
        if problem:
            result.unreadable.append(ListEntry(line.number, name, number, problem))
            continue
        listed.setdefault(number, (line.number, name))
    result.listed = len(listed)
    ledger = _students(list(listed))
    flagged = {row["id"]: row for row in _flagged(category)}
    on_list: set[str] = set()
    for number, (row_number, name) in listed.items():
        row = ledger.get(number)
        if row is None or row["enrolment"] != "enrolled":
            note = "" if row is None else STUDENT["enrolment"].display(row["enrolment"])
            result.unknown.append(ListEntry(row_number, name, number, note))
            continue
        on_list.add(row["id"])
        if row["id"] not in flagged:
            result.gains.append(_child(row))
    since = _open_since(category, [*flagged, *(c.student_id for c in result.gains)])
    for student_id, row in flagged.items():
        child = _child(row, since.get(student_id))
        (result.keeps if student_id in on_list else result.losses).append(child)
    _block_later_changes(result, since)
    audit.record(actor, "preview_list", "student", details=f"{category} {table.file_name}")
    return result


def _block_later_changes(result: ListPreview, since: dict[str, dt.date]) -> None:
    """A change cannot be dated before the ledger's current value began."""
    for kind in ("gains", "losses"):
        kept = []
        for child in getattr(result, kind):
            began = since.get(child.student_id)
            if began is not None and began > result.as_of:
                why = tr("the ledger's value holds since {date}, after the list's date")
                result.blocked.append((child, why.format(date=began.isoformat())))
            else:
                kept.append(child)
        setattr(result, kind, kept)


@dataclass(frozen=True)
class ListResult:
    gained: int
    lost: int
    backup: Path | None

    def summary(self) -> str:
        return tr("{gained} children gained the category and {lost} lost it.").format(
            gained=self.gained, lost=self.lost
        )


def apply(actor: Actor, result: ListPreview) -> Result[ListResult]:
    """Record the gains (value true) and the losses (value false) from the list's date,
    in one transaction, after a backup. The keeps change nothing."""
    from fupin_desktop.services.students.files import add_history_entry

    if actor.role not in LIST_WRITERS:
        raise PermissionDenied()
    backup = roster_apply.backup_before_import()
    changes = Changes()
    note = tr("County list {name} of {date}").format(
        name=result.file_name, date=result.as_of.isoformat()
    )[:200]
    with database.atomic():
        for child, value in [
            *((c, "true") for c in result.gains),
            *((c, "false") for c in result.losses),
        ]:
            changes.merge(
                add_history_entry(
                    actor, child.student_id, result.category, value, result.as_of, note
                ).changes
            )
        audit.record(
            actor,
            "import_list",
            "student",
            details=f"{result.category} {result.file_name}: +{len(result.gains)}"
            f" -{len(result.losses)}",
        )
    return Result(ListResult(len(result.gains), len(result.losses), backup), changes)
