"""Aid at township scale (50,000 students): the entitlements and the reconciliation of
one term beside one plain SQL query that reads the same tables, and recording a signed
2,000-row sheet as paid.

    python -m benchmarks.bench_aid [--students 50000]

Targets (issue 10): entitlements + reconciliation <= 3x the plain query; the sheet
<= 2 s. The plain query is a UNION ALL of the three joins the work needs (the values in
force on the reference day, the confirmed list rows, the payments), fetched whole: the
same rows, read once, with no Python on top.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks.common import CACHE, print_table, scratch_dir, timed
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.db.models import AidProgram, AidStandard, School
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.aid import lists
from fupin_desktop.services.aid.entitlements import compute_entitlements
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.aid.sheets import record_sheet
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.context import SYSTEM

YEAR, TERM = "2025-2026", 1
SHEET_ROWS = 2000


def aid_ledger(students: int) -> Path:
    """A township of `students` with their dated history and no aid yet (no care
    records: they play no part here), cached under a name of its own schema."""
    from fupin_desktop.db.migrations import latest_version

    CACHE.mkdir(exist_ok=True)
    master = CACHE / f"aid-9-{students}-v{latest_version()}.db"
    if not master.exists():
        open_database(master)
        demo.generate(SYSTEM, students=students, seed=1, care=False, aid=False)
        close_database()
    work = scratch_dir("fupin-bench-aid-") / "ledger.db"
    shutil.copyfile(master, work)
    return work


def plain(con: sqlite3.Connection, day: dt.date) -> int:
    d = day.isoformat()
    sql = (
        "SELECT s.id, h.kind, h.value, NULL FROM student s JOIN status_history h"
        " ON h.student_id = s.id AND h.deleted = 0 AND h.start_date <= ?"
        " AND (h.end_date IS NULL OR h.end_date > ?) WHERE s.deleted = 0"
        " UNION ALL SELECT s.id, r.program_id, r.provision, r.amount_fen FROM student s"
        " JOIN aid_list_row r ON r.student_id = s.id AND r.deleted = 0"
        " JOIN aid_list l ON l.id = r.aid_list_id AND l.school_year = ? AND l.term = ?"
        " UNION ALL SELECT s.id, p.program_id, p.method, p.amount_fen FROM student s"
        " JOIN aid_payment p ON p.student_id = s.id AND p.deleted = 0"
        " AND p.school_year = ? AND p.term = ?"
    )
    return len(con.execute(sql, (d, d, YEAR, TERM, YEAR, TERM)).fetchall())


def setup() -> tuple[str, str]:
    """A cash program for every primary pupil (so one sheet has 2,000+ rows), the term's
    lists prepared and confirmed. Returns (the largest school, the program)."""
    with database.atomic():
        program = AidProgram(code="bench_grant", name="测试补助", per_term=True)
        program.save()
        AidStandard(program=program, stage="primary", condition="all", amount_fen=40_000,
                    valid_from=dt.date(2020, 9, 1)).save()  # fmt: skip
    started = time.perf_counter()
    for school in School.select():
        lists.prepare_list(SYSTEM, YEAR, TERM, school.id)
        lists.confirm_list(SYSTEM, YEAR, TERM, school.id)
    print(f"lists prepared and confirmed in {time.perf_counter() - started:.1f} s")
    best = max(
        School.select(),
        key=lambda s: len(
            lists.get_list(SYSTEM, YEAR, TERM, s.id).cash_lines(program.id)  # type: ignore[union-attr]
        ),
    )
    return best.id, program.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    args = parser.parse_args()
    path = aid_ledger(args.students)
    open_database(path)
    school_id, program_id = setup()
    day = school_calendar().reference_day(YEAR, TERM)
    con = sqlite3.connect(path)

    def ours() -> None:
        compute_entitlements(YEAR, TERM, None)
        reconcile(SYSTEM, YEAR, TERM)

    ours_ms = timed(ours, repeat=3)
    plain_ms = timed(lambda: plain(con, day), repeat=3)
    term_list = lists.get_list(SYSTEM, YEAR, TERM, school_id)
    assert term_list is not None
    lines = term_list.cash_lines(program_id)
    skip = [ln.student_id for ln in lines[SHEET_ROWS:]]
    start = time.perf_counter()
    result, _ = record_sheet(
        SYSTEM, YEAR, TERM, school_id, program_id, dt.date(2025, 10, 20), "bank_card", skip
    )
    sheet_ms = (time.perf_counter() - start) * 1000
    print_table(
        f"Aid of one term, {args.students} students",
        [
            ("entitlements + reconciliation", ours_ms, plain_ms),
            (f"record a sheet of {result.recorded} rows as paid", sheet_ms, None),
        ],
    )
    ratio = ours_ms / plain_ms
    ok = ratio <= 3 and sheet_ms <= 2000 and result.recorded == min(SHEET_ROWS, len(lines))
    print(f"\nratio {ratio:.2f} (target <= 3), sheet {sheet_ms:.0f} ms (target <= 2000): "
          f"{'OK' if ok else 'MISSED'}")  # fmt: skip
    close_database()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
