"""How much each brief item gets of its own: the whole sentences said under it on its own business (run by hand).

Usage: python bench/bench_items.py [--briefs N] [--seed S] [--detail] [--corpus DIR]

Outside readers kept finding brief priorities delivered as one line (二是推进医联体建设。<one line>), as a
``此外，还要…`` stub, or as a heading followed by another business's lines.  This bench renders many briefs whose
priorities are realistic items of their era and topic — harvested from the real speeches' task items (一是…, （一）…)
in the corpus and from a list per DESIGN topic and era below, never from bench/briefs — at the levels 县 区 市 镇 and
the kinds with task subsections, and for each item finds where the draft says it and counts the sentences after it
(to the next numbered item or heading) that are on its own business.

A sentence is on the item's business when it shares a content word of the item (jieba's words, the stock verbs and
nouns of every task left out) or one of its narrow ideas (compose.ideas: 医联体 and 医共体 are one); it is on another
business when it is neither and names a narrow idea of its own (疾控机构标准化 under 推进社区医院建设); the rest
(要加强统筹协调…) are general.  Reports items with 0, 1, 2, 3+ own sentences, items said only in a stub sentence
(此外，还要…) or not at all, and items whose part carries another business's sentences.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import jieba

from jianggao.briefs.load import parse_brief
from jianggao.compose.core import compose, plan_of
from jianggao.compose.ideas import BROAD, ideas_of
from jianggao.compose.serve import SERVES
from jianggao.model import tifa
from jianggao.model.speech import Heading
from jianggao.model.text import longest_run
from jianggao.model.topics import classify
from jianggao.render import load_resources

jieba.setLogLevel(60)
HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
                      Path("/work/shared/corpus"))

# DESIGN's topics, each with items a secretary of that era lists (item, first year, last year): the programmes and
# their names of the time (新农合 to 2016, 全面两孩 2016–2020, 医共体 from 2017, 新冠 2020–2022, 三孩 from 2021 …).
ERA_ITEMS: dict[str, list[tuple[str, int, int]]] = {
    "医改": [("推进县级公立医院综合改革", 2012, 2017), ("提高新农合筹资和保障水平", 2012, 2016),
           ("巩固完善基本药物制度", 2012, 2026), ("推进医联体建设", 2015, 2026), ("深化紧密型县域医共体建设", 2019, 2026),
           ("推进医保支付方式改革", 2016, 2026), ("建立现代医院管理制度", 2017, 2026), ("落实药品耗材集中带量采购", 2019, 2026),
           ("推进分级诊疗制度建设", 2015, 2026), ("推动公立医院高质量发展", 2021, 2026), ("做实家庭医生签约服务", 2016, 2026),
           ("深化公立医院薪酬制度改革", 2017, 2026)],
    "公共卫生": [("做好国家基本公共卫生服务项目", 2012, 2026), ("抓好慢性病综合防控", 2012, 2026),
             ("加强严重精神障碍患者管理", 2012, 2026), ("做好重大传染病防控", 2012, 2026),
             ("健全传染病监测预警体系", 2020, 2026), ("做好新冠肺炎疫情常态化防控", 2020, 2022),
             ("抓好结核病防治", 2012, 2026), ("提高免疫规划疫苗接种率", 2012, 2026), ("推进疾控体系改革", 2021, 2026),
             ("做好艾滋病防治", 2012, 2026)],
    "医疗服务": [("改善医疗服务行动计划", 2015, 2020), ("加强医疗质量安全管理", 2012, 2026), ("推进临床重点专科建设", 2012, 2026),
             ("改善就医感受提升患者体验", 2023, 2026), ("推进平安医院建设", 2012, 2026), ("加强院前急救体系建设", 2012, 2026),
             ("推进胸痛卒中创伤中心建设", 2017, 2026), ("推行预约诊疗服务", 2012, 2026)],
    "基层卫生": [("推进乡镇卫生院标准化建设", 2012, 2026), ("加强乡村医生队伍建设", 2012, 2026), ("推进社区医院建设", 2019, 2026),
             ("开展优质服务基层行活动", 2018, 2026), ("推进乡村一体化管理", 2012, 2026), ("提升基层医疗卫生服务能力", 2012, 2026)],
    "中医药": [("推广中医药适宜技术", 2012, 2026), ("推进基层中医馆建设", 2016, 2026), ("加强县级中医医院建设", 2012, 2026),
            ("实施中医药服务能力提升工程", 2012, 2026), ("推进中西医结合", 2017, 2026)],
    "妇幼健康": [("落实母婴安全五项制度", 2018, 2026), ("加强出生缺陷综合防治", 2012, 2026), ("做好农村妇女两癌筛查", 2012, 2026),
             ("加强危重孕产妇和新生儿救治", 2012, 2026), ("加强儿童健康服务", 2012, 2026), ("推进生育友好医院建设", 2024, 2026),
             ("落实农村孕产妇住院分娩补助", 2012, 2016)],
    "人口家庭": [("稳妥实施单独两孩政策", 2014, 2015), ("实施全面两孩政策", 2016, 2020), ("落实计划生育奖励扶助政策", 2012, 2026),
             ("加强流动人口计划生育服务管理", 2012, 2017), ("发展普惠托育服务", 2020, 2026), ("完善生育支持政策", 2021, 2026),
             ("加强出生人口监测", 2012, 2026)],
    "老龄健康": [("推进医养结合", 2015, 2026), ("建设老年友善医疗机构", 2020, 2026), ("发展老年医学科", 2019, 2026),
             ("做好老年人健康管理", 2012, 2026), ("开展失能老年人健康评估", 2020, 2026)],
    "爱国卫生": [("巩固国家卫生县城创建成果", 2012, 2026), ("开展城乡环境卫生整洁行动", 2012, 2018), ("推进农村改厕", 2012, 2026),
             ("做好病媒生物防制", 2012, 2026), ("推进健康城市健康村镇建设", 2016, 2026), ("开展省级卫生镇创建", 2012, 2026)],
    "综合监管": [("加强医疗卫生行业综合监管", 2018, 2026), ("开展打击非法行医专项行动", 2012, 2026),
             ("加强公共场所卫生监督", 2012, 2026), ("做好职业病防治", 2012, 2026), ("加强医保基金使用监管", 2019, 2026)],
    "人才队伍": [("实施卫生人才引育工程", 2016, 2026), ("加强全科医生培养", 2012, 2026), ("做好农村订单定向医学生培养", 2012, 2026),
             ("加强住院医师规范化培训", 2014, 2026), ("加强公共卫生人才队伍建设", 2012, 2026)],
    "信息化": [("推进全民健康信息平台建设", 2017, 2026), ("推进区域人口健康信息平台建设", 2013, 2017),
            ("发展互联网+医疗健康", 2018, 2026), ("推进电子健康档案开放应用", 2018, 2026), ("推进人工智能辅助诊疗", 2025, 2026)],
    "健康促进": [("开展健康素养促进行动", 2012, 2026), ("推进健康中国行动", 2019, 2026), ("加强控烟工作", 2012, 2026),
             ("开展全民健康生活方式行动", 2012, 2026), ("开展体重管理年活动", 2024, 2026)],
    "应急管理": [("加强卫生应急队伍建设", 2012, 2026), ("做好突发公共卫生事件应急处置", 2012, 2026), ("加强应急物资储备", 2012, 2026),
             ("开展卫生应急演练", 2012, 2026)],
    "党建廉政": [("加强公立医院党的建设", 2018, 2026), ("纠正医药购销领域不正之风", 2012, 2026),
             ("开展医药领域腐败问题集中整治", 2023, 2026), ("加强医德医风建设", 2012, 2026)],
    "安全生产": [("抓好医疗机构消防安全", 2012, 2026), ("开展安全生产隐患排查整治", 2012, 2026),
             ("加强危险化学品和医疗废物管理", 2012, 2026)],
}

# The corpus's numbered items start with a verb of doing; those naming no area (加强组织领导, 强化责任意识) are safeguards.
_ITEM = re.compile(r"(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]是|^\d+[.．、])(?:要)?([^。；：！？]{5,26})[。；：]")
_TASK_VERB = re.compile(r"^(?:继续|进一步|切实|着力|全面|大力|扎实|认真|深入|努力|积极|持续|全力|不断|稳步)?(?:加强|推进|推动|做好|抓好|"
                        r"落实|完善|健全|深化|实施|提升|提高|开展|强化|加快|建立|规范|巩固|扩大|发展|创建|启动|搞好|优化|加大)")
_NOT_AN_ITEM = re.compile(r"领导|意识|督查|考核|学习|协调|合力|力度|投入|中心工作|机制$|依法行政|责任")


def corpus_items(corpus: Path) -> list[tuple[str, str]]:
    """(item, area key) of the real speeches' numbered task items, cleaned as the miner cleans them."""
    from jianggao.corpus.clean import clean_document
    from jianggao.corpus.load import iter_documents
    found: dict[str, str] = {}
    for doc in iter_documents([corpus]):
        if not hasattr(doc, "lines"):
            continue
        for block in clean_document(doc):
            for m in _ITEM.finditer(getattr(block, "text", str(block))):
                item = m.group(1).split("，")[0]
                areas = [a for a in classify(item) if a != "general"]
                if len(item) >= 6 and _TASK_VERB.match(item) and not _NOT_AN_ITEM.search(item) and areas:
                    found.setdefault(item, areas[0])
    return sorted(found.items())


_REGIONS = {"县": ("青川县", None), "区": ("临河区", None), "市": ("宁州市", None), "镇": ("石门镇", "安平县")}
_KINDS = ("annual_conference", "work_report", "midyear_review", "special_topic")
_YEARS = (2012, 2013, 2015, 2016, 2017, 2019, 2020, 2021, 2023, 2024, 2025, 2026)
_SPEAKER = {"县": "副县长", "区": "副区长", "市": "副市长", "镇": "镇长"}


def _valid(item: str, year: int, level: str) -> bool:
    return not tifa.outside_window(item, f"{year}-03-01", level)


def brief_specs(n: int, seed: int, corpus: Path | None) -> list[dict]:
    """``n`` briefs: kinds, years and levels in turn; three areas of two items each (a special meeting: one area of
    three), the items of the brief's year drawn from ERA_ITEMS and the corpus's items."""
    rng = random.Random(seed)
    pool: dict[str, list[tuple[str, int, int]]] = {k: list(v) for k, v in ERA_ITEMS.items()}
    if corpus is not None and corpus.exists():
        from jianggao.model.topics import resolve_topic
        by_key = {t.key: name for name in pool if (t := resolve_topic(name)) is not None}
        for item, area in corpus_items(corpus):
            name = by_key.get(area)
            if name in pool and all(item != x for x, _, _ in pool[name]):
                pool[name].append((item, 2012, 2019))     # the corpus's speeches are of 2012–2019
    specs = []
    for k in range(n):
        kind = _KINDS[k % len(_KINDS)]
        level = tuple(_REGIONS)[(k // len(_KINDS)) % len(_REGIONS)]
        year = _YEARS[(k * 5 + k // 7) % len(_YEARS)]
        name, parent = _REGIONS[level]
        areas = [a for a in pool if sum(1 for it, f, t in pool[a] if f <= year <= t and _valid(it, year, level)) >= 3]
        rng.shuffle(areas)
        per, n_areas = (3, 1) if kind == "special_topic" else (2, 3)
        priorities = []
        for area in areas[:n_areas]:
            fit = [it for it, f, t in pool[area] if f <= year <= t and _valid(it, year, level)]
            priorities.append({"topic": area, "items": rng.sample(fit, per)})
        region = {"name": name, "level": level}
        if parent:
            region["parent"] = parent
        specs.append({"kind": kind, "year": year, "region": region, "date": f"{year}-03-01",
                      "speaker": {"name": "王明", "title": _SPEAKER[level]}, "priorities": priorities})
    return specs


# --- finding an item in the draft and judging what is said under it -------------------------------------------------

_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]是|首先，|其次，|再次，|最后，)")
_STUB = re.compile(r"^(?:此外|同时)，还要")
_STOCK_WORDS = frozenset("""加强 推进 推动 建设 工作 服务 体系 健全 完善 提升 提高 能力 落实 制度 机制 水平 全面 深化 实施 开展
抓好 进一步 卫生 健康 医疗 群众 综合 管理 质量 发展 着力 切实 不断 持续 强化 做好 确保 扎实 规范 有效 重点 项目 工程 行动 计划 方案
政策 稳步 继续 创建 巩固 成果 建立 专项 优化 扩大 积极 大力 深入 认真 提高 国家 省级 加快 做实 做细 常态化""".split())
_SENT = re.compile(r"(?<=[。！？])")


def key_terms(item: str) -> frozenset[str]:
    """The item's own words and their parts (jieba's search cut: 普惠托育 and 托育), stock verbs and nouns left out."""
    words = {w for w in jieba.lcut_for_search(item) if len(w) >= 2 and w not in _STOCK_WORDS and re.fullmatch(r"[\u4e00-\u9fff]+", w)}
    return frozenset(words)


def narrow_ideas(text: str) -> frozenset[str]:
    return ideas_of(text) - BROAD


def judge(sentence: str, item: str) -> str:
    """own | other | general: the sentence's tie to the item's business."""
    terms = key_terms(item)
    mine = ideas_of(item)
    carried = frozenset().union(*(SERVES.get(i, frozenset()) for i in mine)) if mine else frozenset()
    if any(t in sentence for t in terms) or narrow_ideas(sentence) & (narrow_ideas(item) | carried) \
            or ideas_of(sentence) & ideas_of(item) & BROAD and not terms:
        return "own"
    if narrow_ideas(sentence):
        return "other"
    return "general"


@dataclass
class Unit:
    """A stretch of the tasks part: its head sentence and the sentences after it."""
    head: str
    sentences: list[str] = field(default_factory=list)
    heading: bool = False           # a （一）-level heading (a special meeting's item)


def task_units(speech, tasks_at: int) -> list[Unit]:
    """The tasks part (the ``tasks_at``-th numbered part) cut at its headings, its numbered items and its stubs."""
    units: list[Unit] = []
    tops = -1
    for b in speech.blocks:
        if isinstance(b, Heading) and b.level == 1:
            tops += 1
            continue
        if tops != tasks_at:
            continue
        texts = []
        if isinstance(b, Heading):
            units.append(Unit(b.text, [], heading=True))
            texts = [b.body or ""]
        else:
            texts = [b.text]
        for text in texts:
            for s in (x.strip() for x in _SENT.split(text)):
                if not s:
                    continue
                if _ORDINAL.match(s) or _STUB.match(s):
                    units.append(Unit(s))
                elif units:
                    units[-1].sentences.append(s)
                else:
                    units.append(Unit("", [s]))
    return units


@dataclass
class ItemResult:
    item: str
    brief: str
    form: str                    # numbered | joined | heading | inline | stub | missing
    own: int = 0
    other: int = 0
    general: int = 0
    others: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)


def _names(text: str, item: str) -> bool:
    """Whether ``text`` says ``item`` (most of its characters in one run: 加强基层医疗卫生机构综合管理信息系统应用 is not
    said by a heading on 基层医疗卫生机构 alone)."""
    return item in text or longest_run(text, item) >= min(len(item) - 1, max(6, round(len(item) * 0.7)))


def measure_items(speech, items: Iterable[str], label: str, tasks_at: int) -> list[ItemResult]:
    items = list(items)
    units = task_units(speech, tasks_at)
    results = []
    for item in items:
        at = next((u for u in units if _names(u.head, item)), None)
        if at is None:
            inline = next(((u, i) for u in units for i, s in enumerate(u.sentences) if _names(s, item)), None)
            if inline is None:
                results.append(ItemResult(item, label, "missing"))
                continue
            u, i = inline
            at = Unit(u.sentences[i], u.sentences[i + 1:])
            form = "inline"
        else:
            form = "stub" if _STUB.match(at.head) else "heading" if at.heading else "numbered"
            if at.heading:       # a heading's item runs to the next heading, its own numbered points included
                k = units.index(at)
                body = list(at.sentences)
                for u in units[k + 1:]:
                    if u.heading:
                        break
                    body += ([u.head] if u.head else []) + u.sentences
                at = Unit(at.head, body, heading=True)
        # a heading naming several brief items (一是A，B。: a thin item joined to its neighbour) is judged against all
        named = [x for x in items if _names(at.head, x)] or [item]
        if form == "numbered" and len(named) > 1:
            form = "joined"
        r = ItemResult(item, label, form)
        body = [] if form == "stub" else at.sentences
        for s in body:
            verdicts = [judge(s, x) for x in named]
            j = "own" if "own" in verdicts else "other" if all(v == "other" for v in verdicts) else "general"
            setattr(r, j, getattr(r, j) + 1)
            if j == "other":
                r.others.append(s)
            r.said.append(s)
        results.append(r)
    return results


def run(n: int, seed: int, corpus: Path | None, render_seed: int = 1) -> tuple[list[ItemResult], int]:
    import yaml
    res = load_resources()
    out: list[ItemResult] = []
    for k, spec in enumerate(brief_specs(n, seed, corpus)):
        brief = parse_brief(yaml.safe_dump(spec, allow_unicode=True), filename=f"items{k}.yaml")
        speech = compose(brief, res.bank, res.templates, seed=render_seed)
        label = f"items{k:02d} {spec['kind'][:8]} {spec['year']} {spec['region']['level']}"
        items = [str(i) for p in brief.priorities for i in p.items]
        numbered = [p.role for p in plan_of(brief, res.templates).parts if p.numbered]
        out += measure_items(speech, items, label, numbered.index("tasks") if "tasks" in numbered else 0)
    return out, n


def summary(results: list[ItemResult]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for r in results:
        c["items"] += 1
        c[r.form] += 1
        if r.form in ("stub", "missing"):
            c["own_0"] += 1
        else:
            c["own_3+" if r.own >= 3 else f"own_{r.own}"] += 1
        if r.other:
            c["with_other"] += 1
        if r.form in ("numbered", "heading") and r.own < 2:
            c["thin_heading"] += 1      # a heading of its own with fewer than two sentences on its business
    return dict(c)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--briefs", type=int, default=48)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--dump", type=Path, help="also write the briefs as YAML into this folder")
    args = ap.parse_args(argv)
    if args.dump:
        import yaml
        args.dump.mkdir(parents=True, exist_ok=True)
        for k, spec in enumerate(brief_specs(args.briefs, args.seed, args.corpus)):
            (args.dump / f"items{k:02d}.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    results, n = run(args.briefs, args.seed, args.corpus)
    s = summary(results)
    total = s.get("items", 0) or 1
    print(f"{n} briefs, {s.get('items', 0)} items")
    for key in ("own_0", "own_1", "own_2", "own_3+", "stub", "missing", "inline", "numbered", "joined", "heading",
                "thin_heading", "with_other"):
        print(f"  {key:13s} {s.get(key, 0):4d}  {s.get(key, 0) / total:6.1%}")
    if args.detail:
        for r in results:
            if r.form in ("stub", "missing") or r.own < 2 or r.other:
                print(f"- [{r.brief}] {r.item}: {r.form}, own {r.own}, other {r.other}, general {r.general}")
                for x in r.others:
                    print(f"      other: {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
