"""County category lists (低保, 特困, 孤儿 … matched by ID number): who on the ledger gains
the category from the list's date, who keeps it, who loses it (on the ledger, not on the
list), and who is on the list but in no school of this ledger (a child to follow up).

preview(actor, path, category, as_of) reads the sheet (header found anywhere, as the
roster import finds it) and writes nothing. apply(actor, preview) records the gains and
the losses as dated history in one transaction, after a backup.

Two lists set the dated poverty status (issue 10) instead of a flag, by the same path
(docs/architecture.md, "Exchange"): the 脱贫户 list and the 监测对象 list (STATUS_LISTS).
Each owns some statuses; a child on the list gains the status the list gives (a change of
kind counts as a gain), keeps it if the ledger already has that status, and loses it when
on the ledger with an owned status but not on the list. In township mode the
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
from fupin_desktop.schema.choices import POVERTY_STATUS
from fupin_desktop.schema.format import class_label
from fupin_desktop.schema.needs import LIFTED_STATUSES
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


def may_import(actor: Actor) -> bool:
    """Whether `actor` compares and applies a county list (preview and apply refuse
    the others): the dialog says so beforehand."""
    return actor.role in LIST_WRITERS


@dataclass(frozen=True)
class StatusList:
    """A county list that sets the poverty status (schema/choices.py POVERTY_STATUS).

    owns: the statuses the list decides; a child with one of them and not on the list
    loses it and gets `lost`, from the list's date. default(ledger status) is the status a
    child on the list gets when the list's own column (headers) is absent or blank: a
    child who already has an owned status keeps it. words: the column's words -> status.
    """

    key: str
    title: str  # as counties call the list; a file word, not translated
    words: tuple[str, ...]  # other names of the list
    owns: tuple[str, ...]
    lost: str
    headers: tuple[str, ...]
    values: dict[str, str]
    # Statuses another list decides: a child with one of them on this list is not changed.
    others: tuple[str, ...] = ()

    def default(self, status: str) -> str:
        if status in self.owns:
            return status
        if self.key == "monitored":
            # A lifted family watched for relapse is 脱贫不稳定 by definition; any other
            # family the county watches is taken as 边缘易致贫.
            lifted = status in LIFTED_STATUSES
            return "monitored_unstable" if lifted else "monitored_marginal"
        return self.owns[0]


def _words(words: str, status: str) -> dict[str, str]:
    """The words of a list's column (a trailing 户 is dropped on reading) -> the status."""
    return dict.fromkeys(words.split(), status)


MONITORED_OWN = ("monitored_unstable", "monitored_marginal", "monitored_sudden")
# The rules (docs/architecture.md, "Exchange"):
# - 脱贫户 list: owns both lifted statuses. Its 享受政策 column says which (是 / 继续享受
#   -> lifted_keeps_aid; 否 / 不享受 -> lifted); without it, a new 脱贫户 keeps the
#   policies (the transition period's rule, 脱贫不脱政策). A child the ledger follows as a
#   监测对象 is left to the 监测对象 list (blocked). A loss ends the status: none.
# - 监测对象 list: owns the three monitored statuses; its 监测类型 column says which;
#   without it, StatusList.default. A loss ends the monitoring: monitored_cleared
#   (风险消除), which the 资助系统 export still counts as 防返贫监测对象.
STATUS_LISTS = {
    s.key: s
    for s in (
        StatusList(
            "lifted",
            "脱贫户",
            ("脱贫户名单", "脱贫人口", "脱贫家庭", "lifted_household"),
            LIFTED_STATUSES,
            "none",
            ("享受政策", "是否享受政策", "继续享受政策", "是否继续享受政策", "享受政策情况"),
            _words("是 继续享受 享受", "lifted_keeps_aid") | _words("否 不享受 不再享受", "lifted"),
            others=MONITORED_OWN,
        ),
        StatusList(
            "monitored",
            "监测对象",
            ("防返贫监测对象", "监测户", "monitored_household"),
            MONITORED_OWN,
            "monitored_cleared",
            ("监测类型", "监测对象类型", "监测对象类别", "户类型"),
            _words("脱贫不稳定", "monitored_unstable")
            | _words("边缘易致贫", "monitored_marginal")
            | _words("突发严重困难", "monitored_sudden"),
        ),
    )
}


def category_key(text: str) -> str:
    """The category from its key, its Chinese label or a word a county uses (低保)."""
    word = normalise_text(text)
    for key in LIST_CATEGORIES:
        f = STUDENT[key]
        if word in (key, f.label, f.title, *f.aliases):
            return key
    for status_list in STATUS_LISTS.values():
        if word in (status_list.key, status_list.title, *status_list.words):
            return status_list.key
    choices = "、".join(
        [*(STUDENT[k].title for k in LIST_CATEGORIES), *(s.title for s in STATUS_LISTS.values())]
    )
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
    value: str = ""  # what apply records: "true"/"false", or a poverty status code
    was: str = ""  # a status list: the ledger's status before the list

    def value_label(self) -> str:
        """The value the list sets, as a person reads it (empty for a flag)."""
        return POVERTY_STATUS.label(self.value) if self.value not in ("true", "false") else ""


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
        return category_title(self.category)

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


def category_title(key: str) -> str:
    status_list = STATUS_LISTS.get(key)
    return status_list.title if status_list is not None else STUDENT[key].title


def history_kind(category: str) -> str:
    """The dated history a list changes: its flag, or the poverty status."""
    return "poverty_status" if category in STATUS_LISTS else category


def _value_column(table: roster.RosterTable, status_list: StatusList | None) -> int | None:
    """The column that says which status (监测类型, 享受政策), or None."""
    if status_list is None:
        return None
    wanted = {compact(h) for h in status_list.headers}
    for column, header in enumerate(table.headers):
        if compact(header) in wanted:
            return column
    return None


def _listed_status(status_list: StatusList, text: str, current: str) -> str:
    word = compact(text).removesuffix("户") if text else ""
    found = status_list.values.get(word) or status_list.values.get(compact(text))
    return found or status_list.default(current)


def _read_ids(path: Path, sheet: str | None) -> tuple[roster.RosterTable, int, int | None]:
    """The table, its ID column and its name column (None if it has none)."""
    table = roster.load_roster(Path(path), sheet)
    mapping = roster.guess_mapping(table.headers, table.hidden_columns)
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
    """The enrolled children the ledger has in the category (an owned status)."""
    status_list = STATUS_LISTS.get(category)
    if status_list is not None:
        holds = Student.poverty_status.in_(status_list.owns)
    else:
        holds = getattr(Student, category) == True  # noqa: E712
    select = (
        Student.select(Student, School.name.alias("school_name"))
        .join(School)
        .where(
            holds
            & (Student.deleted == False)  # noqa: E712
            & (Student.enrolment == "enrolled")
        )
        .dicts()
    )
    return list(select)


def _open_since(kind: str, student_ids: list[str]) -> dict[str, dt.date]:
    since: dict[str, dt.date] = {}
    for start in range(0, len(student_ids), 500):
        chunk = student_ids[start : start + 500]
        select = StatusHistory.select(StatusHistory.student, StatusHistory.start_date).where(
            StatusHistory.student.in_(chunk)
            & (StatusHistory.kind == kind)
            & StatusHistory.end_date.is_null()
            & (StatusHistory.deleted == False)  # noqa: E712
        )
        for row in select:
            since[row.student_id] = max(row.start_date, since.get(row.student_id, row.start_date))
    return since


def _child(
    row: dict[str, Any], since: dt.date | None = None, value: str = "", was: str = ""
) -> ListChild:
    label = class_label(row["grade"], row["class_name"])
    return ListChild(
        row["id"], row["name"], row["school"], row["school_name"], label or "", since, value, was
    )


def preview(
    actor: Actor, path: Path, category: str, as_of: dt.date, *, sheet: str | None = None
) -> ListPreview:
    """Read the county's list and compare it with the ledger; nothing is written."""
    if actor.role not in LIST_WRITERS:
        raise PermissionDenied()
    category = category_key(category)
    status_list = STATUS_LISTS.get(category)
    table, id_column, name_column = _read_ids(path, sheet)
    value_column = _value_column(table, status_list)
    result = ListPreview(table.file_name, table.sheet, category, as_of)
    listed: dict[str, tuple[int, str, str]] = {}  # ID -> (row, name, the list's word)
    for line in table.rows:
        cell = line.cells[id_column]
        name = roster.cell_text(line.cells[name_column]) if name_column is not None else ""
        if roster.cell_text(cell) == "":
            continue
        number, problem = _id_of(cell)
        if problem:
            result.unreadable.append(ListEntry(line.number, name, number, problem))
            continue
        word = roster.cell_text(line.cells[value_column]) if value_column is not None else ""
        listed.setdefault(number, (line.number, name, word))
    result.listed = len(listed)
    ledger = _students(list(listed))
    flagged = {row["id"]: row for row in _flagged(category)}
    kind = history_kind(category)
    since = _open_since(kind, [*flagged, *(r["id"] for r in ledger.values())])
    on_list: set[str] = set()
    for number, (row_number, name, word) in listed.items():
        row = ledger.get(number)
        if row is None or row["enrolment"] != "enrolled":
            note = "" if row is None else STUDENT["enrolment"].display(row["enrolment"])
            result.unknown.append(ListEntry(row_number, name, number, note))
            continue
        on_list.add(row["id"])
        _compare(result, status_list, row, word, since.get(row["id"]))
    for student_id, row in flagged.items():
        if student_id not in on_list:
            lost = status_list.lost if status_list is not None else "false"
            was = row["poverty_status"] if status_list is not None else ""
            result.losses.append(_child(row, since.get(student_id), lost, was))
    _block_later_changes(result, since)
    audit.record(actor, "preview_list", "student", details=f"{category} {table.file_name}")
    return result


def _compare(
    result: ListPreview,
    status_list: StatusList | None,
    row: dict[str, Any],
    word: str,
    since: dt.date | None,
) -> None:
    """A child on the list: a gain (the list sets a value the ledger lacks), a keep, or
    (a status list) blocked, when another list decides the child's status."""
    if status_list is None:
        if row[result.category]:
            result.keeps.append(_child(row, since))
        else:
            result.gains.append(_child(row, None, "true"))
        return
    current = row["poverty_status"] or "none"
    if current in status_list.others:
        why = tr("followed as {status}: the {other} list decides").format(
            status=POVERTY_STATUS.label(current), other=STATUS_LISTS["monitored"].title
        )
        result.blocked.append((_child(row, since, "", current), why))
        return
    value = _listed_status(status_list, word, current)
    if value == current:
        result.keeps.append(_child(row, since, value, current))
    else:
        result.gains.append(_child(row, None, value, current))


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
    """Record the gains and the losses from the list's date (a flag true or false; a
    status list, the status each child's line gives), in one transaction, after a
    backup. The keeps change nothing."""
    from fupin_desktop.services.students.status_history import add_history_entry

    if actor.role not in LIST_WRITERS:
        raise PermissionDenied()
    backup = roster_apply.backup_before_import()
    changes = Changes()
    note = tr("County list {name} of {date}").format(
        name=result.file_name, date=result.as_of.isoformat()
    )[:200]
    with database.atomic():
        kind = history_kind(result.category)
        for child in [*result.gains, *result.losses]:
            changes.merge(
                add_history_entry(
                    actor, child.student_id, kind, child.value, result.as_of, note
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
