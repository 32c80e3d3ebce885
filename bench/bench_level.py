"""Orders beyond the speaker's powers at his level and date (issue 13, the thirty-sixth reading's BODY class), by hand:

    python bench/bench_level.py [--briefs DIR …] [--seeds 1 2] [--show] [--dump DIR]

Renders each brief (default: bench/level_briefs — 镇, 乡, 街道, a 县's bureau head and its 副县长, 区, 市 over
2013–2026, and since level31 a 街道's address and its pledge at a 医改 meeting, a 镇's pledge at its county's, a county's
医改 meeting and annual report on staffing gaps, a district's address — plus bench/briefs and samples) in-process and
checks every sentence of the draft with the level model's
rule (model/levels_powers.beyond_powers: planning, schools, departments convened, lead roles assigned, talent terms,
monitoring and stockpiles, the 基层's 标准化建设, plans broken down, several 卫生院 in a 镇, 医保's business from 2019,
family planning before the 2013–14 merger, workplace 职业卫生 before 2019; level31: the 职称 rules and the 编制 totals set
above a county (title_rules, post_totals), a county's townships as the 责任主体 or given its reform (subdivisions), a
township giving care itself, 我们将做实家庭医生签约服务 (care)), plus rural words in an urban 街道 or 区
(农村, 城乡, 生产生活, 改厕, 各村, 卫生城镇; in an urban 区 改厕, 各村).  Words of the brief's own (its items,
problems, facts) are the secretary's and are not counted.  Prints per brief the flagged sentences and the total;
--show lists them; --drafts DIR checks the drafts another commit dumped (--dump) with this commit's rule.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from quality_checks import brief_words

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.model import levels
from jianggao.model.levels_powers import beyond_powers
from jianggao.render import load_resources
from jianggao.writers import render_text

HERE = Path(__file__).resolve().parent
_STREET_RURAL = re.compile(r"农村|城乡(?!居民)|生产生活|改厕|各村")
_DISTRICT_RURAL = re.compile(r"改厕|各村")


def flags(text: str, role: str, level: str, date, rural: bool, own: list[str]) -> list[tuple[str, list[str]]]:
    out = []
    body = text.split("同志们：", 1)[-1]
    for s in sentences_of(body):
        judged = s
        for w in own:
            judged = judged.replace(w, "")
        keys = beyond_powers(judged, role, level, date)
        w = levels.word(level) if level in levels.LEVELS else ""
        rural_words = _STREET_RURAL if w == "街道" and not rural else _DISTRICT_RURAL if w == "区" and not rural else None
        if rural_words is not None and rural_words.search(judged):
            keys.append("rural:" + rural_words.search(judged).group(0))
        if keys:
            out.append((s, keys))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", nargs="*", type=Path,
                    default=[HERE / "level_briefs", HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--drafts", type=Path, help="check the drafts another commit dumped here (--dump) instead of rendering")
    args = ap.parse_args()
    res = load_resources()
    total = drafts = sentences = 0
    for d in args.briefs:
        for path in sorted(d.glob("*.yaml")):
            brief = load_brief(path)
            plan = plan_of(brief, res.templates)
            own = brief_words(brief)
            found = []
            for seed in args.seeds:
                if args.drafts:
                    text = (args.drafts / f"{path.stem}.s{seed}.txt").read_text(encoding="utf-8")
                else:
                    text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
                if args.dump:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{path.stem}.s{seed}.txt").write_text(text, encoding="utf-8")
                sentences += len(sentences_of(text))
                found += [(seed, s, k) for s, k in flags(text, plan.voice, plan.level, plan.date, plan.rural, own)]
                drafts += 1
            total += len(found)
            print(f"{path.stem:40s} {plan.level:3s} {plan.voice:10s} {len(found):3d}")
            if args.show:
                for seed, s, k in found:
                    print(f"    s{seed} {','.join(k)}: {s}")
    print(f"\n{total} sentences beyond the speaker's powers in {drafts} drafts ({sentences} sentences): "
          f"{total / max(drafts, 1):.2f} a draft")


if __name__ == "__main__":
    main()
