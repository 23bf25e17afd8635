"""Pinyin of names for search as you type: full ("zhangsan") and initials ("zs")."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20000)
def name_pinyin(name: str) -> tuple[str, str]:
    from pypinyin import Style, lazy_pinyin

    syllables = [s.lower() for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return full, initials
