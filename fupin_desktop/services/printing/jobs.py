"""Printing the archive forms: what to print for a selection or a whole school, laid
out in one PDF, with progress and cancel. The file appears only when complete
(fileio.atomic_target): a cancelled batch leaves nothing behind.

Forms are laid out as they are read: the story handed to reportlab is a lazy list
that reads the next students when it runs short, so 2,000 archive cards never sit in
memory at once, and progress and cancel follow the real work.

The layouts (io/pdf/*, which load reportlab) are imported inside the functions that lay
out a form: reportlab costs ~110 ms of start-up the program does not need until it prints
(docs/architecture.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.errors import ValidationError
from fupin_desktop.fileio import atomic_target
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.titles import FORMS, Form
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.catalogues import STUDENT
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import scope
from fupin_desktop.services.context import Actor, Changes, Result
from fupin_desktop.services.printing import aid_forms, care_forms
from fupin_desktop.services.printing import gather as forms_data
from fupin_desktop.services.students import listing
from fupin_desktop.services.students.listing import StudentQuery

PROGRESS = N_("{form}: {done} of {total}")
NOTHING = N_("There is nothing to print for this choice.")
NEED_PROGRAM = N_("Choose the aid program, school year and term of the sign-off sheet.")
MISSING_GLYPHS = N_(
    "The font has no glyph for these characters; they print as empty boxes, "
    "write them in by hand: {chars}"
)
NEED_NOTICE_TERM = N_("Choose the school year and term of the payment notices.")
NEED_PAIRING = N_("Choose the students, a teacher or a pairing for the pairing record.")
NEED_INSTITUTION_PAIRING = N_("Choose the institution pairing whose file to print.")
NEED_ACTIVITY = N_("Choose the letter or meeting whose letters to print.")
NEED_INSPECTION_TERM = N_("Choose the school year and term of the inspection report.")


@dataclass
class PrintJob:
    form: Form
    # The students: given, or those a query finds (a whole school is a query too).
    student_ids: list[str] | None = None
    query: StudentQuery | None = None
    # None: the form's default (masked everywhere but on the archive card).
    mask_ids: bool | None = None
    # The aid sign-off sheet.
    program_id: str | None = None
    school_year: str | None = None
    term: int | None = None
    school_id: str | None = None
    # The pairing record: pairings, or a teacher's (else the students').
    pairing_ids: list[str] | None = None
    teacher_id: str | None = None
    # The roster's subtitle: the list's filters in words.
    description: str = ""
    school_name: str = ""  # the header when a unit has no school of its own
    # The school's duties: an institution pairing's file, an activity's letters.
    institution_pairing_id: str | None = None
    activity_id: str | None = None

    @property
    def masked(self) -> bool:
        return FORMS[self.form].mask_by_default if self.mask_ids is None else self.mask_ids


@dataclass
class PrintResult:
    path: Path
    pages: int
    units: int
    warnings: list[str] = field(default_factory=list)


class LazyStory(list):
    """A list of flowables that refills itself from a generator of units as reportlab
    takes flowables off its front (reportlab only calls len(), [0], del [0] and
    insert on it)."""

    def __init__(self, units: Iterator[list[Any]]) -> None:
        super().__init__()
        self._units = units
        self._done = False

    def _fill(self) -> None:
        while not self._done and super().__len__() < 2:
            try:
                self.extend(next(self._units))
            except StopIteration:
                self._done = True

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return super().__getitem__(index)


FILTER = N_("{field}: {value}")
SEARCH = N_("Search: {text}")


def describe_query(query: StudentQuery | None) -> str:
    """A list's filters in words, for the roster's subtitle ("Stage: Primary · Grade: 4")."""
    if query is None:
        return ""
    parts = []
    for key, value in query.filters.items():
        if key in STUDENT.keys() and value not in (None, ""):
            field = STUDENT[key]
            parts.append(tr(FILTER).format(field=field.title, value=field.display(value)))
    if query.search.strip():
        parts.append(tr(SEARCH).format(text=query.search.strip()))
    return " · ".join(parts)


def student_ids(actor: Actor, job: PrintJob) -> list[str]:
    if job.student_ids is not None:
        # Only the children the role matrix lets this person list (a teacher: paired).
        return scope.visible_ids(actor, list(job.student_ids))
    return listing.list_ids(actor, job.query or StudentQuery())


def _selection(job: PrintJob) -> str:
    """Which children a job names, for its audit row (before the units are built)."""
    if job.student_ids is not None:
        return f"{len(job.student_ids)} students"
    if job.query is not None:
        return f"query {describe_query(job.query)}" if describe_query(job.query) else "all"
    return "all"


def print_forms(
    actor: Actor,
    job: PrintJob,
    target: Path,
    report: Report = no_report,
    cancel: CancelToken | None = None,
    *,
    today: dt.date | None = None,
) -> Result[PrintResult]:
    """Lay out the job's forms into one PDF at `target`. Raises Cancelled (and leaves
    no file) when cancelled, ValidationError when there is nothing to print. What
    changes is the audit log (who printed whose data)."""
    from reportlab.platypus import PageBreak

    from fupin_desktop.io.pdf import fonts
    from fupin_desktop.io.pdf.template import FormDoc, StartUnit

    info = FORMS[job.form]
    target = Path(target)
    # The audit row first, committed: no printed file exists without its row (issue 15).
    full = not forms_data.effective_mask(actor, job.masked)
    audit.record_before_file(
        actor,
        "print",
        "student",
        details=f"{job.form} {_selection(job)}, ids {'full' if full else 'masked'}, "
        f"to {target.name}",
    )
    fonts.reset()
    report(0.0, tr(PROGRESS).format(form=info.label, done=0, total="…"))
    with atomic_target(target) as tmp:
        doc = FormDoc(tmp, landscape_pages=info.landscape, title=info.label, printed_on=today)
        units, total, _label = _units(actor, job, doc)
        if total == 0:
            raise ValidationError(NOTHING)
        counter = {"done": 0}

        def story() -> Iterator[list[Any]]:
            for index, (unit, flowables) in enumerate(units):
                if cancel is not None:
                    cancel.check()
                head: list[Any] = [PageBreak()] if index else []
                yield [*head, StartUnit(unit), *flowables]
                counter["done"] = index + 1
                text = tr(PROGRESS).format(form=info.label, done=index + 1, total=total)
                report((index + 1) / total * 0.98, text)

        doc.build(LazyStory(story()))
        if cancel is not None:
            cancel.check()
        pages = doc.pages_total
    report(1.0, tr(PROGRESS).format(form=info.label, done=total, total=total))
    warnings = []
    if fonts.missing:
        warnings.append(tr(MISSING_GLYPHS).format(chars=" ".join(sorted(fonts.missing))))
    result = PrintResult(target, pages, counter["done"], warnings)
    return Result(result, Changes().touch("audit_log"))


Units = Iterable[tuple[Any, list[Any]]]


def _units(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    """(the units to lay out lazily, how many, what they are in the audit)."""
    builder: Callable[[Actor, PrintJob, Any], tuple[Units, int, str]] = _BUILDERS[job.form]
    return builder(actor, job, doc)


def _archive(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import archive_card
    from fupin_desktop.io.pdf.template import Unit

    ids = student_ids(actor, job)
    cards = forms_data.archive_cards(actor, ids, mask_ids=job.masked)
    units = (
        (Unit(c.school_name, c.values.get("name") or ""), archive_card.flowables(c, doc.width))
        for c in cards
    )
    return units, len(ids), "students"


def _growth(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import growth_record
    from fupin_desktop.io.pdf.template import Unit

    ids = care_forms.left_behind_ids(student_ids(actor, job))
    records = care_forms.growth_records(actor, ids, mask_ids=job.masked)
    units = (
        (Unit(r.school_name, r.student.get("name") or ""), growth_record.flowables(r, doc.width))
        for r in records
    )
    return units, len(ids), "left-behind students"


def _visits(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import visits_record
    from fupin_desktop.io.pdf.template import Unit

    if job.pairing_ids is None and job.teacher_id is None:
        if job.student_ids is None and job.query is None:
            raise ValidationError(NEED_PAIRING)
        ids: list[str] | None = student_ids(actor, job)
    else:
        ids = job.student_ids
    records = care_forms.pairing_records(
        actor,
        pairing_ids=job.pairing_ids,
        teacher_id=job.teacher_id,
        student_ids=ids,
        mask_ids=job.masked,
    )
    units = (
        (
            Unit(r.school_name, f"{r.teacher.get('name')} — {r.student.get('name')}"),
            visits_record.flowables(r, doc.width),
        )
        for r in records
    )
    return units, len(records), "pairings"


def _aid_sheet(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import aid_sheet
    from fupin_desktop.io.pdf.template import Unit

    if not (job.program_id and job.school_year and job.term):
        raise ValidationError(NEED_PROGRAM)
    sheet = aid_forms.aid_sheet(
        actor,
        job.program_id,
        job.school_year,
        job.term,
        school_id=job.school_id,
        student_ids=job.student_ids,
        mask_ids=job.masked,
    )
    if not sheet.rows:
        return [], 0, "aid sheet"
    if sheet.source == "confirmed" and sheet.confirmed_on is not None:
        # The confirmed list prints the same file every time: dated the day it was
        # confirmed, with reportlab's fixed creation date and document id.
        doc.printed_on = sheet.confirmed_on
        doc.invariant = 1
    unit = Unit(sheet.school_name or job.school_name, sheet.program_name)
    return [(unit, aid_sheet.flowables(sheet, doc.width, doc.height))], 1, "aid sheet"


def _roster(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import roster
    from fupin_desktop.io.pdf.template import Unit

    ids = student_ids(actor, job)
    if not ids:
        return [], 0, "roster"
    schools = {sid for sid in ([job.query.school_id] if job.query else []) if sid}
    data = forms_data.roster(actor, ids, mask_ids=job.masked, show_school=not schools)
    unit = Unit(job.school_name or _school_of(data.rows))
    description = job.description or describe_query(job.query)
    return [(unit, roster.flowables(data, doc.width, description))], 1, "roster"


def _school_of(rows: list[dict[str, Any]]) -> str:
    names = {r.get("school_name", "") for r in rows}
    return names.pop() if len(names) == 1 else ""


def _contact_cards(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import contact_cards
    from fupin_desktop.io.pdf.template import Unit

    ids = student_ids(actor, job)
    if not ids:
        return [], 0, "contact cards"
    cards = list(care_forms.contact_cards(actor, ids))
    unit = Unit(job.school_name or _school_of([{"school_name": c.school_name} for c in cards]),
                tr(contact_cards.CUT_HERE))  # fmt: skip
    flowables = contact_cards.flowables(cards, doc.width, doc.height)
    return [(unit, flowables)], 1, "contact cards"


def _pairing_file(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import duties as forms
    from fupin_desktop.io.pdf.template import Unit
    from fupin_desktop.services.printing import duties

    if not job.institution_pairing_id:
        raise ValidationError(NEED_INSTITUTION_PAIRING)
    data = duties.pairing_file(actor, job.institution_pairing_id)
    unit = Unit(data.school_name, str(data.pairing.get("partner_name") or ""))
    return [(unit, forms.pairing_file(data, doc.width))], 1, "institution pairing"


def _letters(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import duties as forms
    from fupin_desktop.io.pdf.template import Unit
    from fupin_desktop.services.printing import duties

    if not job.activity_id:
        raise ValidationError(NEED_ACTIVITY)
    ids = student_ids(actor, job)
    items = duties.letters(actor, job.activity_id, ids)
    units = ((Unit(i.school_name, i.student_name), forms.letter(i, doc.width)) for i in items)
    return units, len(ids), "letters"


def _inspection(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import duties as forms
    from fupin_desktop.io.pdf.template import Unit
    from fupin_desktop.services.printing import duties

    if not (job.school_year and job.term):
        raise ValidationError(NEED_INSPECTION_TERM)
    reports = duties.inspection_reports(actor, job.school_year, job.term, school_id=job.school_id)
    units = (
        (Unit(r.school_name, r.term), forms.inspection(r, doc.width, duties.figures(r)))
        for r in reports
    )
    return units, len(reports), "inspection reports"


def _notices(actor: Actor, job: PrintJob, doc: Any) -> tuple[Units, int, str]:
    from fupin_desktop.io.pdf import payment_notice
    from fupin_desktop.io.pdf.template import Unit

    if not (job.school_year and job.term):
        raise ValidationError(NEED_NOTICE_TERM)
    ids = student_ids(actor, job)
    notices = list(
        aid_forms.payment_notices(actor, ids, job.school_year, job.term, mask_ids=job.masked)
    )
    units = (
        (Unit(n.school_name, n.student.get("name") or ""), payment_notice.flowables(n, doc.width))
        for n in notices
    )
    return units, len(notices), "payment notices"


_BUILDERS: dict[Form, Callable[[Actor, PrintJob, Any], tuple[Units, int, str]]] = {
    Form.ARCHIVE: _archive,
    Form.AID_SHEET: _aid_sheet,
    Form.VISITS: _visits,
    Form.GROWTH: _growth,
    Form.ROSTER: _roster,
    Form.CONTACT_CARDS: _contact_cards,
    Form.PAIRING_FILE: _pairing_file,
    Form.LETTERS: _letters,
    Form.INSPECTION: _inspection,
    Form.PAYMENT_NOTICE: _notices,
}
