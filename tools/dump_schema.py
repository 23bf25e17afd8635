"""Print the DDL that the current models define: the start of a new migration.

python tools/dump_schema.py > fupin_desktop/db/migrations/0001_initial.sql
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fupin_desktop.db.base import database
from fupin_desktop.db.models import ALL_MODELS


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.db"
        database.init(str(path), pragmas={"foreign_keys": 1})
        database.create_tables(ALL_MODELS)
        database.close()
        con = sqlite3.connect(path)
        rows = con.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name"
        ).fetchall()
        con.close()
    for (sql,) in rows:
        print(sql + ";")


if __name__ == "__main__":
    main()
