"""clean_record over the student catalogue: the one gate forms, Excel and packages pass."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest

from fupin_desktop import i18n
from fupin_desktop.errors import ValidationError
from fupin_desktop.schema import catalogues
from fupin_desktop.schema.clean import clean_record, clean_value
from fupin_desktop.validation import id_check_digit

STUDENT = catalogues.STUDENT
ID_17 = "43012320150312001"
ID_NUMBER = ID_17 + id_check_digit(ID_17)

ZH = {
    "Name": "姓名",
    "Sex": "性别",
    "Male": "男",
    "Female": "女",
    "Stage": "学段",
    "Primary": "小学",
    "Enrolment": "就读状态",
    "Enrolled": "在读",
    "Poverty status": "贫困状态",
    # Issue 10's labels, as zh_CN has them (已脱贫 was the label before: ChoiceSet.former).
    "Lifted, policies ended": "脱贫户（不享受政策）",
    "Lifted, keeps the policies": "脱贫户（继续享受政策）",
    "Too long: at most {limit} characters.": "太长：最多{limit}个字。",
    "{value} is more than {limit}.": "{value}大于{limit}。",
}


@contextlib.contextmanager
def i18n_chinese() -> Iterator[None]:
    i18n.set_translator(lambda text: ZH.get(text, text))
    try:
        yield
    finally:
        i18n.set_translator(lambda text: text)


@pytest.fixture
def chinese() -> Iterator[None]:
    with i18n_chinese():
        yield


def valid_raw(**overrides: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "name": " 张三 ",
        "sex": "male",
        "id_number": ID_NUMBER.lower(),
        "stage": "primary",
        "grade": "3",
        "enrolment": "enrolled",
        "boarder": "是",
        "phone": "138 0013 8000",
        "birth_date": "2015年3月12日",
    }
    raw.update(overrides)
    return raw


def test_a_valid_record_is_cleaned() -> None:
    values, errors = clean_record(STUDENT, valid_raw())
    assert errors == {}
    assert values["name"] == "张三"
    assert values["id_number"] == ID_NUMBER
    assert values["grade"] == 3
    assert values["boarder"] is True
    assert values["phone"] == "13800138000"
    assert values["birth_date"] == dt.date(2015, 3, 12)
    # Fields not given get their empty value, of the right kind.
    assert values["left_behind"] is False
    assert values["village"] == ""
    assert values["poverty_status"] == ""
    assert set(values) == set(STUDENT.keys())


def test_missing_required_fields_are_reported_by_key() -> None:
    raw = valid_raw()
    del raw["name"]
    del raw["stage"]
    values, errors = clean_record(STUDENT, raw)
    assert set(errors) == {"name", "stage"}
    assert errors["name"] == "Name is required."
    assert errors["stage"] == "Stage is required."
    assert "name" not in values


def test_required_field_given_empty_names_the_field() -> None:
    missing = valid_raw()
    del missing["name"]
    _, missing_errors = clean_record(STUDENT, missing)
    _, errors = clean_record(STUDENT, valid_raw(name="  "))
    assert set(errors) == {"name"}
    # Same message as when the column is missing, with the field's title filled in.
    assert errors["name"] == missing_errors["name"] == "Name is required."


def test_required_field_error_from_clean_value() -> None:
    with pytest.raises(ValidationError) as info:
        clean_value(STUDENT["stage"], "")
    assert "Stage" in info.value.message
    assert "{" not in info.value.message


def test_required_error_in_chinese(chinese: None) -> None:
    raw = valid_raw()
    del raw["sex"]
    _, errors = clean_record(STUDENT, raw)
    assert "性别" in errors["sex"] and "{" not in errors["sex"]
    _, errors = clean_record(STUDENT, valid_raw(stage=""))
    assert "学段" in errors["stage"] and "{" not in errors["stage"]


def test_choice_given_as_its_chinese_label(chinese: None) -> None:
    values, errors = clean_record(
        STUDENT, valid_raw(sex="女", stage="小学", enrolment=" 在读 ", poverty_status="已脱贫")
    )
    assert errors == {}
    assert values["sex"] == "female"
    assert values["stage"] == "primary"
    assert values["enrolment"] == "enrolled"
    assert values["poverty_status"] == "lifted"


def test_poverty_status_as_the_county_lists_say_it_and_as_it_was_said(chinese: None) -> None:
    """Issue 10's statuses by their labels; the labels and codes before it still read."""
    for text, code in (
        ("脱贫户（继续享受政策）", "lifted_keeps_aid"),
        ("脱贫户（不享受政策）", "lifted"),
        ("已脱贫", "lifted"),
        ("边缘易致贫户", "monitored_marginal"),
        ("marginal", "monitored_marginal"),
        ("Lifted but unstable", "monitored_unstable"),
    ):
        values, errors = clean_record(STUDENT, valid_raw(poverty_status=text))
        assert (errors, values["poverty_status"]) == ({}, code), text


def test_choice_given_as_code_or_english_label() -> None:
    values, errors = clean_record(STUDENT, valid_raw(sex="female", stage="Primary"))
    assert errors == {}
    assert values["sex"] == "female"
    assert values["stage"] == "primary"


def test_chinese_label_is_not_accepted_without_the_translator() -> None:
    _, errors = clean_record(STUDENT, valid_raw(sex="女"))
    assert set(errors) == {"sex"}


def test_bad_choice_is_a_validation_error_naming_value_and_field() -> None:
    with pytest.raises(ValidationError) as info:
        clean_value(STUDENT["sex"], "boy")
    assert info.value.field == "sex"
    assert "boy" in info.value.message
    assert "Sex" in info.value.message
    _, errors = clean_record(STUDENT, valid_raw(stage="大学"))
    assert set(errors) == {"stage"}
    assert "大学" in errors["stage"]


def test_bad_choice_message_in_chinese(chinese: None) -> None:
    _, errors = clean_record(STUDENT, valid_raw(sex="不明"))
    assert set(errors) == {"sex"}
    # The value and the field's translated title are filled into the message.
    assert "不明" in errors["sex"] and "性别" in errors["sex"]
    assert "{" not in errors["sex"]


def test_int_out_of_range() -> None:
    _, errors = clean_record(STUDENT, valid_raw(grade="10"))
    assert errors == {"grade": "10 is more than 9."}
    with i18n_chinese():
        _, errors = clean_record(STUDENT, valid_raw(grade="12"))
    assert errors == {"grade": "12大于9。"}
    _, errors = clean_record(STUDENT, valid_raw(grade="0"))
    assert errors == {"grade": "0 is less than 1."}
    _, errors = clean_record(STUDENT, valid_raw(grade="三"))
    assert set(errors) == {"grade"}
    values, errors = clean_record(STUDENT, valid_raw(grade="9"))
    assert errors == {} and values["grade"] == 9


def test_too_long_text(chinese: None) -> None:
    _, errors = clean_record(STUDENT, valid_raw(name="张" * 41))
    assert errors == {"name": "太长：最多40个字。"}
    values, errors = clean_record(STUDENT, valid_raw(name="张" * 40))
    assert errors == {} and values["name"] == "张" * 40


def test_bool_from_chinese_and_garbage() -> None:
    values, errors = clean_record(STUDENT, valid_raw(left_behind="是", boarder="否", orphan="√"))
    assert errors == {}
    assert values["left_behind"] is True
    assert values["boarder"] is False
    assert values["orphan"] is True
    _, errors = clean_record(STUDENT, valid_raw(left_behind="也许"))
    assert set(errors) == {"left_behind"}


def test_bad_id_number_and_phone_are_reported() -> None:
    _, errors = clean_record(
        STUDENT, valid_raw(id_number=ID_17 + ("0" if ID_NUMBER[-1] != "0" else "1"), phone="12")
    )
    assert set(errors) == {"id_number", "phone"}
    assert "check" in errors["id_number"] and ID_NUMBER[-1] not in errors["id_number"][-12:]


def test_several_errors_at_once() -> None:
    _, errors = clean_record(STUDENT, valid_raw(grade="12", boarder="?", birth_date="someday"))
    assert set(errors) == {"grade", "boarder", "birth_date"}


def test_partial_checks_only_what_is_given() -> None:
    values, errors = clean_record(STUDENT, {"grade": "4", "left_behind": "是"}, partial=True)
    assert errors == {}
    assert values == {"grade": 4, "left_behind": True}
    _, errors = clean_record(STUDENT, {"grade": "40"}, partial=True)
    assert set(errors) == {"grade"}
    # A required field that is given must still hold something.
    _, errors = clean_record(STUDENT, {"name": ""}, partial=True)
    assert set(errors) == {"name"}


def test_other_catalogues() -> None:
    values, errors = clean_record(
        catalogues.FAMILY_MEMBER,
        {"name": "张大山", "relation": "father", "birth_year": "1985", "annual_income": "12,000.5"},
    )
    assert errors == {}
    assert values["annual_income"] == 1200050
    assert values["birth_year"] == 1985
    values, errors = clean_record(
        catalogues.GUARDIAN, {"name": "李奶奶", "relation": "grandmother"}
    )
    assert errors == {}
    assert values["id_number"] == ""
    _, errors = clean_record(
        catalogues.GUARDIAN,
        {"name": "李奶奶", "relation": "grandmother", "id_number": "110105194912310021"},
    )
    assert set(errors) == {"id_number"}
