"""The two meanings of "sensitive", each a flag of its own in the catalogue: `restricted`
fields are masked for who may not read them (screens, record list, printed forms), and
`stays_at_school` fields do not travel in a package unless the setting says so. A field
may be one without the other."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fupin_desktop.db.models import DiaryEntry, LeftBehindProfile
from fupin_desktop.io import xlsx
from fupin_desktop.schema import care as care_schema
from fupin_desktop.schema import catalogues as cat
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.context import Actor
from fupin_desktop.services.printing import care_forms
from fupin_desktop.sync.tables import CATALOGUES, sync_tables
from fupin_desktop.sync.writer import PLAIN
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, introduce, receive

D = dt.date
FATHER = "13511112222"


def flagged(flag: str) -> set[tuple[str, str]]:
    catalogues = (
        cat.STUDENT,
        cat.GUARDIAN,
        care_schema.LEFT_BEHIND_PROFILE,
        care_schema.DIARY_ENTRY,
        *CATALOGUES.values(),
    )
    return {(c.name, f.key) for c in catalogues for f in c if getattr(f, flag)}


def test_the_two_flags_mark_different_fields() -> None:
    restricted, stays = flagged("restricted"), flagged("stays_at_school")
    both = {("diary_entry", "what_happened"), ("left_behind_profile", "counselling_needs")}
    assert both <= restricted & stays
    assert ("left_behind_profile", "father_phone") in restricted - stays
    assert ("student", "id_number") in restricted - stays
    assert {("diary_entry", "what_done"), ("diary_entry", "follow_up")} <= stays - restricted
    # The package leaves out exactly what the catalogues say stays at school.
    blank = {(t.name, c.key) for t in sync_tables() for c in t.columns if c.stays_at_school}
    assert blank == stays


@pytest.fixture
def cared_for(school_db) -> dict[str, str]:
    """A left-behind child with a proxy parent; a second teacher of the school who is
    not paired with the child."""
    mine = make.teacher(school_db, "张老师")
    other = make.teacher(school_db, "王老师")
    child = make.needy_student(school_db, "刘小燕", left_behind=True)
    make.pairing(mine, child, D(2024, 3, 1), kind="proxy_parent")
    profile = make.left_behind_profile(
        child, father_phone=FATHER, counselling_needs="想念父母", work_province="广东"
    )
    diary = make.diary_entry(
        child, mine, D(2024, 10, 2), what_happened="想妈妈了", what_done="陪她打电话"
    )
    return {"mine": mine, "other": other, "child": child, "profile": profile, "diary": diary}


def test_restricted_fields_are_masked_for_a_teacher_not_paired(cared_for) -> None:
    child = cared_for["child"]
    stranger = Actor("王老师", "teacher", cared_for["other"])
    (profile,) = care.profiles(stranger, child)
    assert profile["father_phone"] == care.HIDDEN
    assert profile["counselling_needs"] == care.RESTRICTED
    assert profile["work_province"] == "广东"  # not restricted
    diary = care.get_record(stranger, "diary_entry", cared_for["diary"])
    assert diary["what_happened"] == care.RESTRICTED
    assert diary["what_done"] == "陪她打电话"  # stays at school, yet any teacher reads it
    proxy = Actor("张老师", "teacher", cared_for["mine"])
    for reader in (proxy, PRINCIPAL):
        assert care.profiles(reader, child)[0]["father_phone"] == FATHER
        assert care.get_record(reader, "diary_entry", cared_for["diary"])["what_happened"] == (
            "想妈妈了"
        )


def test_a_masked_profile_saved_back_keeps_the_stored_values(cared_for) -> None:
    child = cared_for["child"]
    stranger = Actor("王老师", "teacher", cared_for["other"])
    (shown,) = care.profiles(stranger, child)
    shown["work_city"] = "东莞"
    care.save_profile(stranger, child, shown, cared_for["profile"])
    stored = LeftBehindProfile.get_by_id(cared_for["profile"])
    assert (stored.father_phone, stored.counselling_needs) == (FATHER, "想念父母")
    assert stored.work_city == "东莞"


def test_printed_growth_records_and_cards_mask_what_the_screen_masks(cared_for) -> None:
    child = cared_for["child"]
    stranger = Actor("王老师", "teacher", cared_for["other"])
    (record,) = care_forms.growth_records(stranger, [child], mask_ids=True)
    assert record.profile is not None
    assert record.profile["father_phone"] == care.HIDDEN
    assert record.profile["counselling_needs"] == care.RESTRICTED
    assert [d["what_happened"] for d in record.diary] == [care.RESTRICTED]
    assert [d["what_done"] for d in record.diary] == ["陪她打电话"]
    assert record.card.father_phone == care.HIDDEN
    (card,) = care_forms.contact_cards(stranger, [child])
    assert card.father_phone == care.HIDDEN
    (full,) = care_forms.growth_records(PRINCIPAL, [child], mask_ids=True)
    assert full.profile is not None and full.profile["father_phone"] == FATHER
    assert [d["what_happened"] for d in full.diary] == ["想妈妈了"]
    assert full.card.father_phone == FATHER


def test_text_that_stays_at_school_is_blank_in_the_package(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    teacher = make.teacher(school, "张老师")
    child = make.needy_student(school, "刘小燕")
    make.left_behind_profile(child, father_phone=FATHER, counselling_needs="想念父母")
    make.diary_entry(
        child, teacher, D(2024, 10, 2), what_happened="想妈妈了", what_done="陪她打电话"
    )
    township = make.township_replica(tmp_path)
    introduce(school, township)
    path = tmp_path / "up.xlsx"
    # Not sealed, to be read as a workbook; sync.send_sensitive_text is off by default.
    export(school, path, protection=PLAIN)
    book = load_workbook(path)
    diary_sheet = book[xlsx.sheet_title("Growth diary")]
    header = [c.value for c in diary_sheet[1]]
    diary = dict(zip(header, [c.value for c in diary_sheet[2]], strict=True))
    assert diary["Category"] == "Feelings"
    assert diary["What happened"] is diary["What was done"] is diary["Follow-up"] is None
    profile_sheet = book[xlsx.sheet_title("Left-behind profiles")]
    header = [c.value for c in profile_sheet[1]]
    profile = dict(zip(header, [c.value for c in profile_sheet[2]], strict=True))
    assert profile["Counselling needs"] is None
    assert profile["Father's phone"] == FATHER  # restricted, but it travels

    receive(township, path)
    assert DiaryEntry.get().what_happened == DiaryEntry.get().what_done == ""
    assert LeftBehindProfile.get().father_phone == FATHER
