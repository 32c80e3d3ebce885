"""Who does what (issue 13, reading 41's BODY and LOGIC classes), by hand:

    python bench/bench_bodies.py [--briefs DIR …] [--seeds 1 2] [--show] [--dump DIR | --drafts DIR]

Renders each brief (default: bench/briefs and samples) in-process, or reads the drafts another commit dumped (--dump,
--drafts: checked with this commit's rules), and counts per draft the sentences that tell a body what is not its work:
- ``table``: a clause whose subject is given work the table of what each body does says is another's
  (model/body_work: 疾控 training hospital staff or siting vaccination points, a hospital's 疫情研判, a 卫生院's cancer
  screening, 发改 planning a new estate's 托育 places);
- ``actor``: the older pairs of compose.voice (_WRONG_ACTOR: a hospital's 查处, a 村卫生室's 住院 …);
- ``joins``: a government leader's 我们要会同…部门 (a government does not 会同 its own department);
- ``counties``: a city's health body telling the 县（市、区） themselves (各县（市、区）要督促乡镇卫生院…);
- ``alliance``: the county model (医共体, 县域内, 县乡一体) in a 市's or an urban 区's speech whose brief names neither
  alliance nor the county's words;
- ``partner``: a partner department told of a setting the speech's own tasks never reach (教育部门…学校卫生 where no
  problem or item names a school; compose.duties.line_needed);
- ``insurance``: 有的涉及…医保政策…统筹研究 where no problem is a 医保 matter.
Words of the brief's own (its items, problems, facts) are the secretary's and are not counted.  The answers at the
wrong body are bench/bench_problems.py's subject-and-level cases (--cases-only).
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from quality_checks import brief_words

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.duties import line_needed
from jianggao.compose.picker import sentences_of
from jianggao.compose.voice import GOVERNMENT, wrong_actor
from jianggao.model import body_work, levels
from jianggao.render import load_resources
from jianggao.writers import render_text

HERE = Path(__file__).resolve().parent
_JOINS = re.compile(r"(?:^|[。；，：])(?:我们)?(?:还|也)?要会同[^，。；]{1,12}(?:部门|局|委)")
_COUNTIES = re.compile(r"各县（市、区）要(?:督促|推动)")
_COUNTY_MODEL = re.compile(r"医共体|医疗共同体|县域内|县乡一体|县乡村一体")
_ALLIANCE_NAMED = re.compile(r"医共体|医联体|医疗联合体|医疗集团|县域|县级")
_PARTNER = re.compile(r"(?:^|[，；。])([^，。；要]{1,14}部门要[^，。；]*)")
_INSURANCE = re.compile(r"涉及[^。]{0,16}医保政策")
_INSURANCE_PROBLEM = re.compile(r"医保|医疗保障|支付方式|报销|医疗服务价格")


def flags(text: str, brief, plan) -> list[tuple[str, str]]:
    """(kind, sentence) for each sentence of ``text`` that tells a body what is not its work."""
    own = brief_words(brief)
    said = "；".join([*(brief.problems or []), *(i for p in brief.priorities for i in p.items)])
    level, date = plan.level, plan.date
    urban_or_city = level in levels.LEVELS and not getattr(plan, "county_city", False) and (
        levels.tier_of(level) == levels.PREFECTURE or (levels.word(level) == "区" and not plan.rural))
    alliance_free = not _ALLIANCE_NAMED.search(" ".join(own))
    out = []
    for s in sentences_of(text.split("同志们：", 1)[-1]):
        judged = s
        for w in sorted(own, key=len, reverse=True):
            judged = judged.replace(w, "")
        for c in re.split(r"(?<=[。；])", judged):
            who = body_work.told(c)
            if who and body_work.mismatch(who, c, date):
                out.append(("table", s))
                break
        else:
            if wrong_actor(judged, date):
                out.append(("actor", s))
        if plan.voice == GOVERNMENT and _JOINS.search(judged):
            out.append(("joins", s))
        if level in levels.LEVELS and levels.tier_of(level) == levels.PREFECTURE and _COUNTIES.search(judged):
            out.append(("counties", s))
        if urban_or_city and alliance_free and _COUNTY_MODEL.search(judged):
            out.append(("alliance", s))
        for m in _PARTNER.finditer(judged):
            if not line_needed(m.group(1), said):
                out.append(("partner", s))
                break
        if _INSURANCE.search(judged) and not _INSURANCE_PROBLEM.search(said):
            out.append(("insurance", s))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", nargs="*", type=Path, default=[HERE / "briefs", HERE.parent / "samples"])
    ap.add_argument("--seeds", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--drafts", type=Path, help="check the drafts another commit dumped here (--dump) instead of rendering")
    args = ap.parse_args()
    res = load_resources()
    kinds: Counter[str] = Counter()
    drafts = 0
    for d in args.briefs:
        for path in sorted(d.glob("*.yaml")):
            brief = load_brief(path)
            plan = plan_of(brief, res.templates)
            found = []
            for seed in args.seeds:
                if args.drafts:
                    text = (args.drafts / f"{path.stem}.s{seed}.txt").read_text(encoding="utf-8")
                else:
                    text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
                if args.dump:
                    args.dump.mkdir(parents=True, exist_ok=True)
                    (args.dump / f"{path.stem}.s{seed}.txt").write_text(text, encoding="utf-8")
                found += [(seed, k, s) for k, s in flags(text, brief, plan)]
                drafts += 1
            kinds.update(k for _, k, _ in found)
            print(f"{path.stem:40s} {plan.level:3s} {plan.voice:10s} {len(found):3d}")
            if args.show:
                for seed, k, s in found:
                    print(f"    s{seed} {k}: {s}")
    total = sum(kinds.values())
    print(f"\n{total} body–work mismatches in {drafts} drafts ({total / max(drafts, 1):.2f} a draft): "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
