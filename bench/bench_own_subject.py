"""What compose.placement moved or dropped (a numbered item's and a subsection's sentences on another subject), by hand:

    python bench/bench_own_subject.py [--briefs DIR_OR_FILE ...] [--seeds 1 2] [--kept N]

Renders each brief in-process and prints each sentence placement.own_subjects moved (from → to heading) or dropped,
and, with --kept N, N sentences it judged and kept (at random, seeded) to read for its precision (issue 13, place18).
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path
from typing import Any

from jianggao.briefs.load import load_brief
from jianggao.compose import placement
from jianggao.compose.core import compose
from jianggao.render import load_resources

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", type=Path, nargs="+", default=[HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--kept", type=int, default=0)
    args = ap.parse_args()
    res = load_resources()
    done: list[tuple[str, str, str, str]] = []
    kept: list[tuple[str, str, str]] = []
    real = placement.own_subjects

    def record(*a: Any, **k: Any) -> Any:
        out = real(*a, **k)
        done.extend((name, *x) for x in out)
        return out

    placement.own_subjects = record  # type: ignore[assignment]
    counts: Counter[str] = Counter()
    for path in sorted(p for d in args.briefs for p in (d.glob("*.yaml") if d.is_dir() else [d])):
        brief = load_brief(path)
        for seed in args.seeds:
            name = f"{path.stem} s{seed}"
            placement.JUDGED = []
            compose(brief, res.bank, res.templates, seed=seed)
            kept.extend((name, s, h) for s, h in placement.JUDGED)
            placement.JUDGED = None
            counts["drafts"] += 1
    for name, s, src, to in sorted(set(done), key=done.index):
        counts["moved" if to else "dropped"] += 1
        print(f"{name:34} {'MOVE' if to else 'DROP'} {s}\n{'':34}   under {src}{' → ' + to if to else ''}")
    if args.kept:
        for name, s, head in random.Random(1).sample(sorted(set(kept)), min(args.kept, len(set(kept)))):
            print(f"{name:34} KEEP {s}\n{'':34}   under {head}")
    print(f"\n{counts['drafts']} drafts: moved {counts['moved']}, dropped {counts['dropped']}")


if __name__ == "__main__":
    main()
