"""Helpers for the sync tests (no tests here): export and import as the principal, the
principals enrolling each other's keys (docs/architecture.md, "Trust"), opening a sealed
package as its receiver, and what a replica holds. The replicas themselves (separate
ledger files, switched with open_database: the peewee handle is one global) come from
tests/builders.py."""

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
from fupin_desktop.services import installation
from fupin_desktop.sync import seal, state, trust
from fupin_desktop.sync.importer import ImportResult, import_package
from fupin_desktop.sync.tables import is_reference, scope_sql, sync_tables
from fupin_desktop.sync.writer import ExportResult, export_package
from tests.builders import PRINCIPAL, Replica


def enrol(replica: Replica, key_file: Path) -> None:
    """At `replica`, a principal enrols the key in `key_file` after comparing its
    fingerprint with the peer's card (here: the fingerprint the file's key has)."""
    replica.use()
    offer = trust.read_offer(key_file)
    trust.enrol(PRINCIPAL, offer, offer.fingerprint)


def introduce(a: Replica, b: Replica) -> None:
    """Each of the two enrols the other's key, as their principals do once."""
    files = {}
    for replica in (a, b):
        replica.use()
        files[replica.path] = trust.write_public_key(replica.path.with_suffix(".fpkey")).value
    enrol(a, files[b.path])
    enrol(b, files[a.path])


def receiver_of(replica: Replica, to_code: str | None) -> Replica | None:
    """The replica a package from `replica` goes to, in the same folder (named as
    builders.school_replica and township_replica name them), if it is there."""
    replica.use()
    info = installation.current()
    assert info is not None
    if replica.role == "school":
        found = Replica(replica.path.parent / "township.db", "township", info.township_code)
    else:
        code = to_code or ""
        found = Replica(replica.path.parent / f"school-{code}.db", "school", code)
    if not found.path.exists():
        return None
    found.use()
    theirs = installation.current()
    # A township of another township in the same folder is no receiver of ours.
    return found if theirs is not None and theirs.township_code == info.township_code else None


def export(replica: Replica, path: Path, **kwargs: Any) -> ExportResult:
    """Export as the principal; the first time on a route, the two principals enrol each
    other's keys first (as they do once, before the first package), when the receiver's
    replica is there already, unless `introduce=False`."""
    if kwargs.pop("introduce", True):
        receiver = receiver_of(replica, kwargs.get("to_code"))
        if receiver is not None:
            replica.use()
            if not trust.enrolled_fingerprint(state.peer_key(receiver.role, receiver.code)):
                introduce(replica, receiver)
    replica.use()
    return export_package(PRINCIPAL, path, **kwargs).value


def receive(replica: Replica, path: Path, **kwargs: Any) -> ImportResult:
    replica.use()
    return import_package(PRINCIPAL, path, **kwargs).value


def unsealed(receiver: Replica, path: Path) -> Path:
    """The workbook inside the sealed package `path`, opened with `receiver`'s key (what
    the receiver's import reads), written beside it."""
    receiver.use()
    _envelope, plain = seal.open_sealed(path, trust.own_identity().seal_key())
    out = path.with_name(f"{path.stem}-opened.xlsx")
    out.write_bytes(plain)
    return out


def sealed_like(original: Path, workbook: Path, out: Path, receiver: Replica) -> Path:
    """`workbook` sealed with `original`'s envelope to `receiver`'s public key: what
    anyone can do, since sealing needs only the public key."""
    envelope, _header, _body = seal.read_envelope(original)
    receiver.use()
    public = trust.own_identity().seal_public
    out.write_bytes(seal.seal(workbook.read_bytes(), envelope, public))
    return out


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
        for school in (a, b):  # wherever the school's file lies, it knows its township
            introduce(school, self.t)
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
    without its version vectors and times (all records, whole, when school_code is
    None), in stored form; the text that stays at school only with `school_text`."""
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
        if school_code is not None and condition is None:
            _without_seeding(out[table.name])
    return out


def _without_seeding(rows: dict[str, dict[str, Any]]) -> None:
    """Reference data comes down from the township and never goes up: a school holds the
    same content, with its own seeding in the version vector and the times."""
    for row in rows.values():
        for key in ("version", "created_at", "updated_at"):
            row.pop(key)


def reference_rows(replica: Replica) -> dict:
    """The reference data's content (without vectors and times: _without_seeding)."""
    everything = rows_of(replica, None)
    out = {t.name: everything[t.name] for t in sync_tables() if is_reference(t)}
    for rows in out.values():
        _without_seeding(rows)
    return out


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
            "'$.sign_key') ELSE value END FROM setting ORDER BY 1",
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
