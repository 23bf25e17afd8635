"""The role matrix, role by role, in the services (issue 15): for each role and each
sensitive action, allowed or refused, by calling the service that decides. The expected
table is written out here on its own, so a change of the matrix in
services/accounts/roles.py must be made here too, on purpose."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from fupin_desktop.db.models import AuditLog, DiaryEntry
from fupin_desktop.errors import FupinError, PermissionDenied
from fupin_desktop.services import audit, installation, ledger
from fupin_desktop.services.accounts import accounts, backup_key, retention
from fupin_desktop.services.accounts.reveal import reveal
from fupin_desktop.services.accounts.roles import MATRIX, ROLES, Do, Scope
from fupin_desktop.services.aid.payments import PaymentInput, record_payment
from fupin_desktop.services.aid.programs import StandardInput, save_standard
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import pairings
from fupin_desktop.services.context import SYSTEM, Actor
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.services.students.export import export_students
from tests import builders as make

PR, AO, HT, TE, TW = "principal", "aid_officer", "head_teacher", "teacher", "township"
# The expected answers: allowed (True) or refused (False), per role.
EXPECTED: dict[str, set[str]] = {
    "reveal_id": {PR, AO, TW},
    "full_id_files": {PR, AO, TW},
    "record_payments": {PR, AO},
    "change_standards": {TW},
    "delete": {PR, TW},
    "purge": {PR, TW},
    "export": {PR, AO, TW},
    "add_student": {PR, AO, HT, TW},
    "manage_care": {PR, AO, TW},
    "manage_accounts": {PR, TW},
    "view_audit": {PR, TW},
    "configure": {PR, TW},
    "backup": {PR, AO, TW},
    "restore": {PR, TW},
    "set_retention": {TW},
}


@pytest.fixture
def world(school_db, db_path: Path, tmp_path: Path) -> dict:
    """A child paired with the teacher, a child of the head teacher's class, a diary
    entry of the paired child, and one actor per role (each with an account)."""
    school = school_db.school_id
    teacher = make.teacher(school_db, "李老师")
    head = make.teacher(school_db, "陈老师", head_grade=4, head_class="2班")
    paired = make.needy_student(school_db, "张小红", grade=3, class_name="1班")
    of_class = make.needy_student(school_db, "王小明", grade=4, class_name="2班")
    other = make.needy_student(school_db, "赵小六", grade=5, class_name="1班")
    make.pairing(teacher, paired, dt.date(2024, 3, 1))
    diary = make.diary_entry(paired, teacher, dt.date(2024, 5, 6), what_happened="想妈妈")
    backup_key.set_passphrase(SYSTEM, "a passphrase 2026")
    actors = {
        PR: make.account(make.PRINCIPAL),
        AO: make.account(make.AID_OFFICER),
        HT: make.account(replace(make.HEAD_TEACHER, teacher_id=head), teacher_id=head),
        TE: make.account(replace(make.TEACHER, teacher_id=teacher), teacher_id=teacher),
        TW: make.account(make.TOWNSHIP_ADMIN),
    }
    return {
        "school": school, "paired": paired, "of_class": of_class, "other": other,
        "diary": diary, "actors": actors, "tmp": tmp_path, "teacher": teacher, "db": db_path,
    }  # fmt: skip


def allowed(call: Callable[[], object]) -> bool:
    try:
        call()
    except PermissionDenied:
        return False
    except FupinError:
        return True  # past the rights check: refused for another reason (bad input)
    return True


def _calls(world: dict, actor: Actor) -> dict[str, Callable[[], object]]:
    tmp, school, paired = world["tmp"], world["school"], world["paired"]
    standard = StandardInput(
        make.program_id("preschool_grant"), "preschool", "all", "1", "2099-09-01"
    )
    payment = PaymentInput(
        student_id=paired, program_id=make.program_id("boarding_subsidy"), school_year="2025-2026",
        term=1, amount_yuan="500", paid_on=dt.date(2025, 10, 10), method="bank_card",
    )  # fmt: skip
    new_file = students.StudentFile(None, school, {"name": "新生", "stage": "primary"})
    return {
        "reveal_id": lambda: reveal(actor, "student", paired, "核对"),
        "full_id_files": lambda: listing.fetch_rows(actor, [paired], full_ids=True),
        "record_payments": lambda: record_payment(actor, payment),
        "change_standards": lambda: save_standard(actor, standard),
        "delete": lambda: students.tombstone(actor, world["other"]),
        "purge": lambda: retention.erase(actor, world["other"], ""),
        "export": lambda: export_students(actor, listing.StudentQuery(), tmp / "e.xlsx"),
        "add_student": lambda: students.save_file(actor, new_file),
        "manage_care": lambda: pairings.create(actor, world["teacher"], [world["other"]], {}),
        "manage_accounts": lambda: accounts.list_accounts(actor),
        "view_audit": lambda: audit.entries(actor, audit.AuditQuery()),
        "configure": lambda: installation.set_setting(actor, "test.key", 1),
        "backup": lambda: ledger.back_up_to(
            world["db"], tmp / "usb", actor=actor, passphrase="wrong"
        ),
        "restore": lambda: ledger.restore(tmp / "none.db", tmp / "none.fupinbak", actor=actor),
        "set_retention": lambda: retention.set_values(actor, {"conflict_days": -1}),
    }


@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_each_role_is_allowed_or_refused_by_the_service(
    world: dict, action: str, monkeypatch
) -> None:
    if action == "change_standards":  # the role is asked here; the ledger's kind apart
        monkeypatch.setattr(installation, "require_reference_editor", lambda: None)
    got = {role for role, actor in world["actors"].items() if allowed(_calls(world, actor)[action])}
    assert got == EXPECTED[action], action


def test_the_expected_table_is_the_matrix() -> None:
    """Every yes/no row of roles.MATRIX is checked above (the scoped rows below)."""
    scoped = {Do.LIST_STUDENTS, Do.EDIT_STUDENT, Do.READ_CARE_TEXT, Do.IMPORT, Do.ENROL}
    for action in Do:
        if action in scoped:
            continue
        allowed_roles = {
            r for r, s in zip(ROLES, MATRIX[action], strict=True) if s is not Scope.NONE
        }
        assert allowed_roles == EXPECTED[action.value], action


def test_who_lists_whom(world: dict) -> None:
    """ALL for the principal, the aid officer and the township; the head teacher's class
    and paired children; a teacher's paired children only."""
    seen = {
        role: set(listing.list_ids(actor, listing.StudentQuery()))
        for role, actor in world["actors"].items()
    }
    everyone = {world["paired"], world["of_class"], world["other"]}
    assert seen[PR] == seen[AO] == seen[TW] == everyone
    assert seen[HT] == {world["of_class"]}
    assert seen[TE] == {world["paired"]}
    teacher = world["actors"][TE]
    with pytest.raises(PermissionDenied):
        students.get_file(teacher, world["other"])
    assert students.get_file(teacher, world["paired"]).values["name"] == "张小红"
    # Changing a file follows the same scope.
    file = students.get_file(teacher, world["paired"])
    file.values["village"] = "柳塘村"
    students.save_file(teacher, file)
    other = students.get_file(world["actors"][PR], world["other"])
    with pytest.raises(PermissionDenied):
        students.save_file(teacher, other)


def test_who_reads_diary_and_counselling_text(world: dict) -> None:
    """The principal and the child's own teacher read it; the aid officer, the head
    teacher of another class and the township do not (the issue: the aid officer read
    counselling notes)."""
    text = {
        role: care.get_record(actor, "diary_entry", world["diary"])["what_happened"]
        for role, actor in world["actors"].items()
    }
    assert text[PR] == text[TE] == "想妈妈"
    assert text[AO] == text[HT] == text[TW] == care.RESTRICTED
    assert DiaryEntry.get_by_id(world["diary"]).what_happened == "想妈妈"
    log = AuditLog.select().where(AuditLog.table == "diary_entry")
    read = [r.action for r in log]
    assert read.count("read_care_text") == 2 and read.count("read") == 3


def test_who_imports(world: dict) -> None:
    from fupin_desktop.io.roster import RosterTable
    from fupin_desktop.services.students import roster_plan

    table = RosterTable("r.xlsx", "Sheet", 1, ["姓名"], [])
    for role, actor in world["actors"].items():
        ok = allowed(lambda a=actor: roster_plan.preview(a, table, {0: "name"}, world["school"]))
        assert ok == (role in {PR, AO, TW}), role
