"""Field validators: resident ID numbers (GB 11643), phones, codes, dates, ranges.

Each validator takes what a person typed (or a spreadsheet held) and returns the
cleaned value, or raises ValidationError with a translatable message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_SCI_NOTATION = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


# Invisible format characters that text copied from a web page, a PDF or a Windows dialog
# carries: a byte-order mark, zero-width spaces and joiners, direction marks. An ID number
# with one inside looks right and is not; no short text of the ledger needs them.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")


def normalise_text(text: object) -> str:
    """Full-width to ASCII (NFKC), invisible format characters removed, stray and
    non-breaking spaces removed at the ends."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    return _INVISIBLE.sub("", value).strip()


# The full-width punctuation of Chinese prose (，：；！？（）…) as a person typed it: NFKC
# would make "，" a ",". Full-width letters and digits still become ASCII.
_PROSE_PUNCTUATION = re.compile("[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def normalise_prose(text: object) -> str:
    """normalise_text for what people write in sentences (notes, diaries, addresses): the
    full-width punctuation is kept."""
    if text is None:
        return ""
    value = str(text)
    if _PROSE_PUNCTUATION.search(value) is None:
        return normalise_text(value)
    out: list[str] = []
    start = 0
    for mark in _PROSE_PUNCTUATION.finditer(value):
        out.append(unicodedata.normalize("NFKC", value[start : mark.start()]))
        out.append(mark.group())
        start = mark.end()
    out.append(unicodedata.normalize("NFKC", value[start:]))
    return "".join(out).replace("\u200b", "").strip()


def compact(text: object) -> str:
    """normalise_text, and every inner space removed too (IDs, phones, codes)."""
    return re.sub(r"\s+", "", normalise_text(text)).lstrip("'")


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: dt.date
    sex: str  # "male" / "female"


def id_check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def parse_id_number(raw: object, *, today: dt.date | None = None) -> IdInfo:
    """Check an 18-character resident ID number and read birth date and sex from it.

    Accepts lower-case x and full-width characters; refuses the old 15-digit form
    (it has no check digit) and a number a spreadsheet has turned into 4.2E+17.
    """
    number = compact(raw).upper()
    if not number:
        raise ValidationError(N_("The ID number is empty."), field="id_number")
    if _SCI_NOTATION.match(number):
        raise ValidationError(
            N_(
                "The ID number {value} was damaged by a spreadsheet (shown in scientific "
                "notation). Type it again as text."
            ),
            field="id_number",
            value=number,
        )
    if len(number) == 15 and number.isdigit():
        raise ValidationError(
            N_("{value} is an old 15-digit ID number. Please enter the 18-character number."),
            field="id_number",
            value=number,
        )
    if (
        len(number) != 18
        or not number[:17].isdigit()
        or not (number[17].isdigit() or number[17] == "X")
    ):
        raise ValidationError(
            N_("The ID number must have 18 characters: 17 digits and a digit or X."),
            field="id_number",
        )
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            N_("The birth date in the ID number ({value}) is not a real date."),
            field="id_number",
            value=number[6:14],
        ) from None
    today = today or dt.date.today()
    if birth > today or birth.year < 1900:
        raise ValidationError(
            N_("The birth date in the ID number ({value}) is impossible."),
            field="id_number",
            value=birth.isoformat(),
        )
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        raise ValidationError(
            # No digit is suggested: the "right" one would turn any other typo in the
            # number into a valid wrong ID (issue 17). The paper certificate decides.
            N_(
                "The ID number does not add up (its last character is a check): compare "
                "every digit with the household register or the ID card."
            ),
            field="id_number",
        )
    sex = "male" if int(number[16]) % 2 == 1 else "female"
    return IdInfo(number=number, birth_date=birth, sex=sex)


def clean_id_number(raw: object) -> str:
    return parse_id_number(raw).number


def clean_optional_id_number(raw: object) -> str:
    return clean_id_number(raw) if compact(raw) else ""


def clean_phone(raw: object) -> str:
    """A mobile (11 digits, starting with 1) or a landline with area code."""
    phone = compact(raw).replace("-", "").replace("(", "").replace(")", "")
    if not phone:
        return ""
    if _SCI_NOTATION.match(phone):
        raise ValidationError(
            N_("The phone number {value} was damaged by a spreadsheet."), field="phone", value=phone
        )
    if phone.startswith("+86"):
        phone = phone[3:]
    # A local number without its area code (7 or 8 digits) cannot be dialled from the
    # township or the county: refused like any other short number.
    if re.fullmatch(r"1[3-9]\d{9}", phone) or re.fullmatch(r"0\d{9,11}", phone):
        return phone
    raise ValidationError(
        N_("{value} is not a phone number (11-digit mobile or landline with area code)."),
        field="phone",
        value=phone,
    )


_CHINESE_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}
_CLASS_NUMBER = re.compile(r"[(（]?\s*([0-9]{1,2}|[一二三四五六七八九十])\s*[)）]?\s*班?")
_GRADE_PREFIX = re.compile(r"([0-9]|[一二三四五六七八九])\s*(?:年级|[-－—.·])\s*(.+)")


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CHINESE_DIGITS[text]


def clean_class_name(raw: object) -> str:
    """A class written one way: "2", "02", "(2)班", "（2）班", "二班" are all "2班". Other
    names ("大班", "火箭班") stay as written."""
    text = normalise_text(raw)
    match = _CLASS_NUMBER.fullmatch(text)
    if match is None:
        return text
    return f"{_number(match.group(1))}班"


def split_class(text: str) -> tuple[int, str] | None:
    """A class with its grade as people type it ("3-2班", "3年级2班", "三年级二班"):
    (3, "2班"); None when the text names no grade."""
    match = _GRADE_PREFIX.fullmatch(normalise_text(text))
    if match is None:
        return None
    return _number(match.group(1)), clean_class_name(match.group(2))


def strip_grade(class_name: str, grade: int | None) -> str:
    """The class without a grade written into it ("3-2班", "3年级2班" of grade 3 are
    "2班"); a prefix that is not the pupil's grade is kept."""
    text = normalise_text(class_name)
    match = _GRADE_PREFIX.fullmatch(text)
    if match is not None and grade is not None and _number(match.group(1)) == grade:
        rest = clean_class_name(match.group(2))
        if _CLASS_NUMBER.fullmatch(rest):
            return rest
    return clean_class_name(text)


def clean_school_code(raw: object) -> str:
    code = compact(raw)
    if not re.fullmatch(r"\d{10}", code):
        raise ValidationError(N_("The school code must be exactly 10 digits."), field="school_code")
    return code


def clean_township_code(raw: object) -> str:
    """A township (乡镇) division code: 9 or 12 digits."""
    code = compact(raw)
    if not re.fullmatch(r"\d{9}|\d{12}", code):
        raise ValidationError(
            N_("The township code must be 9 or 12 digits."), field="township_code"
        )
    return code


def clean_student_no(raw: object) -> str:
    """学籍号: 'G' followed by the ID number, or 19 characters; kept as text."""
    value = compact(raw).upper()
    if value and not re.fullmatch(r"[A-Z]?[0-9A-Z]{8,20}", value):
        raise ValidationError(
            N_("{value} is not a student registration number."), field="student_no", value=value
        )
    return value


def clean_card_number(raw: object) -> str:
    """A bank card or 一卡通 account number: digits only (spaces and dashes dropped),
    kept whole as text; 8 to 30 digits."""
    value = re.sub(r"[\s-]", "", compact(raw))
    if value and not re.fullmatch(r"[0-9]{8,30}", value):
        raise ValidationError(
            N_("{value} is not a bank card number."), field="card_number", value=value
        )
    return value


_MIDNIGHT = re.compile(r"\s+0{1,2}:00(:00(\.0+)?)?$")


def clean_date(raw: object) -> dt.date | None:
    """A date from a date, a datetime or text in the forms schools use."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = normalise_text(raw)
    if not text:
        return None
    # "2024-09-01 00:00:00": a date another program exported with its (empty) time.
    text = _MIDNIGHT.sub("", text)
    text = re.sub(r"[年月/.]", "-", text).replace("日", "").strip("-")
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValidationError(N_("{value} is not a date (for example 2024-09-01)."), value=text)


def clean_int(raw: object, minimum: int | None = None, maximum: int | None = None) -> int | None:
    if raw is None or raw == "":
        return None
    text = compact(raw)
    if not text:
        return None
    try:
        number = int(float(text)) if re.fullmatch(r"-?\d+(\.0+)?", text) else int(text)
    except ValueError:
        raise ValidationError(N_("{value} is not a whole number."), value=text) from None
    if minimum is not None and number < minimum:
        raise ValidationError(N_("{value} is less than {limit}."), value=number, limit=minimum)
    if maximum is not None and number > maximum:
        raise ValidationError(N_("{value} is more than {limit}."), value=number, limit=maximum)
    return number


def yuan_to_fen(raw: object) -> int | None:
    """'1,250.50' or '1250.5元' to 125050 fen, exactly (no floats)."""
    if raw is None or raw == "":
        return None
    text = compact(raw).replace(",", "").replace("元", "").replace("¥", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(N_("{value} is not an amount of money."), value=text) from None
    if not amount.is_finite():
        raise ValidationError(N_("{value} is not an amount of money."), value=text)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValidationError(N_("{value} has more than two decimals."), value=text)
    return int(fen)


def fen_to_yuan(fen: int | None, *, grouped: bool = False) -> str:
    """125050 fen as '1250.50', exactly; grouped, with a thousands separator
    ('1,250.50') for tables of money and printed forms. yuan_to_fen reads both back."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}" if grouped else f"{sign}{whole}.{cents:02d}"


def fen_to_decimal(fen: int) -> Decimal:
    """Yuan as an exact Decimal, for a number cell in Excel (never a float)."""
    return Decimal(fen).scaleb(-2)


def clean_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    # Spreadsheet readers give 1.0 / 0.0 for a cell holding 1 / 0.
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    text = normalise_text(raw).lower()
    if text in ("", "0", "否", "不是", "无", "false", "no", "n", "×"):
        return False
    if text in ("1", "是", "有", "true", "yes", "y", "√", "✓", "寄宿"):
        return True
    raise ValidationError(N_("{value} is neither yes nor no (是/否)."), value=text)
