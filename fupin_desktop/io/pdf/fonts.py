"""The CJK font of every form: WenQuanYi Micro Hei (Apache-2.0, licence beside it in
resources/fonts), a TrueType collection that reportlab embeds as a subset."""

from __future__ import annotations

import threading

from fupin_desktop.paths import font_path

FONT = "FupinCJK"

_lock = threading.Lock()
_registered = False
_covered: frozenset[int] = frozenset()
# Characters met since the last reset() that the font has no glyph for: they would
# print as an empty box, so the printing service warns about them, by name.
missing: set[str] = set()


def register() -> str:
    """Register the font with reportlab once per process (parsing the 5 MB collection
    costs ~100 ms; doing it per document would dominate a small print job)."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            # subfontIndex 0 is the proportional face; 1 is the monospaced one.
            font = TTFont(FONT, str(font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            global _covered
            _covered = frozenset(font.face.charToGlyph)
            _registered = True
    return FONT


def check(text: str) -> None:
    """Note the characters of `text` the font cannot draw (a rare name character from
    CJK Extension B, an emoji). Line breaks and tabs are layout, not glyphs."""
    if not _covered.issuperset(map(ord, text)):
        missing.update(c for c in text if ord(c) not in _covered and c not in "\r\n\t")


def reset() -> None:
    missing.clear()
