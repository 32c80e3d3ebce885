"""Dated-situation bench (run by hand): does each draft name its date's agenda, and tell no old document as news?

    python bench/bench_agenda.py                  # bench/briefs, seeds 1–3
    python bench/bench_agenda.py --seeds 1 --show # and print each draft's situation part (二、 or a special's 一、)

Composes every brief in bench/briefs (and samples/) in-process at each seed and reports, per draft:
- ``agenda``: whether the draft names an agenda item in force on its date for its topics, kind and place
  (model/tifa.yaml ``agenda`` through compose.core.agenda_for, by the item's ``marks``); drafts whose date has no
  item are counted apart;
- ``judged``: the dated policy sentences of the situation part (the year line, the centre's decisions, agenda, area
  landmarks: sentences holding a wording entry of era_lines.yaml / situation_policy.yaml or an agenda line);
- ``stale``: sentences telling a document's issue (中共中央/国务院/国家…印发) more than NEWS_DAYS after it, from the
  dated wording tables (a 2017 规划 told as just issued at a 2021 meeting).

Issue 13 / situ20.  It knows only the registry's agenda and the wording tables; read the drafts too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = re.compile(r"^[一二三四五六七八九十]+、")


def _entries(wording: dict) -> list[dict]:
    """Every dated wording entry ({text, from, to}) of the situation's tables."""
    out: list[dict] = []

    def walk(x):
        if isinstance(x, dict):
            if isinstance(x.get("text"), str) and "from" in x:
                out.append(x)
                return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(wording.get("ERA_LINES") or {})
    walk(wording.get("SITUATION_POLICY") or [])
    return out


def _situation(lines: list[str], kind: str) -> list[str]:
    """The paragraphs of the part that weighs the situation: 二、 (annual, report), 一、 (special)."""
    want = "一、" if kind == "special_topic" else "二、"
    out, on = [], False
    for line in lines:
        body = line.strip()
        if HEAD.match(body):
            on = body.startswith(want)
            continue
        if on:
            out.append(body)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--show", action="store_true", help="print each draft's situation part")
    args = ap.parse_args(argv)

    from jianggao.briefs.load import load_brief
    from jianggao.compose.context import main_topic
    from jianggao.compose.core import _ISSUED, NEWS_DAYS, agenda_for, compose, plan_of
    from jianggao.render import load_resources
    from jianggao.writers.text import render_text

    res = load_resources()
    table = _entries(res.templates.wording)
    briefs = sorted((ROOT / "bench" / "briefs").glob("*.yaml")) + sorted((ROOT / "samples").glob("*.yaml"))
    named = dated = stale_total = stale_drafts = drafts = 0
    missing: list[str] = []
    judged_counts: list[int] = []
    for path in briefs:
        brief = load_brief(path)
        the_plan = plan_of(brief, res.templates)
        day = the_plan.date
        items = agenda_for(the_plan, brief.kind, main_topic(brief).key)
        for seed in range(1, args.seeds + 1):
            text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
            drafts += 1
            if items:
                dated += 1
                if any(m in text for a in items for m in a["marks"]):
                    named += 1
                else:
                    missing.append(f"{path.stem}@{seed} ({', '.join(a['id'] for a in items)})")
            stale = []
            for e in table:
                head = str(e["text"])[:14]
                if _ISSUED.search(str(e["text"])) and head in text:
                    issued = dt.date.fromisoformat(str(e["from"]))
                    if day > issued + dt.timedelta(days=NEWS_DAYS) and head not in stale:
                        stale.append(head)
            stale_total += len(stale)
            stale_drafts += bool(stale)
            part = _situation(text.splitlines(), brief.kind)
            heads = [str(e["text"])[:10] for e in table] + [ln[:10] for a in items for ln in a["lines"]]
            judged = sum(1 for p in part for s in re.findall(r"[^。！？]*[。！？]", p) if any(h in s for h in heads))
            judged_counts.append(judged)
            if stale:
                print(f"STALE {path.stem}@{seed}: {stale}")
            if args.show and seed == 1:
                print(f"=== {path.stem} ({day}, {brief.kind}) agenda={[a['id'] for a in items]} judged={judged}")
                for p in part:
                    print("  " + p)
    print(f"drafts: {drafts}; with an agenda item on their date: {dated}; naming it: {named}")
    print(f"stale document news: {stale_total} sentences in {stale_drafts} drafts")
    if judged_counts:
        print(f"dated policy sentences in the situation part: mean {sum(judged_counts) / len(judged_counts):.2f}, "
              f"max {max(judged_counts)}")
    for m in missing:
        print(f"  not named: {m}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
