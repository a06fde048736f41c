"""The package's layers flow one way: no module imports, directly or through others, a module
that imports it back.

The import graph is read statically from the source (``ast``), so it counts every import a
module can run: top-level ones, imports inside functions (lazy ones), and
``importlib.import_module`` calls whose target is a literal or a literal prefix (a registry that
imports ``lint.analyzers.<name>`` on demand can reach every module of that package). Imports
under ``if TYPE_CHECKING:`` never run and are left out. A module's own package ``__init__``
runs before it and is not an edge of its own.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import lint

PACKAGE = Path(lint.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    """Every module of the package (packages by their ``__init__``), by dotted name."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if any(p.startswith(("_", ".")) and p != "__main__" for p in parts[1:]):
            continue  # generated or private data folders (e.g. _builtin_rules)
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and (
        (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
        or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
    )


def _resolve(name: str) -> str | None:
    """The package module ``name`` is, or the module that holds it (``lint.x.attr`` → ``lint.x``)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _dynamic_targets(call: ast.Call) -> list[str]:
    """Modules an ``importlib.import_module(...)`` call can import: a literal name, or every
    module under a literal prefix (an f-string such as ``f"lint.analyzers.{name}"``)."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "import_module") or not call.args:
        return []
    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        target = _resolve(arg.value)
        return [target] if target else []
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        prefix = str(arg.values[0].value)
        return [m for m in MODULES if m.startswith(prefix)]
    return []


def _imports(module: str, path: Path) -> set[str]:
    """The package modules that importing ``module`` (or calling its functions) can import."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    base = module if is_package else module.rpartition(".")[0]
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            for child in node.orelse:  # the else branch of `if TYPE_CHECKING` does run
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _resolve(alias.name)
                if target:
                    out.add(target)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                source = ".".join(anchor + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                target = _resolve(f"{source}.{alias.name}") if f"{source}.{alias.name}" in MODULES else _resolve(source)
                if target:
                    out.add(target)
        elif isinstance(node, ast.Call):
            out.update(_dynamic_targets(node))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    own_packages = {module.rsplit(".", i)[0] for i in range(1, module.count(".") + 1)}
    return out - {module} - own_packages


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


def test_the_graph_sees_the_package() -> None:
    """The checker reads real edges: the engine imports the document model and the findings."""
    assert {"lint.engine", "lint.cli", "lint.api", "lint.analyzers.sourcing", "lint.reporters.text"} <= set(MODULES)
    assert {"lint.document", "lint.findings"} <= GRAPH["lint.engine"]
    assert "lint.engine" in GRAPH["lint.cli"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    cycles = _cycles(GRAPH)
    assert not cycles, "import cycles (each a group of modules that import each other): " + "; ".join(
        " ↔ ".join(c) for c in cycles
    )


def test_reporters_never_import_the_engine() -> None:
    """Reporters take a report and options; what runs the rules is not theirs to know."""
    def reaches(start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in GRAPH[todo.pop()] - seen:
                seen.add(nxt)
                todo.append(nxt)
        return seen

    for name in MODULES:
        if name.startswith("lint.reporters") or name in ("lint.report", "lint.results"):
            assert "lint.engine" not in reaches(name), f"{name} reaches lint.engine"


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m != "lint.__main__"))  # __main__ runs the CLI
def test_every_module_imports(name: str) -> None:
    """Every module imports (one whose optional extra is missing skips, naming it)."""
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and not exc.name.startswith("lint"):
            pytest.skip(f"{name} needs the optional package {exc.name}")
        raise


def test_module_list_matches_pkgutil() -> None:
    """The static walk and Python's own package walk agree on the top-level modules."""
    walked = {f"lint.{m.name}" for m in pkgutil.iter_modules([str(PACKAGE)]) if not m.name.startswith("_")}
    assert walked <= set(MODULES)
