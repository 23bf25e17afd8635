"""First-run setup, later changes by a principal, and settings."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from fupin_desktop.db import models as m
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.installation import SetupForm, validate_setup
from tests.builders import PRINCIPAL, TEACHER

SCHOOL_FORM = SetupForm(
    role="school",
    township_code="430123101",
    township_name="柳塘镇",
    school_code="4301230001",
    school_name="柳塘小学",
    school_type="complete_primary",
)
TOWNSHIP_FORM = SetupForm(role="township", township_code="430123101", township_name="柳塘镇")


# --- validate_setup ---------------------------------------------------------------------


def test_valid_forms_have_no_errors() -> None:
    cleaned, errors = validate_setup(
        replace(SCHOOL_FORM, school_code=" 4301 230001 ", school_name=" 柳塘小学 ")
    )
    assert errors == {}
    assert cleaned.school_code == "4301230001"
    assert cleaned.school_name == "柳塘小学"
    _, errors = validate_setup(TOWNSHIP_FORM)
    assert errors == {}


@pytest.mark.parametrize("code", ["430123000", "43012300AB", "", "43012300011"])
def test_bad_school_code(code: str) -> None:
    _, errors = validate_setup(replace(SCHOOL_FORM, school_code=code))
    assert set(errors) == {"school_code"}
    assert "10 digits" in errors["school_code"]


def test_bad_township_code() -> None:
    _, errors = validate_setup(replace(TOWNSHIP_FORM, township_code="4301231"))
    assert set(errors) == {"township_code"}


def test_empty_names() -> None:
    _, errors = validate_setup(replace(SCHOOL_FORM, school_name="  ", township_name=""))
    assert set(errors) == {"school_name", "township_name"}
    assert errors["school_name"] == "Enter the school's name."
    assert errors["township_name"] == "Enter the township's name."


def test_wrong_role() -> None:
    _, errors = validate_setup(replace(TOWNSHIP_FORM, role="village"))
    assert set(errors) == {"role"}
    assert errors["role"] == "Choose school or township."


def test_wrong_school_type() -> None:
    _, errors = validate_setup(replace(SCHOOL_FORM, school_type="university"))
    assert set(errors) == {"school_type"}
    _, errors = validate_setup(replace(SCHOOL_FORM, school_type=""))
    assert set(errors) == {"school_type"}


def test_township_needs_no_school_fields() -> None:
    cleaned, errors = validate_setup(replace(TOWNSHIP_FORM, school_code="bad", school_type="x"))
    assert errors == {}
    assert cleaned.school_code == "" and cleaned.school_type == ""


# --- initialise -------------------------------------------------------------------------


def test_current_is_none_before_setup(db_path: Path) -> None:
    assert installation.current() is None


def test_initialise_school(db_path: Path) -> None:
    _, changes = installation.initialise(SYSTEM, SCHOOL_FORM)
    assert changes.settings and "installation" in changes.tables
    rows = list(m.Installation.select())
    assert len(rows) == 1
    assert rows[0].id == 1
    assert uuid.UUID(rows[0].instance_id).version == 4
    schools = list(m.School.select())
    assert [(s.code, s.name, s.school_type, s.township_code) for s in schools] == [
        ("4301230001", "柳塘小学", "complete_primary", "430123101")
    ]
    assert rows[0].school_id == schools[0].id
    info = installation.current()
    assert info is not None
    assert info.role == "school" and not info.is_township
    assert info.school_id == schools[0].id
    assert info.display_name == "柳塘小学"
    assert info.instance_id == rows[0].instance_id
    # The school row travels: it carries this installation's version stamp.
    assert set(schools[0].version) == {info.instance_id}
    assert 1 <= schools[0].version[info.instance_id] <= rows[0].counter
    # The township plan's aid programs are seeded with the installation.
    assert m.AidProgram.select().count() >= 9
    assert m.AuditLog.select().where(m.AuditLog.action == "initialise").count() == 1


def test_initialise_township(db_path: Path) -> None:
    installation.initialise(SYSTEM, TOWNSHIP_FORM)
    assert m.Installation.select().count() == 1
    assert m.School.select().count() == 0
    info = installation.current()
    assert info is not None
    assert info.is_township
    assert info.school_id is None and info.school_code == ""
    assert info.display_name == "柳塘镇"


def test_initialise_refuses_an_incomplete_form(db_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        installation.initialise(SYSTEM, replace(SCHOOL_FORM, school_code="123"))
    assert "10 digits" in info.value.message
    assert m.Installation.select().count() == 0
    assert m.School.select().count() == 0


def test_each_installation_has_its_own_instance_id(tmp_path: Path) -> None:
    from fupin_desktop.db.connection import close_database, open_database

    ids = []
    for name in ("a.db", "b.db"):
        open_database(tmp_path / name)
        try:
            installation.initialise(SYSTEM, TOWNSHIP_FORM)
            ids.append(installation.current().instance_id)
        finally:
            close_database()
    assert ids[0] != ids[1]


def test_initialise_twice_keeps_the_instance_id(school_db) -> None:
    installation.initialise(SYSTEM, replace(SCHOOL_FORM, school_name="柳塘中心小学"))
    assert m.Installation.select().count() == 1
    info = installation.current()
    assert info.instance_id == school_db.instance_id
    assert info.school_name == "柳塘中心小学"


# --- update -----------------------------------------------------------------------------


def test_teacher_may_not_change_the_installation(school_db) -> None:
    with pytest.raises(PermissionDenied):
        installation.update(TEACHER, replace(SCHOOL_FORM, school_name="别的学校"))
    assert installation.current().school_name == "柳塘小学"


def test_principal_changes_the_name(school_db) -> None:
    _, changes = installation.update(PRINCIPAL, replace(SCHOOL_FORM, school_name="柳塘镇中心小学"))
    assert "school" in changes.tables
    info = installation.current()
    assert info.school_name == "柳塘镇中心小学"
    assert info.school_id == school_db.school_id
    assert info.instance_id == school_db.instance_id
    assert m.School.select().count() == 1
    entry = m.AuditLog.select().where(m.AuditLog.action == "update_installation").get()
    assert (entry.actor, entry.role) == (PRINCIPAL.name, "principal")


def test_update_validates(school_db) -> None:
    with pytest.raises(ValidationError):
        installation.update(PRINCIPAL, replace(SCHOOL_FORM, school_name=""))
    assert installation.current().school_name == "柳塘小学"


# --- settings ---------------------------------------------------------------------------


def test_settings_get_and_set(school_db) -> None:
    assert installation.get_setting("backup_keep") is None
    assert installation.get_setting("backup_keep", 10) == 10
    _, changes = installation.set_setting(PRINCIPAL, "backup_keep", 5)
    assert changes.settings
    assert installation.get_setting("backup_keep", 10) == 5
    installation.set_setting(PRINCIPAL, "backup_keep", 7)
    assert installation.get_setting("backup_keep") == 7
    assert m.Setting.select().where(m.Setting.key == "backup_keep").count() == 1
    installation.set_setting(PRINCIPAL, "print", {"font": "文泉驿", "copies": 2})
    assert installation.get_setting("print") == {"font": "文泉驿", "copies": 2}


def test_teacher_may_not_change_settings(school_db) -> None:
    with pytest.raises(PermissionDenied):
        installation.set_setting(TEACHER, "backup_keep", 1)
    assert installation.get_setting("backup_keep") is None


def test_correcting_the_school_code_keeps_the_schools_students(school_db) -> None:
    """A principal fixes a mistyped school code: the ledger still has one live school, and
    it is the one the students belong to."""
    from fupin_desktop.services.students import files as students
    from fupin_desktop.services.students import listing
    from fupin_desktop.validation import id_check_digit

    first17 = "43012320150312001"
    students.save_file(
        PRINCIPAL,
        students.StudentFile(
            None,
            school_db.school_id,
            {
                "name": "张三",
                "sex": "male",
                "id_number": first17 + id_check_digit(first17),
                "stage": "primary",
                "enrolment": "enrolled",
            },
        ),
    )
    installation.update(PRINCIPAL, replace(SCHOOL_FORM, school_code="4301230002"))
    info = installation.current()
    assert info.school_code == "4301230002"
    live = m.School.select().where(m.School.deleted == False)  # noqa: E712
    assert [s.code for s in live] == ["4301230002"]
    query = listing.StudentQuery(school_id=info.school_id)
    assert listing.count(PRINCIPAL, query) == 1
