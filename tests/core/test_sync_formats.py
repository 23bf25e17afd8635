"""Package formats: a package speaks the catalogue's words (format 3: every catalogued
column headed by its field's label, choice labels, yuan), and a package of format 1
(tests/data/format1_package.xlsx, written by the program before: codes and fen in the
care and aid columns) still imports; format 2 is read as it was written too."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.models import (
    AidPayment,
    AidStandard,
    DiaryEntry,
    FamilyMember,
    LeftBehindProfile,
    ReminderRule,
    Student,
)
from fupin_desktop.i18n import install_ts_translator, tr
from fupin_desktop.io import xlsx
from fupin_desktop.paths import zh_cn_ts
from fupin_desktop.schema.aid import CONDITION, PAYMENT_METHOD
from fupin_desktop.schema.care import DIARY_CATEGORY, GUARDIAN_KIND, MOOD, PARENT_AWAY
from fupin_desktop.sync.codec import CellError, decoder, from_cell, to_cell
from fupin_desktop.sync.manifest import FORMAT_VERSION
from fupin_desktop.sync.reader import current_codes
from fupin_desktop.sync.tables import CATALOGUES, sync_tables, table_by_name
from tests import builders as make
from tests.core.sync_support import export, receive

FORMAT1 = Path(__file__).resolve().parents[1] / "data" / "format1_package.xlsx"
D = dt.date


def sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path)
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def manifest_value(rows: list[tuple[Any, ...]], key: str) -> Any:
    return next(row[1] for row in rows if row and row[0] == key)


def records(rows: list[tuple[Any, ...]], headers: list[str]) -> list[dict[str, Any]]:
    """The data rows of a sheet as {header: cell}."""
    return [dict(zip(headers, row, strict=False)) for row in rows[1:] if any(row)]


@pytest.fixture
def school_package(tmp_path: Path) -> tuple[make.Replica, Path]:
    """A school with care and aid records, exported in Chinese as the command line does."""
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    teacher = make.teacher(school, "王老师")
    child = make.needy_student(school, "刘小燕", boarder=True)
    make.pairing(teacher, child, D(2024, 3, 1), kind="proxy_parent")
    make.left_behind_profile(child, guardian_name="刘奶奶", guardian_relation="grandmother")
    make.diary_entry(child, teacher, D(2024, 10, 2), mood="sad", what_happened="想妈妈了")
    make.payment(child, "boarding_subsidy", "1250.50")
    install_ts_translator(zh_cn_ts())
    path = tmp_path / "up.xlsx"
    export(school, path)
    return school, path


def test_every_catalogued_column_is_headed_by_its_field_label(school_package) -> None:
    _, path = school_package
    written = sheets(path)
    assert manifest_value(written[tr("Manifest")], "format_version") == str(FORMAT_VERSION)
    checked = 0
    for table in sync_tables():
        title = xlsx.sheet_title(table.title)
        if title not in written:
            continue  # nothing of that kind to send
        header = list(written[title][0])
        assert header == [column.title for column in table.columns]
        catalogue = CATALOGUES.get(table.name)
        for column, text in zip(table.columns, header, strict=True):
            if catalogue is not None and column.field_name in catalogue.keys():
                field = catalogue[column.field_name]
                assert text == field.title != field.label  # the Chinese of the field's label
                checked += 1
    assert checked > 60


def test_choices_are_labels_and_money_is_yuan(school_package) -> None:
    _, path = school_package
    written = sheets(path)
    diary_sheet = written[xlsx.sheet_title(tr("Growth diary"))]
    (diary,) = records(diary_sheet, list(diary_sheet[0]))
    assert diary[tr("Category")] == DIARY_CATEGORY.label("feelings") != "feelings"
    assert diary[tr("Mood")] == MOOD.label("sad")
    profile_sheet = written[xlsx.sheet_title(tr("Left-behind profiles"))]
    (profile,) = records(profile_sheet, list(profile_sheet[0]))
    assert profile[tr("Parent away")] == PARENT_AWAY.label("both")
    assert profile[tr("Actual guardian")] == GUARDIAN_KIND.label("grandparents")
    payment_sheet = written[xlsx.sheet_title(tr("Aid payments"))]
    (payment,) = records(payment_sheet, list(payment_sheet[0]))
    assert payment[tr("Amount (yuan)")] == 1250.5
    assert payment[tr("Method")] == PAYMENT_METHOD.label("bank_card")
    standard_sheet = written[xlsx.sheet_title(tr("Aid standards"))]
    standards = records(standard_sheet, list(standard_sheet[0]))
    assert {s[tr("Who is entitled")] for s in standards} >= {CONDITION.label("boarder_needy")}
    assert 1000 in {s[tr("Amount a year (yuan)")] for s in standards}


def test_a_format_3_package_comes_back_as_codes_and_fen(school_package, tmp_path) -> None:
    _, path = school_package
    township = make.township_replica(tmp_path)
    assert receive(township, path).applied
    assert AidPayment.get().amount_fen == 125_050
    assert AidPayment.get().method == "bank_card"
    assert (DiaryEntry.get().category, DiaryEntry.get().mood) == ("feelings", "sad")
    profile = LeftBehindProfile.get()
    assert (profile.parent_away, profile.guardian_relation) == ("both", "grandmother")


def test_a_format_1_package_still_imports(tmp_path: Path) -> None:
    package = shutil.copy(FORMAT1, tmp_path / "old.xlsx")
    # It is what the program wrote before: format 1, codes and fen where labels and yuan
    # are written now.
    written = sheets(package)
    manifest = list(written.values())[-1]  # the manifest is the last sheet
    assert manifest_value(manifest, "format") == '"fupin-sync"'
    assert manifest_value(manifest, "format_version") == "1"
    diary_rows = written["成长日记"]
    assert "feelings" in diary_rows[1] and "sad" in diary_rows[1]
    assert 50_000 in written["资助发放记录"][1] and "bank_card" in written["资助发放记录"][1]

    township = make.township_replica(tmp_path)
    result = receive(township, package)
    assert result.applied
    assert Student.get().name == "刘小燕"
    assert FamilyMember.get().annual_income == 3_600_050
    payment = AidPayment.get()
    assert (payment.amount_fen, payment.method, payment.term) == (50_000, "bank_card", 1)
    assert {s.condition for s in AidStandard.select()} >= {"needy", "boarder_needy"}
    profile = LeftBehindProfile.get()
    assert (profile.parent_away, profile.guardian_kind, profile.guardian_relation) == (
        "both",
        "grandparents",
        "grandmother",
    )
    assert (profile.care_ability, profile.guardianship_level) == ("weak", "level2")
    assert profile.counselling_needs == "想念父母"  # the sender let the text travel
    diary = DiaryEntry.get()
    assert (diary.category, diary.mood, diary.what_happened) == ("feelings", "sad", "想妈妈了")
    rule = ReminderRule.get(ReminderRule.code == "weekly_call")
    assert (rule.applies_to, rule.record, rule.methods, rule.period, rule.min_count) == (
        "left_behind",
        "family_call",
        "",
        "month",
        4,
    )
    assert not receive(township, package).applied  # the same package twice: nothing


def test_money_cells_come_back_as_exact_fen() -> None:
    column = table_by_name("aid_payment").column("amount_fen")
    assert to_cell(column, 125_050) == Decimal("1250.50")
    assert from_cell(column, 0.29) == 29  # 0.29 * 100 is 28.999999999999996 in floats
    assert from_cell(column, 1250.5) == 125_050
    assert from_cell(column, "1,250.50") == 125_050
    assert decoder(column)(1000) == 100_000
    for bad in (12.345, "一千", True, ""):
        with pytest.raises(CellError):
            from_cell(column, bad)
    # Format 1 wrote the fen themselves.
    old = column.as_written_in(1)
    assert from_cell(old, 50_000) == 50_000 and decoder(old)(50_000.0) == 50_000


def test_choice_cells_take_labels_and_codes_of_either_format() -> None:
    column = table_by_name("diary_entry").column("category")
    read = decoder(column)
    assert read(DIARY_CATEGORY.label("feelings")) == "feelings"
    assert read("feelings") == "feelings"
    # A code this program has no label for (a newer program's choice) stays itself.
    assert read("future_category") == "future_category"
    assert to_cell(column, "future_category") == "future_category"
    assert decoder(column.as_written_in(1))("feelings") == "feelings"


def test_poverty_statuses_of_an_older_program_come_back_as_today_s_codes() -> None:
    """Issue 10 relabelled 已脱贫 and renamed two codes (migration 0005): a package of an
    older program reads its words as the codes it hashed, then holds today's codes."""
    student, history = table_by_name("student"), table_by_name("status_history")
    status = student.column("poverty_status")
    read = decoder(status)
    assert read("已脱贫") == "lifted"
    assert read("边缘易致贫户") == "marginal"  # the code its writer stored and hashed
    columns = [student.column("id"), status]
    rows = [("a", "marginal"), ("b", "unstable"), ("c", "lifted")]
    assert current_codes(student, columns, rows) == [
        ("a", "monitored_marginal"),
        ("b", "monitored_unstable"),
        ("c", "lifted"),
    ]
    columns = [history.column(key) for key in ("id", "kind", "value")]
    rows = [("h", "poverty_status", "marginal"), ("g", "enrolment", "marginal")]
    assert current_codes(history, columns, rows) == [
        ("h", "poverty_status", "monitored_marginal"),
        ("g", "enrolment", "marginal"),  # only a poverty status is renamed
    ]


def test_each_older_format_is_read_as_it_was_written() -> None:
    """Format 2 (the 登记表 columns) labelled the left-behind profile's choices; the other
    care and aid choice columns and every amount stayed as format 1 wrote them."""
    profile = table_by_name("left_behind_profile").column("parent_away")
    diary = table_by_name("diary_entry").column("category")
    condition = table_by_name("aid_standard").column("condition")
    income = table_by_name("family_member").column("annual_income")
    assert profile.as_written_in(1).choices is None
    assert profile.as_written_in(2) is profile
    for column in (diary, condition):
        assert column.as_written_in(2).choices is None
        assert column.as_written_in(FORMAT_VERSION) is column
    assert income.as_written_in(2).kind == "int" and income.kind == "money"
