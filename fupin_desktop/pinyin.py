"""Pinyin of names: the one helper for ordering and finding people by name, wherever a
person picks a student or a teacher. Full spelling ("zhangsan") and initials ("zs"):
"zs" finds 张三 from the start, "san" finds it anywhere in the spelling; Chinese
characters find the name itself.

Students keep their spelling in columns (name_pinyin, name_initials: search_sql); other
names (teachers) are spelled here when asked (matches, sort_key).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fupin_desktop.validation import compact


@lru_cache(maxsize=20000)
def name_pinyin(name: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    syllables = [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return full, initials


def sort_key(name: str) -> tuple[str, str]:
    """Names in pinyin order (陈 before 李 before 张), not in code point order."""
    return name_pinyin(name)[0], name


def search_text(text: str) -> str:
    """What a person typed to find a name, as matched: spaces out, letters in lower case."""
    return compact(text).lower()


def is_spelling(text: str) -> bool:
    return re.fullmatch(r"[a-z]+", text) is not None


def matches(name: str, text: str) -> bool:
    """Does `name` answer to `text` (characters, initials from the start, or spelling)?"""
    wanted = search_text(text)
    if not wanted:
        return True
    if wanted in name.lower():
        return True
    if not is_spelling(wanted):
        return False
    full, initials = name_pinyin(name)
    return initials.startswith(wanted) or wanted in full


def search_sql(text: str, alias: str = "s") -> tuple[str, list[str]]:
    """The SQL condition finding `text` in a table with name, name_pinyin and
    name_initials columns (students), and its parameters; ("", []) for no text."""
    wanted = search_text(text)
    if not wanted:
        return "", []
    if is_spelling(wanted):
        return (
            f"({alias}.name LIKE ? OR {alias}.name_initials LIKE ? OR {alias}.name_pinyin LIKE ?)",
            [f"%{wanted}%", f"{wanted}%", f"%{wanted}%"],
        )
    return f"{alias}.name LIKE ?", [f"%{wanted}%"]
