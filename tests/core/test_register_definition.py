"""The 民政 definition of a rural left-behind child, checked on a profile and saying
which condition holds or fails; multiple-choice fields of the catalogue."""

from __future__ import annotations

import datetime as dt

import pytest

from fupin_desktop.errors import ValidationError
from fupin_desktop.schema.care import LEFT_BEHIND_PROFILE
from fupin_desktop.schema.clean import clean_value
from fupin_desktop.services.care.register import check_definition, is_unattended

DAY = dt.date(2025, 11, 20)
CHILD = dt.date(2016, 3, 2)


def test_both_parents_away_rural_under_16_meets() -> None:
    check = check_definition(CHILD, {"parent_away": "both", "hukou": "rural"}, DAY)
    assert check.meets and check.decided
    assert "under 16 (9)" in check.text() and "both parents work away" in check.text()


@pytest.mark.parametrize(
    ("birth", "profile", "reason"),
    [
        (dt.date(2009, 11, 19), {"parent_away": "both", "hukou": "rural"}, "16 years old"),
        (CHILD, {"parent_away": "both", "hukou": "urban"}, "urban hukou"),
        (CHILD, {"parent_away": "both", "hukou": "unregistered"}, "no hukou registered"),
        (CHILD, {"parent_away": "father", "hukou": "rural"}, "the mother at home can look"),
    ],
)
def test_what_fails_is_said(birth: dt.date, profile: dict, reason: str) -> None:
    check = check_definition(birth, profile, DAY)
    assert not check.meets and check.decided
    assert reason in check.text()


def test_one_away_other_incapable_meets() -> None:
    profile = {"parent_away": "mother", "hukou": "rural", "guardianship_type": "parent_incapable"}
    check = check_definition(CHILD, profile, DAY)
    assert check.meets
    assert "the father cannot look after the child" in check.text()


def test_missing_facts_are_named() -> None:
    check = check_definition(None, {"parent_away": "both"}, DAY)
    assert not check.meets and not check.decided
    assert "birth date" in check.text() and "hukou" in check.text()


def test_unattended() -> None:
    assert is_unattended({"guardianship_type": "none"})
    assert is_unattended({"guardian_kind": "none", "guardianship_type": "fair"})
    assert not is_unattended({"guardianship_type": "entrusted_insufficient"})


def test_multiple_choice_is_stored_in_the_sets_order() -> None:
    field = LEFT_BEHIND_PROFILE["income_sources"]
    assert clean_value(field, "Farming and animals、wages") == "wages,farming"
    assert clean_value(field, ["other", "relatives"]) == "relatives,other"
    assert clean_value(field, "") == ""
    assert field.display("wages,farming") == "Wages from work away、Farming and animals"
    with pytest.raises(ValidationError, match="彩票"):
        clean_value(field, "打工收入,彩票")
