"""The aid sign-off sheet at size: 200 rows run over landscape pages, each page with
the column headers and its own subtotal, the total at the end."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from fupin_desktop.db.models import AidProgram
from fupin_desktop.io.pdf.titles import Form
from fupin_desktop.services.aid.payments import PaymentInput, list_payments, record_payment
from fupin_desktop.services.printing import jobs as printing
from tests import builders as make
from tests.builders import PRINCIPAL

ROWS = 200
SUBTOTAL = re.compile(r"Subtotal of this page \((\d+) students\)\s*([\d,]+\.\d\d)")
TOTAL = re.compile(r"Total \((\d+) students\)\s*([\d,]+\.\d\d)")


def yuan(text: str) -> int:
    return round(float(text.replace(",", "")) * 100)


@pytest.fixture
def sheet_pages(school_db, tmp_path: Path) -> list[str]:
    for i in range(ROWS):
        make.student(
            school_db.school_id,
            f"学生{i:03d}",
            grade=1 + i % 6,
            class_name=f"{1 + i % 2}班",
            boarder=True,
            registered_poor=True,
        )
    program = AidProgram.get(AidProgram.code == "boarding_subsidy")
    job = printing.PrintJob(
        Form.AID_SHEET,
        program_id=program.id,
        school_year="2025-2026",
        term=1,
        school_id=school_db.school_id,
    )
    target = tmp_path / "sheet.pdf"
    printing.print_forms(PRINCIPAL, job, target, today=dt.date(2025, 9, 10))
    reader = PdfReader(target)
    first = reader.pages[0]
    assert first.mediabox.width > first.mediabox.height  # landscape
    return [page.extract_text() for page in reader.pages]


def test_200_rows_flow_over_pages_with_headers(sheet_pages: list[str]) -> None:
    assert len(sheet_pages) >= 4
    for page in sheet_pages:
        flat = "".join(page.split())  # a header may wrap anywhere in its column
        for header in (
            "No.", "Name", "ID number", "Card number", "Amount (yuan)", "Guardian's",
            "Thumbprint",
        ):  # fmt: skip
            assert header.replace(" ", "") in flat
    body = re.sub(r"\s+", "", "".join(sheet_pages))
    assert all(body.count(f"学生{i:03d}") == 1 for i in range(ROWS))
    for n, page in enumerate(sheet_pages, start=1):
        assert f"Page {n} of {len(sheet_pages)}" in page


def test_every_page_has_its_subtotal_and_the_end_the_total(sheet_pages: list[str]) -> None:
    subtotals = []
    for page in sheet_pages:
        found = SUBTOTAL.findall(page)
        assert len(found) == 1, page[-300:]
        subtotals.append((int(found[0][0]), yuan(found[0][1])))
    assert sum(count for count, _ in subtotals) == ROWS
    totals = [TOTAL.findall(page) for page in sheet_pages]
    assert all(not t for t in totals[:-1])
    (count, amount) = totals[-1][0]
    assert int(count) == ROWS
    assert yuan(amount) == sum(fen for _, fen in subtotals) == ROWS * 50_000
    # Each page's subtotal is the sum of the amounts printed on that page.
    for page, (_, fen) in zip(sheet_pages, subtotals, strict=True):
        rows = re.findall(r"\*{14}\d{3}[\dX]\s*([\d,]+\.\d\d)", page)
        assert sum(yuan(r) for r in rows) == fen


def test_signatures_and_stamp_follow_the_total(sheet_pages: list[str]) -> None:
    last = sheet_pages[-1]
    for words in ("Handed over by (signature):", "Checked by", "Principal", "(Stamp)"):
        assert words in last


def test_a_sheet_needs_its_program_and_term(school_db, tmp_path: Path) -> None:
    from fupin_desktop.errors import ValidationError

    with pytest.raises(ValidationError):
        printing.print_forms(PRINCIPAL, printing.PrintJob(Form.AID_SHEET), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_recorded_payments_with_long_notes_wrap_in_their_cells(school_db, tmp_path: Path):
    program = AidProgram.get(AidProgram.code == "boarding_subsidy")
    note = "因家庭住址偏远，由祖母代领，已电话告知父母，父母同意由祖母代为签字领取本学期补助"
    sid = make.student(school_db.school_id, "代领", boarder=True, registered_poor=True)
    record_payment(
        PRINCIPAL,
        PaymentInput(
            sid, program.id, "2024-2025", 1, "500", dt.date(2024, 10, 1), "cash",
            received_by="祖母", note=note,
        ),
    )  # fmt: skip
    job = printing.PrintJob(
        Form.AID_SHEET, program_id=program.id, school_year="2024-2025", term=1,
        school_id=school_db.school_id,
    )  # fmt: skip
    printing.print_forms(PRINCIPAL, job, tmp_path / "s.pdf")
    text = re.sub(r"\s+", "", PdfReader(tmp_path / "s.pdf").pages[0].extract_text())
    (stored,) = list_payments(PRINCIPAL, "2024-2025", 1, program_id=program.id)
    assert len(note) > 30 and stored.note in text and "祖母" in text
