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
from tests import builders as make
from tests.core.sync_support import export, fingerprint

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 8


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "fupin_desktop.cli.program", *args]


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_sigkill_during_import_leaves_before_or_after(tmp_path: Path) -> None:
    school = make.school_replica(tmp_path, "4301230001", "柳塘小学")
    demo.generate(SYSTEM, schools=1, students=500, seed=3)
    package = tmp_path / "up.xlsx"
    export(school, package)
    township = make.township_replica(tmp_path)
    close_database()
    pristine = tmp_path / "pristine.db"
    shutil.copy(township.path, pristine)
    before = fingerprint(pristine)

    done = tmp_path / "done.db"
    shutil.copy(pristine, done)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    subprocess.run(
        _cli("--db", str(done), *make.login(), "sync", "import", str(package), "--enrol"),
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
            _cli("--db", str(target), *make.login(), "sync", "import", str(package), "--enrol"),
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
