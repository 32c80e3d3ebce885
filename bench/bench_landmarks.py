"""Whether each tasked area says the landmark policy new on the speech's date, and a plan's final year says it is one.

    python bench/bench_landmarks.py                      # bench/briefs/*.yaml at seeds 1-3
    python bench/bench_landmarks.py DIR… --seeds 1 --show  # other briefs, list every finding

Reading 49: a Feb 2022 city's 「促进人口长期均衡发展」 never said 三孩; a Feb 2016 district's 计划生育 never named 生育登记;
a July 2025 half-year review never said 十五五 and kept 逐步开设老年医学科 in the plan's deadline year.  Three counts:
- **unsaid**: an area of the brief's priorities with a landmark in force on the speech's date for its level
  (templates/wording/task_landmarks.yaml, the first entry in force whose marks the brief's own items do not name),
  none of whose in-force entries' marks the draft says;
- **next plan**: a speech of a plan's final year (2015, 2020, 2025) by a county or above, of a kind that deploys the
  year's work, that never names the next plan (十三五, 十四五, 十五五);
- **gradual**: a sentence of such a speech that sets a target as 要逐步/稳步 + a verb of completion (开设, 建成 …).
The data is read from this tree's templates, so the count is the same for a tree without compose.landmarks (before).
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

from jianggao.briefs.load import load_brief
from jianggao.model.topics import resolve_topic
from jianggao.render import compose_brief, load_resources

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TABLE = ROOT / "templates" / "wording" / "task_landmarks.yaml"
TOWNSHIP = ("乡", "镇", "街道")
FINAL = {2015: "十三五", 2020: "十四五", 2025: "十五五"}
GRADUAL = re.compile(r"(?:要|应|将)(?:逐步|稳步)(?:开设|设置|建成|建立|配齐|配备|实现|达到|覆盖|完成)")


def speech_date(brief) -> dt.date:
    return brief.date or dt.date(brief.year, 2, 20)


def level_of(brief) -> str:
    name = brief.region.name
    return brief.region.level or next((lv for lv in ("街道", "市辖区") if name.endswith(lv)), name[-1])


def live(entries, day: dt.date, level: str):
    township = level in TOWNSHIP
    for e in entries:
        start = dt.date.fromisoformat(str(e["from"])) if e.get("from") else dt.date.min
        end = dt.date.fromisoformat(str(e["to"])) if e.get("to") else dt.date.max
        if not start <= day <= end or not e.get("township" if township else "text"):
            continue
        if e.get("rural") and level in ("区", "市辖区", "街道"):
            continue
        if not township and e.get("levels") and level not in e["levels"]:
            continue
        yield e


def findings(path: Path, seed: int, table) -> list[tuple[str, str]]:
    brief = load_brief(path)
    speech = compose_brief(brief, load_resources(), seed=seed)
    text = "".join(b.text + getattr(b, "body", "") for b in speech.blocks)
    day, level = speech_date(brief), level_of(brief)
    own = "|".join([*brief.problems, *(i for p in brief.priorities for i in p.items)])
    out = []
    for p in brief.priorities:
        topic = resolve_topic(p.topic)
        entries = list(live(table.get(topic.key, []) if topic else [], day, level))
        if not entries or any(m in own for e in entries[:1] for m in e.get("marks", ())):
            continue
        if not any(m in text for e in entries for m in e.get("marks", ())):
            out.append(("unsaid", f"{p.topic}: {entries[0]['marks'][0]}"))
    deploys = brief.kind in ("annual_conference", "work_report", "midyear_review")
    if day.year in FINAL and deploys and level not in TOWNSHIP and day.month < 11:
        if FINAL[day.year] not in text:
            out.append(("next plan", FINAL[day.year]))
        out += [("gradual", m.group(0)) for m in GRADUAL.finditer(text)]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="*", type=Path, default=[HERE / "briefs"])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    counts = {"unsaid": 0, "next plan": 0, "gradual": 0}
    drafts = 0
    for folder in args.dirs:
        for path in sorted(folder.glob("*.yaml")):
            for seed in range(1, args.seeds + 1):
                drafts += 1
                for kind, what in findings(path, seed, table):
                    counts[kind] += 1
                    if args.show:
                        print(f"{path.name} seed {seed}: {kind}: {what}")
    print(f"drafts {drafts}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
