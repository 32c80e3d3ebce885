"""A reviewed figure that bears on a measure is said where the measure is, as its reason (reading 44).

The secretary of reading 44 marked figures left apart from the measures they explain: r2's 出生人口 +11.2% never tied to
the 产科/儿科 shortage its tasks answer, r2's 三级医院平均住院日 9.6天 reviewed in part 一 while 日间手术 stood alone in
part 三.  A real speech says the figure again at the measure, as the reason for it: 在…平均住院日降至9.6天的基础上，推行日间手术.
Only the brief's own result is said (a stay's length word for word at 日间手术; a rise of births by its name and its
verb, its figures said in the review already: read63), no new number and no new claim, once, in the tasks part, before
the first sentence that names the measure; nothing where the speech has no such measure.
"""
from __future__ import annotations

import re

from ..model.patterns import ORDINAL_ITEM as _ORDINAL
from .answers import GENERIC_RUNS
from .ideas import ideas_of
from .paragraph import GOES_ON

# (the metric a result clause opens on, the measure it explains, how the figure is joined to it, whether only a rise
# bears on it): a rise in births fills the maternity and children's wards (全面两孩, 三孩: 国卫医发〔2016〕21号); a
# hospital stay's length is what 日间手术 shortens (国卫办医函〔2016〕1400号 on 日间手术试点)
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str], str, bool], ...] = (
    (re.compile(r"^(?:全[县区市旗])?出生(?:人口|人数)"), re.compile(r"产科|儿科|助产"), "sentence", True),
    (re.compile(r"^(?:全[县区市旗])?(?:[^，。]{0,8}医院)?平均住院日"), re.compile(r"日间手术"), "basis", False),
)
_RISE = re.compile(r"增长|增加|上升|提高")


def _reason(result: str, how: str) -> tuple[str, str]:
    """The sentence said before the measure, or the clause put at its head (``basis``).  A rise of births is named,
    not read out again: its figures were said in the review (read63's readers: 出生人口5.26万人，同比增加0.71万人 —
    第一部分刚念过，布置任务时又念一遍), only its name and the brief's own verb of rising."""
    if how == "basis":
        return "", "在" + result.replace("，", "、") + "的基础上，"
    name = re.match(r".+?(?=同比|比上年|较上年|达到|降至|为|\d|，)", result)
    rise = _RISE.search(result)
    if name is None or rise is None:
        return result + "，产科、儿科的服务需求随之增加。", ""
    return f"随着{name.group()}{rise.group()}，产科、儿科的服务需求随之加大。", ""


def figures_as_reasons(tasks: list[list[list[str]]], results: list[str]) -> None:
    """In place: each rule's reviewed result said at the first sentence of the tasks (``tasks``: the tasks parts'
    paragraphs of sentences) that names its measure, and nowhere else in them."""
    for metric, measure, how, rise in _RULES:
        result = next((r for r in results if metric.search(r)), None)
        if result is None or (rise and not _RISE.search(result)):
            continue
        if any(result in s for part in tasks for para in part for s in para):
            continue
        spot = next(((para, k) for part in tasks for para in part for k, s in enumerate(para)
                     if measure.search(s) and not _ORDINAL.match(s) and not re.search(r"\d", s)), None)
        if spot is None:
            continue
        para, k = spot
        before, head = _reason(result, how)
        if head:
            para[k] = head + para[k]
        else:
            para.insert(k, before)


# Four characters a fact and an item share that name no one thing: answers' generic runs (服务能力 is every unit's), and
# a body's name, which is who works, not what the fact did (乡镇卫生院全部建成中医馆 is no ground for 提升乡镇卫生院服务能力)
_GENERIC = GENERIC_RUNS | frozenset("医疗机构 基本公共 全面推开 稳步推进 有序推进 乡镇卫生 镇卫生院 公立医院 县级医院 县级公立 "
                                    "级公立医 社区卫生 服务中心 人民医院 中医医院 妇幼保健 "
                                    # (how far, not what: 新农合大病保险全面实施 grounded 全面实施一对夫妇可生育两个孩子
                                    # 政策 by its 全面实施, sec50's h1)
                                    "全面实施 全面落实 全面完成 全面建成 持续巩固 顺利完成 基本完成 全部取消 全部完成 "
                                    "进一步加 一步加强 有效落实 扎实推进 深入推进 深入开展".split())
# A measure whose first clause is a topic and its comment (推进分级诊疗的关键在基层，…), not an act: no ground at its head.
_COMMENTED = re.compile(r"的(?:关键|重点|核心|难点|基础|前提)|是|在于|取决于")
# At most this many reviewed facts are said again as a task's ground: a device, used sparingly.
GROUNDS_MOST = 2
_FACT_LONGEST = 26


def _names_one_thing(fact: str, text: str, n: int = 4) -> bool:
    return any(fact[i:i + n] in text and fact[i:i + n] not in _GENERIC for i in range(len(fact) - n + 1))


def facts_as_ground(tasks: list[list[list[str]]], facts: list[str], when: str) -> None:
    """In place: a reviewed fact (the brief's own words, none changed) said once more as the ground of the numbered item
    on its subject, at the head of the item's first measure (在去年与市第二人民医院组建城市医疗集团的基础上，进一步明确
    医联体内各级医疗机构的分工): real speeches tie the year's tasks to what was done (the blind readers' tell that ours
    have no local texture; issue 13's facts woven into the paragraphs of their topic).  ``when``: 去年 in a year's
    speech, "" where the facts are not the past year's.  At most GROUNDS_MOST a speech, one an item, and only where the
    fact is not said in the tasks already and the measure opens on its verb with no figure of its own."""
    said = "".join(s for part in tasks for para in part for s in para)
    done = 0
    for fact in facts:
        fact = fact.rstrip("。")
        if done >= GROUNDS_MOST or not fact or len(fact) > _FACT_LONGEST or re.search(r"[，；、：]", fact) or fact in said:
            continue
        spot = next(((para, k) for part in tasks for para in part for k, s in enumerate(para[:-1])
                     if _ORDINAL.match(s) and _names_one_thing(fact, s)), None)
        if spot is None:
            continue
        para, k = spot
        measure = para[k + 1]
        # (a measure that opens on its verb or a bare 要, with no doer of its own: the ground goes at its head and the
        # doer stays the speech's own)
        if not GOES_ON.match(measure) or re.search(r"\d", measure) \
                or _COMMENTED.search(re.split(r"[，；]", measure, maxsplit=1)[0]):
            continue
        # (… and a measure on the fact's own business: the item's heading may share the fact's words while its first
        # measure answers something else — fresh65 y4's 在去年老年人新冠病毒疫苗接种扎实推进的基础上，提升群众健康意识，
        # 镇卫生院要组织医生进村入户讲健康知识, blind70)
        if not ideas_of(measure) & ideas_of(fact):
            continue
        para[k + 1] = f"在{when}{fact}的基础上，{measure}"
        done += 1
