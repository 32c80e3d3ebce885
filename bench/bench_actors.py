"""Who acts on which kind of line (issue 13, actor32), by hand:

    python bench/bench_actors.py [--briefs DIR …] [--generated N] [--seeds 1] [--show] [--dump DIR | --drafts DIR]

Renders the bench's briefs (bench/briefs, level_briefs, special_briefs, samples) and N generated ones (years 2012–2026,
levels 县 区 市 旗 镇 街道, kinds annual, report, half-year and special, topics in turn) in-process — or reads drafts
another commit dumped — and counts, clause by clause, the actor named before 要 against what the clause does:
- ``unit_policy``: a provider (a hospital, a 卫生院 or 社区 centre, 疾控, a 妇幼保健院, a 机构, a 团队) told to hold a
  policy or a strategy (坚持…方针/总策略/原则, 树立…理念, 贯彻…方针) or to carry out the government's support policies
  (生育支持措施, 各项…政策): policy is the government's and its department's; a unit delivers services;
- ``bureau_service``: the health bureau or commission told to serve residents itself (为签约居民提供…, 上门服务,
  长期处方): the providers serve; the bureau 推动s, 督促s, 指导s and 组织s them (those clauses are not counted);
- ``street_rural``: a 街道's speech (or an urban 区's) speaking of 集镇, 村庄, 卫生乡镇 or 各村: it has 街道 and 社区.
The checks are this script's own patterns, not compose's (model.body_work), so that the bench sees what compose
misses.  Words of the brief's own (its items, problems, facts) are the secretary's and are not counted.
"""
from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from quality_checks import brief_words

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.picker import sentences_of
from jianggao.model import body_work, levels
from jianggao.render import load_resources
from jianggao.writers import render_text

HERE = Path(__file__).resolve().parent

_PROVIDER = re.compile(r"(?:医院|卫生院|卫生室|保健院|服务中心|疾控中心|服务站|医疗(?:卫生)?机构|助产机构|团队|医共体|医联体|"
                       r"医疗集团|监督所|执法大队|保健计划生育服务中心)$")
_BUREAU = re.compile(r"(?:卫生(?:健康|计生)?(?:局|委)|卫健(?:局|委)|卫计(?:局|委))$")
_POLICY = re.compile(r"(?:坚持|贯彻|落实|执行|树立)[^，。；]{0,24}(?:方针|总策略|策略|原则|理念)|生育支持(?:政策|措施)|"
                     r"各项[^，。；]{0,8}(?:支持|惠民|优惠)?政策")
_NOT_POLICY = re.compile(r"服务理念|以病人为中心|以患者为中心|公益性")
_SERVICE = re.compile(r"为[^，。；]{0,12}(?:居民|群众|患者|病人|老年人|孕产妇|儿童|妇女|家庭|人员)[^，。；]{0,6}提供|"
                      r"上门(?:服务|诊疗|随访)|长期处方|延伸处方|签约居民[^，。；]{0,4}(?:提供|优先)")
_STEERS = re.compile(r"推动|督促|指导|组织|引导|支持|鼓励|协调|统筹|要求|考核")
_STREET_RURAL = re.compile(r"集镇|村庄|卫生乡镇|各村(?!（居）)|村级")


def flags(text: str, level: str, rural: bool, own: list[str]) -> list[tuple[str, str]]:
    """(kind, sentence) for each clause of ``text`` whose actor does not fit what it does."""
    out = []
    body = text.split("同志们：", 1)[-1]
    urban = levels.word(level) in ("街道",) or (levels.word(level) == "区" and not rural) if level in levels.LEVELS \
        else False
    for s in sentences_of(body):
        judged = s
        for w in own:
            judged = judged.replace(w, "")
        for clause in re.split(r"[。；！]", judged):
            m = body_work.SUBJECT.match(clause)   # the clause's subject, before its 要
            if not m:
                continue
            who, rest = m.group(1), clause[m.end():]
            if _PROVIDER.search(who) and _POLICY.search(rest) and not _NOT_POLICY.search(rest):
                out.append(("unit_policy", s))
                break
            if _BUREAU.search(who):
                sv = _SERVICE.search(rest)
                if sv and not _STEERS.search(rest[:sv.start()]):
                    out.append(("bureau_service", s))
                    break
        if urban and _STREET_RURAL.search(judged):
            out.append(("street_rural", s))
    return out


_KINDS = ("annual_conference", "work_report", "midyear_review", "special_topic")
_PLACES = (("青山县", None), ("临江区", None), ("云阳市", None), ("白云旗", None), ("南湖镇", "青山县"),
           ("东城街道", "临江区"))
_TOPICS = ("公共卫生", "医改", "妇幼健康", "人口家庭", "爱国卫生", "基层卫生", "老龄健康", "医疗服务", "中医药")


def generated(i: int) -> str:
    """A brief varied in year (2012–2026), level, kind and topics."""
    year = 2012 + (i * 7) % 15
    name, parent = _PLACES[i % len(_PLACES)]
    kind = _KINDS[(i // len(_PLACES)) % len(_KINDS)]
    if levels.is_township(levels.level_of(name)) and kind in ("work_report", "special_topic"):
        kind = "annual_conference"
    t1, t2, t3 = (_TOPICS[(i + k * 4) % len(_TOPICS)] for k in range(3))
    region = f"{{name: {name}, parent: {parent}}}" if parent else f"{{name: {name}}}"
    return (f"kind: {kind}\nyear: {year}\nregion: {region}\nlength: 5000\n"
            f"achievements:\n  - topic: {t2}\n    facts: [各项工作平稳推进]\n"
            f"priorities:\n  - topic: {t1}\n  - topic: {t2}\n  - topic: {t3}\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--briefs", nargs="*", type=Path,
                    default=[HERE / "briefs", HERE / "level_briefs", HERE / "special_briefs", HERE.parent / "samples"])
    ap.add_argument("--generated", type=int, default=60)
    ap.add_argument("--seeds", nargs="*", type=int, default=[1])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--drafts", type=Path, help="check the drafts another commit dumped here (--dump) instead of rendering")
    args = ap.parse_args()
    res = load_resources()
    tmp = Path(tempfile.mkdtemp(prefix="bench-actors-"))
    paths = [p for d in args.briefs for p in sorted(d.glob("*.yaml"))]
    for i in range(args.generated):
        p = tmp / f"g{i:03d}.yaml"
        p.write_text(generated(i), encoding="utf-8")
        paths.append(p)
    counts: dict[str, int] = {}
    drafts = 0
    for path in paths:
        brief = load_brief(path)
        plan = plan_of(brief, res.templates)
        own = sorted(brief_words(brief), key=len, reverse=True)
        found = []
        for seed in args.seeds:
            name = f"{path.stem}.s{seed}.txt"
            if args.drafts:
                text = (args.drafts / name).read_text(encoding="utf-8")
            else:
                text = render_text(compose(brief, res.bank, res.templates, seed=seed), "txt")
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / name).write_text(text, encoding="utf-8")
            found += [(seed, k, s) for k, s in flags(text, plan.level, plan.rural, own)]
            drafts += 1
        for _, k, _ in found:
            counts[k] = counts.get(k, 0) + 1
        if found:
            print(f"{path.stem:40s} {plan.level:3s} {brief.year} {len(found):3d}")
            if args.show:
                for seed, k, s in found:
                    print(f"    s{seed} {k}: {s}")
    print(f"\n{drafts} drafts: " + ", ".join(f"{k} {counts.get(k, 0)}"
                                           for k in ("unit_policy", "bureau_service", "street_rural")))


if __name__ == "__main__":
    main()
