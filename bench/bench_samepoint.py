"""Same-point pairs per draft (rep30, the readers' REP): two sentences of one paragraph, or of two running paragraphs
under one heading, that make one point in other words, as compose.points judges them.

    python bench/bench_samepoint.py --render DRAFTS_DIR          # bench/briefs at seeds 1–3 into DRAFTS_DIR, then count
    python bench/bench_samepoint.py DRAFTS_DIR [--show]           # count drafts already rendered (*.txt)
    python bench/bench_samepoint.py --swaps [--show]              # how often serve.score turned a swap away

With --swaps it renders bench/briefs at seeds 1–3 in-process instead and counts the swaps (a measure said in place of
a repeat) whose best measure on the subject did not serve the item it would land in (finish.SWAPS_UNFIT, fit31): a
line said instead, or the repeat kept.

The judge is the one of the checkout the bench runs in, so drafts of an older version are counted by the same measure:
render them with that version (``PYTHONPATH=OLD/src``) and count them here.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality_checks as qc  # noqa: E402

from jianggao.compose import points, samepoint  # noqa: E402

HERE = Path(__file__).resolve().parent
SEEDS = (1, 2, 3)


def render(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for brief in sorted((HERE / "briefs").glob("*.yaml")):
        for seed in SEEDS:
            target = out / f"{brief.stem.split('_')[0]}_s{seed}.txt"
            subprocess.run([sys.executable, "-m", "jianggao", "render", str(brief), "-o", str(target), "--format", "txt",
                            "--seed", str(seed), "--force"], capture_output=True, check=False)


def pairs(text: str) -> list[tuple[str, str]]:
    """The draft's same-point pairs (later, earlier): within a paragraph, and between a paragraph and the one before it
    under the same heading; the words of the heading and of the item head (一是…) over them set aside."""
    draft = qc.parse_draft(text)
    found: list[tuple[str, str]] = []
    heading: frozenset[str] = frozenset()
    before: list[str] = []
    for p in draft.paragraphs:
        if p.heading:
            heading, before = samepoint.forms(p.text), []
            continue
        sents = qc.split_sentences(p.text)
        if sents and qc.HEADING.match(sents[0]) and sents[0].startswith("（"):
            heading, before = samepoint.forms(sents[0]), []      # （一）… opens its subsection's first paragraph
            sents = sents[1:]
        skip = heading
        said: list[str] = list(before)
        for s in sents:
            if points.ITEM_HEAD.match(s):
                skip = heading | samepoint.forms(s)
                said = []
                continue
            # (a figure's sentence is the brief's, said where it is set: not a repeat)
            hit = None if re.search(r"\d", s) else next((e for e in said if points.same_point(s, e, skip)), None)
            if hit:
                found.append((s, hit))
            said.append(s)
        before = sents[-3:]
    return found


def swaps(show: bool) -> None:
    """Render bench/briefs at SEEDS in-process, counting the swaps the item's score turned away."""
    from jianggao.briefs.load import load_brief
    from jianggao.compose import finish
    from jianggao.compose.core import compose
    from jianggao.render import load_resources

    res = load_resources()
    drafts, turned, instead = 0, 0, 0
    for path in sorted((HERE / "briefs").glob("*.yaml")):
        brief = load_brief(path)
        for seed in SEEDS:
            finish.SWAPS_UNFIT = []
            compose(brief, res.bank, res.templates, seed=seed)
            drafts += 1
            # (once a sentence: the repeat passes ask again for a repeat they kept)
            for said, item, unfit, other in dict.fromkeys((x.removeprefix("要"), i, u, o)
                                                          for x, i, u, o in finish.SWAPS_UNFIT):
                turned += 1
                instead += bool(other)
                if show:
                    print(f"{path.stem[:3]}_s{seed} under {item}: {said}\n    not {unfit}\n    → {other or '(kept)'}")
            finish.SWAPS_UNFIT = None
    print(f"{drafts} drafts, {turned} swaps turned away by the item's score ({instead} said another measure instead, "
          f"{turned - instead} kept the repeat)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", type=Path, nargs="?")
    ap.add_argument("--swaps", action="store_true", help="count the swaps the item's score turned away (in-process)")
    ap.add_argument("--render", action="store_true", help="render bench/briefs at seeds 1–3 into DRAFTS first")
    ap.add_argument("--show", action="store_true", help="print every pair")
    args = ap.parse_args()
    if args.swaps:
        swaps(args.show)
        return 0
    if args.drafts is None:
        ap.error("DRAFTS is needed unless --swaps")
    if args.render:
        render(args.drafts)
    total, n, per = 0, 0, {}
    for path in sorted(args.drafts.glob("*.txt")):
        found = pairs(path.read_text(encoding="utf-8"))
        per[path.stem] = len(found)
        total += len(found)
        n += 1
        if args.show:
            for later, earlier in found:
                print(f"{path.stem}: {earlier}\n    → {later}")
    worst = sorted(per.items(), key=lambda kv: -kv[1])[:5]
    print(f"{n} drafts, {total} same-point pairs, {total / max(n, 1):.2f} a draft; most: {worst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
