"""Structure within a part (struct30): the readers' second defect, counted on rendered drafts.

``python bench/bench_structure.py [--seeds 1 2 3] [--show] [--out DIR | --drafts DIR] [BRIEF_OR_DIR …]`` renders
bench/briefs (or reads .txt drafts an earlier ``--out`` wrote, named BRIEF_sN.txt) and counts, per rule:

- ``bare_priority``: a （n） heading in a part with numbered items elsewhere whose whole body is one sentence and no
  一是 (（二）推动优质医疗资源扩容提质。今年要建设省级区域医疗中心。), and ``bare_item``: an 一是 item whose whole body
  after its head is at most one sentence of under 30 characters;
- ``target_lead``: a sentence between a （n） heading and its 一是 carrying a figure (今年的目标是：…提高到32%。一是…);
- ``orphan``: an unnumbered one-sentence paragraph after an 一是 under the same heading (between items or after the last);
- ``preview_miss``: a preview (关键在责任、在督查、在保障 / 做到…、…、…) naming a word that no heading after it in the part has;
- ``no_safeguards``: a draft of a kind whose outline has a safeguards part (annual, midyear, special) without it, or
  with it under 3 or over 5 items; a work report whose last part neither has a heading on carrying the tasks out
  (落实, 责任, 督查, 保障) nor is followed by one.

A proxy: read the drafts (``--show`` prints each hit).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("bare_priority", "bare_item", "target_lead", "lead_misplaced", "orphan", "preview_miss", "no_safeguards")
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^（[一二三四五六七八九十]+）")
_ITEM = re.compile(r"^[一二三四五六七八九十]+是")
_SENT = re.compile(r"[^。！？]*[。！？]”?")
_DIGIT = re.compile(r"\d")
_PREVIEW = re.compile(r"关键在([^，。；：]{1,6})、在([^，。；：]{1,6})(?:、在([^，。；：]{1,6}))?")
_CARRY_OUT = re.compile(r"落实|责任|督查|督导|考核|保障|组织|实效|措施")
_WRAP_UP = re.compile(r"各项任务|牵头|逐项盘点|分解到月|细化分解")
# what a heading says to keep a preview's promise (在保障 by 落实投入责任, 在督查 by 严格督导问效, 在协作 by 形成工作合力)
_PROMISED = {"保障": "保障|投入|资金|经费", "督查": "督|考核|问效", "责任": "责任|领导", "协作": "协作|合力|协同|联动|协调",
             "作风": "作风|务实|实干", "纪律": "纪律|廉|规矩", "宣传": "宣传|氛围|舆论", "人才": "人才|队伍"}
_COMMON = {"加强", "推进", "工作", "建设", "提高", "要在", "今年", "年内", "服务", "完善", "健全", "落实", "进一", "一步",
           "全面", "持续", "深化", "推动", "提升", "能力", "体系", "机制", "水平", "确保", "继续", "开展"}
_SAFEGUARDED = ("annual", "midyear", "special")


def _grams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "|", text)
    return {han[k:k + 2] for k in range(len(han) - 1) if "|" not in han[k:k + 2]} - _COMMON


def item_named(sentence: str, heading: str, item_heads: list[str]) -> str:
    """The item head a lead sentence names the object of (two words more than it shares with its heading), or ""."""
    mine = _grams(sentence)
    over_head = len(mine & _grams(heading))
    scored = sorted(((len(mine & _grams(h)), h) for h in item_heads), reverse=True)
    if scored and scored[0][0] >= 3 and scored[0][0] >= over_head + 2 and (len(scored) < 2 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return ""


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.findall(text) if s.strip()]


def paragraphs(draft: str) -> list[str]:
    lines = draft.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip() == "同志们："), 0)
    return [line.strip("　 ") for line in lines[start + 1:] if line.strip("　 ")]


def parts_of(paras: list[str]) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = [("", [])]
    for p in paras:
        if _PART.match(p):
            out.append((p, []))
        else:
            out[-1][1].append(p)
    return out


def sub_sections(body: list[str]) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) per （n） heading; a run-in heading's own body starts its first paragraph."""
    out: list[tuple[str, list[str]]] = []
    for p in body:
        if _SUB.match(p):
            ss = sentences(p)
            head = ss[0] if ss else p
            rest = p[len(head):]
            out.append((head, [rest] if rest else []))
        elif out:
            out[-1][1].append(p)
    return out


def measure(draft: str, kind: str) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {k: [] for k in KINDS}
    paras = paragraphs(draft)
    parts = parts_of(paras)
    itemised = any(_ITEM.match(p) for _, body in parts for p in body)
    for index, (_, body) in enumerate(parts[1:]):
        subs = sub_sections(body) if index or len(parts) == 2 else []     # (the review's 一二三 are results)
        for head, ps in subs:
            has_items = any(_ITEM.match(p) for p in ps)
            body_sents = [s for p in ps for s in sentences(p)]
            if itemised and not has_items and len(body_sents) <= 1 and "（" in head[:1]:
                hits["bare_priority"].append(head + "".join(body_sents))
            if has_items:
                first = next(k for k, p in enumerate(ps) if _ITEM.match(p))
                lead = [s for p in ps[:first] for s in sentences(p)]
                # (a heading run on with its lead and its 一是 in one paragraph: the lead stops at the 一是)
                lead = lead[:next((k for k, s in enumerate(lead) if _ITEM.match(s)), len(lead))]
                item_heads = [sentences(p)[0] for p in ps if _ITEM.match(p)]
                hits["target_lead"] += [head + s for s in lead if _DIGIT.search(s)]
                hits["lead_misplaced"] += [f"{head}{s} → {h}" for s in lead for h in [item_named(s, head, item_heads)] if h]
                for p in ps[first + 1:]:
                    if not _ITEM.match(p) and len(sentences(p)) == 1 and not _WRAP_UP.search(p):
                        hits["orphan"].append(head + "…" + p)
        # items anywhere in the part (also under no （n） heading)
        items: list[list[str]] = []
        for p in body:
            if _SUB.match(p):
                items.append([])        # a heading closes the item before it
                continue
            if _ITEM.match(p):
                items.append(sentences(p))
            elif items and items[-1]:
                items[-1] += sentences(p)
        for it in items:
            if it and len(it) <= 2 and sum(map(len, it[1:])) < 30:
                hits["bare_item"].append("".join(it))
        heads = [h for h, _ in subs]
        for p in body:
            for m in _PREVIEW.finditer(p):
                for word in filter(None, m.groups()):
                    w = _PROMISED.get(word[:2], word[:2])
                    if not any(re.search(w, h) for h in heads):
                        hits["preview_miss"].append(f"{m.group(0)} | {' / '.join(heads)}")
                        break
    heads = [h for h, _ in parts[1:]]
    if kind in _SAFEGUARDED:
        last_head, last_body = parts[-1]
        n_subs = len(sub_sections(last_body)) or sum(1 for p in last_body if _ITEM.match(p))
        if not _CARRY_OUT.search(last_head) or not 3 <= n_subs <= 5:
            hits["no_safeguards"].append(f"{last_head} ({n_subs} items)")
    elif kind == "work":
        last_head, last_body = parts[-1] if len(parts) > 1 else ("", [])
        subs = [h for h, _ in sub_sections(last_body)]
        if not _CARRY_OUT.search(last_head) and not any(_CARRY_OUT.search(h) and not re.search(r"党|廉", h)
                                                        for h in subs[-2:]):
            hits["no_safeguards"].append(f"{' / '.join(heads)} | last: {' / '.join(subs[-2:])}")
    return hits


def kind_of(name: str) -> str:
    for k in ("annual", "midyear", "special", "work", "pledge", "address"):
        if k in name:
            return k
    return "annual"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("briefs", nargs="*")
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--out")
    ap.add_argument("--drafts")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.drafts:
        files = sorted(Path(args.drafts).glob("b*_s*.txt"))
    else:
        paths = [Path(b) for b in args.briefs] or [ROOT / "bench" / "briefs"]
        briefs = [f for p in paths for f in (sorted(p.glob("*.yaml")) if p.is_dir() else [p])]
        out = Path(args.out or "/tmp/bench_structure")
        out.mkdir(parents=True, exist_ok=True)
        files = []
        for b in briefs:
            for s in args.seeds:
                target = out / f"{b.stem}_s{s}.txt"
                subprocess.run([sys.executable, "-m", "jianggao", "render", str(b), "-o", str(target), "--format", "txt",
                                "--seed", str(s), "--force"], check=True, capture_output=True)
                files.append(target)
    total: Counter[str] = Counter()
    for f in files:
        name = re.sub(r"_s\d+$", "", f.stem)
        hits = measure(f.read_text(encoding="utf-8"), kind_of(name))
        for k, v in hits.items():
            total[k] += len(v)
            if args.show:
                for h in v:
                    print(f"{f.stem}\t{k}\t{h}")
    print(f"{len(files)} drafts")
    for k in KINDS:
        print(f"{k:14} {total[k]}")
    if args.json:
        Path(args.json).write_text(json.dumps(dict(total), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
