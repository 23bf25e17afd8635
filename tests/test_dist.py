"""The one-folder PyInstaller build starts and finds its resources (slow: ~30 s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_frozen_build_passes_self_check(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.fail("pyinstaller is not installed in the test environment")
    qm = ROOT / "resources" / "translations" / "fupin_zh_CN.qm"
    assert qm.exists(), "run `make tr-build` first (make test does)"
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "installer.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = dist / "fupin-desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    gui = subprocess.run(
        [str(folder / "fupin-desktop"), "--self-check"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert gui.returncode == 0, gui.stdout + gui.stderr
    assert "self-check: ok" in gui.stdout

    db = tmp_path / "frozen.db"
    from tests import builders as make

    # init makes the first account (--user, its PIN from a file only its owner reads).
    cli = [str(folder / "fupin"), "--db", str(db), *make.login()]
    init = subprocess.run(
        [
            *cli,
            "init",
            "--role",
            "township",
            "--township-code",
            "430123101",
            "--township-name",
            "柳塘镇",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert init.returncode == 0, init.stdout + init.stderr
    assert "柳塘镇" in init.stdout
    check = subprocess.run([*cli, "check"], capture_output=True, text=True, timeout=60, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "完整" in check.stdout or "正常" in check.stdout
