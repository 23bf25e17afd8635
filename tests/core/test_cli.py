"""The command line: init, demo, check, backup; and a kill in the middle of a large write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fupin_desktop import cli
from tests import builders as make
from tests.builders import CLI_INIT, fupin


def run_fupin(db: Path, *args: str, **kwargs) -> subprocess.Popen:
    command = [sys.executable, "-m", "fupin_desktop.cli.program", "--db", str(db)]
    return subprocess.Popen(
        [*command, *make.login(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_init_demo_check(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    assert fupin(db, "demo", "--students", "300", "--seed", "3") == 0
    assert fupin(db, "check") == 0
    out = capsys.readouterr().out
    assert "柳塘小学" in out
    assert count(db, "student") == 300


def test_init_refuses_bad_code(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    bad = [*CLI_INIT]
    bad[bad.index("4301230001")] = "12345"
    assert fupin(db, *bad) == 2
    assert "10" in capsys.readouterr().out
    assert count(db, "installation") == 0


def test_check_reports_damage_and_foreign_keys(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(
        "INSERT INTO guardian (id, created_at, updated_at, deleted, version, student_id, name,"
        " relation, id_number, phone, address, entrusted)"
        " VALUES ('g1', '2024-01-01', '2024-01-01', 0, '{}', 'no-such-student', '王某',"
        " 'father', '', '', '', 0)"
    )
    con.commit()
    con.close()
    assert fupin(db, "check") == 1
    assert "guardian" in capsys.readouterr().out

    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    assert fupin(junk, "check") == 1
    assert fupin(tmp_path / "missing.db", "check") == 2


def test_backup_create_and_restore(tmp_path: Path, capsys) -> None:
    db = tmp_path / "x.db"
    phrase = make.pin_file("backup passphrase 2026")
    assert fupin(db, *CLI_INIT) == 0
    # No passphrase set yet: a backup to a folder is refused, in words.
    assert (
        fupin(db, "backup", "create", str(tmp_path / "usb"), "--passphrase-file", str(phrase)) == 2
    )
    assert "passphrase" in capsys.readouterr().out
    assert fupin(db, "backup", "passphrase", "--passphrase-file", str(phrase)) == 0
    assert (
        fupin(db, "backup", "create", str(tmp_path / "usb"), "--passphrase-file", str(phrase)) == 0
    )
    (backup_file,) = (tmp_path / "usb").glob("*.fupinbak")
    # Encrypted: SQLite cannot open what is on the stick.
    with pytest.raises(sqlite3.DatabaseError):
        count(backup_file, "student")
    assert fupin(db, "demo", "--students", "50") == 0
    assert count(db, "student") == 50
    assert fupin(db, "backup", "restore", str(backup_file)) == 2  # no passphrase given
    wrong = make.pin_file("not the passphrase")
    assert fupin(db, "backup", "restore", str(backup_file), "--passphrase-file", str(wrong)) == 2
    assert count(db, "student") == 50
    assert fupin(db, "backup", "restore", str(backup_file), "--passphrase-file", str(phrase)) == 0
    assert count(db, "student") == 0
    kept = list(tmp_path.glob("x.db.before-restore-*"))
    assert kept and count(kept[0], "student") == 50
    assert fupin(db, "check") == 0
    # The audit log was kept across the restore: the demo's row and the restore's are there.
    con = sqlite3.connect(db)
    actions = [r[0] for r in con.execute("SELECT action FROM audit_log ORDER BY id")]
    con.close()
    assert "demo_data" in actions and actions[-1] == "restore"


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    assert fupin(db, "demo", "--students", "20") == 0
    bad = tmp_path / "bad.fupinbak"
    bad.write_bytes(db.read_bytes()[:3000])
    assert fupin(db, "backup", "restore", str(bad)) == 2
    assert count(db, "student") == 20
    assert not list(tmp_path.glob("x.db.before-restore-*"))


def test_help_is_complete(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("init", "demo", "check", "backup"):
        assert command in out


def test_the_command_line_speaks_chinese_in_its_own_words_too(capsys) -> None:
    import argparse
    import gettext

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：fupin")
    assert "选项" in out and "显示此帮助信息并退出" in out and "显示程序版本号并退出" in out
    assert "usage:" not in out and "options:" not in out
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["bogus"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "fupin：错误：" in err and "无效的选择：'bogus'" in err
    with pytest.raises(SystemExit):
        cli.main(["init", "--role", "school"])
    assert "缺少必需的参数：--township-code" in capsys.readouterr().err
    # argparse is given back as it was (pytest and others use it too).
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]


def test_progress_goes_to_stderr_only_on_a_terminal(tmp_path: Path, capsys, monkeypatch) -> None:
    from fupin_desktop.cli import common

    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    capsys.readouterr()
    assert fupin(db, "demo", "--schools", "1", "--students", "40", "--seed", "2") == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # a pipe or a log file: no carriage-return lines
    assert "40" in captured.out
    monkeypatch.setattr(common.sys.stderr, "isatty", lambda: True, raising=False)
    common.progress(0.5, "写入")
    common.progress_done()
    assert capsys.readouterr().err == "\r 50%  写入\n"


def test_kill_during_large_write_leaves_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL in the middle of a 20,000-student demo: afterwards `check` passes and the
    students are either all there or none."""
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    wal = db.with_name(db.name + "-wal")
    proc = run_fupin(db, "demo", "--students", "20000", "--seed", "9")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the demo finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert fupin(db, "check") == 0
    assert count(db, "student") in (0, 20000)
    assert count(db, "student") == 0  # killed before commit: nothing half-written


def test_every_placeholder_of_every_command_is_in_chinese() -> None:
    """Usage lines and help show 文件, 学校代码…, never FILE or SCHOOL_CODE (issue 17)."""
    import argparse
    import re

    from fupin_desktop.cli.program import build_parser
    from fupin_desktop.i18n import install_ts_translator
    from fupin_desktop.paths import zh_cn_ts

    install_ts_translator(zh_cn_ts())
    english: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{path} {name}")
            shown = action.metavar
            if action.nargs == 0 or (shown is None and action.choices is not None):
                continue
            if shown is None:
                shown = action.dest if not action.option_strings else action.dest.upper()
            if re.search(r"[A-Za-z]{2,}", str(shown).replace(".pdf", "")):
                english.append(f"{path}: {shown}")

    walk(build_parser(), "fupin")
    assert not english, english


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`fupin … | head -1`: the reader closes the pipe before the command has printed;
    the command ends quietly (exit 1), with no BrokenPipeError traceback."""
    db = tmp_path / "x.db"
    assert fupin(db, *CLI_INIT) == 0
    proc = run_fupin(db, "rules")
    proc.stdout.close()  # before the program has started printing
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert proc.returncode == 1
