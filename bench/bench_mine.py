"""Benchmark `jianggao mine`: throughput (MB/s) and peak memory on a synthetic corpus 10×, 50× and 100× the real one.

Run by hand:  python bench/bench_mine.py [--corpus ../shared/corpus] [--factors 10 50 100]
Each size is mined in a fresh process so its peak RSS is its own; flat RSS across sizes shows the miner
streams documents instead of holding the corpus in memory.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def build_corpus(src: Path, dest: Path, factor: int) -> int:
    """Copy every corpus file ``factor`` times under varied names; returns the total bytes."""
    total = 0
    files = sorted(p for p in src.iterdir() if p.is_file())
    for i in range(factor):
        for f in files:
            target = dest / f"{f.stem}_copy{i:03d}{f.suffix}"
            shutil.copyfile(f, target)
            total += target.stat().st_size
    return total


def measure(folder: Path) -> dict:
    """Mine ``folder`` in this process; report seconds, megabytes, documents and peak RSS (MB)."""
    sys.path.insert(0, str(REPO / "src"))
    from jianggao.corpus.mine import mine_documents

    size = sum(p.stat().st_size for p in folder.iterdir())
    start, cpu = time.perf_counter(), time.process_time()
    phrases, report = mine_documents([folder])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"documents": report.documents, "entries": len(phrases), "mb": size / 1e6, "seconds": seconds,
            "mb_per_s": size / 1e6 / seconds, "cpu_seconds": cpu, "peak_rss_mb": rss_kb / 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 50, 100])
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child mode: mine this folder, print JSON
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    # wall time suffers when the machine is busy; CPU seconds show the miner's own cost
    print(f"{'factor':>6} {'docs':>6} {'MB':>8} {'wall s':>8} {'MB/s':>7} {'CPU s':>7} {'MB/CPU-s':>9} "
          f"{'peak RSS MB':>12} {'entries':>8}")
    for factor in args.factors:
        with tempfile.TemporaryDirectory(prefix="bench_mine_") as tmp:
            build_corpus(args.corpus, Path(tmp), factor)
            out = subprocess.run([sys.executable, __file__, "--measure", tmp], capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{factor:>5}× {r['documents']:>6} {r['mb']:>8.1f} {r['seconds']:>8.2f} {r['mb_per_s']:>7.2f} "
                  f"{r['cpu_seconds']:>7.2f} {r['mb'] / r['cpu_seconds']:>9.2f} {r['peak_rss_mb']:>12.1f} "
                  f"{r['entries']:>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
