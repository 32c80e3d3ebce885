"""The topic registry: each work area's key, Chinese names, synonyms and the words that mark it in text."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from .. import prepared
from . import wordsets
from .wordsets import WordSets


@dataclass(frozen=True)
class Topic:
    """One work area of a health commission."""

    key: str
    name: str                    # the name used in headings and slots: 深化医改
    aliases: tuple[str, ...]     # other Chinese names a secretary may type: 医改, 医药卫生体制改革
    keywords: tuple[str, ...]    # words whose presence marks a paragraph as being about this topic


GENERAL = "general"

TOPICS: tuple[Topic, ...] = (
    Topic("medical_reform", "深化医药卫生体制改革", ("医改", "深化医改", "医药卫生体制改革", "综合医改"),
          ("医改", "医药卫生体制", "公立医院改革", "分级诊疗", "医联体", "医共体", "医保", "新农合", "合作医疗",
           "药品零差率", "基本药物", "家庭医生", "签约服务", "支付方式", "三医联动", "现代医院管理")),
    Topic("public_health", "公共卫生", ("公共卫生", "公卫", "基本公共卫生服务"),
          ("公共卫生", "传染病", "免疫规划", "预防接种", "疫苗", "慢性病", "慢病", "结核", "艾滋病", "健康档案",
           "精神障碍", "地方病", "职业病", "疫情")),
    Topic("disease_control", "疾病预防控制", ("疾控", "疾病预防控制", "疾病防控", "疾控体系", "疫情防控", "新冠肺炎疫情防控",
                                            "常态化疫情防控", "传染病防控"),
          ("疾控", "疾病预防控制", "疾病防控", "监测预警", "传染病防控", "重大疫情")),
    Topic("medical_services", "医疗服务", ("医疗服务", "医疗质量", "医疗服务能力"),
          ("医疗服务", "医疗质量", "医疗安全", "改善医疗服务", "重点学科", "重点专科", "优质护理", "临床",
           "医院管理", "看病难", "看病贵", "无偿献血", "医患")),
    Topic("primary_care", "基层卫生", ("基层卫生", "基层医疗", "基层医疗卫生", "乡村医生"),
          ("基层", "乡镇卫生院", "村卫生室", "社区卫生服务", "乡村医生", "村医", "乡村一体化", "全科医生")),
    Topic("tcm", "中医药", ("中医药", "中医", "中医药传承创新"),
          ("中医", "中药", "国医堂", "中医馆", "治未病", "针灸", "适宜技术")),
    Topic("maternal_child", "妇幼健康", ("妇幼健康", "妇幼", "妇幼保健", "妇幼卫生"),   # 妇幼卫生: its name before 2013
          ("妇幼", "孕产妇", "儿童保健", "两癌筛查", "出生缺陷", "住院分娩", "母婴", "婴儿死亡率", "叶酸")),
    Topic("population_family", "人口家庭", ("人口家庭", "人口发展", "计划生育", "人口监测", "托育"),
          ("计划生育", "计生", "人口", "生育政策", "两孩", "三孩", "托育", "奖励扶助", "特别扶助", "幸福家庭",
           "流动人口", "出生人口")),
    Topic("elderly_health", "老龄健康", ("老龄健康", "老龄", "医养结合", "老龄工作"),
          ("老年", "老龄", "医养结合", "养老", "失能")),
    Topic("health_poverty", "健康扶贫", ("健康扶贫", "健康脱贫", "卫生扶贫", "健康扶贫工程", "巩固拓展健康扶贫成果",
                                       "健康帮扶", "防止因病返贫"),
          ("健康扶贫", "因病致贫", "因病返贫", "贫困人口", "贫困患者", "脱贫人口", "大病专项救治", "先诊疗后付费",
           "三个一批", "返贫")),
    Topic("patriotic_health", "爱国卫生", ("爱国卫生", "爱卫", "爱国卫生运动", "卫生创建"),
          ("爱国卫生", "爱卫", "卫生城市", "卫生县城", "卫生乡镇", "创卫", "除四害", "病媒", "环境卫生", "改厕",
           "城乡环境", "卫生村", "乱堆乱放", "房前屋后", "脏乱差", "卫生死角", "河塘沟渠", "村庄清洁", "人居环境")),
    Topic("regulation", "综合监管", ("综合监管", "卫生监督", "行业监管", "依法行政", "卫生执法"),
          ("监督", "监管", "执法", "依法行政", "行政许可", "行政处罚", "公共场所卫生", "打击非法行医")),
    Topic("workforce", "人才队伍", ("人才队伍", "人才", "队伍建设", "卫生人才"),
          ("人才", "队伍建设", "学科带头人", "招聘", "培训", "医学生", "引进")),
    Topic("informatization", "信息化", ("信息化", "智慧医疗", "互联网+医疗健康", "数字健康"),
          ("信息化", "信息平台", "智慧医疗", "互联网", "远程医疗", "大数据", "数据中心", "电子健康档案")),
    Topic("health_promotion", "健康促进", ("健康促进", "健康教育", "健康中国", "健康城市", "健康素养"),
          ("健康促进", "健康教育", "健康素养", "健康中国", "健康城市", "控烟", "无烟", "全民健康", "健康知识")),
    Topic("emergency", "卫生应急", ("应急管理", "卫生应急", "突发公共卫生事件", "应急"),
          ("应急", "突发公共卫生事件", "应急处置", "应急预案", "应急演练", "重大活动保障")),
    Topic("party_building", "党建廉政", ("党建廉政", "党建", "党风廉政", "党风廉政建设", "廉政", "行风"),
          ("党建", "党风廉政", "廉政", "从严治党", "作风", "医德医风", "行风", "纪律", "腐败", "九不准",
           "党组织", "红包")),
    Topic("work_safety", "安全生产", ("安全生产", "平安医院", "信访维稳", "安全稳定"),
          ("安全生产", "平安医院", "信访", "维稳", "消防", "隐患排查")),
)

_BY_KEY = {t.key: t for t in TOPICS}
_BY_NAME: dict[str, Topic] = {}
for _t in TOPICS:
    for _n in (_t.key, _t.name, *_t.aliases):
        _BY_NAME.setdefault(_n, _t)


def topic_keys() -> list[str]:
    """All registered topic keys, in registry order."""
    return [t.key for t in TOPICS]


def get_topic(key: str) -> Topic:
    """The topic with this key; KeyError if unknown."""
    return _BY_KEY[key]


def resolve_topic(name: str) -> Topic | None:
    """The topic a secretary meant by ``name`` (a key or any Chinese name), or None."""
    name = name.strip()
    if name in _BY_NAME:
        return _BY_NAME[name]
    stripped = name.removesuffix("工作")
    return _BY_NAME.get(stripped)


def nearest_topics(name: str, n: int = 3) -> list[str]:
    """Chinese names of the registered topics closest to ``name``, for "did you mean" warnings."""
    import difflib  # only for a name not found: not on every start

    names = list(_BY_NAME)
    close = difflib.get_close_matches(name, names, n=n * 2, cutoff=0.3)
    if not close:
        close = [k for k in names if set(k) & set(name)]
    seen: list[str] = []
    for c in close:
        display = _BY_NAME[c].aliases[0] if _BY_NAME[c].aliases else _BY_NAME[c].name
        if display not in seen:
            seen.append(display)
    return seen[:n]


def classify(text: str) -> list[str]:
    """Topic keys whose keywords occur in ``text``, most hits first; [] when none does."""
    return list(_classify(text))


# Composing one speech asks about the same bank sentences again and again (500 questions, 140 texts).
# Each topic's hits are the occurrences of its keywords; only the keywords that occur at all are counted, found
# for all topics at once (model.wordsets).
_KEYWORDS = tuple((i, k) for i, t in enumerate(TOPICS) for k in t.keywords)
_KEYWORD_SETS = WordSets((k for _, k in _KEYWORDS), literal=True)


# The topics of the bank's entries and the templates' own wording, worked out when the package was made
# (prepared/topics.marshal, made by prepared/make.py; used while this registry and its matcher are what made it).
KNOWN = prepared.Answers("topics", lambda: prepared.digest(prepared.source_of(__file__),
                                                          prepared.source_of(wordsets.__file__)))


@functools.lru_cache(maxsize=4096)
def _classify(text: str) -> tuple[str, ...]:
    known = KNOWN.get(text)
    return tuple(TOPICS[i].key for i in (topic_indices(text) if known is None else known))


def topic_indices(text: str) -> list[int]:
    """The topics of ``text`` (most hits first) as their places in TOPICS, worked out (``classify`` may look
    them up)."""
    hits: dict[int, int] = {}
    for j in _KEYWORD_SETS.found(text):
        i, k = _KEYWORDS[j]
        hits[i] = hits.get(i, 0) + text.count(k)
    return sorted(hits, key=lambda i: (-hits[i], i))
