"""Regular expressions shipped compiled (issue 11): the CLI process skips ``re``'s parse-and-compile step.

One render compiles ~250 patterns (ours, PyYAML's, Jinja's) in ~35 ms, a ninth of its time, on every run:
``re`` keeps compiled patterns for the process only. ``write_table`` runs the sample briefs through the CLI in a
fresh process, records what ``re`` hands to ``_sre.compile`` for each pattern (its final flags, code and group
names), and writes it to ``regex_table.marshal`` beside this module, as the compiled templates are shipped.
``install``, called first by ``cli.main``, makes ``re`` build a recorded pattern straight from the table and
compile any other pattern as always. The table is used only by the Python that wrote it (same version,
``_sre.MAGIC`` and code size); anything else, or a missing or damaged table, leaves ``re`` untouched. A
pattern built from the table equals the one ``re`` compiles (``Pattern.__eq__`` compares the compiled code;
tests/commands/test_regex_table.py), and ``_sre.compile`` checks the code it is given.

Remake the table after changing patterns (a pattern not in it is merely compiled as before):
``python -c "from jianggao.commands.regex_table import write_table; write_table()"``.
"""
from __future__ import annotations

import marshal
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("regex_table.marshal")

_installed = False
_original: Callable[..., Any] | None = None  # re's own compiler, once install() has replaced it


def _stamp() -> tuple:
    """What the compiled code depends on: a table written by another Python is not used."""
    import _sre

    return (tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE, sys.byteorder)


def _compiler() -> Any:
    """``re``'s compiler module (``re._compiler`` since 3.11), or None on an older Python."""
    if sys.version_info < (3, 11):
        return None
    import re._compiler

    return re._compiler


def install(path: Path = TABLE) -> bool:
    """Make ``re`` build the table's patterns from their recorded code; False (nothing changed) when the table
    is missing, damaged or written by another Python."""
    global _installed, _original
    compiler = _compiler()
    if _installed or compiler is None or array("I").itemsize != _stamp()[2]:
        return _installed
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("stamp") != _stamp():
            return False
        table: dict[tuple[str | bytes, int], tuple] = data["patterns"]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return False
    import _sre

    original: Callable[..., Any] = compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        entry = table.get((p, flags)) if isinstance(p, (str, bytes)) else None
        if entry is None:
            return original(p, flags)
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(p, final_flags, array("I", code).tolist(), groups, groupindex, indexgroup)

    _original = original
    compiler.compile = compile
    _installed = True
    return True


class _Recorder:
    """Stands in for ``_sre`` inside ``re``'s compiler and keeps the arguments of every ``compile``."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre
        self.seen: dict[tuple[str | bytes, int], tuple] = {}
        self.flags: list[int] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)

    def compile(self, pattern: Any, flags: int, code: list[int], groups: int, groupindex: dict,
                indexgroup: tuple) -> Any:
        asked = self.flags[-1] if self.flags else None
        if isinstance(pattern, (str, bytes)) and asked is not None:
            self.seen[(pattern, asked)] = (flags, array("I", code).tobytes(), groups, dict(groupindex),
                                           tuple(indexgroup))
        return self._sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _start_recording() -> _Recorder:
    """Record what ``re`` compiles from now on (in a fresh process, before jianggao is imported: patterns
    compiled earlier would be missed), with the table itself kept out of the way."""
    import re

    global _installed
    _installed = True  # cli.main must compile afresh, not from the table being remade
    compiler = _compiler()
    recorder = _Recorder(compiler._sre)
    compiler._sre = recorder
    original = compiler.compile

    def asked(p: Any, flags: int = 0) -> Any:
        recorder.flags.append(flags if not flags & re.DEBUG else -1)
        try:
            return original(p, flags)
        finally:
            recorder.flags.pop()

    compiler.compile = asked
    return recorder


def _write(recorder: _Recorder, out: str) -> None:
    seen = {k: v for k, v in recorder.seen.items() if k[1] != -1}
    Path(out).write_bytes(marshal.dumps({"stamp": _stamp(), "patterns": seen}))


def write_table(path: Path = TABLE) -> int:
    """Record the patterns that rendering and checking the sample briefs compile; the number written."""
    import subprocess
    import tempfile

    samples = sorted((Path(__file__).resolve().parents[3] / "samples").glob("*.yaml"))  # the source checkout's
    with tempfile.TemporaryDirectory() as tmp:
        argvs = []
        for i, brief in enumerate(samples):
            for suffix in (".docx", ".txt", ".md"):
                argvs.append(["render", str(brief), "-o", f"{tmp}/{i}{suffix}", "--force"])
            argvs.append(["check", str(brief)])
        code = ("from jianggao.commands import regex_table as t; rec = t._start_recording(); import jianggao.cli as cli; "
                f"[cli.main(a) for a in {argvs!r}]; t._write(rec, {str(path)!r})")
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return len(marshal.loads(path.read_bytes())["patterns"])
