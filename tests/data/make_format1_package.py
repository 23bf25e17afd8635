"""How tests/data/format1_package.xlsx was made: a school's package in the sync format 1
(choice codes, not labels, in the care and aid columns; amounts in fen), kept so that
tests/core/test_sync_formats.py proves a package of that format still imports.

It was run once against commit 059f497 (the last program writing format 1):
    git worktree add /tmp/f1 059f497 && cd /tmp/f1 && \
        python /path/to/tests/data/make_format1_package.py OUT.xlsx
Only db.models and the sync writer are used, so the rows are exactly what the models
store; the dates are fixed so that the test can name every value it expects.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from fupin_desktop.db import models as m
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.i18n import install_ts_translator
from fupin_desktop.paths import zh_cn_ts
from fupin_desktop.services import installation
from fupin_desktop.services.context import SYSTEM, Actor
from fupin_desktop.sync import state
from fupin_desktop.sync.writer import export_package

D = dt.date


def fill(school_id: str) -> None:
    student = m.Student(
        school=school_id, name="刘小燕", sex="female", id_number="430123201503120022",
        stage="primary", grade=4, class_name="2班", enrolment="enrolled", boarder=True,
        poverty_status="lifted", poverty_cause="illness", left_behind=True,
    )  # fmt: skip
    student.save()
    m.FamilyMember(
        student=student, name="刘大山", relation="father", birth_year=1985,
        health="healthy", annual_income=3_600_050,
    ).save()  # fmt: skip
    m.Guardian(
        student=student, name="刘奶奶", relation="grandmother", phone="13700001111",
        entrusted=True,
    ).save()  # fmt: skip
    teacher = m.Teacher(school=school_id, name="王老师", sex="female", role="head_teacher")
    teacher.save()
    pairing = m.Pairing(
        teacher=teacher, student=student, kind="proxy_parent", start_date=D(2025, 9, 1)
    )
    pairing.save()
    m.Visit(
        pairing=pairing, teacher=teacher, student=student, visit_date=D(2025, 10, 1),
        method="home_visit", outcome="作业按时完成",
    ).save()  # fmt: skip
    m.LeftBehindProfile(
        student=student, parent_away="both", work_province="广东", guardian_kind="grandparents",
        guardian_name="刘奶奶", guardian_relation="grandmother", care_ability="weak",
        guardianship_level="level2", counselling_needs="想念父母", start_date=D(2025, 3, 1),
    ).save()  # fmt: skip
    m.DiaryEntry(
        student=student, teacher=teacher, entry_date=D(2025, 10, 2), category="feelings",
        mood="sad", what_happened="想妈妈了", what_done="陪她给妈妈打电话",
    ).save()  # fmt: skip
    m.FamilyCall(
        student=student, teacher=teacher, call_date=D(2025, 10, 3), who_spoke="母亲", minutes=12
    ).save()
    program = m.AidProgram.get(m.AidProgram.code == "boarding_subsidy")
    m.AidPayment(
        student=student, program=program, school_year="2025-2026", term=1,
        amount_fen=50_000, paid_on=D(2025, 10, 15), method="bank_card", received_by="刘大山",
    ).save()  # fmt: skip
    m.ReminderRule(
        code="weekly_call", applies_to="left_behind", record="family_call",
        methods="", period="month", min_count=4,
    ).save()  # fmt: skip


def main(out: Path) -> None:
    install_ts_translator(zh_cn_ts())  # as the command line writes it: in Chinese
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "school.db")
        installation.initialise(
            SYSTEM,
            installation.SetupForm(
                role="school",
                township_code="430123101",
                township_name="柳塘镇",
                school_code="4301230007",
                school_name="青石小学",
                school_type="complete_primary",
            ),
        )
        info = installation.current()
        assert info is not None and info.school_id is not None
        fill(info.school_id)
        state.set_send_sensitive_text(True)
        export_package(Actor("王校长", "principal"), out, full=True)
        close_database()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
