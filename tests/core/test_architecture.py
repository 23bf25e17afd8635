"""Rules of direction: the core (fupin_desktop) never imports Qt, nor the ui package."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import fupin_desktop

CORE = Path(fupin_desktop.__file__).resolve().parent
ROOT = CORE.parent

IMPORT_ALL = """
import json, pkgutil, sys
import fupin_desktop

names = ["fupin_desktop"]
for module in pkgutil.walk_packages(fupin_desktop.__path__, "fupin_desktop."):
    __import__(module.name)
    names.append(module.name)
print(json.dumps({
    "modules": names,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "ui": sorted(m for m in sys.modules if m == "ui" or m.startswith("ui.")),
}))
"""

# An import statement (or __import__ / import_module call) naming a forbidden package.
FORBIDDEN = re.compile(
    r"^\s*(?:from\s+(?:PySide6|shiboken6|ui)\b|import\s+(?:PySide6|shiboken6|ui)\b)"
    r"|import_module\(\s*['\"](?:PySide6|shiboken6|ui)\b"
    r"|__import__\(\s*['\"](?:PySide6|shiboken6|ui)\b",
    re.MULTILINE,
)


def test_importing_every_core_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    modules = set(report["modules"])
    # The walk really reached the whole package, not just its top.
    expected = {
        "fupin_desktop." + ".".join(path.relative_to(CORE).with_suffix("").parts)
        for path in CORE.rglob("*.py")
        if path.name != "__init__.py" and "migrations" not in path.parts
    }
    assert expected <= modules, expected - modules
    assert report["qt"] == []
    assert report["ui"] == []


def test_no_core_file_imports_qt_or_ui() -> None:
    offenders = []
    files = sorted(CORE.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        for match in FORBIDDEN.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0).strip()}")
    assert offenders == []


def test_the_pattern_catches_what_it_should() -> None:
    """The check above is only worth something if it would see a Qt import."""
    for bad in (
        "from PySide6.QtCore import QObject",
        "    import PySide6",
        "from ui.app import run",
        "importlib.import_module('PySide6.QtWidgets')",
    ):
        assert FORBIDDEN.search(bad), bad
    for fine in ("# never imports PySide6", "import uuid", "from fupin_desktop import ui_text"):
        assert not FORBIDDEN.search(fine), fine
