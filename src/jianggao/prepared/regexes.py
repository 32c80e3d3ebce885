"""Regular expressions compiled when the package was made, for the very interpreter that made them.

A render compiles ~330 patterns (ours, and PyYAML's, Jinja2's and argparse's), each parsed and compiled by ``re``'s
pure-Python compiler: a fifth of its instructions (bench/README.md). ``re`` keeps what it compiles in a cache keyed
by the pattern and its flags, and every ``re.compile`` looks there first. Here each of those patterns is kept as
what ``re``'s compiler makes of it (the ``_sre`` code words, flags and groups), and ``install`` puts them in that
cache before anything is imported, so each ``re.compile`` finds its pattern made, with the very code a compile gives.

The file says which interpreter made it: its version and build, ``_sre``'s format and a digest of ``re``'s compiler
sources. Any other interpreter (another Python, a patched ``re``) gets nothing from it and compiles as always; a
pattern not in the file (new or edited since) is compiled as always. So the file can be stale, or made by another
Python, and every pattern is still exactly what ``re.compile`` makes: it is only slower.

    python -m jianggao.prepared.regexes      # with the Python the package is made for: renders samples and bench briefs
"""
from __future__ import annotations

import array
import hashlib
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import digest, made_by, write_made

FILE = Path(__file__).resolve().parent / "regexes.marshal"
# model.patterns.worked_out_needles, handed in by the builder (this module never imports model.patterns)
Needles = Callable[[re.Pattern[str]], "tuple[str, ...] | None"]
# The needles (model.patterns.needles) of the same patterns, for the same interpreter and patterns.py's code.
NEEDLES_FILE = FILE.with_name("needles.marshal")
_PATTERNS_SOURCE = FILE.parents[1] / "model" / "patterns.py"
# Version of the layout below: a file written by another layout is never read.
FORMAT = 2
# Room left in re's cache (re._MAXCACHE entries, 512 in 3.11) for what a process compiles beyond the file (and when it
# is full, re drops the oldest entries: the file's first, the patterns every run compiles at import, long since taken).
_HEADROOM = 16
# The array type of _sre's code words (SRE_CODE: _sre.CODESIZE bytes, 4 on every CPython 3, which the interpreter's
# line names; C's unsigned int is that size wherever CPython builds, unsigned long on an odd platform).
_CODE_TYPE = "I" if array.array("I").itemsize == 4 else "L"


@lru_cache(maxsize=1)
def interpreter() -> str | None:
    """Who compiles patterns here: the interpreter's version and build, ``_sre``'s code format and the bytes of
    ``re``'s compiler; None where they cannot be read (no such modules, no sources), so no file is ever used."""
    try:
        import _sre
        from re import _casefix, _compiler, _constants, _parser  # type: ignore[attr-defined]

        h = hashlib.blake2b(digest_size=16)
        for module in (_compiler, _parser, _constants, _casefix):
            h.update(Path(module.__file__ or "").read_bytes())
        return " ".join((f"regexes {FORMAT}", sys.implementation.cache_tag or "", sys.version.replace("\n", " "),
                         str(_sre.MAGIC), str(_sre.CODESIZE), str(_sre.MAXREPEAT), str(_sre.MAXGROUPS),
                         h.hexdigest()))
    except (ImportError, AttributeError, OSError):
        return None


def needles_key() -> str | None:
    """Who made the needles file: this interpreter (its ``re`` parses the patterns) and model/patterns.py's code (which
    reads the needles off the parse); None where either cannot be read."""
    who = interpreter()
    try:
        code = digest(b"needles", _PATTERNS_SOURCE.read_bytes())
    except OSError:
        return None
    return None if who is None else f"{who} needles {code}"


def shipped_needles(path: Path | None = None) -> dict[tuple[str, int], tuple[str, ...] | None]:
    """The shipped needles by (pattern, its compiled flags), when this interpreter and patterns.py made them; else {}."""
    table = made_by(path or NEEDLES_FILE, needles_key())
    return table if isinstance(table, dict) else {}


def compiled(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re``'s compiler makes of ``pattern``: the arguments it hands ``_sre.compile`` (re._compiler.compile)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    flags = int(flags)      # (a re.RegexFlag is no plain int to marshal)
    parsed = _parser.parse(pattern, flags)
    # the code words as the bytes of an array of SRE_CODE (one bytes object to unmarshal, not a list of ints)
    code = array.array(_CODE_TYPE, [int(word) for word in _compiler._code(parsed, flags)]).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return pattern, flags, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def shipped(path: Path = FILE) -> dict[tuple[str, int], re.Pattern[str]]:
    """The patterns of the file, by (pattern, flags), when this interpreter made it; else {}."""
    made = {(key[1], key[2]): _make(entry) for key, entry in _entries(path).items()}
    return {key: pattern for key, pattern in made.items() if pattern is not None}


def install(path: Path = FILE) -> int:
    """Make the file's patterns what ``re``'s cache answers for them; how many the file holds for this interpreter.

    Where ``re`` looks its cache up by subscript (3.11's ``_compile``: ``_cache[key]``, a miss raising KeyError), the
    cache becomes a dict whose misses are answered from the file (``_Shipped``): a pattern is made from its shipped code
    only when first asked, all the file's patterns are at hand whatever the cache's size (a render asks ~570, more than
    ``re._MAXCACHE``: filling the cache up front left ~90 to compile, the file's first ones dropped to make room), and
    what ``re`` drops from the cache is made again from the file when asked again. Elsewhere, as many as leave the cache
    room are put in it up front."""
    entries = _entries(path)
    if not entries:
        return 0
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return 0
    if _asks_by_subscript():
        lazy = cache if isinstance(cache, _Shipped) else _Shipped(cache)
        lazy.raw = entries
        re._cache = lazy  # type: ignore[attr-defined]
        return len(entries)
    room = getattr(re, "_MAXCACHE", 0) - _HEADROOM - len(cache)
    put = 0
    for key in entries:
        if put >= room:
            break
        made = _make(entries[key])
        if made is not None:
            cache.setdefault(key, made)
            put += 1
    return put


class _Shipped(dict):
    """``re``'s cache, a miss answered from the shipped file (see install)."""

    raw: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def __missing__(self, key: tuple[Any, ...]) -> Any:
        entry = self.raw.get(key)
        made = None if entry is None else _make(entry)
        if made is None:
            raise KeyError(key)
        self[key] = made
        return made


def _asks_by_subscript() -> bool:
    """Whether ``re._compile`` reads its cache as ``_cache[key]`` inside a try (CPython 3.7–3.11), where a dict's
    ``__missing__`` answers a miss; 3.12's two caches read it with ``pop``."""
    compile_ = getattr(re, "_compile", None)
    code = getattr(compile_, "__code__", None)
    return (code is not None and "_cache" in code.co_names and "_cache2" not in code.co_names
            and "pop" not in code.co_names and "get" not in code.co_names)


def _entries(path: Path) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The file's entries by ``re``'s cache key (str, pattern, flags), when this interpreter made it; else {}."""
    entries = made_by(path, interpreter())
    if not entries:
        return {}
    try:
        return {(str, entry[0], entry[1]): entry for entry in entries}
    except (TypeError, IndexError):
        return {}


def _make(entry: tuple[Any, ...]) -> re.Pattern[str] | None:
    """The pattern an entry holds, made by ``_sre.compile`` from its shipped code; None if ``_sre`` refuses it."""
    try:
        import _sre

        pattern, _flags, final, code, groups, groupindex, indexgroup = entry
        words = array.array(_CODE_TYPE, code).tolist()
        made: re.Pattern[str] = _sre.compile(pattern, final, words, groups, groupindex, indexgroup)
        return made
    except (ValueError, TypeError, RuntimeError, ImportError):
        return None


def record(runs: list[list[str]], needles_asked: set[tuple[str, int]] | None = None) -> list[tuple[str, int]]:
    """The str patterns (and flags) ``re.compile`` is asked for while ``jianggao`` runs each argument list in ``runs``
    in a fresh process, in the order first asked; into ``needles_asked``, the patterns (and compiled flags) whose
    needles model.patterns was asked for."""
    import json
    import subprocess
    import tempfile

    script = (
        "import re, sys\n"
        "seen = {}\n"
        "ask = re._compile\n"
        "def asked(pattern, flags):\n"
        "    value = flags.value if isinstance(flags, re.RegexFlag) else flags\n"
        "    if isinstance(pattern, str) and not value & (re.DEBUG | re.LOCALE):\n"
        "        seen.setdefault((pattern, value), None)\n"
        "    return ask(pattern, flags)\n"
        "re._compile = asked\n"
        "import json\n"      # (after the hook: json's own patterns are compiled by every render that imports it)
        "from jianggao.cli import main\n"
        "from jianggao.model import patterns\n"
        "patterns.ASKED = set()\n"
        "main(json.loads(sys.argv[1]))\n"
        "with open(sys.argv[2], 'w', encoding='utf-8') as out:\n"
        "    json.dump([list(seen), sorted(patterns.ASKED)], out)\n"
    )
    runs_asking: dict[tuple[str, int], int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        asked = Path(tmp) / "asked.json"
        for argv in runs:
            subprocess.run([sys.executable, "-c", script, json.dumps(argv), str(asked)], capture_output=True,
                           check=True)
            compiled_here, needled = json.loads(asked.read_text(encoding="utf-8"))
            for pattern, flags in compiled_here:
                runs_asking[pattern, flags] = runs_asking.get((pattern, flags), 0) + 1
            if needles_asked is not None:
                needles_asked.update((pattern, flags) for pattern, flags in needled)
    # those most runs ask first (what a file too small for all of them keeps), else by pattern and flags: the same
    # patterns give the same file (the order first asked follows set iteration, which differs from run to run)
    return sorted(runs_asking, key=lambda key: (-runs_asking[key], key))


def sample_runs(folder: Path) -> list[list[str]]:
    """The commands whose compiling the files keep (outputs in ``folder``): each sample rendered to .docx and .txt and
    checked, and each of bench/briefs rendered (briefs of every kind, year and level compile their own patterns)."""
    repo = Path(__file__).resolve().parents[3]       # a source checkout
    runs: list[list[str]] = []
    for brief in sorted((repo / "samples").glob("*.yaml")):
        runs += [["render", str(brief), "-o", str(folder / f"{brief.stem}{suffix}"), "--force"]
                 for suffix in (".docx", ".txt")]
        runs.append(["check", str(brief)])
    if not runs:
        raise SystemExit("no samples/*.yaml beside the package (make the file in a source checkout)")
    runs += [["render", str(brief), "-o", str(folder / f"bench-{brief.stem}.txt"), "--force"]
             for brief in sorted((repo / "bench" / "briefs").glob("*.yaml"))]
    return runs


def make(worked_out_needles: Needles, path: Path = FILE) -> Path:
    """Write the file for this interpreter from the patterns the sample runs compile (sample_runs), and the needles
    file with ``worked_out_needles`` (model.patterns'; see make_needles)."""
    import tempfile

    who = interpreter()
    if who is None:
        raise SystemExit("this Python's re compiler cannot be identified: no file made")
    needled: set[tuple[str, int]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        patterns = record(sample_runs(Path(tmp)), needled)
    make_needles(sorted(needled), worked_out_needles)
    return write_made(path, who, tuple(compiled(p, flags) for p, flags in patterns))


def make_needles(patterns: list[tuple[str, int]], worked_out_needles: Needles,
                 path: Path | None = None) -> Path | None:
    """Write the needles of ``patterns`` (``worked_out_needles`` is model.patterns.worked_out_needles, handed in by the
    caller so that this module never imports model.patterns, which imports it) for this interpreter and patterns.py:
    those the sample runs asked for (a file of every compiled pattern's needles, 0.5 MB, cost more to read than it
    saved)."""
    key = needles_key()
    if key is None:
        return None
    table: dict[tuple[str, int], tuple[str, ...] | None] = {}
    for pattern, flags in patterns:
        try:
            made = re.compile(pattern, flags)
        except re.error:
            continue
        table[made.pattern, made.flags] = worked_out_needles(made)
    return write_made(path or NEEDLES_FILE, key, table)

