"""A school's ledger goes to the township and corrections come back, field by field."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.models import (
    ConflictLog,
    DiaryEntry,
    PackageLedger,
    Pairing,
    Student,
    Teacher,
    Visit,
)
from fupin_desktop.sync import state, trust
from fupin_desktop.sync.importer import NeedsEnrolment
from fupin_desktop.sync.writer import PLAIN
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, receive, rows_of, unsealed

FORMULA = '=HYPERLINK("http://x","y")'
ID_NUMBER = "430123201501010022"


def _fill_school(school) -> dict[str, str]:
    school.use()
    info_school = school.school_id
    teacher = Teacher(school=info_school, name="李老师", phone="13800000001")
    teacher.save()
    student_id = make.student_row(
        school,
        FORMULA,
        id_number=ID_NUMBER,
        phone="13912345678",
        student_no="G430123201501010029",
        birth_date=dt.date(2015, 1, 1),
        grade=4,
        class_name="四(1)班",
        boarder=True,
        left_behind=True,
        poverty_status="lifted",
        address="柳塘村三组",
    )
    pairing = Pairing(
        teacher=teacher, student=student_id, kind="proxy_parent", start_date=dt.date(2025, 9, 1)
    )
    pairing.save()
    visit = Visit(
        pairing=pairing,
        teacher=teacher,
        student=student_id,
        visit_date=dt.date(2025, 10, 1),
        method="home_visit",
        outcome="+86 说了很多",
    )
    visit.save()
    diary = DiaryEntry(
        student=student_id,
        teacher=teacher,
        entry_date=dt.date(2025, 10, 2),
        category="feelings",
        what_happened="想妈妈了",
    )
    diary.save()
    return {"student": student_id, "diary": diary.id, "visit": visit.id}


def test_school_to_township_and_back_field_by_field(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    ids = _fill_school(school)
    package = tmp_path / "up.xlsx"
    result = export(school, package)
    assert result.counts["student"] == 1

    # Sealed: without the township's key, not a workbook at all.
    assert not zipfile.is_zipfile(package)
    # Looked at with openpyxl once opened, as WPS or Excel would: text, never a formula.
    opened = unsealed(township, package)
    book = load_workbook(opened)
    assert book.sheetnames[0] == "About this package"
    assert book.sheetnames[-1] == "Manifest"
    sheet = book["Students"]
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert "ID number" in headers and "Name" in headers and "Record ID" in headers
    row = {h: c for h, c in zip(headers, sheet[2], strict=True)}
    assert row["Name"].value == FORMULA and row["Name"].data_type == "s"
    assert row["ID number"].value == ID_NUMBER and row["ID number"].data_type == "s"
    assert row["Phone"].value == "13912345678"
    with zipfile.ZipFile(opened) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name

    received = receive(township, package)
    assert received.applied
    assert received.counts["student"]["new"] == 1
    at_school = rows_of(school, "4301230001")
    at_township = rows_of(township, "4301230001")
    for table, rows in at_school.items():
        if table not in ("aid_program", "aid_standard", "reminder_rule"):
            assert rows == at_township[table], table
    # Seeded reference rows: the same content on both sides, now with both vectors.
    township.use()
    assert ConflictLog.select().count() == 0
    township.use()
    # The diary text stayed at the school: it travels only when the setting says so.
    assert DiaryEntry.get_by_id(ids["diary"]).what_happened == ""
    assert Student.get_by_id(ids["student"]).name == FORMULA

    # The township corrects the class; the correction comes back to the school.
    student = Student.get_by_id(ids["student"])
    student.class_name = "四(2)班"
    student.save()
    down = tmp_path / "down.xlsx"
    sent = export(township, down, to_code="4301230001")
    assert sent.counts["student"] == 1
    assert sent.counts["visit"] == 0  # the school has it: acknowledged by its package
    back = receive(school, down)
    assert back.counts["student"]["changed"] == 1
    assert rows_of(school, "4301230001") == rows_of(township, "4301230001")
    school.use()
    assert Student.get_by_id(ids["student"]).class_name == "四(2)班"
    assert DiaryEntry.get_by_id(ids["diary"]).what_happened == "想妈妈了"
    assert Visit.get_by_id(ids["visit"]).outcome == "+86 说了很多"
    assert ConflictLog.select().count() == 0

    # The township's package acknowledged the school's: its next one is empty.
    again = export(school, tmp_path / "up2.xlsx")
    assert sum(again.counts.values()) == 0
    assert PackageLedger.get_by_id(result.manifest.package_id).acknowledged


def test_sensitive_text_travels_when_the_setting_says_so(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    ids = _fill_school(school)
    school.use()
    state.set_send_sensitive_text(True)
    export(school, tmp_path / "up.xlsx")
    receive(township, tmp_path / "up.xlsx")
    assert DiaryEntry.get_by_id(ids["diary"]).what_happened == "想妈妈了"


def test_a_sender_not_enrolled_is_refused_until_a_principal_enrols_it(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    export(school, tmp_path / "up.xlsx", protection=PLAIN, introduce=False)
    with pytest.raises(NeedsEnrolment, match="not enrolled here") as caught:
        receive(township, tmp_path / "up.xlsx")
    school.use()
    fingerprint = trust.own_card().fingerprint
    assert fingerprint in caught.value.message  # what to compare with the card
    township.use()
    assert Student.select().count() == 0
    with pytest.raises(NeedsEnrolment):
        receive(township, tmp_path / "up.xlsx", dry_run=True)
    # The principal compares the fingerprint and enrols the key from the package itself.
    offer = trust.read_offer(tmp_path / "up.xlsx")
    assert offer.fingerprint == fingerprint and not offer.enrolled_fingerprint
    trust.enrol(PRINCIPAL, offer, fingerprint)
    receive(township, tmp_path / "up.xlsx")
    assert Student.select().count() == 1


def test_same_package_twice_changes_nothing(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    export(school, tmp_path / "up.xlsx")
    receive(township, tmp_path / "up.xlsx")
    from tests.core.sync_support import fingerprint

    before = fingerprint(township.path)
    again = receive(township, tmp_path / "up.xlsx")
    assert not again.applied and again.preview.already_imported
    assert fingerprint(township.path) == before


def test_missing_sequence_is_reported_and_healed(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    first = make.student_row(school, "张三")
    export(school, tmp_path / "p1.xlsx")
    make.student_row(school, "李四", id_number="430123201501010030")
    export(school, tmp_path / "p2.xlsx")  # lost on the way
    make.student_row(school, "王五", id_number="430123201501010049")
    export(school, tmp_path / "p3.xlsx")
    result = receive(township, tmp_path / "p3.xlsx")
    assert result.preview.missing_sequences == [1, 2]
    assert any("never arrived" in note for note in result.preview.notes())
    # Nothing was acknowledged, so package 3 carried everything: nothing is missing.
    assert Student.select().count() == 3
    assert Student.get_by_id(first).name == "张三"


def test_concurrent_edits_are_a_conflict_kept_in_the_log(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    student_id = make.student_row(school, "张三")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    export(township, tmp_path / "d1.xlsx", to_code="4301230001")
    receive(school, tmp_path / "d1.xlsx")
    # Both change the same student before hearing from the other.
    school.use()
    s = Student.get_by_id(student_id)
    s.address = "学校改的"
    s.save()
    township.use()
    t = Student.get_by_id(student_id)
    t.address = "中心学校改的"
    t.save()
    export(school, tmp_path / "p2.xlsx")
    export(township, tmp_path / "d2.xlsx", to_code="4301230001")
    up = receive(township, tmp_path / "p2.xlsx")
    assert up.counts["student"]["conflict"] == 1
    down = receive(school, tmp_path / "d2.xlsx")
    assert down.counts["student"]["conflict"] == 1
    assert rows_of(school, "4301230001") == rows_of(township, "4301230001")
    for replica in (school, township):
        replica.use()
        log = ConflictLog.get()
        assert {log.winner["address"], log.loser["address"]} == {"学校改的", "中心学校改的"}


def test_an_edit_against_a_deletion_keeps_the_record(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    student_id = make.student_row(school, "张三")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    school.use()
    Student.get_by_id(student_id).tombstone()
    township.use()
    t = Student.get_by_id(student_id)
    t.address = "还在读"
    t.save()
    export(school, tmp_path / "p2.xlsx")
    result = receive(township, tmp_path / "p2.xlsx")
    assert result.counts["student"]["conflict"] == 1
    kept = Student.get_by_id(student_id)
    assert not kept.deleted and kept.address == "还在读"
    assert ConflictLog.get().loser["deleted"] == 1


def test_keeping_the_losing_version_is_a_new_edit_that_travels(tmp_path: Path) -> None:
    from fupin_desktop.sync import conflicts

    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    student_id = make.student_row(school, "张三")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    school.use()
    s = Student.get_by_id(student_id)
    s.address = "学校改的"
    s.save()
    township.use()
    t = Student.get_by_id(student_id)
    t.address = "中心学校改的"
    t.save()
    export(school, tmp_path / "p2.xlsx")
    receive(township, tmp_path / "p2.xlsx")
    [row] = conflicts.list_conflicts(PRINCIPAL)
    assert row.table == "student" and row.summary == "张三"
    diffs = {d.key: d for d in conflicts.compare(PRINCIPAL, row.id)}
    assert diffs["address"].differs and not diffs["name"].differs
    lost = diffs["address"].loser
    conflicts.resolve(PRINCIPAL, row.id, conflicts.KEEP_LOSER)
    assert Student.get_by_id(student_id).address == lost
    assert conflicts.list_conflicts(PRINCIPAL) == []
    export(township, tmp_path / "d1.xlsx", to_code="4301230001")
    receive(school, tmp_path / "d1.xlsx")
    assert rows_of(school, "4301230001") == rows_of(township, "4301230001")
    school.use()
    assert Student.get_by_id(student_id).address == lost


def test_a_receipt_makes_the_next_package_smaller(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    first = export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    receipt = export(township, tmp_path / "receipt.xlsx", to_code="4301230001", receipt=True)
    assert receipt.manifest.kind == "receipt" and receipt.manifest.sequence == 0
    assert first.manifest.package_id in receipt.manifest.acknowledges
    result = receive(school, tmp_path / "receipt.xlsx")
    assert result.applied and result.counts == {}
    assert PackageLedger.get_by_id(first.manifest.package_id).acknowledged
    make.student_row(school, "李四", id_number="430123201501010030")
    second = export(school, tmp_path / "p2.xlsx")
    assert second.counts["student"] == 1 and sum(second.counts.values()) == 1
    assert second.manifest.sign_key and second.manifest.signature  # signed, no secret


def test_a_package_of_a_newer_schema_asks_for_an_upgrade(tmp_path, monkeypatch) -> None:
    from fupin_desktop.sync import writer
    from fupin_desktop.sync.reader import PackageRefused

    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    make.student_row(school, "张三")
    monkeypatch.setattr(writer, "latest_version", lambda: 99)
    export(school, tmp_path / "p1.xlsx")
    monkeypatch.undo()
    with pytest.raises(PackageRefused, match="upgrade the program"):
        receive(township, tmp_path / "p1.xlsx")
    assert Student.select().count() == 0


def test_a_package_of_an_older_schema_is_taken_in(tmp_path, monkeypatch) -> None:
    """A package from a program that lacks a column: new rows get its default, rows that
    are here keep their value."""
    import dataclasses

    from fupin_desktop.sync import tables, writer

    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    student_id = make.student_row(school, "张三", ethnicity="miao")
    export(school, tmp_path / "p1.xlsx")
    receive(township, tmp_path / "p1.xlsx")
    school.use()
    s = Student.get_by_id(student_id)
    s.class_name = "二班"
    s.save()
    newcomer = make.student_row(school, "李四", id_number="430123201501010030", ethnicity="yi")

    def older() -> tuple:
        out = []
        for table in tables.sync_tables():
            if table.name == "student":
                kept = tuple(c for c in table.columns if c.key != "ethnicity")
                table = dataclasses.replace(table, columns=kept)
            out.append(table)
        return tuple(out)

    monkeypatch.setattr(writer, "sync_tables", older)
    monkeypatch.setattr(writer, "latest_version", lambda: 1)
    export(school, tmp_path / "p2.xlsx")
    monkeypatch.undo()
    result = receive(township, tmp_path / "p2.xlsx")
    assert result.counts["student"] == {**result.counts["student"], "new": 1, "changed": 1}
    assert Student.get_by_id(student_id).class_name == "二班"
    assert Student.get_by_id(student_id).ethnicity == "miao"
    assert Student.get_by_id(newcomer).ethnicity == ""


def test_a_correction_never_blanks_text_that_did_not_travel(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    township = make.township_replica(tmp_path)
    ids = _fill_school(school)
    export(school, tmp_path / "up.xlsx")
    receive(township, tmp_path / "up.xlsx")
    township.use()
    diary = DiaryEntry.get_by_id(ids["diary"])
    assert diary.what_happened == ""
    diary.category = "family_contact"
    diary.save()
    sent = export(township, tmp_path / "down.xlsx", to_code="4301230001")
    assert sent.counts["diary_entry"] == 1
    result = receive(school, tmp_path / "down.xlsx")
    assert result.counts["diary_entry"]["changed"] == 1
    school.use()
    kept = DiaryEntry.get_by_id(ids["diary"])
    assert (kept.category, kept.what_happened) == ("family_contact", "想妈妈了")
