"""The methods ``dataclasses`` writes for our classes, compiled when the package was made, for the very interpreter
that made them.

A render makes ~40 dataclasses; for each, ``dataclasses`` writes its ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` (and a frozen class's ``__setattr__`` and ``__delattr__``) as source text and compiles it with ``exec``:
~3 M instructions a class, ~7% of a render (bench/README.md). Here the code of each such text is kept, and while
``installed`` is in force ``dataclasses`` finds the code of a text it has seen compiled instead of compiling it
again: ``exec`` of that code is ``exec`` of the text (compiled as ``exec`` compiles it there: file ``<string>``, no
``__future__`` flags, this process's optimisation level). A text not in the file is compiled as always.

The file says which interpreter made it (its version and build, the bytecode's magic number, the optimisation level
and a digest of ``dataclasses.py``); any other gets nothing from it.

    python -m jianggao.prepared.methods      # with the Python the package is made for: renders samples and bench briefs
"""
from __future__ import annotations

import builtins
import hashlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from . import made_by, write_made

FILE = Path(__file__).resolve().parent / "methods.marshal"
FORMAT = 1


def interpreter() -> str | None:
    """Who compiles the methods here; None where it cannot be told (then no file is used)."""
    try:
        import dataclasses
        from importlib.util import MAGIC_NUMBER

        source = Path(dataclasses.__file__ or "").read_bytes()
    except (ImportError, AttributeError, OSError):
        return None
    return " ".join((f"methods {FORMAT}", sys.implementation.cache_tag or "", sys.version.replace("\n", " "),
                     MAGIC_NUMBER.hex(), str(sys.flags.optimize), hashlib.blake2b(source, digest_size=16).hexdigest()))


def compiled(text: str) -> CodeType:
    """``text`` compiled as ``exec(text, …)`` in ``dataclasses`` compiles it (that module has no __future__ imports)."""
    return compile(text, "<string>", "exec", dont_inherit=True)


def shipped(path: Path = FILE) -> dict[str, CodeType]:
    """The file's code by source text, when this interpreter made it; else {}."""
    table = made_by(path, interpreter())
    if not isinstance(table, dict) or not all(isinstance(c, CodeType) for c in table.values()):
        return {}
    return table


@contextmanager
def installed(path: Path = FILE) -> Iterator[int]:
    """Within the block, ``dataclasses`` runs the file's code for the method texts it holds; yields how many."""
    import dataclasses

    table = shipped(path)
    if not table or "exec" in vars(dataclasses):
        yield 0
        return

    def exec_known(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):
            code = table.get(source)
            source = compiled(source) if code is None else code
        builtins.exec(source, globals, locals)

    dataclasses.exec = exec_known  # type: ignore[attr-defined]   # found before the builtin by _create_fn
    try:
        yield len(table)
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]


def record(runs: list[list[str]]) -> list[str]:
    """The method texts ``dataclasses`` compiles while ``jianggao`` runs each argument list in ``runs`` in a fresh
    process, in the order first compiled."""
    import json
    import subprocess
    import tempfile

    script = (
        "import builtins, dataclasses, json, sys\n"
        "seen = {}\n"
        "def exec_seen(source, globals=None, locals=None):\n"
        "    if isinstance(source, str):\n"
        "        seen.setdefault(source, None)\n"
        "    builtins.exec(source, globals, locals)\n"
        "dataclasses.exec = exec_seen\n"
        "from jianggao.cli import main\n"
        "main(json.loads(sys.argv[1]))\n"
        "with open(sys.argv[2], 'w', encoding='utf-8') as out:\n"
        "    json.dump(list(seen), out)\n"
    )
    found: dict[str, None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        written = Path(tmp) / "texts.json"
        for argv in runs:
            subprocess.run([sys.executable, "-c", script, json.dumps(argv), str(written)], capture_output=True,
                           check=True)
            found.update(dict.fromkeys(json.loads(written.read_text(encoding="utf-8"))))
    return list(found)


def make(path: Path = FILE) -> Path:
    """Write the file for this interpreter from the method texts the sample runs compile (regexes.sample_runs)."""
    import tempfile

    who = interpreter()
    if who is None:
        raise SystemExit("this Python's dataclasses cannot be identified: no file made")
    from .regexes import sample_runs

    with tempfile.TemporaryDirectory() as tmp:
        texts = record(sample_runs(Path(tmp)))
    return write_made(path, who, {t: compiled(t) for t in texts})


if __name__ == "__main__":
    print(make())
