"""Benchmark (run by hand): whole-process render vs a bare python-docx script, `--help`, and a 100-brief build.

    python bench/bench_render.py

Also prints the render with the cache off (first run on a machine, JIANGGAO_CACHE_DIR="") and the floor
set by the libraries alone (python-docx, PyYAML, Jinja2, pydantic imported, nothing done), so a ratio can
be read against what no change to jianggao's own code can remove. bench/bench_build.py times a build of
100 varied briefs.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "annual_conference.yaml"


def timed(cmd: list[str], repeat: int = 5, env: dict[str, str] | None = None) -> float:
    """Best wall time of ``repeat`` runs of a whole process."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, **(env or {})})
        best = min(best, time.perf_counter() - t0)
    return best


LIBRARIES = "import docx, yaml, jinja2.sandbox; from pydantic import BaseModel, Field"


BARE = """
import sys
from docx import Document
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
doc = Document()
for line in lines:
    doc.add_paragraph(line)
doc.save(sys.argv[2])
"""


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="jianggao-bench-"))
    brief = tmp / "brief.yaml"
    brief.write_text(SAMPLE.read_text(encoding="utf-8").replace("length: 6000", "length: 7000"), encoding="utf-8")
    jg = [sys.executable, "-m", "jianggao"]
    subprocess.run([*jg, "render", str(brief), "-o", str(tmp / "speech.txt"), "--force"], check=True)
    chars = len((tmp / "speech.txt").read_text(encoding="utf-8"))
    render = timed([*jg, "render", str(brief), "-o", str(tmp / "speech.docx"), "--force"])
    uncached = timed([*jg, "render", str(brief), "-o", str(tmp / "speech.docx"), "--force"],
                     env={"JIANGGAO_CACHE_DIR": ""})
    floor = timed([sys.executable, "-c", LIBRARIES])
    (tmp / "bare.py").write_text(BARE, encoding="utf-8")
    bare = timed([sys.executable, str(tmp / "bare.py"), str(tmp / "speech.txt"), str(tmp / "bare.docx")])
    helps = timed([*jg, "--help"], repeat=5)
    many = tmp / "many"
    many.mkdir()
    samples = sorted((REPO / "samples").glob("*.yaml"))
    for i in range(100):
        shutil.copy(samples[i % len(samples)], many / f"b{i:03d}.yaml")
    t0 = time.perf_counter()
    subprocess.run([*jg, "build", str(many), "-o", str(tmp / "out"), "--jobs", "2", "--force"],
                   check=False, capture_output=True)
    build = time.perf_counter() - t0
    print(f"render ({chars} chars, docx, whole process): {render:.2f} s")
    print(f"bare python-docx, same paragraphs:          {bare:.2f} s  → ratio {render / bare:.2f}× (target ≤ 2×)")
    print(f"render with the cache off:                   {uncached:.2f} s  → ratio {uncached / bare:.2f}×")
    print(f"floor: the libraries imported, nothing done: {floor:.2f} s  → ratio {floor / bare:.2f}×")
    print(f"jianggao --help:                             {helps:.3f} s (target ≤ 0.3 s)")
    print(f"build 100 briefs --jobs 2:                   {build:.2f} s (target ≤ 10 s)")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
