"""`fupin pdf …`: the archive forms from the command line, through the same printing
service as the GUI.

    fupin --db PATH pdf archive|aid-sheet|visits|growth|roster|contact-cards
                       |assessment-form|review|notice
          [--school CODE] [--search TEXT] [--stage STAGE] [--grade N] [--class NAME]
          [--student TEXT …] [--teacher NAME] [--program CODE --year YYYY-YYYY --term 1|2]
          [--show-full-ids | --mask-ids] -o OUT.pdf

Exit 0 when written, 1 when refused (nothing to print, a filter that matches nothing).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fupin_desktop.cli.common import (
    EXIT_OK,
    actor,
    open_ledger,
    own_school,
    progress,
    progress_done,
    say,
    school_id,
    stage_code,
)
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io.pdf.titles import Form
from fupin_desktop.services.calendar import school_calendar

# The school year's forms (cli/schoolyear.py): application, class review, public notice.
YEAR_FORMS = ("assessment-form", "review", "notice")


def register(sub: Any) -> None:
    pdf = sub.add_parser("pdf", help=tr("print archive forms to a PDF file"))
    pdf.add_argument("form", choices=[*(f.value for f in Form), *YEAR_FORMS], help=tr("which form"))
    pdf.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help=tr("the PDF file"))
    pdf.add_argument("--school", metavar="CODE", help=tr("only this school (10-digit code)"))
    pdf.add_argument("--search", default="", help=tr("name, pinyin, ID or student number"))
    pdf.add_argument("--stage", help=tr("only this stage (code or name)"))
    pdf.add_argument("--grade", type=int, help=tr("only this grade"))
    pdf.add_argument("--class", dest="class_name", metavar="NAME", help=tr("only this class"))
    pdf.add_argument(
        "--student",
        action="append",
        metavar="TEXT",
        help=tr("a student's name, ID number or student number (may be repeated)"),
    )
    pdf.add_argument("--teacher", metavar="NAME", help=tr("the pairing record of this teacher"))
    pdf.add_argument("--program", metavar="CODE", help=tr("the aid program (sign-off sheet)"))
    pdf.add_argument("--year", metavar="YYYY-YYYY", help=tr("the school year (sign-off sheet)"))
    pdf.add_argument("--term", type=int, choices=(1, 2), help=tr("1 autumn, 2 spring"))
    pdf.add_argument(
        "--pairing", metavar="PARTNER", help=tr("the institution pairing (pairing file)")
    )
    pdf.add_argument(
        "--activity", metavar="TITLE", help=tr("the letter or meeting whose letters to print")
    )
    ids = pdf.add_mutually_exclusive_group()
    ids.add_argument(
        "--show-full-ids",
        action="store_true",
        help=tr("print ID numbers in full (masked on every form but the archive card)"),
    )
    ids.add_argument(
        "--mask-ids", action="store_true", help=tr("mask ID numbers on the archive card too")
    )
    pdf.set_defaults(handler=cmd_pdf)


def cmd_pdf(args: argparse.Namespace) -> int:
    from fupin_desktop.services.printing import jobs as printing

    if args.form in YEAR_FORMS:
        from fupin_desktop.cli.schoolyear import cmd_year_pdf

        return cmd_year_pdf(args)
    open_ledger(args)
    job = build_job(args)
    result = printing.print_forms(actor(), job, Path(args.output), report=progress).value
    progress_done()
    say(tr("{pages} pages written to {path}.").format(pages=result.pages, path=result.path))
    for warning in result.warnings:
        say(warning)
    return EXIT_OK


def build_job(args: argparse.Namespace) -> Any:
    from fupin_desktop.services.printing import jobs as printing
    from fupin_desktop.services.students.listing import StudentQuery

    form = Form(args.form)
    school = school_id(args.school) if args.school else own_school()
    filters: dict[str, Any] = {}
    if args.stage:
        stage = stage_code(args.stage)
        if stage is None:
            raise ValidationError(N_("{value} is not a stage."), value=args.stage)
        filters["stage"] = stage
    if args.grade:
        filters["grade"] = args.grade
    if args.class_name:
        filters["class_name"] = args.class_name
    query = StudentQuery(search=args.search, school_id=school, filters=filters)
    mask = True if args.mask_ids else (False if args.show_full_ids else None)
    job = printing.PrintJob(form, query=query, mask_ids=mask, school_id=school)
    if args.student:
        job.student_ids = _find_students(query, args.student)
    if form is Form.AID_SHEET:
        if not args.program:
            raise ValidationError(printing.NEED_PROGRAM)
        job.program_id = _program_id(args.program)
    if form in (Form.AID_SHEET, Form.PAYMENT_NOTICE):
        year, term = school_calendar().current_term()
        job.school_year, job.term = args.year or year, args.term or term
    if form in (Form.PAIRING_FILE, Form.LETTERS, Form.INSPECTION):
        _duties_job(job, args, school)
    if args.teacher:
        job.teacher_id = _teacher_id(args.teacher, school)
    elif form is Form.VISITS and job.student_ids is None:
        job.student_ids = printing.student_ids(actor(), job)
    return job


def _duties_job(job: Any, args: argparse.Namespace, school_id: str | None) -> None:
    from fupin_desktop.services.activities import records
    from fupin_desktop.services.activities.pairings import find_pairing
    from fupin_desktop.services.activities.periods import parse_term

    if job.form is Form.PAIRING_FILE:
        job.institution_pairing_id = find_pairing(args.pairing or "", school_id)
    elif job.form is Form.LETTERS:
        found = [
            a.id
            for a in records.list_activities(actor(), school_id=school_id)
            if args.activity and args.activity.strip() in (a.id, a.values["title"])
        ]
        if len(found) != 1:
            raise ValidationError(
                N_("{count} activities match {text}."), count=len(found), text=args.activity or ""
            )
        job.activity_id = found[0]
    else:
        job.school_year, job.term = parse_term(
            f"{args.year}/{args.term or 1}" if args.year else None
        )


def _find_students(query: Any, texts: list[str]) -> list[str]:
    """Each text must name exactly one student (by name, ID or student number)."""
    from fupin_desktop.services.students import files as students

    found: list[str] = []
    for text in texts:
        ids = students.match_students(actor(), query, text)
        if len(ids) != 1:
            raise ValidationError(
                N_("{count} students match {text}."), count=len(ids), text=text.strip()
            )
        found += ids
    return found


def _program_id(code: str) -> str:
    from fupin_desktop.services.aid.programs import list_programs

    for program in list_programs(actor()):
        if code in (program.code, program.name):
            return program.id
    raise ValidationError(N_("No aid program {code}."), code=code)


def _teacher_id(name: str, school_id: str | None) -> str:
    from fupin_desktop.services.care import teachers

    ids = [found[0] for found in teachers.find_by_name(name, school_id, exact=True)]
    if len(ids) != 1:
        raise ValidationError(N_("{count} teachers match {text}."), count=len(ids), text=name)
    return ids[0]
