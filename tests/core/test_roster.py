"""Roster import: a messy school spreadsheet in, a checked preview, all-or-nothing writes;
the blank template and the list export."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Iterator

import openpyxl
import pytest

from fupin_desktop import i18n
from fupin_desktop.db import bulk
from fupin_desktop.db.models import (
    AuditLog,
    FamilyMember,
    Guardian,
    Installation,
    StatusHistory,
    Student,
)
from fupin_desktop.errors import FileFormatError, PermissionDenied, ValidationError
from fupin_desktop.io import xlsx
from fupin_desktop.io.roster import choice_code
from fupin_desktop.schema.catalogues import STUDENT, STUDENT_HISTORY_KEYS
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.services.students import roster_import as roster
from fupin_desktop.services.students.export import export_students
from fupin_desktop.services.students.status_history import history_value
from tests import builders as make
from tests.builders import (
    EXISTING,
    GOOD,
    PRINCIPAL,
    TEACHER,
    WITH_X,
    existing_student,
    messy_roster,
    replace_in_sheet,
)

STATUS = {
    5: roster.NEW,
    6: roster.NEW,
    8: roster.INVALID,
    9: roster.INVALID,
    10: roster.INVALID,
    11: roster.INVALID,
    12: roster.DUPLICATE,
    13: roster.EXISTING,
    14: roster.NEW,
}


def counter() -> int:
    return Installation.get_by_id(1).counter


@pytest.fixture
def messy(tmp_path, school_db):
    existing_student(school_db.school_id)
    path = messy_roster(tmp_path / "花名册.xlsx")
    table = roster.load_roster(path)
    return table, roster.guess_mapping(table.headers), school_db.school_id


def by_row(result: roster.RosterPreview) -> dict[int, roster.PreviewRow]:
    return {row.number: row for row in result.rows}


# -- reading and mapping ------------------------------------------------------------------
def test_load_roster_finds_header_below_titles_and_drops_blank_rows(messy) -> None:
    table, _, _ = messy
    assert table.sheet == "2024秋花名册"
    assert table.header_row == 4
    assert [row.number for row in table.rows] == [5, 6, 8, 9, 10, 11, 12, 13, 14]
    assert table.rows[1].cells[6] == "一班"  # merged G5:G6 filled down
    assert table.column_label(3) == "身份证号码(必填)"


def test_guess_mapping_from_chinese_headers(messy) -> None:
    _, mapping, _ = messy
    assert mapping == {
        1: "name",
        2: "sex",
        3: "id_number",
        4: "student_no",
        5: "grade",
        6: "class_name",
        7: "boarder",
        8: "guardian.name",
        9: "phone",
    }


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("学生姓名", "name"),
        ("公民身份号码", "id_number"),
        ("学生身份证号码", "id_number"),  # holds an alias
        ("*性别", "sex"),
        ("全国学籍号", "student_no"),
        ("班别", "class_name"),
        ("出生年月", "birth_date"),
        ("民族", "ethnicity"),
        ("监护人姓名", "guardian.name"),
        ("监护人联系电话", "guardian.phone"),
        ("与学生关系", "guardian.relation"),
        ("是否留守", "left_behind"),
        ("社会资助", None),  # no one-character match: 社 is not 村民小组 here
        ("备注", None),
    ],
)
def test_guess_mapping_header_variants(header, target) -> None:
    assert roster.guess_mapping(["序号", header]).get(1) == target


def test_each_field_goes_to_one_column_only() -> None:
    assert roster.guess_mapping(["姓名", "学生姓名", "身份证号"]) == {0: "name", 2: "id_number"}


def test_two_row_header_with_guardian_group(tmp_path, school_db) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "监护人", None])
    sheet.append([None, None, "姓名", "电话"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:B2")
    sheet.merge_cells("C1:D1")
    sheet.append(["张三", GOOD, "张大山", "13800138000"])
    book.save(tmp_path / "two.xlsx")
    table = roster.load_roster(tmp_path / "two.xlsx")
    assert table.header_row == 2
    assert [row.number for row in table.rows] == [3]
    mapping = roster.guess_mapping(table.headers)
    assert mapping == {0: "name", 1: "id_number", 2: "guardian.name", 3: "guardian.phone"}
    result = roster.preview(PRINCIPAL, table, mapping, school_db.school_id)
    assert result.rows[0].guardian["phone"] == "13800138000"


def test_a_notes_sheet_in_front_is_passed_over(tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "请按模板填写。"
    data = book.create_sheet("学生")
    data.append(["姓名", "身份证号"])
    data.append(["张三", GOOD])
    book.save(tmp_path / "s.xlsx")
    assert roster.read_sheets(tmp_path / "s.xlsx") == ["说明", "学生"]
    assert roster.load_roster(tmp_path / "s.xlsx").sheet == "学生"
    with pytest.raises(roster.NoHeaderRow):
        roster.load_roster(tmp_path / "s.xlsx", "说明")


def test_a_sheet_without_header_is_not_a_roster(tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["张三", GOOD])
    book.save(tmp_path / "n.xlsx")
    with pytest.raises(FileFormatError, match="header"):
        roster.load_roster(tmp_path / "n.xlsx")


# -- preview --------------------------------------------------------------------------------
def test_preview_classifies_every_row(messy) -> None:
    table, mapping, school_id = messy
    result = roster.preview(PRINCIPAL, table, mapping, school_id)
    rows = by_row(result)
    assert {n: row.status for n, row in rows.items()} == STATUS
    assert (result.count(roster.NEW), result.count(roster.EXISTING)) == (3, 1)
    assert (result.count(roster.INVALID), result.count(roster.DUPLICATE)) == (4, 1)


def test_preview_reads_cells_the_way_a_school_writes_them(messy) -> None:
    table, mapping, school_id = messy
    rows = by_row(roster.preview(PRINCIPAL, table, mapping, school_id))
    first = rows[5].values
    assert first["id_number"] == GOOD
    assert first["student_no"] == "G" + GOOD
    assert (first["grade"], first["stage"], first["enrolment"]) == (3, "primary", "enrolled")
    assert first["birth_date"] == dt.date(2015, 1, 1)  # from the ID number
    assert first["phone"] == "13800138000"  # a number cell, kept as text
    assert first["boarder"] is True
    assert rows[5].guardian["name"] == "张大山"
    assert rows[5].guardian["relation"] == "other"
    second = rows[6].values
    assert second["id_number"] == WITH_X  # apostrophe, full width, spaces, lower-case x
    assert second["name"] == "王五"  # padding between the characters removed
    # From the merged cell above, written the one way of the ledger (一班 is 1班).
    assert second["class_name"] == "1班"
    assert second["boarder"] is False  # 走读
    assert second["phone"] == "13900139000"
    last = rows[14].values
    assert (last["sex"], last["grade"]) == ("female", 3)  # sex from the ID, 3年级


def test_preview_says_why_per_cell(messy) -> None:
    table, mapping, school_id = messy
    rows = by_row(roster.preview(PRINCIPAL, table, mapping, school_id))
    for number, shown in ((8, "4.3012320150303E+17"), (9, "4.3012320150404E+17"), (10, "4.2E+17")):
        (error,) = rows[number].errors
        assert error.header == "身份证号码(必填)"
        assert error.column == 3
        assert shown in error.message  # damaged: reported, never guessed
    (error,) = rows[11].errors
    assert "does not add up" in error.message  # names the problem, never a "right" digit
    line = i18n.tr("Row {row}, {column}: {message}")
    assert rows[11].describe() == [line.format(row=11, column=error.header, message=error.message)]
    (error,) = rows[12].errors
    assert "5" in error.message  # the same ID number as row 5


def test_preview_shows_which_student_a_row_matches(messy) -> None:
    table, mapping, school_id = messy
    rows = by_row(roster.preview(PRINCIPAL, table, mapping, school_id))
    assert "吴十" in rows[13].match and "柳塘小学" in rows[13].match
    assert rows[13].changes == ["class_name"]  # 1班 -> 2班; grade 4 is the same
    assert rows[13].student_id


def test_preview_writes_nothing(messy) -> None:
    table, mapping, school_id = messy
    before = (Student.select().count(), AuditLog.select().count(), counter())
    roster.preview(PRINCIPAL, table, mapping, school_id)
    assert (Student.select().count(), AuditLog.select().count(), counter()) == before


def test_a_row_with_an_empty_mapped_part_is_left_out(tmp_path, school_db) -> None:
    book = openpyxl.Workbook()
    book.active.append(["序号", "姓名", "身份证号"])
    book.active.append([1, "张三", GOOD])
    book.active.append([2, None, None])  # numbered but empty template rows
    book.save(tmp_path / "e.xlsx")
    table = roster.load_roster(tmp_path / "e.xlsx")
    result = roster.preview(
        PRINCIPAL, table, roster.guess_mapping(table.headers), school_db.school_id
    )
    assert [row.number for row in result.rows] == [2]


# -- apply ----------------------------------------------------------------------------------
def test_any_invalid_row_means_nothing_is_written(messy) -> None:
    table, mapping, school_id = messy
    result = roster.preview(PRINCIPAL, table, mapping, school_id)
    before = (Student.select().count(), counter())
    with pytest.raises(ValidationError) as caught:
        roster.apply(PRINCIPAL, result)
    assert caught.value.fields["count"] == 5
    assert (Student.select().count(), counter()) == before
    assert Student.get(Student.id_number == EXISTING).class_name == "1班"


def test_skip_invalid_writes_the_accepted_rows_in_one_go(messy, db_path) -> None:
    table, mapping, school_id = messy
    result = roster.preview(PRINCIPAL, table, mapping, school_id)
    counter_before = counter()
    outcome, changes = roster.apply(PRINCIPAL, result, skip_invalid=True)
    assert (outcome.created, outcome.updated, outcome.skipped) == (3, 1, 5)
    assert outcome.backup is not None and outcome.backup.exists()
    assert changes.affects("student")
    assert Student.select().where(Student.deleted == False).count() == 4  # noqa: E712
    zhang = Student.get(Student.id_number == GOOD)
    assert (zhang.name, zhang.sex, zhang.school_id) == ("张三", "male", school_id)
    assert (zhang.name_pinyin, zhang.name_initials) == ("zhangsan", "zs")
    wang = Student.get(Student.id_number == WITH_X)
    assert (wang.name, wang.boarder, wang.phone) == ("王五", False, "13900139000")
    # Every record written has its own edit number, all taken from the counter.
    stamps = [next(iter(s.version.values())) for s in Student.select()]
    stamps += [next(iter(g.version.values())) for g in Guardian.select()]
    stamps += [next(iter(h.version.values())) for h in StatusHistory.select()]
    assert len(stamps) == len(set(stamps))
    assert max(stamps) == counter() > counter_before
    guardian = Guardian.get(Guardian.student == zhang)
    assert (guardian.name, guardian.relation, guardian.phone) == ("张大山", "other", "")
    kinds = {
        (h.kind, h.value) for h in StatusHistory.select().where(StatusHistory.student == zhang)
    }
    # Every dated value gets its first entry, false and empty ones too (issue 10).
    assert kinds == {(key, history_value(key, getattr(zhang, key))) for key in STUDENT_HISTORY_KEYS}
    assert ("boarder", "true") in kinds and ("dibao", "false") in kinds
    wu = Student.get(Student.id_number == EXISTING)
    assert wu.class_name == "2班"  # 二班, written one way
    audit = AuditLog.select().where(AuditLog.action == "import").get()
    assert "3 new, 1 updated" in audit.details


def test_dry_preview_then_unchanged_file_changes_nothing(messy) -> None:
    table, mapping, school_id = messy
    roster.apply(PRINCIPAL, roster.preview(PRINCIPAL, table, mapping, school_id), skip_invalid=True)
    again = roster.preview(PRINCIPAL, table, mapping, school_id)
    assert again.count(roster.NEW) == 0
    assert all(not row.changes for row in again.rows if row.status == roster.EXISTING)
    before = counter()
    outcome, changes = roster.apply(PRINCIPAL, again, skip_invalid=True)
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 4)
    assert not changes and counter() == before


def test_a_failure_half_way_leaves_the_ledger_as_it_was(messy, monkeypatch) -> None:
    table, mapping, school_id = messy
    result = roster.preview(PRINCIPAL, table, mapping, school_id)
    real = bulk.Rows.flush

    def failing(rows, now):
        if rows.name == StatusHistory._meta.table_name:
            raise RuntimeError("disk full")
        return real(rows, now)

    monkeypatch.setattr(bulk.Rows, "flush", failing)
    before = (Student.select().count(), Guardian.select().count(), counter())
    with pytest.raises(RuntimeError):
        roster.apply(PRINCIPAL, result, skip_invalid=True)
    assert (Student.select().count(), Guardian.select().count(), counter()) == before
    assert Student.get(Student.id_number == EXISTING).class_name == "1班"


def test_ledger_changed_since_the_preview(messy) -> None:
    table, mapping, school_id = messy
    result = roster.preview(PRINCIPAL, table, mapping, school_id)
    existing_student(school_id, name="张三", id_number=GOOD)  # typed in meanwhile
    before = Student.select().count()
    with pytest.raises(ValidationError, match="changed since the preview"):
        roster.apply(PRINCIPAL, result, skip_invalid=True)
    assert Student.select().count() == before


def test_update_keeps_dated_history_and_leaves_family_alone(tmp_path, school_db) -> None:
    student_id = existing_student(school_db.school_id, poverty_status="lifted")
    family_before = FamilyMember.get(FamilyMember.student == student_id).version
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号", "贫困状态", "监护人", "监护人电话"])
    book.active.append(["吴十", EXISTING, "返贫", "吴奶奶", "13500135000"])
    book.save(tmp_path / "u.xlsx")
    table = roster.load_roster(tmp_path / "u.xlsx")
    result = roster.preview(
        PRINCIPAL, table, roster.guess_mapping(table.headers), school_db.school_id
    )
    (row,) = result.rows
    assert row.changes == ["poverty_status", "guardian.name"]
    day = dt.date.today()
    stamp_before = counter()
    roster.apply(PRINCIPAL, result, as_of=day)
    student = Student.get_by_id(student_id)
    assert student.poverty_status == "returned"
    history = sorted(
        (h.value, h.start_date, h.end_date)
        for h in StatusHistory.select().where(
            (StatusHistory.student == student_id) & (StatusHistory.kind == "poverty_status")
        )
    )
    assert history == [("lifted", day, day), ("returned", day, None)]
    (grandma,) = Guardian.select().where(Guardian.student == student_id)
    assert (grandma.phone, grandma.relation) == ("13500135000", "grandmother")
    assert stamp_before < student.version[school_db.instance_id] <= counter()
    assert FamilyMember.get(FamilyMember.student == student_id).version == family_before


def test_bulk_new_file_equals_what_save_file_writes(tmp_path, school_db) -> None:
    """The bulk path must not drift from services.students.save_file."""
    other = make.with_check_digit("43012320150101003")  # same birth date and sex as GOOD
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号", "贫困状态", "是否留守", "低保", "班级", "监护人"])
    book.active.append(["张三", GOOD, "脱贫户（继续享受政策）", "是", "是", "一班", "张大山"])
    book.save(tmp_path / "b.xlsx")
    table = roster.load_roster(tmp_path / "b.xlsx")
    result = roster.preview(
        PRINCIPAL, table, roster.guess_mapping(table.headers), school_db.school_id
    )
    (row,) = result.rows
    roster.apply(PRINCIPAL, result)
    bulk = Student.get(Student.id_number == GOOD)
    data = dict(row.values, id_number=other)
    saved_id, _ = students.save_file(
        PRINCIPAL,
        students.StudentFile(None, school_db.school_id, data, guardians=[row.guardian]),
    )
    single = Student.get_by_id(saved_id)
    skip = {"id", "id_number", "created_at", "updated_at", "version"}
    assert {k: v for k, v in bulk.__data__.items() if k not in skip} == {
        k: v for k, v in single.__data__.items() if k not in skip
    }

    def history(student):
        rows = StatusHistory.select().where(StatusHistory.student == student)
        return sorted(
            (h.kind, h.value, h.start_date, h.end_date, h.aid_until, h.deleted) for h in rows
        )

    def guardians(student):
        rows = Guardian.select().where(Guardian.student == student)
        return [(g.name, g.relation, g.phone, g.id_number, g.entrusted) for g in rows]

    assert history(bulk) == history(single)
    assert [h[4] for h in history(bulk) if h[0] == "poverty_status"] != [None]  # aid_until
    assert guardians(bulk) == guardians(single)


def test_poverty_words_of_schools_and_county_lists() -> None:
    field = STUDENT["poverty_status"]
    words = ("脱贫", "脱贫户（继续享受政策）", "边缘易致贫户", "脱贫不稳定户", "突发严重困难")
    assert [choice_code(field, word) for word in words] == [
        "lifted",
        "lifted_keeps_aid",
        "monitored_marginal",
        "monitored_unstable",
        "monitored_sudden",
    ]


def test_exact_digits_of_an_id_number_cell_are_accepted(tmp_path, school_db) -> None:
    """A number cell is suspect; one that holds all 18 digits (a program wrote it) is
    checked like text, check digit included."""
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号"])
    book.active.append(["张三", 1])
    book.save(tmp_path / "n.xlsx")
    path = replace_in_sheet(
        tmp_path / "n.xlsx", tmp_path / "x.xlsx", b"<v>1</v>", f"<v>{GOOD}</v>".encode()
    )
    table = roster.load_roster(path)
    result = roster.preview(
        PRINCIPAL, table, roster.guess_mapping(table.headers), school_db.school_id
    )
    assert result.rows[0].status == roster.NEW
    assert result.rows[0].values["id_number"] == GOOD


def test_another_schools_student_is_not_taken_over(tmp_path, township_db) -> None:
    from fupin_desktop.db.models import School

    first = School.create(code="4301230001", name="柳塘小学", school_type="complete_primary")
    second = School.create(code="4301230002", name="石门小学", school_type="teaching_point")
    existing_student(first.id)
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号"])
    book.active.append(["吴十", EXISTING])
    book.save(tmp_path / "t.xlsx")
    table = roster.load_roster(tmp_path / "t.xlsx")
    result = roster.preview(PRINCIPAL, table, roster.guess_mapping(table.headers), second.id)
    assert result.rows[0].status == roster.INVALID
    assert "柳塘小学" in result.rows[0].reasons
    assert result.rows[0].values["stage"] == "primary"  # a teaching point teaches primary


# -- template and export -------------------------------------------------------------------
def test_template_headers_are_recognised_and_it_imports(tmp_path, school_db) -> None:
    path = roster.write_template(tmp_path / "模板.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.max_row == 1  # no example row that could be imported by mistake
    assert sheet.freeze_panes == "A2"
    assert len(book.worksheets) == 2  # and the notes sheet
    table = roster.load_roster(path)
    mapping = roster.guess_mapping(table.headers)
    expected = [*STUDENT.keys()] + [f"guardian.{k}" for k in roster.TEMPLATE_GUARDIAN_KEYS]
    assert [mapping[i] for i in range(len(table.headers))] == expected
    id_column = xlsx.column_letter(STUDENT.keys().index("id_number"))
    assert sheet.column_dimensions[id_column].number_format == "@"
    values = {"name": "张三", "id_number": GOOD, "class_name": "一班", "guardian.name": "张父"}
    sheet.append([values.get(target) for target in expected])
    book.save(path)
    result = roster.preview(PRINCIPAL, roster.load_roster(path), mapping, school_db.school_id)
    assert [row.status for row in result.rows] == [roster.NEW]


@contextlib.contextmanager
def chinese(table: dict[str, str]) -> Iterator[None]:
    i18n.set_translator(lambda text: table.get(text, text))
    try:
        yield
    finally:
        i18n.set_translator(lambda text: text)


def test_export_as_filtered_with_text_ids_and_chinese_headers(tmp_path, school_db) -> None:
    school = school_db.school_id
    formula = '=HYPERLINK("http://x","y")'
    existing_student(school, name=formula, phone="13800138000", stage="primary")
    existing_student(school, name="李四", id_number=GOOD, stage="junior", grade=7)
    path = tmp_path / "名单.xlsx"
    zh = {"School": "学校", "Name": "姓名", "ID number": "身份证号", "Sex": "性别", "Male": "男"}
    with chinese(zh):
        query = listing.StudentQuery(school_id=school, filters={"stage": "primary"})
        count = export_students(PRINCIPAL, query, path).value
        expected = [i18n.tr("School")] + [f.title for f in STUDENT]
    assert count == 1
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == expected
    assert header[:4] == ["学校", "姓名", "性别", STUDENT["ethnicity"].title]
    assert all(cell.font.b for cell in sheet[1])
    row = {header[i]: cell for i, cell in enumerate(sheet[2])}
    print("\nexported cell types:")
    for title, cell in row.items():
        print(f"  {title}: {cell.value!r} type={cell.data_type} format={cell.number_format}")
    assert row["学校"].value == "柳塘小学"
    assert row["姓名"].value == formula and row["姓名"].data_type == "s"  # text, no formula
    ident = row["身份证号"]
    assert ident.value == EXISTING and len(ident.value) == 18
    assert (ident.data_type, ident.number_format) == ("s", "@")
    phone = row[STUDENT["phone"].title]
    assert (phone.value, phone.data_type, phone.number_format) == ("13800138000", "s", "@")
    assert row["性别"].value == "男"  # choices in words
    assert row[STUDENT["grade"].title].value == 4  # a number, not text
    assert AuditLog.select().where(AuditLog.action == "export").count() == 1


def test_a_teacher_does_not_export_the_list(tmp_path, school_db) -> None:
    """Exports are the principal's and the aid officer's (the role matrix): a teacher is
    refused before any file or audit row is written."""
    existing_student(school_db.school_id)
    path = tmp_path / "t.xlsx"
    with pytest.raises(PermissionDenied):
        export_students(TEACHER, listing.StudentQuery(school_id=school_db.school_id), path)
    assert not path.exists()
    assert not AuditLog.select().where(AuditLog.action == "export").exists()


def test_export_reimports_as_unchanged(tmp_path, school_db) -> None:
    """Export and import speak the same columns: the list read back changes nothing."""
    existing_student(school_db.school_id, poverty_status="lifted", left_behind=True, dibao=True)
    existing_student(school_db.school_id, name="李四", id_number=GOOD, ethnicity="miao")
    path = tmp_path / "e.xlsx"
    export_students(PRINCIPAL, listing.StudentQuery(), path)
    table = roster.load_roster(path)
    mapping = roster.guess_mapping(table.headers)
    assert len(mapping) == len(STUDENT.fields)  # every field recognised (学校 is not one)
    result = roster.preview(PRINCIPAL, table, mapping, school_db.school_id)
    assert [(row.status, row.changes) for row in result.rows] == [(roster.EXISTING, [])] * 2


def test_two_thousand_rows_import_in_seconds(tmp_path, school_db) -> None:
    """Timing printed for the report; the assertion is only a guard against a regression
    to one save() a row (docs/architecture.md, Start-up and speed:
    measured in benchmarks/, not here)."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["姓名", "性别", "身份证号", "年级", "班级", "是否寄宿", "是否留守", "贫困状态"])
    for i in range(2000):
        first17 = f"430123{2012 + i % 6}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
        row = [
            "学生" + chr(0x4E00 + i % 3000),
            "",
            make.with_check_digit(first17),
            1 + i % 6,
            f"{1 + i % 3}班",
        ]
        row += ["是" if i % 2 else "否", "是" if i % 3 == 0 else "否", "脱贫"]
        sheet.append(row)
    book.save(tmp_path / "big.xlsx")
    start = time.perf_counter()
    table = roster.load_roster(tmp_path / "big.xlsx")
    loaded = time.perf_counter()
    result = roster.preview(
        PRINCIPAL, table, roster.guess_mapping(table.headers), school_db.school_id
    )
    checked = time.perf_counter()
    outcome, _ = roster.apply(PRINCIPAL, result)
    done = time.perf_counter()
    print(
        f"\n2,000 rows: read {loaded - start:.2f} s, preview {checked - loaded:.2f} s, "
        f"write {done - checked:.2f} s, total {done - start:.2f} s"
    )
    assert outcome.created == 2000
    assert Student.select().count() == 2000
    assert done - start < 30
