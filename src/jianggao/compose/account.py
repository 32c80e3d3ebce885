"""The review as an account of its period: each fact in its own time, each figure with what it means, and a heading
that claims only what is under it (reading 45).

The secretary of reading 45 found the review part bare lines copied from the brief: a 工作报告's 2022 in ~150
characters, one figure per line (r2 #1); a half-year review of two one-line items under 坚定完成全年目标任务的信心
(r3 #1); a heading claiming 深化改革 with no reform result under it (r2 #4); 乙类乙管, begun on 2023-01-08, listed as a
2022 result (r2 #3).  A real review says what a figure means for the people it counts (县域内就诊率 up: more patients
treated at home), from the figure's own direction only: no cause, no number and no result the brief did not give.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .numbers import _magnitude, is_good_news, reads_as_zero

if TYPE_CHECKING:       # (a render never imports pydantic: the records are read without it, tests/briefs/test_quick)
    from ..model.brief import Metric


def in_own_time(fact: str, period_end: dt.date, speech: dt.date) -> str:
    """``fact`` said in its own time where it names an event (tifa.yaml ``events``) that began after the period the
    review covers and by the meeting: 今年1月8日起，平稳有序实施新冠病毒感染“乙类乙管” at a February 2023 report on
    2022.  A fact that already opens on a time, or names no such event, is returned as it is."""
    from ..model.tifa import load_registry

    late = [e for _, _, e in load_registry().events_in(fact) if period_end < e.began <= speech]
    if not late or re.match(r"^(?:(?:19|20)\d{2}年|今年|去年|\d{1,2}月|截至|年初以来|去年底以来)", fact):
        return fact
    if re.match(r"^[^，；。]{2,16}?(?:发生|暴发|爆发|出现)?(?:后|以来|期间)", fact):
        return fact     # (it says its own time: 新冠肺炎疫情发生后…, not 今年1月20日起，新冠肺炎疫情发生后…, sec50's h6)
    first = min(late, key=lambda e: e.began)
    if first.said:
        return f"{first.said}，{fact}"
    began = first.began
    if began.year == speech.year:
        when = f"今年{began.month}月{began.day}日起"
    else:
        when = f"{began.year}年{began.month}月{began.day}日起"
    return f"{when}，{fact}"


@dataclass(frozen=True)
class Meaning:
    """What a figure means for the people it counts, said after it (reading 45: the review as an account).

    ``name`` matches the metric's name; ``when`` is the figure's reading it takes: ``better`` (it changed for the
    better), ``zero`` (it is nought, a death rate's best news), ``high`` (a coverage at 95 or more), ``rise`` (a count
    that grew, good news or not: births fill the wards).  ``say`` is the sentence, whole and standing alone."""

    name: re.Pattern[str]
    when: str
    say: tuple[str, ...]


def _m(name: str, when: str, *say: str) -> Meaning:
    return Meaning(re.compile(name), when, say)


# Each sentence reads the figure's direction and no more: 群众在…看病的多了 from a 就诊率 that rose, never 分级诊疗格局
# 基本形成.  Written for any place: {home} is 县内 / 区内 / 市内 (the scope without 全).
MEANINGS: tuple[Meaning, ...] = (
    _m(r"[县区市旗]域内就诊率|县域就诊率", "better", "在{home}就诊的群众进一步增加",
       "越来越多的群众看病不出{home_short}"),
    _m(r"家庭医生签约服务覆盖率|家庭医生签约率|签约服务覆盖率", "better", "家庭医生签约服务惠及更多群众。",
       "签约服务的覆盖面进一步扩大。"),
    _m(r"家庭医生签约人数|签约人数", "rise", "家庭医生签约服务惠及更多群众。"),
    _m(r"孕产妇死亡", "zero", "母婴安全的底线守住了。", "母婴安全底线进一步筑牢。"),
    _m(r"孕产妇死亡率", "better", "母婴安全保障的水平又有提高。"),
    _m(r"婴儿死亡率|5岁以下儿童死亡率", "better", "儿童健康保障水平进一步提高。", "婴幼儿的健康状况继续改善。"),
    _m(r"免疫规划疫苗接种率", "high", "儿童免疫屏障进一步巩固。"),
    _m(r"高血压患者规范管理率|糖尿病患者规范管理率|慢性病患者规范管理率", "better", "慢性病患者健康管理进一步规范。"),
    _m(r"严重精神障碍患者规范管理率|严重精神障碍患者管理率", "better", "严重精神障碍患者随访管理进一步规范。"),
    _m(r"肺结核患者成功治疗率|结核病患者成功治疗率", "better", "结核病防治成效进一步显现。"),
    _m(r"健康素养水平", "better", "群众的健康意识和自我保健能力不断增强。", "群众的健康意识和健康技能不断提高。"),
    _m(r"新农合参合率|新型农村合作医疗参合率|城乡居民医保参保率|基本医保参保率", "high", "群众基本做到了应参尽参，看病就医有了基本保障。"),
    _m(r"新农合人均筹资|人均筹资标准", "better", "新农合的保障能力随之增强。"),
    _m(r"卫生厕所普及率", "better", "农村人居环境持续改善。"),
    _m(r"健康档案建档率", "better", "基本公共卫生服务基础进一步夯实。"),
    _m(r"传染病报告发病率|传染病发病率", "better", "传染病疫情保持平稳。"),
    _m(r"传染病报告及时率", "better", "疫情报告的及时性进一步提高。"),
    _m(r"本地新冠肺炎确诊病例|新冠肺炎本地确诊病例|本地确诊病例", "zero", "守住了不发生本地疫情的底线。"),
    _m(r"新冠病毒疫苗.*(?:接种率|累计接种)", "rise", "人群免疫屏障正在筑牢。"),
    _m(r"^(?:上半年|全年)?出生人口$|出生人数", "rise", "出生人口增加，对产科、儿科和妇幼保健服务提出了更高要求。"),
    _m(r"出生人口性别比", "better", "出生人口的性别结构在向正常回归。"),
    _m(r"门急诊|门诊量|诊疗人次", "rise", "群众对医疗服务的需求还在增长。"),
    _m(r"平均住院日", "better", "医院运行效率进一步提高。"),
    _m(r"预约诊疗率", "better", "群众就医更加便捷有序。"),
    _m(r"(?:乡镇卫生院|社区卫生服务中心|基层医疗卫生机构).*(?:服务能力|推荐标准|基本标准)", "rise",
       "基层医疗卫生机构服务能力稳步提升。"),
    _m(r"标准化村卫生室|村卫生室标准化", "rise", "农村卫生服务网底进一步筑牢。"),
    _m(r"托位", "rise", "婴幼儿照护服务供给不断扩大。"),
    _m(r"医养结合机构", "rise", "医疗和养老服务衔接进一步加强。"),
    _m(r"老年医学科|老年友善", "rise", "老年人就医条件不断改善。"),
    _m(r"中医药服务.*(?:占比|比例)|中医馆", "rise", "基层中医药服务能力进一步提升。"),
    _m(r"检查检验结果互认", "rise", "群众重复检查的负担有所减轻。"),
    _m(r"住院分娩率", "high", "住院分娩已经基本普及。"),
)

# Facts that carry their own meaning the same way (所有乡镇卫生院建成中医馆: 在乡镇就能看上中医).
FACT_MEANINGS: tuple[Meaning, ...] = (
    _m(r"(?:所有|全部|每个|各)[^，。]*(?:乡镇卫生院|社区卫生服务中心)[^，。]*中医馆|中医馆[^，。]*全覆盖", "any",
       "基层中医药服务的可及性进一步提高。"),
    _m(r"核酸检测实验室", "any", "本地的核酸检测能力有了保障。"),
    _m(r"胸痛中心|卒中中心|创伤中心", "any", "急危重症患者的救治又多了一道保障。"),
    _m(r"(?:组建|成立|建成)[^，。]*(?:医疗联合体|医联体|医共体|医疗集团)", "any", "上级医院的技术和人才往基层走有了载体。"),
)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _reads(metric: Metric, when: str) -> bool:
    """Whether ``metric``'s figure reads as ``when`` (see Meaning)."""
    change = None
    if metric.change is not None:
        size, falling = _magnitude(metric.change)
        number = _number(size)
        change = None if number is None else -number if falling else number
    if when == "zero":
        return reads_as_zero(metric)
    if when == "high":
        value = _number(_magnitude(metric.value)[0])
        return metric.is_rate and value is not None and value >= 95 and (change is None or change >= 0)
    if when == "better":
        return change is not None and change != 0 and is_good_news(metric)
    if when == "rise":
        return change is not None and change > 0 and metric.better != "lower"
    return False


def meanings(metrics: list[Metric], facts: list[str], scope: str) -> tuple[str, ...]:
    """What an area's data means, said as the last clause of its sentence: so only the last figure's meaning (the
    clause it follows is that figure's: 儿童免疫屏障 after a 建档 count read as the count's), or, in an area of facts
    only, the last fact's that has one."""
    home = (scope[1:] if scope.startswith("全") else scope) + "内"
    good = [m for m in metrics if is_good_news(m)]
    if good:
        last = good[-1]
        for m in MEANINGS:
            if m.name.search(last.name) and _reads(last, m.when):
                here, short = home, home[:-1]
                # a 县域 figure counts the counties' own patients, whatever the speaker's level: a city's 县域内就诊率
                # is not 在市内看病 (reading 46's r2)
                area = re.search(r"([县区市旗])域", last.name)
                if area and not home.endswith(area.group(1) + "内"):
                    here, short = area.group(0) + "内", area.group(1)
                return (m.say[len(last.name) % len(m.say)].format(home=here, home_short=short),)
        return ()
    if metrics:
        return ()
    for fact in reversed(facts):
        for m in FACT_MEANINGS:
            if m.name.search(fact):
                return (m.say[0],)
    return ()


# How many of a review's areas say what their figures mean (blind reading 55's second tell: a meaning after every
# area's figure, 平均住院日降至7.9天…群众住院的时间缩短了, is a pattern; a real review lets most figures stand alone and
# comments on one or two).  Every other area that has one keeps it, from the first, up to this many.
MEANINGS_PER_SPEECH = 2


def ration_meanings(per_area: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``per_area`` (each review area's meanings, in the review's order) with at most MEANINGS_PER_SPEECH areas keeping
    theirs, never two in a row: the first that has one, then every other one after it."""
    having = [i for i, said in enumerate(per_area) if said]
    kept = set(having[::2][:MEANINGS_PER_SPEECH])
    return [said if i in kept else () for i, said in enumerate(per_area)]


# What a review heading claims and what must be under it (reading 45's r2 #4: 深化改革 with no reform result; r3 #1:
# 坚定…信心 over two one-line items).
_CLAIMS_REFORM = re.compile(r"改革")
_CLAIMS_RESULTS = re.compile(r"成效|成绩|新进展|新突破|新成就|信心")


def heading_backed(heading: str, areas: list[tuple[str, bool]]) -> bool:
    """Whether a review part's ``heading`` claims only what its ``areas`` ((topic key, has data) each) hold: reform
    only over a reform area with data, results and confidence only over two or more areas with data."""
    with_data = [key for key, has in areas if has]
    if _CLAIMS_REFORM.search(heading) and "medical_reform" not in with_data:
        return False
    return not (_CLAIMS_RESULTS.search(heading) and len(with_data) < 2)


# A fact that opens on what was done with or for others, or on a title won, names no one who did it: 协助全市通过国家卫生城市
# 复审 said after 2019年， reads as the city's work, or nobody's (the held-out readings, STYLE 23–27).  It is said with the
# place as its actor (我区协助全市…); a fact that opens on its own subject (全县…, 县人民医院…) or on plain work done
# (开展…, 建成…: the system's own, as the review's lead says) is left as typed.
_ACTORLESS = re.compile(r"^(?:协助|配合|参与|承办|迎接|接受|争取到?|代表|顺利通过|成功通过|通过|荣获|获得|获评|被评为|被命名为|"
                        r"被确定为|被列为|成功创建|创成|首次获得)")


def with_actor(fact: str, scope: str) -> str:
    """``fact`` with the place said as its actor where it opens on a verb that needs one (see _ACTORLESS); ``scope``
    is the speech's scope word (全县 → 我县)."""
    if not _ACTORLESS.match(fact) or not scope.startswith("全") or len(scope) < 2:
        return fact
    return "我" + scope[1:] + fact
