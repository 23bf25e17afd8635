"""Roster import: how every school starts, from the spreadsheet it already has.

read_sheets(path)                  the sheets a person can pick from
load_roster(path, sheet)           the sheet as a table: header row found below any
                                   title rows, merged cells filled, blank rows dropped,
                                   the Excel row number of every row kept for messages
guess_mapping(headers)             which column is which field (catalogue aliases)
preview(actor, table, mapping, …)  every row checked through schema.clean (the one
                                   validation path): new / existing / invalid /
                                   duplicate in the file. Nothing is written.
apply(actor, preview, …)           the accepted rows written in one transaction
write_template(path)               a blank roster with the headers the import knows
export_students(actor, query, …)   the student list as filtered, to Excel
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io import xlsx
from fupin_desktop.progress import CancelToken, Report, no_report
from fupin_desktop.schema.catalogues import GUARDIAN, STUDENT, STUDENT_HISTORY_KEYS
from fupin_desktop.schema.clean import clean_record
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.services.context import Actor, Changes
from fupin_desktop.validation import clean_int, compact, normalise_text, parse_id_number

# The header is looked for among the first rows: above it sit titles and school names.
HEADER_SEARCH_ROWS = 15
GUARDIAN_PREFIX = "guardian."

# Row status in a preview.
NEW, EXISTING, INVALID, DUPLICATE = "new", "existing", "invalid", "duplicate"
BLOCKING = (INVALID, DUPLICATE)

_BATCH = 500  # ids a query looks up at once (SQLite's variable limit is far above)
# Integral numbers from here on have more digits than a spreadsheet keeps exactly.
_LONG_NUMBER = 1e15


# -- the table --------------------------------------------------------------------------
@dataclass
class RosterRow:
    number: int  # the Excel row number, as the person sees it
    cells: list[Any]


@dataclass
class RosterTable:
    file_name: str
    sheet: str
    header_row: int  # Excel row number of the header (the lower one of a two-row header)
    headers: list[str]
    rows: list[RosterRow]

    def column_label(self, column: int) -> str:
        """The column's header, or its letter when the header cell is empty."""
        header = self.headers[column] if 0 <= column < len(self.headers) else ""
        return header or tr("Column {letter}").format(letter=xlsx.column_letter(column))

    def sample(self, column: int, count: int = 3) -> list[str]:
        """A few values of the column, to help a person recognise it."""
        values: list[str] = []
        for row in self.rows:
            if column < len(row.cells) and not _blank(row.cells[column]):
                values.append(cell_text(row.cells[column]))
                if len(values) == count:
                    break
        return values


class NoHeaderRow(FileFormatError):
    """The sheet has no row of column names: not a roster (perhaps a notes sheet)."""


def read_sheets(path: Path) -> list[str]:
    return xlsx.sheet_names(Path(path))


def load_roster(path: Path, sheet: str | None = None) -> RosterTable:
    """Read one sheet as a roster table. Without `sheet`, the first visible sheet that has
    a header row (a 说明 sheet in front is passed over)."""
    path = Path(path)
    if sheet is not None:
        return _table_from(path.name, xlsx.read_sheet(path, sheet))
    names = xlsx.sheet_names(path)
    first_error: NoHeaderRow | None = None
    for name in names:
        try:
            return _table_from(path.name, xlsx.read_sheet(path, name))
        except NoHeaderRow as exc:
            first_error = first_error or exc
    raise first_error or FileFormatError(N_("{name} has no worksheet."), name=path.name)


def _table_from(file_name: str, data: xlsx.SheetData) -> RosterTable:
    rows = data.rows
    # Blank before merged values are copied in: a blank row inside a merged 班级 cell
    # is still blank, not a student with only a class.
    blank = {r for r, row in enumerate(rows) if all(_blank(v) for v in row)}
    _fill_merged(rows, data.merged)
    found = _find_header(rows)
    if found is None:
        raise NoHeaderRow(
            N_(
                "No header row in the first {count} rows of sheet {sheet}: the roster needs "
                "a row of column names such as 姓名, 性别, 身份证号."
            ),
            count=HEADER_SEARCH_ROWS,
            sheet=data.name,
        )
    header_index, headers = found
    width = _used_width(rows, headers)
    headers = (headers + [""] * width)[:width]
    table_rows: list[RosterRow] = []
    for r in range(header_index + 1, len(rows)):
        if r in blank:
            continue
        cells = (rows[r] + [""] * width)[:width]
        if _repeats_header(cells, headers):
            continue  # printed rosters repeat the header on every page
        table_rows.append(RosterRow(r + 1, cells))
    return RosterTable(file_name, data.name, header_index + 1, headers, table_rows)


def _fill_merged(rows: list[list[Any]], merged: Sequence[tuple[int, int, int, int]]) -> None:
    """A merged cell holds its value in the top-left cell only; a person reads it in every
    cell it covers. Ranges are clipped to the used area (a stray A1:XFD1048576 merge
    must not make a billion cells)."""
    if not rows:
        return
    last_row = len(rows) - 1
    last_col = max(len(row) for row in rows) - 1
    for r0, c0, r1, c1 in merged:
        if r0 > last_row or c0 > last_col:
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, last_row) + 1):
            row = rows[r]
            end = min(c1, last_col)
            if len(row) <= end:
                row.extend([""] * (end + 1 - len(row)))
            for c in range(c0, end + 1):
                row[c] = value


def _find_header(rows: list[list[Any]]) -> tuple[int, list[str]] | None:
    """(index of the last header row, header texts) of the row whose cells match the most
    field names; a group title above sub-headers (监护人 over 姓名 | 电话) is joined with
    them when that matches better ("监护人姓名", "监护人电话")."""
    best: tuple[tuple[int, int], int, list[str]] | None = None
    for r in range(min(HEADER_SEARCH_ROWS, len(rows))):
        top = [cell_text(v) for v in rows[r]]
        options = [(r, top)]
        if r + 1 < len(rows):
            below = [cell_text(v) for v in rows[r + 1]]
            joined = [
                t + b if b and b != t else t
                for t, b in itertools.zip_longest(top, below, fillvalue="")
            ]
            options.append((r + 1, joined))
        for index, headers in options:
            score = _header_score(headers)
            if score[1] >= 2 and (best is None or score > best[0]):
                best = (score, index, headers)
    return None if best is None else (best[1], best[2])


def _header_score(headers: Sequence[str]) -> tuple[int, int]:
    mapping, exact = _match_headers(headers)
    return exact, len(mapping)


def _used_width(rows: list[list[Any]], headers: list[str]) -> int:
    width = max((i + 1 for i, h in enumerate(headers) if h), default=0)
    for row in rows:
        for i in range(len(row) - 1, width - 1, -1):
            if not _blank(row[i]):
                width = i + 1
                break
    return width


def _repeats_header(cells: list[Any], headers: list[str]) -> bool:
    named = [(i, h) for i, h in enumerate(headers) if h]
    same = sum(1 for i, h in named if _norm_header(cell_text(cells[i])) == _norm_header(h))
    return bool(named) and same * 2 >= len(named) and same >= 2


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and normalise_text(value) == "")


def cell_text(value: Any) -> str:
    """A cell as a person sees it in Excel: 3 not 3.0, a long number as 4.30123E+17."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < _LONG_NUMBER else f"{value:.15G}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return normalise_text(value)


# -- mapping columns to fields ------------------------------------------------------------
def targets() -> list[tuple[str, Field]]:
    """Every field a column can be imported as: the student file's, then the guardian's."""
    return [(f.key, f) for f in STUDENT] + [(GUARDIAN_PREFIX + f.key, f) for f in GUARDIAN]


def target_field(target: str) -> Field:
    if target.startswith(GUARDIAN_PREFIX):
        return GUARDIAN[target[len(GUARDIAN_PREFIX) :]]
    return STUDENT[target]


def target_title(target: str) -> str:
    f = target_field(target)
    if target.startswith(GUARDIAN_PREFIX):
        return tr("Guardian: {field}").format(field=f.title)
    return f.title


_HEADER_NOTE = re.compile(r"[(\[【][^)\]】]*[)\]】]$")


def _norm_header(text: str) -> str:
    """'身份证号码（必填）', ' 姓  名 ' and '*性别' all read as the bare name."""
    name = re.sub(r"\s+", "", normalise_text(text))
    name = _HEADER_NOTE.sub("", name.strip("*:"))
    return name.strip("*:").lower()


def _header_names() -> list[tuple[str, str]]:
    """(normalised name, target): aliases first, then titles and labels. Guardian fields
    are known by their aliases only: their titles (姓名, 电话) are the student's too."""
    names: list[tuple[str, str]] = []
    for target, f in targets():
        spellings = list(f.aliases)
        if not target.startswith(GUARDIAN_PREFIX):
            spellings += [f.title, f.label, f.key]
        names += [(_norm_header(s), target) for s in spellings if _norm_header(s)]
    return names


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """{column index: target} for the columns whose header names a field ("guardian.name"
    for the guardian's). Each target is given to one column at most."""
    return _match_headers(headers)[0]


def _match_headers(headers: Sequence[str]) -> tuple[dict[int, str], int]:
    names = _header_names()
    exact: dict[str, str] = {}
    for name, target in names:
        exact.setdefault(name, target)
    normed = [_norm_header(h) for h in headers]
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for column, name in enumerate(normed):
        target = exact.get(name) if name else None
        if target is not None and target not in used:
            mapping[column] = target
            used.add(target)
    exact_count = len(mapping)
    # A header that holds a known name ("学生身份证号码" holds "身份证号码"): the longest
    # name wins. One-character names (班, 村, 组) match only exactly: "社会资助" is no 社.
    for column, name in enumerate(normed):
        if column in mapping or not name:
            continue
        candidates = [(n, t) for n, t in names if len(n) >= 2 and n in name and t not in used]
        if candidates:
            target = max(candidates, key=lambda item: len(item[0]))[1]
            mapping[column] = target
            used.add(target)
    return mapping, exact_count


# -- reading one cell the way a school writes it --------------------------------------------
def _pairs(text: str) -> dict[str, str]:
    """'code 名 code 名 …' -> {名: code}."""
    words = text.split()
    return dict(zip(words[1::2], words[::2], strict=True))


# Chinese spellings of choices, whatever language the program runs in. They belong in
# the catalogue (ChoiceSet); until it has them, the import knows the common ones here.
_ETHNIC = _pairs(
    "han 汉 zhuang 壮 hui 回 manchu 满 uyghur 维吾尔 miao 苗 yi 彝 tujia 土家 tibetan 藏 "
    "mongol 蒙古 dong 侗 buyei 布依 yao 瑶 bai 白 korean 朝鲜 hani 哈尼 li 黎 kazakh 哈萨克 "
    "dai 傣 she 畲 lisu 傈僳 dongxiang 东乡 gelao 仡佬 lahu 拉祜 va 佤 sui 水 naxi 纳西 "
    "qiang 羌 tu 土 mulao 仫佬 xibe 锡伯 kyrgyz 柯尔克孜 jingpo 景颇 daur 达斡尔 salar 撒拉 "
    "blang 布朗 maonan 毛南 tajik 塔吉克 pumi 普米 achang 阿昌 nu 怒 evenki 鄂温克 gin 京 "
    "jino 基诺 deang 德昂 bonan 保安 russian 俄罗斯 yugur 裕固 uzbek 乌孜别克 monba 门巴 "
    "oroqen 鄂伦春 derung 独龙 hezhen 赫哲 gaoshan 高山 lhoba 珞巴 tatar 塔塔尔"
)
_ZH_CHOICES: dict[str, dict[str, str]] = {
    "sex": _pairs("male 男 female 女 male 男性 female 女性"),
    "stage": _pairs(
        "preschool 学前 preschool 学前教育 preschool 幼儿园 primary 小学 junior 初中 "
        "senior 高中 senior 普通高中 vocational 中职 vocational 中等职业教育 higher 高等教育 "
        "higher 大学 higher 高职"
    ),
    "enrolment": _pairs(
        "enrolled 在读 enrolled 在校 enrolled 在籍 transferred 转出 transferred 转学 "
        "graduated 毕业 suspended 休学 dropped_out 辍学"
    ),
    "poverty_status": _pairs(
        "none 非贫困 poor 贫困 poor 未脱贫 lifted 脱贫 lifted 已脱贫 returned 返贫 "
        "marginal 边缘易致贫 marginal 边缘易致贫户 unstable 脱贫不稳定 unstable 脱贫不稳定户"
    ),
    "poverty_cause": _pairs(
        "illness 因病 disability 因残 schooling 因学 lack_of_labour 缺劳力 disaster 因灾 "
        "lack_of_skills 缺技术 lack_of_land 缺土地 lack_of_funds 缺资金 transport 交通条件落后 "
        "other 其他"
    ),
    "disability_level": _pairs("level1 一级 level2 二级 level3 三级 level4 四级"),
    "relation": _pairs(
        "father 父亲 father 父子 father 父女 mother 母亲 mother 母子 mother 母女 "
        "grandfather 祖父 grandfather 爷爷 grandmother 祖母 grandmother 奶奶 "
        "maternal_grandfather 外祖父 maternal_grandfather 外公 maternal_grandmother 外祖母 "
        "maternal_grandmother 外婆 brother 哥哥 brother 兄 sister 姐姐 sister 姐 uncle 叔叔 "
        "uncle 伯父 uncle 舅舅 aunt 姑姑 aunt 姨妈 aunt 阿姨 aunt 舅妈 self 本人 other 其他 "
        "other 其他亲属"
    ),
    "ethnicity": {
        **_ETHNIC,
        **{name + "族": code for name, code in _ETHNIC.items()},
        "其他": "other",
    },
}
# Yes/no words that schools write but clean_bool does not know.
_BOOL_WORDS = {"走读": "否", "非寄宿": "否", "住校": "是", "住宿": "是"}
_CN_DIGITS = dict(zip("一二三四五六七八九", "123456789", strict=True))
_GRADE_WORDS = {"初一": "7", "初二": "8", "初三": "9"}
_CJK_NAME = re.compile(r"[\u3400-\u9fff\s]+")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


def _damaged_code(value: str) -> ValidationError:
    return ValidationError(
        N_(
            "{value} was damaged by a spreadsheet (a long number shown in scientific "
            "notation). Type it again as text."
        ),
        value=value,
    )


def _prepare(f: Field, value: Any) -> Any:
    """What a cell holds, turned into what clean_value expects; ValidationError for a
    number a spreadsheet has already damaged."""
    if isinstance(value, float) and value.is_integer():
        if abs(value) < _LONG_NUMBER:
            value = int(value)  # 3.0 -> 3, 13800138000.0 -> "13800138000"
        elif f.kind in xlsx.TEXT_KINDS:
            # 16 digits or more in a float: the last ones are already lost (Excel keeps 15,
            # an 18-digit ID cannot be exact in a float). Shown the way Excel shows it,
            # so the ID and phone validators give their "damaged" message. Never guessed.
            shown = f"{value:.15G}"
            if f.kind is Kind.CODE:
                raise _damaged_code(shown)
            return shown
    if isinstance(value, int) and not isinstance(value, bool):
        # Exact digits: calamine gives small numbers, and xlsx.read_sheet gives a long
        # number as int only when the file holds all of its digits (a program wrote it,
        # not Excel). An 18-digit ID from such a cell is still checked in full, check digit
        # included, by the ID validator.
        return str(value)
    if not isinstance(value, str):
        return value if f.kind in (Kind.BOOL, Kind.DATE) else cell_text(value)
    return _prepare_text(f, value)


def _prepare_text(f: Field, text: str) -> Any:
    if f.kind is Kind.CODE and _SCIENTIFIC.match(compact(text)):
        raise _damaged_code(compact(text))
    if f.key == "name" and _CJK_NAME.fullmatch(normalise_text(text)):
        # "王  五": two-character names are padded to line up with three-character ones.
        return re.sub(r"\s+", "", text)
    if f.key == "grade":
        return _grade_text(text)
    if f.kind is Kind.BOOL:
        return _BOOL_WORDS.get(normalise_text(text), text)
    if f.kind is Kind.CHOICE:
        return choice_code(f, text) or text
    return text


def choice_code(f: Field, text: str) -> str | None:
    """The code of a choice from its code, its label (English or as translated) or the
    Chinese a school writes; None if it is none of them."""
    if f.choices is None:
        return None
    word = normalise_text(text)
    if not word:
        return None
    return f.choices.code_for(word) or _ZH_CHOICES.get(f.choices.key, {}).get(word)


def _grade_text(text: str) -> str:
    """ "三年级", "3年级", "初一" -> "3", "3", "7"."""
    word = compact(text)
    if word in _GRADE_WORDS:
        return _GRADE_WORDS[word]
    match = re.fullmatch(r"([1-9一二三四五六七八九])年级", word)
    if match:
        return _CN_DIGITS.get(match[1], match[1])
    return text


_STAGE_BY_SCHOOL = {
    "kindergarten": "preschool",
    "complete_primary": "primary",
    "lower_primary": "primary",
    "teaching_point": "primary",
    "junior_middle": "junior",
}


def _default_stage(school_type: str, grade: int | None) -> str:
    if school_type == "nine_year":
        return "junior" if grade is not None and grade >= 7 else "primary"
    return _STAGE_BY_SCHOOL.get(school_type, "")


# -- preview --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CellError:
    column: int  # -1: the field has no column in the file
    header: str
    message: str  # translated

    def describe(self, row: int) -> str:
        return tr("Row {row}, {column}: {message}").format(
            row=row, column=self.header, message=self.message
        )


@dataclass
class PreviewRow:
    number: int  # Excel row
    status: str  # NEW, EXISTING, INVALID, DUPLICATE
    values: dict[str, Any]  # cleaned student values (every catalogue key when valid)
    provided: frozenset[str]  # student keys the file gave a value for
    guardian: dict[str, Any] | None = None  # cleaned guardian values
    guardian_provided: frozenset[str] = frozenset()
    errors: list[CellError] = field(default_factory=list)
    student_id: str | None = None  # the existing student this row matches
    match: str = ""  # "张三 (柳塘小学)"
    changes: list[str] = field(default_factory=list)  # keys an update would change

    @property
    def reasons(self) -> str:
        return "; ".join(f"{e.header}: {e.message}" for e in self.errors)

    def describe(self) -> list[str]:
        return [e.describe(self.number) for e in self.errors]


@dataclass
class RosterPreview:
    school_id: str
    school_name: str
    file_name: str
    sheet: str
    mapping: dict[int, str]
    rows: list[PreviewRow]

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def blocking(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.status in BLOCKING]

    @property
    def changed(self) -> int:
        return sum(1 for row in self.rows if row.status == EXISTING and row.changes)

    def summary(self) -> str:
        return tr(
            "{new} new, {existing} already in the ledger ({changed} with changes), "
            "{invalid} invalid, {duplicate} repeated in the file."
        ).format(
            new=self.count(NEW),
            existing=self.count(EXISTING),
            changed=self.changed,
            invalid=self.count(INVALID),
            duplicate=self.count(DUPLICATE),
        )

    def problems(self) -> list[str]:
        """One line a cell: "Row 5, 身份证号: …"."""
        return [line for row in self.blocking for line in row.describe()]


def preview(
    actor: Actor, table: RosterTable, mapping: dict[int, str], school_id: str
) -> RosterPreview:
    """Check every row; nothing is written. Rows whose mapped cells are all empty are
    left out (numbered but empty template rows)."""
    from fupin_desktop.db.models import School

    school = School.get_or_none(School.id == school_id)
    if school is None or school.deleted:
        raise ValidationError(N_("Choose the school the roster belongs to."))
    labels = {target: table.column_label(column) for column, target in mapping.items()}
    columns = {target: column for column, target in mapping.items()}
    checked = [_check_row(row, mapping, labels, columns, school.school_type) for row in table.rows]
    rows = [row for row in checked if row is not None]
    _mark_duplicates(rows, labels, columns)
    _match_existing(rows, school_id, labels, columns)
    return RosterPreview(school_id, school.name, table.file_name, table.sheet, mapping, rows)


def _label(target: str, labels: dict[str, str]) -> str:
    return labels.get(target) or target_title(target)


def _check_row(
    row: RosterRow,
    mapping: dict[int, str],
    labels: dict[str, str],
    columns: dict[str, int],
    school_type: str,
) -> PreviewRow | None:
    student: dict[str, Any] = {}
    guardian: dict[str, Any] = {}
    errors: list[CellError] = []
    failed: set[str] = set()
    for column, target in mapping.items():
        value = row.cells[column] if column < len(row.cells) else ""
        if _blank(value):
            continue
        try:
            prepared = _prepare(target_field(target), value)
        except ValidationError as exc:
            errors.append(CellError(column, _label(target, labels), exc.message))
            failed.add(target)
            continue
        if target.startswith(GUARDIAN_PREFIX):
            guardian[target[len(GUARDIAN_PREFIX) :]] = prepared
        else:
            student[target] = prepared
    if not student and not guardian and not errors:
        return None
    provided = frozenset(student)
    _fill_defaults(student, school_type)
    values, field_errors = clean_record(STUDENT, student)
    for key, message in field_errors.items():
        if key not in failed:
            errors.append(CellError(columns.get(key, -1), _label(key, labels), message))
    guardian_values, guardian_provided = None, frozenset(guardian)
    if guardian:
        guardian_values = _check_guardian(guardian, labels, columns, failed, errors)
    status = INVALID if errors else NEW
    return PreviewRow(
        row.number, status, values, provided, guardian_values, guardian_provided, errors
    )


def _fill_defaults(student: dict[str, Any], school_type: str) -> None:
    """What a roster leaves out but the file needs: sex and birth date are in the ID
    number, a roster lists the children at school, the stage follows from the school."""
    if student.get("id_number") and (_blank(student.get("sex")) or not student.get("birth_date")):
        try:
            info = parse_id_number(student["id_number"])
        except ValidationError:
            info = None  # the ID column reports it
        if info is not None:
            if _blank(student.get("sex")):
                student["sex"] = info.sex
            if _blank(student.get("birth_date")):
                student["birth_date"] = info.birth_date
    if _blank(student.get("enrolment")):
        student["enrolment"] = "enrolled"
    if _blank(student.get("stage")):
        try:
            grade = clean_int(student.get("grade"), 1, 9)
        except ValidationError:
            grade = None
        student["stage"] = _default_stage(school_type, grade)


def _check_guardian(
    guardian: dict[str, Any],
    labels: dict[str, str],
    columns: dict[str, int],
    failed: set[str],
    errors: list[CellError],
) -> dict[str, Any]:
    # Rosters give the guardian's name and phone, seldom the relation: "other relative"
    # until someone records it (the relation is required in the guardian's file).
    if _blank(guardian.get("relation")):
        guardian["relation"] = "other"
    values, guardian_errors = clean_record(GUARDIAN, guardian)
    for key, message in guardian_errors.items():
        target = GUARDIAN_PREFIX + key
        if target not in failed:
            column = columns.get(target, -1)
            errors.append(CellError(column, _label(target, labels), message))
    return values


def _mark_duplicates(
    rows: list[PreviewRow], labels: dict[str, str], columns: dict[str, int]
) -> None:
    """The second row with an ID number is refused: which of the two is right is for a
    person to say."""
    first: dict[str, int] = {}
    for row in rows:
        number = row.values.get("id_number")
        if not number:
            continue
        if number in first:
            row.status = DUPLICATE
            message = tr("The same ID number as row {row}.").format(row=first[number])
            row.errors.append(
                CellError(columns.get("id_number", -1), _label("id_number", labels), message)
            )
        else:
            first[number] = row.number


def _match_existing(
    rows: list[PreviewRow], school_id: str, labels: dict[str, str], columns: dict[str, int]
) -> None:
    candidates = [row for row in rows if row.status == NEW]
    found = _students_by_id_number([row.values["id_number"] for row in candidates])
    guardians = _guardians_of([s["id"] for s in found.values()])
    id_label = _label("id_number", labels)
    for row in candidates:
        stored = found.get(row.values["id_number"])
        if stored is None:
            continue
        row.student_id = stored["id"]
        row.match = tr("{name} ({school})").format(
            name=stored["name"], school=stored["school_name"]
        )
        if stored["school"] != school_id:
            row.status = INVALID
            message = tr("Already in the ledger at another school: {match}.").format(
                match=row.match
            )
            row.errors.append(CellError(columns.get("id_number", -1), id_label, message))
            continue
        row.status = EXISTING
        row.changes = _changes(row, stored, guardians.get(stored["id"], []))
        if row.changes:
            _check_merged(row, stored, labels, columns)


def _changes(row: PreviewRow, stored: dict[str, Any], guardians: list[dict[str, Any]]) -> list[str]:
    """The fields an update would change. An empty cell changes nothing: a roster that
    leaves out a phone does not mean the phone is gone."""
    keys = [k for k in STUDENT.keys() if k in row.provided and row.values[k] != stored[k]]
    if row.guardian is not None and _guardian_change(row, guardians) is not None:
        keys.append(GUARDIAN_PREFIX + "name")
    return keys


def _guardian_change(
    row: PreviewRow, guardians: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, dict[str, Any]] | None:
    """What to save of the file's guardian for an existing student: (the ledger's guardian
    of that name, the values that differ), (None, a new guardian), or None when the
    ledger already says the same."""
    assert row.guardian is not None
    given = {k: row.guardian[k] for k in row.guardian_provided if k in row.guardian}
    for existing in guardians:
        if normalise_text(existing["name"]) == row.guardian["name"]:
            differ = {k: v for k, v in given.items() if existing.get(k) != v}
            return (existing, differ) if differ else None
    return None, dict(row.guardian)


def _check_merged(
    row: PreviewRow, stored: dict[str, Any], labels: dict[str, str], columns: dict[str, int]
) -> None:
    """An update saves the whole file: if what is already in the ledger no longer passes
    today's checks, say so here rather than fail in the middle of the import."""
    merged = {key: stored[key] for key in STUDENT.keys()}
    merged.update({key: row.values[key] for key in row.changes if key in merged})
    _, errors = clean_record(STUDENT, merged)
    for key, message in errors.items():
        text = tr("In the ledger: {message}").format(message=message)
        row.errors.append(CellError(columns.get(key, -1), _label(key, labels), text))
    if errors:
        row.status = INVALID


def _students_by_id_number(numbers: list[str]) -> dict[str, dict[str, Any]]:
    from fupin_desktop.db.models import School, Student

    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(numbers), _BATCH):
        chunk = numbers[start : start + _BATCH]
        query = (
            Student.select(Student, School.name.alias("school_name"))
            .join(School)
            .where(Student.id_number.in_(chunk) & (Student.deleted == False))  # noqa: E712
            .order_by(Student.created_at)
            .dicts()
        )
        for stored in query:
            found.setdefault(stored["id_number"], stored)
    return found


def _guardians_of(student_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    from fupin_desktop.db.models import Guardian

    result: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(student_ids), _BATCH):
        chunk = student_ids[start : start + _BATCH]
        query = (
            Guardian.select()
            .where(Guardian.student.in_(chunk) & (Guardian.deleted == False))  # noqa: E712
            .dicts()
        )
        for row in query:
            result.setdefault(row["student"], []).append(row)
    return result


# -- apply ----------------------------------------------------------------------------------
@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    backup: Path | None = None
    student_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return tr(
            "Imported: {created} new, {updated} updated, {unchanged} unchanged, "
            "{skipped} rows skipped."
        ).format(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )


def apply(
    actor: Actor,
    roster: RosterPreview,
    *,
    update_existing: bool = True,
    skip_invalid: bool = False,
    report: Report = no_report,
    cancel: CancelToken | None = None,
    as_of: dt.date | None = None,
) -> tuple[ImportResult, Changes]:
    """Write the accepted rows in one transaction: all of them or, on any error or
    cancellation, none. Invalid or repeated rows refuse the whole import unless
    skip_invalid. A backup of the ledger is taken first."""
    from fupin_desktop.db.base import database
    from fupin_desktop.services import audit

    blocking = roster.blocking
    if blocking and not skip_invalid:
        raise ValidationError(
            N_(
                "{count} rows of the file are not valid, so nothing was imported. Correct "
                "them, or choose to skip invalid rows."
            ),
            count=len(blocking),
            details="\n".join(roster.problems()),
        )
    new_rows = [row for row in roster.rows if row.status == NEW]
    existing = [row for row in roster.rows if row.status == EXISTING]
    updates = [row for row in existing if row.changes] if update_existing else []
    result = ImportResult(
        unchanged=len(existing) - len(updates), skipped=len(blocking) if skip_invalid else 0
    )
    changes = Changes()
    if not new_rows and not updates:
        return result, changes
    result.backup = _backup_before_import()
    as_of = as_of or dt.date.today()
    report(0.0, tr("Writing {count} students").format(count=len(new_rows) + len(updates)))
    with database.atomic():
        _check_still_new(new_rows)
        batch = _Batch()
        for row in new_rows:
            result.student_ids.append(_plan_new(batch, actor, roster, row, as_of))
        _plan_updates(batch, actor, roster, updates, as_of)
        result.student_ids += [row.student_id or "" for row in updates]
        if cancel is not None:
            cancel.check()
        batch.write(changes)
        result.created, result.updated = len(new_rows), len(updates)
        audit.record(actor, "import", "student", details=_audit_details(roster, result))
        if cancel is not None:
            cancel.check()  # the last moment a cancel still leaves the ledger untouched
    report(1.0, result.summary())
    return result, changes


def _audit_details(roster: RosterPreview, result: ImportResult) -> str:
    return (
        f"{roster.file_name} [{roster.sheet}]: {result.created} new, {result.updated} updated,"
        f" {result.skipped} skipped"
    )


def _backup_before_import() -> Path | None:
    """One backup before every import (docs/architecture.md, Storage and safety)."""
    from fupin_desktop.db.backup import automatic_backup
    from fupin_desktop.db.base import database

    name = database.database
    if not name or name == ":memory:" or not Path(name).exists():
        return None
    return automatic_backup(Path(name), reason="before-import")


def _check_still_new(rows: list[PreviewRow]) -> None:
    """The ledger may have changed since the preview (a file typed in meanwhile)."""
    taken = _students_by_id_number([row.values["id_number"] for row in rows])
    if taken:
        raise _ledger_changed(len(taken))


def _ledger_changed(count: int) -> ValidationError:
    return ValidationError(
        N_(
            "The ledger changed since the preview ({count} students). Nothing was imported: "
            "preview the file again."
        ),
        count=count,
    )


def _history_value(key: str, value: Any) -> str:
    # As services.students stores a status: flags as "true"/"false", choices as codes.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value or "")


class _Batch:
    """The bulk way (docs/architecture.md, Start-up and speed): a save() a row, with its
    history, guardian and audit, took 7.5 s for 2,000 new students and 12 s for 2,000
    updates. What services.students.save_file does is planned here row by row, then
    written with executemany; every record still gets its own version stamp, all taken
    from the installation counter in one step (stamp_version)."""

    def __init__(self) -> None:
        from fupin_desktop.db.models import Guardian, StatusHistory, Student

        # In foreign-key order: students before what points at them.
        self.inserts: dict[Any, list[dict[str, Any]]] = {
            Student: [],
            Guardian: [],
            StatusHistory: [],
        }
        # model -> [(record id, its version vector now, {field: new value})]
        self.updates: dict[Any, list[tuple[str, dict[str, int], dict[str, Any]]]] = {
            Student: [],
            Guardian: [],
            StatusHistory: [],
        }
        self.audits: list[dict[str, Any]] = []

    def insert(self, model: Any, record: dict[str, Any]) -> str:
        from fupin_desktop.db.base import new_id

        record.setdefault("id", new_id())
        self.inserts[model].append(record)
        return record["id"]

    def update(
        self, model: Any, record_id: str, version: dict[str, int] | None, values: dict[str, Any]
    ) -> None:
        self.updates[model].append((record_id, dict(version or {}), values))

    def audit(self, actor: Actor, action: str, record_id: str, details: str) -> None:
        self.audits.append(
            {
                "actor": actor.name,
                "role": actor.role,
                "action": action,
                "table": "student",
                "record_id": record_id,
                "details": details,
            }
        )

    def write(self, changes: Changes) -> None:
        from fupin_desktop.db.base import stamp_version, utcnow
        from fupin_desktop.db.models import AuditLog

        count = sum(len(v) for v in self.inserts.values()) + sum(
            len(v) for v in self.updates.values()
        )
        if not count:
            return
        now = utcnow()
        instance_id, first = stamp_version(count)
        counters = itertools.count(first)
        for model, records in self.inserts.items():
            for record in records:
                record.update(created_at=now, updated_at=now, deleted=False)
                record["version"] = {instance_id: next(counters)}
            _insert_many(model, records)
            if records:
                changes.touch(model._meta.table_name, *(r["id"] for r in records))
        for model, updates in self.updates.items():
            rows = []
            for record_id, version, values in updates:
                version[instance_id] = next(counters)
                rows.append((record_id, {**values, "version": version, "updated_at": now}))
            _update_many(model, rows)
            if rows:
                changes.touch(model._meta.table_name, *(record_id for record_id, _ in rows))
        _insert_many(AuditLog, self.audits, at=now)


def _plan_new(
    batch: _Batch, actor: Actor, roster: RosterPreview, row: PreviewRow, as_of: dt.date
) -> str:
    """A new file, as save_file creates one: the student, a dated history entry for each
    status that is set, the guardian."""
    from fupin_desktop.db.models import Guardian, StatusHistory, Student
    from fupin_desktop.pinyin import name_pinyin

    pinyin, initials = name_pinyin(row.values["name"])
    student_id = batch.insert(
        Student,
        {
            **row.values,
            "school": roster.school_id,
            "name_pinyin": pinyin,
            "name_initials": initials,
        },
    )
    for key in STUDENT_HISTORY_KEYS:
        value = _history_value(key, row.values.get(key))
        if value not in ("false", "", "none"):
            batch.insert(
                StatusHistory,
                {"student": student_id, "kind": key, "value": value, "start_date": as_of},
            )
    if row.guardian is not None:
        batch.insert(Guardian, {**row.guardian, "student": student_id})
    batch.audit(actor, "create", student_id, f"{roster.file_name} row {row.number}")
    return student_id


def _plan_updates(
    batch: _Batch, actor: Actor, roster: RosterPreview, rows: list[PreviewRow], as_of: dt.date
) -> None:
    """Only the fields the file changes are written; family members and other guardians
    are not touched. A changed status closes its open history entry and opens a new one
    on `as_of`, as save_file does. Read again inside the transaction: the version vectors
    merged into must be the current ones."""
    ids = [row.student_id or "" for row in rows]
    stored = _students_by_ids(ids)
    if len(stored) != len(ids):
        raise _ledger_changed(len(ids) - len(stored))
    guardians = _guardians_of(ids)
    open_history = _open_history(ids)
    for row in rows:
        student = stored[row.student_id or ""]
        if student["id_number"] != row.values["id_number"]:
            raise _ledger_changed(1)
        _plan_update(batch, row, student, guardians, open_history, as_of)
        batch.audit(actor, "update", student["id"], f"{roster.file_name} row {row.number}")


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _plan_update(
    batch: _Batch,
    row: PreviewRow,
    student: dict[str, Any],
    guardians: dict[str, list[dict[str, Any]]],
    open_history: dict[tuple[str, str], list[dict[str, Any]]],
    as_of: dt.date,
) -> None:
    from fupin_desktop.db.models import Guardian, StatusHistory, Student
    from fupin_desktop.pinyin import name_pinyin

    student_id = student["id"]
    values = {key: row.values[key] for key in row.changes if key in STUDENT.keys()}
    if values:
        pinyin, initials = name_pinyin(values.get("name", student["name"]))
        values.update(name_pinyin=pinyin, name_initials=initials)
        batch.update(Student, student_id, student["version"], values)
    for key in row.changes:
        if key not in STUDENT_HISTORY_KEYS:
            continue
        for entry in open_history.get((student_id, key), []):
            if _as_date(entry["start_date"]) > as_of:
                # The same rule as a student file saved by hand: no change dated before
                # the value it replaces started.
                raise ValidationError(
                    N_("The current value holds since {date}; a change cannot be dated earlier."),
                    date=str(entry["start_date"]),
                )
            batch.update(StatusHistory, entry["id"], entry["version"], {"end_date": as_of})
        value = _history_value(key, row.values[key])
        batch.insert(
            StatusHistory,
            {"student": student_id, "kind": key, "value": value, "start_date": as_of},
        )
    if row.guardian is not None:
        change = _guardian_change(row, guardians.get(student_id, []))
        if change is not None:
            existing, guardian_values = change
            if existing is None:
                batch.insert(Guardian, {**guardian_values, "student": student_id})
            else:
                batch.update(Guardian, existing["id"], existing["version"], guardian_values)


def _insert_many(model: Any, records: list[dict[str, Any]], **common: Any) -> None:
    """executemany on the peewee connection; values pass through each field's db_value,
    as save() would, and fields left out take their defaults."""
    import peewee as pw

    from fupin_desktop.db.base import database

    if not records:
        return
    fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'

    def value(f: pw.Field, record: dict[str, Any]) -> Any:
        if f.name in record:
            raw = record[f.name]
        elif f.name in common:
            raw = common[f.name]
        else:
            raw = f.default() if callable(f.default) else f.default
        return f.db_value(raw)

    params = [tuple(value(f, record) for f in fields) for record in records]
    database.cursor().executemany(sql, params)


def _update_many(model: Any, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """UPDATE … WHERE id = ?, one executemany for each set of columns."""
    from fupin_desktop.db.base import database

    groups: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = {}
    for record_id, values in rows:
        groups.setdefault(tuple(sorted(values)), []).append((record_id, values))
    fields = model._meta.fields
    for keys, members in groups.items():
        columns = ", ".join(f'"{fields[k].column_name}" = ?' for k in keys)
        sql = f'UPDATE "{model._meta.table_name}" SET {columns} WHERE "id" = ?'
        params = [
            (*(fields[k].db_value(values[k]) for k in keys), record_id)
            for record_id, values in members
        ]
        database.cursor().executemany(sql, params)


def _students_by_ids(ids: list[str]) -> dict[str, dict[str, Any]]:
    from fupin_desktop.db.models import Student

    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        query = Student.select().where(Student.id.in_(chunk) & (Student.deleted == False))  # noqa: E712
        found.update({row["id"]: row for row in query.dicts()})
    return found


def _open_history(student_ids: list[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    from fupin_desktop.db.models import StatusHistory

    result: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for start in range(0, len(student_ids), _BATCH):
        chunk = student_ids[start : start + _BATCH]
        query = StatusHistory.select(
            StatusHistory.id,
            StatusHistory.student,
            StatusHistory.kind,
            StatusHistory.version,
            StatusHistory.start_date,
        ).where(
            StatusHistory.student.in_(chunk)
            & StatusHistory.end_date.is_null()
            & (StatusHistory.deleted == False)  # noqa: E712
        )
        for entry in query.dicts():
            result.setdefault((entry["student"], entry["kind"]), []).append(entry)
    return result


# -- template and export -------------------------------------------------------------------
# Guardian columns of the template: their own Chinese names (titles would say 姓名, 电话).
TEMPLATE_GUARDIAN_KEYS = ("name", "relation", "phone", "id_number")


def write_template(path: Path) -> Path:
    """A blank roster: every field of the student file, then the guardian's, with the
    headers the import recognises, ID and phone columns formatted as text. No example
    row: one left in by mistake would be imported as a student. Examples and the
    allowed values are on the notes sheet."""
    columns = [xlsx.Column.of(f) for f in STUDENT]
    columns += [xlsx.Column.of(GUARDIAN[k], GUARDIAN[k].aliases[0]) for k in TEMPLATE_GUARDIAN_KEYS]
    notes = [[line] for line in _template_notes()]
    xlsx.write_workbook(
        Path(path),
        [
            xlsx.SheetSpec(tr("Students"), columns, []),
            xlsx.SheetSpec(tr("Notes"), [xlsx.Column(tr("Notes"), 90)], notes, freeze_header=False),
        ],
    )
    return Path(path)


def _template_notes() -> Iterator[str]:
    yield tr("One student a row, below the header row. Do not change the header row.")
    yield tr("Required: {name} and {id_number}.").format(
        name=STUDENT["name"].title, id_number=STUDENT["id_number"].title
    )
    yield tr(
        "Left empty, {sex} and {birth} are read from the ID number, {stage} follows from "
        "the school and the grade, and {enrolment} is {enrolled}."
    ).format(
        sex=STUDENT["sex"].title,
        birth=STUDENT["birth_date"].title,
        stage=STUDENT["stage"].title,
        enrolment=STUDENT["enrolment"].title,
        enrolled=STUDENT["enrolment"].display("enrolled"),
    )
    yield tr("ID numbers and phone numbers are text: type them in full, 18 characters.")
    yield tr("Yes/no columns: 是 or 否.")
    for f in [*STUDENT, GUARDIAN["relation"]]:
        if f.kind is Kind.CHOICE and f.choices is not None:
            labels = [f.choices.label(code) for code in f.choices.codes() if code]
            yield f"{f.title}: {', '.join(labels)}"


def export_columns() -> list[xlsx.Column]:
    """学校, then every field of the student file, headers from the catalogue."""
    return [xlsx.Column(tr("School"), 16)] + [xlsx.Column.of(f) for f in STUDENT]


def _export_value(f: Field, value: Any) -> Any:
    if value is None or value == "":
        return None  # an empty cell, not "(none)"
    if f.kind is Kind.INT:
        return value
    return f.display(value)


def export_students(
    actor: Actor,
    query: Any,
    path: Path,
    report: Report = no_report,
    cancel: CancelToken | None = None,
) -> int:
    """The student list as filtered (a services.students.StudentQuery) to an Excel file:
    Chinese headers, choices in words, IDs and phones as text cells, header row frozen.
    ID numbers are masked as the actor sees them (fetch_rows decides). Returns rows."""
    from fupin_desktop.services import audit
    from fupin_desktop.services.students import files as students

    ids = students.list_ids(actor, query)
    total = max(len(ids), 1)

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), _BATCH):
            if cancel is not None:
                cancel.check()
            chunk = ids[start : start + _BATCH]
            fetched = students.fetch_rows(actor, chunk)
            for student_id in chunk:
                row = fetched.get(student_id)
                if row is not None:
                    values = [_export_value(f, row.get(f.key)) for f in STUDENT]
                    yield [row.get("school_name", ""), *values]
            done = start + len(chunk)
            text = tr("Written {done} of {total} students").format(done=done, total=len(ids))
            report(done / total, text)

    count = xlsx.write_workbook(
        Path(path), [xlsx.SheetSpec(tr("Students"), export_columns(), rows())], cancel=cancel
    )
    audit.record(actor, "export", "student", details=f"{count} rows to {Path(path).name}")
    return count
