"""The column sets of the files the national systems take: one place, in the order the
system's template has them, with the rules each column must follow.

The headers are the systems' own words, a file format: they stay Chinese whatever the
language of the program (a translated header would not be recognised by the system).
Messages about them are translated; the headers are not.

Rules common to the national systems (services/exchange/exports.py applies them):
- dates as eight digits, 20201014;
- lengths counted in bytes of the system's encoding: a Chinese character counts two;
- a required column filled on every row, or the row is named as incomplete before
  anything is written;
- no internal codes, record ids or version columns: every choice in Chinese words;
- yes/no columns of the 资助系统 hold 是 or stay empty ("不允许填写'否'"), never 否.

See docs/architecture.md, "Exchange".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Cell(StrEnum):
    TEXT = "text"
    ID = "id"  # an 18-character ID number: a text cell, always
    DATE = "date"  # 20201014
    FLAG = "flag"  # 是 or empty (资助系统)
    YES_NO = "yes_no"  # 是 or 否 (登记表)
    MONEY = "money"  # yuan with two decimals, from fen


@dataclass(frozen=True)
class ExportColumn:
    key: str  # the key of the value in the row the export service builds
    header: str  # the system's header, as its template prints it
    cell: Cell = Cell.TEXT
    required: bool = False
    max_bytes: int | None = None  # a Chinese character counts two
    width: int = 10


@dataclass(frozen=True)
class ColumnSet:
    key: str
    sheet: str  # the sheet name the system's template uses
    columns: tuple[ExportColumn, ...]

    def __iter__(self):
        return iter(self.columns)

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def __getitem__(self, key: str) -> ExportColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


def _c(key: str, header: str, cell: Cell = Cell.TEXT, **kw: object) -> ExportColumn:
    return ExportColumn(key, header, cell, **kw)  # type: ignore[arg-type]


# 全国学生资助管理信息系统, 家庭经济信息 template (学生家庭经济信息导入模板). Source: the
# system's template and its 填写说明 (2020): identity columns first and required
# (consistent with the 学籍 record), then the category columns, which hold 是 or stay
# empty, then the 认定 block (困难程度, 认定时间 as 20201014, 认定原因), lengths in bytes
# with a Chinese character as two. The letters of a province's copy of the template
# may differ: the order here is the published one; check a new template against it.
# The 认定 columns come from the child's assessment of the school year (issue 11,
# services/schoolyear/assessments.py): 认定学年, 困难程度 and 认定时间 are required (a child
# not yet assessed is named as incomplete); 认定原因 stays optional (不困难 has none).
AID_SYSTEM = ColumnSet(
    "aid_system",
    "家庭经济信息",
    (
        _c("name", "学生姓名", required=True, max_bytes=50, width=10),
        _c("id_type", "身份证件类型", required=True, max_bytes=20, width=12),
        _c("id_number", "身份证件号", Cell.ID, required=True, max_bytes=18, width=20),
        _c("student_no", "学籍号", required=True, max_bytes=30, width=22),
        _c("registered_poor", "是否建档立卡贫困家庭", Cell.FLAG, width=8),
        _c("dibao", "是否最低生活保障家庭", Cell.FLAG, width=8),
        _c("extreme_poverty_support", "是否特困供养人员", Cell.FLAG, width=8),
        _c("orphan", "是否孤儿", Cell.FLAG, width=6),
        _c("de_facto_unsupported", "是否事实无人抚养儿童", Cell.FLAG, width=8),
        _c("disabled", "是否残疾学生", Cell.FLAG, width=6),
        _c("disability_level", "残疾等级", max_bytes=10, width=6),
        _c("lifted", "是否脱贫家庭", Cell.FLAG, width=6),
        _c("monitored", "是否防返贫监测对象", Cell.FLAG, width=8),
        _c("left_behind", "是否留守儿童", Cell.FLAG, width=6),
        _c("family_size", "家庭人口数", max_bytes=3, width=6),
        _c("address", "家庭住址", max_bytes=200, width=30),
        _c("phone", "联系电话", max_bytes=20, width=14),
        _c("guardian_name", "监护人姓名", max_bytes=50, width=10),
        _c("guardian_id_number", "监护人身份证件号", Cell.ID, max_bytes=18, width=20),
        _c("assessment_year", "认定学年", required=True, max_bytes=9, width=10),
        _c("assessment_level", "家庭经济困难程度", required=True, max_bytes=10, width=10),
        _c("assessment_date", "认定时间", Cell.DATE, required=True, max_bytes=8, width=10),
        _c("assessment_reason", "认定原因", max_bytes=200, width=24),
    ),
)

# The 认定 values in the system's words (schema/schoolyear.py LEVEL and REASON codes):
# file words, not translated.
AID_SYSTEM_LEVEL = {"severe": "特别困难", "hardship": "困难", "mild": "一般困难", "none": "不困难"}
AID_SYSTEM_REASON = {
    "registered_poor": "建档立卡贫困家庭",
    "monitored": "防返贫监测对象",
    "dibao": "最低生活保障家庭",
    "extreme_poverty_support": "特困供养人员",
    "orphan": "孤儿或事实无人抚养儿童",
    "disabled": "残疾学生或残疾人子女",
    "illness": "家庭成员患重大疾病",
    "disaster": "遭受灾害或突发严重困难",
    "single_parent": "单亲家庭",
    "other": "其他",
}

# The 资助系统's 资助发放名单 (a term's payments of one aid program, one row a payment).
# Source: the system's 发放名单 import template: identity, the program, the amount in yuan
# with two decimals, the day paid as 20201014, the school year and term it is for.
PAYMENTS = ColumnSet(
    "payments",
    "资助发放名单",
    (
        _c("name", "学生姓名", required=True, max_bytes=50, width=10),
        _c("id_number", "身份证件号", Cell.ID, required=True, max_bytes=18, width=20),
        _c("student_no", "学籍号", max_bytes=30, width=22),
        _c("school_name", "学校名称", required=True, max_bytes=100, width=20),
        _c("grade", "年级", max_bytes=10, width=6),
        _c("class_name", "班级", max_bytes=20, width=6),
        _c("program", "资助项目", required=True, max_bytes=60, width=20),
        _c("amount", "发放金额（元）", Cell.MONEY, required=True, width=10),
        _c("paid_on", "发放时间", Cell.DATE, required=True, max_bytes=8, width=10),
        _c("method", "发放方式", max_bytes=20, width=8),
        _c("funding_source", "资金来源", max_bytes=60, width=12),
        _c("school_year", "学年", required=True, max_bytes=9, width=10),
        _c("term", "学期", required=True, max_bytes=10, width=6),
    ),
)

# 民政 农村留守儿童基本情况登记表 (民政部、教育部、公安部, 民发〔2016〕42号, 附件1), one row a
# child: the form's questions in the form's order, each parent's work place in its own
# column (填写到 省 市), the multiple-choice questions as their answers joined by 、,
# the 是( )否( ) questions as 是 or 否. The 祖父母 columns are left out: the ledger does
# not keep them.
LEFT_BEHIND_REGISTER = ColumnSet(
    "left_behind_register",
    "农村留守儿童基本情况登记表",
    (
        _c("name", "姓名", required=True, max_bytes=50, width=8),
        _c("sex", "性别", required=True, width=4),
        _c("ethnicity", "民族", width=6),
        _c("birth_date", "出生日期", Cell.DATE, required=True, width=10),
        _c("id_number", "公民身份号码", Cell.ID, required=True, max_bytes=18, width=20),
        _c("hukou_registered", "是否登记户口", Cell.YES_NO, required=True, width=6),
        _c("household_registration", "户籍所在地", max_bytes=100, width=16),
        _c("address", "现居住地", max_bytes=200, width=20),
        _c("health", "身体情况", required=True, width=6),
        _c("disability", "残疾类别及等级", max_bytes=40, width=10),
        _c("illness", "患病类型", max_bytes=40, width=10),
        _c("boarder", "是否学校寄宿", Cell.YES_NO, width=6),
        _c("schooling", "就学情况", width=8),
        _c("school_name", "就读学校", max_bytes=100, width=16),
        _c("father_name", "父亲姓名", max_bytes=50, width=8),
        _c("father_birth_date", "父亲出生日期", Cell.DATE, width=10),
        _c("father_id_number", "父亲公民身份号码", Cell.ID, max_bytes=18, width=20),
        _c("father_work_place", "父亲当前务工地点", max_bytes=60, width=16),
        _c("father_phone", "父亲联系电话", max_bytes=20, width=13),
        _c("mother_name", "母亲姓名", max_bytes=50, width=8),
        _c("mother_birth_date", "母亲出生日期", Cell.DATE, width=10),
        _c("mother_id_number", "母亲公民身份号码", Cell.ID, max_bytes=18, width=20),
        _c("mother_work_place", "母亲当前务工地点", max_bytes=60, width=16),
        _c("mother_phone", "母亲联系电话", max_bytes=20, width=13),
        _c("both_away", "父母双方同时外出", Cell.YES_NO, required=True, width=8),
        _c("one_away_other_incapable", "父母一方外出另一方无监护能力", Cell.YES_NO, width=10),
        _c("incapable_parent", "无监护能力", width=6),
        _c("entrusted", "有无委托其他监护人", Cell.YES_NO, width=8),
        _c("guardian_name", "委托监护人姓名", max_bytes=50, width=8),
        _c("guardian_phone", "受委托监护人电话", max_bytes=20, width=13),
        _c("guardian_id_number", "受委托监护人公民身份号码", Cell.ID, max_bytes=18, width=20),
        _c("guardian_relation", "与被监护人关系", width=8),
        _c("guardian_address", "受委托监护人居住地地址", max_bytes=200, width=20),
        _c("guardianship_type", "监护类型", required=True, width=14),
        _c("income_sources", "家庭经济来源", max_bytes=200, width=20),
        _c("assistance_received", "救助帮扶情况", max_bytes=200, width=20),
    ),
)

COLUMN_SETS = {s.key: s for s in (AID_SYSTEM, PAYMENTS, LEFT_BEHIND_REGISTER)}


def byte_length(text: str) -> int:
    """Length as the national systems count it (GBK): a Chinese character is two."""
    return sum(1 if ord(ch) < 0x80 else 2 for ch in text)
