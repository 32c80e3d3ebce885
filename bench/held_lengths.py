"""Benchmark (run by hand): the length each brief held to its length reaches (issue 13: ±15% of the target whenever
the brief gives at least three reviewed areas and three priorities), at seeds 1–3.

    python bench/held_lengths.py [--json out.json] [BRIEF_OR_FOLDER ...]

With no arguments it reads every brief folder of bench/ and samples/. A brief is held where compose's plan says so
(Plan.held_to_length: not a pledge or an address, three reviewed areas and three priorities). Prints each render under
the bar's 0.85, then the count by kind (special meetings apart: session 37 found 27 of their 36 held renders short).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDERS = ("briefs", "len_briefs", "level_briefs", "done_briefs", "special_briefs", "remedy_briefs", "fresh_briefs")
BAR = 0.85
SEEDS = (1, 2, 3)


def _paths(args: list[str]) -> list[Path]:
    if not args:
        roots = [HERE / f for f in FOLDERS] + [HERE.parent / "samples"]
    else:
        roots = [Path(a) for a in args]
    out: list[Path] = []
    for root in roots:
        out += sorted(root.glob("*.yaml")) if root.is_dir() else [root]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from jianggao.briefs.load import load_brief
    from jianggao.compose import core
    from jianggao.errors import JianggaoError
    from jianggao.render import load_resources

    res = load_resources()
    shares: dict[str, float] = {}
    kinds: dict[str, str] = {}
    for path in _paths(args.paths):
        try:
            brief = load_brief(path)
        except JianggaoError:
            continue
        if not core.plan_of(brief, res.templates).held_to_length:
            continue
        for seed in SEEDS:
            speech = core.compose(brief, res.bank, res.templates, seed=seed)
            key = f"{path.parent.name}/{path.name}:{seed}"
            shares[key] = round(speech.body_length() / brief.target_length, 3)
            kinds[key] = brief.kind
    low = {k: v for k, v in shares.items() if v < BAR}
    for key, share in sorted(low.items()):
        print(f"{share:.3f}  {key}")
    held, short = Counter(kinds.values()), Counter(kinds[k] for k in low)
    print(f"{len(shares)} held renders, {len(low)} under {BAR}: "
          + ", ".join(f"{kind} {short[kind]} of {held[kind]}" for kind in sorted(held)))
    if args.json:
        args.json.write_text(json.dumps(shares, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
