"""The CJK font of every form: WenQuanYi Micro Hei (Apache-2.0, licence beside it in
resources/fonts), a TrueType collection that reportlab embeds as a subset."""

from __future__ import annotations

import threading

from fupin_desktop.paths import font_path

FONT = "FupinCJK"

_lock = threading.Lock()
_registered = False


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
            pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
            _registered = True
    return FONT
