"""The same point in other words, judged by what a sentence is about and what it asks (rep30, the readers' REP).

samepoint weighs the later sentence's content words the earlier one holds; a paraphrase that names its object and act
in other company holds under its bar (家庭医生团队要按照签约协议做好随访… / 签约对象的…慢病随访由签约团队统一负责:
0.38 of 0.4).  A point is an act on an object: two sentences that share an act (compose.actions: 随访, 考核, 配备) and
an object (签约团队, 急救车辆), the heading's words aside, and hold POINT_SHARE of the later one's weight between
them, say one point.  Acts and objects are both needed: an object alone is a paragraph developing its subject (孕产妇
… 孕产妇), an act alone is the speech's way of asking (评估 … 评估).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence, Set
from functools import lru_cache

from ..model.speech import Block, Heading
from . import actions, samepoint

# The later sentence's weight the earlier holds, with an act and an object said in both (set on the readers' pairs:
# 0.28–0.38 held; and on the corpus's adjacent sentences, tests/compose/test_points.py).
POINT_SHARE = 0.35
# … and the later sentence weighs at least this (a sentence of two light words says too little to judge).
POINT_WEIGHT = 10.0
# The later of two same-point sentences stays, and the earlier goes, where the later weighs this many times the earlier
# (要做实老年人健康体检和健康管理服务 after 老年人健康管理要做实做细: the fuller one says what is meant) …
POINT_FULLER = 1.5
# … and holds this much of the earlier's weight: it says all the earlier said, and more.  A weight ratio alone drifts
# with the wording data (samepoint's weights are read off it): a paraphrase that adds other words (签约对象的健康档案、
# 慢病随访由签约团队统一负责 after 家庭医生团队要按照签约协议做好随访…, 0.77 held) sat at 1.49-1.76 times its
# earlier as wordings came and went, where the fuller saying (急救车辆、车载设备和随车人员要按标准配齐，调度指挥… after
# 急救车辆和车载设备要按标准配备) holds all of it.
FULLER_HOLDS = 0.9
_POINTS_AHEAD = re.compile(r"下面|以下|如下|[一二三四五六七八九十两几]点意见|[讲谈说][一二三四五六七八九十两几]点|：$")
_DIGIT = re.compile(r"\d")
# A numbered item keeps this many sentences of its own when one goes as a point said again.
ITEM_KEEPS = 3
# An item's head (一是…): its words are the subject of every sentence under it.
ITEM_HEAD = re.compile(r"^[一二三四五六七八九十]+是")
# The bodies that do the work (卫生院, 合管办, 疾控中心, 医务人员): every duty of a paragraph names one, so a body said in both
# is no object of one point (the corpus: 县卫生局要加强对乡镇合管办人员的培训 / 乡镇合管办主任要发挥协调作用).
_BODY = re.compile(r".*(?:院|室|局|委|办|所|站|中心|机构|部门|单位|乡镇|街道|社区|政府|党委|同志|干部|职工|人员|医生|村医|"
                   r"队伍)|医疗|基层")


# Names a speech gives one object by turns (fit31; the corpus: 人民医院医疗集团要种好医联体这块试验田; a county's 医疗集团 is
# its 医共体; the 签约医生 is the 家庭医生, his 签约团队 the 家庭医生团队): each said as the first of its group before two
# sentences are weighed, so one said where the other was is the object said again.  (牵头医院 is the body that leads
# the group, not the group: it stays.)  Longer names first.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("医共体", "医疗共同体", "医疗卫生共同体", "医疗集团", "医联体", "医疗联合体"),
    ("家庭医生团队", "签约服务团队", "签约团队"),
    ("家庭医生", "签约医生"),
)
_OTHER_NAME = re.compile("|".join(sorted((n for names in SYNONYMS for n in names[1:]), key=len, reverse=True)))
_FIRST_NAME = {n: names[0] for names in SYNONYMS for n in names[1:]}


@lru_cache(maxsize=16384)
def one_name(text: str) -> str:
    """``text`` with each SYNONYMS object called by the first of its names (kept per text: a speech's ~360 sentences are
    asked ~8,500 times, once for each pair same_point weighs)."""
    return _OTHER_NAME.sub(lambda m: _FIRST_NAME[m.group(0)], text)


def held(later: str, earlier: str, skip: Set[str] = frozenset()) -> tuple[float, float, bool, bool]:
    """(the later sentence's weight, the part of it the earlier holds, an act held, an object held), the words that
    meet ``skip`` (the heading's and item head's forms) not counted; an object the earlier names by another of its
    names (SYNONYMS) is held."""
    acts = actions.actions()
    later, earlier = one_name(later), one_name(earlier)
    mine = [(w, v, inner) for w, (v, inner) in samepoint.words(later).items() if v > 0.0 and inner.isdisjoint(skip)]
    total = sum(v for _, v, _ in mine)
    if not total:
        return 0.0, 0.0, False, False
    theirs = samepoint.forms(earlier)
    shared = [(w, v) for w, v, inner in mine if not inner.isdisjoint(theirs)]
    # (an act is said in both when the earlier says it as a word of its own: 生育 inside 计划生育 is the object's name)
    their_words = samepoint.words(earlier)
    return (total, sum(v for _, v in shared) / total, any(w in acts and w in their_words for w, _ in shared),
            any(w not in acts and not _BODY.fullmatch(w) for w, _ in shared))


def same_point(later: str, earlier: str, skip: Set[str] = frozenset()) -> bool:
    """Whether ``later`` makes ``earlier``'s point again: samepoint's judgement, or an act and an object of it said in
    ``earlier`` holding POINT_SHARE of its weight."""
    if samepoint.forms(one_name(later)).isdisjoint(samepoint.forms(one_name(earlier))):
        return False
    if samepoint.same(later, earlier, skip):
        return True
    total, part, act, thing = held(later, earlier, skip)
    return act and thing and total >= POINT_WEIGHT and part >= POINT_SHARE


def points_said(parts: list[list[list[str]]], shells: list[list[Block]]
                ) -> Iterator[tuple[int, int, int, int, int, frozenset[str]]]:
    """Each same-point pair of the speech as it stands: (part, paragraph, sentence, earlier paragraph, earlier
    sentence, the heading words set aside).  The earlier sentence is of the same item, or of the paragraph before under
    the same heading (two items running: 有计划地选派年轻医生到上级医院进修学习 / 每年选派业务骨干到上级医院进修学习).
    Item heads (一是…) are the subject, not asked; nor a sentence that points ahead, nor one that carries a figure."""
    for i, (part, shell) in enumerate(zip(parts, shells, strict=True)):
        heading: frozenset[str] = frozenset()
        neighbour: list[tuple[int, int, str]] = []      # the item (or paragraph) before, under the same heading
        current: list[tuple[int, int, str]] = []
        for j, (para, block) in enumerate(zip(part, shell, strict=True)):
            if isinstance(block, Heading):
                if block.level <= 2:
                    heading = samepoint.forms(block.text)
                neighbour = current = []
            else:
                neighbour, current = current or neighbour, []
            skip = heading
            for k, s in enumerate(para):
                if ITEM_HEAD.match(s):
                    skip = heading | samepoint.forms(s)
                    neighbour, current = current or neighbour, []
                    continue
                if not _POINTS_AHEAD.search(s) and not _DIGIT.search(s):
                    hit = next(((a, b) for a, b, e in current + neighbour if same_point(s, e, skip)), None)
                    if hit:
                        yield i, j, k, hit[0], hit[1], skip
                current.append((j, k, s))


def _item_spares(para: list[str], k: int) -> bool:
    """Whether the numbered item sentence ``k`` stands in keeps ITEM_KEEPS sentences of its own without it (a brief's
    item is said in three measures: test_briefed_measures' 完善院前急救网络 lost its third); a sentence of no item may
    go."""
    head = next((h for h in range(k, -1, -1) if ITEM_HEAD.match(para[h])), None)
    if head is None:
        return True
    end = next((h for h in range(head + 1, len(para)) if ITEM_HEAD.match(para[h])), len(para))
    return end - head - 2 >= ITEM_KEEPS


def spoken_before(sentence: str) -> bool:
    """Whether ``sentence`` says who spoke before and what they gave (刚才，…同志作了…): a report of the meeting, no order
    and no point of the speech's own."""
    return sentence.startswith("刚才，") and "同志" in sentence


def points_once(parts: list[list[list[str]]], shells: list[list[Block]], keep: Sequence[str],
                take: Callable[[str], bool], may_go: Callable[[list[str], int, Sequence[str]], bool],
                swap: Callable[[int, str, list[str], str], str | None] | None = None) -> None:
    """In place: of two sentences that make one point (``points_said``), the later goes where ``may_go`` lets its
    paragraph spare it and the length allows (``take``); else ``swap`` may give a measure of its area not said yet to
    say in its place (the length holds, never a claim the bank has not).  Where the later says the point more fully (it
    weighs POINT_FULLER times the earlier and holds FULLER_HOLDS of it) and the earlier may go, the earlier goes
    instead: the concrete one stays."""
    for i, j, k, ej, ek, skip in sorted(points_said(parts, shells), key=lambda h: (h[0], h[1], -h[2]), reverse=True):
        para, earlier_para = parts[i][j], parts[i][ej]
        if k >= len(para) or ek >= len(earlier_para):
            continue
        s, e = para[k], earlier_para[ek]
        if not same_point(s, e, skip):       # (an earlier cut changed one of them)
            continue
        # (who spoke before is a report of the meeting, no point: 刚才，…作了上半年工作情况通报。 went for the 请大家对照通报
        # 的情况… after it, which then pointed at nothing — pair50's g5)
        if spoken_before(s) or spoken_before(e):
            continue
        # (the brief's words in both are said in the one that stays: 基础设施陈旧，根子上是投入跟不上。基础设施陈旧，说到底…)
        both = [c for c in keep if c and c in s and c in e]
        keep_here = [c for c in keep if c not in both]
        mine = sum(v for v, inner in samepoint.words(s).values() if not inner & skip)
        theirs = sum(v for v, inner in samepoint.words(e).values() if not inner & skip)
        if mine >= POINT_FULLER * theirs and held(e, s, skip)[1] >= FULLER_HOLDS and may_go(earlier_para, ek, keep_here) \
                and _item_spares(earlier_para, ek) and take(e):
            earlier_para.pop(ek)
        elif may_go(para, k, keep_here) and _item_spares(para, k) and take(s):
            para.pop(k)
        elif swap is not None and may_go(para, k, keep_here):
            heading = next((b.text for b in reversed(shells[i][:j + 1]) if isinstance(b, Heading) and b.level <= 2), "")
            instead = swap(i, s, para, heading)
            if instead and not any(same_point(instead, x, skip) for x in para if x != s):
                para[k] = instead


# A measure under an item's head restates the head, rather than develops it, when each says the other's point
# (samepoint.same both ways) and what the measure says beyond the head weighs less than this: 做好计划生育特殊家庭扶助关怀
# 工作，落实好各项扶助政策 (14.2) under 关心关爱计划生育特殊家庭, 扎实开展爱国卫生运动，改善城乡人居环境 (19.4) under 持续改善
# 城乡环境卫生面貌; not 慢性病综合防控示范区创建要按照国家标准认真自评，哪一项达不到就在哪一项上补课 (41.8) under 高标准完成
# 国家慢性病综合防控示范区创建, nor 各接种单位要规范开展免疫规划疫苗接种，做到预约接种、按时接种，不漏种、不错种 (24.0) under
# its 接种率 item (fresh49–57's 47 measures same both ways with their item's head, read one by one: tests/compose/
# test_restates.py).
RESTATE_NEW = 22.0


def restates(measure: str, head: str) -> bool:
    """Whether ``measure`` only says the item ``head`` it follows again: one point both ways, and less than
    RESTATE_NEW of its weight beyond what the head holds."""
    if not (samepoint.same(measure, head) and samepoint.same(head, measure)):
        return False
    total, part = samepoint.share(measure, head)
    return total * (1.0 - part) < RESTATE_NEW
