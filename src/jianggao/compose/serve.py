"""Which measures serve which item of the brief: a task subsection says each item once, then the few
measures that carry it out (issue 13, sixth reading: a heap of stock one-liners after a one-line stub).

A measure serves an item when it names the item's own narrow ideas (compose.ideas: 母婴安全, 医共体), an idea
that carries the item out (SERVES: 高危孕产妇 and 助产救治 carry out 母婴安全; 培训, 待遇 and 职称评聘 carry out
人才引育), or shares the item's content words (two-character runs that are not the stock verbs and nouns every
measure has: 监测, 预警, 公立, 医院).  ``score`` weighs these; ``best_item`` assigns a measure to the item it
serves best, or to none.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from operator import add
from typing import Any

from .. import prepared
from ..model import patterns, wordsets
from ..model.patterns import Lazy
from ..model.topics import classify, get_topic
from . import ideas as idea_table
from . import samepoint
from .ideas import AREA_OF, BROAD, DISTINCT, GENERAL, akin, ideas_of

# Words shared by nearly every sentence of a health speech: sharing them is not saying the same thing.
_COMMON = ("卫生", "健康", "医疗", "工作", "群众", "人民", "一步", "各项", "服务")
# Each word is two characters, so a 4-character run holds one iff one starts at the run's first three places.
_COMMON_PAIRS = frozenset(_COMMON)
assert all(len(w) == 2 for w in _COMMON_PAIRS)


def key_words(key: str) -> set[str]:
    """The 4-character runs of a sentence key that are not shared health-speech vocabulary (finish counts a
    sentence sharing three with an earlier one in its paragraph as that sentence again)."""
    return set(_key_words(key))     # (a set of its own: callers add to it)


@lru_cache(maxsize=16384)
def _key_words(key: str) -> frozenset[str]:
    """key_words, kept per key (~1,200 asks a render, ~270 keys)."""
    common = [key[j:j + 2] in _COMMON_PAIRS for j in range(len(key))]
    return frozenset(key[i:i + 4] for i in range(len(key) - 3) if not (common[i] or common[i + 1] or common[i + 2]))


# What carries an idea out: an item naming the key is served by measures naming any of the values.
SERVES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "母婴安全": ("高危孕产妇", "助产救治", "孕产妇健康教育"),
    "高危孕产妇": ("母婴安全", "助产救治"),
    "医共体": ("分级诊疗", "资源下沉", "支付方式改革", "三医联动"),
    "分级诊疗": ("医共体", "资源下沉", "家庭医生签约"),
    "公立医院改革": ("现代医院管理", "薪酬制度", "公益性", "控费", "医疗服务价格"),
    "现代医院管理": ("公立医院改革", "公益性", "绩效考核"),
    "监测预警": ("传染病", "疾控机构", "医防协同"),
    "传染病": ("监测预警", "预防接种", "疾控机构"),
    # a 重点人群 health check or a 健康档案 is no 慢性病 measure, and 慢性病管理 by the grassroots no 签约 one (the ninth
    # reading; a 2023 draft's 做实家庭医生签约服务 was followed by 守门人 and 常见病 lines)
    "慢性病": ("家庭医生签约", "医防协同"),
    "家庭医生签约": (),
    "基本公共卫生": ("健康管理", "慢性病", "重点人群", "健康体检"),
    "人才引育": ("培训", "待遇", "职称评聘", "队伍", "村医"),
    "队伍": ("人才引育", "培训"),
    # (an item on a 卫生院 is served only by measures naming it, NAMED; its people answer a problem of its staff)
    "卫生院": ("社区医院", "村医", "资源下沉", "标准化建设", "人才引育", "待遇", "队伍", "医共体", "分级诊疗"),
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
    # 医疗质量 is not served by 预约诊疗 or 结果互认 (就医感受: the fifteenth session, under 开展全面提升医疗质量行动)
    "医疗质量": (),
    "出生缺陷": ("妇女保健",),
    "儿童保健": ("托幼保健", "儿童早期发展", "儿童成长"),
    # an outbreak's 分析研判 does not carry out a vaccination item (b08: under 有序推进新冠病毒疫苗接种)
    "预防接种": (),
    "中医药": (),
    "因病致贫": ("返贫监测", "贫困大病救治", "先诊疗后付费"),
    "返贫监测": ("因病致贫", "贫困大病救治"),
    "贫困大病救治": ("因病致贫", "先诊疗后付费"),
}.items()}

# Two-character runs every measure has (verbs of command, the system's own nouns): sharing them is not
# serving the same item.
_STOCK = frozenset("""加强 推进 推动 建设 工作 服务 体系 健全 完善 提升 提高 能力 落实 制度 机制 水平 全面 深化 实施
开展 抓好 进一步 卫生 健康 医疗 群众 综合 管理 质量 发展 着力 切实 不断 持续 强化 做好 确保 扎实 规范 有效 重点
项目 工程 行动 计划 方案 政策 我们 今年 全县 全区 全市 各级 各类 以上 达到 力争 继续 稳定 标准 创建 覆盖 保障
专项 持续 改革 水平 机构 单位 基层 人民 防控 防治 支持 促进 鼓励 引导 优化 探索 积极 推广
巩固 成果 已有 日常 导向 为导 立医 院建 医院 人口 患者 救治
深入 入开 要深 大力 力开 广泛 泛开 续开 展开 问题 整改
严格 格落 格执 认真 真落 真贯 切实 实落
按照 根据 依据 通过""".split())
# (按照 and its like are prepositions: 大型医用设备要严格按照配置规划审批购置 was said under 按照省里统一部署，稳妥有序实施单独
# 两孩政策，简化再生育审批程序 by 按照 and 审批, read73's t2)
# (严格落实 and its like: sec50's h4 lent 严格落实菌毒种…制度 and 严格落实…值班制度 to 严格落实中央八项规定精神 by 严格 and
# 格落 alone)
# (问题 and 整改 too: sec49's g4 put 对群众反映强烈的看病难、看病烦问题，要逐项梳理、逐项整改 under 推进农村户厕问题摸排整改 by
# those two pairs alone)
# (深入开展 and its like: 要深入开展婚育新风宣传 was lent to 深入开展城乡环境卫生整洁行动 by 深入 and 入开 alone, in three of the
# thirty-fourth reading's six drafts)


@lru_cache(maxsize=8192)
@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """The content bigrams of ``text``: two Chinese characters in a row, not a stock pair, not crossing
    punctuation."""
    han = ["\u4e00" <= c <= "\u9fff" for c in text]
    return frozenset({text[i:i + 2] for i in range(len(text) - 1) if han[i] and han[i + 1]
                      and not (text[i] == "好" and i and text[i - 1] in _GOOD_VERBS)}) - _STOCK


# (做好, 抓好 and their like run into the next word: 好重 of 做好重大… is no word, and with 重大 it lent 要做好重大活动医疗卫生保障
# to 扎实做好重大传染病防控, ci211's b01)
_GOOD_VERBS = "做抓搞办管"


# Ideas that never serve each other's items, however many words they share: TB screening of 重点人群 is no
# 慢性病 measure (the seventh reading found it under 抓好慢性病综合防控).
CONTRARY: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "慢性病": ("传染病", "结核病"),
    "传染病": ("慢性病",),
    "结核病": ("慢性病",),
    # a 返贫 monitoring item is about families' medical costs, not 出生人口 or 哨点 monitoring (which share 监测)
    # 学校、养老机构等重点场所的晨午检 is a 传染病 measure, not 医养结合's (the twelfth reading)
    "医养结合": ("传染病",),
    "老龄": ("传染病",),
    "返贫监测": ("人口监测", "传染病"),
    "因病致贫": ("人口监测", "传染病"),
}.items()}
# … and a cost watch that names 预警 is no disease surveillance (b13: 对费用异常增长的及时预警、约谈 under
# 健全传染病监测预警体系)
_COST_WATCH = re.compile(r"费用异常|费用.{0,8}预警|不合理费用")


# The kind of work an item does to its object (the ninth reading: 「二是开展乡村医生轮训。人社部门要落实乡村医生养老
#保障…」, 「一是推进乡镇卫生院标准化建设」 followed by 定向村医 and 一体化管理).  An item naming one is served only by
# measures doing that work; the stages also order an item's measures (recruit → train → place → keep).
ASPECTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(words)) for name, words in (
    ("recruit", r"招聘|招收|招录|引进|引才|定向培养|定向医学生|订单定向|生源|定向服务协议|培养协议"),
    ("train", r"培训|轮训|进修|跟班|带教|继续教育|业务学习|岗位练兵|(?<!定向)培养"),
    ("build", r"标准化建设|基础设施|设施设备|设备|房屋|房子|业务用房|改扩建|改造|新建|达标|建设标准|提档升级|验收|"
              r"(?:卫生院|卫生室)(?:的)?建设"),
    ("pay", r"待遇|养老保障|养老保险|补助|补贴|薪酬|绩效工资|后顾之忧|退出"),
    ("manage", r"一体化管理|财务管理|财务制度|绩效考核|运行机制|院感"),
    # an item on a body's people (乡镇卫生院人才队伍建设) that names no narrower kind of work
    ("people", r"人才|队伍|人员|招聘|医生|骨干|专业技术"),
))


@lru_cache(maxsize=65536)
@lru_cache(maxsize=16384)
def aspects(text: str) -> frozenset[str]:
    """The kinds of work ``text`` names (ASPECTS): 培训 is train, 标准化建设 build, 待遇 pay."""
    known = SHIPPED.get(text)
    return _aspects(text) if known is None else known[1]


def _aspects(text: str) -> frozenset[str]:
    return frozenset(name for name, words in ASPECTS if words.search(text))


# Bodies an item can be about whose name a measure must say to serve it: 村卫生室 is not 乡镇卫生院, and a measure
# on 村医 does not carry out 乡镇卫生院标准化建设 because the two are neighbours (SERVES).
NAMED = frozenset({"卫生院", "村医"})
_PEOPLE = frozenset({"人才引育", "队伍", "培训", "定向培养", "社区医院"})


@lru_cache(maxsize=65536)
def on_subject(measure: str, item: str) -> bool:
    """Whether ``measure`` is about ``item``'s subject: it does the kind of work the item names (ASPECTS),
    and names the body the item is about (NAMED)."""
    # the kind of work counts where the item is about a body's building or its people (乡镇卫生院标准化建设, 乡村医生
    # 轮训); 住院分娩补助项目 is a programme for mothers, not the pay of staff
    wanted = aspects(item) if ideas_of(item) & (NAMED | _PEOPLE) else frozenset()
    if not wanted and _SUBSIDY.search(item):
        wanted = frozenset({"pay"})   # 落实农村孕产妇住院分娩补助: a measure on the subsidy, not 母乳喂养 (the fifteenth session)
    if wanted - {"people"}:
        wanted -= {"people"}          # 乡村医生轮训 is about training; 乡村医生 names people in every measure on them
    if wanted and not aspects(measure) & wanted:
        return False
    named = ideas_of(item) & NAMED
    return not named or bool(named & ideas_of(measure))


# An item that is a subsidy programme (住院分娩补助, 村医补助): served by measures on the money.
_SUBSIDY = re.compile(r"补助|补贴")


# The order of a run's stages: who is recruited is trained, then placed, then kept.
_STAGES = ("recruit", "train", "place", "pay")
_PLACE = re.compile(r"安排到|派驻|下沉到|回到本|独立执业|上岗|到岗")
_RECRUIT_FIRST = re.compile(r"招聘|招收|招录|生源|签订|引进")


def stage(text: str) -> int:
    """Where a measure stands in recruit → train → place → keep (0–3), or -1 when it names no stage."""
    if _RECRUIT_FIRST.search(text):
        return 0
    found = aspects(text)
    if "train" in found:
        return 1
    if _PLACE.search(text):
        return 2
    if "pay" in found:
        return 3
    return 0 if "recruit" in found else -1


# The order of care for the people a measure is about (患者, 患儿, 孕产妇): prevent → find → treat → follow → support.
# The fourteenth reading marked 出生缺陷患儿的救治 before 筛查 and 摸清严重精神障碍患者底数 after 随访.  A measure's link is
# its last-named one (对筛查发现的患儿，要及时转诊救治 is treatment; 救治要与医疗保障衔接 is support).
_CARED = re.compile(r"患者|患儿|孕产妇|病例|高危|服务对象")
_CHAIN = tuple((rank, re.compile(words)) for rank, words in (
    (0, r"宣传|健康教育|知识|婚前|孕前|叶酸|一级预防"),
    (1, r"筛查|摸清|底数|登记|发现|监测|排查|风险评估|建档"),
    (2, r"诊断|救治|治疗|转诊|干预|住院|诊疗"),
    (3, r"随访|复诊|康复|接续"),
    (4, r"保障政策|救助|衔接|报销|兜底|补助"),
))


def care_link(text: str) -> int:
    """Where a measure on people cared for stands in prevent → find → treat → follow → support (0–4), or -1."""
    plain = text.split("‖")[0]
    if not _CARED.search(plain):
        return -1
    last, rank = -1, -1
    for r, words in _CHAIN:
        for m in words.finditer(plain):
            if m.end() > last:
                last, rank = m.end(), r
    return rank


def _in_order(measures: list[str], key: Callable[[str], int]) -> list[str]:
    """``measures`` with those ``key`` places (≥ 0) sorted by it among their own places; the others stay."""
    placed = [i for i, m in enumerate(measures) if key(m) >= 0]
    ordered = sorted((measures[i] for i in placed), key=key)
    out = list(measures)
    for i, m in zip(placed, ordered, strict=True):
        out[i] = m
    return out


def in_stage_order(measures: Sequence[str]) -> list[str]:
    """``measures`` with those naming a stage put in stage order among their own places (the others stay); of the
    rest, those on people cared for in the order of care (care_link)."""
    out = _in_order(list(measures), stage)
    rest = [i for i, m in enumerate(out) if stage(m) < 0]
    cared = _in_order([out[i] for i in rest], care_link)
    for i, m in zip(rest, cared, strict=True):
        out[i] = m
    return out


# A tier's own reform is not another's: an item on the city's hospitals is not served by a measure on the county's.
_OTHER_TIER: tuple[tuple[str, str], ...] = (
    ("城市公立医院", "县级"), ("城市医疗集团", "县级"), ("城市医疗集团", "县域"), ("县级公立医院", "城市公立医院"),
    ("县域医共体", "城市医疗集团"), ("医共体", "城市医疗集团"),
    # (… and the group by its short name: 医疗集团要统一管理、统一调度… under a county's 深化紧密型县域医共体建设, read71's t2 and
    # t4 and blind71's tell)
    ("医共体", "医疗集团"))
# … and an item on one seasonal or named disease takes no line on another's (a 2024 登革热 item said 艾滋病、结核病 and
# 密切接触者管理; a 2020 进口冷链食品 item the vaccine's cold chain: the thirty-fifth reading)
_ONE_DISEASE = ("登革热", "蚊媒", "手足口", "流感", "禽流感", "H7N9", "冷链食品", "冬春季疫情", "肠道传染病", "饮用水",
                # (and a season's diseases: 艾滋病、结核病 under 做好夏季传染病防控, fit29)
                "夏季传染病", "夏秋季传染病", "秋冬季传染病", "冬春季传染病")
OTHER_DISEASE = tuple((item, other) for item in _ONE_DISEASE for other in ("艾滋", "结核", "肝炎", "血吸虫", "精神障碍"))
_OTHER_TIER += OTHER_DISEASE
_OTHER_TIER += (("冷链食品", "疫苗"),)


# Objects of one kind an item may be about, each kind a tuple of mutually exclusive ones (catch28): whom (the old,
# children, mothers), which tier of care (a region's centre or a city's group; a county's and its villages'), which
# sanitation work (toilets; refuse and street cleaning; vectors).  A measure naming another object of the kind and none
# of the item's is about that other object, however near its area: 方便群众带孩子就近接种 under 推进老年人新冠疫苗接种,
# 以县域医疗中心建设为重点…大病不出县 under 建设国家区域医疗中心, 街道保洁 under 推进厕所革命 (a county's 医共体 and its
# 村卫生室 are one tier: 县乡村一体化).  fit29 adds which kind of disease (the readers' chronic-disease lines under
# 做好夏季传染病防控) and a county's 医共体 to its tier (医共体 lines under 推进城市医疗集团建设).
_OBJECTS = tuple(tuple(re.compile(w) for w in kind) for kind in (
    (r"老年|老人|失能", r"儿童|孩子|婴幼儿|新生儿|青少年|学生|母婴", r"孕产妇|孕妇|产妇|妇女|母婴"),
    (r"区域医疗中心|国家医学中心|城市医疗集团",
     r"县域|县级医院|县医院|大病不出县|医共体|村卫生室|村医|乡村医生|村里"),
    (r"厕所|改厕", r"垃圾|保洁|清扫|背街小巷", r"病媒|四害|灭蚊|灭蝇|灭鼠"),
    (r"传染病|疫情|手足口|登革热|肠道|流感|诺如|霍乱|疟疾|狂犬|布病|新冠|结核|艾滋|病毒性肝炎",
     r"慢性病|慢病|高血压|糖尿病|心脑血管|肿瘤|癌症|慢阻肺|脑卒中"),
    # (fit31) which disease or programme of disease control an item names, where each of its clauses names one: a
    # 2025 city 疾控 meeting's 加强艾滋病、结核病防治 held 疫苗 storage lines, a 2014 district's 做好艾滋病防治 its
    # 预防接种 lines; an item naming none of them (健全传染病监测预警体系) takes them all
    # (fresh42's y3: 落实区人民医院取消药品加成 held the 卫生院's 基本药物 compensation, and took the hospital's own
    # compensation lines for said)
    (r"医院", r"基层医疗卫生机构|基层医疗机构|基层机构|卫生院|社区卫生服务|卫生室"),
    # (fresh44's w6: 县级医院人才流失 answered by 要落实疾控机构人员的待遇保障，…减少人才流失)
    (r"医院", r"疾控|疾病预防控制"),
    # (fresh56's p6: which institutions an item oversees — 托育机构信用监管 held 民营医疗机构的监管 and 科室承包, 托育机构
    # 安全隐患排查 the hospitals' 安全生产责任制)
    (r"托育|托位|办托|婴幼儿照护", r"医疗机构|医院|诊所|医务人员|科室|病房", r"养老机构"),
    # (which title: 持续推进省级卫生村创建 heard 申报卫生乡镇前要组织一次全面自查, fresh56's p5)
    (r"卫生村", r"卫生乡镇|卫生镇", r"卫生县城|卫生城市"),
    (r"艾滋|性病|梅毒", r"结核", r"接种|疫苗|免疫规划", r"手足口", r"登革热|蚊媒|基孔肯雅|疟疾", r"流感|H7N9",
     r"病毒性肝炎|乙肝", r"血吸虫", r"狂犬", r"布病|布鲁氏", r"精神障碍|精神卫生|心理健康"),
))


@lru_cache(maxsize=65536)
def other_object(measure: str, item: str) -> bool:
    """Whether ``measure`` names another object of a kind ``item`` names one of (_OBJECTS) and none of the item's.  An
    item of several clauses (a catch-all area's heading and its points: 实施农村孕产妇住院分娩补助项目，加强出生缺陷防治)
    is about one object of the kind only where each of its clauses names one."""
    clauses = [c for c in re.split(r"[，；、]", item) if c]
    for kind in _OBJECTS:
        theirs = {k for k, words in enumerate(kind) if words.search(item)}
        if theirs and all(any(words.search(c) for words in kind) for c in clauses):
            mine = {k for k, words in enumerate(kind) if words.search(measure)}
            if mine and not mine & theirs:
                return True
    return False


@lru_cache(maxsize=65536)
def on_work(measure: str, item: str) -> bool:
    """Whether ``measure`` is on the work ``item`` asks beyond the bodies it names (NAMED): it names a narrow idea of
    the item's (compose.ideas, BROAD and NAMED aside: 家庭医生签约, 乡村一体化, 待遇), or all the bodies that work ties
    (_TIED: 乡镇卫生院要对村卫生室…统一管理 is on 乡村一体化), or scores on the item; an item asking no such work takes it."""
    work = _ideas(item) - BROAD - NAMED
    if not work:
        return True
    mine = _ideas(measure)
    return bool(mine & work) or any(_TIED.get(w, frozenset({w})) <= mine for w in work) or score(measure, item) > 0


# Work that is the tie between the bodies it names: a measure naming them all is on it.
_TIED = {"乡村一体化": NAMED}


def other_work(measure: str, item: str) -> bool:
    """Whether ``measure`` is on the body ``item`` names (NAMED: 村医, 卫生院) but not on the work the item asks of it
    (on_work): the readers' 推进乡村医生签约服务 over 村医 staffing and 考核 alone, 村医 lines under 乡村一体化 that are
    not about the integration (fit29)."""
    named = _ideas(item) & NAMED
    return bool(named and _ideas(measure) & named) and not on_work(measure, item)


# A render scores ~6,700 (measure, item) pairs; four in five share nothing score counts (no idea, no helper idea, no
# content word, no run of the item's words), so score is 0 whatever its gates say: those are answered first, from
# what is kept per text (the ideas of a text, what an item asks), before the gates (perf8: render 2,458 M → 2,324 M instructions).
_ideas = lru_cache(maxsize=16384)(ideas_of)


@lru_cache(maxsize=4096)
def _item_asks(item: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What score counts of ``item``: its ideas, the ideas that carry one of them out (SERVES), its content words (none
    of a body's name or a doctrine's title: _NOT_WHAT)."""
    theirs = _ideas(item)
    return theirs, frozenset().union(*(SERVES.get(idea, frozenset()) for idea in theirs)), _words(_NOT_WHAT.sub("|", item))


# Words of an item that say who works or under which banner, not what is done: the name of every kind of unit (加强基层医疗
# 卫生机构医德医风建设 took 对照服务能力标准差距较大的基层医疗卫生机构…结对帮扶 by it) and a doctrine's title (主题教育 took
# 健康中国行动的主要指标…向社会公布 by 中国 and 社会 of 习近平新时代中国特色社会主义思想): fresh57's q4.  (Not a named
# unit's: 村卫生室 and 乡镇卫生院 are what 消除村卫生室空白点 and 标准化建设 work on.)
_NOT_WHAT = re.compile(r"习近平新时代中国特色社会主义思想|中国特色社会主义|新时代|"
                       r"党的[一二三四五六七八九十]+大(?:和[^，。]{2,12}全会)?精神|"
                       r"(?:各|[省市县区乡镇]级?)?(?:基层医疗卫生机构|医疗卫生机构|医疗机构)")


@lru_cache(maxsize=65536)
def score(measure: str, item: str, strict: bool = True) -> int:
    """How well ``measure`` serves ``item``: 3 for each of the item's narrow ideas it names, 2 for each
    idea that carries one of the item's out (SERVES), 1 for a shared broad idea, and 1 for each shared
    content word (at most 3); 0 for a measure off the item's subject (on_subject), unless not ``strict`` (a
    brief's problem, 社区卫生服务中心人员不足, is answered by 招聘 and 待遇 that need not name the centre)."""
    mine = _ideas(measure)
    theirs, helpers, item_words = _item_asks(item)
    # (an item's content pair found in the measure's text is one of its pairs: the count of _words(measure) & item_words)
    shared_words = sum(map(measure.__contains__, item_words))
    run = item_run(measure, item)
    if not shared_words and run < ITEM_WORDS and not mine & (theirs | helpers):
        return 0              # nothing below would count a point (best_score relies on it: keep it so)
    if strict and not on_subject(measure, item):
        return 0
    if strict and run < ITEM_WORDS and not mine & (theirs | helpers) and not shares_word(measure, item):
        return 0              # tied by character pairs alone: 信用记录 under 九不准 (医疗卫生), 医改牵一发而动全身 under
        #                       奖励扶助 (衔接), 违法违规行为…记入行业信用记录 under 增加产科床位 (人员)
    if strict and run < ITEM_WORDS and mine & theirs and not (mine & theirs) - _BROAD_ONLY \
            and not mine & (helpers - theirs) and "，" not in item \
            and {AREA_OF.get(i) for i in (theirs - mine) - _GENERAL_IDEAS} - {AREA_OF.get(i) for i in mine & theirs}:
        return 0              # a broad idea shared, the item's idea of another area unsaid: 村卫生室布局 under 推进村卫生室
        #                       “中医阁”建设 (村医, not 中医药), 疫情报告人员培训 under 加强基层中医药人员培训 (培训):
        #                       fresh52/53 (an item of two clauses may be served on either's idea; 加强人才培养培训 is served
        #                       by 进修 though its 人才 goes unsaid: one area's)
    if strict and run < ITEM_WORDS and mine & theirs and not (mine & theirs) - (BROAD & _GENERAL_IDEAS) \
            and not mine & (helpers - theirs) and "，" in item and not _shows_area(measure, mine, item):
        return 0              # … and an item of several clauses is served on a broad idea only by a line of its area:
        #                       形成整治医疗乱象的长效机制 and 城市医生支援基层的长效机制 under 对照国家卫生城市标准查漏补缺，
        #                       完善长效管理机制 (fresh56's p3, a 爱国卫生 meeting)
    if strict and run < ITEM_WORDS and mine & theirs and not (mine & theirs) - _PROCEDURES \
            and not mine & (helpers - theirs) and not _shows_area(measure, mine, item):
        return 0              # … and a procedure shared (台账, 清单) is no tie where the measure is of another area:
        #                       危险化学品企业等风险点…清单 and 燃气管道…建立台账 under 逐户开展健康评估，建立动态管理台账
        #                       (fresh58's r5, a 老年健康 meeting)
    if strict and _for_whom_unsaid(measure, item):
        return 0              # 智慧医院 and 网上审核 under 推进妇幼健康信息系统…互联互通 (blind70: a 妇幼 meeting's 信息化 item
        #                       whose body never said 妇幼)
    if strict and _other_staff(measure, item):
        return 0              # 公共卫生人才, 信息化人才, 干部队伍 under 加强全科医生队伍建设 (the fifteenth session's fresh drafts)
    if any(w not in item for w in _PLACE_OF_WORK.findall(measure.split("，")[0])):
        return 0              # a school's or a nursery's own work serves an item (or answers a problem) on it, not
        #                       夏秋季传染病防控 in July; a 示范区's, not 慢性病管理质量不高 (a 示范区 the brief never named)
    setting, tiers, watch, their_areas, their_topics = _item_gates(item)
    if setting and not _SETTING_WORDS.search(measure):     # (fits_setting, its item's half kept per item)
        return 0              # and an item on a school's work is served by measures on schools: 疾控 guiding hospitals
        #                       and 疾控 信息化 under 做好学校传染病防控 (the sixteenth session, h4)
    if strict and not _same_business(measure, item) and run < ITEM_WORDS:
        return 0              # 失能老年人上门服务 under 加快推进老年人新冠病毒疫苗接种: 老年人 is whom, 接种 the work
    if any(b in measure for b in tiers):
        return 0              # 县级公立医院重点专科 under 推进城市公立医院综合改革试点 (the eleventh reading)
    if other_object(measure, item):
        return 0              # another object of the item's kind: children's lines under 老年人新冠疫苗接种 (catch28)
    if any(CONTRARY.get(idea, frozenset()) & mine for idea in theirs if idea not in mine):
        return 0
    if watch and _COST_WATCH.search(measure):
        return 0
    if _KEEPS_TITLE.search(item) and _SEEKS_TITLE.search(measure) or \
            _SEEKING.search(item) and not _KEEPS_TITLE.search(item) and _HAS_TITLE.search(measure):
        return 0              # a title held is kept, not sought: 巩固省级卫生镇成果 heard 申报卫生乡镇前要组织一次全面自查
        #                       (fresh20 r5); and one sought is not yet held: no 已经命名的卫生镇要按期接受复审 under 创建
    if {AREA_OF[i] for i in mine} & DISTINCT - their_areas:
        return 0              # 医养结合 under 深化以公益性为导向的公立医院改革 (the eleventh reading): another area's own
        #                       (and 贫困患者's 一站式结算 under 推进县级公立医院综合改革试点: 健康扶贫 is DISTINCT)
    about = classify(measure)
    if about and about[0] in DISTINCT and about[0] not in their_topics and their_topics:
        return 0              # a measure mostly on a distinct area's work (农村孕产妇住院分娩补助…新农合报销) serves no
        #                       item of another (提高新农合保障水平), by the registry's words where no idea names it
    points = 0
    for idea in theirs & mine:
        points += 1 if idea in BROAD or AREA_OF.get(idea) == GENERAL else 3
    # a measure whose own narrow subject is another (基本药物, 支付方式改革) does not carry the item out because it
    # also names a helper in passing (减轻群众用药负担 under 推进县级公立医院高质量发展: the ninth reading)
    elsewhere = {i for i in mine - theirs - helpers - BROAD if AREA_OF.get(i) != GENERAL}
    if not elsewhere:
        points += 2 * len((helpers - theirs) & mine)
    # … nor because both name the unit that does the work: a measure on another area's work (健康村镇, 精神卫生) that shares
    # only the unit's idea and the unit's name with the item (乡镇卫生院) does not carry out 提升乡镇卫生院服务能力 (fresh63
    # w3: 健康村镇建设要发挥…乡镇卫生院的作用 and 乡镇卫生院要明确精神卫生防治人员 in that item's paragraph)
    if strict and run < ITEM_WORDS and not (mine & (theirs | helpers)) - _UNIT_IDEAS \
            and {AREA_OF.get(i) for i in mine - theirs - helpers} - {AREA_OF.get(i) for i in theirs} - {GENERAL, None} \
            and not any(map(measure.__contains__, _work_words(item))):
        return 0
    # … nor because it shares the item's words in passing: a measure whose narrow subject is another's and names none of
    # the item's ideas (薪酬…不能与检查检验收入挂钩 under 推进检查检验结果互认: the fifteenth session) shares one word's worth
    # (a brief's problem, not strict, is answered in its own words: 优质医疗资源…分布不均 by 让优质资源真正下沉)
    words_most = 1 if strict and elsewhere and not mine & (theirs | helpers) else 3
    points += min(words_most, shared_words)
    # 落实乡村医生补助政策，要把基本公共卫生服务补助…发放到村医手中 is that item's, whatever else it names: the longer the
    # run of the item's own words it says, the more (10 of 落实乡村医生补助政策 over 8 of 规范基本公共卫生服务项目管理)
    if run >= ITEM_WORDS:
        points += run - ITEM_WORDS + 2
    return points


# The ideas that name a kind of unit, and the units' names: who does the work, not what is done (score).
_UNIT_IDEAS = frozenset({"卫生院", "村医", "疾控机构", "妇幼机构"}) & frozenset(AREA_OF)
UNIT_NAME_WORDS = ("乡镇卫生院", "社区卫生服务中心", "社区卫生服务站", "社区卫生服务机构", "村卫生室", "卫生院", "卫生室",
                   "疾病预防控制中心", "疾病预防控制机构", "疾控中心", "疾控机构", "妇幼保健计划生育服务中心", "妇幼保健院",
                   "妇幼保健所", "妇幼保健站", "妇幼保健机构", "乡村医生", "村医")
UNIT_NAMES = re.compile("|".join(sorted(UNIT_NAME_WORDS, key=len, reverse=True)))


@lru_cache(maxsize=4096)
def _work_words(item: str) -> frozenset[str]:
    """``item``'s content words outside the names of units and doctrines (score: what the item does)."""
    return _words(UNIT_NAMES.sub("|", _NOT_WHAT.sub("|", item)))


# The ideas too broad to tie a measure to an item by themselves where the item names an idea of another area (a measure
# code, 医疗美容, and a general area's topic, 儿科建设, are narrow), and the general area's ideas, which name no other
# area's work (宣传引导, 台账).
_BROAD_ONLY = BROAD - idea_table.CODES
_GENERAL_IDEAS = frozenset(i for i, area in AREA_OF.items() if area == GENERAL)
# The ideas of how any work is followed up (a ledger, a check, a lasting mechanism): shared alone, they tie a measure to
# an item only where it is of the item's area (score).
_PROCEDURES = frozenset({"台账", "跟踪问效", "总结推广", "目标考核", "落实方案", "时限责任", "长效", "边查边改", "全覆盖检查",
                         "调查研究"}) & frozenset(AREA_OF)


# The weight (samepoint's IDF over the bank's sentences and the wording) of a content word two texts must share to be
# tied by their words alone.  Set on fresh52/fresh53's placements tied by words (tests/compose/test_word_tie.py): all
# thirteen whose heaviest shared word weighs under it were wrong (人员 4.5, 医疗机构 4.3, 公共卫生 4.7 and none at all),
# and no right one (家庭 5.0 under 健康家庭, 公立医院 5.1 under 深化公立医院改革, 签约 5.5 under 家庭医生签约).
WORD_TIE = 5.0


# … and a word spread over the areas (samepoint.spread: under SPREAD_HELD of its sentences in any one area, over
# SPREAD_SEEN sentences) says how work is done, not what it is done on: it ties only inside a longer run the two texts
# share (健康家庭, 生活方式).  Set on fresh52–56's 80 placements tied by words alone, labelled: it takes 12 of the 30
# wrong (首诊负责制 under 院长负责制, 执业登记 under 疫苗出入库登记, 社会监督相结合 under 集中消杀相结合, 科室承包…等行为 under
# 无证无照办托等行为) and 6 of the 50 right (急危重症 is spread too).
SPREAD_HELD = 0.45
SPREAD_SEEN = 5
_CONTEXT = 2


@lru_cache(maxsize=65536)
def shares_word(measure: str, item: str) -> bool:
    """Whether ``measure`` names a content word of ``item``'s (or one inside it) weighing WORD_TIE or more, one held in
    an area or shared inside a longer run (SPREAD_HELD); True when the vocabulary is not shipped (the tie is then
    judged by character pairs, as before it)."""
    vocab = samepoint.vocabulary()
    if not vocab:
        return True
    spread = samepoint.spread()
    theirs = samepoint.forms(measure)
    for _, inner in samepoint.words(_NOT_WHAT.sub("，", item)).values():
        both = inner & theirs
        # a word is weighed whole: 公共卫生 (4.7) shared is not 公共 (8.2, rare only because jieba seldom cuts it alone)
        for f in both:
            if vocab.get(f, 0.0) < WORD_TIE or any(f != g and f in g for g in both):
                continue
            held, seen = spread.get(f, (1.0, 0))
            if held >= SPREAD_HELD or seen < SPREAD_SEEN or _in_run(f, item, measure):
                return True
    return False


def _in_run(word: str, one: str, other: str) -> bool:
    """Whether ``word`` stands in ``one`` beside _CONTEXT characters that stand beside it in ``other`` too."""
    for m in re.finditer(re.escape(word), one):
        before, after = one[max(0, m.start() - _CONTEXT):m.start()], one[m.end():m.end() + _CONTEXT]
        if (len(before) == _CONTEXT and _HAN_RUN.fullmatch(before) and before + word in other) or (
                len(after) == _CONTEXT and _HAN_RUN.fullmatch(after) and word + after in other):
            return True
    return False


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def weighs(text: str) -> bool:
    """Whether ``text`` holds a content word weighing WORD_TIE or more (True where no vocabulary is shipped): a run of
    two stop words (健康管理) names no thing."""
    return not samepoint.vocabulary() or any(weight >= WORD_TIE for weight, _ in samepoint.words(text).values())


# A title (卫生镇, 卫生城市, 示范区 …) the item keeps (巩固…成果, 复审) or seeks (创建, 申报), and a measure that
# seeks one (its plan, its application, its self-check before it) or keeps one already named.
_KEEPS_TITLE = re.compile(r"巩固[^，。；]{0,12}(?:成果|称号)|保持[^，。；]{0,12}称号|复审|长效管理")
_SEEKS_TITLE = re.compile(r"创建方案|创建任务|创建要(?:先|制定|发动)|申报|(?:开展|推进|启动|争创)[^，。；]{0,8}创建|"
                          r"以创建为抓手|创建[^，。；]{0,8}(?:工作|活动)")
_HAS_TITLE = re.compile(r"已经命名|已命名|按期接受复审|复审")
_SEEKING = re.compile(r"创建|申报|争创")

# The run of an item's own words a measure names to be about that item in its words (乡村医生补助, 住院分娩补助).
ITEM_WORDS = 6


def _shows_area(measure: str, mine: frozenset[str], item: str) -> bool:
    """Whether ``measure`` is of an area ``item`` is of: the registry's first area for it is one of the item's, or it
    names a narrow idea of an area one of the item's ideas is of."""
    _, _, _, their_areas, their_topics = _item_gates(item)
    about = classify(measure)
    return bool(about and about[0] in their_topics) or bool(
        {AREA_OF.get(i) for i in mine - BROAD - _GENERAL_IDEAS} & their_areas)


@lru_cache(maxsize=4096)
def _item_gates(item: str) -> tuple[bool, tuple[str, ...], bool, frozenset[str], tuple[str, ...]]:
    """What score's gates ask of ``item`` alone, kept per item: whether it is about a setting (fits_setting), the
    other tiers' words a measure may not name (_OTHER_TIER), whether a cost watch is no answer to it (_COST_WATCH), its
    ideas' areas, its topics."""
    theirs = _ideas(item)
    return (bool(_SETTING.search(item)), tuple(b for a, b in _OTHER_TIER if a in item),
            "监测预警" in theirs and not _COST_WATCH.search(item), frozenset(AREA_OF[i] for i in theirs),
            tuple(classify(item)))


def best_score(items: Sequence[str]) -> Callable[[str], int]:
    """``max(score(measure, item) for item in items)`` (0 where none) as a function of the measure, for one set of
    items asked about many measures (Picker.serve asks each of an area's ~100 measures about every other area's
    items: ~4,400 scores a render, nearly all 0).  Only the items the measure shares something with are scored: an
    idea of theirs or one carrying one out (SERVES), a content pair, a run of ITEM_WORDS of their words, each
    looked up in an index of the items; score is 0 for any other (its first question). Kept per set of items, each
    measure's answer with it: an area asks it twice of each measure (the pool, then take), and each compose of a
    brief held to its length asks it again."""
    key = tuple(items)
    found = _best_scores.get(key)
    if found is None:
        if len(_best_scores) >= _BEST_SCORES_MAX:
            _best_scores.clear()
        found = _best_scores[key] = _best_score(key)
    return found


_best_scores: dict[tuple[str, ...], Callable[[str], int]] = {}
_BEST_SCORES_MAX = 64


def _best_score(items: tuple[str, ...]) -> Callable[[str], int]:
    by_idea: dict[str, set[int]] = {}
    by_pair: dict[str, set[int]] = {}
    by_head: dict[str, list[tuple[str, int]]] = {}     # a run of an item's words, under its first two characters
    for j, item in enumerate(items):
        theirs, helpers, words = _item_asks(item)
        for idea in theirs | helpers:
            by_idea.setdefault(idea, set()).add(j)
        for pair in words:
            by_pair.setdefault(pair, set()).add(j)
        for gram in _item_grams(item)[1]:
            if gram:
                by_head.setdefault(gram[:2], []).append((gram, j))

    def best(measure: str) -> int:
        found: set[int] = set()
        for idea in _ideas(measure) & by_idea.keys():
            found |= by_idea[idea]
        pairs = set(map(add, measure, measure[1:]))      # every two characters in a row (a run starts with two)
        for pair in pairs & by_pair.keys():
            found |= by_pair[pair]
        for head in pairs & by_head.keys():
            found.update(j for gram, j in by_head[head] if gram in measure)
        return max((score(measure, items[j]) for j in found), default=0)

    answers: dict[str, int] = {}

    def kept(measure: str) -> int:
        got = answers.get(measure)
        if got is None:
            got = answers[measure] = best(measure)
        return got

    return kept


@lru_cache(maxsize=4096)
def _han_only(text: str) -> str:
    """``text``'s Chinese characters alone (an item is asked ~5,600 times a render: perf7 measured −54 M)."""
    return "".join(c for c in text if "\u4e00" <= c <= "\u9fff")


# The characters of the words every item says (加强, 医疗卫生机构, 服务, 建设…): a run of an item's words made of these and
# one other character at most names no business of its own (read57: 加强医疗卫生 put 要加强医疗卫生机构信息化建设的统筹
# 规划 under 严格落实加强医疗卫生行风建设“九不准”, 医疗卫生机构 put it under 推行“综合查一次”，减少对医疗卫生机构的重复检查).
_STOCK_CHARS = frozenset("医疗卫生健康机构加强推进深化健全完善建设服务工作基层能力提升体系管理全面进一步持续扎实做好落实严格开展深入"
                         "的和与及等对")


def _stock_run(run: str) -> bool:
    return sum(ch not in _STOCK_CHARS for ch in run) < 2


@lru_cache(maxsize=4096)
def _item_grams(item: str) -> tuple[str, tuple[str, ...]]:
    """``item``'s Chinese characters, and each run of ITEM_WORDS of them in order ("" for a run of stock words:
    _stock_run)."""
    key = _han_only(item)
    return key, tuple("" if _stock_run(g := key[i:i + ITEM_WORDS]) else g for i in range(len(key) - ITEM_WORDS + 1))


# A run that is only a body's name and a word joining it (和乡镇卫生院, 的县级公立医院) says who works, not what: no tie
# (fresh57's q2: 健康村镇建设要发挥村（居）委会和乡镇卫生院的作用 under 加强贫困县县级医院和乡镇卫生院能力建设).  A body's
# name alone still ties: 县级公立医院改革 serves 稳步推进县级公立医院综合改革.
_JOINERS = "和与及的对在向、"
_BODY_RUN = re.compile(r"[和与及的对在向、]?(?:各|[省市县区乡镇]级?)?(?:乡镇卫生院|社区卫生服务中心|社区卫生服务站|村卫生室|"
                       r"县级公立医院|县级医院|公立医院|人民医院|中医医院|中医院|疾控中心|妇幼保健院|基层医疗卫生机构|"
                       r"医疗卫生机构|医疗机构|卫生院)[和与及的、]?")


def item_run(measure: str, item: str) -> int:
    """The longest run of ``item``'s Chinese characters ``measure`` names (0 below ITEM_WORDS), a body's name alone
    aside (_BODY_RUN)."""
    key, grams = _item_grams(item)
    if not any(g and g in measure for g in grams):
        return 0              # most measures name no run of an item's words (~8,000 asked a render)
    best = 0
    for i, gram in enumerate(grams):
        n = ITEM_WORDS
        if not gram or gram not in measure:
            continue
        while i + n < len(key) and key[i:i + n + 1] in measure:
            n += 1
        run = key[i:i + n]
        if n > best and not (_BODY_RUN.fullmatch(run) and (run[0] in _JOINERS or run[-1] in _JOINERS)):
            best = n
    return best


# Whom or what an item's work is for, where the work is another area's (推进妇幼健康信息系统…互联互通 is 信息化 work for
# 妇幼): its measures name them (their words), or carry out some other item; the areas whose own subject they are.
_FOR_WHOM: tuple[tuple[re.Pattern[str], re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"妇幼|孕产妇|母婴|新生儿"), re.compile(r"妇幼|孕产妇|母婴|新生儿|儿童|产科|儿科|助产|出生|妇女"),
     frozenset({"妇幼", "儿童", "生育"})),
    (re.compile(r"中医"), re.compile(r"中医|中药|针灸|治未病"), frozenset({"中医药"})),
    (re.compile(r"老年|养老|医养"), re.compile(r"老年|养老|医养|失能|老龄"), frozenset({"老龄"})),
)


def _for_whom_unsaid(measure: str, item: str) -> bool:
    """Whether ``item`` does another area's work for whom _FOR_WHOM names (妇幼 of a 信息化 item) and ``measure`` names
    none of them."""
    subject = subject_of(item)
    if not subject or subject == "推进":
        return False
    return any(named.search(item) and subject not in own and not words.search(measure)
               for named, words, own in _FOR_WHOM)


# The kinds of staff an item on people may be about: a measure naming only other kinds serves it not.
_STAFF = tuple(re.compile(k) for k in (r"全科", r"乡村医生|村医", r"公共卫生(?:人才|专业|队伍)|疾控|卫生监督|妇幼",
                                       r"信息化人才", r"干部", r"护理|护士", r"儿科|产科", r"中医", r"高层次|学科带头人",
                                       r"健康教育", r"接种", r"管理人才|院长"))


def _other_staff(measure: str, item: str) -> bool:
    """Whether ``item`` is about one kind of staff and ``measure`` names only other kinds (_STAFF)."""
    if not aspects(item) & {"people", "train", "recruit", "pay"}:
        return False
    theirs = _staff_of(item)
    mine = _staff_of(measure)
    return bool(theirs and mine and not theirs & mine)


@lru_cache(maxsize=16384)
def _staff_of(text: str) -> frozenset[int]:
    """The kinds of staff ``text`` names (their places in _STAFF)."""
    return frozenset(i for i, k in enumerate(_STAFF) if k.search(text))


# Places and programmes whose own work a measure names in its opening clause (学校要…, 慢性病综合防控示范区建设…): it
# serves an item naming them.
_PLACE_OF_WORK = re.compile(r"学校|托幼|示范区|夏秋|秋冬|冬春")     # (and a season's: 夏秋季要盯住手足口病…)
_SETTING = re.compile(r"学校|托幼")
_SETTING_WORDS = re.compile(r"学校|校园|学生|校医|教育部门|教育行政|班级|托幼|幼儿园|托育")


def fits_setting(measure: str, item: str) -> bool:
    """Whether ``measure`` names the setting ``item`` is about (学校, 托幼), where it is about one."""
    return not _SETTING.search(item) or bool(_SETTING_WORDS.search(measure))


def _same_business(measure: str, item: str) -> bool:
    """Whether ``measure``'s subject (subject_of) is the item's or a near one (FAMILIES), where both have one: an item's
    subject is its work (接种), not the people it names (老年人), and a measure on their other care serves it not."""
    mine, theirs = subject_of(measure), subject_of(item)
    return not (mine and theirs and "推进" not in (mine, theirs) and mine != "健康扶贫" and not akin_subjects(mine, theirs))


# The least score that counts as serving an item: one narrow idea, or a helper idea and a shared word, or
# three shared content words.
SERVES_AT = 2


def could_serve(measure: str, item: str) -> bool:
    """A cheap necessary condition for score(measure, item) >= SERVES_AT: a shared idea, an idea that carries
    one of the item's out, or two shared content words (score counts nothing else)."""
    mine = ideas_of(measure)
    theirs = ideas_of(item)
    if mine & theirs or any(SERVES.get(idea, frozenset()) & mine for idea in theirs):
        return True
    # the item's content pairs looked for in the measure's text: the same count as _words(measure) & _words(item)
    # (a pair of Chinese characters found in a text is one of its pairs), without splitting every measure
    return sum(1 for pair in _words(item) if pair in measure) >= 2


def best_item(measure: str, items: Sequence[str]) -> tuple[int, int]:
    """The index of the item ``measure`` serves best and its score; (-1, 0) when it serves none."""
    best, points = -1, 0
    for i, item in enumerate(items):
        s = score(measure, item)
        if s > points:
            best, points = i, s
    return (best, points) if points >= SERVES_AT else (-1, 0)


# What a problem of the brief asks for: the words of a measure that answers it.  An area's measures that do
# are said first (Picker.mix, Picker.serve), so that 人才引不进、留不住 is followed by 住房、子女入学、编制, not by 继续教育.
# (Compiled when first searched: a render meets few of the troubles, so most remedies are never needed.)
REMEDIES = tuple((Lazy(trouble), Lazy(remedy)) for trouble, remedy in (
    (r"引不进|留不住|流失|青黄不接|人才.{0,6}(?:不足|短缺|缺乏)|人员.{0,4}不足|编制不足",
     r"引进|引才|留住|留得住|招聘|待遇|薪酬|编制|住房|子女|定向培养|绿色通道"),
    (r"监测预警|预警", r"监测|预警|直报|哨点|多点触发|早发现"),
    (r"外流|外转|专科能力", r"专科|县域|医共体|诊疗能力|诊疗水平|学科"),
    (r"服务能力(?:不强|不足|薄弱|偏弱)|能力(?:不强|不足|薄弱)|能力.{0,10}差距",
     r"服务能力|提档升级|标准化|设施设备|坐诊带教|适宜技术|重点专科|诊疗能力|学科建设"),
    (r"资源紧张|床位|产床", r"床位|产科|儿科|助产|救治中心"),
    (r"信息化|互联互通|信息孤岛", r"信息|平台|互联互通|数据|电子"),
    (r"应急", r"应急|演练|物资|预案|队伍"),
    (r"慢性病|慢病", r"慢性病|高血压|糖尿病|随访|医防融合"),
    # (a staff pension, 村医养老保障, is no old people's care: answered by 退出 and 保障, not by 老年护理培训)
    (r"老年|养老(?!保障|保险)|失能", r"老年|医养|护理|上门|失能"),
    (r"扶贫|贫困|返贫", r"扶贫|贫困|脱贫|兜底|大病"),
    # the ninth reading's unanswered problems
    (r"老化|年龄结构|后继乏人", r"定向培养|招聘|招收|引进|接班|退出|年轻"),
    (r"设施陈旧|基础设施|业务用房", r"标准化|改造|业务用房|设施设备|建设标准|达标"),
    (r"医防协同|医防融合", r"医防|协同|融合|疾控"),
    (r"分布不均|不均衡|不够均衡|布局不|资源不足", r"下沉|医联体|医共体|均衡|布局|扩容|对口|集团"),
    (r"托育", r"托育|托位|普惠|婴幼儿照护"),
    (r"结构不优|结构不合理|高层次", r"引进|培养|学科带头人|骨干|招聘"),
    (r"首诊", r"首诊|签约|家庭医生|分级诊疗"),
    (r"路途远|就医不便", r"巡诊|流动|签约|家庭医生|远程|送医"),
    (r"进度滞后|滞后于", r"倒排工期|挂图作战|序时进度|分析原因|调度|督导"),
    (r"负担|看病贵|费用", r"控费|负担|费用|支付方式|基本药物|价格|报销"),
    (r"配送", r"配送企业|配送到位|按合同"),
    # the fifteenth session: 社区卫生服务中心医疗服务量增长缓慢, answered by what brings patients (特色科室, 结对帮扶, 签约)
    (r"服务量|就诊量|诊疗量|业务量", r"特色科室|结对帮扶|坐诊|签约|首诊|常用药|慢性病用药|服务能力|提档升级"),
))


_PEOPLE_AT_RISK = re.compile(r"老人|老年人|独居|空巢|儿童|婴幼儿|学生|孕产妇|患者|残疾人")
_PREMISES_RISK = re.compile(r"危险化学品|燃气|液氧|锅炉|危险源|风险点|消防|用电|电气|建筑|生产安全|安全生产|专项整治")


def answers_problem(measure: str, problem: str) -> bool:
    """Whether ``measure`` answers the brief's ``problem``: it names what the problem asks for (REMEDIES: 招聘,
    待遇 for 人员不足) and is about its subject (score, not strict); for a problem REMEDIES does not know, it shares
    more of the subject."""
    theirs, asked = _problem_asks(problem)
    # (the cheap questions first: ~3,500 calls a render, nearly all of them no; every one must be yes)
    if asked and not any(r.search(measure) for r in asked):
        return False
    if score(measure, problem, strict=False) < (SERVES_AT if asked else SERVES_AT + 2):
        return False
    # (a measure on another body than the problem's: 疾控机构人员的待遇保障 is no answer to 县级医院人才流失)
    if other_object(measure, problem):
        return False
    # (a building's hazards are no answer to people at risk: fresh58's r5 answered 独居、空巢老人…，安全隐患较大 with
    # 危险化学品企业等风险点 and 燃气管道、液氧站、锅炉房和高压氧舱)
    if _PEOPLE_AT_RISK.search(problem) and _PREMISES_RISK.search(measure) and not _PREMISES_RISK.search(problem):
        return False
    mine = subject_of(measure)
    # 精神卫生综合管理…信息互通 is no answer to 信息互联互通水平不高
    return not (mine and theirs and not akin_subjects(mine, theirs) and "推进" not in (mine, theirs))


def answer_cues(problem: str) -> tuple[tuple[Lazy, ...], frozenset[str], frozenset[str]]:
    """What a measure holds whenever answers_problem(measure, ``problem``) says yes, for looking measures up
    (compose.lending): one of the remedies asked for, where the problem asks any (their patterns); and something
    score counts — an idea of the problem's or one carrying one out (the ideas), or else one of the strings returned
    last: where remedies are asked (score SERVES_AT), two Chinese characters of the problem in a row (its content
    pairs and the first two characters of each run of its words); where none are (SERVES_AT + 2, more than shared
    words alone can give, at most 3), a run of ITEM_WORDS of its words."""
    theirs, helpers, words = _item_asks(problem)
    asked = _problem_asks(problem)[1]
    grams = tuple(g for g in _item_grams(problem)[1] if g)
    assert SERVES_AT + 2 > 3      # (what the runs-only cue relies on: see score's words_most)
    return asked, theirs | helpers, words | {g[:2] for g in grams} if asked else frozenset(grams)


@lru_cache(maxsize=1024)
def _problem_asks(problem: str) -> tuple[str, tuple[Lazy, ...]]:
    """What answers_problem asks of ``problem`` whatever the measure (~3,400 calls a render, a few problems): its
    subject and the remedies of the REMEDIES troubles it names."""
    return subject_of(problem), tuple(remedy for trouble, remedy in REMEDIES if trouble.search(problem))


# A problem of the brief that no measure of its subject answers (its area's, or any area's the lending finds) is said
# honestly in one sentence: it is named, and the speaker commits to it, with no procedure (列入任务清单, 明确牵头单位,
# 摸清底数 were what readers marked every round: the answer to a problem is a measure, not a ledger).  {p} is the
# problem's first clause, {t} the area's name; each wording once in a speech.
HONEST = (
    "前面讲到的{p}问题，{t}工作要盯住不放，拿出有针对性的措施，尽快见到成效。",
    "对前面讲到的{p}问题，{t}工作要拿出具体办法，分步骤解决到位。",   # (not 集中力量攻坚…逐步: reading 44, r3)
    "前面讲到的{p}问题，{t}工作要找准症结、对症施策，不能回避、不能拖延。",
)

# … and where the subsection's lead has named the area's problems (some answered by measures, one not): the honest
# sentence commits without naming it a third time (the sixteenth session: 「疫情防控常态化下基层防控力量偏弱」 in part 一,
# in the lead 「前面讲到的…等问题」 and again in 「…的问题由来已久」); each wording once in a speech.  No slogan: 由来已久…
# 要有实质性的进展 and 硬骨头 were what the eighteenth reading marked where a problem had no answer.  Never that the
# meeting has no answer (还拿不出成熟的办法, 一时还没有现成的解法: a leader deploying work cannot say it, the thirty-third
# and thirty-fourth readings).
HONEST_UNNAMED = (
    "其余的问题，也要找准症结、对症施策，逐个推动解决。",
    "其余的问题，{t}工作要盯住不放，拿出有针对性的措施。",
)
HONEST_UNNAMED_ONE = (
    "这个问题要找准症结、对症施策，尽快见到成效。",
    "对这个问题，{t}工作要盯住不放，不能回避。",
)

# Words of the brief's problems that name the area whose work answers them where the topic registry's keywords do
# not decide (a problem naming no area's words: 人才引不进; or naming two equally: 公共卫生应急能力仍有短板).
PROBLEM_CUES: tuple[tuple[str, str], ...] = (
    # (a practice's lawfulness is supervision's business: read57's g5 answered 部分医疗机构依法执业主体责任落实不到位
    # under 党风廉政)
    ("regulation", "依法执业"), ("regulation", "非法行医"), ("regulation", "执业行为"),
    ("workforce", "人才"), ("primary_care", "基层"), ("primary_care", "乡村医生"),
    ("primary_care", "村医"), ("medical_services", "医院"), ("medical_services", "医疗资源"),
    ("medical_reform", "医疗资源"), ("primary_care", "医疗资源"), ("medical_reform", "布局"),
    ("medical_reform", "资源整合"), ("medical_reform", "医保"), ("medical_reform", "分级诊疗"),
    ("informatization", "信息"), ("informatization", "互联互通"), ("regulation", "监管"),
    ("regulation", "行医"), ("maternal_child", "孕产妇"), ("maternal_child", "儿童"),
    ("elderly_health", "老年"), ("elderly_health", "养老"), ("tcm", "中医"),
    ("population_family", "托育"), ("population_family", "生育"),
    ("patriotic_health", "环境"), ("public_health", "传染病"), ("public_health", "疫情"),
    ("public_health", "慢性病"), ("emergency", "应急"),
    # what people know and do about their own health is 健康促进's; 监督执法 and 非法行医 综合监管's; the conditions a
    # speech works around go to the area whose services reach the people they leave (issue 13, session 12)
    ("health_promotion", "健康意识"), ("health_promotion", "健康素养"), ("health_promotion", "健康知识"),
    ("health_promotion", "卫生习惯"), ("regulation", "非法行医"), ("regulation", "执法"),
    ("elderly_health", "老龄化"), ("primary_care", "外出务工"), ("primary_care", "人口流出"),
    ("primary_care", "人口持续"), ("primary_care", "常住人口"), ("primary_care", "留守"), ("primary_care", "卫生院"),
    ("medical_reform", "薪酬"), ("medical_reform", "绩效工资"),
    # the ninth reading: 县级医院专科能力不足 and 健康扶贫 raised and answered nowhere when the brief had no 医疗服务 task;
    # 医防协同 with a 疾控 task; 基层…外流 with a 医共体 task
    ("medical_reform", "负担"), ("medical_reform", "看病贵"), ("medical_reform", "费用"),
    ("medical_reform", "医院"), ("medical_reform", "外转"), ("medical_reform", "外流"),
    ("medical_reform", "专科"), ("medical_reform", "扶贫"), ("primary_care", "扶贫"),
    ("primary_care", "贫困"), ("medical_reform", "基层"), ("disease_control", "医防"),
    ("public_health", "医防"), ("public_health", "疾控"), ("primary_care", "看病就医"),
    ("medical_reform", "看病就医"), ("primary_care", "人才"), ("medical_reform", "人才"),
    # a chronic disease by its name, and the follow-up of patients (a gap of its own once a problem is split, compose.gaps:
    # 糖尿病患者随访管理还有差距 went to the first general task, not to the 公共卫生 one managing 慢性病患者)
    ("public_health", "糖尿病"), ("public_health", "高血压"), ("public_health", "慢阻肺"), ("public_health", "随访"),
    # the things 爱国卫生 cleans up by their names (fresh38's u6: 部分村垃圾清运不及时 was answered under the 常态化疫情防控
    # subsection, the first general task, while the meeting's own 爱国卫生 subsections said nothing of it)
    ("patriotic_health", "垃圾"), ("patriotic_health", "污水"), ("patriotic_health", "厕所"),
    ("patriotic_health", "改厕"), ("patriotic_health", "卫生死角"), ("patriotic_health", "脏乱差"),
    ("patriotic_health", "保洁"), ("patriotic_health", "人居环境"), ("patriotic_health", "病媒"),
    ("patriotic_health", "蚊蝇"),
)
# The system's own name (卫生计生信息化水平不高) is no area: 计生 there is not population work.
_SYSTEM_NAME = re.compile(r"卫生计生|卫生和计划生育|卫计|卫生健康|卫健")


# The setting a problem opens on (全面两孩政策实施后…, 疫情发生以来…, 疫情防控转段后…): when it arose, not what it is about.
PROBLEM_SETTING = re.compile(r"^[^，。；]{2,16}?(?:实施后|实施以来|发生以来|转段后|以来|之后)")


@lru_cache(maxsize=1024)
def _problem_text(problem: str) -> str:
    """What of ``problem`` says its subject: the system's name and the setting it opens on set aside (疫情防控转段后… is
    when it arose, not what it is about: read57's g3 answered 疫情防控转段后医疗机构运营压力较大，部分区属医院收支结余偏低
    under 公共卫生's 传染病 item)."""
    text = _SYSTEM_NAME.sub("", problem)
    rest = PROBLEM_SETTING.sub("", text)
    return rest if len(rest) >= 6 else text


def keyword_hits(problem: str) -> dict[str, int]:
    """How many of each area's topic-registry keywords ``problem`` names (its subject's words: _problem_text)."""
    from ..model.topics import TOPICS

    text = _problem_text(problem)
    return {t.key: sum(text.count(k) for k in t.keywords) for t in TOPICS}


def problem_areas(problem: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The areas whose work answers ``problem``: those the topic registry's keywords name, most hits first, a tie
    broken by the cue table (PROBLEM_CUES); then, apart, the cue table's own areas in its order (for a problem no
    keyword names, and as the next homes)."""
    from ..model.topics import TOPICS

    text = _problem_text(problem)
    cued = tuple(dict.fromkeys(k for k, cue in PROBLEM_CUES if cue in text))
    hits = keyword_hits(problem)
    order = {t.key: i for i, t in enumerate(TOPICS)}
    named = sorted((k for k, n in hits.items() if n),
                   key=lambda k: (-hits[k], cued.index(k) if k in cued else len(cued), order[k]))
    return tuple(named), tuple(k for k in cued if k not in named)


# The subjects a subsection's measures are grouped by into paragraphs (issue 13, the eleventh reading: section 三 was
# 10 to 18 stock sentences to a paragraph, 签约, 医保支付, 基药配送 and 医养 under one heading).  A measure's subject is
# the first here whose ideas it names most; a paragraph holds one subject, in 3 to PARAGRAPH_MEASURES sentences.
SUBJECTS: tuple[tuple[str, frozenset[str]], ...] = tuple((name, frozenset(ideas.split())) for name, ideas in (
    ("公立医院", "公益性 薪酬制度 现代医院管理 公立医院改革"),
    ("医联体", "医共体 分级诊疗 区域卫生规划 资源下沉 专家下沉"),
    ("签约服务", "家庭医生签约"),
    ("医保支付", "支付方式改革 医保基金监管 医保引导 控费 医疗服务价格 三医联动"),
    ("药品供应", "药品供应 基本药物 基层取药"),
    ("人才", "人才引育 队伍 培训 定向培养 职称评聘 待遇 引育留用 传帮带 人才安居"),
    ("村医", "村医 乡村一体化 村医养老 村卫生室运行"),
    ("建设", "标准化建设 社区医院 村卫生室达标 村卫生室布局 卫生院"),
    ("疾控", "疾控机构 医防协同 监测预警 疫情报告 核酸检测 重点场所"),
    ("传染病", "传染病 结核病 预防接种 免疫规划 新冠疫苗"),
    ("慢性病", "慢性病 基本公共卫生 健康管理 重点人群 健康体检"),
    ("职业健康", ""),
    ("精神卫生", "精神卫生"),
    ("健康教育", "健康教育"),
    ("应急", "应急 应急演练 应急预案 应急物资 院前急救"),
    ("妇幼", "母婴安全 高危孕产妇 助产救治 危重救治 母婴安全底线 妇女保健 出生缺陷 妇幼机构 孕产妇健康教育"),
    ("儿童", "儿童保健 托幼保健 儿童早期发展 儿童成长 儿科建设"),
    ("生育", "人口 生育政策 人口监测 生育配套"),
    ("计生家庭", "计生特殊家庭 特别扶助"),
    ("老龄", "老龄 医养结合 老年医学 老年友善 康复医疗 安宁疗护 上门服务 康复护理床位 上门巡诊 老年体检"),
    ("中医药", "中医药 中医药就近 中医药进社区"),
    ("信息化", "信息化 互联互通 电子病历 网络安全"),
    ("医疗服务", "医疗质量 结果互认 预约诊疗 规范诊疗 就医体验 少跑腿"),
    ("监督", "监督执法 依法执业 公共场所卫生"),
    ("爱国卫生", "爱国卫生 病媒密度"),
    ("党建", "党风廉政 医德医风 党建堡垒"),
    # how any area's work is steered: said together, after the subjects, or by the safeguards part
    ("推进", "台账 跟踪问效 总结推广 部门协同 宣传引导 群众实惠 向基层倾斜 调查研究 绩效考核"),
))
_SUBJECT_ORDER = {name: i for i, (name, _) in enumerate(SUBJECTS)}
# Words of poverty: a measure naming one is the work of 健康扶贫 (subject_of), and a brief naming one has that work
# (Picker: 健康扶贫 lines only where the brief speaks of poverty).
POVERTY = re.compile(r"扶贫|贫困|脱贫|返贫")
# Subjects near enough that a lone measure on one may close the paragraph of another (a 基本药物 line after 医保支付's:
# 医保、医药; 村医 after 人才): one paragraph still holds one kind of work.
FAMILIES: tuple[frozenset[str], ...] = tuple(frozenset(f.split()) for f in (
    # (职业健康 and 精神卫生 are each their own: a 公安、民政 mental-health line after 健康知识普及, an 职业病 line after
    # 传染病, read as jumps: the fifteenth session's readers)
    "公立医院 医联体 签约服务 医保支付 药品供应 医疗服务", "人才 村医 建设", "疾控 传染病 应急",
    "慢性病 健康教育", "妇幼 儿童", "生育 计生家庭 儿童", "信息化 医疗服务", "监督 医疗服务", "爱国卫生 健康教育",
))


_GRASSROOTS = re.compile(r"基层|乡村|村医|乡镇卫生院|村卫生室|社区卫生")
_ABOVE_GRASSROOTS = re.compile(r"县级|疾控|三级医院|城市|市级|区域医疗中心")


def other_tier(measure: str, item: str) -> bool:
    """Whether ``measure`` is about a tier ``item`` is not (县级公立医院, 疾控 under 实施基层卫生人才培养计划)."""
    if any(a in item and b in measure for a, b in _OTHER_TIER):
        return True
    return bool(_GRASSROOTS.search(item) and not _ABOVE_GRASSROOTS.search(item) and _ABOVE_GRASSROOTS.search(measure))


@lru_cache(maxsize=16384)
def akin_subjects(one: str, other: str) -> bool:
    """Whether a lone measure on subject ``one`` may close a paragraph on ``other`` (FAMILIES)."""
    return one == other or any(one in f and other in f for f in FAMILIES)
# The most sentences one paragraph of a subsection holds (its lead counted): 3 to 6 a paragraph.
PARAGRAPH_SENTENCES = 6


@lru_cache(maxsize=65536)
def subject_of(text: str) -> str:
    """The subject ``text`` is about (SUBJECTS): the one whose ideas it names most, the first on a tie; "" for none."""
    known = SHIPPED.get(text)
    return _subject_of(text) if known is None else str(known[0])


def _subject_of(text: str) -> str:
    if POVERTY.search(text):
        return "健康扶贫"         # whatever else it names (住院, 医保, 签约): the work of 健康扶贫
    if _MENTAL.search(text):
        return "精神卫生"         # 落实患者监护责任，防止肇事肇祸 names 基层医疗卫生机构 too: its work is mental health
    if _COST_WATCH.search(text):
        return "医保支付"         # 对费用异常增长的及时预警、约谈 watches costs: no 疾控 line for its 监测、预警 (place16: it
        #                           stood alone under the standing 加强疾控实验室能力建设, its 检查检验 read as 检验)
    mine = ideas_of(text)
    best = _compound_head(text, mine) or _most_named(mine)
    if not best or (best in ("医疗服务", "推进") and "公立医院" in text):
        best = next((name for words, name in _SUBJECT_WORDS if words.search(text)), best)
    elif best == "推进":
        # 职业病防治的宣传要走进企业 names 宣传 as how, 职业病 as what: its subject is the work, not the steering
        best = next((name for words, name in _SUBJECT_WORDS if name != "推进" and words.search(text)), best)
    return best


_MENTAL = re.compile(r"肇事肇祸|监护责任|精神障碍")
# A noun compound names its work by its last word, its head; the words before it qualify it: 区域人口健康信息平台 is a
# 信息平台 (信息化), 人口健康 its name (fix28: read as 生育, it had every 信息化 measure refused, b04 short at seeds 1–2).
# The head ends the text or is followed only by the word for building it or what it makes up (…平台建设, …监测预警体系);
# between it and the qualifier's word only nouns: a verb, 和 or 的 there is two phrases (加强乡镇卫生院和村卫生室建设,
# 配合社区卫生服务中心做好家庭医生签约服务; 在职称评聘上向基层倾斜), and two words side by side name two things (产科儿科服务能力建设).
_HEAD_TAIL = re.compile(r"(?:建设|体系|平台|应用)?")
_COMPOUND_BREAK = re.compile(r"[^\u4e00-\u9fff]|[和与及的、上中]|加强|推进|推动|做好|抓好|提升|提高|完善|健全|建立|实施|开展|"
                             r"落实|配合|改善|深化|扩大|建设|实现")
_QUALIFIER_GAP = 4


def _compound_head(text: str, mine: frozenset[str]) -> str:
    """The subject whose word heads the compound ``text`` ends on (_HEAD_TAIL), where another subject, named as
    often, only qualifies it; "" where the text is no such compound or the tie is not between them."""
    hits: dict[int, list[str]] = {}
    for idea in mine:
        for i in _SUBJECT_PLACES.get(idea, ()):
            hits.setdefault(i, []).append(idea)
    if len(hits) < 2:
        return ""
    most = max(len(v) for v in hits.values())
    tied = sorted(i for i, v in hits.items() if len(v) == most)
    if len(tied) < 2:
        return ""
    spans = {i: [span for idea in hits[i] for span in idea_table.idea_spans(text, idea)] for i in tied}
    heads = [(end, start, i) for i in tied for start, end in spans[i] if _HEAD_TAIL.fullmatch(text[end:])]
    if not heads:
        return ""
    end, start, head = max(heads, key=lambda h: (h[0], -h[2]))
    qualified = any(0 < start - q_end <= _QUALIFIER_GAP and not _COMPOUND_BREAK.search(text[q_end:start])
                    for i in tied if i != head for _, q_end in spans[i])
    return SUBJECTS[head][0] if qualified else ""


def _subject_places() -> dict[str, tuple[int, ...]]:
    """Each idea's places in SUBJECTS (the subjects whose ideas hold it)."""
    places: dict[str, list[int]] = {}
    for i, (_, ideas) in enumerate(SUBJECTS):
        for idea in ideas:
            places.setdefault(idea, []).append(i)
    return {idea: tuple(at) for idea, at in places.items()}


_SUBJECT_PLACES = _subject_places()


def _most_named(mine: frozenset[str]) -> str:
    """The subject of SUBJECTS whose ideas ``mine`` names most, the first on a tie; "" where it names none (the
    ideas looked up in _SUBJECT_PLACES, not every subject's set intersected: ~1,000 texts a render)."""
    hits: dict[int, int] = {}
    for idea in mine:
        for i in _SUBJECT_PLACES.get(idea, ()):
            hits[i] = hits.get(i, 0) + 1
    if not hits:
        return ""
    most = max(hits.values())
    return SUBJECTS[min(i for i, n in hits.items() if n == most)][0]


# The subject and aspects of each bundled text (bank entries, the templates' wording: prepared.make.bundled_texts),
# worked out when the package was made (prepared/serve.marshal; ~700 first asks a render are look-ups), keyed by the
# text itself; used while this module, compose.ideas and the matchers they use are byte for byte what made them.
SHIPPED = prepared.Answers("serve", lambda: prepared.digest(*(prepared.source_of(m.__file__)
                                                              for m in (patterns, wordsets, idea_table)),
                                                            prepared.source_of(__file__)), by_text=True)


def shipped_answers(text: str) -> tuple[str, frozenset[str]]:
    """What SHIPPED keeps of ``text``: its subject and its aspects, worked out."""
    return _subject_of(text), _aspects(text)


# Words that place a measure naming none of the ideas (the idea table is for repeats, not for subjects).
_SUBJECT_WORDS = tuple((re.compile(words), name) for words, name in (
    (r"公立医院|医院.{0,6}(?:运营|经济运行|内部控制|债务)|办医责任", "公立医院"),
    (r"急危重症|急诊|绿色通道|平安医院|涉医|医疗技术|评审评价|诊疗信息|出院患者|医疗机构广告", "医疗服务"),
    (r"职业病|职业健康|尘肺", "职业健康"),
    (r"癌症|早诊早治", "慢性病"),
    (r"部门协作|政府主导|部门协调|提请会商|全社会参与|着力点", "推进"),
))


# A responsibility, ledger or assessment line (台账, 时间表, 督导, 向政府报告): the safeguards part says how the tasks
# are followed up, once; the same line closing several subsections was the readers' commonest repeat (the eleventh
# reading: 台账/考核/路线图 five or six times a speech).
LEDGER = re.compile(r"台账|时间表|路线图|跟踪问效|挂图|倒排工期|定期调度|调度推进|报告进展|进展情况|向[县区市旗]?政府报告|"
                    r"任务清单|专门方案|实施方案|目标考核|年度考核|逐项考核|列入年度|分解到单位|落实到人|牵头单位和")


def is_ledger(text: str) -> bool:
    """Whether ``text`` is a line on following the work up (LEDGER) rather than a measure."""
    return bool(LEDGER.search(text))


def by_subject(measures: Sequence[str], subjectless: bool = False) -> list[list[str]]:
    """``measures`` grouped by subject (subject_of), the groups in the order of their first measure, a subjectless
    measure with the group before it (or the next, at the head; or in a group of its own, ``subjectless``), the 推进
    group last; each group keeps its order."""
    groups: dict[str, list[str]] = {}
    order: list[str] = []
    pending: list[str] = []
    for m in measures:
        s = subject_of(m.split("‖")[0])
        if not s and not subjectless:
            if order:
                groups[order[-1]].append(m)
            else:
                pending.append(m)
            continue
        if s not in groups:
            groups[s] = []
            order.append(s)
        groups[s].append(m)
    if pending:
        if order:
            groups[order[0]][:0] = pending
        else:
            return [pending]
    order.sort(key=lambda s: s in ("推进", ""))
    return [groups[s] for s in order]


def paragraph_breaks(measures: Sequence[str], lead: int = 1, stands: Callable[[str], bool] = lambda s: True,
                     most: int = PARAGRAPH_SENTENCES, least: int = 3) -> tuple[int, ...]:
    """Where ``measures`` (already in their order) open a new paragraph: at a change of subject once the paragraph
    holds ``least`` sentences (its ``lead`` sentences counted) and two measures are left for the next, or where it
    holds ``most``; only before a measure that ``stands`` on its own (one leaning on the sentence before it never opens a
    paragraph)."""
    breaks: list[int] = []
    count = lead
    for k, m in enumerate(measures):
        if k and stands(m):
            changed = subject_of(m.split("‖")[0]) != subject_of(measures[k - 1].split("‖")[0])
            left = len(measures) - k
            if (changed and count >= least and left >= 2) or (count >= most and (left >= 2 or count > most)):
                breaks.append(k)
                count = 0
        count += 1
    return tuple(breaks)


def packed(groups: Sequence[Sequence[str]], most: int = PARAGRAPH_SENTENCES - 1) -> list[list[str]]:
    """Groups of measures on one subject each (by_subject) as paragraphs: in the order of SUBJECTS (公立医院 before
    医保支付 before 人才 …, those on no subject and on how the work is steered last), a group past ``most`` split, a
    group of one joined to the paragraph before it, and a paragraph under three sentences joined with a neighbour on
    a near subject (FAMILIES), while the two hold ``most`` or fewer: no lone sentence where another is near."""
    def rank(group: Sequence[str]) -> int:
        s = subject_of(group[0].split("‖")[0])
        return _SUBJECT_ORDER.get(s, len(_SUBJECT_ORDER)) if s != "推进" else len(_SUBJECT_ORDER) + 1

    out: list[list[str]] = []
    for group in sorted((g for g in groups if g), key=rank):
        chunks = [list(group[i:i + most]) for i in range(0, len(group), most)]
        for chunk in chunks:
            near = out and akin_subjects(subject_of(out[-1][-1].split("‖")[0]), subject_of(chunk[0].split("‖")[0]))
            if out and near and (len(chunk) < 2 or len(out[-1]) < 3) and len(out[-1]) + len(chunk) <= most:
                out[-1] += chunk
            elif len(chunk) < 2 and (home := next((p for p in out if len(p) < most and akin_subjects(
                    subject_of(p[-1].split("‖")[0]), subject_of(chunk[0].split("‖")[0]))), None)) is not None:
                home += chunk         # a lone measure closes a paragraph on a near subject, never an unrelated one's
            else:
                out.append(chunk)
    return out


# The registered areas whose own work a measure names, by words the topic registry's keywords do not decide (签约服务队伍
# names 老年人 and 妇幼 as whom it serves; 综合监管 is 常态化 as a 疫情防控 line is): the sixteenth session's jumps inside a
# subsection (签约 and 综合监管 under 公共卫生, 食源性疾病监测 under 安全生产, 院前急救 under 医药领域腐败问题集中整治).  An area
# whose own work it is, or a near one, may say it; another says it only where one of its items names its business.
HOME_AREAS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple((re.compile(words), frozenset(areas.split()))
                                                                       for words, areas in (
    (r"签约", "primary_care medical_reform elderly_health"),
    (r"综合监管|监督执法|非法行医|行政执法", "regulation medical_services"),
    (r"食源性|食品安全", "public_health disease_control"),
    (r"院前急救|120急救|急救站|急救网络", "emergency medical_services"),
    (r"职业健康|职业病|尘肺", "public_health disease_control regulation"),
    (r"家庭病床|医养结合|安宁疗护", "elderly_health"),
    (r"托育|托位", "population_family maternal_child"),
))


@lru_cache(maxsize=8192)
def home_areas(measure: str) -> frozenset[str]:
    """The registered areas whose own work ``measure`` names (HOME_AREAS); empty where it names none of them (kept
    per measure: ~520 asks a render, each of HOME_AREAS' patterns searched)."""
    plain = measure.split("‖")[0]
    found: frozenset[str] = frozenset()
    for words, areas in HOME_AREAS:
        if words.search(plain):
            found |= areas
    return found


def belongs_elsewhere(measure: str, area: str | None) -> bool:
    """Whether ``measure`` is the work of another registered area than ``area`` (home_areas): said there, or under
    an item that names its business, never as one of ``area``'s own measures."""
    homes = home_areas(measure)
    return area is not None and bool(homes) and area not in homes


def names_business(measure: str, item: str) -> bool:
    """Whether ``measure`` names ``item``'s business: one of its narrow ideas, an idea that carries it out (SERVES), or
    a run of its own words (a measure matched to an item by two shared words alone does not)."""
    plain = measure.split("‖")[0]
    theirs = ideas_of(item)
    helpers = frozenset().union(*(SERVES.get(x, frozenset()) for x in theirs)) if theirs else frozenset()
    return bool(ideas_of(plain) & (theirs | helpers) - BROAD) or item_run(plain, item) >= ITEM_WORDS


_SUBJECT_IDEAS = dict(SUBJECTS)


def near_an_item(measure: str, items: Sequence[str]) -> bool:
    """Whether ``measure`` is on a subject near one of ``items``' (akin_subjects), or names an idea of one's subject
    (老年健康宣传教育 is 健康教育 by its words and 老龄 by its idea: near 推进医养结合)."""
    plain = measure.split("‖")[0]
    mine = subject_of(plain)
    subjects = [subject_of(x) for x in items]
    if any(mine and akin_subjects(mine, x) for x in subjects):
        return True
    ideas = ideas_of(plain)
    return any(ideas & _SUBJECT_IDEAS.get(x, frozenset()) for x in subjects)


# The heading clause of a numbered item an area says of its own standing work, beyond the brief's items (三是…, 四是…):
# per subject (SUBJECTS), the first wording whose words (after "|") one of its measures names, else the first with
# none.  A subject with no clause here (医保支付: the 医保 office's to steer; 推进: how work is steered, the safeguards'
# to say; 生育: its wording turns with the policy's era) has no standing item: its lines are left out, never an
# unnumbered paragraph of mixed subjects after the numbered ones (the eighteenth reading: 15–30 measures 不分主次).
def _head(wording: str) -> tuple[str, Lazy | None, frozenset[str]]:
    """A STANDING_HEADS wording read: ``head|words@areas`` (the words and the areas optional)."""
    wording, _, areas = wording.partition("@")
    head, _, words = wording.partition("|")
    return head, Lazy(words) if words else None, frozenset(areas.split())


STANDING_HEADS: dict[str, tuple[tuple[str, Lazy | None, frozenset[str]], ...]] = {
    subject: tuple(_head(w) for w in wordings)
    for subject, wordings in {
        "公立医院": (
            "加强公立医院运行管理|运行|经济|财务|预算",
            "提升县级医院服务能力|县级医院|重点专科|专科建设|学科",
            "深化公立医院改革",
        ),
        "医联体": ("推动优质医疗资源下沉|下沉", "推进分级诊疗|分级诊疗|双向转诊", "推进医联体建设"),
        "签约服务": ("做实家庭医生签约服务",),
        "医保支付": (
            "配合推进医疗服务价格改革|价格",
            "配合推进医保支付方式改革|支付方式|医保支付",
            "配合加强医保基金监管|医保基金|骗保|挂床|虚假诊疗",
        ),
        "药品供应": ("保障群众基本用药",),
        "人才": (
            "加强疾控专业队伍建设|疾控|流调|流行病学|核酸|接种人员|疫情报告@disease_control public_health",
            "加强卫生应急队伍建设|应急@emergency",
            "加强健康教育专业队伍建设|健康教育|健康生活方式@health_promotion patriotic_health",
            "加强人才培养培训|培训|进修|培养|继续教育|带教",
            "引进和留住人才|招聘|引进|留住|留得住|待遇|职称|编制",
            "加强卫生人才队伍建设",
            "加强专业技术队伍建设",
        ),
        "村医": ("落实乡村医生待遇保障|待遇|补助|养老|收入|保险", "加强乡村医生培训|培训|进修|轮训|跟班", "加强乡村医生队伍建设"),
        "建设": (
            "推进基层医疗卫生机构标准化建设|标准化|设备|用房|改造",
            "提升基层医疗卫生服务能力|服务能力|优质服务基层行|特色科室|住院|服务项目|达标",
            "完善基层运行机制|绩效工资|补助|绩效考核|财务|运行",
            "夯实基层医疗卫生机构基础",
        ),
        "疾控": (
            "推进医防协同|医防|协同|协作",
            "加强疾控实验室能力建设|实验室|检测能力|检验",
            "健全传染病监测预警机制|监测|预警|哨点",
            "加强疾病预防控制体系建设",
            "提升疾病防控能力",
        ),
        "传染病": (
            "抓好预防接种|接种|疫苗|免疫规划",
            "抓好重大传染病防治|结核|艾滋|肝炎|重大传染病|血吸虫|地方病",
            "做好季节性传染病防控|季节|秋冬|冬春|夏秋|手足口|流感|汛期",
            "抓好传染病防控",
            "做好重点传染病防治",
        ),
        "慢性病": (
            "做好慢性病综合防治|慢性病|高血压|糖尿病",
            "规范居民健康档案管理|健康档案|档案",
            "做实基本公共卫生服务",
            "抓好重点人群健康管理",
        ),
        "职业健康": ("加强职业病防治",),
        "精神卫生": ("加强精神卫生和心理健康服务",),
        "健康教育": (
            "推进控烟和健康促进场所建设|控烟|无烟|烟草|健康促进医院|健康促进学校",
            "加强健康教育|健康教育|健康知识|宣传",
            "提升居民健康素养",
            "深入开展健康促进",
        ),
        "应急": (
            "做好重大活动卫生应急保障|重大活动|节庆|节日",
            "加强应急物资储备|物资|储备|床位|用血",
            "加强应急演练|演练|预案",
            "加强院前急救|院前|急救",
            "提升卫生应急能力|应急",
            "健全卫生应急体系",
        ),
        "妇幼": (
            "加强出生缺陷防治|出生缺陷|产前筛查|新生儿疾病筛查",
            "预防艾滋病、梅毒和乙肝母婴传播|母婴传播",
            "加强产科儿科服务能力|产科|助产|儿科",
            "保障母婴安全|孕产妇|母婴",
            "加强妇幼健康服务",
            "提升妇幼健康服务水平",
            "加强妇女保健服务",
        ),
        "儿童": ("加强儿童健康服务",),
        "计生家庭": ("做好计划生育特殊家庭扶助关怀",),
        "老龄": (
            "推进医养结合|医养",
            "做好老年人健康管理|健康管理|体检|失能|评估",
            "加强老年医疗和康复护理|老年医学|康复|安宁|护理",
            "加强老年健康服务",
        ),
        "中医药": ("加强中医药人才培养|人才|传承|师承", "提升中医药服务能力"),
        "信息化": ("加快推进信息化建设",),
        "医疗服务": (
            "加强医疗质量管理|质量|质控|临床路径|手术分级|医疗技术|护理|规范诊疗|过度医疗|评审|内部管理",
            "持续改善群众就医感受|预约|便捷|就医体验|就医感受|一站式|排队|就诊流程|候诊|投诉|随访|互认|调阅",
            "提升临床服务能力|多学科|专科|急危重症|疑难|诊疗能力|胸痛|卒中|创伤|绿色通道",
            "加强平安医院建设|平安医院|涉医",
            "健全医疗纠纷调解机制|纠纷|调解|医患",
            "整治医疗乱象|乱象|广告|虚假宣传|医保基金|骗保|挂床|虚假诊疗|非法行医|医疗美容|违规收费|整改清单",
            "规范医疗服务行为|乱象|广告|虚假宣传|医保基金|骗保|挂床|虚假诊疗|非法行医|医疗美容|违规收费|整改清单",
        ),
        "监督": ("加强卫生监督执法",),
        "爱国卫生": ("加强病媒生物防制|病媒", "抓好环境卫生整治|环境卫生|整治|脏乱差", "深入开展爱国卫生运动"),
        "党建": ("加强医疗卫生机构党的建设|党组织|党建|支部|党员", "加强行风建设|行风|医德医风|红包|回扣", "加强党风廉政建设"),
        "健康扶贫": ("深入推进健康扶贫",),
    }.items()}

# The subject each standing item's heading is worded for (a plain one, 提升临床服务能力, names no subject word of its own).
_HEAD_SUBJECT = {head: subject for subject, heads in STANDING_HEADS.items() for head, _, _ in heads}


def heading_subject(head: str) -> str:
    """The subject ``head`` is about: the standing subject it is a wording of (提升临床服务能力 → 医疗服务, 完善基层运行
    机制 → 建设, whatever its words name), else its own words' (subject_of); "" for neither."""
    return _HEAD_SUBJECT.get(head) or subject_of(head)


# The most measures one standing item holds: two to four, as a real speech's 三是…四是… (each a paragraph).
STANDING_MOST = 6


def standing_items(subject: str, measures: Sequence[str], avoid: Callable[[str], bool],
                   area: str = "") -> list[tuple[str, list[str]]]:
    """The standing items on ``subject`` for ``measures`` (STANDING_HEADS): each measure under the first wording whose
    words it names, the rest under the subject's plain wording (one with no words); each wording with two measures or
    more, for ``area`` (a wording's areas, where it names some) and not refused by ``avoid`` (said already) is an item,
    in the order of the wordings.  A plain wording naming what a worded one of the subject said (传染病防控 after 重大
    传染病防治) is no item of its own: its measures join that one, room allowing (two headings on one thing read as
    the same heading twice)."""
    # (a wording for no area in particular is no item of the public's health: its trade's own wordings are, PUBLIC_SIDE)
    heads = tuple((head, words) for head, words, areas in STANDING_HEADS.get(subject, ())
                  if not avoid(head) and (area in areas if areas else subject != "人才" or area not in PUBLIC_SIDE))
    plain_head = next((head for head, words in heads if words is None), None)
    placed: dict[str, list[str]] = {}
    for m in measures:
        text = m.split("‖")[0]
        head = next((head for head, words in heads if words is not None and words.search(text)), plain_head)
        if head is not None:
            placed.setdefault(head, []).append(m)
    out: list[tuple[str, list[str]]] = []
    for head, words in heads:
        if words is None and head != plain_head:
            continue
        ms = placed.get(head, [])
        if len(ms) < 2 and head != plain_head and plain_head is not None:
            placed.setdefault(plain_head, []).extend(ms)     # a lone one joins the plain wording's, where there is one
            continue
        if len(ms) >= 2:
            out.append((head, ms))
    if plain_head is not None and any(h == plain_head for h, _ in out):
        plain_ms = next(ms for h, ms in out if h == plain_head)
        near = next((ms for h, ms in out if h != plain_head and _shares_run(h, plain_head)), None)
        if near is not None:
            out = [(h, ms) for h, ms in out if h != plain_head]
            near.extend(plain_ms[:max(0, STANDING_MOST - len(near))])
    return out


def _shares_run(one: str, other: str) -> bool:
    """Whether heading clauses ``one`` and ``other`` name one thing: three characters in a row past their verbs."""
    a, b = _HEAD_VERB.sub("", one), _HEAD_VERB.sub("", other)
    return any(a[i:i + 3] in b for i in range(len(a) - 2))


# What a measure names to stand under a standing item of its subject: subject_of reads ideas, and coarse ones (培训 makes
# an 急救 line 人才's; 基层 makes a 医保结算 line 建设's), so the heading's own business is asked for in words as well.
STANDING_CORE: dict[str, Lazy] = {subject: Lazy(words) for subject, words in {
    "人才": r"人才|队伍|招聘|引进|培养|培训|轮训|进修|职称|编制|待遇|全科医生|乡村医生|村医|定向生|骨干|技术人员|医务人员",
    "村医": r"乡村医生|村医",
    "建设": r"标准化|设施|设备|用房|改造|新建|改扩建|达标|建设标准|布局|社区医院|服务能力|优质服务基层行|特色科室|住院服务|"
          r"绩效工资|补助|绩效考核|财务|运行",
    "药品供应": r"药品|用药|基本药物|配送|短缺药",
    "签约服务": r"签约",
    "医保支付": r"医保|支付|价格|控费|基金",
    "医联体": r"医联体|医共体|医疗集团|分级诊疗|下沉|双向转诊|上转|下转|专科联盟",
    "公立医院": r"公立医院|现代医院管理|薪酬|院长|公益性|医院管理|运行|债务|办医|县级医院|重点专科|专科建设|学科",
    "疾控": r"疾控|疾病预防控制|监测|预警|实验室|流调",
    "传染病": r"传染病|疫情|结核|艾滋|接种|疫苗|免疫|手足口|流感|聚集性",
    "慢性病": r"慢性病|慢病|高血压|糖尿病|健康档案|基本公共卫生|癌|健康管理",
    "精神卫生": r"精神|心理",
    "健康教育": r"健康教育|健康知识|健康素养|科普|宣传|控烟|健身|膳食|健康促进|健康支持性|健康自我管理|健康热点|健康信息|"
            r"健康读本|健康文化|养生保健",
    "应急": r"应急|急救|突发",
    "妇幼": r"孕|产|妇女|母婴|新生儿|出生缺陷|妇幼",
    "儿童": r"儿童|婴幼儿|学生|托育",
    "老龄": r"老年|医养|失能|养老|安宁|康复",
    "中医药": r"中医|中药",
    "信息化": r"信息化|互联网|数据|信息平台|信息系统|智慧|电子病历|远程|网络安全",
    "医疗服务": r"医疗质量|质控|诊疗|就医|预约|医疗安全|平安医院|涉医|非法行医|医患|医疗机构|医疗服务|纠纷|医保基金|急危重症|急诊|"
            r"乱象|广告|虚假宣传|投诉|护理|医疗技术|评审|互认|调阅|随访|过度医疗",
    "监督": r"监督|执法|依法执业|公共场所",
    "爱国卫生": r"爱国卫生|卫生城市|环境卫生|病媒|卫生死角|整治|清洁|厕所|垃圾|脏乱差",
    "党建": r"党|廉|医德医风|行风|作风",
    "职业健康": r"职业",
}.items()}


@lru_cache(maxsize=16384)
def on_standing(subject: str, measure: str) -> bool:
    """Whether ``measure`` names the business of a standing item on ``subject`` in its first clause, where a measure
    says what it is about (opening: STANDING_CORE; any where none): 提升…急危重症的初步处置和转运能力，…定期参加急救培训 is an
    急救 line, whatever its last clause names (the eighteenth reading: 急救 under 全科医生队伍建设)."""
    core = STANDING_CORE.get(subject)
    if core is None:
        return True
    clauses = _clauses(measure)
    if core.search(clauses[0]):
        return True
    # … or in its second, where its first is no other subject's business (提升…急危重症的初步处置和转运能力 is 医疗服务's:
    # its 配备必要的急救设施和药品 makes it no 药品供应 line)
    second = clauses[1] if len(clauses) > 1 else ""
    return bool(second and core.search(second)) and (len(clauses[0].lstrip("要")) <= _FRAMING_CLAUSE or not any(
        other.search(clauses[0]) for name, other in STANDING_CORE.items() if name != subject))


@lru_cache(maxsize=16384)
def _clauses(measure: str) -> list[str]:
    """``measure``'s first two clauses and the rest (on_standing asks each measure about many subjects)."""
    return _CLAUSE_MARK.split(measure, maxsplit=2)


_CLAUSE_MARK = re.compile(r"[，。；：]")


# A first clause this short frames the measure (要把工作重点放在基层，…): the next one says what it is about.
_FRAMING_CLAUSE = 10


# The verbs a heading clause opens on: two clauses saying one business (推进老年健康服务, 加强老年健康服务) are one heading.
_HEAD_VERB = re.compile(r"^(?:持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|毫不放松|纵深)?(?:加强|推进|推动|做好|做实|"
                        r"抓好|提升|提高|深化|开展|落实|完善|健全|强化|保障|巩固|夯实|改善|发展|实施|加快|抓实|守护|维护)")


def work_of(item: str) -> str:
    """The work a brief item names, without its opening verb, for a sentence that lists items as things checked or
    reported (有序推进新冠病毒疫苗接种 → 新冠病毒疫苗接种: the twenty-seventh reading's "有序推进新冠病毒疫苗接种、做好常态化疫情
    防控等任务进度慢的"); the item itself where the rest would be too short to name anything."""
    rest = _HEAD_VERB.sub("", item)
    return rest if len(rest) >= 3 else item


# An outcome is named whole: 巩固国家卫生城市创建成果, never 国家卫生城市创建成果 as a task pushed forward (the twenty-ninth
# reading: "成果 cannot be 推进").
_OUTCOME_ENDS = ("成果", "成效", "水平", "质量")


def task_subjects(tasks: Iterable[Any]) -> list[str]:
    """The subjects of the task subsections, each by its first brief item's work (work_of), an outcome with its verb,
    once each: what the opening, the safeguards and the close name the year's tasks by."""
    out: list[str] = []
    for task in tasks:
        items = task.view.items
        if not items:
            continue
        w = subject_of_item(items[0])
        if w and w not in out:
            out.append(w)
    return out


# How a speaker names a task in the safeguards and the close: the business, without the heading's verb frame (做实做细
# 家庭医生签约服务 → 家庭医生签约服务; 改革完善疾病预防控制体系 → 疾病预防控制体系: the thirty-sixth reading's "做实做细家庭医生签约服务、
# 加强疫苗接种规范化管理尤其要抓紧" and "保障实施卫生人才引育工程所需的资金").
_NAME_FRAME = re.compile(r"^(?:持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|毫不放松|纵深|统筹|加快|全力|认真|"
                         r"严格|依法|科学|广泛|继续|重点|尽快|全面|坚决)*"
                         r"(?:加强|推进|推动|做好|做实|做细|抓好|抓实|抓细|抓紧|提升|提高|深化|开展|落实|完善|健全|强化|巩固|"
                         r"夯实|改善|实施|加快|守护|维护|建立|建成|完成|规范|促进|打造|创建|构建|优化|扩大|织密|筑牢|补齐|"
                         r"改革|启动|组织|办好|用好|管好|建设|发展|打赢|打好)+(?:剩余|全部|所有)?")
# A task named in more words than this is said by kind instead (各项任务): a list of two must still read aloud.
TASK_NAME_MAX = 12


def subject_of_item(item: str) -> str:
    """How a sentence that lists tasks names ``item``: the business of its first clause, without the verb frame it opens
    on (_NAME_FRAME) or a modifier before 的 (以公益性为导向的公立医院改革 → 公立医院改革), an outcome with its verb
    (巩固国家卫生城市创建成果); "" where that is still too long to run in a sentence (said by kind instead: the
    templates' 各项任务).  Never the whole heading with its commas (毫不放松抓好冬春季疫情防控，落实“外防输入、内防反弹”各
    项措施这样的任务: the thirty-fourth reading)."""
    first = item.split("，")[0].split("；")[0]
    if first.endswith(_OUTCOME_ENDS):
        return first if len(first) <= TASK_NAME_MAX + 2 else ""
    w = _NAME_FRAME.sub("", first)
    if "的" in w and len(w.rsplit("的", 1)[1]) >= 4:
        w = w.rsplit("的", 1)[1]
        # (a 的 inside the clause's own verb phrase leaves no business: 签约服务费和绩效考核向服务一线的乡村医生倾斜 is
        # no task called 乡村医生倾斜, read66's t6)
        if re.search(r"(?:倾斜|挂钩|延伸|下沉|转移|衔接|覆盖|到位|落地)$", w):
            return ""
        # (a role is no business: 发挥中医药在…疫情常态化防控中的独特作用 is no task called 独特作用 — read57's g8 read
        # 县政府将定期听取独特作用重点任务的进展汇报; nor is a spirit studied: read59's 2018 district read 把今年十九大精神
        # 和其他各项任务部署下去 for 深入学习宣传贯彻党的十九大精神)
        if re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:作用|优势|职能|功能|效能|地位|精神)", w):
            return ""
    # (and the aim it ends on: 推进分级诊疗制度落地见效 is the task 分级诊疗制度)
    end = re.sub(r"(?:落地见效|提质增效|发展|工作)$", "", w)
    w = end if len(end) >= 4 else w
    w = w if len(w) >= 3 else work_of(first)
    # (a measure is no task without its verb: 提高住院分娩率, not 住院分娩率等任务推进滞后的, fresh47's t1)
    if w.endswith(("率", "水平", "比例", "覆盖面")) and w != first:
        return first if len(first) <= TASK_NAME_MAX + 2 else ""
    return w if len(w) <= TASK_NAME_MAX else ""


# A heading that says nothing but its topic (统筹推进医改各项重点任务, 在深化医改上持续用力, 扎实推进爱国卫生工作): what is
# left once the topic's names and these words are taken out.
_TOPIC_FILLER = re.compile(r"各项重点任务|重点任务|各项任务|持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|"
                           r"毫不放松|协同|加速|广泛|显著|明显|"
                           r"纵深|统筹|加快|全力|认真|加强|推进|推动|做好|做实|抓好|提升|提高|深化|开展|落实|完善|健全|强化|"
                           r"巩固|夯实|改善|发展|实施|抓实|在|上|用力|各项|任务|工作|水平|质量|事业|运动|新成效|成效|取得|"
                           r"新突破|突破|上新台阶|再|的|和|促进|振兴|让|融入|群众|生活|高质量")


def topic_only(heading: str, key: str) -> bool:
    """Whether ``heading`` names nothing but the registered topic ``key`` (its name and aliases: the thirty-sixth
    reading's （一）不断深化医药卫生体制改革 /（二）统筹推进医改各项重点任务 /（三）在深化医改上持续用力 over 医共体, 医保 and 集采)."""
    try:
        topic = get_topic(key)
    except KeyError:
        return False
    names = (topic.name, *topic.aliases)
    rest = heading
    hit = False
    for name in sorted(names, key=len, reverse=True):
        if name and name in rest:
            hit = True
            rest = rest.replace(name, "")
    return hit and len(re.sub(r"[^\u4e00-\u9fff]", "", _TOPIC_FILLER.sub("", rest))) < 2


# The verbs an items' heading may open on, as the first item does (深化公立医院改革和城市医疗集团建设).
_ITEM_HEAD_VERB = re.compile(r"^(?:推进|深化|开展|加强|抓好|做好|实施|推动|完善|提升|健全)")
ITEMS_HEADING_MAX = 20
# A business that ends on a manner wants its head noun (发展, 建设) back before it is joined: 推动公立医院高质量发展 +
# 深化紧密型县域医共体建设 gave 推动公立医院高质量和紧密型县域医共体建设 (fresh15 r4, read as missing 发展).
_WANTS_HEAD = re.compile(r"(?:高质量|标准化|规范化|一体化|现代化|均衡|协同|融合|集约化|精细化|智能化|数字化|信息化|便利化|同质化)$")


def items_heading(items: Sequence[str]) -> str:
    """A subsection heading naming what its brief ``items`` are about, for an area whose topic heading would say the
    speech's subject again or a sibling's: the first item's first clause for one; for more, the first item's verb
    and the first two items' business (subject_of_item) joined (深化以公益性为导向的公立医院改革 + 推进城市医疗集团建设 →
    深化公立医院改革和城市医疗集团建设), where that stays short; "" where the items give none, or are more than two
    (no short heading names them all: the area's own heading stays)."""
    if not items:
        return ""
    first = items[0].split("，")[0].split("；")[0]
    names = [n for n in (subject_of_item(it) for it in items[:2]) if n]
    lead = re.match(r"^(?:持续|深入|全面|扎实|着力|切实|不断|进一步|大力|积极|稳步|有序|纵深|统筹|加快|全力)*", first)
    verb = _ITEM_HEAD_VERB.match(first[lead.end() if lead else 0:])
    headless = any(_WANTS_HEAD.search(n) for n in names)
    if len(items) > 1 and headless:
        return ""          # (the first item alone would head its own 一是 again)
    if len(items) > 2:
        # (no short heading names three items or more: two items' business heads the others with theirs, the first
        # item's clause reads as their parent — fit31's 2025 疾控 meeting, （一）加强艾滋病、结核病防治 over 一是做好免疫
        # 规划和预防接种 … 四是补齐公共卫生科室人员缺口; the area's own heading stays)
        return ""
    if len(items) > 1 and len(names) == 2 and names[0] != names[1] and not first.endswith(_OUTCOME_ENDS):
        joined = (verb.group(0) if verb else "推进") + names[0] + "和" + names[1]
        if len(joined) <= ITEMS_HEADING_MAX:
            return joined
    if len(items) > 1:
        return ""          # (the first item alone heads one of several, and is said again as its own 一是)
    return first if len(first) <= ITEMS_HEADING_MAX else ""


def same_heading(one: str, other: str) -> bool:
    """Whether heading clauses ``one`` and ``other`` name one business (their words after the opening verb, one in
    the other)."""
    a, b = sorted((_HEAD_VERB.sub("", one), _HEAD_VERB.sub("", other)), key=len)
    return len(a) >= 3 and a in b and len(a) >= 0.75 * len(b)


@lru_cache(maxsize=16384)
def could_stand(subject: str, measure: str) -> bool:
    """Whether ``measure``, on ``subject``, could be said under a standing item of its subject (STANDING_HEADS): the
    subject has a heading clause whose words it names, or one with none, and it names the subject's business."""
    heads = STANDING_HEADS.get(subject, ())
    return on_standing(subject, measure) and any(words is None or words.search(measure) for _, words, _ in heads)


@lru_cache(maxsize=8192)
def standing_subject(subject: str, measure: str, area: str = "") -> str:
    """The subject whose standing item ``measure`` (on ``subject`` by subject_of) is said under: its own where it could
    stand there (could_stand), else the first near one (FAMILIES) where it could (subject_of reads coarse ideas: a
    传染病 report line is 疾控's by them, a school's 手足口病 line 儿童's); "" where none."""
    if area:
        # the area's own subjects first (中医药人才 is 中医药's in a 中医药 subsection, not 人才's)
        own = next((name for name, _ in SUBJECTS if name != subject and area in subject_homes(name)
                    and could_stand(name, measure) and _lent_to(name, subject, measure)), "")
        if own and not (area in subject_homes(subject) and could_stand(subject, measure)):
            return own
    if could_stand(subject, measure):
        return subject
    found = next((name for name in _near_subjects(subject) if could_stand(name, measure)
                  and _lent_to(name, subject, measure)), "")
    if found or not area:
        return found
    # … else any subject at home in ``area`` whose business its first clauses name (学校…传染病防控 in a 疾控 subsection)
    return next((name for name, _ in SUBJECTS if name != subject and at_home(name, area) and could_stand(name, measure)
                 and _lent_to(name, subject, measure)), "")


def _lent_to(name: str, subject: str, measure: str) -> bool:
    """Whether ``measure``, whose own subject is ``subject``, may stand under a standing item on another, ``name``.  A
    subject with no words of its business (STANDING_CORE: 计生家庭, 精神卫生…) holds only measures naming one of its
    ideas: its heading took every 托育 and 人口监测 line of 生育 (no heading of its own) under 做好计划生育特殊家庭扶助
    关怀.  A cost watch (对费用异常增长的及时预警、约谈) is 医保支付's and 公立医院's business, never 药品供应's or 疾控's
    by its 药品 or 检验 (place16: it stood under 保障群众基本用药 in three drafts of eighty).  A measure of no subject
    of its own is judged by the words (could_stand) as before."""
    if _COST_WATCH.search(measure):
        return name in ("医保支付", "公立医院")
    if not subject or subject == "推进" or name in STANDING_CORE:
        return True
    return bool(ideas_of(measure) & _SUBJECT_IDEAS.get(name, frozenset()))


@lru_cache(maxsize=256)
def _near_subjects(subject: str) -> tuple[str, ...]:
    """The subjects of ``subject``'s FAMILIES, in SUBJECTS' order (kept per subject: standing_subject asks ~320 times)."""
    return tuple(name for name, _ in SUBJECTS if name != subject and any(subject in f and name in f for f in FAMILIES))


# The areas a subject's standing item is at home in: its ideas' areas (compose.ideas.AREA_OF) and those akin to them,
# and these besides (the 人才 of 基层卫生, 妇幼 and 公共卫生 are their own staff).  Another area's standing item is not
# said (the eighteenth reading's drift: 母婴传播 lines under 抓好传染病防控 in a 妇幼 subsection).
_MORE_HOMES = {"人才": ("primary_care", "public_health", "maternal_child", "tcm", "disease_control", "emergency",
                        "health_promotion"),
               "职业健康": ("public_health", "disease_control", "regulation"),
               "应急": ("medical_services",)}


@lru_cache(maxsize=256)
def subject_homes(subject: str) -> frozenset[str]:
    """The registered areas a subject's ideas belong to (compose.ideas.AREA_OF), the general one aside."""
    return frozenset(AREA_OF[i] for i in _SUBJECT_IDEAS.get(subject, ()) if i in AREA_OF) - {GENERAL}


# The areas of the public's health: a subsection of theirs heads no numbered item on the grassroots' buildings, village
# doctors, alliances or medicines, which are at home there as lines only (fresh35's q3: 三是推进基层医疗卫生机构标准化建设
# under 扎实做好公共卫生服务, grouped from its pool's lines that name 基本公共卫生服务), and no 人才 item but its own
# trade's (STANDING_HEADS' wordings for its areas: 加强疾控专业队伍建设; not 二是加强卫生人才队伍建设 over a line on
# 定向培养 students).
PUBLIC_SIDE = frozenset({"public_health", "disease_control", "emergency", "health_promotion", "elderly_health"})
_CARE_SIDE = frozenset({"medical_reform", "primary_care"})


def heads_at_home(subject: str, area: str) -> bool:
    """Whether a standing item (a numbered heading of its own) on ``subject`` is ``area``'s: at_home, and not the care
    side's business under a subsection of the public's health (PUBLIC_SIDE)."""
    homes = subject_homes(subject)
    return at_home(subject, area) and not (area in PUBLIC_SIDE and homes and homes <= _CARE_SIDE)


@lru_cache(maxsize=16384)
def at_home(subject: str, area: str) -> bool:
    """Whether a standing item on ``subject`` is ``area``'s own work (any subject in an area the registry does not know)."""
    homes = {AREA_OF[i] for i in _SUBJECT_IDEAS.get(subject, ()) if i in AREA_OF} - {GENERAL}
    if not area or area == GENERAL or area in homes or area in _MORE_HOMES.get(subject, ()):
        return True
    if area in DISTINCT:
        return False      # a distinct area (老龄, 妇幼, 中医药) says its own work only: no 基层设施 item under 老年健康
    # a distinct area's work (老年, 妇幼, 中医药: compose.ideas.DISTINCT) is at home in that area alone
    return not homes & DISTINCT and any(akin(area, h) for h in homes)


def _said_of(measure: str, item: str) -> str:
    """What ``measure`` says of its own subject where that subject is not ``item``'s (nor near it): its opening, before
    its 要 (乡村医生轮训要突出常见病、多发病诊治和基本公共卫生服务 is about the training, and names 公共卫生服务 as what
    it covers: round 36 found it under 扎实做好公共卫生服务, as 基层医疗卫生机构添置设备，要围绕…公共卫生服务来配); else
    the whole measure."""
    mine = subject_of(measure)
    theirs = subject_of(item)
    if not mine or mine in ("推进", "健康扶贫") or theirs and akin_subjects(mine, theirs):
        return measure
    opening = re.split(r"[，。；：]", measure, maxsplit=1)[0]
    return opening.split("要", 1)[0] if "要" in opening[2:] else opening


def on_item_subject(measure: str, item: str) -> bool:
    """Whether ``measure`` is on ``item``'s own business: it names one of the item's narrow ideas or a run of its words
    (in what it says of its own subject, where that is another: _said_of), or its first two clauses name the business
    of the item's subject (STANDING_CORE).  A measure sharing the item's broad ideas or a helper (健康教育 for 爱国卫生)
    is not, by that alone."""
    if ideas_of(measure) & (ideas_of(item) - BROAD) or item_run(_said_of(measure, item), item) >= ITEM_WORDS:
        return True
    subject = subject_of(item)
    # (an item of no subject has no business for the measure's words to name: on_standing says yes to anything there)
    return bool(subject) and on_standing(subject, measure)


_LIST_CUT = re.compile(r"等|[，。；：]")


@lru_cache(maxsize=4096)
def listed_things(item: str) -> tuple[str, ...]:
    """The things ``item`` names in a list, before any 等 (抓好结核病、艾滋病和严重精神障碍等重点疾病防治 → 结核病, 艾滋病,
    严重精神障碍; 加快胸痛、卒中、创伤等急诊急救中心建设 → 胸痛, 卒中, 创伤); () for an item naming one thing."""
    head = _LIST_CUT.split(item, maxsplit=1)[0]
    if "、" not in head:
        return ()
    parts = [x for piece in head.split("、") for x in re.split(r"和|及|与", piece)]
    if parts:
        parts[0] = _HEAD_VERB.sub("", parts[0])
    things = tuple(x for x in parts if 2 <= len(x) <= 8 and _words(x))     # (no stock word: 医疗、医保、医药联动)
    return things if len(things) >= 2 and len(things) == len(parts) else ()


def names_thing(measure: str, thing: str) -> bool:
    """Whether ``measure`` names ``thing`` of a listed item (严重精神障碍 by its 精神障碍 too)."""
    return thing in measure or len(thing) > 4 and thing[-4:] in measure


def item_names_it(measure: str, item: str) -> bool:
    """Whether ``measure`` names ``item``'s own business in the item's words: it is on the item's subject (subject_of)
    and names one of its narrow ideas, a run of its words, or one of its content words in its first two clauses."""
    mine, theirs = subject_of(measure), subject_of(item)
    if mine and theirs and mine != theirs and "推进" not in (mine, theirs):
        return False
    if ideas_of(measure) & (ideas_of(item) - BROAD) or item_run(_said_of(measure, item), item) >= ITEM_WORDS:
        return True
    measure = _said_of(measure, item)
    # (two of its content pairs, not one: 推进公立医院信息公开 shares 公立 alone with 深化公立医院薪酬制度改革 and was said
    # under it in round 36; 临床重点专科 shares 点专 and 专科 with 加强县医院重点专科建设.  Words cannot tell 健康信息 the
    # content from 健康信息平台 the system: 澄清虚假健康信息 still shares 康信 and 信息 with 推进全民健康信息平台建设)
    return len(_words(item) & _words("，".join(re.split(r"[，。；：]", measure, maxsplit=2)[:2]))) >= 2
