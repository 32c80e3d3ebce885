"""`level` findings: another level's bodies, scope words and units in a speech of this level.

The level facts sit behind `levels_table()` until the one level model (`jianggao.model.levels`) lands
on main; then that function reads it instead and the checks stay as they are."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .finding import Finding
from .sentences import sentence_at


@dataclass(frozen=True)
class Level:
    """One level of government as lint needs it: its rank (1 省 … 4 乡镇街道), its short name in
    compounds (县 in 县委), its party committee and government, and the units named after it."""

    name: str
    rank: int
    short: str
    committee: str
    government: str
    own_units: tuple[str, ...] = ()


_RANK = {"province": 1, "prefecture": 2, "county": 3, "township": 4}
# Units a secretary names after the level besides the level model's own list (which names the usual ones).
_MORE_UNITS = {"县": ("县级公立医院", "县级中医医院", "县中医院", "县妇幼保健院", "县卫生健康局", "县卫健局"),
               "区": ("区级公立医院", "区人民医院", "区中医院", "区中医医院", "区妇幼保健院", "区卫生健康局", "区卫健局"),
               "旗": ("旗蒙医医院", "旗妇幼保健院", "旗卫生健康委", "旗卫健委")}


@lru_cache(maxsize=1)
def levels_table() -> dict[str, Level]:
    """Level name → Level, from the one level model (`jianggao.model.levels`)."""
    import datetime as dt

    from ..model import levels as model

    table = {}
    for name in model.LEVELS:
        if name == "市辖区":
            continue  # speaks as 区
        w = model.word(name)
        bodies = model.bodies(name)
        units = model.units(name, dt.date(2020, 1, 1))
        named = tuple(u for u in (*units.hospitals, *units.public_health) if u.startswith(w))
        table[name] = Level(name, _RANK[model.tier_of(name)], w, bodies.party, bodies.government,
                            tuple(dict.fromkeys((*named, *_MORE_UNITS.get(name, ())))))
    return table


def level_named(name: str) -> Level | None:
    """The Level for a brief's or a flag's level word (省 市 州 盟 县 区 旗 市辖区 乡 镇 街道)."""
    name = ALIASES.get(name, name)
    return levels_table().get(name)


ALIASES = {"市辖区": "区", "自治州": "州", "自治县": "县", "自治旗": "旗", "地区": "市", "街": "街道"}


# A scope word is the level's short name after 全 / 我 / 本; these following characters make it another word
# (全市场, 全区域, 全县域, 全乡镇, 全乡村, 全州县 is a place name, 本市民).
_NOT_SCOPE_AFTER = {"市": "场民值", "区": "域县", "县": "域", "乡": "镇村", "州": "县", "省": "份", "镇": "村"}
# Before 区委 / 区政府 these characters make another body (社区委员会, 园区, 新区, 景区政府 …).
_NOT_BODY_BEFORE = "社园景片校新城辖开高保试营港矿林农厂街特自各两"


def _scope_words(lv: Level) -> list[str]:
    return [f"全{lv.short}", f"我{lv.short}", f"本{lv.short}"]


def _peers(own: Level) -> list[Level]:
    """Levels of the same rank: a 县 speech never speaks as a 区 or a 旗 (a copied speech does).

    Lower levels are left alone: a 市 speech addresses 县委、县政府 and praises 全街道 cadres; upper levels
    are fine as references (全市排名第一), and only their use as the speech's own scope is a fault."""
    return [lv for lv in levels_table().values() if lv.name != own.name and lv.rank == own.rank]


# The upper level's scope word used as the speech's own: 全市卫生健康系统取得…, 全县累计完成….
_OWN_SCOPE_TAIL = r"(?:卫生健康|卫生计生|卫生)?(?:系统)?(?:上下|(?:累计|共)?(?:完成|实现|取得|新建|新增|建成))"
# The county-level public hospital reform (2012–2016 national wording) covered districts too: a sentence
# naming it uses 县级医院 as the policy's word, not as the district's own hospitals.
_COUNTY_REFORM = ("综合改革", "县区", "县（区）", "县(区)", "县市区")  # plain words, looked for with ``in``


def _names_county_reform(text: str) -> bool:
    return any(w in text for w in _COUNTY_REFORM)


# Words a county says of itself that a district has no use for (DESIGN: units that exist at each level;
# 县级医院 only in a 县): the county's territory, its hospitals, the 大病不出县 goal of the county reform.
# Longest first, so 县级中医医院 is one finding, not 县级 inside it.
_COUNTY_OWN = (
    ("大病不出县", "大病不出区"), ("县级中医医院", "区中医医院"), ("县级公立医院", "区级公立医院"),
    ("县级医院", "区级医院"), ("县域", "区域"), ("县医院", "区医院"),
)
_COUNTY_OWN_RX = re.compile("|".join(re.escape(w) for w, _ in _COUNTY_OWN))
# A township other than by its health centre's name (石门镇, 各镇, 镇（街道）, 乡镇（街道）); 城镇 is not one.
_TOWN = re.compile(r"(?<!城)镇(?![痛静定])")
# Around 全县 in a township's speech: the county's meeting, its goals and ranks, a pledge to it — the
# level above named as above. Anything else is the county's scope spoken as the township's own. Pattern text,
# compiled on first use (re keeps it): only a township's speech naming 全县 asks.
_ABOVE_AS_ABOVE = (r"会议|大会|大局|前列|排名|第[一二三四五六七八九十\d]|名列|贡献|争先|争创|目标|部署|要求|"
                             r"号召|安排|表态|发言|领导|同志|各部门|各单位|为全|在全|全县一盘棋|全区一盘棋|全旗一盘棋|位居|领先|之首")


@lru_cache(maxsize=16)
def _patterns(own_name: str) -> list[tuple[str, str, str, str]]:
    """(literal, pattern, message, what a speech of ``own`` says instead) for every foreign word: the pattern
    matches only where its literal stands, so a draft without the literal never compiles it (check_level)."""
    own = levels_table()[own_name]
    out = []
    for lv in _peers(own):
        for word in _scope_words(lv):
            after = _NOT_SCOPE_AFTER.get(lv.short, "")
            tail = f"(?![{after}])" if after else ""
            # 各乡镇 is every township, not one; 全乡镇 is excluded by its tail.
            out.append((word, re.escape(word) + tail, f"“{word}”是{lv.name}一级的范围用语，本讲话为{own.name}级",
                        word[0] + own.short))
        body = f"{lv.committee}、{lv.government}"
        out.append((body, rf"(?<![{_NOT_BODY_BEFORE}]){re.escape(body)}",
                    f"“{lv.committee}、{lv.government}”是{lv.name}一级的党委政府，本讲话为{own.name}级",
                    f"{own.committee}、{own.government}"))
        if lv.rank == own.rank:
            for unit in lv.own_units:
                out.append((unit, rf"(?<![{_NOT_BODY_BEFORE}]){re.escape(unit)}",
                            f"“{unit}”是{lv.name}的机构，{own.name}没有", unit.replace(lv.short, own.short, 1)))
    for lv in levels_table().values():
        if lv.rank == own.rank - 1:
            out.append((f"全{lv.short}", rf"全{re.escape(lv.short)}{_OWN_SCOPE_TAIL}",
                        f"把上级的“全{lv.short}”当作本级范围，本讲话为{own.name}级", f"全{own.short}"))
    return out


# The county-level public hospital reform's national years: from the 2012 pilot (国办发〔2012〕33号) through its
# 2015 nationwide roll-out (国办发〔2015〕33号) to 2016; a district enrolled in it (县级公立医院综合改革示范县区)
# spoke its words — 县级公立医院, 县域内就诊率 — of itself.
_COUNTY_REFORM_YEARS = (2012, 2016)
_COUNTY_REFORM_NAMED = ("县级公立医院改革", "县级公立医院综合改革")


def check_level(paragraphs: list[str], level: str, years: tuple[int, int] | None = None) -> list[Finding]:
    """Level findings for a speech of ``level`` (given in ``years``, first and last, when known): a peer level's
    words, or the level above spoken of as its own."""
    own = level_named(level)
    if own is None:
        return []
    # In an autonomous region (内蒙古, 广西, 宁夏, 新疆, 西藏) 全区 and 我区 name the region, the level above:
    # a 旗 is always in one, a 县 when its draft says 自治区.
    region_above = own.name == "旗" or (own.rank >= 2 and any("自治区" in p for p in paragraphs))
    in_reform = (own.name == "区" and years is not None and years[0] <= _COUNTY_REFORM_YEARS[1]
                 and years[1] >= _COUNTY_REFORM_YEARS[0] and any(w in p for p in paragraphs for w in _COUNTY_REFORM_NAMED))
    # Compiling every peer level's pattern cost most of the self-check; only those whose words occur run.
    text = "\n".join(paragraphs)
    patterns = [(re.compile(rx), message, suggestion)
                for literal, rx, message, suggestion in _patterns(own.name) if literal in text]
    found = []
    for index, paragraph in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        for rx, message, suggestion in patterns:
            for m in rx.finditer(paragraph):
                if m.group().startswith("县级") and (in_reform or _names_county_reform(sentence_at(paragraph, m.start()))):
                    continue
                if region_above and m.group() in ("全区", "我区", "本区"):
                    continue
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if paragraph[max(0, m.start() - 1):m.start()] == "各":
                    continue
                taken.append((m.start(), m.end()))
                found.append(Finding(index, sentence_at(paragraph, m.start()), "level", m.group(), message,
                                     suggestion, m.start(), m.end()))
        if own.name == "区" and not in_reform:
            found += _county_words(index, paragraph, taken)
            found += _township_centres(index, paragraph, taken, paragraphs)
        if own.rank == 4:
            found += _above_as_own(index, paragraph, taken, own)
        if own.name in _CITY_REFORM_ABSENT:
            found += _city_words(index, paragraph, taken, own)
    return found


# The public hospital reform and the 医联体 as a city runs them (城市公立医院综合改革, 国办发〔2015〕38号: 地级以上城市;
# 城市医疗集团, 国办发〔2017〕32号) in a county's or a township's speech as its own work: its reform is the 县级公立医院综合改革
# (国办发〔2012〕33号, 〔2015〕33号) and its 医联体 the 县域医共体 (the thirtieth reading: a county citing the 城市公立医院
# pilot).  A 区 and its 街道 are in their city's reform; a sentence that sets the city's form beside the county's (城市医疗
# 集团和县域医共体) speaks of both as national policy.
_CITY_OWN = (("城市公立医院综合改革", "县级公立医院综合改革"), ("城市公立医院", "县级公立医院"), ("城市医疗集团", "县域医共体"))
_CITY_OWN_RX = re.compile("|".join(re.escape(w) for w, _ in _CITY_OWN))
_CITY_REFORM_ABSENT = ("县", "旗", "乡", "镇")
_COUNTY_FORMS = ("县级公立医院", "县级医院", "医共体")


def _city_words(index: int, paragraph: str, taken: list[tuple[int, int]], own: Level) -> list[Finding]:
    """A county's or a township's speech speaking of the city's hospital reform or its 医疗集团 as its own."""
    found = []
    for m in _CITY_OWN_RX.finditer(paragraph):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        sentence = sentence_at(paragraph, m.start())
        if any(w in sentence for w in _COUNTY_FORMS):
            continue  # both forms named side by side: the nation's policy, not the place's own
        if "《" in paragraph[:m.start()] and "》" in paragraph[m.end():]:
            continue  # inside a document's title (《关于城市公立医院综合改革试点的指导意见》)
        word = m.group()
        taken.append(m.span())
        found.append(Finding(index, sentence, "level", word, f"“{word}”是设区的市一级的改革，{own.name}没有，本讲话为{own.name}级",
                             dict(_CITY_OWN)[word], m.start(), m.end()))
    return found


def _county_words(index: int, paragraph: str, taken: list[tuple[int, int]]) -> list[Finding]:
    """A district's speech speaking of a county's territory and hospitals as its own (县域, 县级医院 …)."""
    found = []
    for m in _COUNTY_OWN_RX.finditer(paragraph):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        sentence = sentence_at(paragraph, m.start())
        if _names_county_reform(sentence) or paragraph[max(0, m.start() - 1):m.start()] == "各":
            continue  # the county reform as national policy; the city's counties (各县级医院) named as theirs
        if "《" in paragraph[:m.start()] and "》" in paragraph[m.end():]:
            continue  # inside a document's title (《关于推进紧密型县域医疗卫生共同体建设的通知》)
        word = m.group()
        suggestion = dict(_COUNTY_OWN)[word]
        taken.append(m.span())
        found.append(Finding(index, sentence, "level", word, f"“{word}”是县一级的用语，区没有，本讲话为区级",
                             suggestion, m.start(), m.end()))
    return found


def _township_centres(index: int, paragraph: str, taken: list[tuple[int, int]],
                      paragraphs: list[str]) -> list[Finding]:
    """乡镇卫生院 in a district whose draft names no 镇 at all: the level model's units for a 区 are its
    社区卫生服务中心 (and 镇（街道）卫生院 where it has towns)."""
    import datetime as dt

    from ..model import levels as model

    word = "乡镇卫生院"
    units = model.units("区", dt.date(2020, 1, 1))  # which units exist does not change with the date
    if word not in paragraph or any(word in u for u in units.all()):
        return []
    if _draft_has_towns(tuple(paragraphs)):
        return []
    centre = next((u.removeprefix("各") for u in units.grassroots if "社区" in u), "社区卫生服务中心")
    found = []
    at = paragraph.find(word)
    while at >= 0:
        if not any(a < at + len(word) and at < b for a, b in taken):
            found.append(Finding(index, sentence_at(paragraph, at), "level", word,
                                 f"本稿所在的区没有镇，“{word}”在区一级并不存在（区的基层机构是{centre}）",
                                 centre, at, at + len(word)))
            taken.append((at, at + len(word)))
        at = paragraph.find(word, at + len(word))
    return found


@lru_cache(maxsize=8)
def _draft_has_towns(paragraphs: tuple[str, ...]) -> bool:
    return any(_TOWN.search(p.replace("乡镇卫生院", "")) for p in paragraphs)


def _above_as_own(index: int, paragraph: str, taken: list[tuple[int, int]], own: Level) -> list[Finding]:
    """A township's speech naming the county's 全县 (全区, 全旗) as its own scope: outside the county's meeting,
    its goals and a pledge to it, the township speaks of 全镇 (全乡, 全街道)."""
    found = []
    for above in ("县", "区", "旗"):
        word = f"全{above}"
        at = paragraph.find(word)
        while at >= 0:
            end = at + len(word)
            sentence = sentence_at(paragraph, at)
            after = paragraph[end:end + 1]
            if not (any(a < end and at < b for a, b in taken) or (after and after in _NOT_SCOPE_AFTER.get(above, ""))
                    or re.search(_ABOVE_AS_ABOVE, sentence) or (at > 0 and paragraph[at - 1] in "为在")):
                taken.append((at, end))
                found.append(Finding(index, sentence, "level", word,
                                     f"把上级的“{word}”当作本级范围，本讲话为{own.name}级", f"全{own.short}", at, end))
            at = paragraph.find(word, end)
    return found
