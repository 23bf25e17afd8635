"""Run the test suite one test file per pytest process, several processes at once.

Why not pytest-xdist: when a worker process dies (a segmentation fault inside Qt, or
pytest-timeout ending a test stuck in Qt's event loop), xdist's controller waited for the
dead worker's tests for ever and CI ran into its time limit. Here a dying process fails
its own file, with its output, and the rest of the run goes on. A file's module fixtures
(demo ledgers) are still built once, and GUI and core tests never share a process.

    python tools/test_files.py [-j N] [--timeout S] [PATH ...] [-- PYTEST ARGS]

Longest files start first (the durations of the last run, kept in .pytest_cache, else
those in tests/file-durations.json), so the workers end together.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMES = ROOT / ".pytest_cache" / "file-durations.json"
# On a fresh clone (CI), the durations measured when this file was last refreshed.
KNOWN = ROOT / "tests" / "file-durations.json"
SUMMARY = re.compile(r"(\d+ (?:passed|failed|errors?|skipped|deselected)\b.*?) in [\d.]+s")


@dataclass
class Outcome:
    path: str
    code: int
    seconds: float
    output: str

    @property
    def summary(self) -> str:
        found = SUMMARY.findall(self.output)
        return found[-1] if found else "no summary"


def test_files(paths: list[str]) -> list[str]:
    found: list[str] = []
    for name in paths or ["tests"]:
        path = Path(name)
        if path.is_dir():
            found += sorted(str(p.relative_to(ROOT)) for p in (ROOT / path).rglob("test_*.py"))
        else:
            found.append(name)
    return found


def known_times() -> dict[str, float]:
    times: dict[str, float] = {}
    for path in (KNOWN, TIMES):
        try:
            times.update(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            pass
    return times


def run_file(path: str, extra: list[str], timeout: float) -> Outcome:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", path, *extra]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        code, output = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        code, output = 124, out + f"\n{path}: still running after {timeout:.0f} s, stopped\n"
    return Outcome(path, code, time.monotonic() - started, output)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=1200, help="seconds a file may take")
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    files = test_files(args.paths)
    times = known_times()
    files.sort(key=lambda f: times.get(f, 30.0), reverse=True)
    started = time.monotonic()
    outcomes: list[Outcome] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_file, f, extra, args.timeout) for f in files]
        for future in as_completed(futures):
            outcome = future.result()
            outcomes.append(outcome)
            # pytest's 5 is "no tests collected" (a -m filter left none in this file)
            good = outcome.code in (0, 5)
            mark = "ok  " if good else "FAIL"
            print(f"{mark} {outcome.seconds:6.1f}s  {outcome.path}  {outcome.summary}", flush=True)
            if not good:
                print(outcome.output[-20000:], flush=True)
    times.update({o.path: round(o.seconds, 1) for o in outcomes})
    TIMES.parent.mkdir(exist_ok=True)
    TIMES.write_text(json.dumps(times, indent=0, sort_keys=True), encoding="utf-8")
    failed = [o for o in outcomes if o.code not in (0, 5)]
    wall = time.monotonic() - started
    print(f"\n{len(files)} files, {len(failed)} failed, {wall:.0f} s with {args.jobs} jobs")
    for outcome in failed:
        print(f"FAILED {outcome.path}  {outcome.summary}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
