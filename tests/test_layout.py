"""The house a newcomer walks (issue 11): stages as packages, few loose modules, no import cycles."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "jianggao"
MAX_LOOSE = 8


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in SRC.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every jianggao module ``name`` imports, at the top or inside a function."""
    is_pkg = path.name == "__init__.py"
    package = name if is_pkg else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # "from . import levels" imports a module
                if f"{target}.{alias.name}" in known:
                    found.add(f"{target}.{alias.name}")
                elif target in known:
                    found.add(target)
    found.discard(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
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
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles_counting_imports_inside_functions():
    modules = _modules()
    known = set(modules)
    # A package's __init__ that re-exports its own submodules is how packages work, not a cycle.
    graph = {name: {t for t in _imports(name, path, known) if not (path.name == "__init__.py" and t.startswith(name + "."))
                    and not (t == name.rpartition(".")[0] and _is_reexport(modules[t], name))}
             for name, path in modules.items()}
    assert _cycles(graph) == []


def _is_reexport(init: Path, sub: str) -> bool:
    return init.name == "__init__.py" and sub.rpartition(".")[2] in init.read_text(encoding="utf-8")


def test_few_modules_loose_at_the_top():
    loose = sorted(p.name for p in SRC.glob("*.py"))
    assert len(loose) <= MAX_LOOSE, loose


def test_no_subpackage_named_like_a_data_folder():
    # The wheel copies templates/ and phrasebank/ into the package (pyproject force-include).
    assert not (SRC / "templates").is_dir() or not any((SRC / "templates").glob("*.py"))
    assert not (SRC / "phrasebank").is_dir() or not any((SRC / "phrasebank").glob("*.py"))
