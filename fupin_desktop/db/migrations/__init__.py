"""Numbered schema migrations. Each runs once, in order, inside one transaction with the
others that are pending, after a backup copy of the file has been taken.

A migration is a file NNNN_name.sql (statements separated by ';' at line ends) or a
module NNNN_name.py with `def migrate(database) -> None`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

_HERE = Path(__file__).resolve().parent
_NAME = re.compile(r"^(\d{4})_(\w+)\.(sql|py)$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    run: Callable[[pw.Database], None]


def _sql_runner(path: Path) -> Callable[[pw.Database], None]:
    def run(database: pw.Database) -> None:
        # Not executescript(): it would commit the surrounding transaction.
        for statement in path.read_text(encoding="utf-8").split(";\n"):
            if statement.strip():
                database.execute_sql(statement)

    return run


def _python_runner(module_name: str) -> Callable[[pw.Database], None]:
    def run(database: pw.Database) -> None:
        importlib.import_module(f"{__name__}.{module_name}").migrate(database)

    return run


def all_migrations() -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(_HERE.iterdir()):
        match = _NAME.match(path.name)
        if not match:
            continue
        number, name, ext = int(match[1]), match[2], match[3]
        runner = _sql_runner(path) if ext == "sql" else _python_runner(path.stem)
        found.append(Migration(number, name, runner))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(all_migrations())
