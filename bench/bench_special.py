"""How well special meetings keep to their subject (run by hand): bench/special_briefs/*.yaml rendered, task part read.

Usage: python bench/bench_special.py [--seed S] [--detail]

For each brief: the task part's sentences on the meeting's field (compose.special.meeting_field: a sentence whose subject,
serve.subject_of, is in the field or that names a brief item), the standing items headed off the field (一是/（一）
headings that are no brief item and not in_field), and the brief items said with at least two sentences of their own.
The readers of round 35 found a third of a 2020 冬春季疫情防控 meeting on 院前急救, 精神卫生 and 癌症.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.context import main_topic
from jianggao.compose.core import compose
from jianggao.compose.special import in_field, meeting_field
from jianggao.model.speech import Heading
from jianggao.render import load_resources

HERE = Path(__file__).resolve().parent
_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是)?([^。，]{2,30})。")


def _pieces(blocks: list) -> list[str]:
    """The task part's item texts: each subsection (heading + run-on body) and each 一是… split off."""
    tops = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1]
    out: list[str] = []
    for b in blocks[tops[1]:tops[2]] if len(tops) > 2 else []:
        if isinstance(b, Heading) and b.level == 1:
            continue
        text = (b.text + "。" + b.body) if isinstance(b, Heading) else b.text
        out += [p for p in re.split(r"(?=[一二三四五六七八九十]+是)", text) if p.strip()]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--detail", action="store_true")
    args = ap.parse_args()
    res = load_resources()
    sents = on = off = items = full = 0
    for path in sorted((HERE / "special_briefs").glob("*.yaml")):
        brief = load_brief(path)
        field = meeting_field(brief.kind, brief.meeting or "", main_topic(brief).key)
        brief_items = [i for p in brief.priorities for i in p.items]
        pieces = _pieces(compose(brief, res.bank, res.templates, seed=args.seed).blocks)
        offs = []
        for piece in pieces:
            m = _ITEM.match(piece)
            head = m.group(1) if m else ""
            own = [s for s in piece[m.end():].split("。") if len(s) > 8] if m else []
            if head and any(head in x or x in head for x in brief_items):
                items += 1
                full += len(own) >= 2
            elif head and own and not in_field(head, field):
                offs.append(head)
        said = [s for p in pieces for s in p.split("。") if len(s) > 8]
        here = sum(1 for s in said if in_field(s, field) or any(x[:4] in s for x in brief_items))
        sents, on, off = sents + len(said), on + here, off + len(offs)
        print(f"{path.stem}: {here}/{len(said)} on the field" + (f"; off: {'、'.join(offs)}" if offs or args.detail else ""))
    print(f"on the meeting's field {on / max(1, sents):.1%} of {sents} task sentences; off-field standing items {off}; "
          f"brief items with ≥ 2 own sentences {full}/{items}")


if __name__ == "__main__":
    main()
