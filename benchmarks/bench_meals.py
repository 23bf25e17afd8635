"""A year of daily meal registers for a 2,000-pupil township school (≈ 200 school days ×
40 classes) written and summarised per term, beside the floor: a plain executemany of
the same rows into a bare table plus one GROUP BY (issue 13).

    python -m benchmarks.bench_meals [--pupils 2000] [--classes 40] [--days 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.common import print_table
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.services import installation
from fupin_desktop.services.activities import meals
from fupin_desktop.services.activities.periods import term_period
from fupin_desktop.services.context import SYSTEM

YEAR = "2024-2025"


def school_days(count: int) -> list[dt.date]:
    days: list[dt.date] = []
    for term in (1, 2):
        period = term_period(YEAR, term)
        day = period.start
        while day <= period.end and len(days) < count * term // 2:
            if day.weekday() < 5:
                days.append(day)
            day += dt.timedelta(days=1)
    return days


def registers(school_id: str, pupils: int, classes: int, days: list[dt.date]) -> list[dict]:
    rng = random.Random(13)
    size = pupils // classes
    ids = [[f"{c:02d}-{p:03d}-0000-0000-000000000000" for p in range(size)] for c in range(classes)]
    found = []
    for day in days:
        for c in range(classes):
            absent = {i for i in ids[c] if rng.random() < 0.02}
            marked = {i for i in ids[c][: size // 4]} - absent
            found.append(
                {
                    "school_id": school_id,
                    "meal_date": day,
                    "grade": c // 6 + 1,
                    "class_name": f"{c % 6 + 1}班",
                    "enrolled": size,
                    "served": size - len(absent),
                    "left_behind_served": len(marked) // 2,
                    "needy_served": len(marked) - len(marked) // 2,
                    "marked": marked,
                    "absent": absent,
                }
            )
    return found


def ours(folder: Path, batch: list[dict]) -> float:
    path = folder / "ours.db"
    open_database(path)
    installation.initialise(
        SYSTEM,
        installation.SetupForm(
            role="school",
            township_code="430123101",
            township_name="柳塘镇",
            school_code="4301230001",
            school_name="柳塘镇中心小学",
            school_type="nine_year",
        ),
    )
    school_id = installation.current().school_id
    for r in batch:
        r["school_id"] = school_id
    start = time.perf_counter()
    with database.atomic():
        meals.write_registers(batch)
    for term in (1, 2):
        totals = meals.term_summary(SYSTEM, YEAR, term)
        assert totals and sum(t.days for t in totals) > 0
    elapsed = (time.perf_counter() - start) * 1000
    close_database()
    return elapsed


def plain(folder: Path, batch: list[dict]) -> float:
    import json

    con = sqlite3.connect(folder / "plain.db")
    con.execute(
        "CREATE TABLE m (id TEXT PRIMARY KEY, school_id TEXT, meal_date TEXT, grade INT,"
        " class_name TEXT, enrolled INT, served INT, lb INT, needy INT, marked TEXT, absent TEXT)"
    )
    start = time.perf_counter()
    rows = [
        (
            f"{n}",
            r["school_id"],
            r["meal_date"].isoformat(),
            r["grade"],
            r["class_name"],
            r["enrolled"],
            r["served"],
            r["left_behind_served"],
            r["needy_served"],
            json.dumps(sorted(r["marked"])),
            json.dumps(sorted(r["absent"])),
        )
        for n, r in enumerate(batch)
    ]
    with con:
        con.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    for term in (1, 2):
        period = term_period(YEAR, term)
        con.execute(
            "SELECT school_id, grade, class_name, count(DISTINCT meal_date), sum(served),"
            " sum(lb), sum(needy), sum(enrolled) FROM m WHERE meal_date BETWEEN ? AND ?"
            " GROUP BY school_id, grade, class_name",
            (period.start.isoformat(), period.end.isoformat()),
        ).fetchall()
    elapsed = (time.perf_counter() - start) * 1000
    con.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--classes", type=int, default=40)
    parser.add_argument("--days", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        open_database(folder / "calendar.db")  # the calendar reads its term setting
        days = school_days(args.days)
        batch = registers("", args.pupils, args.classes, days)
        close_database()
        base = plain(folder, batch)
        mine = ours(folder, batch)
    label = f"{len(batch):,} registers ({len(days)} days x {args.classes} classes)"
    print_table(
        "Meal register: a year written, then summarised per term",
        [(label + ", write + 2 summaries", mine, base)],
    )
    print(f"ratio {mine / base:.2f} (issue 13 asks <= 3)")


if __name__ == "__main__":
    main()
