"""Rules of direction: the core (fupin_desktop) never imports Qt, nor the ui package; its
parts import each other only downwards, and never in a circle.

The import graph is built from every core module, parsed with `ast`: imports inside
functions count (a lazy import still runs), and so do
importlib.import_module("…") / __import__("…") with a literal name. Imports under
`if TYPE_CHECKING:` never run: they count for the rules of direction, not for circles.

The order, bottom to top (what each part may import, besides itself):

    base      errors, i18n, validation, terms, paths, fileio, progress, …   base only
    schema    the field catalogues                                          base
    db        connection, models, migrations, backup, bulk writer          base, schema
    io        file formats (xlsx, PDF layouts) from plain data             base, schema
    services  use cases, one wing per domain                               … db, io
    sync      packages: a school's services travel                         … services
    demo      demo data                                                    … services
    cli       the command line                                             anything

So io never imports services, sync or db; db never imports services, sync or io; schema
never imports db, services, sync or io; services never import sync (sync imports
services, not the other way round). And no circles: no strongly connected component of
more than one module.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

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


# -- the import graph -------------------------------------------------------------------
AREAS = ("schema", "db", "io", "services", "sync", "demo", "cli")
MAY_IMPORT: dict[str, set[str]] = {
    "base": set(),
    "schema": {"base"},
    "db": {"base", "schema"},
    "io": {"base", "schema"},
    "services": {"base", "schema", "db", "io"},
    "sync": {"base", "schema", "db", "io", "services"},
    "demo": {"base", "schema", "db", "io", "services"},
    "cli": {"base", "schema", "db", "io", "services", "sync", "demo"},
}


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    typing_only: bool = False  # under `if TYPE_CHECKING:`: never runs

    def __str__(self) -> str:
        note = " (TYPE_CHECKING)" if self.typing_only else ""
        return f"{self.source}:{self.line} imports {self.target}{note}"


Sources = dict[str, tuple[str, bool]]  # module -> (source text, is a package)


def core_sources() -> Sources:
    sources: Sources = {}
    for path in sorted(CORE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        package = parts[-1] == "__init__"
        if package:
            parts.pop()
        sources[".".join(parts)] = (path.read_text(encoding="utf-8"), package)
    return sources


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Imports(ast.NodeVisitor):
    def __init__(self, module: str, package: bool, known: set[str]) -> None:
        self.module = module
        self.package = package
        self.known = known
        self.typing_only = False
        self.edges: list[Edge] = []

    def add(self, name: str, node: ast.AST) -> None:
        if name != "fupin_desktop" and not name.startswith("fupin_desktop."):
            return
        while name not in self.known and "." in name:
            name = name.rpartition(".")[0]
        edge = Edge(self.module, name, node.lineno, self.typing_only)
        if name in self.known and name != self.module and edge not in self.edges:
            self.edges.append(edge)

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        before, self.typing_only = self.typing_only, True
        for child in node.body:
            self.visit(child)
        self.typing_only = before
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parts = self.module.split(".")
            if not self.package:
                parts.pop()
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*parts, base] if base else parts)
        for alias in node.names:
            full = f"{base}.{alias.name}"
            self.add(full if full in self.known else base, node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("import_module", "__import__") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self.add(first.value, node)
        self.generic_visit(node)


def import_graph(sources: Sources) -> dict[str, list[Edge]]:
    known = set(sources)
    graph: dict[str, list[Edge]] = {}
    for module, (text, package) in sources.items():
        visitor = _Imports(module, package, known)
        visitor.visit(ast.parse(text, filename=module))
        graph[module] = visitor.edges
    return graph


def area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in AREAS else "base"


def upward_edges(graph: dict[str, list[Edge]]) -> list[Edge]:
    """Edges that break the order above, TYPE_CHECKING imports included."""
    return [
        edge
        for edges in graph.values()
        for edge in edges
        if area(edge.target) != area(edge.source)
        and area(edge.target) not in MAY_IMPORT[area(edge.source)]
    ]


def circles(graph: dict[str, list[Edge]]) -> list[list[Edge]]:
    """One circle of imports (as its edges) for every strongly connected component of
    more than one module, over the imports that run (Tarjan's algorithm)."""
    runs = {m: [e for e in edges if not e.typing_only] for m, edges in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for edge in runs.get(module, []):
            if edge.target not in index:
                visit(edge.target)
                low[module] = min(low[module], low[edge.target])
            elif edge.target in on_stack:
                low[module] = min(low[module], index[edge.target])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                components.append(component)

    for module in sorted(runs):
        if module not in index:
            visit(module)
    return [_one_circle(runs, component) for component in components]


def _one_circle(runs: dict[str, list[Edge]], component: set[str]) -> list[Edge]:
    """A shortest way round from the component's first module back to itself."""
    start = min(component)
    paths: dict[str, list[Edge]] = {start: []}
    queue = [start]
    while queue:
        module = queue.pop(0)
        for edge in runs[module]:
            if edge.target == start:
                return [*paths[module], edge]
            if edge.target in component and edge.target not in paths:
                paths[edge.target] = [*paths[module], edge]
                queue.append(edge.target)
    raise AssertionError(f"no circle in {component}")


@pytest.fixture(scope="module")
def graph() -> dict[str, list[Edge]]:
    return import_graph(core_sources())


def test_the_graph_sees_the_whole_core(graph) -> None:
    assert len(graph) == len(list(CORE.rglob("*.py")))
    # A lazy import inside a function is an edge like any other.
    targets = {e.target for e in graph["fupin_desktop.services.printing.jobs"]}
    assert "fupin_desktop.io.pdf.archive_card" in targets
    # The command line is part of the graph, so test_no_import_circles covers it too,
    # its imports inside commands included.
    assert {"fupin_desktop.cli.program", "fupin_desktop.cli.common"} <= graph.keys()
    targets = {e.target for e in graph["fupin_desktop.cli.students"]}
    assert "fupin_desktop.services.students.export" in targets


def test_every_part_imports_only_downwards(graph) -> None:
    """io never imports services, sync or db; db never services, sync or io; schema
    never db, services, sync or io; services never sync; nothing below cli imports it."""
    assert [str(e) for e in upward_edges(graph)] == []


def test_no_import_circles(graph) -> None:
    found = circles(graph)
    text = "\n\n".join("\n".join(str(edge) for edge in circle) for circle in found)
    assert found == [], "import circles:\n" + text


# The faces (ui/ and cli/) open, check, back up and restore the ledger through
# services/ledger.py and change data through services: they never touch db/.
FACE_TOUCHES_DB = re.compile(r"^\s*(?:from|import)\s+fupin_desktop\.db\b", re.MULTILINE)


def test_ui_and_cli_never_import_db() -> None:
    faces = [*sorted((ROOT / "ui").rglob("*.py")), *sorted((CORE / "cli").rglob("*.py"))]
    assert len(faces) > 20
    offenders = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
        for path in faces
        for text in [path.read_text(encoding="utf-8")]
        for match in FACE_TOUCHES_DB.finditer(text)
    ]
    assert offenders == []


def test_the_face_rule_sees_an_import_inside_a_function() -> None:
    assert FACE_TOUCHES_DB.search("def f():\n    from fupin_desktop.db.models import Student\n")
    assert not FACE_TOUCHES_DB.search("from fupin_desktop.services import ledger\n")


# -- the checker checks -------------------------------------------------------------------
def _synthetic(**modules: str) -> dict[str, list[Edge]]:
    """A made-up core: module name (dots as __) -> source; packages end in __init__."""
    sources: Sources = {}
    for name, text in modules.items():
        package = name.endswith("____init__")
        dotted = name.removesuffix("____init__").replace("__", ".")
        sources["fupin_desktop." + dotted if dotted else "fupin_desktop"] = (text, package)
    return import_graph(sources)


def test_the_checker_flags_io_importing_services_even_inside_a_function() -> None:
    graph = _synthetic(
        io____init__="",
        io__files="def read():\n    from fupin_desktop.services import x\n    return x\n",
        services____init__="",
        services__x="from fupin_desktop.io import files\n",
    )
    assert [str(e) for e in upward_edges(graph)] == [
        "fupin_desktop.io.files:2 imports fupin_desktop.services.x"
    ]
    typing_only = _synthetic(
        io__files="from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from fupin_desktop.sync.reader import Package\n",
        sync__reader="",
    )
    assert [e.typing_only for e in upward_edges(typing_only)] == [True]


def test_the_checker_finds_a_circle_hidden_in_a_function() -> None:
    graph = _synthetic(
        db____init__="",
        db__backup="from . import connection\n",
        db__connection="def migrate():\n    from fupin_desktop.db.backup import copy\n",
        db__models="import fupin_desktop.db.connection\n",
        schema__fields="import importlib\nimportlib.import_module('fupin_desktop.schema.format')\n",
        schema__format="def f():\n    return __import__('fupin_desktop.schema.fields')\n",
    )
    found = sorted(circles(graph), key=lambda c: c[0].source)
    assert [[str(e) for e in circle] for circle in found] == [
        [
            "fupin_desktop.db.backup:1 imports fupin_desktop.db.connection",
            "fupin_desktop.db.connection:2 imports fupin_desktop.db.backup",
        ],
        [
            "fupin_desktop.schema.fields:2 imports fupin_desktop.schema.format",
            "fupin_desktop.schema.format:2 imports fupin_desktop.schema.fields",
        ],
    ]


def test_a_type_checking_import_makes_no_circle() -> None:
    graph = _synthetic(
        schema__fields="from fupin_desktop.schema.format import show\n",
        schema__format="from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from fupin_desktop.schema.fields import Field\n",
    )
    assert circles(graph) == []
    assert [e.typing_only for e in graph["fupin_desktop.schema.format"]] == [True]
