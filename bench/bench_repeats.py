"""Repeated ideas in one speech (issue 13, class REP): sentence pairs that say the same thing in other words.

    python bench/bench_repeats.py                        # render bench/briefs/*.yaml at seed 1 (+ seeds 2, 3 of
                                                         # the rich ones), measure, compare with the corpus
    python bench/bench_repeats.py --drafts DIR           # measure the .txt drafts already in DIR
    python bench/bench_repeats.py --show 5 --json out.json
    python bench/bench_repeats.py --check                # the readers' REP pairs: caught or not

Independent of compose's own idea table: every sentence is segmented with jieba (part of speech), reduced to its
content words (nouns, verbs, verbal nouns, abbreviations, idioms) less a stoplist of speech filler (加强 推进 工作
进一步 确保 …), each word weighted by its IDF over the sentences of the real speeches in /work/shared/corpus.  A
few words the readers' pairs say in other words are mapped to one concept (一把手 / 主要负责同志 / 第一责任人; 留得住 /
留得下 / 留住; 坐诊带教 / 派驻 / 下沉): without them word overlap cannot see 「让年轻人愿意来、留得下」 beside
「让基层人才留得住、干得好」.  A pair is flagged when the weight of what the two share is at least SHARED_MIN and at
least OVERLAP_MIN of the lighter sentence's weight: the same idea, said by the shorter sentence almost wholly.

Headings (一、… （一）…) are left out: a heading and its paragraph's first sentence name the same subject by
design.  The thresholds were tuned on the readers' REP examples (reading8.md, reading9.md: all must be caught, see
--check) and on the real speeches (which should show few).  Runs in ~1 min (renders through the CLI).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(60)

HERE = Path(__file__).resolve().parent
CORPUS = next((p for p in (HERE.parent.parent / "shared" / "corpus", Path("/work/shared/corpus")) if p.exists()),
              Path("/work/shared/corpus"))
RICH = ("b01", "b04", "b05", "b08", "b13", "b14", "b22")

# A pair: the summed IDF of the shared features is at least SHARED_MIN and at least OVERLAP_MIN of the lighter
# sentence's weight; or, sharing much (SHARED_MORE: three rare words), at least OVERLAP_LESS of it.
SHARED_MIN = 7.0
OVERLAP_MIN = 0.5
SHARED_MORE = 11.0
OVERLAP_LESS = 0.35
MIN_FEATURES = 1       # a sentence with fewer content words says too little to repeat anything

# The parts of speech kept as content: nouns of every kind, verbs, verbal nouns, abbreviations (医保 医改),
# idioms and set phrases (看病钱), adjectival nouns (安全).
_KEEP = re.compile(r"^(?:n|nz|nr|ns|nt|ng|v|vn|vd|j|l|i|an)$")
# Speech filler: words any sentence of a health speech carries whatever it says.
STOP = frozenset("""
加强 推进 推动 工作 进一步 确保 做好 抓好 落实 完善 健全 建立 提高 提升 开展 实施 坚持 强化 切实 深入 全面 积极 不断
发挥 作用 充分 着力 努力 力争 扎实 持续 继续 大力 认真 严格 规范 注重 重视 要求 实现 形成 保持 促进 抓 做 要 是 有 让
进行 开展 取得 作出 作 抓住 把 为 以 到 在 上 下 好 得 能 能够 可以 不能 必须 应当 需要 同志 同志们 我们 大家 各 单位
部门 机构 方面 问题 情况 任务 重点 工作 水平 能力 体系 机制 制度 建设 发展 管理 服务 措施 举措 政策 项目 目标 责任
全县 全区 全市 全镇 今年 去年 当前 今后 一年 年内 年度 卫生 健康 卫生健康 卫生计生 医疗卫生 群众 人民 人民群众 事业
""".split())
# One concept for the words the readers' pairs use in turn (see the module's docstring), found as substrings of the
# sentence; and compounds jieba cuts in two (基本 / 药物), added whole beside their parts.  Tuned on those pairs.
CONCEPTS = {
    "主责": "一把手|主要负责同志|主要负责人|第一责任人|主要领导|亲自",
    "留人": "留得住|留得下|留住|留下来|留才|留人|引得进|引进来|愿意来|下得去",
    "下沉": "坐诊|带教|派驻|下沉|对口支援|对口帮扶|帮扶|专家团队",
    "资金": "刀刃上|资金|经费",
    "引导": "导向性|引导作用|杠杆作用|基础性",
    "报告": "直报|第一时间报告|上报|研判|迟报|漏报|瞒报|报告",
    "落实": "关键在于落实|狠抓落实|关键在落实|蓝图已经绘就|各项任务已经明确",
    "听汇报": "听取汇报|定期研究|专题研究|亲自研究",
    "台账": "台账|挂图作战|销号|清单化",
    "预警": "预警|早识别|早发现",
    # the twenty-second reading's
    "广告": "医疗广告|机构广告|虚假宣传|虚假广告",
    "就近": "就近|在身边|身边就能|家门口",
    "护理": "优质护理|整体护理|护理服务",
}
COMPOUNDS = ("基本药物 健康管理 母婴安全 健康体检 分级诊疗 家庭医生 适宜技术 定向培养 乡村医生 生育 看病钱 救命钱 "
             "公益性 支付方式 医共体 医联体 村卫生室 公立医院 医保基金 高危孕产妇 儿科 产科").split()
_CONCEPTS = [(c, re.compile(words)) for c, words in CONCEPTS.items()]


@cache
def features(sentence: str) -> frozenset[str]:
    """The content words (or their concepts) of ``sentence``."""
    out = {c for c, words in _CONCEPTS if words.search(sentence)}
    out |= {w for w in COMPOUNDS if w in sentence}
    for w in pseg.cut(sentence):
        word, flag = w.word, w.flag
        if len(word) < 2 or word in STOP or not _KEEP.match(flag):
            continue
        out.add(word)
    return frozenset(out)


_SPLIT = re.compile(r"(?<=[。！？])")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，、]|"
                      r"[0-9]+[、.．])")
# Web-page residue in the corpus's copies (file names, page furniture): not speech.
_JUNK = re.compile(r"docx?|http|文档|客服|下载|转载|新闻|摘要|本站|小编|范文|篇[一二三四五六七八九十]|第\d+页")
_ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]+(?:是|要)")


def sentences(text: str, *, draft: bool = True) -> list[tuple[int, int, str]]:
    """(part, paragraph, sentence) of a speech's body: headings and item heads (一是…。 up to 20 characters) left
    out, sentence end after 。！？."""
    out: list[tuple[int, int, str]] = []
    lines = text.splitlines()
    if draft:
        lines = [ln for ln in lines if not ln.startswith("已生成") and not ln.startswith("自检")]
    if draft:
        # the title block (title, speaker, date) ends where the speech addresses the audience
        start = next((k for k, ln in enumerate(lines[:8]) if ln.strip().endswith("：")), -1)
        lines = [""] * (start + 1) + lines[start + 1:]
    part = 0
    for p, line in enumerate(lines):
        line = line.strip().replace("\u3000", "")
        if not line:
            continue
        if re.match(r"^[一二三四五六七八九十]+、", line):
            part += 1
            if not re.search(r"[。！？]", line):
                continue
        for s in _SPLIT.split(line):
            s = s.strip()
            if not s or _HEADING.match(s) and len(s) <= 40 or _ITEM_HEAD.match(s) and len(s) <= 20:
                continue
            if len(s) < 8 or _JUNK.search(s):
                continue
            out.append((part, p, s))
    return out


def idf_table(texts: list[str]) -> dict[str, float]:
    """IDF of each feature over the sentences of ``texts``."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        for _, _, s in sentences(text, draft=False):
            df.update(features(s))
            n += 1
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()} | {"": math.log(n + 1) + 1}


def weight(feats: frozenset[str], idf: dict[str, float]) -> float:
    default = idf[""]
    return sum(idf.get(w, default) for w in feats)


def similar(a: str, b: str, idf: dict[str, float]) -> tuple[float, float, frozenset[str]]:
    """(shared weight, share of the lighter sentence, shared features)."""
    fa = frozenset(w for w in features(a) if idf.get(w, 1.0) > 0)
    fb = frozenset(w for w in features(b) if idf.get(w, 1.0) > 0)
    if len(fa) < MIN_FEATURES or len(fb) < MIN_FEATURES:
        return 0.0, 0.0, frozenset()
    shared = fa & fb
    if not shared:
        return 0.0, 0.0, shared
    w = weight(shared, idf)
    return w, w / min(weight(fa, idf), weight(fb, idf)), shared


def flagged(w: float, share: float) -> bool:
    return (w >= SHARED_MIN and share >= OVERLAP_MIN) or (w >= SHARED_MORE and share >= OVERLAP_LESS)


# A word in this share of a speech's sentences (at least LOCAL_MIN of them) is its subject (疾病预防控制 in a 疾控
# meeting, 县委 县政府): it says nothing about which idea a sentence states, and is not counted.
LOCAL_SHARE = 0.08
LOCAL_MIN = 6


def pairs_in(text: str, idf: dict[str, float], *, draft: bool = True) -> list[dict]:
    """Every flagged pair of ``text``, with where the two sentences stand (same paragraph, same part, across)."""
    sents = sentences(text, draft=draft)
    local: Counter[str] = Counter()
    for _, _, s in sents:
        local.update(features(s))
    subject = {w for w, c in local.items() if c >= max(LOCAL_MIN, LOCAL_SHARE * len(sents))}
    idf = {**idf, **{w: 0.0 for w in subject}}
    out = []
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            (pa, qa, a), (pb, qb, b) = sents[i], sents[j]
            if a == b:
                continue      # the same sentence twice is the character checks' business
            w, share, shared = similar(a, b, idf)
            if flagged(w, share):
                where = "paragraph" if qa == qb else "part" if pa == pb else "speech"
                out.append({"a": a, "b": b, "where": where, "weight": round(w, 1), "share": round(share, 2),
                            "shared": sorted(shared)})
    return out


def codes_again(text: str, *, draft: bool = True) -> list[tuple[str, str]]:
    """(code, sentence) for each sentence that says again, by compose's own measure codes (compose.ideas.MEASURES:
    the same measure in other words), a measure said before in its part, or a set turn (ideas.ONCE) said before in
    the speech.  Not independent of compose: a second opinion beside the jieba pairs, in the readers' terms."""
    from jianggao.compose.ideas import MEASURES, ONCE, ideas_of
    out: list[tuple[str, str]] = []
    in_speech: set[str] = set()
    in_part: dict[int, set[str]] = {}
    for part, _, s in sentences(text, draft=draft):
        mine = ideas_of(s)
        seen = in_part.setdefault(part, set())
        out += [(x, s) for x in sorted(mine & (MEASURES - ONCE) & seen)]
        out += [(x, s) for x in sorted(mine & ONCE & in_speech)]
        seen |= mine & (MEASURES - ONCE)
        in_speech |= mine & ONCE
    return out


# --- the readers' two rules (reading26.md, "What would most raise the scores", 1) ------------------------------------
# "No key phrase twice within ~300 characters": a key phrase is a run of KEY_RUN Chinese characters that is not the
# vocabulary every sentence of a health speech shares (a run holding 卫生 健康 医疗 工作 …), not a unit's or a
# department's name (县疾控中心 要… twice is two duties), not words of the heading the sentence stands under (its
# subject), and not the speech's own subject (a run in LOCAL_SHARE of its sentences).  A sentence counts once when it
# repeats a key phrase of a sentence that began at most NEAR characters before it.
NEAR = 300
KEY_RUN = 4
_GENERIC = ("卫生", "健康", "医疗", "工作", "群众", "人民", "一步", "各项", "服务", "加强", "推进", "推动", "提高", "提升",
            "完善", "建设", "管理", "能力", "水平", "机制", "制度", "体系", "落实", "开展", "做好", "抓好", "确保", "实现",
            "全县", "全区", "全市", "全镇", "全乡", "今年", "要把", "要加", "进一", "不断", "持续", "切实", "着力")
_UNITS = re.compile(r"各?(?:[县区市旗镇乡]级?)?(?:疾控中心|妇幼保健院|人民医院|中医院|中医医院|卫生监督所|社区卫生服务中心|"
                    r"乡镇卫生院|卫生院|基层医疗卫生机构|医疗卫生机构|医疗机构|助产机构|公立医院|卫生健康局|卫健局|"
                    r"卫生计生局|卫生局|卫生健康委|卫健委|爱卫办|政府)|(?:编办|人社|财政|医保|发改|民政|教育|公安|农业农村|"
                    r"市场监管|住建|城管|生态环境|妇联|残联|宣传)(?:部门|局)?|[县区市镇乡]委")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _runs(sentence: str, skip: str = "") -> set[str]:
    """The key phrases of ``sentence``: its KEY_RUN-character runs of distinctive words (see above)."""
    out: set[str] = set()
    for piece in _HAN.findall(_UNITS.sub("|", sentence)):
        for i in range(len(piece) - KEY_RUN + 1):
            run = piece[i:i + KEY_RUN]
            if any(run[j:j + 2] in _GENERIC for j in range(KEY_RUN - 1)) or run in skip:
                continue
            out.add(run)
    return out


def near_phrases(text: str, *, draft: bool = True) -> list[tuple[str, str, str]]:
    """(phrase, earlier sentence, sentence) for each sentence that says again a key phrase of a sentence at most NEAR
    characters before it (the readers' "no key phrase twice within ~300 characters")."""
    lines = text.splitlines()
    if draft:
        start = next((k for k, ln in enumerate(lines[:8]) if ln.strip().endswith("：")), -1)
        lines = [ln for ln in lines[start + 1:] if not ln.startswith(("已生成", "自检"))]
    placed: list[tuple[int, str, set[str]]] = []
    pos = 0
    heading = ""
    for line in lines:
        line = line.strip().replace("\u3000", "")
        if not line or _JUNK.search(line):
            continue
        for s in _SPLIT.split(line):
            s = s.strip()
            if not s:
                continue
            if _HEADING.match(s) and len(s) <= 40 or _ITEM_HEAD.match(s) and len(s) <= 24:
                heading = s if not _ITEM_HEAD.match(s) else heading + s
                pos += len(s)
                continue
            placed.append((pos, s, _runs(s, heading)))
            pos += len(s)
    counts: Counter[str] = Counter()
    for _, _, runs in placed:
        counts.update(runs)
    subject = {r for r, c in counts.items() if c >= max(LOCAL_MIN, LOCAL_SHARE * len(placed))}
    out = []
    for j, (pj, sj, rj) in enumerate(placed):
        for pi, si, ri in reversed(placed[:j]):
            if pj - pi > NEAR:
                break
            shared = (rj & ri) - subject
            if shared and si != sj:
                out.append((min(shared), si, sj))
                break
    return out


# "No target stated twice": a target is a figure the speech sets (力争由88.1%提高到90%, 力争达到400张); a sentence that
# sets a figure some earlier sentence set is the target stated again.
_TARGET = re.compile(r"(?:力争|目标是|目标为|预期目标|要在|要从)[^。；]*?(?:提高到|提升到|增加到|达到|降到|降至|降低到|下降到|"
                     r"控制在|保持在|稳定在|不低于|不少于|超过)(\d+(?:\.\d+)?(?:%|‰|个百分点|[^\d，。；、\s]{0,3}))")


def targets_twice(text: str) -> list[tuple[str, str]]:
    """(figure, sentence) for each sentence that sets again a target figure an earlier sentence set."""
    seen: set[str] = set()
    out = []
    for s in _SPLIT.split(text.replace("\n", "")):
        figures = set(_TARGET.findall(s))
        out += [(f, s.strip()) for f in sorted(figures & seen)]
        seen |= figures
    return out


# --- the twenty-ninth reading's four causes (REP) --------------------------------------------------------------------
# Counted from the text as printed, with compose's own measures (compose.once, compose.ideas): a second opinion in the
# readers' terms, not independent of compose.
#   restated  a generic line in a subsection that says again what its heading and earlier sentences said
#             (once.says_again: 进一步完善院前急救网络，缩短急救反应时间 after the 急救 measure);
#   homes     a sentence opening with a measure (ideas.MEASURES and once's home codes, not the frame's set turns)
#             another subsection of its part deployed, and no subject of its own (资源下沉 in two subsections, 轮训
#             under 村医 and again under 公共卫生);
#   orders    a department given a duty of the same kind in a later part than the one that first gave it one
#             (财政 in the tasks, 财政 again in the safeguards; once._duties, once._remits);
#   marked    a marked word (once.MARKED: 打折扣, 期盼, 短板 …) again in one paragraph, not after 这些/这种.
_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_PART = re.compile(r"^[一二三四五六七八九十]+、")


def causes(text: str, *, draft: bool = True) -> dict[str, list[str]]:
    """The sentences of ``text`` that show each of the four causes above."""
    from jianggao.compose import once
    from jianggao.compose.ideas import BROAD, MEASURES, ONCE, ideas_of
    codes = (MEASURES | set(once._HOME_CODES)) - ONCE - once._PROCEDURAL
    lines = [ln.strip().replace("\u3000", "") for ln in text.splitlines()]
    if draft:
        start = next((k for k, ln in enumerate(lines[:8]) if ln.endswith("：")), -1)
        lines = [ln for ln in lines[start + 1:] if not ln.startswith(("已生成", "自检", "篇幅"))]
    out: dict[str, list[str]] = {"restated": [], "homes": [], "orders": [], "marked": []}
    part = 0
    before = ""
    sub = 0
    homes: dict[tuple[int, str], int] = {}
    said: dict[int, set[str]] = {}
    ordered: dict[str, dict[str, int]] = {}
    for line in lines:
        if not line or _JUNK.search(line):
            continue
        if _PART.match(line):
            part += 1
            sub = 0
            before = ""
            continue
        sents = [s for s in _SPLIT.split(line) if s.strip()]
        if _SUB.match(line):
            sub += 1
            before = ""
        seen: set[str] = set()
        for k, s in enumerate(sents):
            if k == 0 and _SUB.match(s) or _ITEM_HEAD.match(s) and len(s) <= 24:
                before += s
                continue
            if before and k and once.says_again(s, before):
                out["restated"].append(s)
            before += s
            lead = s.split("，", 1)[0]
            lead_codes = ideas_of(lead) | {c for c, pat in once._HOME_CODES.items() if pat.search(lead)}
            fresh = (ideas_of(lead) - said.get(part, set())) - BROAD     # a subject of its own: not that measure
            if sub and not fresh and any(x in codes and homes.get((part, x), sub) != sub for x in lead_codes):
                out["homes"].append(s)
            for x in ideas_of(s) | {c for c, pat in once._HOME_CODES.items() if pat.search(s)}:
                if x in codes and sub:
                    homes.setdefault((part, x), sub)
            said.setdefault(part, set()).update(ideas_of(s))
            for depts, piece in once._duties(s):
                kinds = once._remits(piece) or frozenset({""})
                for d in depts:
                    had = ordered.setdefault(d, {})
                    if any(had.get(kind, part) < part for kind in kinds):
                        out["orders"].append(s)
                    for kind in kinds:
                        had.setdefault(kind, part)
            for m in once._MARKED.finditer(s):
                if s[max(0, m.start() - 2):m.start()] in ("这些", "这种", "这个", "这一"):
                    continue
                if m.group(0) in seen:
                    out["marked"].append(s)
                seen.add(m.group(0))
    return out


# --- the round 35 readers' repeats (issue 13: one idea once) -----------------------------------------------------------
# Counted from the text as printed with compose's own content measure (compose.ideas.content_pairs: a sentence's
# character pairs less the words any sentence carries), so a second opinion beside the jieba pairs, in the readers' terms:
#   content   a sentence of a subsection whose content one earlier sentence of that subsection (its heading and item
#             heads among them) mostly holds, or a clause of it wholly (增加普惠托育服务供给 after 增加普惠性托育服务供给;
#             要加强基层中医药服务能力建设 after 实施基层中医药服务能力提升工程);
#   heading   a heading or item head said again by the next sentence's first clause (一是加强重点传染病防治。加强重点传染病
#             防治，…);
#   guidance  the guidance studied (学习贯彻党的十八大和十八届三中全会精神) said again after the first time;
#   rationed  a set phrase beyond its ration in the speech (compose.once.RATIONED: 毫不放松, 少跑腿/少排队, 落到实处).
def round35(text: str, *, draft: bool = True) -> dict[str, list[str]]:
    """The sentences of ``text`` that show each of the round 35 readers' repeats above."""
    from jianggao.compose import once
    from jianggao.compose.ideas import CLAUSE_MIN_PAIRS, SAME_MIN_PAIRS, SENTENCE_SAME, content_pairs, same_idea
    lines = [ln.strip().replace("\u3000", "") for ln in text.splitlines()]
    if draft:
        start = next((k for k, ln in enumerate(lines[:8]) if ln.endswith("：")), -1)
        lines = [ln for ln in lines[start + 1:] if not ln.startswith(("已生成", "自检", "篇幅"))]
    out: dict[str, list[str]] = {"content": [], "heading": [], "guidance": [], "rationed": []}
    before: list[frozenset[str]] = []
    studied = 0
    rationed = {w: 0 for w in once.RATIONED}
    for line in lines:
        if not line or _JUNK.search(line):
            continue
        if _PART.match(line) or _SUB.match(line):
            before = []
        head = ""
        for s in (s for s in _SPLIT.split(line) if s.strip()):
            for words, (most, _) in once.RATIONED.items():
                n = len(re.findall(words, s))
                if n and rationed[words] + n > most:
                    out["rationed"].append(s)
                rationed[words] += n
            if once._STUDY.search(s):
                studied += 1
                if studied > 1:
                    out["guidance"].append(s)
            is_head = (_SUB.match(s) or _PART.match(s) or _ITEM_HEAD.match(s)) and len(s) <= 40
            if head and not is_head:
                first = s.split("，", 1)[0]
                if len(content_pairs(first)) >= SAME_MIN_PAIRS and same_idea(first, content_pairs(head)):
                    out["heading"].append(s)
            mine = content_pairs(s)
            if not is_head and not _DIGIT.search(s) and len(mine) >= SAME_MIN_PAIRS and (
                    any(len(mine & b) >= SENTENCE_SAME * len(mine) for b in before)
                    or any(not _DIGIT.search(c) and len(content_pairs(c)) >= CLAUSE_MIN_PAIRS
                           and any(same_idea(c, b) for b in before) for c in re.split(r"[，；]", s.rstrip("。！？")))):
                out["content"].append(s)
            head = s if is_head else ""
            before.append(mine)
    return out


_DIGIT = re.compile(r"\d")


def body_chars(text: str) -> int:
    return sum(len(s) for _, _, s in sentences(text))


# --- the readers' pairs ----------------------------------------------------------------------------------------------
READERS = [
    ("守牢母婴安全底线。", "今年的重点是保障母婴安全。"),
    ("守牢母婴安全底线。", "母婴安全是底线工作，任何时候都不能放松。"),
    ("要深化医保支付方式改革，发挥医保对医疗服务行为的引导作用。", "充分发挥医保的基础性、导向性作用。"),
    ("让年轻人愿意来、留得下。", "让基层人才留得住、干得好。"),
    ("加强传染病疫情的分析研判，发现聚集性病例要第一时间报告。",
     "医疗机构接诊发现传染病病例，要按规定时限网络直报，坚决杜绝迟报、漏报、瞒报。"),
    ("医疗机构接诊发现传染病病例，要按规定时限网络直报。", "监测、报告、处置各个环节都要有人盯、有人管。"),
    ("确保有限的资金用在刀刃上。", "确保资金用在刀刃上。"),
    ("确保资金用在刀刃上。", "加强专项资金检查力度，坚决防止专项资金的不当支出。"),
    ("各项任务已经明确，能否完成，关键在于落实。", "蓝图已经绘就，号角已经吹响，关键在于狠抓落实。"),
    ("各单位一把手是第一责任人，要亲自研究、亲自部署、亲自推动。", "主要负责同志定期听取汇报。"),
    ("推动上级医院专家定期到基层坐诊带教。", "医共体牵头医院要向成员单位派驻管理和技术骨干。"),
    ("坚持公立医院公益性。", "引导公立医院回归公益性。"),
    ("完善村卫生室布局。", "村卫生室建设要因地制宜，人口较多的村单独设置，人口较少的村可以联合设置。"),
    ("完善监测预警机制，提高早期发现和快速处置能力。", "做到风险早识别、早预警、早处置。"),
    ("加强儿科和产科建设。", "要切实加强儿科建设，改善儿科诊疗环境。"),
    ("完善人才引进、培养、使用、激励机制。", "做到引进一个、留住一个、用好一个。"),
    ("我们要对重点任务建立工作台账，实行挂图作战、销号管理。", "发现问题就建立台账，整改一项、销号一项。"),
    ("要进一步落实好各项生育支持措施。", "进一步落实生育政策配套措施。"),
    ("我们要推广中医适宜技术。", "推广中医药适宜技术。"),
    ("开展老年人健康管理。", "做实老年人健康体检和健康管理服务。"),
    ("要进一步巩固完善基本药物制度，保障基层常用药品供应。", "全面配备和优先使用基本药物。"),
    ("完善医保基金监管机制，守好群众的看病钱、救命钱。", "管好用好群众的看病钱、救命钱。"),
    # the twenty-second reading (reading22.md, REP): one measure two or three times in an item or across items
    ("规范医疗机构广告和诊疗信息发布，维护群众的知情权和选择权。", "要规范医疗广告发布，严厉查处虚假宣传、夸大疗效等行为。"),
    ("打通院前急救和院内救治的信息。", "加强院前院内衔接，提高急诊急救的反应速度和救治成功率。"),
    ("疫苗管理要做到进货、储存、接种全程可追溯。", "疫苗从入库、储存到接种的每一个环节都要有记录、可追溯。"),
    ("让群众就近享受中医药服务。", "使群众在身边就能用上中医药。"),
    ("推动优质护理服务向基层延伸。", "推行责任制整体护理，提高护理服务质量。"),
    ("医疗机构要把慢性病患者的住院诊疗和出院后的随访衔接起来。", "要进一步做好出院患者随访和健康指导。"),
    ("加强高危孕产妇筛查评估和分级管理。", "对高危孕产妇，要做到早筛查、早识别、早干预。"),
    ("医联体牵头医院要统筹床位、号源和设备，为基层转诊患者开通绿色通道。", "牵头医院的专家、设备要真正向成员单位开放。"),
]
# What the readers count as one thing said again (REP): measures and turns, not the brief's figures said where they are
# reviewed and again where they are targeted, nor a problem named and then referred back to (前面讲到的…) to be answered.
_NOT_REP = re.compile(r"\d|讲到的|这些问题|问题突出表现在|问题主要有|主要有以下问题")


def check(idf: dict[str, float]) -> int:
    missed = 0
    for a, b in READERS:
        w, share, shared = similar(a, b, idf)
        ok = flagged(w, share)
        missed += not ok
        print(f"{'caught' if ok else 'MISSED'}  {w:5.1f} {share:4.2f}  {a} / {b}  {sorted(shared)}")
    print(f"{len(READERS) - missed}/{len(READERS)} readers' pairs caught")
    return missed


# --- corpus and drafts -----------------------------------------------------------------------------------------------
def corpus_speeches() -> list[tuple[str, str]]:
    """(name, text) of the real speeches: 004 is a web page of several (…篇一, 篇二), cut apart; 001 is a machine
    rewording of another and is left out."""
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        if path.name.startswith("001"):
            continue
        text = path.read_text(encoding="utf-8")
        parts = re.split(r"\n[^\n]{0,30}篇[一二三四五六七八九十]+\s*\n", text)
        for k, part in enumerate(parts):
            if len(part) > 1500:
                out.append((f"{path.name[:3]}.{k}", part))
    return out


_LENGTH = re.compile(r"正文\s*([0-9,]+)\s*字，目标约\s*([0-9,]+)\s*字")
LENGTHS: dict[str, float] = {}


def render(jianggao: str, brief: Path, seed: int, outdir: Path) -> Path:
    """Render ``brief`` at ``seed`` into ``outdir``; the length reached against the target goes in LENGTHS."""
    out = outdir / f"{brief.stem[:3]}_s{seed}.txt"
    done = subprocess.run([*jianggao.split(), "render", str(brief), "--format", "txt", "-o", str(out), "--force",
                           "--seed", str(seed)], check=True, capture_output=True, text=True)
    m = _LENGTH.search(done.stdout + done.stderr)
    if m:
        LENGTHS[out.stem] = int(m.group(1).replace(",", "")) / int(m.group(2).replace(",", ""))
    return out


# --- the round 38 readers' repeats (issue 13) -------------------------------------------------------------------------
# Counted from the text as printed, in the readers' terms:
#   shapes   a run of three or more result clauses running in one shape ("达到…%，同比提高…个百分点" ten times in a row);
#   names    a long name (compose.once.SHORT_FORMS) said in full a third time in one paragraph;
#   images   an image (compose.once.IMAGES: a guard held, a chain of 早…) drawn again in one subsection.
_SHAPE_PLAIN = re.compile(r"(?:达到|降至)[\d.]+[^，。；\d]{0,4}，(?:同比|比上年|较上年)(?:提高|增长|增加|下降|减少)[\d.]")
_SHAPE_FIRST = re.compile(r"(?:同比|比上年|较上年)(?:提高|增长|增加|下降|减少)[\d.]+[^，。；]{0,6}，(?:达到|降至)[\d.]")
_SHAPE_BARE = re.compile(r"(?:达到|降至)[\d.]+[^，。；\d]{0,4}，(?:提高|增长|增加|下降|减少)[\d.]")
_SHAPES = re.compile(f"{_SHAPE_PLAIN.pattern}|{_SHAPE_FIRST.pattern}|{_SHAPE_BARE.pattern}")


def round38(text: str) -> dict[str, list[str]]:
    """The paragraphs or sentences of ``text`` that show each of the round 38 readers' repeats above."""
    from jianggao.compose.once import IMAGES, SHORT_FORMS
    out: dict[str, list[str]] = {"shapes": [], "names": [], "images": []}
    seen: set[str] = set()
    for line in text.splitlines():
        line = line.strip().replace("\u3000", "")
        if _PART.match(line) or _SUB.match(line):
            seen = set()
        kinds = ["plain" if _SHAPE_PLAIN.match(m.group(0)) else "first" if _SHAPE_FIRST.match(m.group(0)) else "bare"
                 for m in _SHAPES.finditer(line)]
        if any(kinds[k:k + 3] == [kinds[k]] * 3 for k in range(len(kinds) - 2)):
            out["shapes"].append(line[:80])
        rest = line
        for long, _ in SHORT_FORMS:
            if rest.count(long) > 2:
                out["names"].append(long)
            rest = rest.replace(long, "|")
        for s in _SPLIT.split(line):
            for kind, pat in IMAGES.items():
                if pat.search(s):
                    if kind in seen:
                        out["images"].append(s)
                    seen.add(kind)
    return out


# The round 39 readers' repeats (issue 13): a heading said again by what follows it, a same point kept in a paragraph,
# and the verbal tics a blind reader hears first.
_ITEM = re.compile(r"^[一二三四五六七八九十]+是")
_LEADING = re.compile(r"^(?:(?:今年|年内|下半年|明年|同时|还|我们|全[县区市旗镇]|各地)?(?:要|必须|还要|要进一步|要切实|要着力|要持续|"
                      r"进一步|切实|着力|持续))+")
# the subject a sentence opens on, ended by its duty's verb (城市管理部门要…, 合管办配合…)
_OPENING_SUBJECT = re.compile(r"^([^，。；：、“”]{2,14}?)(?:要|将|必须|应|须|负责|牵头|配合|会同|还要|也要)")
# the marked words a paragraph may say twice but not three times, a part three times but not four (compose.tics)
_TIC_WORDS = ("要着力", "要切实", "要进一步", "着力", "切实", "扎实", "广泛", "大力", "全力", "深入", "持续", "贵在", "重在",
              "关键在", "就能", "才能")


def _echo(head: str, clause: str) -> bool:
    """Whether ``clause`` says ``head`` again (compose.once.says_head_again: most of each one's character pairs in the
    other, or, opening on a duty's verb, the same content words: 加强疫苗接种规范化管理 / 加强预防接种规范化管理)."""
    from jianggao.compose.once import says_head_again
    return says_head_again(head, clause)

R39_KEYS = ("item_echo", "sub_echo", "item_sub", "same_kept", "subject_twice", "tic_para", "tic_part")


def round39(text: str) -> dict[str, list[str]]:
    """What of the round 39 readers' repeats ``text`` shows: a heading echoed by its first clause (item, subsection,
    an item under a subsection restating it), pairs of one paragraph compose.samepoint calls one point (kept), two
    sentences in a row opening on one subject, and a marked word said a third time in a paragraph or a fourth in a part."""
    from jianggao.compose import samepoint
    from jianggao.compose.once import restates
    out: dict[str, list[str]] = {"item_echo": [], "sub_echo": [], "item_sub": [], "same_kept": [], "subject_twice": [],
                                 "tic_para": [], "tic_part": []}
    part_counts: Counter[str] = Counter()
    sub = ""
    for line in text.splitlines():
        line = line.strip().replace("\u3000", "")
        if not line:
            continue
        if _PART.match(line):
            part_counts = Counter()
            sub = ""
            line = line[_PART.match(line).end():]
            sentences = [s for s in _SPLIT.split(line) if s]
            sentences = sentences[1:]        # a part's heading (it carries no 。 in the draft: the line is the heading)
            if not sentences:
                continue
        else:
            sentences = [s for s in _SPLIT.split(line) if s]
        m = _SUB.match(line)
        heads: list[str] = []
        if m:
            sub = sentences[0][m.end():].rstrip("。")
            heads.append(sub)
            body = sentences[1:]
            if body and not _ITEM.match(body[0]) and _echo(sub, body[0].partition("，")[0]):
                out["sub_echo"].append(sentences[0] + body[0][:40])
        else:
            body = sentences
        for k, s in enumerate(body):
            im = _ITEM.match(s)
            if im:
                head = s[im.end():].rstrip("。")
                heads.append(head)
                if sub and restates(head, sub, ()):
                    out["item_sub"].append(sub + " / " + s[:40])
                if k + 1 < len(body) and not _ITEM.match(body[k + 1]) and _echo(head, body[k + 1].partition("，")[0]):
                    out["item_echo"].append(s + body[k + 1][:40])
        subject = frozenset(f for h in heads for f in samepoint.forms(h))
        plain = [s for s in body if not _ITEM.match(s)]
        for k, s in enumerate(plain):
            if k and not re.search(r"\d", s) and any(samepoint.same(s, plain[j], subject) for j in range(k)):
                out["same_kept"].append(s[:60])
            a, b = _OPENING_SUBJECT.match(s), _OPENING_SUBJECT.match(plain[k + 1]) if k + 1 < len(plain) else None
            if a and b and a.group(1) == b.group(1) and not _LEADING.match(a.group(0)):
                out["subject_twice"].append(a.group(1) + ": " + plain[k + 1][:40])
        para_counts: Counter[str] = Counter()
        for s in sentences:
            rest = s
            for w in _TIC_WORDS:
                n = rest.count(w)
                rest = rest.replace(w, "|")
                para_counts[w] += n
                part_counts[w] += n
        out["tic_para"] += [w for w, n in para_counts.items() if n > 2]
        out["tic_part"] += [w for w, n in part_counts.items() if n == 4 and para_counts[w]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, help="measure the .txt drafts in this folder instead of rendering")
    beside = Path(sys.executable).with_name("jianggao")
    ap.add_argument("--jianggao", default=str(beside) if beside.exists() else f"{sys.executable} -m jianggao",
                    help="the command to render with (default: the jianggao beside this python)")
    ap.add_argument("--keep", type=Path, help="keep the rendered drafts here")
    ap.add_argument("--show", type=int, default=0, help="list up to N pairs per draft")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--check", action="store_true", help="only the readers' pairs")
    ap.add_argument("--codes", action="store_true",
                    help="also count measures said again by compose's own measure codes (compose.ideas.MEASURES, ONCE)")
    args = ap.parse_args(argv)

    corpus = corpus_speeches()
    idf = idf_table([t for _, t in corpus])
    if args.check:
        return 1 if check(idf) else 0

    if args.drafts:
        drafts = sorted(args.drafts.glob("*.txt"))
    else:
        outdir = args.keep or Path(tempfile.mkdtemp(prefix="repeats-"))
        outdir.mkdir(parents=True, exist_ok=True)
        jobs = [(b, 1) for b in sorted((HERE / "briefs").glob("b*.yaml"))]
        jobs += [(b, s) for b in sorted((HERE / "briefs").glob("b*.yaml")) if b.stem[:3] in RICH for s in (2, 3)]
        with ThreadPoolExecutor(2) as pool:
            drafts = list(pool.map(lambda j: render(args.jianggao, j[0], j[1], outdir), jobs))

    report: dict = {"drafts": {}, "corpus": {}}
    print(f"{'draft':10} {'chars':>6} {'pairs':>5} {'/1000':>6}  paragraph part speech  rep  length/target")
    rows = []
    for path in drafts:
        text = path.read_text(encoding="utf-8")
        found = pairs_in(text, idf)
        chars = body_chars(text)
        where = Counter(p["where"] for p in found)
        rep = [p for p in found if not _NOT_REP.search(p["a"] + p["b"])]
        rows.append((path.stem, chars, len(found), sum(p["where"] != "speech" for p in found), len(rep)))
        report["drafts"][path.stem] = {"chars": chars, "pairs": found, "rep_pairs": len(rep)}
        print(f"{path.stem:10} {chars:6} {len(found):5} {1000 * len(found) / max(chars, 1):6.2f}  "
              f"{where['paragraph']:9} {where['part']:4} {where['speech']:6}  {len(rep):4} "
              f"{LENGTHS[path.stem] if path.stem in LENGTHS else float('nan'):.3f}")
        for p in found[:args.show]:
            print(f"      [{p['where']}] {p['a'][:60]} / {p['b'][:60]}  {p['shared']}")
    seed1 = [r for r in rows if r[0].endswith("_s1")] or rows
    rich = [r for r in rows if r[0][:3] in RICH]
    cpairs = cchars = cnear = crep = 0
    for name, text in corpus:
        found = pairs_in(text, idf, draft=False)
        chars = body_chars(text)
        cpairs += len(found)
        crep += sum(1 for p in found if not _NOT_REP.search(p["a"] + p["b"]))
        cnear += sum(p["where"] != "speech" for p in found)
        cchars += chars
        report["corpus"][name] = {"chars": chars, "pairs": found}
        for p in found[:args.show]:
            print(f"      corpus {name} [{p['where']}] {p['a'][:60]} / {p['b'][:60]}  {p['shared']}")

    def line(label: str, rs: list) -> str:
        n, c, near, rep = sum(r[2] for r in rs), sum(r[1] for r in rs), sum(r[3] for r in rs), sum(r[4] for r in rs)
        return f"{label}: {n / max(len(rs), 1):.2f} pairs per speech, {1000 * n / max(c, 1):.2f} per 1,000 chars; " \
               f"within one part {near / max(len(rs), 1):.2f} per speech, {1000 * near / max(c, 1):.2f} per 1,000; " \
               f"the readers' kind (no figure, no back-reference) {1000 * rep / max(c, 1):.2f} per 1,000 " \
               f"({len(rs)} drafts)"
    print(line("all 28 briefs, seed 1", seed1))
    print(line("rich briefs, seeds 1-3", rich))
    rich_lengths = sorted((v, k) for k, v in LENGTHS.items() if k[:3] in RICH)
    if rich_lengths:
        print(f"rich briefs' length / target: lowest {rich_lengths[0][0]:.3f} ({rich_lengths[0][1]}), "
              f"highest {rich_lengths[-1][0]:.3f} ({rich_lengths[-1][1]})")
    if args.codes:
        again = {path.stem: codes_again(path.read_text(encoding="utf-8")) for path in drafts}
        seed1_names = {r[0] for r in seed1}
        n1 = sum(len(v) for k, v in again.items() if k in seed1_names)
        c1 = sum(r[1] for r in seed1)
        ccodes = sum(len(codes_again(text, draft=False)) for _, text in corpus)
        top = Counter(x for k, v in again.items() if k in seed1_names for x, _ in v).most_common(8)
        print(f"measure codes said again (part) or set turns again (speech), seed 1: {n1 / max(len(seed1), 1):.2f} per "
              f"speech, {1000 * n1 / max(c1, 1):.2f} per 1,000; corpus {1000 * ccodes / max(cchars, 1):.2f} per 1,000; "
              f"most: {', '.join(f'{x} {n}' for x, n in top)}")
        report["codes"] = {k: v for k, v in again.items()}
        near = {path.stem: near_phrases(path.read_text(encoding="utf-8")) for path in drafts}
        twice = {path.stem: targets_twice(path.read_text(encoding="utf-8")) for path in drafts}
        n_near = sum(len(v) for k, v in near.items() if k in seed1_names)
        n_twice = sum(len(v) for k, v in twice.items() if k in seed1_names)
        c_near = sum(len(near_phrases(text, draft=False)) for _, text in corpus)
        print(f"key phrase again within {NEAR} chars, seed 1: {n_near / max(len(seed1), 1):.2f} per speech, "
              f"{1000 * n_near / max(c1, 1):.2f} per 1,000; corpus {1000 * c_near / max(cchars, 1):.2f} per 1,000")
        print(f"target stated twice, seed 1: {n_twice} in {len(seed1)} drafts "
              f"({sum(1 for k, v in twice.items() if k in seed1_names and v)} drafts with one)")
        for k in sorted(near):
            for phrase, a, b in near[k][:args.show]:
                print(f"      near {k} [{phrase}] {a[:50]} / {b[:50]}")
            for fig, s in twice[k][:args.show]:
                print(f"      target {k} [{fig}] {s[:70]}")
        report["near"], report["targets_twice"] = near, twice
        report["summary_codes"] = {"near_per_1000": 1000 * n_near / max(c1, 1),
                                   "corpus_near_per_1000": 1000 * c_near / max(cchars, 1), "targets_twice": n_twice}
    r35 = {path.stem: round35(path.read_text(encoding="utf-8")) for path in drafts}
    total35 = sum(r[1] for r in rows)
    c35 = {name: round35(text, draft=False) for name, text in corpus}
    print("the round 35 readers' repeats, per 1,000 chars (drafts | corpus): " + "; ".join(
        f"{key} {1000 * sum(len(v[key]) for v in r35.values()) / max(total35, 1):.2f} | "
        f"{1000 * sum(len(v[key]) for v in c35.values()) / max(cchars, 1):.2f}"
        for key in ("content", "heading", "guidance", "rationed")) + f" ({len(drafts)} drafts)")
    for k in sorted(r35):
        for key, sents in r35[k].items():
            for s in sents[:args.show]:
                print(f"      {key} {k}: {s[:70]}")
    report["round35"] = r35
    r38 = {path.stem: round38(path.read_text(encoding="utf-8")) for path in drafts}
    print("the round 38 readers' repeats, in all drafts (drafts with one): " + "; ".join(
        f"{key} {sum(len(v[key]) for v in r38.values())} ({sum(1 for v in r38.values() if v[key])})"
        for key in ("shapes", "names", "images")) + f" ({len(drafts)} drafts)")
    for k in sorted(r38):
        for key, found in r38[k].items():
            for x in found[:args.show]:
                print(f"      {key} {k}: {x[:70]}")
    report["round38"] = r38
    r39 = {path.stem: round39(path.read_text(encoding="utf-8")) for path in drafts}
    print("the round 39 readers' repeats and tics, in all drafts (drafts with one): " + "; ".join(
        f"{key} {sum(len(v[key]) for v in r39.values())} ({sum(1 for v in r39.values() if v[key])})"
        for key in R39_KEYS) + f" ({len(drafts)} drafts)")
    for k in sorted(r39):
        for key, found in r39[k].items():
            for x in found[:args.show]:
                print(f"      {key} {k}: {x[:70]}")
    report["round39"] = r39
    found4 = {path.stem: causes(path.read_text(encoding="utf-8")) for path in drafts}
    total = sum(r[1] for r in rows)
    c4 = {name: causes(text, draft=False) for name, text in corpus}
    print("the twenty-ninth reading's causes, per 1,000 chars (drafts | corpus): " + "; ".join(
        f"{key} {1000 * sum(len(v[key]) for v in found4.values()) / max(total, 1):.2f} | "
        f"{1000 * sum(len(v[key]) for v in c4.values()) / max(cchars, 1):.2f}"
        for key in ("restated", "homes", "orders", "marked")) + f" ({len(drafts)} drafts)")
    for k in sorted(found4):
        for key, sents in found4[k].items():
            for s in sents[:args.show]:
                print(f"      {key} {k}: {s[:70]}")
    report["causes"] = found4
    print(f"corpus: {cpairs / len(corpus):.2f} pairs per speech, {1000 * cpairs / max(cchars, 1):.2f} per 1,000 chars; "
          f"within one part {cnear / len(corpus):.2f} per speech, {1000 * cnear / max(cchars, 1):.2f} per 1,000; "
          f"the readers' kind {1000 * crep / max(cchars, 1):.2f} per 1,000 ({len(corpus)} speeches, {cchars} chars)")
    report["summary"] = {"corpus_near_per_1000": 1000 * cnear / max(cchars, 1),
                         "seed1_near_per_speech": sum(r[3] for r in seed1) / max(len(seed1), 1),
                         "seed1_per_speech": sum(r[2] for r in seed1) / max(len(seed1), 1),
                         "seed1_per_1000": 1000 * sum(r[2] for r in seed1) / max(sum(r[1] for r in seed1), 1),
                         "rich_per_speech": sum(r[2] for r in rich) / max(len(rich), 1),
                         "corpus_per_1000": 1000 * cpairs / max(cchars, 1),
                         "seed1_rep_per_1000": 1000 * sum(r[4] for r in seed1) / max(sum(r[1] for r in seed1), 1),
                         "corpus_rep_per_1000": 1000 * crep / max(cchars, 1)}
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
