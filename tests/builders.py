"""The one place for test builders: the people acting, ID numbers, an installed ledger
(in the test's database, or as a replica in a file of its own for the sync tests), and
the records of the ledger (a student, a teacher, a pairing, a visit, a left-behind
profile, a diary entry, a family call, an aid payment), each with sensible defaults and
keyword overrides; then the shared data sets (one child with every kind of record, a
messy roster file).

Records are made through the services, as a person would make them (dated history,
audit), except where a builder says it writes a bare row. Builders never open a
database: every test still gets a fresh temporary one (conftest.db_path).

    from tests import builders as make
    teacher = make.teacher(school_db)
    child = make.needy_student(school_db, "王丽")
    make.pairing(teacher, child, dt.date(2024, 3, 1))
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

from fupin_desktop import cli
from fupin_desktop.db.base import database
from fupin_desktop.db.connection import close_database, open_database
from fupin_desktop.db.models import (
    Account,
    AidProgram,
    DiaryEntry,
    FamilyCall,
    LeftBehindProfile,
    Pairing,
    School,
    Student,
    Teacher,
    Visit,
)
from fupin_desktop.demo.accounts import DEMO_ACCOUNTS
from fupin_desktop.services import installation
from fupin_desktop.services.accounts.pins import hash_secret
from fupin_desktop.services.aid.payments import PaymentInput, record_payment
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import pairings, teachers, visits
from fupin_desktop.services.context import SYSTEM, Actor
from fupin_desktop.services.students import files as students
from fupin_desktop.services.students import status_history
from fupin_desktop.validation import id_check_digit

# -- who acts ---------------------------------------------------------------------------

PRINCIPAL = Actor("王校长", "principal")
TEACHER = Actor("李老师", "teacher")
AID_OFFICER = Actor("赵会计", "aid_officer")
HEAD_TEACHER = Actor("陈班主任", "head_teacher")
TOWNSHIP_ADMIN = Actor("镇管理员", "township")

# -- the school and township of the tests ----------------------------------------------

TOWNSHIP_CODE = "430123101"
TOWNSHIP_NAME = "柳塘镇"
SCHOOL_CODE = "4301230001"
SCHOOL_NAME = "柳塘小学"
# `fupin init` of that school.
CLI_INIT = [
    "init", "--role", "school", "--school-code", SCHOOL_CODE, "--school-name", SCHOOL_NAME,
    "--school-type", "complete_primary", "--township-code", TOWNSHIP_CODE,
    "--township-name", TOWNSHIP_NAME,
]  # fmt: skip


# Every test account's PIN: the demo principal's, so that `fupin demo` on a new ledger
# and the builders' ledgers log in alike.
LOGIN_PIN = dict((name, pin) for name, _, pin in DEMO_ACCOUNTS)["王校长"]
_pin_hash: list[str] = []


def pin_file(pin: str = LOGIN_PIN) -> Path:
    """A file holding `pin`, readable by its owner alone (as --pin-file wants it)."""
    path = Path(tempfile.gettempdir()) / f"fupin-test-pin-{os.getpid()}-{pin}"
    if not path.exists():
        path.write_text(pin + "\n", encoding="utf-8")
        path.chmod(0o600)
    return path


def login(user: str = "王校长", pin: str = LOGIN_PIN) -> list[str]:
    """The command line's login options for `user`."""
    return ["--user", user, "--pin-file", str(pin_file(pin))]


def fupin(db: Path, *args: str, user: str = "王校长") -> int:
    """The command line on the ledger file `db`, logged in as `user`: its exit code."""
    return cli.main(["--db", str(db), *login(user), *args])


def account(actor: Actor, teacher_id: str | None = None) -> Actor:
    """An account for `actor` (its name and role) in the open ledger, PIN LOGIN_PIN, as
    a bare row (the PIN hashed once per test run): the actor, with its account id."""
    if not _pin_hash:
        _pin_hash.append(hash_secret(LOGIN_PIN))
    found = Account.get_or_none(Account.name == actor.name)
    if found is None:
        found = Account.create(
            name=actor.name, role=actor.role, teacher_id=teacher_id, pin_hash=_pin_hash[0]
        )
    return Actor(found.name, found.role, found.teacher_id, found.id)


# A student's file is dated from here unless a test says otherwise (`as_of`): the day the
# builders' pupil (grade 3 in 2024-2025) began primary school. Every dated value of the
# file holds from it, false and empty ones too (issue 10), so it comes before every day
# the tests pair, visit, pay or date a change (and it is never "today", which moves).
ON_FILE_SINCE = dt.date(2022, 9, 1)

# -- ID numbers -------------------------------------------------------------------------

_serial = itertools.count(1)

# A birth date that fits each stage's usual age.
BIRTH = {
    "preschool": dt.date(2021, 5, 4),
    "primary": dt.date(2016, 3, 2),
    "junior": dt.date(2012, 7, 9),
    "senior": dt.date(2009, 1, 20),
    "vocational": dt.date(2009, 6, 1),
    "higher": dt.date(2006, 4, 3),
}


def with_check_digit(first17: str) -> str:
    return first17 + id_check_digit(first17)


def id_number(
    birth: dt.date | str = "20150312", area: str = "430123", seq: str | None = None
) -> str:
    """A valid resident ID number (birth as a date or 'YYYYMMDD'): a new one every call,
    or always the same one for the same three-digit `seq`."""
    day = birth.strftime("%Y%m%d") if isinstance(birth, dt.date) else birth
    return with_check_digit(f"{area}{day}{seq or f'{next(_serial) % 1000:03d}'}")


def id_ending_in_x(prefix: str = "43012320150505") -> str:
    for n in range(1000):
        first17 = f"{prefix}{n:03d}"
        if id_check_digit(first17) == "X":
            return first17 + "X"
    raise AssertionError("no ID ending in X")


# -- installed ledgers ------------------------------------------------------------------


def install_school(
    code: str = SCHOOL_CODE,
    name: str = SCHOOL_NAME,
    township: str = TOWNSHIP_CODE,
    school_type: str = "complete_primary",
) -> installation.InstallationInfo:
    """Set up the open ledger as a school of the township (seeded aid programs too)."""
    installation.initialise(
        SYSTEM,
        installation.SetupForm(
            role="school",
            township_code=township,
            township_name=TOWNSHIP_NAME,
            school_code=code,
            school_name=name,
            school_type=school_type,
        ),
    )
    info = installation.current()
    assert info is not None
    account(PRINCIPAL)
    return info


def install_township(township: str = TOWNSHIP_CODE) -> installation.InstallationInfo:
    installation.initialise(
        SYSTEM,
        installation.SetupForm(role="township", township_code=township, township_name="柳塘镇"),
    )
    info = installation.current()
    assert info is not None
    account(PRINCIPAL)
    return info


@dataclass
class Replica:
    """An installed ledger in a file of its own, for the sync tests: `use()` switches the
    one peewee handle to it."""

    path: Path
    role: str
    code: str  # school code, or the township code

    def use(self) -> Replica:
        if database.database != str(self.path) or database.is_closed():
            close_database()
            open_database(self.path, check=False)
        return self

    @property
    def school_id(self) -> str | None:
        self.use()
        row = School.get_or_none(School.code == self.code)
        return row.id if row else None


def school_replica(folder: Path, code: str, name: str, township: str = TOWNSHIP_CODE) -> Replica:
    replica = Replica(folder / f"school-{code}.db", "school", code).use()
    install_school(code, name, township)
    return replica


def township_replica(folder: Path, township: str = TOWNSHIP_CODE) -> Replica:
    replica = Replica(folder / "township.db", "township", township).use()
    install_township(township)
    return replica


def _school_id(school: Any) -> str | None:
    """A school given as its record id, an InstallationInfo or a Replica."""
    if isinstance(school, Replica):
        school.use()
        info = installation.current()
        return info.school_id if info and school.role == "school" else None
    if isinstance(school, installation.InstallationInfo):
        return school.school_id
    return school


# -- records ----------------------------------------------------------------------------


def student(
    school: Any,
    name: str = "李小明",
    *,
    stage: str = "primary",
    actor: Actor = PRINCIPAL,
    as_of: dt.date | None = ON_FILE_SINCE,
    family: Sequence[dict[str, Any]] = (),
    guardians: Sequence[dict[str, Any]] = (),
    **values: Any,
) -> str:
    """A student's file saved through the student service (dated history, audit): an
    enrolled pupil of grade 3, class 1班, with a valid ID number fitting the stage."""
    data = {
        "name": name,
        "id_number": id_number(BIRTH[stage]),
        "stage": stage,
        "grade": 3,
        "class_name": "1班",
        "enrolment": "enrolled",
        **values,
    }
    file = students.StudentFile(None, _school_id(school), data, list(family), list(guardians))
    student_id, _ = students.save_file(actor, file, as_of=as_of)
    return student_id


def needy_student(school: Any, name: str = "李小明", **values: Any) -> str:
    """A child of a registered poor household: entitled to a pairing and to aid."""
    return student(school, name, **{"registered_poor": True, **values})


def student_row(school: Any, name: str = "张三", **values: Any) -> str:
    """A bare student row, as a package or a bulk import writes it: no history, no audit."""
    row = Student(
        school=_school_id(school),
        name=name,
        sex="female",
        id_number=values.pop("id_number", "430123201501010022"),
        stage="primary",
        enrolment="enrolled",
        **values,
    )
    row.save()
    return row.id


def school_row(code: str = "4301230099", name: str = "山背教学点") -> School:
    """Another school's record, not saved yet."""
    return School(code=code, name=name, school_type="teaching_point")


def teacher(school: Any, name: str = "张老师", *, actor: Actor = PRINCIPAL, **values: Any) -> str:
    values = {"name": name, "sex": "female", "active": True, **values}
    teacher_id, _ = teachers.save_teacher(actor, None, _school_id(school), values)
    return teacher_id


def pairing(
    teacher_id: str,
    student_id: str,
    start: dt.date,
    end: dt.date | None = None,
    kind: str = "one_to_one",
    *,
    actor: Actor = PRINCIPAL,
) -> str:
    values = {"kind": kind, "start_date": start, "end_date": end}
    ids, _ = pairings.create(actor, teacher_id, [student_id], values)
    return ids[0]


def visit(
    teacher_id: str,
    student_id: str,
    day: dt.date,
    method: str = "talk",
    *,
    actor: Actor = PRINCIPAL,
    **values: Any,
) -> str:
    """A visit recorded on `day` (entered long after, so no date is in the future)."""
    values = {"visit_date": day, "method": method, **values}
    visit_id, _ = visits.save(
        actor, None, teacher_id, student_id, values, today=dt.date(2030, 1, 1)
    )
    return visit_id


def left_behind_profile(
    student_id: str,
    start: dt.date = dt.date(2024, 3, 1),
    *,
    actor: Actor = PRINCIPAL,
    **values: Any,
) -> str:
    """Both parents away, grandparents looking after the child, from `start`."""
    values = {
        "parent_away": "both",
        "guardian_kind": "grandparents",
        "start_date": start,
        **values,
    }
    profile_id, _ = care.save_profile(actor, student_id, values)
    return profile_id


def diary_entry(
    student_id: str,
    teacher_id: str,
    day: dt.date,
    category: str = "feelings",
    *,
    actor: Actor = PRINCIPAL,
    **values: Any,
) -> str:
    values = {"entry_date": day, "category": category, **values}
    entry_id, _ = care.save_diary(
        actor, None, student_id, teacher_id, values, today=dt.date(2030, 1, 1)
    )
    return entry_id


def family_call(
    student_id: str,
    teacher_id: str | None,
    day: dt.date,
    *,
    actor: Actor = PRINCIPAL,
    **values: Any,
) -> str:
    values = {"call_date": day, "who_spoke": "母亲", **values}
    call_id, _ = care.save_call(
        actor, None, student_id, teacher_id, values, today=dt.date(2030, 1, 1)
    )
    return call_id


def program_id(code: str) -> str:
    return AidProgram.get(AidProgram.code == code).id


def payment(
    student_id: str,
    code: str,
    amount: str,
    *,
    year: str = "2025-2026",
    term: int = 1,
    actor: Actor = AID_OFFICER,
    **extra: Any,
) -> str:
    """A payment of `amount` yuan of the program `code`, paid by bank card in October."""
    data = PaymentInput(
        student_id=student_id,
        program_id=program_id(code),
        school_year=year,
        term=term,
        amount_yuan=amount,
        paid_on=extra.pop("paid_on", dt.date(2025, 10, 15)),
        method=extra.pop("method", "bank_card"),
        received_by=extra.pop("received_by", "张父"),
        **extra,
    )
    payment_id, changes = record_payment(actor, data)
    assert changes.affects("aid_payment")
    return payment_id


# -- one child with every kind of record ------------------------------------------------

# Unmistakable text at both ends of the long diary entry: both must come back.
LONG_START, LONG_END = "日记开头甲乙丙", "日记结尾丁戊己"
LONG_DIARY = LONG_START + ("孩子今天在学校表现很好，主动帮助同学，作业也认真完成了。" * 110)[
    : 3000 - len(LONG_START) - len(LONG_END)
] + LONG_END  # fmt: skip
LONG_ADDRESS = "柳塘镇柳塘村3组门牌号27号，沿河边小路往东走到底第二户人家，院子里有一棵老槐树"


@dataclass
class Sample:
    student_id: str
    id_number: str
    teacher_id: str
    pairing_id: str
    program_id: str
    guardian_id_number: str


def sample_child(school: Any) -> Sample:
    """张小红: a left-behind, boarding, registered-poor child with a family, a guardian,
    a proxy-parent teacher, visits, a profile, diary entries (one of 3,000 characters),
    family calls and an aid payment (the rows written as they are, for the forms)."""
    school_id = _school_id(school)
    number = id_number("20150312")
    guardian_number = id_number("19580101")
    student_id = student(
        school_id, "张小红", actor=SYSTEM, as_of=dt.date(2024, 9, 1), id_number=number,
        student_no="G" + number, grade=4, class_name="2班", boarder=True,
        phone="13912345678", village="柳塘村", village_group="3组", address=LONG_ADDRESS,
        poverty_status="lifted", poverty_cause="illness", registered_poor=True,
        left_behind=True, responsible_cadre="刘干部",
        family=[
            {"name": "张大山", "relation": "father", "birth_year": 1985, "health": "healthy",
             "occupation": "建筑工", "work_place": "广东东莞", "annual_income": 3_600_000},
            {"name": "李秀英", "relation": "mother", "birth_year": 1987,
             "health": "chronic_illness", "occupation": "电子厂", "work_place": "广东东莞"},
        ],
        guardians=[
            {"name": "张奶奶", "relation": "grandmother", "id_number": guardian_number,
             "phone": "13700001111", "address": "柳塘村3组", "entrusted": True},
        ],
    )  # fmt: skip
    status_history.add_history_entry(
        SYSTEM, student_id, "poverty_status", "lifted", dt.date(2025, 3, 1)
    )
    teacher_row = Teacher(
        school=school_id, name="王老师", sex="female", phone="13800001111",
        subject="语文", role="head_teacher", active=True,
    )  # fmt: skip
    teacher_row.save()
    pairing_row = Pairing(
        teacher=teacher_row, student=student_id, kind="proxy_parent",
        start_date=dt.date(2024, 9, 1), goals="帮助孩子养成良好的学习习惯，按时完成作业",
        measures="每周谈心一次，每月家访一次，每学期与父母视频通话不少于四次",
    )  # fmt: skip
    pairing_row.save()
    for day, method, outcome in (
        (dt.date(2024, 10, 12), "home_visit", "家访成效：孩子学习积极性提高"),
        (dt.date(2024, 11, 20), "phone", "电话成效：奶奶身体好转"),
        (dt.date(2025, 3, 5), "talk", "谈心成效：情绪稳定"),
    ):
        Visit(
            pairing=pairing_row, teacher=teacher_row, student=student_id, visit_date=day,
            method=method, participants="王老师、张奶奶", living_conditions="住房安全，饮水安全",
            child_state="性格内向，学习中等", family_needs="希望孩子多与父母联系",
            measures="辅导数学作业", outcome=outcome, parent_feedback="很满意",
            next_follow_up=day + dt.timedelta(days=30),
        ).save()  # fmt: skip
    LeftBehindProfile(
        student=student_id, parent_away="both", work_province="广东", work_city="东莞",
        away_since=dt.date(2019, 2, 1), father_phone="13511112222", mother_phone="13533334444",
        guardian_kind="grandparents", guardian_name="张奶奶", guardian_relation="grandmother",
        guardian_phone="13700001111", guardian_address="柳塘村3组", care_ability="fair",
        guardianship_level="level2", proxy_parent_phone="13800001111",
        counselling_needs="想念父母，偶尔情绪低落", start_date=dt.date(2019, 2, 1),
    ).save()  # fmt: skip
    DiaryEntry(
        student=student_id, teacher=teacher_row, entry_date=dt.date(2024, 10, 8),
        category="feelings", mood="sad", what_happened="中秋节想妈妈，哭了",
        what_done="陪她给妈妈打电话", follow_up="下周再问问",
    ).save()  # fmt: skip
    DiaryEntry(
        student=student_id, teacher=teacher_row, entry_date=dt.date(2024, 12, 2),
        category="study", mood="happy", what_happened=LONG_DIARY, what_done="表扬鼓励",
        follow_up="继续观察",
    ).save()  # fmt: skip
    for day, who, minutes, notes in (
        (dt.date(2024, 10, 8), "妈妈", 15, "说了学校的事"),
        (dt.date(2025, 1, 18), "爸爸", 20, "过年回家"),
    ):
        FamilyCall(
            student=student_id, teacher=teacher_row, call_date=day, who_spoke=who,
            minutes=minutes, notes=notes,
        ).save()  # fmt: skip
    payment(
        student_id, "boarding_subsidy", "500", year="2024-2025", actor=SYSTEM,
        paid_on=dt.date(2024, 10, 15), received_by="张奶奶",
    )  # fmt: skip
    return Sample(
        student_id,
        number,
        teacher_row.id,
        pairing_row.id,
        program_id("boarding_subsidy"),
        guardian_number,
    )


# -- a messy roster file ----------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
GOOD = with_check_digit("43012320150101001")  # male (17th digit odd)
WITH_X = id_ending_in_x()
DAMAGED_INT = with_check_digit("43012320150303001")
DAMAGED_FLOAT = with_check_digit("43012320150404002")
WRONG_CHECK = GOOD[:6] + "20160606003" + "0"
if id_check_digit(WRONG_CHECK[:17]) == "0":
    WRONG_CHECK = WRONG_CHECK[:17] + "1"
EXISTING = with_check_digit("43012320140707005")
NO_SEX = with_check_digit("43012320150808002")  # female (17th digit even)
ROSTER_HEADER = ["序号", "姓  名", "性别", "身份证号码（必填）", "学籍号", "年级", "班级"]
ROSTER_HEADER += ["是否寄宿", "监护人", "联系电话"]


def messy_roster(path: Path) -> Path:
    """What a school's roster looks like: titles above the header, merged cells, blank
    rows, IDs as numbers, with apostrophes, in full width, damaged, repeated."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024秋花名册"
    sheet["A1"] = "柳塘小学2024年秋季学期学生花名册"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "填报单位：柳塘小学"
    sheet.merge_cells("A2:E2")
    sheet["F2"] = "填报日期：2024年9月1日"
    sheet.merge_cells("F2:J2")
    sheet.append([])  # row 3
    sheet.append(ROSTER_HEADER)  # row 4
    sheet.append([1, "张三", "男", GOOD, "G" + GOOD, "三年级", "一班", "是", "张大山", 13800138000])
    apostrophe = "'" + WITH_X.lower().translate(FULL_WIDTH)[:9] + " " + WITH_X.lower()[9:] + " "
    sheet.append([2, " 王  五 ", "男", apostrophe, None, 3, None, "走读", None, "139 0013 9000"])
    sheet.merge_cells("G5:G6")  # the class written once for two pupils
    sheet.append([])  # row 7
    sheet.append([3, "李四", "女", int(DAMAGED_INT), None, 3, "一班", "否", None, None])
    sheet.append([4, "赵六", "女", float(DAMAGED_FLOAT), None, 3, "一班", "否", None, None])
    sheet.append([5, "钱七", "男", "4.2E+17", None, 3, "一班", "否", None, None])
    sheet.append([6, "孙八", "男", WRONG_CHECK, None, 3, "一班", "否", None, None])
    sheet.append([7, "周九", "男", GOOD, None, 3, "一班", "否", None, None])
    sheet.append([8, "吴十", "男", EXISTING, None, 4, "二班", "否", None, None])
    sheet.append([9, "郑一", None, NO_SEX, None, "3年级", "一班", "", "郑母", "13700137000"])
    book.save(path)
    return path


def existing_student(school: Any, name: str = "吴十", **values: Any) -> str:
    """吴十 (ID EXISTING), already on file when the messy roster comes in."""
    values = {"sex": "male", "id_number": EXISTING, "grade": 4, "class_name": "一班", **values}
    family = [{"name": "吴大", "relation": "father", "occupation": "务工"}]
    guardians = [{"name": "吴奶奶", "relation": "grandmother", "phone": "13600136000"}]
    return student(school, name, as_of=None, family=family, guardians=guardians, **values)


def replace_in_sheet(source: Path, target: Path, old: bytes, new: bytes) -> Path:
    """A copy of an .xlsx with `old` replaced by `new` in its first sheet's XML: what a
    file edited outside any spreadsheet program looks like."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            out.writestr(info, data)
    return target
