"""Start-up: from starting the process to an idle main window, for an empty ledger, a
school (500 students), a township (5,000) and a county-sized ledger (50,000 with a year
of care), each beside an empty PySide6 main window started the same way in the same run.

    python -m benchmarks.bench_startup [--sizes 0,500,5000,50000] [--repeat 3]
                                       [--code PATH]   (another checkout, e.g. main)

Each start is a fresh process (offscreen Qt) running the program's own start steps
(`ui.app.prepare`, `show_frame`, `open_ledger`, then the window built as the login
builds it). "Idle" is the first turn of the event loop after the main window was shown
and painted: its frame, which says the ledger is opening, before the ledger's code is
imported. "Built" is when the ledger is open (on a thread of its own) and the window
built for the person, with the home page's placeholders (the login, human time, left
out); "figures" is when the home page shows its numbers (read in the background).
Peak memory is the process's maximum resident size once the figures are shown.
Until December 2026 the window was built before it showed: "idle" then was what
"built" is now. The ledgers are generated once and cached in
/tmp/fupin-bench (the county one takes a few minutes), then migrated once to this
checkout's schema (cached under the latest migration's number), so that no measured
start migrates; each run starts on a copy that was closed cleanly, plus one county
start after an unclean shutdown (the ledger is checked on its thread while the frame
says so).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import CACHE, demo_ledger, scratch_dir

ROOT = Path(__file__).resolve().parents[1]

# Schools for each size: a school ledger, a township of 9 schools, a county-sized one.
SCHOOLS = {500: 1, 5000: 9, 50000: 40}

EMPTY_WINDOW = """
import sys, time, resource
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
window.show()
def idle():
    print({"idle": time.time() - t0, "built": time.time() - t0, "figures": time.time() - t0,
           "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

# The program's own start (ui.app.run), step by step, with three clocks added: "idle",
# the main window's frame shown (before the ledger's code is imported; it says the
# ledger is opening); "built", the ledger opened on its thread and the window built for
# the person (the login, human time, left out: the actor is the one of a session no one
# logged into, as in the GUI tests); "figures", the home page's numbers shown.
OUR_WINDOW = """
import sys, time, resource
t0 = float(sys.argv[1])
from pathlib import Path
from ui.app import open_ledger, prepare, show_frame
app = prepare(sys.argv[:1])
window = show_frame()
from PySide6.QtCore import QTimer
out = {}
def idle():
    out["idle"] = time.time() - t0
    from ui.session import Session, set_session
    path = Path(sys.argv[2])
    assert open_ledger(window, path, claim=True)
    session = Session(path)
    session.refresh()
    set_session(session)
    window.attach()
    QTimer.singleShot(0, built)
def built():
    out["built"] = time.time() - t0
    QTimer.singleShot(20, figures)
def figures():
    home = window.home_page
    tiles = getattr(getattr(home, "principal_home", None), "tiles", {})
    shown = all(t.number.text() not in ("…",) for t in tiles.values())
    if not shown and time.time() - t0 < 120:
        QTimer.singleShot(20, figures)
        return
    out["figures"] = time.time() - t0
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(out)
    window._restored = True  # no exit backup: not part of the start
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
from ui.tasks import runner
runner().shutdown()
from ui.app import release_claim
from fupin_desktop.services import ledger
ledger.close_ledger()
release_claim()
"""


def _start(script: str, code: Path, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = str(scratch_dir("fupin-xdg-"))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", script, repr(started), *args],
        cwd=code,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"start failed:\n{result.stderr[-3000:]}")
    line = result.stdout.strip().splitlines()[-1]
    return json.loads(line.replace("'", '"'))


def _empty_ledger() -> Path:
    from fupin_desktop.db.connection import close_database, open_database
    from fupin_desktop.demo.generate import DEMO_TOWNSHIP
    from fupin_desktop.services import installation
    from fupin_desktop.services.context import SYSTEM

    path = scratch_dir("fupin-bench-") / "ledger.db"
    open_database(path)
    installation.initialise(SYSTEM, DEMO_TOWNSHIP)
    close_database()
    return path


def _migrated_master(size: int) -> Path:
    """The generated ledger of `size` students at the schema of this checkout, in the
    cache under a name with the latest migration's number: the demo master may be older,
    and a start that migrates (a backup, then the schema change) is not a start to time.
    Migrated once, here, not in a measured start."""
    from fupin_desktop.db.connection import close_database, open_database
    from fupin_desktop.db.migrations import all_migrations

    schools = SCHOOLS.get(size, 9)
    latest = all_migrations()[-1].number
    master = CACHE / f"startup-{schools}-{size}-m{latest:04d}.db"
    if not master.exists():
        work = demo_ledger(size, schools=schools)  # a copy of the demo master
        work.with_name(work.name + ".open").unlink(missing_ok=True)
        open_database(work, check=False)  # runs the pending migrations
        close_database()
        partial = master.with_name(master.name + ".partial")
        shutil.copyfile(work, partial)
        partial.replace(master)
    return master


def _ledger(size: int) -> Path:
    if size == 0:
        return _empty_ledger()
    path = scratch_dir("fupin-bench-") / "ledger.db"
    shutil.copyfile(_migrated_master(size), path)
    return path


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0,500,5000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to start")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    # An installed build starts from byte-code; so do these starts.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "fupin_desktop", "ui"],
        cwd=args.code,
        capture_output=True,
        check=False,
    )
    print(f"\nStart to idle main window (median of {args.repeat}; seconds; code {args.code})")
    print(
        f"{'ledger':<34} {'MB':>6} {'idle':>6} {'empty':>6} {'ratio':>6}"
        f" {'built':>6} {'ratio':>6} {'figures':>8} {'peak MB':>8}"
    )
    for size in sizes:
        path = _ledger(size)
        rows = [(f"{size} students" if size else "empty ledger", path, False)]
        if size == max(sizes) and size:
            rows.append((f"{size}, after an unclean shutdown", path, True))
        for name, ledger, unclean in rows:
            ours, empty = [], []
            _start(EMPTY_WINDOW, args.code)  # warm-up: the files in the page cache
            for _ in range(args.repeat):
                if unclean:
                    ledger.with_name(ledger.name + ".open").write_text("bench\n")
                empty.append(_start(EMPTY_WINDOW, args.code))
                ours.append(_start(OUR_WINDOW, args.code, str(ledger)))
            idle, floor = _median(ours, "idle"), _median(empty, "idle")
            built = _median(ours, "built")
            mb = ledger.stat().st_size / 1e6
            print(
                f"{name:<34} {mb:6.0f} {idle:6.2f} {floor:6.2f} {idle / floor:6.2f}"
                f" {built:6.2f} {built / floor:6.2f}"
                f" {_median(ours, 'figures'):8.2f} {max(r['rss_mb'] for r in ours):8.0f}",
                flush=True,
            )
        shutil.rmtree(path.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
