"""Benchmark (run by hand): where one whole-process render's instructions go, stage by stage (valgrind).

    python bench/render_stages.py [BRIEF]                       # the stages of a render → .docx of BRIEF (default: the sample)
    python bench/render_stages.py --first serve:could_stand ideas:ideas_of …
    python bench/render_stages.py --ms 9                        # the same stages in milliseconds (medians of 9 runs)

Each stage is a fresh process that does what a render does up to that point and ends there (``os._exit``), counted by
valgrind's cachegrind as bench_render.py counts whole renders; a stage's figure is its count less the one before. The
stages follow ``jianggao render`` (cli: the collector off, the prepared regexes and methods installed): Python and
``jianggao.cli``; the prepared install; the brief; render's and compose's modules; bank and templates; compose; a
second compose of the same brief in the same process (what compose costs with every per-text answer already kept);
the .docx; lint's import; the self-check.

``--ms N`` times the same stages in one process each (``time.perf_counter`` at each stage's end, the process's start
to its first line as Python's own start, the whole process's wall time beside it), N runs, the median of each: on a
loaded machine the instructions are the steadier figure, the milliseconds what a user waits.

``--first MODULE:FUNCTION …`` (functions of ``jianggao.compose.MODULE`` kept per argument, e.g. with ``lru_cache``)
measures how much of compose their first answers take: one run records what compose asks them, then compose is
counted once as it is and once after the same questions were asked beforehand; the difference, less the asking, is
the most that shipping those answers (prepared/) could save. Answers a function works out for texts made at run time
(a rewording, a paragraph) cannot be shipped, so the real saving is smaller.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "annual_conference.yaml"

STAGES = ("Python and jianggao.cli", "prepared regexes and methods installed", "the brief",
          "render's and compose's modules", "bank and templates", "compose", "… a second compose, same process",
          ".docx", "lint's import", "self-check")

CHILD = r"""
import time
_t0 = time.perf_counter()
import gc, importlib, os, pickle, sys
stage, brief_path, out, mode, record = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
first = [f for f in sys.argv[6:]]
_marks = [_t0]
def stop(n):
    if mode == "timed":
        _marks.append(time.perf_counter())
    if stage == n:
        if mode == "timed":
            print(" ".join(repr(m) for m in _marks))
        sys.stdout.flush()
        os._exit(0)
gc.disable()
import jianggao.cli
stop(0)
from jianggao.prepared import methods, regexes
regexes.install()
with methods.installed():
    stop(1)
    from pathlib import Path
    from jianggao.briefs.load import load_brief
    brief = load_brief(Path(brief_path), plain=True)
    stop(2)
    from jianggao.render import compose_brief, load_resources, write_speech
    stop(3)
    res = load_resources()
    if mode in ("plain", "timed"):
        stop(4)
    targets = [(importlib.import_module("jianggao.compose." + m), n) for m, n in (f.split(":") for f in first)]
    if mode == "record":
        asked = {}
        for module, name in targets:
            kept = getattr(module, name)
            asked[name] = []
            def ask(*a, _kept=kept, _name=name, **k):
                asked[_name].append((a, k))
                return _kept(*a, **k)
            setattr(module, name, ask)
        compose_brief(brief, res)
        with open(record, "wb") as f:
            pickle.dump(asked, f)
        os._exit(0)
    if mode in ("load", "asked"):
        with open(record, "rb") as f:
            asked = pickle.load(f)
        if mode == "asked":
            for module, name in targets:
                for a, k in asked[name]:
                    getattr(module, name)(*a, **k)
        stop(4)
    speech = compose_brief(brief, res)
    stop(5)
    compose_brief(brief, res)
    stop(6)
    write_speech(speech, Path(out), "docx", force=True)
    stop(7)
    from jianggao.lint import self_check
    stop(8)
    self_check(speech, brief.speech_date, brief.region.level or "区")
    stop(9)
"""

# A render's own environment: bytecode kept (bench_render.py), no user cache read or written.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def count(args: list[str]) -> float:
    """Millions of instructions the child executes with ``args``."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=ENV, check=True)
    line = next(x for x in done.stderr.splitlines() if "I refs:" in x or "I   refs:" in x)
    return int(line.split(":")[1].replace(",", "").split()[0]) / 1e6


def timed(args: list[str], runs: int) -> None:
    """Print each stage's median milliseconds over ``runs`` whole processes (Python's own start: the process's wall
    time less what its code measured from its first line to its last stage)."""
    import statistics
    import time

    rows: list[list[float]] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=ENV, check=True)
        wall = time.perf_counter() - t0
        marks = [float(x) for x in done.stdout.split()]
        steps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
        second = steps.pop(6)         # the second compose: no part of a render
        rows.append([wall - (marks[-1] - marks[0]), *steps, second, wall - second])
    labels = ["Python's start (interpreter, site)", *[s for s in STAGES if not s.startswith("…")],
              "(… a second compose, same process)", "a render in all (wall, the second compose taken out)"]
    for n, label in enumerate(labels):
        print(f"{label:52s} {1000 * statistics.median(r[n] for r in rows):7.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("brief", nargs="?", default=str(SAMPLE))
    ap.add_argument("--first", nargs="+", metavar="MODULE:FUNCTION",
                    help="measure the share of compose these kept functions' first answers take")
    ap.add_argument("--ms", type=int, metavar="N", help="time the stages instead (milliseconds, medians of N runs)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="jianggao-stages-") as tmp:
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        ENV["JIANGGAO_CACHE_DIR"] = ""
        out, record = str(Path(tmp) / "speech.docx"), str(Path(tmp) / "asked.pickle")

        def run(stage: int, mode: str = "plain", first: list[str] | None = None) -> list[str]:
            return [str(stage), args.brief, out, mode, record, *(first or [])]

        subprocess.run([sys.executable, "-c", CHILD, *run(9)], check=True, env=ENV)   # bytecode written
        if args.ms:
            timed(run(9, "timed"), args.ms)
            return
        if args.first:
            subprocess.run([sys.executable, "-c", CHILD, *run(9, "record", args.first)], check=True, env=ENV)
            loaded, asked = count(run(4, "load", args.first)), count(run(4, "asked", args.first))
            cold = count(run(5, "load", args.first)) - loaded
            warm = count(run(5, "asked", args.first)) - asked
            print(f"compose {cold:.0f} M; with the questions of {' '.join(args.first)} asked beforehand "
                  f"{warm:.0f} M: their first answers are at most {cold - warm:.0f} M of compose "
                  f"(the asking itself {asked - loaded:.0f} M)")
            return
        before = 0.0
        for stage, label in enumerate(STAGES):
            n = count(run(stage))
            print(f"{label:40s} {n - before:7.0f} M   (total {n:6.0f} M)")
            before = n
        print("(the second compose is counted in the total of the stages after it; subtract it to get one render)")


if __name__ == "__main__":
    main()
