"""A bank's payment detail (发放明细): the Excel file a bank gives back after paying aid
onto the children's cards. Banks lay it out each their own way: the header row is
found by its column names, and the rows come back as plain text (IDs and card numbers
kept whole: a numeric cell already damaged by Excel is reported, not guessed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fupin_desktop.errors import FileFormatError
from fupin_desktop.i18n import N_
from fupin_desktop.io import xlsx_read
from fupin_desktop.io.roster import cell_text

# Column -> the header names banks use for it.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "户名", "学生姓名", "收款人", "收款人姓名", "持卡人"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "学生身份证号", "公民身份号码"),
    "card_number": ("卡号", "账号", "银行卡号", "一卡通账号", "收款账号", "社保卡号"),
    "amount": ("金额", "发放金额", "实发金额", "金额（元）", "金额(元)", "交易金额"),
    "paid_on": ("日期", "发放日期", "交易日期", "入账日期"),
    "program": ("项目", "资助项目", "补助项目", "摘要"),
    "result": ("状态", "发放状态", "处理结果", "交易结果"),
}
# A row whose result says it failed is not a payment.
FAILED = re.compile(r"失败|退回|退票|未成功|错误")
NO_HEADER = N_(
    "{name}: no header row with a name, an ID number or card number and an amount was found."
)


@dataclass(frozen=True)
class BankRow:
    row: int  # the Excel row number
    name: str
    id_number: str
    card_number: str
    amount: str  # as written: yuan
    paid_on: str
    program: str
    failed: bool


def _norm(text: str) -> str:
    return re.sub(r"\s|\*", "", text).replace("（", "(").replace("）", ")")


def _columns(headers: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    names = {key: {_norm(h) for h in values} for key, values in HEADERS.items()}
    for index, header in enumerate(headers):
        text = _norm(cell_text(header))
        for key, wanted in names.items():
            if key not in found and text in wanted:
                found[key] = index
    return found


def read_bank_detail(path: Path) -> list[BankRow]:
    data = xlsx_read.read_sheet(Path(path))
    start, columns = -1, {}
    for index, headers in enumerate(data.rows[:20]):
        columns = _columns(headers)
        if "amount" in columns and ({"id_number", "card_number"} & set(columns)):
            start = index
            break
    if start < 0:
        raise FileFormatError(NO_HEADER, name=Path(path).name)
    rows = []
    for offset, cells in enumerate(data.rows[start + 1 :], start=start + 2):

        def get(key: str, cells: list[Any] = cells) -> str:
            index = columns.get(key)
            return cell_text(cells[index]) if index is not None and index < len(cells) else ""

        if not any(get(k) for k in ("name", "id_number", "card_number", "amount")):
            continue
        if re.match(r"^(合计|总计|小计)", get("name")):
            continue
        rows.append(
            BankRow(
                row=offset,
                name=get("name"),
                id_number=get("id_number").upper().replace(" ", ""),
                card_number=re.sub(r"[\s-]", "", get("card_number")),
                amount=get("amount"),
                paid_on=get("paid_on"),
                program=get("program"),
                failed=bool(FAILED.search(get("result"))),
            )
        )
    return rows
