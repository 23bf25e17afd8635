"""zh_CN is complete and the .ts is up to date with the source (Qt Linguist workflow)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "fupin_zh_CN.ts"
LUPDATE_ARGS = ["-extensions", "py", "-tr-function-alias", "QT_TR_NOOP+=N_,tr+=tr"]


def messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.get("type"),
                translation.text,
            )
    return found


def test_every_zh_cn_entry_is_finished() -> None:
    unfinished = [
        f"[{ctx}] {src}"
        for (ctx, src), (kind, text) in messages(TS).items()
        if kind in ("unfinished", "obsolete", "vanished") or not text
    ]
    assert not unfinished, "unfinished zh_CN entries:\n" + "\n".join(unfinished[:40])


def test_placeholders_survive_translation() -> None:
    for (ctx, source), (_, text) in messages(TS).items():
        wanted = sorted(re.findall(r"\{\w*\}", source))
        assert sorted(re.findall(r"\{\w*\}", text or "")) == wanted, f"[{ctx}] {source}"


def test_ts_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is missing from the environment"
    fresh = tmp_path / "fresh.ts"
    sources = ["main.py", "fupin_desktop", "ui"]
    subprocess.run(
        [lupdate, *LUPDATE_ARGS, *sources, "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    in_source = set(messages(fresh))
    in_ts = {key for key, (kind, _) in messages(TS).items() if kind not in ("obsolete", "vanished")}
    missing = sorted(in_source - in_ts)
    stale = sorted(in_ts - in_source)
    assert not missing, f"strings not in the .ts (run make tr-update): {missing[:20]}"
    assert not stale, f"strings in the .ts no longer in the source: {stale[:20]}"


def test_core_messages_are_translated_for_the_command_line() -> None:
    from fupin_desktop.i18n import load_ts

    table = load_ts(TS)
    assert table["The data is not valid."] == "数据不正确。"
