"""What packages carry for people and privacy (issue 15): the sender's audit chain head
in every manifest, kept by the receiver, which says so when a school's log went back;
the county's retention from the township; the rights to export, import and enrol."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fupin_desktop.db.models import AuditLog, PackageLedger
from fupin_desktop.errors import PermissionDenied
from fupin_desktop.services import audit
from fupin_desktop.services.accounts import retention
from fupin_desktop.sync import trust
from fupin_desktop.sync.importer import import_package, inspect
from fupin_desktop.sync.writer import export_package
from tests import builders as make
from tests.builders import AID_OFFICER, TEACHER, TOWNSHIP_ADMIN
from tests.core.sync_support import export, receive


@pytest.fixture
def pair(tmp_path: Path):
    school = make.school_replica(tmp_path, make.SCHOOL_CODE, make.SCHOOL_NAME)
    make.student(school.school_id, "张小红")
    township = make.township_replica(tmp_path)
    return school, township


def test_every_manifest_carries_the_audit_head_and_the_township_keeps_it(pair, tmp_path) -> None:
    school, township = pair
    first = export(school, tmp_path / "1.xlsx")
    school.use()
    assert first.manifest.audit_head == audit.head().as_dict()
    assert first.manifest.audit_head["seq"] == AuditLog.select().count()
    receive(township, tmp_path / "1.xlsx")
    row = PackageLedger.get(PackageLedger.package_id == first.manifest.package_id)
    assert (row.audit_seq, row.audit_sha256) == (
        first.manifest.audit_head["seq"],
        first.manifest.audit_head["sha256"],
    )
    # The school's log is cut back (its ledger swapped for an old copy, or rows deleted):
    # the township is told with the next package.
    school.use()
    # Two rows cut: the next export's row cannot be the same as the first's (within one
    # second it could be: same place in the chain, same words, same time).
    AuditLog.delete().where(AuditLog.id > first.manifest.audit_head["seq"] - 2).execute()
    export(school, tmp_path / "2.xlsx")
    township.use()
    notes = inspect(tmp_path / "2.xlsx").notes()
    before = first.manifest.audit_head["seq"]
    assert any(f"went back from row {before} to row" in note for note in notes), (before, notes)


def test_a_school_keeps_the_countys_retention_from_its_township(pair, tmp_path) -> None:
    school, township = pair
    receive(township, export(school, tmp_path / "up.xlsx").path)
    township.use()
    retention.set_values(TOWNSHIP_ADMIN, {"conflict_days": 30, "before_restore": 5})
    sent = export(township, tmp_path / "down.xlsx", to_code=make.SCHOOL_CODE)
    assert sent.manifest.retention["conflict_days"] == 30
    receive(school, tmp_path / "down.xlsx")
    assert retention.values()["conflict_days"] == 30 and retention.values()["before_restore"] == 5


def test_who_exports_imports_and_enrols(pair, tmp_path) -> None:
    school, township = pair
    school.use()
    with pytest.raises(PermissionDenied):
        export_package(TEACHER, tmp_path / "t.xlsx")
    assert not (tmp_path / "t.xlsx").exists()
    package = export(school, tmp_path / "up.xlsx").path
    township.use()
    with pytest.raises(PermissionDenied):
        import_package(TEACHER, package)
    # Enrolling (or re-keying) a sender is a principal's decision, not the aid officer's.
    offer = trust.read_offer(package)
    with pytest.raises(PermissionDenied):
        trust.enrol(AID_OFFICER, offer, offer.fingerprint)
    assert import_package(AID_OFFICER, package).value.applied
    con = sqlite3.connect(township.path)
    try:
        actions = [r[0] for r in con.execute("SELECT action FROM audit_log")]
    finally:
        con.close()
    assert "sync_import" in actions
