"""Field validators: ID numbers (GB 11643), phones, codes, dates, money, yes/no."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from fupin_desktop.errors import FupinError, ValidationError
from fupin_desktop.schema.format import class_label
from fupin_desktop.validation import (
    clean_bool,
    clean_class_name,
    clean_date,
    clean_id_number,
    clean_int,
    clean_optional_id_number,
    clean_phone,
    clean_school_code,
    clean_student_no,
    clean_township_code,
    compact,
    fen_to_yuan,
    id_check_digit,
    normalise_text,
    parse_id_number,
    split_class,
    strip_grade,
    yuan_to_fen,
)

TODAY = dt.date(2024, 9, 1)


def iso7064_check(first17: str) -> str:
    """ISO 7064 MOD 11-2, written independently of the code under test."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def make_id(birth: str = "20150312", seq: str = "001", area: str = "430123") -> str:
    first17 = f"{area}{birth}{seq}"
    return first17 + iso7064_check(first17)


def raises_validation(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    assert isinstance(info.value, FupinError)
    assert isinstance(info.value.message, str) and info.value.message
    # Every placeholder is filled in.
    assert "{" not in info.value.message, info.value.message
    return info.value


# --- ID numbers -------------------------------------------------------------------------


def test_known_published_vector_is_valid() -> None:
    # The example of GB 11643 itself: ends in X, a woman born 1949-12-31.
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert info.number == "11010519491231002X"
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.sex == "female"


@pytest.mark.parametrize(
    "first17",
    ["43012320150312001", "11010519491231002", "53262720100228123", "62042320170101999"],
)
def test_check_digit_agrees_with_iso7064(first17: str) -> None:
    assert id_check_digit(first17) == iso7064_check(first17)


@pytest.mark.parametrize(
    ("birth", "seq", "sex"),
    [("20150312", "001", "male"), ("20100228", "124", "female"), ("20000229", "357", "male")],
)
def test_valid_numbers_give_birth_date_and_sex(birth: str, seq: str, sex: str) -> None:
    number = make_id(birth, seq)
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date == dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    assert info.sex == sex
    assert clean_id_number(number) == number


def test_wrong_check_digit_never_suggests_a_digit() -> None:
    good = make_id()
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    error = raises_validation(parse_id_number, wrong, today=TODAY)
    assert error.field == "id_number"
    assert "check" in error.message
    assert not any(char.isdigit() or char == "X" for char in error.message)


@pytest.mark.parametrize("birth", ["20150230", "20151301", "20150000", "20190229"])
def test_impossible_dates_are_refused(birth: str) -> None:
    first17 = f"430123{birth}001"
    number = first17 + id_check_digit(first17)
    error = raises_validation(parse_id_number, number, today=TODAY)
    assert "not a real date" in error.message
    assert birth in error.message


def test_future_birth_date_is_refused() -> None:
    number = make_id("20250101")
    error = raises_validation(parse_id_number, number, today=TODAY)
    assert "impossible" in error.message
    assert "2025-01-01" in error.message
    # The same number is fine once that day has come.
    assert parse_id_number(number, today=dt.date(2025, 1, 1)).birth_date == dt.date(2025, 1, 1)


def test_birth_before_1900_is_refused() -> None:
    error = raises_validation(parse_id_number, make_id("18800101"), today=TODAY)
    assert "impossible" in error.message


def test_lower_case_x_is_normalised() -> None:
    assert parse_id_number("11010519491231002x", today=TODAY).number == "11010519491231002X"


def test_full_width_characters_are_normalised() -> None:
    number = make_id()
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in number)
    assert full_width.startswith("４３０１")
    assert parse_id_number(full_width, today=TODAY).number == number
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ", today=TODAY).number == (
        "11010519491231002X"
    )


@pytest.mark.parametrize(
    "dressed",
    [
        "  {n}  ",
        "{n}\u00a0",
        "'{n}",
        "{a} {b} {c}",
        "\u200b{n}",
        "＇{n}",
        "\ufeff{n}",  # invisible marks of text copied from a web page or a PDF
        "{n}\u200e",
        "\u202a{n}\u202c",
        "{a}\u2060{b}{c}",
    ],
)
def test_spaces_and_leading_apostrophe_are_stripped(dressed: str) -> None:
    number = make_id()
    raw = dressed.format(n=number, a=number[:6], b=number[6:14], c=number[14:])
    assert parse_id_number(raw, today=TODAY).number == number


def test_old_fifteen_digit_number_has_its_own_message() -> None:
    error = raises_validation(parse_id_number, "430123150312001", today=TODAY)
    assert "old 15-digit" in error.message
    assert "430123150312001" in error.message


@pytest.mark.parametrize("raw", ["4.2E+17", "4.20105E+17", "4.30123e17", 4.30123201503e17])
def test_scientific_notation_is_reported_as_spreadsheet_damage(raw: object) -> None:
    error = raises_validation(parse_id_number, raw, today=TODAY)
    assert "damaged by a spreadsheet" in error.message


@pytest.mark.parametrize(
    "raw", ["", None, "   ", "1234567890123456789", "43012320150312001A", "ABCDEFGHIJKLMNOPQR"]
)
def test_malformed_numbers_are_refused(raw: object) -> None:
    error = raises_validation(parse_id_number, raw, today=TODAY)
    assert error.field == "id_number"


def test_optional_id_number() -> None:
    assert clean_optional_id_number("") == ""
    assert clean_optional_id_number("  ") == ""
    assert clean_optional_id_number("11010519491231002x") == "11010519491231002X"
    raises_validation(clean_optional_id_number, "110105194912310021")


# --- text helpers -----------------------------------------------------------------------


def test_normalise_and_compact() -> None:
    assert normalise_text(None) == ""
    assert normalise_text("  张三\u00a0") == "张三"
    assert normalise_text("ＡＢＣ１２３") == "ABC123"
    assert compact(" 138 0013\t8000 ") == "13800138000"
    assert compact("'0731") == "0731"


# --- phones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("0731-84567890", "073184567890"),
        ("(0731)8456789", "07318456789"),
        ("010-12345678", "01012345678"),
        ("", ""),
        (None, ""),
    ],
)
def test_phones_accepted(raw: object, expected: str) -> None:
    assert clean_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["abc", "12345678901", "1380013800", "138001380001", "电话", "8456789", "84567890"],
)
def test_phones_refused(raw: str) -> None:
    error = raises_validation(clean_phone, raw)
    assert error.field == "phone"
    assert "not a phone number" in error.message


@pytest.mark.parametrize("raw", ["1.38001E+10", "1.38E10"])
def test_phone_in_scientific_notation(raw: str) -> None:
    error = raises_validation(clean_phone, raw)
    assert "damaged by a spreadsheet" in error.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2", "2班"),
        ("02", "2班"),
        ("(2)班", "2班"),
        ("（2）班", "2班"),
        ("二班", "2班"),
        ("2班", "2班"),
        ("大班", "大班"),
        ("火箭班", "火箭班"),
    ],
)
def test_a_class_is_written_one_way(raw: str, expected: str) -> None:
    assert clean_class_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "grade", "expected"),
    [("3-2班", 3, "2班"), ("3年级2班", 3, "2班"), ("三年级二班", 3, "2班"), ("4-2班", 3, "4-2班")],
)
def test_the_grade_written_into_a_class_is_taken_out(raw: str, grade: int, expected: str) -> None:
    assert strip_grade(raw, grade) == expected
    assert class_label(grade, raw) == f"Grade {grade} {expected}"
    assert split_class(raw) == ((3, "2班") if grade == 3 and expected == "2班" else (4, "2班"))


# --- codes ------------------------------------------------------------------------------


def test_school_code() -> None:
    assert clean_school_code("4301230001") == "4301230001"
    assert clean_school_code(" 4301 230001 ") == "4301230001"
    assert clean_school_code("４３０１２３０００１") == "4301230001"
    for bad in ("430123000", "43012300011", "43012300AB", "", "4.30123E+9"):
        error = raises_validation(clean_school_code, bad)
        assert "10 digits" in error.message


def test_township_code() -> None:
    assert clean_township_code("430123101") == "430123101"
    assert clean_township_code("430123101000") == "430123101000"
    for bad in ("43012310", "4301231010", "43012310100", "43012310a", ""):
        error = raises_validation(clean_township_code, bad)
        assert "9 or 12 digits" in error.message


def test_student_number() -> None:
    number = make_id()
    assert clean_student_no(f"g{number}") == f"G{number}"
    assert clean_student_no("") == ""
    raises_validation(clean_student_no, "12-34")


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "2024-09-01",
        "2024/9/1",
        "2024/09/01",
        "2024.9.1",
        "2024年9月1日",
        "2024年09月01日",
        "20240901",
        " 2024-9-1 ",
        "２０２４－０９－０１",
        "2024-09-01 00:00:00",  # exported by another program with its empty time
        "2024/9/1 0:00",
        dt.date(2024, 9, 1),
        dt.datetime(2024, 9, 1, 15, 30),
    ],
)
def test_dates_accepted(raw: object) -> None:
    value = clean_date(raw)
    assert value == dt.date(2024, 9, 1)
    assert type(value) is dt.date


def test_empty_date_is_none() -> None:
    assert clean_date(None) is None
    assert clean_date("") is None
    assert clean_date("   ") is None


@pytest.mark.parametrize(
    "raw", ["garbage", "2024-02-30", "2024-13-01", "9/1/2024", "2024-9", "2024-09-01 08:30"]
)
def test_dates_refused(raw: str) -> None:
    error = raises_validation(clean_date, raw)
    assert "is not a date" in error.message


# --- whole numbers ----------------------------------------------------------------------


def test_clean_int() -> None:
    assert clean_int("3") == 3
    assert clean_int("3.0") == 3
    assert clean_int(" ３ ") == 3
    assert clean_int("") is None
    assert clean_int(None) is None
    assert "not a whole number" in raises_validation(clean_int, "3.5").message
    assert "not a whole number" in raises_validation(clean_int, "三").message
    assert "more than 9" in raises_validation(clean_int, "10", 1, 9).message
    assert "less than 1" in raises_validation(clean_int, "0", 1, 9).message


# --- money ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "fen"),
    [
        ("1250.50", 125050),
        ("1250.5", 125050),
        ("1,250.50", 125050),
        ("1250.5元", 125050),
        ("¥1250", 125000),
        ("0.1", 10),
        ("0.2", 20),
        ("0.01", 1),
        ("625", 62500),
        ("-12.34", -1234),
        (Decimal("0.30"), 30),
        (1250, 125000),
    ],
)
def test_yuan_to_fen_is_exact(raw: object, fen: int) -> None:
    value = yuan_to_fen(raw)
    assert value == fen
    assert type(value) is int


def test_yuan_sums_have_no_float_error() -> None:
    # 0.1 + 0.2 in floats is 0.30000000000000004; in fen it is exactly 30.
    assert yuan_to_fen("0.1") + yuan_to_fen("0.2") == yuan_to_fen("0.3") == 30
    # Ten thousand payments of 0.1 yuan make 1000 yuan exactly.
    assert sum(yuan_to_fen("0.10") for _ in range(10_000)) == 100_000


def test_yuan_with_three_decimals_is_refused() -> None:
    error = raises_validation(yuan_to_fen, "1.005")
    assert "more than two decimals" in error.message
    raises_validation(yuan_to_fen, "0.001")


def test_yuan_empty_is_none() -> None:
    assert yuan_to_fen("") is None
    assert yuan_to_fen(None) is None


@pytest.mark.parametrize("raw", ["abc", "一千", "12..5", "Infinity", "inf", "NaN", "sNaN"])
def test_yuan_garbage_is_refused(raw: str) -> None:
    # Everything a cell can hold is either an amount or a ValidationError: never a crash.
    raises_validation(yuan_to_fen, raw)


def test_fen_to_yuan() -> None:
    assert fen_to_yuan(125050) == "1250.50"
    assert fen_to_yuan(5) == "0.05"
    assert fen_to_yuan(0) == "0.00"
    assert fen_to_yuan(-5) == "-0.05"
    assert fen_to_yuan(-125001) == "-1250.01"
    assert fen_to_yuan(None) == ""
    for fen in (0, 1, 99, 100, 101, 125050, 99999999):
        assert yuan_to_fen(fen_to_yuan(fen)) == fen


def test_fen_to_yuan_grouped_for_money_tables_and_forms() -> None:
    assert fen_to_yuan(125_000, grouped=True) == "1,250.00"
    assert fen_to_yuan(-5, grouped=True) == "-0.05"
    assert fen_to_yuan(123_456_789, grouped=True) == "1,234,567.89"
    assert fen_to_yuan(-123_456_789, grouped=True) == "-1,234,567.89"
    assert fen_to_yuan(None, grouped=True) == ""
    for fen in (0, 1, 99_999, 100_000, 123_456_789):
        assert yuan_to_fen(fen_to_yuan(fen, grouped=True)) == fen


# --- yes / no ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["是", "√", "✓", "1", "有", "Yes", "TRUE", "y", True, 1, " 是 "])
def test_bool_true(raw: object) -> None:
    assert clean_bool(raw) is True


@pytest.mark.parametrize("raw", ["否", "×", "0", "无", "不是", "No", "false", "", None, False, 0])
def test_bool_false(raw: object) -> None:
    assert clean_bool(raw) is False


@pytest.mark.parametrize("raw", ["maybe", "2", "是的吧", "-"])
def test_bool_garbage_is_refused(raw: str) -> None:
    error = raises_validation(clean_bool, raw)
    assert "neither yes nor no" in error.message


def test_bool_from_spreadsheet_numbers() -> None:
    # python-calamine (the reader for large rosters) gives numeric cells as floats: 1.0, 0.0.
    assert clean_bool(1.0) is True
    assert clean_bool(0.0) is False
    raises_validation(clean_bool, 2.0)


def test_local_time_reads_utc_as_the_local_clock() -> None:
    import datetime as dt

    from fupin_desktop.schema.format import local_time

    beijing = dt.timezone(dt.timedelta(hours=8))
    assert local_time("2026-11-30 16:30:00", tz=beijing) == "2026-12-01 00:30"
    assert local_time(dt.datetime(2026, 11, 30, 4, 5), tz=beijing) == "2026-11-30 12:05"


def test_prose_keeps_its_chinese_punctuation() -> None:
    """A note typed with "，" and "：" keeps them (NFKC would make them ASCII); full-width
    digits and letters still become ASCII, and IDs, phones and codes are folded whole."""
    from fupin_desktop.schema.catalogues import STUDENT
    from fupin_desktop.schema.clean import clean_value
    from fupin_desktop.schema.fields import Kind
    from fupin_desktop.validation import normalise_prose

    note = "今天家访：孩子很好，作业完成了！（下次带书）第２次"
    assert normalise_prose(note) == "今天家访：孩子很好，作业完成了！（下次带书）第2次"
    assert normalise_prose("  ") == "" and normalise_prose(None) == ""
    prose = [f for f in STUDENT if f.kind in (Kind.TEXT, Kind.LONG_TEXT) and not f.validator]
    assert prose
    assert clean_value(prose[0], "村口，3组") == "村口，3组"
    assert normalise_text("村口，3组") == "村口,3组"  # what codes and dates still get
    assert clean_phone("１３８ ０００１ ２３４５") == "13800012345"
