"""Which measures serve which item of the brief: a task subsection says each item once, then the few
measures that carry it out (issue 13, sixth reading: a heap of stock one-liners after a one-line stub).

A measure serves an item when it names the item's own narrow ideas (compose.ideas: 母婴安全, 医共体), an idea
that carries the item out (SERVES: 高危孕产妇 and 助产救治 carry out 母婴安全; 培训, 待遇 and 职称评聘 carry out
人才引育), or shares the item's content words (two-character runs that are not the stock verbs and nouns every
measure has: 监测, 预警, 公立, 医院).  ``score`` weighs these; ``best_item`` assigns a measure to the item it
serves best, or to none.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .ideas import AREA_OF, BROAD, GENERAL, ideas_of

# Words shared by nearly every sentence of a health speech: sharing them is not saying the same thing.
_COMMON = ("卫生", "健康", "医疗", "工作", "群众", "人民", "一步", "各项", "服务")
# Each word is two characters, so a 4-character run holds one iff one starts at the run's first three places.
_COMMON_PAIRS = frozenset(_COMMON)
assert all(len(w) == 2 for w in _COMMON_PAIRS)


def key_words(key: str) -> set[str]:
    """The 4-character runs of a sentence key that are not shared health-speech vocabulary (finish counts a
    sentence sharing three with an earlier one in its paragraph as that sentence again)."""
    common = [key[j:j + 2] in _COMMON_PAIRS for j in range(len(key))]
    return {key[i:i + 4] for i in range(len(key) - 3) if not (common[i] or common[i + 1] or common[i + 2])}


# What carries an idea out: an item naming the key is served by measures naming any of the values.
SERVES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "母婴安全": ("高危孕产妇", "助产救治", "孕产妇健康教育"),
    "高危孕产妇": ("母婴安全", "助产救治"),
    "医共体": ("分级诊疗", "资源下沉", "支付方式改革", "卫生院", "三医联动"),
    "分级诊疗": ("医共体", "资源下沉", "家庭医生签约", "卫生院"),
    "公立医院改革": ("现代医院管理", "薪酬制度", "公益性", "控费", "医疗服务价格"),
    "现代医院管理": ("公立医院改革", "公益性", "绩效考核"),
    "监测预警": ("传染病", "疾控机构", "医防协同"),
    "传染病": ("监测预警", "预防接种", "疾控机构"),
    "慢性病": ("健康管理", "家庭医生签约", "医防协同", "重点人群"),
    "家庭医生签约": ("慢性病", "健康管理", "重点人群"),
    "基本公共卫生": ("健康管理", "慢性病", "重点人群", "健康体检"),
    "人才引育": ("培训", "待遇", "职称评聘", "队伍", "村医"),
    "队伍": ("人才引育", "培训"),
    "卫生院": ("社区医院", "村医", "资源下沉", "标准化建设"),
    "社区医院": ("卫生院", "标准化建设"),
    "村医": ("卫生院", "培训", "待遇"),
    "应急": ("应急演练", "应急预案", "应急物资", "院前急救"),
    "老龄": ("老年友善", "康复医疗", "安宁疗护", "上门服务", "康复护理床位"),
    "医养结合": ("上门服务", "康复护理床位", "安宁疗护", "康复医疗"),
    "老年医学": ("老年友善", "康复医疗"),
    "信息化": ("互联互通", "电子病历", "网络安全", "结果互认", "预约诊疗"),
    "互联互通": ("信息化", "电子病历", "结果互认"),
    "爱国卫生": ("健康教育",),
    "健康教育": ("爱国卫生",),
    "医保基金监管": ("支付方式改革", "控费"),
    "支付方式改革": ("医保基金监管", "控费"),
    "监督执法": ("依法执业", "公共场所卫生"),
    "医疗质量": ("结果互认", "预约诊疗"),
    "出生缺陷": ("妇女保健",),
    "儿童保健": ("托幼保健", "儿童早期发展", "儿童成长"),
    "预防接种": ("传染病",),
    "中医药": (),
}.items()}

# Two-character runs every measure has (verbs of command, the system's own nouns): sharing them is not
# serving the same item.
_STOCK = frozenset("""加强 推进 推动 建设 工作 服务 体系 健全 完善 提升 提高 能力 落实 制度 机制 水平 全面 深化 实施
开展 抓好 进一步 卫生 健康 医疗 群众 综合 管理 质量 发展 着力 切实 不断 持续 强化 做好 确保 扎实 规范 有效 重点
项目 工程 行动 计划 方案 政策 我们 今年 全县 全区 全市 各级 各类 以上 达到 力争 继续 稳定 标准 创建 覆盖 保障
专项 持续 改革 水平 机构 单位 基层 人民 防控 防治""".split())


@lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    """The content bigrams of ``text``: two Chinese characters in a row, not a stock pair, not crossing
    punctuation."""
    han = ["\u4e00" <= c <= "\u9fff" for c in text]
    return frozenset({text[i:i + 2] for i in range(len(text) - 1) if han[i] and han[i + 1]}) - _STOCK


# Ideas that never serve each other's items, however many words they share: TB screening of 重点人群 is no
# 慢性病 measure (the seventh reading found it under 抓好慢性病综合防控).
CONTRARY: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "慢性病": ("传染病", "结核病"),
    "传染病": ("慢性病",),
    "结核病": ("慢性病",),
}.items()}


@lru_cache(maxsize=65536)
def score(measure: str, item: str) -> int:
    """How well ``measure`` serves ``item``: 3 for each of the item's narrow ideas it names, 2 for each
    idea that carries one of the item's out (SERVES), 1 for a shared broad idea, and 1 for each shared
    content word (at most 3)."""
    mine = ideas_of(measure)
    theirs = ideas_of(item)
    if any(CONTRARY.get(idea, frozenset()) & mine for idea in theirs if idea not in mine):
        return 0
    points = 0
    for idea in theirs & mine:
        points += 1 if idea in BROAD or AREA_OF.get(idea) == GENERAL else 3
    helpers: set[str] = set()
    for idea in theirs:
        helpers |= SERVES.get(idea, frozenset())
    points += 2 * len((helpers - theirs) & mine)
    points += min(3, len(_words(item) & _words(measure)))
    return points


# The least score that counts as serving an item: one narrow idea, or a helper idea and a shared word, or
# three shared content words.
SERVES_AT = 2


def best_item(measure: str, items: Sequence[str]) -> tuple[int, int]:
    """The index of the item ``measure`` serves best and its score; (-1, 0) when it serves none."""
    best, points = -1, 0
    for i, item in enumerate(items):
        s = score(measure, item)
        if s > points:
            best, points = i, s
    return (best, points) if points >= SERVES_AT else (-1, 0)
