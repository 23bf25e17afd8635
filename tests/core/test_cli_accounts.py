"""The command line logs in, and ends every failure in one sentence and an exit code
(issue 15): accounts, PINs and their back-off, the audit chain, reveal, erase and purge,
odd paths given as --db, a busy or read-only ledger, and two `fupin` processes writing
one ledger."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import peewee as pw
import pytest

from fupin_desktop import cli
from fupin_desktop.db import connection
from tests import builders as make
from tests.builders import CLI_INIT, fupin


def rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    return db


def test_init_makes_the_principal_and_prints_a_recovery_code(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    out = capsys.readouterr().out
    code = re.search(r"[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4}", out).group(0)
    [(name, role, pin_hash, recovery)] = rows(
        db, "SELECT name, role, pin_hash, recovery_hash FROM account"
    )
    assert (name, role) == ("王校长", "principal")
    assert pin_hash.startswith("scrypt$") and make.LOGIN_PIN not in pin_hash
    assert code not in recovery
    # The recovery code sets a new PIN once; the old code is then used up.
    new = make.pin_file("864209")
    assert fupin(db, "accounts", "recover", "--code", code.lower(), "--new-pin-file", str(new)) == 0
    assert fupin(db, "accounts", "list") == 2  # the old PIN no longer logs in
    assert cli.main(["--db", str(db), *make.login(pin="864209"), "accounts", "list"]) == 0
    args = ["accounts", "recover", "--code", code, "--new-pin-file", str(new)]
    assert fupin(db, *args) == 2


def test_every_command_logs_in(ledger: Path, capsys) -> None:
    assert cli.main(["--db", str(ledger), "sync", "status"]) == 2  # no --user: no terminal
    assert "--user" in capsys.readouterr().out
    assert cli.main(["--db", str(ledger), "--user", "王校长", "sync", "status"]) == 2
    assert "--pin-file" in capsys.readouterr().out  # no terminal to type the PIN at
    open_file = make.pin_file(make.LOGIN_PIN).with_name("open-pin")
    open_file.write_text(make.LOGIN_PIN)
    open_file.chmod(0o644)
    args = ["--db", str(ledger), "--user", "王校长", "--pin-file", str(open_file)]
    assert cli.main([*args, "sync", "status"]) == 2
    assert "chmod 600" in capsys.readouterr().out
    assert fupin(ledger, "sync", "status") == 0


def test_wrong_pins_back_off_and_are_audited(ledger: Path, capsys) -> None:
    wrong = ["--db", str(ledger), *make.login(pin="135792")]
    for _ in range(3):
        assert cli.main([*wrong, "sync", "status"]) == 2
    capsys.readouterr()
    # The fourth wrong PIN makes the next try wait: even the right PIN is refused now.
    assert cli.main([*wrong, "sync", "status"]) == 2
    assert fupin(ledger, "sync", "status") == 2
    out = capsys.readouterr().out
    # "Try again in N seconds" (said in Chinese): the first wait is 30 seconds.
    waits = [int(n) for n in re.findall(r"(\d+)", out)]
    assert waits and all(0 < n <= 30 for n in waits)
    failed = rows(ledger, "SELECT count(*) FROM audit_log WHERE action = 'login_failed'")
    assert failed == [(5,)]


def test_a_ledger_without_accounts_says_how_to_make_the_first(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    con = sqlite3.connect(db)
    con.execute("DELETE FROM account")
    con.commit()
    con.close()
    assert fupin(db, "sync", "status") == 2
    assert "accounts first" in capsys.readouterr().out
    assert fupin(db, "accounts", "first") == 0
    assert fupin(db, "sync", "status") == 0


def test_accounts_are_made_by_the_principal_and_audited(ledger: Path, capsys) -> None:
    pin = make.pin_file("975310")
    args = ["accounts", "add", "赵会计", "--role", "aid_officer", "--new-pin-file", str(pin)]
    assert fupin(ledger, *args) == 0
    capsys.readouterr()
    # A teacher's account names the teacher it is (else it would list nobody).
    assert fupin(ledger, "accounts", "add", "李老师", "--role", "teacher", "--new-pin-file",
                 str(pin)) == 2  # fmt: skip
    assert rows(ledger, "SELECT count(*) FROM account WHERE name = '李老师'") == [(0,)]
    officer = ["--db", str(ledger), *make.login("赵会计", "975310")]
    assert cli.main([*officer, "accounts", "list"]) == 2  # not the principal's right
    assert cli.main([*officer, "audit", "list"]) == 2
    assert fupin(ledger, "accounts", "disable", "赵会计") == 0
    assert cli.main([*officer, "sync", "status"]) == 2
    assert fupin(ledger, "accounts", "disable", "王校长") == 2  # the last principal stays
    assert fupin(ledger, "audit", "verify") == 0
    actions = [r[0] for r in rows(ledger, "SELECT action FROM audit_log")]
    assert actions.count("account") >= 3


def test_the_audit_chain_shows_a_row_changed_by_hand(ledger: Path, capsys) -> None:
    assert fupin(ledger, "audit", "verify") == 0
    con = sqlite3.connect(ledger)
    con.execute("UPDATE audit_log SET actor = '别人' WHERE id = 2")
    con.commit()
    con.close()
    assert fupin(ledger, "audit", "verify") == 1
    assert "2" in capsys.readouterr().out


def test_reveal_and_erase_from_the_command_line(ledger: Path, capsys) -> None:
    pin = make.pin_file("975310")
    args = ["accounts", "add", "赵会计", "--role", "aid_officer", "--new-pin-file", str(pin)]
    assert fupin(ledger, *args) == 0
    assert fupin(ledger, "demo", "--students", "30", "--seed", "2") == 0
    [(number,)] = rows(ledger, "SELECT id_number FROM student LIMIT 1")
    capsys.readouterr()
    assert fupin(ledger, "reveal", number[-6:], "--reason", "x") == 2  # digits: a whole number
    assert fupin(ledger, "reveal", number, "--reason", "办银行卡") == 0
    assert number in capsys.readouterr().out
    [(reason, details)] = rows(
        ledger, "SELECT reason, details FROM audit_log WHERE action = 'reveal'"
    )
    assert reason == "办银行卡" and number not in details
    officer = ["--db", str(ledger), *make.login("赵会计", "975310")]
    assert cli.main([*officer, "erase", number, "--reason", "家长申请"]) == 2  # principal's
    assert fupin(ledger, "erase", number, "--reason", "家长申请") == 0
    assert (
        rows(ledger, f"SELECT name, id_number, deleted FROM student WHERE id_number = '{number}'")
        == []
    )
    assert fupin(ledger, "purge", "--dry-run") == 0


def test_odd_paths_end_in_one_sentence_and_create_nothing(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.db"
    for command in (["sync", "status"], ["coverage"], ["audit", "list"], ["accounts", "list"]):
        assert fupin(missing, *command) == 2, command
        assert not missing.exists()
    out = capsys.readouterr().out
    assert str(missing) in out and "Traceback" not in out
    assert fupin(tmp_path, "sync", "status") == 2  # a folder
    assert "Traceback" not in capsys.readouterr().out


def test_busy_and_read_only_ledgers_are_said_in_words(
    ledger: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 300)
    holder = sqlite3.connect(ledger, isolation_level=None, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        assert fupin(ledger, "sync", "status") == 2  # the login's audit row waits, then…
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out = capsys.readouterr().out
    assert "忙" in out or "busy" in out
    assert "Traceback" not in out

    def read_only(*args: object, **kwargs: object) -> None:
        raise pw.OperationalError("attempt to write a readonly database")

    from fupin_desktop.services.accounts import accounts

    monkeypatch.setattr(accounts, "login", read_only)
    assert fupin(ledger, "sync", "status") == 2
    assert str(ledger) in capsys.readouterr().out

    def clash(*args: object, **kwargs: object) -> None:
        raise pw.IntegrityError("UNIQUE constraint failed: school.code")

    monkeypatch.setattr(accounts, "login", clash)
    assert fupin(ledger, "sync", "status") == 2
    assert "school.code" in capsys.readouterr().out


def test_two_fupin_processes_write_one_ledger(ledger: Path) -> None:
    """A long write (a demo in one transaction) and an account added meanwhile by a
    second process: the second waits for the first and both succeed."""
    base = [sys.executable, "-m", "fupin_desktop.cli.program", "--db", str(ledger)]
    first = subprocess.Popen(
        [*base, *make.login(), "demo", "--students", "4000", "--seed", "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wal = ledger.with_name(ledger.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and first.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    assert first.poll() is None, "the demo finished before the second process started"
    pin = make.pin_file("975310")
    second = subprocess.run(
        [*base, *make.login(), "accounts", "add", "赵会计", "--role", "aid_officer",
         "--new-pin-file", str(pin)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    first.wait(timeout=120)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Traceback" not in second.stdout + second.stderr
    # It waited and succeeded, or said in Chinese that the ledger is busy.
    assert second.returncode == 0 or "忙" in second.stdout, second.stdout + second.stderr
    assert rows(ledger, "SELECT count(*) FROM student") == [(4000,)]
