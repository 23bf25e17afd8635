"""Ready phrases (常用语): defaults until edited, kept per field, cleaned, limited."""

from __future__ import annotations

import pytest

from fupin_desktop.db.models import Setting
from fupin_desktop.errors import ValidationError
from fupin_desktop.services import phrases
from tests.builders import TEACHER


def test_a_field_shows_its_defaults_until_a_teacher_edits_them(school_db) -> None:
    assert phrases.phrases("visit", "child_state")[0] == "Calm, studies hard"
    assert phrases.phrases("visit", "no_such_field") == []
    saved, changes = phrases.save_phrases(
        TEACHER, "visit", "child_state", ["  情绪稳定，学习认真 ", "", "作业认真", "作业认真"]
    )
    # Blank lines and repeats dropped; the phrase's own Chinese comma kept.
    assert saved == ["情绪稳定，学习认真", "作业认真"]
    assert phrases.phrases("visit", "child_state") == saved
    assert "setting" in changes.tables
    # Other fields keep theirs; an emptied list stays empty (no defaults come back).
    assert phrases.phrases("visit", "measures")[0] == "Talked with the child; helped with homework"
    phrases.save_phrases(TEACHER, "visit", "measures", [])
    assert phrases.phrases("visit", "measures") == []
    assert Setting.get_by_id("phrases.visit.measures").value == []


def test_at_most_nine_phrases_of_two_hundred_characters(school_db) -> None:
    with pytest.raises(ValidationError) as too_many:
        phrases.save_phrases(TEACHER, "visit", "outcome", [f"第{n}句" for n in range(10)])
    assert "9" in too_many.value.message
    with pytest.raises(ValidationError):
        phrases.save_phrases(TEACHER, "visit", "outcome", ["长" * 201])
    assert phrases.phrases("visit", "outcome") == ["The child is in good spirits"]
