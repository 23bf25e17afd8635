"""Helpers for the sync tests (no tests here): export and import as the principal, and
what a replica holds. The replicas themselves (separate ledger files, switched with
open_database: the peewee handle is one global) come from tests/builders.py."""

from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fupin_desktop.db.base import database
from fupin_desktop.db.models import School
from fupin_desktop.sync.importer import ImportResult, import_package
from fupin_desktop.sync.tables import is_reference, scope_sql, sync_tables
from fupin_desktop.sync.writer import ExportResult, export_package
from tests.builders import PRINCIPAL, Replica


def export(replica: Replica, path: Path, **kwargs: Any) -> ExportResult:
    replica.use()
    return export_package(PRINCIPAL, path, **kwargs).value


def receive(replica: Replica, path: Path, **kwargs: Any) -> ImportResult:
    replica.use()
    kwargs.setdefault("enrol", True)
    return import_package(PRINCIPAL, path, **kwargs).value


def paired(folder: Path, code: str = "4301230001") -> tuple[Replica, Replica, str]:
    """A school and its township that both hold one student, 张三 of 柳塘村一组, after a
    package each way."""
    from tests import builders as make

    school = make.school_replica(folder, code, "柳塘小学")
    township = make.township_replica(folder)
    student_id = make.student_row(school, "张三", address="柳塘村", village_group="一组")
    export(school, folder / "p0.xlsx")
    receive(township, folder / "p0.xlsx")
    export(township, folder / "d0.xlsx", to_code=code)
    receive(school, folder / "d0.xlsx")
    return school, township, student_id


class TwoSchools:
    """A township and two of its schools, each enrolled by a package each way, so that
    each school knows the township's schools (a handover's route). `up(school)` carries
    a package from the school to the township, `down(school)` one back; each file is
    numbered in `folder`."""

    def __init__(self, folder: Path, a: Replica, b: Replica) -> None:
        from tests import builders as make

        self.folder, self.a, self.b = folder, a, b
        self.t = make.township_replica(folder)
        self.n = 0
        for school in (a, b):
            self.up(school)
        for school in (a, b):
            self.down(school)

    def _path(self, name: str) -> Path:
        self.n += 1
        return self.folder / f"{self.n:02d}-{name}.xlsx"

    def up(self, school: Replica) -> Path:
        path = self._path(f"up-{school.code}")
        export(school, path)
        receive(self.t, path)
        return path

    def down(self, school: Replica) -> Path:
        path = self._path(f"down-{school.code}")
        export(self.t, path, to_code=school.code)
        receive(school, path)
        return path


def edit_student(replica: Replica, student_id: str, **values: Any) -> None:
    """Change fields of a student in `replica`, as one save (one edit)."""
    from fupin_desktop.db.models import Student

    replica.use()
    student = Student.get_by_id(student_id)
    for key, value in values.items():
        setattr(student, key, value)
    student.save()


def rows_of(replica: Replica, school_code: str | None, *, school_text: bool = False) -> dict:
    """{table: {id: {column: value}}} of one school's records and the reference data
    (all records when school_code is None), in stored form; the text that stays at
    school only with `school_text`."""
    replica.use()
    school = School.get_or_none(School.code == school_code) if school_code else None
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for table in sync_tables():
        keys = [c.key for c in table.columns if school_text or not c.stays_at_school]
        sql = f'SELECT {", ".join(chr(34) + k + chr(34) for k in keys)} FROM "{table.name}" AS t'
        params: list[Any] = []
        condition = scope_sql(table)
        if school_code is not None and condition is not None:
            if school is None:
                out[table.name] = {}
                continue
            sql += f" WHERE {condition}"
            params.append(school.id)
        out[table.name] = {
            row[0]: dict(zip(keys, row, strict=True)) for row in database.execute_sql(sql, params)
        }
    return out


def reference_rows(replica: Replica) -> dict:
    everything = rows_of(replica, None)
    return {t.name: everything[t.name] for t in sync_tables() if is_reference(t)}


def fingerprint(path: Path) -> str:
    """A hash of every travelling row and of the sync bookkeeping of a ledger file."""
    import sqlite3

    digest = hashlib.sha256()
    con = sqlite3.connect(str(path))
    try:
        for table in [t.name for t in sync_tables()] + ["conflict_log"]:
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        for query in (
            "SELECT package_id, sequence FROM package_ledger ORDER BY 1",
            # An enrolment records when it happened: the time is no content.
            "SELECT key, CASE WHEN key LIKE 'sync.peer.%' THEN json_extract(value, "
            "'$.instance_id') ELSE value END FROM setting ORDER BY 1",
            "SELECT counter FROM installation",
        ):
            for row in con.execute(query):
                digest.update(repr(row).encode())
    finally:
        con.close()
    return digest.hexdigest()


@contextlib.contextmanager
def packages_without_excel() -> Iterator[None]:
    """Packages written and read without the workbook: the writer's sheets (the stored
    values its rows yield, the manifest it signs) are pickled to the package's path, and
    read back as the reader would return them. Everything else of export and import runs
    as it does (selection, manifest, checks, merge); the cells themselves are tested by
    the round-trip tests. For the property tests, where openpyxl would take most of the
    time."""
    from fupin_desktop.io import xlsx
    from fupin_desktop.sync import importer, writer
    from fupin_desktop.sync.manifest import Manifest
    from fupin_desktop.sync.reader import Package, TableData
    from fupin_desktop.sync.tables import table_by_name

    @contextlib.contextmanager
    def written_book(path: Path, sheets: Any, cancel: Any, **_: Any) -> Iterator[Path]:
        # In order: the data sheets' rows are generated (and hashed) before the manifest.
        book = {item.spec.title: [tuple(row) for row in item.spec.rows] for item in sheets}
        tmp = Path(path).with_name(f".{Path(path).name}.pickle.partial")
        tmp.write_bytes(pickle.dumps(book))
        try:
            yield tmp
        finally:
            tmp.unlink(missing_ok=True)

    def read_package(path: Path, cancel: Any = None, **_: Any) -> Package:
        book = pickle.loads(Path(path).read_bytes())
        manifest_rows = list(book.values())[-1]
        manifest = Manifest.from_dict({key: json.loads(value) for key, value, _ in manifest_rows})
        tables = []
        for entry in manifest.sheets:
            table = table_by_name(entry.table)
            assert table is not None
            rows = next(r for t, r in book.items() if xlsx.sheet_title(t) == entry.sheet)
            columns = [table.column(key) for key in entry.columns]
            tables.append(TableData(table, columns, rows, list(range(2, 2 + len(rows)))))
        return Package(Path(path), manifest, tables)

    saved = writer.written_book, importer.read_package
    writer.written_book, importer.read_package = written_book, read_package
    try:
        yield
    finally:
        writer.written_book, importer.read_package = saved
