"""Ready phrases (常用语) for the free-text fields of the care records: a few sentences a
teacher writes month after month ("情绪稳定，学习认真"), put into the field with one key.

They are data the teachers edit, kept in this installation's settings (one setting per
field, "phrases.<catalogue>.<field>"); they never travel. Until a field's list has been
edited, the defaults below are shown in the program's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from fupin_desktop.db.models import Setting
from fupin_desktop.errors import ValidationError
from fupin_desktop.i18n import N_, tr
from fupin_desktop.services.context import Actor, Changes, Result

PREFIX = "phrases."
MAX_PHRASES = 9  # Ctrl+1 … Ctrl+9
MAX_LENGTH = 200

DEFAULTS: dict[str, tuple[str, ...]] = {
    "visit.participants": (
        N_("The child and the grandparents"),
        N_("The child and the parents"),
        N_("The child"),
    ),
    "visit.living_conditions": (
        N_("Lives with the grandparents; the house is safe"),
        N_("Lives with the mother; the father works away"),
    ),
    "visit.child_state": (
        N_("Calm, studies hard"),
        N_("Cheerful, gets on well with classmates"),
        N_("Misses the parents; talked it through with the child"),
        N_("Making progress in studies; keep encouraging"),
        N_("Healthy, regular daily routine"),
    ),
    "visit.family_needs": (
        N_("Help with homework"),
        N_("Help with school costs"),
    ),
    "visit.measures": (
        N_("Talked with the child; helped with homework"),
        N_("Explained the aid policies to the family"),
    ),
    "visit.outcome": (N_("The child is in good spirits"),),
    "visit.parent_feedback": (N_("The family is satisfied"),),
    "diary_entry.what_done": (N_("Talked with the child and comforted them"),),
    "family_call.notes": (N_("Talked with the parents by video; the child was happy"),),
}


def setting_key(catalogue: str, field: str) -> str:
    return f"{PREFIX}{catalogue}.{field}"


def phrases(catalogue: str, field: str) -> list[str]:
    """The ready phrases of one field: as the teachers edited them, else the defaults."""
    row = Setting.get_or_none(Setting.key == setting_key(catalogue, field))
    if row is not None and isinstance(row.value, list):
        return [str(text) for text in row.value]
    return [tr(text) for text in DEFAULTS.get(f"{catalogue}.{field}", ())]


def default_phrases(catalogue: str, field: str) -> list[str]:
    return [tr(text) for text in DEFAULTS.get(f"{catalogue}.{field}", ())]


def clean_phrases(texts: Iterable[str]) -> list[str]:
    """Blank lines dropped, each phrase once, at most MAX_PHRASES of MAX_LENGTH."""
    found: list[str] = []
    for raw in texts:
        # The phrase's own punctuation as typed (normalise_text would fold "，" to ",").
        text = str(raw or "").replace("\u200b", "").strip()
        if not text or text in found:
            continue
        if len(text) > MAX_LENGTH:
            raise ValidationError(
                N_("A phrase may have at most {limit} characters."), limit=MAX_LENGTH
            )
        found.append(text)
    if len(found) > MAX_PHRASES:
        raise ValidationError(
            N_("At most {limit} phrases per field (Ctrl+1 to Ctrl+{limit})."), limit=MAX_PHRASES
        )
    return found


def save_phrases(actor: Actor, catalogue: str, field: str, texts: Iterable[str]) -> Result[list]:
    """Store the phrases of one field (any user of this installation may: they hold no
    personal data and stay here)."""
    cleaned = clean_phrases(texts)
    key = setting_key(catalogue, field)
    Setting.insert(key=key, value=cleaned).on_conflict_replace().execute()
    return Result(cleaned, Changes().touch("setting", key))
