"""Property (issue 16, point 1): a township and three schools create, edit fields of and
delete students, and the township edits reference data, while packages are lost,
duplicated and delivered out of order. After a final exchange:

- every replica holds the same content (records, vectors and field stamps);
- a field that only one party ever edited holds that party's last edit (field-level
  merge: nothing a party alone changed is lost to another party's edit of the record);
- every edit is in the final state, was built upon by a later edit, or is in a
  conflict log.

The replicas are copies of four ledgers installed once, so that each example costs its
packages only."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from fupin_desktop.db import backup, connection
from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import AidProgram, ConflictLog, School, Student
from fupin_desktop.i18n import set_translator
from tests import builders as make
from tests.builders import Replica
from tests.core.sync_support import (
    export,
    packages_without_excel,
    receive,
    reference_rows,
    rows_of,
)

CODES = ("4301230001", "4301230002", "4301230003")
FIELDS = ("address", "village_group", "household_registration")
PROGRAM_CODE = "nutrition_plan"
TOWNSHIP = 3  # the township's party number; schools are 0..2

_templates: list[Path] = []


def _template_folder() -> Path:
    """Four installed ledgers, made once per test run."""
    if not _templates:
        folder = Path(tempfile.mkdtemp(prefix="fupin-sync-templates-"))
        for index, code in enumerate(CODES):
            make.school_replica(folder, code, f"学校{index}")
        make.township_replica(folder)
        close_database()
        _templates.append(folder)
    return _templates[0]


@pytest.fixture(scope="module", autouse=True)
def _cleanup_templates() -> Iterator[None]:
    yield
    for folder in _templates:
        shutil.rmtree(folder, ignore_errors=True)
    _templates.clear()


class FieldMachine(RuleBasedStateMachine):
    real_files = False  # packages as workbooks (slower) or as their content only

    @initialize()
    def start(self) -> None:
        set_translator(lambda text: text)
        # Backups before each import, and flushing to disk for power cuts, are tested
        # elsewhere; here they only cost time (two thirds of it).
        self._backup = backup.automatic_backup
        backup.automatic_backup = lambda *a, **k: None
        self._fsync, self._synchronous = os.fsync, connection.PRAGMAS["synchronous"]
        os.fsync = lambda fd: None
        connection.PRAGMAS["synchronous"] = "off"
        self._transport = contextlib.ExitStack()
        if not self.real_files:
            self._transport.enter_context(packages_without_excel())
        templates = _template_folder()
        close_database()
        self.folder = Path(tempfile.mkdtemp(prefix="fupin-sync-"))
        for source in templates.glob("*.db"):
            shutil.copyfile(source, self.folder / source.name)
        self.schools = [
            Replica(self.folder / f"school-{code}.db", "school", code) for code in CODES
        ]
        self.township = Replica(self.folder / "township.db", "township", make.TOWNSHIP_CODE)
        self.packages: list[tuple[Path, Replica]] = []
        self.students: dict[str, str] = {}  # id -> school code
        self.marks = itertools.count(1)
        self.made: set[str] = set()
        self.superseded: set[str] = set()
        # (record, field) -> [(party, value)] in the order the edits were made
        self.edits: dict[tuple[str, str], list[tuple[int, str]]] = {}

    def _replica(self, party: int) -> Replica:
        return self.township if party == TOWNSHIP else self.schools[party]

    def _mark(self) -> str:
        mark = f"m{next(self.marks)}"
        self.made.add(mark)
        return mark

    def _edited(self, party: int, record: str, field: str, value: str) -> None:
        self.edits.setdefault((record, field), []).append((party, value))

    @rule(school=st.integers(0, 2))
    def create(self, school: int) -> None:
        replica = self.schools[school]
        values = {field: self._mark() for field in FIELDS}
        student_id = make.student_row(replica, "学生", **values)
        self.students[student_id] = replica.code
        for field, value in values.items():
            self._edited(school, student_id, field, value)

    def _live(self, party: int, pick: int) -> Student | None:
        replica = self._replica(party)
        code = None if party == TOWNSHIP else replica.code
        ids = sorted(i for i, c in self.students.items() if code in (None, c))
        if not ids:
            return None
        replica.use()
        student = Student.get_or_none(Student.id == ids[pick % len(ids)])
        return student if student is not None and not student.deleted else None

    @rule(
        party=st.integers(0, 3),
        pick=st.integers(0, 50),
        fields=st.sets(st.sampled_from(FIELDS), min_size=1),
    )
    def edit(self, party: int, pick: int, fields: set[str]) -> None:
        student = self._live(party, pick)
        if student is None:
            return
        for field in sorted(fields):
            self.superseded.add(getattr(student, field))
            value = self._mark()
            setattr(student, field, value)
            self._edited(party, student.id, field, value)
        student.save()

    @rule(party=st.integers(0, 3), pick=st.integers(0, 50))
    def delete(self, party: int, pick: int) -> None:
        student = self._live(party, pick)
        if student is not None:
            student.tombstone()

    @rule()
    def edit_reference(self) -> None:
        """Reference data is the township's to change."""
        self.township.use()
        program = AidProgram.get(AidProgram.code == PROGRAM_CODE)
        self.superseded.add(program.note)
        program.note = self._mark()
        program.save()

    @rule(school=st.integers(0, 2), up=st.booleans(), full=st.booleans())
    def send(self, school: int, up: bool, full: bool) -> None:
        path = self.folder / f"p{len(self.packages)}.xlsx"
        if up:
            export(self.schools[school], path, full=full)
            self.packages.append((path, self.township))
        else:
            self.township.use()
            if School.get_or_none(School.code == CODES[school]) is None:
                return  # the township has not heard from this school yet
            export(self.township, path, to_code=CODES[school], full=full)
            self.packages.append((path, self.schools[school]))

    @rule(pick=st.integers(0, 100))
    def deliver(self, pick: int) -> None:
        """Any package, again or out of order; a package never delivered is lost."""
        if self.packages:
            path, target = self.packages[pick % len(self.packages)]
            receive(target, path)

    def teardown(self) -> None:
        try:
            self._final_exchange()
            self._check()
        finally:
            backup.automatic_backup = self._backup
            self._transport.close()
            os.fsync = self._fsync
            connection.PRAGMAS["synchronous"] = self._synchronous
            close_database()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _final_exchange(self) -> None:
        for school in self.schools:
            path = self.folder / f"final-up-{school.code}.xlsx"
            export(school, path)
            receive(self.township, path)
        for school in self.schools:
            path = self.folder / f"final-down-{school.code}.xlsx"
            export(self.township, path, to_code=school.code)
            receive(school, path)

    def _check(self) -> None:
        reference = reference_rows(self.township)
        for school in self.schools:
            assert rows_of(school, school.code) == rows_of(self.township, school.code)
            assert reference_rows(school) == reference
        self.township.use()
        final = {s.id: s for s in Student.select()}
        for (record, field), edits in self.edits.items():
            parties = {party for party, _ in edits}
            if len(parties) == 1:
                # Only one party edited this field: its last edit is the final value.
                assert getattr(final[record], field) == edits[-1][1], (record, field, edits)
        logged: set[str] = set()
        for replica in [*self.schools, self.township]:
            replica.use()
            for entry in ConflictLog.select():
                for key in (*FIELDS, "note"):
                    if entry.loser.get(key) is not None:
                        logged.add(entry.loser[key])
        self.township.use()
        values = {getattr(s, f) for s in final.values() for f in FIELDS}
        values.add(AidProgram.get(AidProgram.code == PROGRAM_CODE).note)
        lost = self.made - values - self.superseded - logged
        assert not lost, lost


class FieldMachineWithFiles(FieldMachine):
    real_files = True


SETTINGS = {
    "stateful_step_count": 12,
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much],
}
FieldMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("FUPIN_SYNC_EXAMPLES", "200")), **SETTINGS
)
FieldMachineWithFiles.TestCase.settings = settings(max_examples=12, **SETTINGS)
# A whole run of examples takes ~95 s on a quiet 2-core machine: more than the suite's
# 300 s per test only when the machine is loaded several times over.
LONG = pytest.mark.timeout(1200)
test_replicas_converge = LONG(pytest.mark.slow(FieldMachine.TestCase))
test_replicas_converge_through_workbooks = LONG(pytest.mark.slow(FieldMachineWithFiles.TestCase))
