"""How fast the 提法 registry loads and scans a draft (run: python bench/bench_tifa.py [--before SRC]).

Two parts:
- in process: load_registry (cold: YAML; warm: the JSON copy in the cache) and the scans, per call;
- whole process: a fresh interpreter that imports the registry, loads it and finds the terms of a
  10,000-character draft — what `render`'s self-check and `lint` pay on every run. Medians of paired runs.
  With ``--before SRC`` (e.g. a checkout of main's ``src``) the same child runs against that tree too,
  so one command measures before and after on the same machine load.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jianggao.model import tifa

_CHILD = r"""
import sys, time
t0 = time.perf_counter()
from jianggao.model import tifa
reg = tifa.load_registry()
t1 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
hits = reg.find(text)
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f} {len(hits)}")
"""


def _draft(reg, length: int, seed: int = 1) -> str:
    """A draft-like text: plain speech filler with registry terms sprinkled in."""
    rng = random.Random(seed)
    filler = "同志们要进一步提高认识，强化责任担当，扎实推进各项工作落地见效，切实保障人民群众身体健康。"
    terms = sorted(t for e in reg for t in e.terms)
    parts, size = [], 0
    while size < length:
        piece = filler[: rng.randint(8, len(filler))] + rng.choice(terms) + "，"
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:length]


def _time(label: str, fn, repeat: int = 50) -> None:
    fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    per = (time.perf_counter() - start) / repeat
    print(f"{label:<46} {per * 1000:8.2f} ms")


def in_process(cache: Path) -> str:
    os.environ["JIANGGAO_CACHE_DIR"] = ""
    tifa.load_registry.cache_clear()
    start = time.perf_counter()
    reg = tifa.load_registry()
    print(f"{'load_registry, YAML (cache off)':<46} {(time.perf_counter() - start) * 1000:8.2f} ms"
          f"  ({len(reg)} entries, {sum(len(e.terms) for e in reg)} spellings)")
    os.environ["JIANGGAO_CACHE_DIR"] = str(cache)
    tifa.load_registry.cache_clear()
    tifa.load_registry()  # writes the copy
    tifa.load_registry.cache_clear()
    start = time.perf_counter()
    reg = tifa.load_registry()
    print(f"{'load_registry, JSON copy (cache warm)':<46} {(time.perf_counter() - start) * 1000:8.2f} ms")
    draft = _draft(reg, 10_000)
    plain = "同志们要进一步提高认识，强化责任担当，扎实推进各项工作落地见效。" * 330
    quoted = draft.replace("，", "“，”")
    start = time.perf_counter()
    print(f"hits in the 10,000-character draft: {len(reg.find(draft))}"
          f" (first find {(time.perf_counter() - start) * 1000:.2f} ms)")
    _time("find, 10,000 chars, dense with terms", lambda: reg.find(draft))
    _time("find, 10,000 chars, no terms", lambda: reg.find(plain[:10_000]))
    _time("find, 10,000 chars, with quotation marks", lambda: reg.find(quoted[:10_000]))
    _time("outside_window, 10,000 chars, county 2024", lambda: reg.outside_window(draft, "2024-02-18", "县"))
    _time("modernise, 10,000 chars, county 2024", lambda: reg.modernise(draft, "2024-02-18", "县"))
    sentences = [s for s in draft.split("，") if s][:1000]
    _time(f"window_of, {len(sentences)} sentences", lambda: [reg.window_of(s) for s in sentences], repeat=10)
    _time("year_framing, 2012–2027", lambda: [reg.year_framing(y, "县") for y in range(2012, 2028)])
    return draft


def whole_process(trees: dict[str, Path | None], draft_file: Path, cache: Path, runs: int) -> None:
    """Median wall time and the child's own load/find times, per tree and cache state, runs interleaved."""
    setups = []
    for name, src in trees.items():
        for state, cache_value in (("cache off", ""), ("cache warm", str(cache))):
            env = dict(os.environ, JIANGGAO_CACHE_DIR=cache_value)
            if src is not None:
                env["PYTHONPATH"] = str(src)
            setups.append((f"{name}, {state}", env))
    bare_env = dict(os.environ)
    results: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in setups}
    bare = []
    for _label, env in setups:  # warm every cache (and the OS page cache) once
        subprocess.run([sys.executable, "-c", _CHILD, str(draft_file)], env=env, check=True, capture_output=True)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=bare_env, check=True)
        bare.append((time.perf_counter() - start) * 1000)
        for label, env in setups:
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", _CHILD, str(draft_file)], env=env, check=True,
                                 capture_output=True, text=True).stdout.split()
            wall = (time.perf_counter() - start) * 1000
            results[label].append((wall, float(out[0]), float(out[1])))
    print(f"\nwhole process, median of {runs} interleaved runs (bare `python -c pass`: "
          f"{statistics.median(bare):.1f} ms)")
    print(f"{'':<26} {'wall':>9} {'import+load':>12} {'find':>8}")
    for label, rows in results.items():
        wall, load, find = (statistics.median(r[i] for r in rows) for i in range(3))
        print(f"{label:<26} {wall:7.1f} ms {load:9.1f} ms {find:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="SRC", help="another source tree (its src/) to measure the same way")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        draft = in_process(cache)
        draft_file = Path(tmp) / "draft.txt"
        draft_file.write_text(draft, encoding="utf-8")
        trees: dict[str, Path | None] = {}
        if args.before:
            trees["before"] = Path(args.before).resolve()
        trees["this tree"] = Path(tifa.__file__).resolve().parents[2]
        whole_process(trees, draft_file, cache, args.runs)


if __name__ == "__main__":
    main()
