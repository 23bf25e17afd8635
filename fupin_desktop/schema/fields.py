"""What a field is: defined once, read by forms, tables, Excel, PDF and import checks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fupin_desktop.i18n import tr
from fupin_desktop.schema.format import display_value
from fupin_desktop.schema.kinds import Kind
from fupin_desktop.validation import normalise_text


@dataclass(frozen=True)
class Choice:
    code: str
    label: str  # English source, marked with N_()


@dataclass(frozen=True)
class ChoiceSet:
    key: str
    choices: tuple[Choice, ...]
    # Words an earlier version wrote for a choice since relabelled or renamed (in a
    # package, a roster, an export): (word, the code it stood for then); `renamed` takes
    # such a code to today's. A package's sheet hash is over the codes its writer had, so
    # sync reads the code then and renames after the check (sync/reader.py).
    former: tuple[tuple[str, str], ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()

    def current(self, code: str) -> str:
        """Today's code for a code an earlier version stored."""
        return dict(self.renamed).get(code, code)

    def label(self, code: str | None) -> str:
        for choice in self.choices:
            if choice.code == code:
                return tr(choice.label)
        return code or ""

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def codes_for(self, raw: Any) -> tuple[list[str], list[str]]:
        """A multiple choice read from a list of codes or labels, or a text that
        separates them with commas or 、: (codes in the set's order, words not known)."""
        if isinstance(raw, (list, tuple, set, frozenset)):
            words = [str(w) for w in raw]
        else:
            words = re.split(r"[,，、;；/]+", str(raw or ""))
        picked: set[str] = set()
        unknown: list[str] = []
        for word in (w.strip() for w in words):
            if not word:
                continue
            code = self.code_for(word)
            if code is None:
                unknown.append(word)
            else:
                picked.add(code)
        return [c for c in self.codes() if c in picked], unknown

    def labels(self, stored: str | None) -> str:
        """A stored multiple choice as a person reads it: 打工收入、种养殖业."""
        codes = [c for c in (stored or "").split(",") if c]
        return "、".join(self.label(c) for c in codes)

    def code_for(self, text: str) -> str | None:
        """Accept a code, its English source or its Chinese label (Excel import), also
        in full-width or half-width forms (脱贫户（继续享受政策）, 脱贫户(继续享受政策))."""
        text = text.strip()
        plain = normalise_text(text)
        for choice in self.choices:
            if text in (choice.code, choice.label, tr(choice.label)):
                return choice.code
            if plain == normalise_text(tr(choice.label)):
                return choice.code
        for word, code in self.former:
            if text == word:
                return self.current(code)
        return self.current(text) if text in dict(self.renamed) else None


def choices(
    key: str,
    *pairs: tuple[str, str],
    former: tuple[tuple[str, str], ...] = (),
    renamed: tuple[tuple[str, str], ...] = (),
) -> ChoiceSet:
    return ChoiceSet(key, tuple(Choice(code, label) for code, label in pairs), former, renamed)


Validator = Callable[[Any], Any]


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source, marked with N_(); shown through tr()
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: ChoiceSet | None = None
    # Raises ValidationError, or returns the cleaned value.
    validator: Validator | None = None
    width: int = 10  # characters, for table columns and Excel
    section: str = ""  # form section (English source)
    in_table: bool = False  # a column of the list by default
    # Two meanings of "sensitive", kept apart (docs/architecture.md, "Sensitive fields"):
    # shown and readable only to those who need it (the child's own teachers and the
    # managers); everyone else sees a mask.
    restricted: bool = False
    # Does not travel in sync packages unless the setting sync.send_sensitive_text says
    # otherwise: the township counts coverage, it does not need to read it.
    stays_at_school: bool = False
    max_length: int = 200
    minimum: int | None = None
    maximum: int | None = None
    # Other headers an Excel roster may use for this field (Chinese, as schools write them).
    aliases: tuple[str, ...] = ()
    help: str = ""

    @property
    def title(self) -> str:
        return tr(self.label)

    def empty(self) -> Any:
        if self.kind is Kind.BOOL:
            return False
        if self.kind in (Kind.DATE, Kind.INT, Kind.MONEY):
            return None
        return ""

    def display(self, value: Any) -> str:
        """The value as a person reads it, in tables, Excel and PDF."""
        return display_value(self, value)


@dataclass(frozen=True)
class Catalogue:
    """The fields of one kind of record, in form order."""

    name: str
    fields: tuple[Field, ...]
    sections: tuple[str, ...] = field(default=())

    def __iter__(self):
        return iter(self.fields)

    def __getitem__(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [f.key for f in self.fields]

    def table_fields(self) -> list[Field]:
        return [f for f in self.fields if f.in_table]

    def in_section(self, section: str) -> list[Field]:
        return [f for f in self.fields if f.section == section]


def today() -> dt.date:
    return dt.date.today()
