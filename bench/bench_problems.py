"""How a draft takes up its brief's problems (issue 13, the eighteenth reading's LOGIC and REP), by hand:

    python bench/bench_problems.py [--briefs DIR] [--seeds 1 2 3]

Renders each brief that names problems (in-process, through compose) and counts per draft: how often each problem is
read out in full (its first clause verbatim: once is the aim), how many are answered by the templates' own measures
(compose.answers: 针对前面讲到的…问题，<who> 要…), how many are said to have no answer yet (serve.HONEST), and the
slogans the readers marked (由来已久, 实质性的进展, 谈一点看法, 存在的…存在的问题).
"""
from __future__ import annotations

import argparse
import re
import statistics
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose
from jianggao.render import load_resources
from jianggao.writers import render_text

HERE = Path(__file__).resolve().parent
SLOGANS = re.compile(r"由来已久|实质性的进展|谈一点看法|存在的困难和问题。存在的问题|硬骨头来啃")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", type=Path, default=HERE / "briefs")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    args = ap.parse_args()
    res = load_resources()
    rows = []
    for path in sorted(args.briefs.glob("*.yaml")):
        brief = load_brief(path)
        if not brief.problems:
            continue
        for seed in args.seeds:
            text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
            heads = [re.split(r"[，；。]", p)[0] for p in brief.problems]
            reads = [text.count(h) for h in heads]
            answered = len(re.findall(r"针对前面讲到的[^，。]{2,40}(?:问题|的情况)，", text))
            honest = len(re.findall(r"还没有现成的|拿不出成熟的", text))
            slogans = len(SLOGANS.findall(text))
            rows.append((path.stem, seed, len(heads), max(reads), sum(reads) / len(reads), answered, honest, slogans))
            print(f"{path.stem:38} s{seed}  problems {len(heads)}  read out max {max(reads)} mean {sum(reads) / len(reads):.1f}"
                  f"  answered {answered}  honest {honest}  slogans {slogans}")
    if rows:
        print(f"\n{len(rows)} drafts: problems {sum(r[2] for r in rows)}; read out per problem mean "
              f"{statistics.mean(r[4] for r in rows):.2f}, worst {max(r[3] for r in rows)}; answered by measure "
              f"{sum(r[5] for r in rows)}; honest {sum(r[6] for r in rows)}; slogans {sum(r[7] for r in rows)}")


if __name__ == "__main__":
    main()
