"""How many characters each brief item's subsection says about the item's own object (run by hand).

Usage: python bench/bench_item_chars.py [--seeds 1 2 3] [--detail] [--json OUT] [BRIEF_OR_DIR ...]

The fifty-first reading found brief priorities reduced to a heading and a sentence (r5's 推进分级诊疗; its 落实国家组织药品
集中采购和使用试点 whose body was 省平台采购, 医药代表 and pest control) while unrequested areas ran whole paragraphs.
This bench renders bench/briefs, samples and /work/coord/fresh23 (or the files given) at each seed, finds each brief
item where the draft heads it (（一）… or 一是…, bench_items.measure_items) and counts the characters of the sentences
under it that are on the item's own object: a sentence sharing a content word of the item (jieba's words, the stock
verbs and nouns of every task and the words every area shares left out) or one of its narrow ideas (compose.ideas).
Area-generic lines (要坚持问题导向…, 基层服务能力 under 城市医疗集团) do not count.  Reports the share of items with
under THIN characters of own-object text, and the mean.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import bench_items as bi

from jianggao.briefs.load import load_brief
from jianggao.compose.core import compose, plan_of
from jianggao.render import load_resources

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE / "briefs", HERE.parent / "samples", Path("/work/coord/fresh23")]
THIN = 80
# words a whole area shares: naming one is not saying the item's object (试点 of any pilot, 城市 of any city line)
_AREA_WORDS = frozenset("试点 使用 组织 集中 城市 基层 公立 医院 机构 人员 队伍 增加 改革 体系 中心 区域 城乡 村镇".split())


_VERBS = re.compile(r"^(?:(?:继续|进一步|切实|着力|全面|大力|扎实|认真|深入|持续|稳妥|稳步|加快|积极)?"
                    r"(?:推进|加强|深化|落实|做好|抓好|开展|提升|提高|完善|健全|推动|实施|建设|改革|增加|巩固|强化|做实|"
                    r"规范|扩大|发展|创建))+")
_TAIL = re.compile(r"(?:建设|工作|服务|能力)+$")


def item_object(item: str) -> str:
    """The item's object: its words after the task verbs and before 建设/工作 (推进国家区域医疗中心建设 → 国家区域医疗中心)."""
    return _TAIL.sub("", _VERBS.sub("", item))


def own_terms(item: str) -> frozenset[str]:
    terms = {t for t in bi.key_terms(item) if t not in _AREA_WORDS}
    obj = item_object(item)
    if len(obj) >= 4:
        terms |= {obj, re.sub(r"^(?:国家|省级|全国)", "", obj)}
    return frozenset(terms)


def judge(sentence: str, item: str) -> bool:
    terms = own_terms(item)
    mine = bi.ideas_of(item)
    carried = frozenset().union(*(bi.SERVES.get(i, frozenset()) for i in mine)) if mine else frozenset()
    return any(t in sentence for t in terms) or bool(bi.narrow_ideas(sentence) & (bi.narrow_ideas(item) | carried))


def briefs(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    return out


def measure(paths: list[Path], seeds: list[int]) -> list[dict]:
    res = load_resources()
    rows = []
    for path in briefs(paths):
        try:
            brief = load_brief(path)
        except Exception as exc:  # noqa: BLE001 - a bench skips what it cannot read
            print(f"skip {path.name}: {exc}", file=sys.stderr)
            continue
        items = [str(i) for p in brief.priorities for i in p.items]
        if not items:
            continue
        numbered = [p.role for p in plan_of(brief, res.templates).parts if p.numbered]
        at = numbered.index("tasks") if "tasks" in numbered else 0
        for seed in seeds:
            speech = compose(brief, res.bank, res.templates, seed=seed)
            for r in bi.measure_items(speech, items, path.stem, at):
                said = [] if r.form in ("stub", "missing") else r.said
                own = [s for s in said if judge(s, r.item)]
                rows.append({"brief": path.stem, "seed": seed, "item": r.item, "form": r.form,
                             "opens_own": bool(said) and said[0] in own,
                             "own_chars": sum(map(len, own)), "all_chars": sum(map(len, said)), "own": own,
                             "said": said})
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = measure(args.paths or [p for p in DEFAULT if p.exists()], args.seeds)
    n = len(rows)
    thin = [r for r in rows if r["own_chars"] < THIN]
    print(f"items {n}; under {THIN} own-object characters {len(thin)} ({len(thin) / max(n, 1):.1%}); "
          f"mean own {sum(r['own_chars'] for r in rows) / max(n, 1):.0f} of {sum(r['all_chars'] for r in rows) / max(n, 1):.0f}"
          f"; missing or stub {sum(r['form'] in ('stub', 'missing') for r in rows)}")
    spoken = [r for r in rows if r["said"]]
    print(f"items with a body {len(spoken)}: under {THIN} {sum(r['own_chars'] < THIN for r in spoken)} "
          f"({sum(r['own_chars'] < THIN for r in spoken) / max(len(spoken), 1):.1%}); first sentence on the item's own "
          f"object {sum(r['opens_own'] for r in spoken)} ({sum(r['opens_own'] for r in spoken) / max(len(spoken), 1):.1%})")
    if args.detail:
        for r in thin:
            print(f"  {r['brief']} s{r['seed']} {r['form']:8} {r['own_chars']:4}/{r['all_chars']:4} {r['item']}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
