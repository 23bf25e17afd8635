"""A school's roster spreadsheet as plain data: the file-format half of the roster import
(the use case, preview and apply, is services/students/roster_import.py).

read_sheets(path)                  the sheets a person can pick from
load_roster(path, sheet)           the sheet as a table: header row found below any
                                   title rows, merged cells filled, blank rows dropped,
                                   the Excel row number of every row kept for messages
guess_mapping(headers)             which column is which field (catalogue aliases)
prepare_cell(field, value)         a cell the way a school writes it, turned into what the
                                   catalogue's cleaners expect (schema.clean)
write_template(path)               a blank roster with the headers the import knows
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError, ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.io import xlsx, xlsx_read
from fupin_desktop.schema.catalogues import GUARDIAN, STUDENT
from fupin_desktop.schema.fields import Field, Kind
from fupin_desktop.schema.schoolyear import read_grade
from fupin_desktop.validation import compact, normalise_text

# The header is looked for among the first rows: above it sit titles and school names.
HEADER_SEARCH_ROWS = 15
GUARDIAN_PREFIX = "guardian."
# The columns that say who a row is: a sheet without either lists no child.
_IDENTITY = {"name", "id_number"}
# A group title above the guardian's columns in a two-row header.
_GUARDIAN_GROUP = re.compile(r"^(监护人|家长)")
# Aliases that name a header only on their own (see _match_headers).
_EXACT_ONLY = frozenset({"监护人"})
_LINE_BREAK = re.compile(r"\s*[\r\n]+\s*")

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
    # Rows below the header that are not a child: 小计/合计 and signature lines (row, what).
    not_children: list[tuple[int, str]] = field(default_factory=list)
    # Rows (Excel numbers) among `rows`, and columns (0-based), hidden in the file.
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: frozenset[int] = frozenset()
    # Other sheets of the file that list children too (one sheet a class): when the
    # sheet was chosen by load_roster, not by the person.
    other_rosters: list[str] = field(default_factory=list)

    def column_label(self, column: int) -> str:
        """The column's header, or its letter when the header cell is empty."""
        header = self.headers[column] if 0 <= column < len(self.headers) else ""
        return header or tr("Column {letter}").format(letter=xlsx.column_letter(column))

    def sample(self, column: int, count: int = 3) -> list[str]:
        """A few values of the column, to help a person recognise it."""
        values: list[str] = []
        for row in self.rows:
            if column < len(row.cells) and not is_blank(row.cells[column]):
                values.append(cell_text(row.cells[column]))
                if len(values) == count:
                    break
        return values


class NoHeaderRow(FileFormatError):
    """The sheet has no row of column names: not a roster (perhaps a notes sheet)."""


def read_sheets(path: Path) -> list[str]:
    return xlsx_read.sheet_names(Path(path))


def load_roster(path: Path, sheet: str | None = None) -> RosterTable:
    """Read one sheet as a roster table. Without `sheet`, the first visible sheet that has
    a header row (a 说明 sheet in front is passed over)."""
    path = Path(path)
    if sheet is not None:
        return _table_from(path.name, xlsx_read.read_sheet(path, sheet))
    names = xlsx_read.sheet_names(path)
    first_error: NoHeaderRow | None = None
    first_table: RosterTable | None = None
    chosen: RosterTable | None = None
    for name in names:
        try:
            table = _table_from(path.name, xlsx_read.read_sheet(path, name))
        except NoHeaderRow as exc:
            first_error = first_error or exc
            continue
        # A 汇总 sheet in front (年级 | 班级 | 人数) has a header too, but no child in it:
        # the roster is the first sheet that names its children (a name or ID column).
        if _IDENTITY & set(guess_mapping(table.headers, table.hidden_columns).values()):
            if chosen is None:
                chosen = table
            elif table.rows:
                chosen.other_rosters.append(name)
        first_table = first_table or table
    if chosen is not None:
        return chosen
    if first_table is not None:
        return first_table
    raise first_error or FileFormatError(N_("{name} has no worksheet."), name=path.name)


def _table_from(file_name: str, data: xlsx_read.SheetData) -> RosterTable:
    rows = data.rows
    # Blank before merged values are copied in: a blank row inside a merged 班级 cell
    # is still blank, not a student with only a class.
    blank = {r for r, row in enumerate(rows) if all(is_blank(v) for v in row)}
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
    # "身份证\n号码": a header wrapped in its cell is one name in a message, not two lines.
    headers = [_LINE_BREAK.sub("", h) for h in headers]
    width = _used_width(rows, headers)
    headers = (headers + [""] * width)[:width]
    table_rows: list[RosterRow] = []
    not_children: list[tuple[int, str]] = []
    for r in range(header_index + 1, len(rows)):
        if r in blank:
            continue
        cells = (rows[r] + [""] * width)[:width]
        if _repeats_header(cells, headers):
            continue  # printed rosters repeat the header on every page
        what = not_a_child(cells)
        if what is not None:
            not_children.append((r + 1, what))
            continue
        table_rows.append(RosterRow(r + 1, cells))
    hidden = [row.number for row in table_rows if row.number - 1 in data.hidden_rows]
    return RosterTable(
        file_name,
        data.name,
        header_index + 1,
        headers,
        table_rows,
        not_children,
        hidden,
        frozenset(c for c in data.hidden_columns if c < width),
    )


# Words of the rows a school's roster has besides its children (a 小计 under each class,
# a 合计 at the end, the signature lines at the foot).
_TOTAL = re.compile(
    r"^(本页|本班|本校|全校|全班)?(小计|合计|总计|共计|总人数|人数合计)|^共\d+(人|名)$"
)
_FOOT = re.compile(r"(制表|填表人|填报人|审核人|签字|签名|盖章|填报日期)")
# What an ID number looks like: a row that holds one is a child's, whatever else it says.
_LOOKS_LIKE_ID = re.compile(r"\d{17}[\dX]|\d{15}", re.IGNORECASE)


def not_a_child(cells: Sequence[Any]) -> str | None:
    """What a row is when it is not a child ("Subtotal", "Signature line", "Class
    heading"), or None. A row is a child's when it could be: these are recognised only
    by their words, or by one text spread over the row (a merged heading)."""
    texts = [compact(cell_text(v)) for v in cells if not is_blank(v)]
    if not texts or any(_LOOKS_LIKE_ID.fullmatch(t) for t in texts):
        return None
    if any(_TOTAL.match(t) for t in texts):
        return tr("Subtotal or total")
    if any(_FOOT.search(t) for t in texts):
        return tr("Signature line")
    if len(set(texts)) == 1 and len(texts) > 1 and len(texts[0]) > 4:
        return tr("Heading")
    return None


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
            # "学生信息" over 姓名 | 性别 …, "监护人信息" over 姓名 | 联系电话: only the
            # guardian's group changes what a column is (its 姓名 is not the child's).
            groups = [bool(_GUARDIAN_GROUP.match(_norm_header(t))) for t in top]
            if any(groups):
                grouped = [
                    "监护人" + b if b and group else b or t
                    for t, b, group in itertools.zip_longest(top, below, groups, fillvalue="")
                ]
                options.append((r + 1, grouped))
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
            if not is_blank(row[i]):
                width = i + 1
                break
    return width


def _repeats_header(cells: list[Any], headers: list[str]) -> bool:
    named = [(i, h) for i, h in enumerate(headers) if h]
    same = sum(1 for i, h in named if _norm_header(cell_text(cells[i])) == _norm_header(h))
    return bool(named) and same * 2 >= len(named) and same >= 2


def is_blank(value: Any) -> bool:
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


def guess_mapping(headers: Sequence[str], hidden: Collection[int] = ()) -> dict[int, str]:
    """{column index: target} for the columns whose header names a field ("guardian.name"
    for the guardian's). Each target is given to one column at most, to a column the
    person sees before one hidden in the file (an old 身份证号 column hidden beside the
    new one)."""
    return _match_headers(headers, hidden)[0]


def _match_headers(
    headers: Sequence[str], hidden: Collection[int] = ()
) -> tuple[dict[int, str], int]:
    names = _header_names()
    exact: dict[str, str] = {}
    for name, target in names:
        exact.setdefault(name, target)
    order = sorted(range(len(headers)), key=lambda column: column in hidden)
    normed = {column: _norm_header(headers[column]) for column in order}
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for column, name in normed.items():
        target = exact.get(name) if name else None
        if target is not None and target not in used:
            mapping[column] = target
            used.add(target)
    exact_count = len(mapping)
    # A header that holds a known name ("学生身份证号码" holds "身份证号码"): the longest
    # name wins. One-character names (班, 村, 组) match only exactly: "社会资助" is no 社;
    # so does a word that names a person, not a value of theirs: "监护人工作单位" is no
    # guardian's name.
    for column, name in normed.items():
        if column in mapping or not name:
            continue
        candidates = [
            (n, t)
            for n, t in names
            if len(n) >= 2 and n not in _EXACT_ONLY and n in name and t not in used
        ]
        if candidates:
            target = max(candidates, key=lambda item: len(item[0]))[1]
            mapping[column] = target
            used.add(target)
    return dict(sorted(mapping.items())), exact_count


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
    "sex": _pairs("male 男 female 女 male 男性 female 女性 male 男生 female 女生 male M female F"),
    "stage": _pairs(
        "preschool 学前 preschool 学前教育 preschool 幼儿园 primary 小学 junior 初中 "
        "senior 高中 senior 普通高中 vocational 中职 vocational 中等职业教育 higher 高等教育 "
        "higher 大学 higher 高职"
    ),
    "enrolment": _pairs(
        "enrolled 在读 enrolled 在校 enrolled 在校生 enrolled 在籍 "
        "transferred 转出 transferred 转学 "
        "graduated 毕业 suspended 休学 dropped_out 辍学"
    ),
    "poverty_status": _pairs(
        "none 非贫困 poor 贫困 poor 未脱贫 lifted 脱贫 lifted 已脱贫 returned 返贫 "
        "lifted_keeps_aid 脱贫户(继续享受政策) lifted 脱贫户(不享受政策) "
        "monitored_marginal 边缘易致贫 monitored_marginal 边缘易致贫户 "
        "monitored_unstable 脱贫不稳定 monitored_unstable 脱贫不稳定户 "
        "monitored_sudden 突发严重困难 monitored_sudden 突发严重困难户"
    ),
    "poverty_cause": _pairs(
        "illness 因病 disability 因残 schooling 因学 lack_of_labour 缺劳力 disaster 因灾 "
        "lack_of_skills 缺技术 lack_of_land 缺土地 lack_of_funds 缺资金 transport 交通条件落后 "
        "other 其他"
    ),
    "disability_level": _pairs("level1 一级 level2 二级 level3 三级 level4 四级"),
    "relation": _pairs(
        "father 父亲 father 父 father 父子 father 父女 "
        "mother 母亲 mother 母 mother 母子 mother 母女 "
        "grandfather 祖父 grandfather 爷爷 grandmother 祖母 grandmother 奶奶 "
        "maternal_grandfather 外祖父 maternal_grandfather 外公 maternal_grandmother 外祖母 "
        "maternal_grandmother 外婆 brother 哥哥 brother 兄 sister 姐姐 sister 姐 uncle 叔叔 "
        "uncle 伯父 uncle 舅舅 aunt 姑姑 aunt 姨妈 aunt 阿姨 aunt 舅妈 self 本人 other 其他 "
        "other 其他亲属 other 其它"
    ),
    "ethnicity": {
        **_ETHNIC,
        **{name + "族": code for name, code in _ETHNIC.items()},
        "其他": "other",
    },
}
# Yes/no words that schools write but clean_bool does not know.
_BOOL_WORDS = {
    "走读": "否",
    "走读生": "否",
    "非寄宿": "否",
    "住校": "是",
    "住校生": "是",
    "住宿": "是",
    "寄宿生": "是",
}
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


def prepare_cell(f: Field, value: Any) -> Any:
    """What a cell holds, turned into what clean_value expects; ValidationError for a
    number a spreadsheet has already damaged."""
    if f.kind is Kind.DATE and isinstance(value, int | float) and not isinstance(value, bool):
        return _date_number(value)
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
        # Exact digits: calamine gives small numbers, and xlsx_read.read_sheet gives a long
        # number as int only when the file holds all of its digits (a program wrote it,
        # not Excel). An 18-digit ID from such a cell is still checked in full, check digit
        # included, by the ID validator.
        if f.kind is Kind.PHONE and not str(value).startswith("1"):
            # A number cell cannot keep a leading 0: 07315551234 is read as 7315551234.
            # Adding it back would be a guess; the cell is refused.
            raise ValidationError(
                N_(
                    "{value} was stored as a number, which drops the leading 0 of a "
                    "landline. Type the number as text, with its area code (0731…)."
                ),
                value=value,
            )
        return str(value)
    if not isinstance(value, str):
        return value if f.kind in (Kind.BOOL, Kind.DATE) else cell_text(value)
    return _prepare_text(f, value)


# Excel counts days from 1899-12-30 (its serials from 61, 1900-03-01, on). A serial is
# believed up to the end of 2099: a larger number is a typing error, not a date.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = range(61, (dt.date(2099, 12, 31) - _EXCEL_EPOCH).days + 1)


def _date_number(value: float) -> Any:
    """A number in a date column: 20150307 is written as digits (clean_date reads it);
    42070 is a date whose cell lost its date format, shown by Excel as 2015-03-07 once it
    gets it back. Anything else is left for clean_date to refuse."""
    if value == int(value):
        number = int(value)
        if number in _SERIALS:
            return _EXCEL_EPOCH + dt.timedelta(days=number)
        return str(number)
    return cell_text(value)


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
    """ "三年级", "3年级", "初一", "七年级", "大班" -> "3", "3", "7", "7", "3" (the one grade
    convention of schema.schoolyear; the stage of 大班 is set by _fill_defaults)."""
    found = read_grade(text)
    return text if found is None else str(found[1])


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
