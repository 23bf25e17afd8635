"""Shared set-up for the scale benchmarks: a demo township ledger, cached between runs."""

from __future__ import annotations

import atexit
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM

CACHE = Path(tempfile.gettempdir()) / "fupin-bench"


def scratch_dir(prefix: str) -> Path:
    """A new temporary folder, removed when the benchmark's process ends (normally or by
    an error): a copy of a county-sized ledger is ~700 MB, and a run must not leave one
    in the temporary folder every time. Only the cache (CACHE) stays between runs."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def demo_ledger(students: int, schools: int = 9, seed: int = 1) -> Path:
    """A copy of a generated township ledger (generated once, then copied)."""
    CACHE.mkdir(exist_ok=True)
    master = CACHE / f"demo-{schools}-{students}-{seed}.db"
    if not master.exists():
        open_database(master)
        demo.generate(SYSTEM, schools=schools, students=students, seed=seed)
        close_database()
    work = scratch_dir("fupin-bench-") / "ledger.db"
    shutil.copyfile(master, work)
    return work


def timed(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time of `fn` in milliseconds (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def print_table(title: str, rows: list[tuple[str, float, float | None]]) -> None:
    print(f"\n{title}")
    print(f"{'measure':<44} {'ours ms':>9} {'plain ms':>9} {'ratio':>6}")
    for name, ours, plain in rows:
        ratio = f"{ours / plain:6.2f}" if plain else "     -"
        plain_text = f"{plain:9.1f}" if plain is not None else "        -"
        print(f"{name:<44} {ours:9.1f} {plain_text} {ratio}")
