"""Regular expressions a render compiles (run by hand; issue 11): which of jianggao's own a render never uses, and
which are word lists that an ``in`` test would do without compiling.

    python bench/regex_audit.py [BRIEF.yaml ...]      # default: samples/annual_conference.yaml

Renders each brief in this process with every ``re.compile`` of a jianggao module wrapped so that a use (any method
or attribute of the pattern) is seen, then lists, by module and line, the patterns compiled but never used and what
compiling them cost (min of 5, quiet: ~1.5 µs per pattern character of a CJK class), and the module-level patterns
that are only words joined by ``|`` (a yes/no ``search`` of one is ``any(w in text for w in WORDS)``).
"""
from __future__ import annotations

import ast
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "annual_conference.yaml"
_PLAIN_WORDS = re.compile(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)+")


class _Watched:
    """A compiled pattern that notes its first use."""

    __slots__ = ("_pattern", "_key", "_used")

    def __init__(self, pattern: re.Pattern[str], key: tuple[str, int, str], used: set[tuple[str, int, str]]) -> None:
        object.__setattr__(self, "_pattern", pattern)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_used", used)

    def __getattr__(self, name: str) -> Any:
        self._used.add(self._key)
        return getattr(self._pattern, name)


def unused(briefs: list[Path]) -> list[tuple[str, int, str, float]]:
    """(module, line, pattern, ms to compile) of the patterns jianggao's modules compiled and no render used."""
    real = re._compile  # type: ignore[attr-defined]
    compiled: dict[tuple[str, int, str], re.Pattern[str]] = {}
    used: set[tuple[str, int, str]] = set()

    def watch(pattern: Any, flags: Any) -> Any:
        if isinstance(pattern, _Watched):
            used.add(pattern._key)
            return pattern._pattern
        result = real(pattern, flags)
        frame = sys._getframe(1)
        direct = frame.f_code.co_name == "compile"
        while frame is not None and "/re/" in frame.f_code.co_filename:
            frame = frame.f_back
        module = frame.f_globals.get("__name__", "") if frame is not None else ""
        if not module.startswith("jianggao") or not isinstance(pattern, str) or not direct:
            return result
        key = (module, frame.f_lineno if frame is not None else 0, pattern)
        compiled[key] = result
        return _Watched(result, key, used)

    re._compile = watch  # type: ignore[attr-defined]
    try:
        from jianggao.cli import main

        with tempfile.TemporaryDirectory() as tmp:
            for brief in briefs:
                try:
                    main(["render", str(brief), "-o", str(Path(tmp) / "speech.docx"), "--force"])
                except SystemExit:
                    pass
    finally:
        re._compile = real  # type: ignore[attr-defined]
    import re._compiler as compiler  # type: ignore[import-not-found]

    out = []
    for key in compiled:
        if key in used:
            continue
        best = min(_timed(compiler.compile, key[2]) for _ in range(5))
        out.append((*key, best * 1000))
    return sorted(out)


def _timed(compile_: Any, pattern: str) -> float:
    start = time.perf_counter()
    compile_(pattern, 0)
    return time.perf_counter() - start


def word_lists(folder: Path) -> list[tuple[str, int, str]]:
    """(file, line, pattern) of every ``re.compile`` of a literal that is only words joined by ``|``."""
    out = []
    for path in sorted(folder.rglob("*.py")):
        if "compiled" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
                try:
                    pattern = ast.literal_eval(node.args[0])
                except ValueError:
                    continue
                if isinstance(pattern, str) and _PLAIN_WORDS.fullmatch(pattern):
                    out.append((str(path.relative_to(folder)), node.lineno, pattern))
    return out


def main() -> None:
    briefs = [Path(a) for a in sys.argv[1:]] or [SAMPLE]
    rows = unused(briefs)
    print(f"compiled and never used by {len(briefs)} render(s): {len(rows)} patterns, "
          f"{sum(r[3] for r in rows):.1f} ms to compile")
    for module, line, pattern, ms in rows:
        print(f"  {module}:{line}  {ms:5.2f} ms  {pattern[:80]!r}")
    import jianggao

    lists = word_lists(Path(jianggao.__file__).parent)
    print(f"word lists compiled as patterns: {len(lists)}")
    for file, line, pattern in lists:
        print(f"  {file}:{line}  {pattern[:80]!r}")


if __name__ == "__main__":
    main()
