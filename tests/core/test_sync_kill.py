"""An import killed with SIGKILL at any moment leaves the ledger as it was before or as
it is after, never in between, and `fupin check` passes."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fupin_desktop.db.connection import close_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.sync.cards import make_route_password
from fupin_desktop.sync.writer import EXCEL_PASSWORD
from tests import builders as make
from tests.builders import PRINCIPAL
from tests.core.sync_support import export, fingerprint, introduce

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 8


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "fupin_desktop.cli.program", *args]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_import_leaves_before_or_after(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=500, seed=3)
    township = make.township_replica(tmp_path)
    package = tmp_path / "up.fpkg"
    export(school, package)  # the two enrol each other's keys first
    close_database()
    pristine = tmp_path / "pristine.db"
    shutil.copy(township.path, pristine)
    before = fingerprint(pristine)

    done = tmp_path / "done.db"
    shutil.copy(pristine, done)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    subprocess.run(
        _cli("--db", str(done), *make.login(), "sync", "import", str(package)),
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    duration = time.monotonic() - started
    after = fingerprint(done)
    assert after != before

    rng = random.Random(6)
    outcomes = set()
    for trial in range(TRIALS):
        target = tmp_path / f"trial{trial}.db"
        shutil.copy(pristine, target)
        process = subprocess.Popen(
            _cli("--db", str(target), *make.login(), "sync", "import", str(package)),
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        check = subprocess.run(
            _cli("--db", str(target), "check"), env=env, capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
        state = fingerprint(target)
        assert state in (before, after), f"trial {trial}: between before and after"
        outcomes.add("before" if state == before else "after")
    assert "before" in outcomes  # the kills did land inside the import


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("protection", ["sealed", "excel_password"])
def test_a_killed_export_leaves_nothing_in_the_temp_folder(tmp_path: Path, protection: str) -> None:
    """openpyxl would write the sheets into the system's temporary folder, where a killed
    export leaves them (minors' data in clear): a sealed or encrypted package's sheets
    wait nowhere but in memory, and the next export removes what a killed one left."""
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=300, seed=3)
    introduce(school, make.township_replica(tmp_path))
    extra = []
    if protection == "excel_password":
        school.use()
        make_route_password(PRINCIPAL, None, tmp_path / "card.pdf")
        extra = ["--excel-password"]
    close_database()
    temp = tmp_path / "tmpdir"
    usb = tmp_path / "usb"
    temp.mkdir()
    usb.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "TEMP": str(temp)}
    args = ["--db", str(school.path), *make.login(), "sync", "export", "--full", *extra]
    started = time.monotonic()
    subprocess.run(_cli(*args, "-o", str(usb / "whole.fpkg")), check=True, env=env)
    duration = time.monotonic() - started
    rng = random.Random(7)
    for trial in range(4):
        process = subprocess.Popen(
            _cli(*args, "-o", str(usb / f"killed{trial}.fpkg")),
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.4, 0.9) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert not list(temp.iterdir()), f"trial {trial}: {list(temp.iterdir())}"
        for part in _partials(usb):  # never a plaintext sheet on the drive either
            assert b"<row" not in part.read_bytes()
    subprocess.run(_cli(*args, "-o", str(usb / "after.fpkg")), check=True, env=env)
    assert not _partials(usb)  # the next export removed what the killed ones left
    assert not list(temp.iterdir())


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_kill_at_the_rename_never_reuses_the_number(tmp_path: Path) -> None:
    """Killed after the ledger recorded the package and before it got its name: the next
    export takes a new number (the township sees one package missing, never one number
    twice)."""
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    make.township_replica(tmp_path)
    make.student_row(school, "张三")
    first = export(school, tmp_path / "p1.xlsx").manifest.sequence  # keys enrolled first
    close_database()
    script = (
        "import os, signal, sys\n"
        "from fupin_desktop.sync import writer\n"
        "writer.publish = lambda tmp, path: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from fupin_desktop.cli.program import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run(
        [sys.executable, "-c", script, "--db", str(school.path), *make.login(), "sync",
         "export", "-o", str(tmp_path / "p2.xlsx")],
        env=env, capture_output=True,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    assert not (tmp_path / "p2.xlsx").exists()
    assert _partials(tmp_path)  # the finished package under its temporary name
    third = export(school, tmp_path / "p3.xlsx").manifest.sequence
    assert third == first + 2
    assert not _partials(tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_encrypted_import_leaves_no_decrypted_workbook(tmp_path: Path) -> None:
    """The workbook a password or the receiver's key opens is read in memory, never
    written to a disk."""
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=300, seed=3)
    township = make.township_replica(tmp_path)
    introduce(school, township)
    school.use()
    password = make_route_password(PRINCIPAL, None, tmp_path / "card.pdf").value
    packages = [tmp_path / "up.xlsx", tmp_path / "up.fpkg"]
    export(school, packages[0], protection=EXCEL_PASSWORD)
    export(school, packages[1], full=True)  # sealed
    close_database()
    secret = tmp_path / "password.txt"
    secret.write_text(f"{password}\n", encoding="utf-8")
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "TEMP": str(temp)}
    for package in packages:
        _kill_the_import(township, package, secret, env, temp, tmp_path)


def _kill_the_import(
    township: make.Replica, package: Path, secret: Path, env: dict, temp: Path, folder: Path
) -> None:
    args = ["--db", str(township.path), *make.login(), "sync", "import", str(package),
            "--password-file", str(secret), "--dry-run"]  # fmt: skip
    started = time.monotonic()
    subprocess.run(_cli(*args), check=True, env=env, capture_output=True)
    duration = time.monotonic() - started
    rng = random.Random(8)
    for trial in range(3):
        process = subprocess.Popen(
            _cli(*args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.4, 0.9) * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert not list(temp.iterdir()), f"trial {trial}"
        assert not _partials(folder)
