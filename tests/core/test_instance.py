"""One program window per ledger: a claim no second window gets, which the operating
system drops when the holder dies (docs/architecture.md, "One window per ledger")."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fupin_desktop.db.instance import claim_ledger, lock_file
from fupin_desktop.errors import LedgerInUse
from tests.builders import CLI_INIT, fupin

HOLD = """
import sys, time
from pathlib import Path
from fupin_desktop.db.instance import claim_ledger
claim = claim_ledger(Path(sys.argv[1]))
print("held" if claim.held else "not held", flush=True)
time.sleep(120)
"""


def _holder(ledger: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(ledger)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_claim_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    first = claim_ledger(ledger)
    assert first.held
    with pytest.raises(LedgerInUse) as refused:
        claim_ledger(ledger)
    message = refused.value.message
    assert str(ledger) in message and str(os.getpid()) in message
    first.release()
    again = claim_ledger(ledger)
    assert again.held
    again.release()


def test_the_claim_of_a_killed_program_is_gone(tmp_path: Path) -> None:
    """A power cut or a kill leaves no claim standing: the next start is not refused."""
    ledger = tmp_path / "ledger.db"
    child = _holder(ledger)
    try:
        with pytest.raises(LedgerInUse) as refused:
            claim_ledger(ledger)
        assert str(child.pid) in refused.value.message
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert lock_file(ledger).exists()  # the file stays; its lock went with the process
    claim = claim_ledger(ledger)
    assert claim.held
    claim.release()


def test_where_no_lock_file_can_be_made_nothing_is_claimed_or_refused(tmp_path: Path) -> None:
    """A read-only stick, or a folder in the lock file's place: the claim is skipped and
    opening the ledger reports the place itself."""
    ledger = tmp_path / "ledger.db"
    lock_file(ledger).mkdir()
    claim = claim_ledger(ledger)
    assert not claim.held
    claim.release()
    assert not claim_ledger(ledger).held


def test_the_command_line_does_not_restore_under_an_open_window(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    (backups := tmp_path / "backups").mkdir()
    backup = backups / "copy.fupinbak"  # the ledger before the demo's students
    source = sqlite3.connect(db)
    target = sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()
    assert fupin(db, "demo", "--students", "30") == 0
    capsys.readouterr()
    child = _holder(db)  # the program's window, on the same ledger
    try:
        assert fupin(db, "backup", "restore", str(backup)) == 2
        out = capsys.readouterr().out
        assert "另一个" in out and "Traceback" not in out
        con = sqlite3.connect(db)
        assert con.execute("SELECT count(*) FROM student").fetchone()[0] == 30
        con.close()
        assert not list(tmp_path.glob("x.db.before-restore-*"))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert fupin(db, "backup", "restore", str(backup)) == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM student").fetchone()[0] == 0
    con.close()
