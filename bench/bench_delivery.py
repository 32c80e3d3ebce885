"""Whether each heading of a draft is delivered by its body, and each problem answered under a heading of its subject
(issue 13, the thirty-eighth reading: 一是加快镇卫生院标准化建设 over 村卫生室, 胸痛、卒中、创伤等急诊急救中心建设 over 应急
演练, a 基层补偿 problem answered inside a 县级公立医院改革 item), by hand:

    python bench/bench_delivery.py [--briefs DIR_OR_FILE ...] [--seeds 1 2]

Renders each brief (in-process, through compose) and counts per draft:
- numbered items (一是…) and subsections (（一）…) whose body says nothing on the heading's subject
  (plan.delivers, its HEADING_DELIVERY table), and those with no body at all;
- the problems the templates answered (compose.answers.Answers.said) and how many sit under a heading on their
  subject (answers.fit_of > 0 against the nearest numbered item or subsection before the answer), misplaced ones
  printed;
- the answers in the four-step shape (answers.answer_shape).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose import answers as answers_module
from jianggao.compose.answers import answer_shape, fit_of, heading_of
from jianggao.compose.plan import delivers
from jianggao.model.text import longest_run
from jianggao.render import load_resources

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_problems import speak  # noqa: E402  (the draft and its Answers, recorded one way)

# A numbered item run into its paragraph (一是加强…。), a subsection heading (（一）…。).
_ITEM = re.compile(r"^([一二三四五六七八九十]是|（[一二三四五六七八九十]+）)([^。]{2,40})。")




def headed(text: str) -> list[tuple[str, str]]:
    """(heading, body) for each numbered item and subsection of ``text`` run into its paragraph: an item's body is the
    rest of its paragraph, a subsection's everything under it (its lead and its items) up to the next subsection or
    part."""
    out: list[tuple[str, str]] = []
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    for i, para in enumerate(paras):
        m = _ITEM.match(para)
        if not m:
            continue
        body = para[m.end():]
        if m.group(1).startswith("（"):
            for later in paras[i + 1:]:
                if later.startswith("（") or re.match(r"^[一二三四五六七八九十]、", later) or len(later) < 40:
                    break
                body += later
            out.append((m.group(2), body or "-"))
        else:
            out.append((m.group(2), body))
    return out


def home_of(text: str, said: str) -> str:
    """The heading of the item or subsection the answer ``said`` stands under, "" where none is before it."""
    at = text.find(said[:16])
    if at < 0:
        return ""
    before = text[:at]
    hits = list(re.finditer(r"(?:[一二三四五六七八九十]是|（[一二三四五六七八九十]+）)([^。]{2,40})。", before))
    return hits[-1].group(1) if hits else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", type=Path, nargs="+", default=[HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    res = load_resources()
    totals: Counter[str] = Counter()
    for path in sorted(p for d in args.briefs for p in (d.glob("*.yaml") if d.is_dir() else [d])):
        brief = load_brief(path)
        for seed in args.seeds:
            text, answers = speak(brief, res, seed)
            heads = headed(text)
            bare = [h for h, body in heads if not body.strip()]
            undelivered = [h for h, body in heads if body.strip()
                           and not delivers(h, [s + "。" for s in body.split("。") if s])]
            said = answers.said if answers else {}
            misplaced = []
            for problem, s in said.items():
                home = home_of(text, s)
                entry = answers_module.entry_of(problem, answers.table, answers.date)
                heading = heading_of(problem, entry, answers.slots) if not answers.township else ""
                if home and not fit_of(problem, heading, home) and longest_run(home, heading) < 4:
                    misplaced.append((problem, home))
            four = sum("four" in answer_shape(s) for s in said.values())
            totals.update(drafts=1, headings=len(heads), bare=len(bare), undelivered=len(undelivered),
                          answers=len(said), misplaced=len(misplaced), four=four)
            print(f"{path.stem:38} s{seed}  headings {len(heads)}  bare {len(bare)}  undelivered {len(undelivered)}  "
                  f"answers {len(said)}  misplaced {len(misplaced)}  four-step {four}")
            for h in undelivered:
                print(f"      undelivered: {h}")
            for p, h in misplaced:
                print(f"      misplaced: {p} under {h}")
    print(f"\n{totals['drafts']} drafts: headings {totals['headings']}, bare {totals['bare']}, undelivered "
          f"{totals['undelivered']}; answers {totals['answers']}, under a heading not on their subject "
          f"{totals['misplaced']}, four-step {totals['four']}")


if __name__ == "__main__":
    main()
