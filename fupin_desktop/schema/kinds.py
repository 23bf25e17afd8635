"""The kinds of value a catalogue field holds (schema/fields.py); its own module so that
the formatting of values (schema/format.py) can know them without importing the fields."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # paragraphs
    CHOICE = "choice"  # a stable English code, shown in Chinese
    # Several codes of one choice set, stored as text "code1,code2" in the set's order
    # (income sources, assistance received: the 登记表's "可多选" questions).
    MULTI_CHOICE = "multi_choice"
    BOOL = "bool"
    DATE = "date"
    INT = "int"
    MONEY = "money"  # integer fen
    ID_NUMBER = "id_number"  # 18-character resident ID, always text
    PHONE = "phone"  # always text
    CODE = "code"  # digits kept as text: school code, student number
