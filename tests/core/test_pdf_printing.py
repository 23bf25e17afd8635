"""Printing as a use case: progress, cancel that leaves no file, the audit, the command
line, and reportlab kept out of start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from fupin_desktop.db.models import AuditLog
from fupin_desktop.errors import Cancelled, ValidationError
from fupin_desktop.io.pdf.titles import STUDENT_FORMS, Form
from fupin_desktop.progress import CancelToken
from fupin_desktop.services.printing import jobs as printing
from fupin_desktop.services.students import listing
from tests import builders as make
from tests.builders import PRINCIPAL, Sample, fupin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def many(school_db, sample: Sample) -> list[str]:
    others = [make.student(school_db.school_id, f"学生{i:02d}") for i in range(11)]
    return [sample.student_id, *others]


def test_progress_climbs_to_done(tmp_path: Path, many: list[str]) -> None:
    seen: list[tuple[float, str]] = []
    job = printing.PrintJob(Form.ARCHIVE, student_ids=many)
    result = printing.print_forms(
        PRINCIPAL, job, tmp_path / "a.pdf", lambda f, t: seen.append((f, t))
    ).value
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(seen) >= len(many)
    assert "12 of 12" in seen[-1][1]
    assert result.units == 12 and result.pages == len(PdfReader(tmp_path / "a.pdf").pages)


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, many: list[str]) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "batch.pdf"
    target.write_bytes(b"the earlier print")
    token = CancelToken()

    def report(fraction: float, text: str) -> None:
        if fraction > 0.2:
            token.cancel()

    job = printing.PrintJob(Form.ARCHIVE, student_ids=many)
    with pytest.raises(Cancelled):
        printing.print_forms(PRINCIPAL, job, target, report, token)
    assert target.read_bytes() == b"the earlier print"
    assert sorted(p.name for p in folder.iterdir()) == ["batch.pdf"]
    # The audit row is written before the file (issue 15): the attempt is on record.
    assert AuditLog.select().where(AuditLog.action == "print").count() == 1


def test_printing_is_audited_once(tmp_path: Path, many: list[str]) -> None:
    job = printing.PrintJob(Form.ROSTER, student_ids=many)
    _, changes = printing.print_forms(PRINCIPAL, job, tmp_path / "r.pdf")
    assert changes.affects("audit_log")
    (entry,) = AuditLog.select().where(AuditLog.action == "print")
    assert entry.actor == PRINCIPAL.name and "roster" in entry.details and "masked" in entry.details


def test_nothing_to_print_says_so_and_writes_nothing(tmp_path: Path, school_db) -> None:
    folder = tmp_path / "out"
    with pytest.raises(ValidationError) as caught:
        printing.print_forms(
            PRINCIPAL, printing.PrintJob(Form.GROWTH, student_ids=[]), folder / "g.pdf"
        )
    assert "nothing to print" in caught.value.message
    assert not folder.exists() or list(folder.iterdir()) == []


def test_whole_school_is_a_query(tmp_path: Path, many: list[str], school_db) -> None:
    query = listing.StudentQuery(school_id=school_db.school_id)
    job = printing.PrintJob(Form.CONTACT_CARDS, query=query)
    result = printing.print_forms(PRINCIPAL, job, tmp_path / "c.pdf").value
    assert result.pages == 3  # 12 children, 24 cards, 8 a page


def test_core_imports_no_reportlab_until_printing() -> None:
    code = (
        "import json, sys\n"
        "import fupin_desktop.cli.program, fupin_desktop.cli.pdf\n"
        "import fupin_desktop.services.printing.jobs\n"
        "import fupin_desktop.services.printing.gather, fupin_desktop.io.pdf.titles\n"
        "fupin_desktop.cli.program.build_parser()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('reportlab'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []


# -- command line ---------------------------------------------------------------------


def test_cli_prints_every_form(tmp_path: Path, db_path: Path, sample: Sample) -> None:
    from fupin_desktop.db.models import AidProgram

    code = AidProgram.get_by_id(sample.program_id).code
    extra = {
        "aid-sheet": ["--program", code, "--year", "2024-2025", "--term", "1"],
        "visits": ["--teacher", "王老师"],
        "payment-notice": ["--year", "2024-2025", "--term", "1"],  # the term paid (issue 10)
    }
    for form in STUDENT_FORMS:  # the duties' forms: tests/core/test_activities.py
        out = tmp_path / f"{form}.pdf"
        assert fupin(db_path, "pdf", form.value, *extra.get(form.value, []), "-o", str(out)) == 0
        assert len(PdfReader(out).pages) >= 1, form


def test_cli_masks_ids_unless_asked(tmp_path: Path, db_path: Path, sample: Sample) -> None:
    masked, full = tmp_path / "m.pdf", tmp_path / "f.pdf"
    assert fupin(db_path, "pdf", "roster", "-o", str(masked)) == 0
    assert fupin(db_path, "pdf", "roster", "--show-full-ids", "-o", str(full)) == 0
    assert sample.id_number not in PdfReader(masked).pages[0].extract_text()
    assert sample.id_number in PdfReader(full).pages[0].extract_text()


def test_cli_filters_and_refusals(tmp_path: Path, db_path: Path, sample: Sample, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert fupin(db_path, "pdf", "archive", "--student", "张小红", "-o", str(out)) == 0
    assert "张小红" in PdfReader(out).pages[0].extract_text()
    assert fupin(db_path, "pdf", "archive", "--student", "没有这人", "-o", str(out)) == 2
    assert fupin(db_path, "pdf", "aid-sheet", "-o", str(tmp_path / "y.pdf")) == 2
    assert fupin(db_path, "pdf", "growth", "--grade", "1", "-o", str(tmp_path / "z.pdf")) == 2
    assert not (tmp_path / "y.pdf").exists() and not (tmp_path / "z.pdf").exists()
