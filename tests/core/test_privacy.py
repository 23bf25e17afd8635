"""Privacy at rest and an audit that is evidence (issue 15): the chained audit log,
personal values kept out of logs, private files, encrypted USB backups, accounts and
their back-off, retention and purge, IMMEDIATE write transactions."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from fupin_desktop.db import backup
from fupin_desktop.db.base import database, utcnow
from fupin_desktop.db.models import (
    AidPayment,
    AuditLog,
    ConflictLog,
    DiaryEntry,
    Guardian,
    PurgeLog,
    Student,
)
from fupin_desktop.errors import PermissionDenied, ValidationError
from fupin_desktop.logs import setup_logging
from fupin_desktop.privacy import mask_personal
from fupin_desktop.services import audit, ledger
from fupin_desktop.services.accounts import accounts, backup_key, retention
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.sync import retention as acknowledged
from fupin_desktop.sync import state
from tests import builders as make
from tests.builders import PRINCIPAL

CORE = Path(__file__).resolve().parents[2] / "fupin_desktop"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- the audit log ----------------------------------------------------------------------


def test_the_chain_shows_a_row_changed_removed_or_inserted(school_db) -> None:
    make.student(school_db.school_id, "张小红")
    audit.record(PRINCIPAL, "export", "student", details="3 rows")
    assert audit.verify().intact
    head = audit.head()
    assert head.seq == AuditLog.select().count() and len(head.sha256) == 64
    middle = AuditLog.select().order_by(AuditLog.id).offset(1).first()
    AuditLog.update(actor="别人").where(AuditLog.id == middle.id).execute()
    assert audit.verify().broken_at == middle.id
    AuditLog.update(actor=middle.actor).where(AuditLog.id == middle.id).execute()
    assert audit.verify().intact
    AuditLog.delete().where(AuditLog.id == middle.id).execute()
    assert audit.verify().broken_at == middle.id + 1
    assert audit.head() == head  # the head alone does not show it: the chain does


def test_a_row_says_who_what_and_why_without_personal_values(school_db) -> None:
    number, phone = make.id_number("20150312"), "13912345678"
    officer = make.account(make.AID_OFFICER)
    audit.record(
        officer, "void", "aid_payment", "p1", f"{number} {phone}", reason=f"打错了 {phone}",
        text="家长说孩子已转学",
    )  # fmt: skip
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert (row.actor, row.role, row.account_id) == ("赵会计", "aid_officer", officer.account_id)
    assert number not in row.details and number[-4:] in row.details
    assert phone not in row.details and phone not in row.reason
    assert "家长" not in row.details and re.search(r"sha256:[0-9a-f]{64}", row.details)
    with pytest.raises(ValueError, match="closed list"):
        audit.record(PRINCIPAL, "peeked")


def test_every_action_the_code_records_is_in_the_closed_list() -> None:
    """Every audit.record(…, "action", …) of the core names an action of the closed list
    (read from the source: a new action must be added to audit.Action on purpose)."""
    import ast

    found = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("record", "record_before_file")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                found.add(node.args[1].value)
    assert len(found) > 20 and found <= audit.ACTIONS, found - audit.ACTIONS
    assert set(audit.ACTION_LABELS) == audit.ACTIONS


def test_the_audit_row_comes_before_the_file(school_db, tmp_path: Path) -> None:
    from fupin_desktop.services.students.export import export_students
    from fupin_desktop.services.students.listing import StudentQuery

    make.student(school_db.school_id, "张小红")
    with database.atomic(), pytest.raises(RuntimeError):
        audit.record_before_file(PRINCIPAL, "export")
    before = AuditLog.select().count()

    def refuse_the_row(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    original = audit.record_many
    audit.record_many = refuse_the_row  # type: ignore[assignment]
    try:
        with pytest.raises(sqlite3.OperationalError):
            export_students(PRINCIPAL, StudentQuery(), tmp_path / "x.xlsx")
    finally:
        audit.record_many = original  # type: ignore[assignment]
    assert not (tmp_path / "x.xlsx").exists()  # no row, no file
    export_students(PRINCIPAL, StudentQuery(), tmp_path / "x.xlsx")
    assert AuditLog.select().count() == before + 1


def test_the_audit_log_is_kept_across_a_restore(school_db, db_path: Path) -> None:
    make.student(school_db.school_id, "张小红")
    saved = backup.backup_to_folder(db_path, db_path.parent / "usb")
    make.student(school_db.school_id, "李小明")
    audit.record(PRINCIPAL, "export", details="after the backup")
    rows = AuditLog.select().count()
    ledger.restore(db_path, saved, actor=make.account(PRINCIPAL))
    ledger.open_ledger(db_path)
    assert Student.select().count() == 1  # the data went back…
    actions = [r.action for r in AuditLog.select().order_by(AuditLog.id)]
    assert len(actions) == rows + 1 and actions[-1] == "restore"  # …the log did not
    assert audit.verify().intact


# --- logs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("身份证 430123201503120017", "430123201503120017"),
        ("x 43012320150312001X end", "43012320150312001X"),
        ("old 430123150312001", "430123150312001"),
        ("电话13912345678，", "13912345678"),
        ("phone 139 1234 5678", "139 1234 5678"),
        ("+86-139-1234-5678", "139-1234-5678"),
        ("座机 0731-84512345", "0731-84512345"),
        ("学籍号 G430123201503120017", "430123201503120017"),
        ("card 6222021234567890123", "6222021234567890123"),
    ],
)
def test_mask_personal_hides_ids_and_phones(text: str, hidden: str) -> None:
    masked = mask_personal(text)
    assert hidden not in masked and "*" in masked


def test_mask_personal_leaves_dates_amounts_and_ids_of_records() -> None:
    text = "2026-03-01 paid 1250.50 yuan, 12 rows, record 5f3c2a1e-0b9d-4e8f-a123-9c8b7a6d5e4f"
    assert mask_personal(text) == text


def test_the_log_file_is_private_and_masks_personal_values(tmp_path: Path) -> None:
    root = logging.getLogger()
    path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("fupin.test").warning(
            "saved %s phone %s", "430123201503120017", "13912345678"
        )
        try:
            raise ValueError("bad id 430123201503120017")
        except ValueError:
            logging.getLogger("fupin.test").exception("failed for 13912345678")
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(path)]:
            root.removeHandler(handler)
            handler.close()
    assert "430123201503120017" not in text and "13912345678" not in text
    assert "0017" in text and "ValueError" in text
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


# --- files at rest ----------------------------------------------------------------------


def test_the_ledger_and_its_backups_are_private(school_db, db_path: Path) -> None:
    assert mode(db_path) == 0o600
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or mode(wal) == 0o600
    made = ledger.back_up(db_path, reason="test").value
    assert mode(made) == 0o600 and mode(made.parent) == 0o700


def test_a_usb_backup_is_encrypted_with_the_passphrase(school_db, db_path: Path) -> None:
    make.student(school_db.school_id, "张小红")
    usb = db_path.parent / "usb"
    with pytest.raises(ValidationError):
        ledger.back_up_to(db_path, usb, actor=PRINCIPAL, passphrase="a passphrase 2026")
    with pytest.raises(ValidationError):
        backup_key.set_passphrase(PRINCIPAL, "short")
    backup_key.set_passphrase(PRINCIPAL, "a passphrase 2026")
    with pytest.raises(ValidationError):
        ledger.back_up_to(db_path, usb, actor=PRINCIPAL, passphrase="another one 2026")
    with pytest.raises(PermissionDenied):
        ledger.back_up_to(db_path, usb, actor=make.TEACHER, passphrase="a passphrase 2026")
    made = ledger.back_up_to(db_path, usb, actor=PRINCIPAL, passphrase="a passphrase 2026").value
    assert (
        b"SQLite format 3" not in made.read_bytes() and "张小红".encode() not in made.read_bytes()
    )
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made).execute("SELECT count(*) FROM student").fetchone()
    with pytest.raises(Exception, match="passphrase"):
        backup.verify_backup(made)
    backup.verify_backup(made, "a passphrase 2026")
    make.student(school_db.school_id, "李小明")
    ledger.restore(db_path, made, actor=PRINCIPAL, passphrase="a passphrase 2026")
    ledger.open_ledger(db_path)
    assert [s.name for s in Student.select()] == ["张小红"]


def test_copies_kept_aside_at_restores_rotate(school_db, db_path: Path) -> None:
    saved = backup.backup_to_folder(db_path, db_path.parent / "usb")
    retention.store({"before_restore": 2})
    for _ in range(4):
        ledger.restore(db_path, saved, actor=PRINCIPAL)
        ledger.open_ledger(db_path)
        retention.store({"before_restore": 2})  # the restored backup had the default
    assert len(ledger.kept_aside(db_path)) == 2


def test_write_transactions_begin_immediate_and_deletes_are_secure(school_db, db_path) -> None:
    assert database.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    other = sqlite3.connect(db_path, timeout=0.05)
    try:
        with database.atomic():
            database.execute_sql("SELECT 1")  # a read first: still the write lock held
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


# --- accounts ---------------------------------------------------------------------------


def test_first_account_once_pins_hashed_and_back_off(db_path: Path) -> None:
    make.install_school()
    from fupin_desktop.db.models import Account

    Account.delete().execute()
    made = accounts.create_first("王校长", "202611").value
    assert made.actor.role == "principal"
    with pytest.raises(PermissionDenied):
        accounts.create_first("李校长", "202611")
    with pytest.raises(ValidationError):
        accounts.save_account(made.actor, None, "赵会计", "aid_officer", pin="123456")  # a run
    now = utcnow()
    for _ in range(3):
        with pytest.raises(accounts.LoginRefused):
            accounts.login("王校长", "000001", now=now)
    with pytest.raises(accounts.LoginRefused) as waiting:
        accounts.login("王校长", "202611", now=now + dt.timedelta(seconds=10))
    assert waiting.value.wait == 20
    assert accounts.login("王校长", "202611", now=now + dt.timedelta(seconds=31)).name == "王校长"
    with pytest.raises(accounts.LoginRefused):
        accounts.login("无此人", "202611")


def test_a_school_has_no_township_administrator(school_db) -> None:
    with pytest.raises(ValidationError):
        accounts.save_account(PRINCIPAL, None, "镇管理员", "township", pin="202619")


# --- retention --------------------------------------------------------------------------


def _child_with_records(school_db) -> tuple[str, str]:
    teacher = make.teacher(school_db, "李老师")
    child = make.needy_student(
        school_db.school_id, "张小红", guardians=[{"name": "张父", "relation": "father",
        "id_number": make.id_number("19800101"), "phone": "13912345678"}],
    )  # fmt: skip
    make.pairing(teacher, child, dt.date(2024, 3, 1))
    make.diary_entry(child, teacher, dt.date(2024, 5, 6), what_happened="想妈妈")
    make.payment(child, "boarding_subsidy", "500", received_by="张父")
    return child, teacher


def test_erase_at_the_familys_request(school_db) -> None:
    child, _ = _child_with_records(school_db)
    before = Student.get_by_id(child).version
    with pytest.raises(ValidationError):
        retention.erase(PRINCIPAL, child, "")
    done = retention.erase(PRINCIPAL, child, "家长书面申请").value
    student = Student.get_by_id(child)
    assert student.deleted and student.name == "" and student.id_number == ""
    assert student.version != before  # a new edit: the blanked tombstone travels
    assert all(g.deleted and g.name == "" and g.phone == "" for g in Guardian.select())
    assert all(d.deleted and d.what_happened == "" for d in DiaryEntry.select())
    payment = AidPayment.get(AidPayment.student == child)
    assert not payment.deleted and payment.amount_fen == 50_000 and payment.received_by == ""
    assert done.payments == 1 and done.records >= 4
    assert PurgeLog.select().where(PurgeLog.reason == "family_request").count() == done.records
    row = AuditLog.get(AuditLog.action == "erase")
    assert row.reason == "家长书面申请" and row.record_id == child


def test_a_tombstone_is_purged_once_the_township_acknowledged_it(school_db) -> None:
    child, _ = _child_with_records(school_db)
    township = state.peer_key("township", school_db.township_code)
    state.enrol(township, {"instance": "t", "name": "柳塘镇"})
    from fupin_desktop.services.students import files

    files.tombstone(PRINCIPAL, child)
    path = Path(database.database)
    assert acknowledged.plan(path).records == 0  # not acknowledged yet: kept
    state.raise_ack(township, Student.get_by_id(child).version)
    plan = acknowledged.plan(path)
    assert plan.tombstones == {"student": [child]}
    version = Student.get_by_id(child).version
    acknowledged.purge(PRINCIPAL, path)
    student = Student.get_by_id(child)
    assert (student.name, student.id_number, student.deleted) == ("", "", True)
    assert student.version == version and student.school_id == school_db.school_id
    assert acknowledged.plan(path).records == 0
    with pytest.raises(PermissionDenied):
        acknowledged.purge(make.AID_OFFICER, path)


def test_resolved_conflicts_go_after_the_countys_days(school_db) -> None:
    old = utcnow() - dt.timedelta(days=100)
    ConflictLog.create(table="student", record_id="a", winner={}, loser={}, resolved=True,
                       resolved_at=old)  # fmt: skip
    ConflictLog.create(table="student", record_id="b", winner={}, loser={}, resolved=True,
                       resolved_at=utcnow())  # fmt: skip
    ConflictLog.create(table="student", record_id="c", winner={}, loser={}, logged_at=old)
    assert retention.clear_conflicts() == 1
    assert sorted(r.record_id for r in ConflictLog.select()) == ["b", "c"]
    with pytest.raises(PermissionDenied):
        retention.set_values(PRINCIPAL, {"conflict_days": 30})
    retention.set_values(make.TOWNSHIP_ADMIN, {"conflict_days": 0})
    assert retention.clear_conflicts() == 1


def test_os_umask_is_private_when_the_program_sets_it(tmp_path: Path) -> None:
    from fupin_desktop.fileio import use_private_umask

    old = os.umask(0o022)
    try:
        use_private_umask()
        (tmp_path / "f").write_text("x")
        assert mode(tmp_path / "f") == 0o600
    finally:
        os.umask(old)


def test_system_may_do_everything() -> None:
    assert SYSTEM.may_see_full_ids and SYSTEM.may_configure


def log_lines(handler: logging.Handler, count: int, filler: str) -> None:
    """`count` numbered lines ("line 000 …") through `handler` alone, then closed."""
    log = logging.getLogger(f"fupin.test.roll.{id(handler)}")
    log.addHandler(handler)
    log.propagate = False
    try:
        for n in range(count):
            log.warning("line %03d %s", n, filler)
    finally:
        log.removeHandler(handler)
        handler.close()


def test_the_log_rolls_over_keeping_five_private_files(tmp_path: Path) -> None:
    from fupin_desktop.logs import PrivateRotatingFileHandler

    path = tmp_path / "fupin.log"
    handler = PrivateRotatingFileHandler(path, max_bytes=200, keep=3)
    log_lines(handler, 40, "x" * 40)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["fupin.log", "fupin.log.1", "fupin.log.2", "fupin.log.3"]
    assert all(p.stat().st_size <= 200 + 60 for p in tmp_path.iterdir())
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in tmp_path.iterdir())
    assert "line 039" in path.read_text(encoding="utf-8")
    assert "line 038" in (tmp_path / "fupin.log.1").read_text(encoding="utf-8") + path.read_text(
        encoding="utf-8"
    )


def test_a_refused_roll_over_never_fails_the_work_that_logs(tmp_path: Path, monkeypatch) -> None:
    """On Windows the live log cannot be renamed while another program has it open: the
    log goes on in the same file, no logging call raises, and no older log is lost."""
    from fupin_desktop.logs import PrivateRotatingFileHandler

    path = tmp_path / "fupin.log"
    for n in (1, 2):
        path.with_name(f"fupin.log.{n}").write_text(f"old {n}\n", encoding="utf-8")
    real_replace = Path.replace

    def refuse_the_live_log(self: Path, target):  # type: ignore[no-untyped-def]
        if self.name == "fupin.log":
            raise PermissionError(13, "in use by another process")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", refuse_the_live_log)
    handler = PrivateRotatingFileHandler(path, max_bytes=300, keep=3)
    log_lines(handler, 60, "y" * 30)  # raises nothing
    text = path.read_text(encoding="utf-8")
    assert "line 000" in text and "line 059" in text
    assert path.with_name("fupin.log.1").read_text(encoding="utf-8") == "old 1\n"
    assert path.with_name("fupin.log.2").read_text(encoding="utf-8") == "old 2\n"
