"""What share of the tasks part delivers the brief's own items, against standing material it never asked for.

Usage: python bench/bench_brief_share.py [BRIEF_OR_DIR…] [--seeds 1,2,3] [--detail]
(default: bench/briefs).  Each task subsection is cut into units at its 一是/二是… items; a unit is the brief's when
its item heading shares a run of four characters with a brief item or target name (or the subsection has no numbered
items and its text does), else it is standing.  A subsection's lead before its first item counts with its area: the
brief's when the heading names a brief priority's area.  Prints, per brief, task-part characters, the brief's share,
standing items' count and whole standing subsections, and the length against the target.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.model.speech import Heading
from jianggao.model.text import longest_run
from jianggao.model.topics import classify, resolve_topic
from jianggao.render import load_resources

_ORDINAL = re.compile(r"(?:^|(?<=[。！；]))([一二三四五六七八九十]是)")
RUN = 4


def _brief_names(brief) -> list[str]:
    names = []
    for p in brief.priorities:
        names += [str(i) for i in p.items] + [t.name for t in p.targets]
    return [n for n in names if n]


def _brief_areas(brief) -> set[str]:
    out = set()
    for p in brief.priorities:
        t = resolve_topic(p.topic)
        if t:
            out.add(t.key)
    return out


def _is_brief(text: str, names: list[str]) -> bool:
    return any(longest_run(text, n) >= min(RUN, len(n)) for n in names)


def task_units(speech, brief, templates):
    """(subsection heading, item heading or '', text, is_brief) for the tasks part of ``speech``."""
    numbered = [p.role for p in plan_of(brief, templates).parts if p.numbered]
    if "tasks" not in numbered:
        return []
    at = numbered.index("tasks")
    names, areas = _brief_names(brief), _brief_areas(brief)
    tops = -1
    units: list[list] = []
    sub = ""
    sub_brief = False
    for b in speech.blocks:
        if isinstance(b, Heading) and b.level == 1:
            tops += 1
            continue
        if tops != at:
            continue
        text = (b.text + (b.body or "")) if isinstance(b, Heading) else b.text
        if isinstance(b, Heading) and b.level == 2:
            sub = b.text
            sub_brief = bool(set(classify(sub)) & areas) or _is_brief(sub, names)
            text = b.body or ""
            units.append([sub, "", b.text, sub_brief])
        pieces = _ORDINAL.split(text)
        # pieces: [before, 一是, rest, 二是, rest …]
        if pieces[0]:
            if units:
                units[-1][2] += pieces[0]
            else:
                units.append([sub, "", pieces[0], sub_brief])
        for k in range(1, len(pieces), 2):
            rest = pieces[k + 1] if k + 1 < len(pieces) else ""
            head = re.split(r"[。！；]", rest, maxsplit=1)[0]
            units.append([sub, head, pieces[k] + rest, _is_brief(head, names)])
    # a subsection with no numbered items: the brief's when its own text names a brief item
    by_sub: dict[str, list] = {}
    for u in units:
        by_sub.setdefault(u[0], []).append(u)
    for us in by_sub.values():
        if all(not u[1] for u in us):
            whole = "".join(u[2] for u in us)
            for u in us:
                u[3] = u[3] or _is_brief(whole, names)
    return [tuple(u) for u in units]


def main(argv: list[str]) -> int:
    seeds = [1]
    detail = "--detail" in argv
    args = [a for a in argv if a != "--detail"]
    if "--seeds" in args:
        i = args.index("--seeds")
        seeds = [int(s) for s in args[i + 1].split(",")]
        del args[i:i + 2]
    paths: list[Path] = []
    for a in args or ["bench/briefs"]:
        p = Path(a)
        paths += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    res = load_resources()
    tot_b = tot_s = 0
    print(f"{'brief':34s} seed  tasks brief% standing_items standing_subs  len/target")
    for path in paths:
        brief = load_brief(path)
        if not brief.priorities:
            continue
        for seed in seeds:
            speech = compose(brief, res.bank, res.templates, seed=seed)
            # the tasks' own lead (重中之重是…) is neither the brief's items nor standing material
            units = [u for u in task_units(speech, brief, res.templates) if u[0]]
            if not units:
                continue
            b = sum(len(u[2]) for u in units if u[3])
            s = sum(len(u[2]) for u in units if not u[3])
            tot_b += b
            tot_s += s
            items = sum(1 for u in units if u[1] and not u[3])
            subs = {u[0] for u in units} - {u[0] for u in units if u[3]}
            share = b / (b + s) if b + s else 0
            print(f"{path.stem[:34]:34s} {seed:4d} {b + s:6d} {share:6.1%} {items:14d} {len(subs):13d}  "
                  f"{speech.body_length() / brief.target_length:.2f}")
            if detail:
                for u in units:
                    if not u[3]:
                        print(f"      standing: {u[0][:16]} | {u[1][:30]} ({len(u[2])})")
    if tot_b + tot_s:
        print(f"ALL brief share {tot_b / (tot_b + tot_s):.1%} of {tot_b + tot_s} task characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
