"""Translation for the core without Qt.

Source strings are English. `N_()` only marks a string for Qt Linguist; `tr()` marks
and translates now. The GUI installs Qt's translator; the command line reads the
same .ts file, so both faces speak the same Chinese.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

# lupdate files the core's markers under the empty context.
CORE_CONTEXT = ""

_translate: Callable[[str], str] = lambda text: text  # noqa: E731


def N_(text: str) -> str:
    """Mark `text` for translation; it is translated where it is shown."""
    return text


def tr(text: str) -> str:
    return _translate(text)


def set_translator(translate: Callable[[str], str]) -> None:
    global _translate
    _translate = translate


def load_ts(path: Path) -> dict[str, str]:
    """Read the finished translations of the core context from a Qt Linguist .ts file."""
    from xml.etree import ElementTree

    table: dict[str, str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name != CORE_CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[source] = translation.text
    return table


def install_ts_translator(path: Path) -> None:
    """The command line's translator: a plain lookup in the .ts file."""
    if not path.exists():
        return
    table = load_ts(path)
    set_translator(lambda text: table.get(text, text))
