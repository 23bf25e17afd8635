"""Importing a 2,000-row roster into a township ledger of 50,000 students, beside the
floor: python-calamine reading the same file plus a plain executemany of its rows.

    python -m benchmarks.bench_roster [--students 50000] [--rows 2000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from pathlib import Path

from benchmarks.common import demo_ledger, print_table, scratch_dir
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.demo import generate as demo
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import listing
from fupin_desktop.services.students import roster_import as roster
from fupin_desktop.services.students.export import export_students


def make_roster(rows: int, folder: Path) -> Path:
    """A roster of `rows` children nobody has seen: a demo school exported to Excel."""
    source = folder / "source.db"
    open_database(source)
    demo.generate(SYSTEM, schools=1, students=rows, seed=777)
    path = folder / "roster.xlsx"
    export_students(SYSTEM, listing.StudentQuery(), path)
    close_database()
    return path


def floor(path: Path, db: Path) -> float:
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    data = book.get_sheet_by_index(0).to_python()
    con = sqlite3.connect(db)
    width = len(data[0])
    con.execute(f"CREATE TABLE floor ({', '.join(f'c{i}' for i in range(width))})")
    with con:
        con.executemany(
            f"INSERT INTO floor VALUES ({', '.join('?' * width)})",
            [[str(v) for v in row] for row in data[1:]],
        )
    con.close()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=2_000)
    args = parser.parse_args()
    folder = scratch_dir("fupin-roster-")
    path = make_roster(args.rows, folder)
    ledger = demo_ledger(args.students)
    plain_db = folder / "plain.db"
    shutil.copyfile(ledger, plain_db)
    open_database(ledger)
    school_id = students.schools()[0][0]
    start = time.perf_counter()
    table = roster.load_roster(path)
    loaded = time.perf_counter()
    checked = roster.preview(SYSTEM, table, roster.guess_mapping(table.headers), school_id)
    previewed = time.perf_counter()
    result, _ = roster.apply(SYSTEM, checked, skip_invalid=True)
    done = time.perf_counter()
    close_database()
    plain = floor(path, plain_db)
    print_table(
        f"Roster import: {args.rows} rows into {args.students} students",
        [
            ("read the workbook", (loaded - start) * 1000, None),
            ("check every row (preview)", (previewed - loaded) * 1000, None),
            ("write in one transaction (with backup)", (done - previewed) * 1000, None),
            ("whole import", (done - start) * 1000, plain),
        ],
    )
    print(f"rows: {checked.summary()}")
    print(f"written: {result.created} new, {result.updated} updated, {result.skipped} skipped")


if __name__ == "__main__":
    main()
