"""Fill unfinished entries of a Qt Linguist .ts file from a JSON map, for translators who
work in a text editor instead of Linguist.

    python tools/ts_fill.py resources/translations/fupin_zh_CN.ts map.json

map.json: {"context\\u0004source": "translation", ...} or {"source": "translation"}
(a plain source applies in every context). Prints what is still unfinished.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.etree import ElementTree


def fill(ts_path: Path, mapping: dict[str, str]) -> list[tuple[str, str]]:
    tree = ElementTree.parse(ts_path)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") != "unfinished" and translation.text:
                continue
            text = mapping.get(f"{name}\u0004{source}", mapping.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append((name, source))
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> None:
    ts_path, map_path = Path(sys.argv[1]), Path(sys.argv[2])
    missing = fill(ts_path, json.loads(map_path.read_text(encoding="utf-8")))
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    print(f"{len(missing)} unfinished")


if __name__ == "__main__":
    main()
