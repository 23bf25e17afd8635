"""Every form read back with pypdf: each field's value is on the page, pages are counted
and numbered per unit, the CJK font is embedded as a subset, ID numbers are masked as
chosen, and nothing typed is lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import set_translator
from fupin_desktop.io.pdf.titles import STUDENT_FORMS, Form
from fupin_desktop.schema.care import DIARY_ENTRY, FAMILY_CALL, LEFT_BEHIND_PROFILE, PAIRING, VISIT
from fupin_desktop.schema.catalogues import FAMILY_MEMBER, GUARDIAN, STUDENT
from fupin_desktop.services.context import Actor
from fupin_desktop.services.printing import care_forms
from fupin_desktop.services.printing import gather as forms_data
from fupin_desktop.services.printing import jobs as printing
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.validation import fen_to_yuan
from tests import builders as make
from tests.builders import LONG_DIARY, LONG_END, LONG_START, PRINCIPAL, TEACHER, Sample

TODAY = dt.date(2025, 3, 20)


def render(
    tmp_path: Path, job: printing.PrintJob, actor: Actor = PRINCIPAL
) -> tuple[PdfReader, list[str]]:
    target = tmp_path / f"{job.form}.pdf"
    result = printing.print_forms(actor, job, target, today=TODAY).value
    reader = PdfReader(target)
    assert result.pages == len(reader.pages)
    return reader, [without_header(page.extract_text()) for page in reader.pages]


HEADER_LINE = re.compile(r"Page \d+ of \d+|Printed on .*|柳塘小学|张小红|王老师 — 张小红|")


def without_header(text: str) -> str:
    """The page's body: the header and footer lines (drawn last, so extracted last) go,
    so text that runs over a page reads on as one."""
    lines = text.rstrip("\n").split("\n")
    for _ in range(4):
        if lines and HEADER_LINE.fullmatch(lines[-1].strip()):
            lines.pop()
    return "\n".join(lines)


def flat(text: str) -> str:
    """Cells wrap: compare without the line breaks and spaces layout puts in."""
    return re.sub(r"\s+", "", text)


def assert_all_present(values: list[Any], text: str) -> None:
    body = flat(text)
    missing = [v for v in values if v and flat(str(v)) not in body]
    assert not missing, missing


def font_files(reader: PdfReader) -> list[tuple[str, bool]]:
    """(base font name, has an embedded TrueType program) of every font used, also in
    the form XObjects the page numbers are drawn from."""
    found: dict[str, bool] = {}

    def walk(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return sorted(found.items())


def test_archive_card_prints_every_value_in_full(tmp_path: Path, sample: Sample) -> None:
    job = printing.PrintJob(Form.ARCHIVE, student_ids=[sample.student_id])
    reader, pages = render(tmp_path, job)
    text = "\n".join(pages)
    (card,) = forms_data.archive_cards(PRINCIPAL, [sample.student_id], mask_ids=False)
    assert_all_present([f.title for f in STUDENT], text)
    assert_all_present([f.display(card.values[f.key]) for f in STUDENT], text)
    assert_all_present([f.display(m[f.key]) for m in card.family for f in FAMILY_MEMBER], text)
    assert_all_present([f.display(g[f.key]) for g in card.guardians for f in GUARDIAN], text)
    assert sample.id_number in flat(text) and sample.guardian_id_number in flat(text)
    assert_all_present(
        ["2024-2025", fen_to_yuan(50_000, grouped=True), "王老师", "13800001111"], text
    )
    assert_all_present(["家访成效：孩子学习积极性提高", "谈心成效：情绪稳定"], text)
    for words in ("Head teacher (signature):", "Aid officer", "Principal", "(Stamp)", "Photo"):
        assert flat(words) in flat(text)
    assert f"Page {len(pages)} of {len(pages)}" in reader.pages[-1].extract_text()


def test_archive_card_prints_the_bank_card_masked(tmp_path: Path, school_db) -> None:
    number = "6217000011112222333"
    child = make.student(
        school_db.school_id, "李四", bank_name="农村信用社", card_holder="李大山",
        card_number=number,
    )  # fmt: skip
    _, pages = render(tmp_path, printing.PrintJob(Form.ARCHIVE, student_ids=[child]))
    text = flat("\n".join(pages))
    assert "农村信用社" in text and "李大山" in text
    assert "6217****2333" in text and number not in text  # masked on paper, always


def test_every_page_has_school_print_date_and_its_number_within_the_unit(
    tmp_path: Path, sample: Sample, school_db
) -> None:
    other = make.student(school_db.school_id, "李四")
    job = printing.PrintJob(Form.ARCHIVE, student_ids=[sample.student_id, other])
    reader, _ = render(tmp_path, job)
    pages = [page.extract_text() for page in reader.pages]
    numbers = [re.search(r"Page (\d+) of (\d+)", p).groups() for p in pages]  # type: ignore[union-attr]
    # Two units, each numbered from 1 to its own total.
    firsts = [i for i, (n, _) in enumerate(numbers) if n == "1"]
    assert len(firsts) == 2
    for start, end in ((firsts[0], firsts[1]), (firsts[1], len(pages))):
        unit = numbers[start:end]
        assert [int(n) for n, _ in unit] == list(range(1, end - start + 1))
        assert {int(total) for _, total in unit} == {end - start}
    for page in pages:
        assert "柳塘小学" in page and f"Printed on {TODAY.isoformat()}" in page
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # portrait


@pytest.mark.parametrize("form", list(STUDENT_FORMS))
def test_fonts_are_embedded_subsets(tmp_path: Path, sample: Sample, form: Form) -> None:
    job = printing.PrintJob(form, student_ids=[sample.student_id], school_name="柳塘小学")
    if form is Form.AID_SHEET:
        job.program_id, job.school_year, job.term = sample.program_id, "2024-2025", 1
    if form is Form.PAYMENT_NOTICE:  # the notice of a term's payments (issue 10)
        job.school_year, job.term = "2024-2025", 1
    reader, _ = render(tmp_path, job)
    fonts = font_files(reader)
    assert fonts, "no fonts found"
    for name, embedded in fonts:
        assert embedded, f"{name} is not embedded"
        assert re.fullmatch(r"/[A-Z]{6}\+.+", name), f"{name} is not a subset"
    sizes = {f.name: f.stat().st_size for f in tmp_path.glob("*.pdf")}
    assert max(sizes.values()) < 1_000_000  # a subset, not the 5 MB collection


def test_payment_notices_ask_for_their_term(tmp_path: Path, sample: Sample) -> None:
    job = printing.PrintJob(Form.PAYMENT_NOTICE, student_ids=[sample.student_id])
    with pytest.raises(ValidationError) as caught:
        render(tmp_path, job)
    assert "payment notices" in caught.value.message  # not another form's message


def test_visits_record_has_plan_every_visit_and_signatures(tmp_path: Path, sample: Sample) -> None:
    job = printing.PrintJob(Form.VISITS, teacher_id=sample.teacher_id)
    _, pages = render(tmp_path, job)
    text = "\n".join(pages)
    (record,) = care_forms.pairing_records(PRINCIPAL, teacher_id=sample.teacher_id)
    assert_all_present([f.display(record.pairing[f.key]) for f in PAIRING], text)
    assert_all_present([f.display(v[f.key]) for v in record.visits for f in VISIT], text)
    assert_all_present([f.title for f in VISIT], text)
    assert flat(text).count(flat("Teacher (signature)")) == 3
    assert "Visit3" in flat(text) and "*" * 14 + sample.id_number[-4:] in flat(text)


def test_growth_record_has_profile_card_diary_and_calls(tmp_path: Path, sample: Sample) -> None:
    job = printing.PrintJob(Form.GROWTH, student_ids=[sample.student_id])
    _, pages = render(tmp_path, job)
    text = "\n".join(pages)
    (record,) = care_forms.growth_records(PRINCIPAL, [sample.student_id], mask_ids=True)
    assert record.profile is not None
    assert_all_present([f.display(record.profile[f.key]) for f in LEFT_BEHIND_PROFILE], text)
    assert_all_present([f.display(d[f.key]) for d in record.diary for f in DIARY_ENTRY], text)
    assert_all_present([f.display(c[f.key]) for c in record.calls for f in FAMILY_CALL], text)
    assert_all_present(["13511112222", "13533334444", "王老师13800001111"], text)
    assert flat(text).index("2024-10-08") < flat(text).index("2024-12-02")


def test_a_3000_character_diary_entry_flows_over_pages(tmp_path: Path, sample: Sample) -> None:
    job = printing.PrintJob(Form.GROWTH, student_ids=[sample.student_id])
    _, pages = render(tmp_path, job)
    starts = [i for i, p in enumerate(pages) if LONG_START in flat(p)]
    ends = [i for i, p in enumerate(pages) if LONG_END in flat(p)]
    assert starts and ends and ends[0] > starts[0], "the entry did not run over a page"

    assert flat(LONG_DIARY) in flat("".join(pages))  # every character, in order


def test_roster_repeats_its_header_and_masks_ids(tmp_path: Path, school_db) -> None:
    numbers = {}
    for i in range(70):
        sid = make.student(school_db.school_id, f"学生{i:03d}", grade=1 + i % 6)
        numbers[sid] = students.get_file(PRINCIPAL, sid, full_ids=True).values["id_number"]
    query = listing.StudentQuery(school_id=school_db.school_id)
    reader, pages = render(tmp_path, printing.PrintJob(Form.ROSTER, query=query))
    assert len(pages) >= 2
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    for page in pages:
        for title in (STUDENT["name"].title, STUDENT["id_number"].title, "No."):
            assert title in page
    text = flat("\n".join(pages))
    assert all(f"学生{i:03d}" in text for i in range(70))
    assert not any(n in text for n in numbers.values())
    assert all("*" * 14 + n[-4:] in text for n in numbers.values())
    assert "70 students" in "\n".join(pages)


def test_the_person_printing_may_show_full_ids_if_allowed(tmp_path: Path, sample: Sample) -> None:
    full = printing.PrintJob(Form.ROSTER, student_ids=[sample.student_id], mask_ids=False)
    _, pages = render(tmp_path, full)
    assert sample.id_number in flat(pages[0])
    # The child's own teacher prints the roster, never with full IDs (the role matrix).
    teacher = dataclasses.replace(TEACHER, teacher_id=sample.teacher_id)
    _, pages = render(tmp_path, full, actor=teacher)
    assert sample.id_number not in flat(pages[0])
    assert sample.id_number[-4:] in flat(pages[0])
    masked = printing.PrintJob(Form.ARCHIVE, student_ids=[sample.student_id], mask_ids=True)
    _, pages = render(tmp_path, masked)
    assert sample.id_number not in flat("".join(pages))
    assert sample.guardian_id_number not in flat("".join(pages))


def test_contact_cards_two_per_child_eight_to_a_page(tmp_path: Path, sample: Sample, school_db):
    others = [make.student(school_db.school_id, f"同学{i}") for i in range(4)]
    job = printing.PrintJob(Form.CONTACT_CARDS, student_ids=[sample.student_id, *others])
    _, pages = render(tmp_path, job)
    assert len(pages) == 2  # 5 children, 10 cards
    text = "\n".join(pages)
    assert flat(text).count("张小红") == 2
    assert_all_present(["13511112222", "13533334444", "13700001111", "王老师13800001111"], text)
    assert_all_present(["for the schoolbag", "for the guardian's wall"], text)


def test_text_that_looks_like_markup_is_printed_as_typed(tmp_path: Path, school_db) -> None:
    sid = make.student(school_db.school_id, "王<b>五&amp;", address="1<2 & 3>2 村\n二组")
    _, pages = render(tmp_path, printing.PrintJob(Form.ARCHIVE, student_ids=[sid]))
    assert_all_present(["王<b>五&amp;", "1<2&3>2村二组"], "\n".join(pages))


def test_the_forms_speak_chinese_with_the_translation(tmp_path: Path, sample: Sample) -> None:
    table = {
        "Student Aid Archive Card": "学生资助档案卡",
        "Page {page} of {pages}": "第 {page} 页 共 {pages} 页",
        "Printed on {date}": "打印日期：{date}",
        "Name": "姓名",
    }
    set_translator(lambda text: table.get(text, text))
    _, pages = render(tmp_path, printing.PrintJob(Form.ARCHIVE, student_ids=[sample.student_id]))
    assert "学生资助档案卡" in pages[0] and "姓名" in pages[0]
    assert f"第 1 页 共 {len(pages)} 页" in pages[0]
    assert f"打印日期：{TODAY.isoformat()}" in pages[-1]


def test_roster_subtitle_says_the_filters(tmp_path: Path, school_db) -> None:
    for i in range(3):
        make.student(school_db.school_id, f"四年级{i}", grade=4)
    make.student(school_db.school_id, "三年级", grade=3)
    query = listing.StudentQuery(school_id=school_db.school_id, filters={"grade": 4})
    _, pages = render(tmp_path, printing.PrintJob(Form.ROSTER, query=query))
    assert "Grade: 4" in pages[0] and "3 students" in pages[0]
    assert "三年级" not in pages[0]


def test_characters_the_font_lacks_are_named_not_silently_lost(tmp_path: Path, school_db):
    sid = make.student(school_db.school_id, "𠮷祥")
    job = printing.PrintJob(Form.ARCHIVE, student_ids=[sid])
    result = printing.print_forms(PRINCIPAL, job, tmp_path / "a.pdf").value
    assert len(result.warnings) == 1 and "𠮷" in result.warnings[0]
    clean = printing.print_forms(PRINCIPAL, job.__class__(Form.ROSTER, student_ids=[sid]),
                                 tmp_path / "r.pdf", today=TODAY).value  # fmt: skip
    assert "𠮷" in clean.warnings[0]
    ok = make.student(school_db.school_id, "吉祥")
    fine = printing.print_forms(
        PRINCIPAL, printing.PrintJob(Form.ARCHIVE, student_ids=[ok]), tmp_path / "b.pdf"
    ).value
    assert fine.warnings == []
