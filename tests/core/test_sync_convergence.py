"""Property: a township and three schools edit, delete and create on every side while
packages are lost, duplicated and delivered out of order. After a final exchange every
replica holds the same content, and every version that lost a concurrent edit is in a
conflict log."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from fupin_desktop.db import backup
from fupin_desktop.db.connection import close_database
from fupin_desktop.db.models import AidProgram, ConflictLog, School, Student
from fupin_desktop.i18n import set_translator
from tests import builders as make
from tests.builders import Replica
from tests.core.sync_support import export, receive, reference_rows, rows_of

CODES = ("4301230001", "4301230002", "4301230003")
PROGRAM_CODE = "nutrition_plan"


class SyncMachine(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        set_translator(lambda text: text)
        # Backups before each import are tested elsewhere; here they only cost time.
        self._backup = backup.automatic_backup
        backup.automatic_backup = lambda *a, **k: None
        self.folder = Path(tempfile.mkdtemp(prefix="fupin-sync-"))
        self.township = make.township_replica(self.folder)
        self.schools = [
            make.school_replica(self.folder, code, f"学校{i}") for i, code in enumerate(CODES)
        ]
        self.packages: list[tuple[Path, Replica]] = []
        self.students: dict[str, str] = {}  # id -> school code
        self.marks = itertools.count(1)
        self.superseded: set[str] = set()
        self.made: set[str] = set()

    def _replica(self, index: int) -> Replica:
        return self.township if index == 3 else self.schools[index]

    def _mark(self) -> str:
        mark = f"m{next(self.marks)}"
        self.made.add(mark)
        return mark

    @rule(school=st.integers(0, 2))
    def create(self, school: int) -> None:
        replica = self.schools[school]
        mark = self._mark()
        student_id = make.student_row(replica, "学生", address=mark)
        self.students[student_id] = replica.code

    def _holder(self, where: int, pick: int) -> tuple[Replica, Student] | None:
        replica = self._replica(where)
        code = None if where == 3 else replica.code
        ids = sorted(i for i, c in self.students.items() if code in (None, c))
        if not ids:
            return None
        replica.use()
        student = Student.get_or_none(Student.id == ids[pick % len(ids)])
        return (replica, student) if student is not None else None

    @rule(where=st.integers(0, 3), pick=st.integers(0, 50))
    def edit(self, where: int, pick: int) -> None:
        found = self._holder(where, pick)
        if found is None:
            return
        _, student = found
        self.superseded.add(student.address)
        student.address = self._mark()
        student.save()

    @rule(where=st.integers(0, 3), pick=st.integers(0, 50))
    def delete(self, where: int, pick: int) -> None:
        found = self._holder(where, pick)
        if found is not None and not found[1].deleted:
            found[1].tombstone()

    @rule(where=st.integers(0, 3))
    def edit_reference(self, where: int) -> None:
        self._replica(where).use()
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
        logged: set[str] = set()
        for replica in [*self.schools, self.township]:
            replica.use()
            for entry in ConflictLog.select():
                logged.add(entry.loser.get("address") or entry.loser.get("note") or "")
        final: set[str] = set()
        self.township.use()
        final.update(s.address for s in Student.select())
        final.add(AidProgram.get(AidProgram.code == PROGRAM_CODE).note)
        # Every edit is in the final state, was built upon, or is in a conflict log.
        lost = self.made - final - self.superseded - logged
        assert not lost, lost


SyncMachine.TestCase.settings = settings(
    max_examples=8,
    stateful_step_count=18,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_replicas_converge = SyncMachine.TestCase
