"""Student list at township scale (50,000 students): a search keystroke to the first
screen of rows, sorting by a column; each beside the same query in plain sqlite3.

    python -m benchmarks.bench_students [--students 50000]
"""

from __future__ import annotations

import argparse
import sqlite3

from benchmarks.common import demo_ledger, print_table, timed
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.services.context import SYSTEM
from fupin_desktop.services.students import listing

SCREEN = 40  # rows on the first screen


def first_screen(query: listing.StudentQuery) -> None:
    ids = listing.list_ids(SYSTEM, query)
    listing.fetch_rows(SYSTEM, ids[:SCREEN])


def plain_first_screen(con: sqlite3.Connection, where: str, params: tuple, order: str) -> None:
    ids = [
        r[0]
        for r in con.execute(
            f"SELECT id FROM student WHERE deleted = 0 AND {where} ORDER BY {order}", params
        )
    ]
    marks = ",".join("?" * len(ids[:SCREEN]))
    con.execute(
        f"SELECT s.*, sc.name FROM student s JOIN school sc ON sc.id = s.school_id "
        f"WHERE s.id IN ({marks})",
        ids[:SCREEN],
    ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=50_000)
    args = parser.parse_args()
    path = demo_ledger(args.students)
    open_database(path)
    con = sqlite3.connect(path)
    order = "name_pinyin, id"
    cases = [
        (
            "search 'z' (pinyin initials)",
            "z",
            "(name_initials LIKE 'z%' OR name_pinyin LIKE '%z%')",
        ),
        ("search 'zs'", "zs", "(name_initials LIKE 'zs%' OR name_pinyin LIKE '%zs%')"),
        ("search '张'", "张", "(name LIKE '%张%' OR student_no LIKE '%张%')"),
        (
            "search '4301' (ID digits)",
            "4301",
            "(id_number LIKE '%4301%' OR student_no LIKE '%4301%')",
        ),
        ("no search, all students", "", "1"),
    ]
    rows = []
    for name, text, where in cases:
        ours = timed(lambda t=text: first_screen(listing.StudentQuery(search=t)))
        plain = timed(lambda w=where: plain_first_screen(con, w, (), order))
        rows.append((name, ours, plain))
    for key, column in (
        ("grade", "grade"),
        ("id_number", "id_number"),
        ("class_name", "class_name"),
    ):
        ours = timed(lambda k=key: first_screen(listing.StudentQuery(sort=k, descending=True)), 5)
        plain = timed(
            lambda c=column: plain_first_screen(con, "1", (), f"{c} DESC, name_pinyin, id"), 5
        )
        rows.append((f"sort by {key} (descending)", ours, plain))
    print_table(f"Student list, {args.students} students", rows)
    con.close()
    close_database()


if __name__ == "__main__":
    main()
