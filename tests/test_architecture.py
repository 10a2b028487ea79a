"""The layout shows the architecture: the top level holds only shared foundations, each subpackage
imports only from layers below it, no import cycle inside the package (function-level imports count
too: they hide a cycle rather than remove it) and no code loaded by file path."""

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
                # ``from pkg import sub`` needs the submodule; the package itself only for a name it defines
                subs = {f"{name}.{a.name}" for a in node.names} & mods.keys()
                targets = subs if len(subs) == len(node.names) else {name, *subs}
                for c in targets:
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


#: Modules that stay at the top level: the schema, the rule loader (and its literal prefilter) and what every layer shares.
FOUNDATIONS = {"__init__", "errors", "records", "rules", "prefilter", "regex_cache", "normalize", "store", "writers", "cli"}
#: Lowest first; a module may import from its own layer's group or any layer below, never above.
LAYERS: list[set[str]] = [
    {"eims_extract", "errors", "records", "rules", "prefilter", "regex_cache", "normalize", "store", "writers"},
    {"ingest", "nlp", "fields", "fetch"},
    {"reporting"},
    {"pipeline"},
    {"evaluation", "review"},
    {"cli"},
]


def _group(module: str) -> str:
    """The top-level module or subpackage a dotted module name belongs to."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _layer_of(group: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if group in layer)


def test_top_level_holds_only_the_foundations():
    modules = {f.stem for f in PKG.glob("*.py")}
    packages = {d.name for d in PKG.iterdir() if (d / "__init__.py").exists()}
    assert modules == FOUNDATIONS
    assert packages == set().union(*LAYERS) - {"eims_extract"} - FOUNDATIONS, "give a new subpackage a layer"


def _upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted(
        (m, d) for m, deps in graph.items() for d in deps
        if _group(m) != _group(d) and _layer_of(_group(d)) > _layer_of(_group(m))
    )  # fmt: skip


def test_subpackages_import_only_from_layers_below():
    assert _upward_imports(_graph(_modules())) == []


def test_subpackages_have_no_import_cycle_between_them():
    groups: dict[str, set[str]] = {}
    for m, deps in _graph(_modules()).items():
        groups.setdefault(_group(m), set()).update(_group(d) for d in deps if _group(d) != _group(m))
    assert _cycles(groups) == []


@pytest.mark.parametrize("module, dep", [
    ("eims_extract.reporting.scoring", "eims_extract.pipeline.runner"),
    ("eims_extract.fields.alk", "eims_extract.reporting.scoring"),
])  # fmt: skip
def test_layer_check_sees_an_import_from_above(module, dep):
    assert _upward_imports({module: {dep}, dep: set()}) == [(module, dep)]


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
    from eims_extract.pipeline.flow import eims_pipeline

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
