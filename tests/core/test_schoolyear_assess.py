"""Assessments of a school year, the children not yet assessed, and the 公示名单 that
never prints an ID number, a phone, an address or a birth date (read back from the PDF)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from fupin_desktop.db.models import Assessment, Guardian, Student
from fupin_desktop.demo import generate as demo
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.schoolyear import assessments, printing
from tests.builders import PRINCIPAL, TEACHER

YEAR = "2026-2027"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def ledger(school_db) -> str:
    demo.generate(SYSTEM, students=500, seed=5, as_of=dt.date(2027, 8, 31), care=False)
    return school_db.school_id


def test_record_checks_and_replaces_the_years_assessment(ledger: str) -> None:
    child = Student.select().where(Student.enrolment == "enrolled").first()
    with pytest.raises(PermissionDenied):
        assessments.record(TEACHER, child.id, "2027-2028", {"level": "severe"})
    with pytest.raises(ValidationError):
        assessments.record(PRINCIPAL, child.id, "2027-2028", {"level": "very"})
    with pytest.raises(ValidationError):
        assessments.record(PRINCIPAL, child.id, "2027-2028", {"level": "mild", "objection": True})
    missing = assessments.missing(PRINCIPAL, ledger, "2027-2028")
    assert child.id in {r["student_id"] for r in missing}
    values = {
        "level": "hardship",
        "reasons": ["dibao", "illness"],
        "reason_text": "母亲长期患病",
        "review_date": dt.date(2027, 9, 20),
        "review_participants": "班主任、学生代表 5 人",
        "notice_start": dt.date(2027, 9, 21),
        "notice_end": dt.date(2027, 9, 28),
        "objection": True,
        "objection_settlement": "经核实维持认定",
        "decision": "同意",
    }
    first, _ = assessments.record(PRINCIPAL, child.id, "2027-2028", values)
    second, _ = assessments.record(PRINCIPAL, child.id, "2027-2028", {**values, "level": "severe"})
    assert first == second
    stored = Assessment.get_by_id(first)
    assert (stored.level, stored.reasons, stored.notice_end) == (
        "severe",
        ["dibao", "illness"],
        dt.date(2027, 9, 28),
    )
    assert child.id not in {
        r["student_id"] for r in assessments.missing(PRINCIPAL, ledger, "2027-2028")
    }


def test_notice_of_500_children_prints_no_private_value(ledger: str, tmp_path: Path) -> None:
    Assessment.update(level="hardship").where(Assessment.level == "none").execute()
    out = tmp_path / "公示.pdf"
    count = printing.print_notice(PRINCIPAL, ledger, YEAR, out)
    enrolled = list(Student.select().where(Student.enrolment == "enrolled"))
    assert count == len(enrolled) >= 450
    text = pdf_text(out)
    flat = re.sub(r"\s+", "", text)
    assert all(s.name in flat for s in enrolled[:50])  # the names are there
    assert not re.search(r"\d{17}[\dXx]", flat) and not re.search(r"(?<!\d)\d{17}(?!\d)", flat)
    assert not re.search(r"1[3-9]\d{9}", flat)  # no mobile phone
    births = {s.birth_date.isoformat() for s in enrolled}
    assert not any(day in flat for day in births)
    places = {s.address for s in enrolled if s.address} | {
        g.address for g in Guardian.select() if g.address
    }
    assert places and not any(re.sub(r"\s+", "", p) in flat for p in places)
    assert not any(s.village and s.village in flat for s in enrolled)


def test_review_and_applications_print(ledger: str, tmp_path: Path) -> None:
    child = Student.select().where(Student.enrolment == "enrolled").first()
    n = printing.print_review(PRINCIPAL, ledger, YEAR, child.class_name, tmp_path / "r.pdf",
                              grade=child.grade)  # fmt: skip
    assert n >= 1 and child.name in pdf_text(tmp_path / "r.pdf")
    printing.print_applications(PRINCIPAL, ledger, YEAR, [child.id], tmp_path / "a.pdf")
    text = re.sub(r"\s+", "", pdf_text(tmp_path / "a.pdf"))
    assert child.id_number in text and child.name in text  # filled from the file
    with pytest.raises(PermissionDenied):
        printing.print_applications(TEACHER, ledger, YEAR, [child.id], tmp_path / "b.pdf")
