"""The layout shows the architecture: no import cycle inside the package (function-level imports
count too: they hide a cycle rather than remove it) and no code loaded by file path."""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "eims_extract"


def _modules() -> dict[str, Path]:
    out = {}
    for f in PKG.rglob("*.py"):
        parts = list(f.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _graph(mods: dict[str, Path]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for m, f in mods.items():
        pkg = m.split(".") if f.name == "__init__.py" else m.split(".")[:-1]
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = pkg[: len(pkg) - node.level + 1] if node.level else []
                name = ".".join(base + ([node.module] if node.module else []))
                for c in [name, *(f"{name}.{a.name}" for a in node.names)]:
                    if c in mods and c != m:
                        graph[m].add(c)
            elif isinstance(node, ast.Import):
                graph[m].update(a.name for a in node.names if a.name in mods and a.name != m)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative enough for a package)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_package_has_no_import_cycle():
    assert _cycles(_graph(_modules())) == []


def test_cycle_detector_sees_a_cycle_hidden_in_a_function():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


def test_no_module_is_loaded_by_file_path():
    offenders = [str(f) for f in PKG.rglob("*.py") if "spec_from_file_location" in f.read_text(encoding="utf-8")]
    assert offenders == []


def test_flows_entry_point_is_the_packaged_flow():
    import runpy

    ns = runpy.run_path(str(PKG.parents[1] / "flows" / "eims_flow.py"), run_name="entry")
    from eims_extract.flow import eims_pipeline

    assert ns["eims_pipeline"] is eims_pipeline


@pytest.mark.slow
def test_every_module_imports_on_its_own():
    """Each module imports in a fresh interpreter as the first import (a cycle the static graph misses,
    e.g. through a registry loading families, fails here as a partially initialised module)."""
    import subprocess
    import sys

    names = sorted(m for m in _modules() if m != "eims_extract.__main__")
    code = "import importlib, sys\nfor n in sys.argv[1:]:\n    importlib.import_module(n)\n"
    fields = [n for n in names if n.startswith("eims_extract.fields.")]
    for first in fields:  # the field package in every order-sensitive entry point, then the rest once
        subprocess.run([sys.executable, "-c", code, first], check=True, capture_output=True)
    subprocess.run([sys.executable, "-c", code, *names], check=True, capture_output=True)
