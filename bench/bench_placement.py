"""Sentences under the wrong heading, and stock lines shared across drafts (run by hand; issue 13, place16).

Usage: python bench/bench_placement.py [--briefs N] [--seed S] [--sample K] [--detail]

Renders briefs of every kind with a tasks part (annual_conference, work_report, midyear_review, special_topic), every
year 2012–2026 in turn and five levels (县 区 市 镇 街道), their priorities realistic items of their era and topic
(bench_items.ERA_ITEMS), and cuts each draft's tasks part at its numbered items and
headings (bench_items.task_units).  Every sentence under an item — a brief's item or a standing one — is judged against
the item's own words (bench_items.judge): ``other`` when it names a narrow business of its own (compose.ideas) and
none of the item's, nor any of its content words; those are the misplaced sentences.  Also: items naming several
things (结核病、艾滋病和严重精神障碍) whose paragraph never names one of them, and the sentences said in the most drafts.

--sample K prints K misplaced sentences chosen at random (with their item) to read and mark by hand: the classifier's
precision is the share of them a reader also calls misplaced.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_items as bi  # noqa: E402

from jianggao.briefs.load import parse_brief  # noqa: E402
from jianggao.compose.core import compose, plan_of  # noqa: E402
from jianggao.compose.serve import STANDING_CORE, on_standing, subject_of  # noqa: E402
from jianggao.model.speech import Heading  # noqa: E402
from jianggao.model.topics import classify  # noqa: E402
from jianggao.render import load_resources  # noqa: E402

LEVELS = {"县": ("青川县", None, "副县长"), "区": ("临河区", None, "副区长"), "市": ("宁州市", None, "副市长"),
          "镇": ("石门镇", "安平县", "镇长"), "街道": ("城关街道", "临河区", "街道办事处主任")}
KINDS = ("annual_conference", "work_report", "midyear_review", "special_topic")
DATES = {"annual_conference": "03-01", "work_report": "02-20", "midyear_review": "07-20", "special_topic": "05-15"}


def specs(n: int, seed: int, corpus: Path | None) -> list[dict]:
    """``n`` briefs: kind, level and year (2012–2026) each in turn, priorities from bench_items.ERA_ITEMS (``corpus``
    unused: kept for bench_items' signature)."""
    out = []
    rng = random.Random(seed + 1)
    pool = {k: list(v) for k, v in bi.ERA_ITEMS.items()}
    for k in range(n):
        kind = KINDS[k % len(KINDS)]
        level = tuple(LEVELS)[(k // len(KINDS)) % len(LEVELS)]
        year = 2012 + (k * 7 + k // 15) % 15
        name, parent, title = LEVELS[level]
        areas = [a for a in pool if sum(1 for it, f, t in pool[a] if f <= year <= t and bi._valid(it, year, level)) >= 3]
        rng.shuffle(areas)
        per, n_areas = (3, 1) if kind == "special_topic" else (2, 3)
        priorities = [{"topic": a, "items": rng.sample([it for it, f, t in pool[a] if f <= year <= t
                                                        and bi._valid(it, year, level)], per)} for a in areas[:n_areas]]
        region = {"name": name, "level": level, **({"parent": parent} if parent else {})}
        out.append({"kind": kind, "year": year, "region": region, "date": f"{year}-{DATES[kind]}",
                    "speaker": {"name": "王明", "title": title}, "priorities": priorities})
    return out


_SEVERAL = re.compile(r"(?:抓好|做好|加强|推进)?([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+和[\u4e00-\u9fff]{2,8})")


def named_things(head: str) -> list[str]:
    """The things an item names in a list (结核病、艾滋病和严重精神障碍 → the three), else []."""
    m = _SEVERAL.search(head.split("。")[0])
    if not m:
        return []
    things = re.split(r"、|和", m.group(1))
    return [t for t in things if len(t) >= 2]


def judge(sentence: str, head: str) -> str:
    """own | other | general (bench_items.judge), a sentence on the item's own subject (serve.subject_of: 结核病 under
    抓好传染病防控, 党组织 under 加强党的建设) counted its own."""
    verdict = bi.judge(sentence, head)
    if verdict != "other":
        return verdict
    subject = subject_of(head)
    # (… or names the business of the item's subject in its first clauses, serve.on_standing: 党支部 under 党风廉政建设,
    # 孕产妇 under 加强妇女保健服务)
    if subject and subject not in ("推进",) and (subject == subject_of(sentence) or on_standing(subject, sentence)
                                                 and subject in STANDING_CORE):
        return "own"
    # (… or is on the item's registered area, where the item names no narrow business: 党支部 under 加强医疗卫生机构党的
    # 建设, 社区医院 under 提升基层医疗卫生服务能力)
    area = [a for a in classify(head) if a != "general"]
    if area and not bi.narrow_ideas(head) and area[0] in classify(sentence)[:1]:
        return "own"
    return verdict


def body_text(speech) -> list[str]:
    out = []
    for b in speech.blocks:
        text = (b.body or "") if isinstance(b, Heading) else b.text
        out += [s.strip() for s in bi._SENT.split(text) if s.strip()]
    return out


def run(n: int, seed: int, corpus: Path | None, render_seed: int = 1):
    res = load_resources()
    misplaced: list[tuple[str, str, str]] = []        # (draft, item, sentence)
    judged = Counter()
    unsaid: list[tuple[str, str, str]] = []
    seen_in: Counter[str] = Counter()
    drafts = 0
    for k, spec in enumerate(specs(n, seed, corpus)):
        brief = parse_brief(yaml.safe_dump(spec, allow_unicode=True), filename=f"place{k}.yaml")
        speech = compose(brief, res.bank, res.templates, seed=render_seed)
        drafts += 1
        label = f"p{k:02d} {spec['kind'][:8]} {spec['year']} {spec['region']['level']}"
        numbered = [p.role for p in plan_of(brief, res.templates).parts if p.numbered]
        units = bi.task_units(speech, numbered.index("tasks") if "tasks" in numbered else 0)
        closing = False       # a work report's closing (同志们，…) follows its last item without a heading
        for j, u in enumerate(units):
            if closing or not u.head:
                continue
            if u.heading and any(not v.heading for v in units[j + 1:j + 2]):
                continue      # an area's heading over numbered items: its lead speaks of the whole area
            for s in u.sentences:
                if s.startswith("同志们"):
                    closing = True
                    break
                verdict = judge(s, u.head)
                judged[verdict] += 1
                if verdict == "other":
                    misplaced.append((label, u.head, s))
            things = named_things(u.head)
            if len(things) >= 2:
                body = "".join(u.sentences)
                for t in things:
                    if t not in body:
                        unsaid.append((label, u.head, t))
        for s in set(body_text(speech)):
            if len(s) >= 14:
                seen_in[s] += 1
    return drafts, judged, misplaced, unsaid, seen_in


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--briefs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--corpus", type=Path, default=bi.DEFAULT_CORPUS)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args(argv)
    drafts, judged, misplaced, unsaid, seen_in = run(args.briefs, args.seed, args.corpus)
    total = sum(judged.values()) or 1
    print(f"{drafts} drafts; {total} sentences under task items: own {judged['own']}, general {judged['general']}, "
          f"other (misplaced) {judged['other']} = {judged['other'] / total:.1%}")
    print(f"items naming several things with one never said: {len(unsaid)}")
    for label, head, t in unsaid[:10]:
        print(f"  [{label}] {head[:40]} … never says {t}")
    shared = [(c, s) for s, c in seen_in.items() if c >= 3]
    shared.sort(key=lambda x: (-x[0], x[1]))
    print(f"sentences said in ≥3 of {drafts} drafts: {len(shared)}; in ≥5: {sum(1 for c, _ in shared if c >= 5)}")
    for c, s in shared[:args.top]:
        print(f"  {c:3d}  {s}")
    if args.detail:
        for label, head, s in misplaced:
            print(f"- [{label}] {head[:36]}\n      {s}")
    if args.sample:
        rng = random.Random(args.seed)
        for label, head, s in rng.sample(misplaced, min(args.sample, len(misplaced))):
            print(f"? [{label}] {head[:36]}\n      {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
