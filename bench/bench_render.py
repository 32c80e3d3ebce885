"""Benchmark (run by hand): whole-process `render` against a bare python-docx script writing a speech of the
same size, measured side by side.

    python bench/bench_render.py [--pairs 15]
    python bench/bench_render.py --instructions     # instructions executed (valgrind), for a loaded machine
    python bench/bench_render.py --fresh-patterns   # the patterns a render compiles afresh (a stale regex table)

Each pair runs the two processes back to back, in alternating order, so that whatever else the machine is
doing weighs on both alike; the figure is the median of the per-pair ratios (issue 11: goal ≤ 1.5×). Also
reported, each as a median ratio to the bare script of its own pair: the floor (Python with the libraries
render imports, doing nothing), `render --format txt`, `check`, `phrases list` and `--help`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "annual_conference.yaml"

# What render → .docx imports of other projects' code (python-docx only for --reference-doc since the skeleton
# writer; pydantic only for a brief the quick path is unsure of since perf6, once compose imports model.brief
# for its annotations only; Jinja2 only for a template without current shipped code since perf15, compose/jinja_runtime):
# Python with these and nothing else is the floor below which no render can go.
LIBRARIES = "import yaml"
WITH_PYDANTIC = LIBRARIES + "; from pydantic import BaseModel, Field"

BARE = """
import sys
from docx import Document
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
doc = Document()
for line in lines:
    doc.add_paragraph(line)
doc.save(sys.argv[2])
"""


# Both sides run as an installed program does: with its modules' bytecode kept (pip compiles it on install).
# A source checkout run with PYTHONDONTWRITEBYTECODE set (as CI and these machines do) would otherwise
# recompile all of jianggao on every run, ~0.1 s that no user pays; the bytecode goes to a temporary folder.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# Counts the patterns ``re``'s compiler makes while jianggao renders (argv after the script), by the line of ours
# that asked: with prepared/regexes.marshal current, none of ours; each compiled afresh is ~1.5 M instructions.
FRESH = """
import collections, sys, traceback
from re import _compiler
made = _compiler.compile
asked = collections.Counter()
def compile_(pattern, flags=0):
    caller = next(f for f in reversed(traceback.extract_stack()[:-1]) if "/re/" not in f.filename)
    name = caller.filename.split("/jianggao/")[-1] if "/jianggao/" in caller.filename else "(not ours) " + caller.filename
    asked[f"{name}:{caller.lineno}"] += 1
    return made(pattern, flags)
_compiler.compile = compile_
from jianggao.cli import main
main(sys.argv[1:])
for where, n in sorted(asked.items(), key=lambda kv: (-kv[1], kv[0])):
    print(n, where, file=sys.stderr)
"""


def fresh_patterns(brief: Path, out: Path) -> int:
    """Print where a render of ``brief`` compiles patterns the shipped table does not hold; how many of ours."""
    done = subprocess.run([sys.executable, "-c", FRESH, "render", str(brief), "-o", str(out), "--force"],
                          capture_output=True, text=True, env=ENV, check=True)
    rows = [line.split(" ", 1) for line in done.stderr.splitlines() if line[:1].isdigit() and " " in line]
    ours = sum(int(n) for n, where in rows if not where.startswith("(not ours)"))
    print(f"patterns compiled afresh: {ours} of ours, {sum(int(n) for n, _ in rows) - ours} others'"
          + ("" if not ours else " (make the table again: python -m jianggao.prepared.regexes)"))
    for n, where in rows:
        print(f"  {n:>3} {where}")
    return ours


def wall(cmd: list[str]) -> float:
    """Wall time of one whole process."""
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - t0


def instructions(cmd: list[str]) -> float:
    """Millions of instructions one whole process executes (valgrind's cachegrind, no cache simulation): unlike
    wall time it does not depend on what else the machine is doing, so small changes show on a loaded machine."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd],
                          capture_output=True, text=True, env=ENV, check=True)
    line = next(x for x in done.stderr.splitlines() if "I refs:" in x or "I   refs:" in x)
    return int(line.split(":")[1].replace(",", "").split()[0]) / 1e6


def paired(a: list[str], b: list[str], pairs: int) -> tuple[float, float, float]:
    """Median time of ``a``, of ``b``, and median of the per-pair ratios a/b (order alternating)."""
    ta, tb, ratios = [], [], []
    wall(a), wall(b)  # warm the file cache, the bank's cache and the bytecode
    for i in range(pairs):
        if i % 2:
            y = wall(b)
            x = wall(a)
        else:
            x = wall(a)
            y = wall(b)
        ta.append(x)
        tb.append(y)
        ratios.append(x / y)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=15)
    ap.add_argument("--instructions", action="store_true",
                    help="count each process's instructions with valgrind instead of timing it (one run each)")
    ap.add_argument("--fresh-patterns", action="store_true",
                    help="list the patterns a render of the sample compiles afresh (not in prepared/regexes.marshal)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jianggao-bench-"))
    ENV["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    try:
        brief = tmp / "brief.yaml"
        brief.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
        jg = [sys.executable, "-m", "jianggao"]
        subprocess.run([*jg, "render", str(brief), "-o", str(tmp / "speech.txt"), "--force"], check=True,
                       capture_output=True, env=ENV)
        chars = len((tmp / "speech.txt").read_text(encoding="utf-8"))
        if args.fresh_patterns:
            fresh_patterns(brief, tmp / "fresh.txt")
            return
        (tmp / "bare.py").write_text(BARE, encoding="utf-8")
        bare = [sys.executable, str(tmp / "bare.py"), str(tmp / "speech.txt"), str(tmp / "bare.docx")]
        rows = [
            ("render → .docx", [*jg, "render", str(brief), "-o", str(tmp / "speech.docx"), "--force"]),
            ("render → .txt", [*jg, "render", str(brief), "-o", str(tmp / "s2.txt"), "--force"]),
            ("floor: libraries imported", [sys.executable, "-c", LIBRARIES]),
            ("  + pydantic (the old floor)", [sys.executable, "-c", WITH_PYDANTIC]),
            ("check", [*jg, "check", str(brief)]),
            ("phrases list", [*jg, "phrases", "list", "--limit", "5"]),
            ("--help", [*jg, "--help"]),
        ]
        if args.instructions:
            wall(bare)  # its bytecode
            base = instructions(bare)
            print(f"speech: {chars} characters; instructions executed (valgrind), bare python-docx {base:.0f} M")
            for label, cmd in rows:
                wall(cmd)
                n = instructions(cmd)
                print(f"{label:28s} {n:7.0f} M   ratio {n / base:4.2f}×")
            return
        print(f"speech: {chars} characters; {args.pairs} pairs each, medians")
        for label, cmd in rows:
            t, b, r = paired(cmd, bare, args.pairs)
            print(f"{label:28s} {t:6.3f} s   bare python-docx {b:6.3f} s   ratio {r:4.2f}×")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
