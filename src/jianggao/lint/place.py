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
# Paragraphs about the 县级公立医院 reform: it covered districts too, so 县级医院 there is the policy's word.
_COUNTY_REFORM = re.compile(r"综合改革|县区|县（区）|县\(区\)|县市区")


@lru_cache(maxsize=16)
def _patterns(own_name: str) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, message, what a speech of ``own`` says instead) for every foreign word."""
    own = levels_table()[own_name]
    out = []
    for lv in _peers(own):
        for word in _scope_words(lv):
            after = _NOT_SCOPE_AFTER.get(lv.short, "")
            tail = f"(?![{after}])" if after else ""
            # 各乡镇 is every township, not one; 全乡镇 is excluded by its tail.
            out.append((re.compile(re.escape(word) + tail),
                        f"“{word}”是{lv.name}一级的范围用语，本讲话为{own.name}级",
                        word[0] + own.short))
        body = re.compile(rf"(?<![{_NOT_BODY_BEFORE}]){re.escape(lv.committee)}、{re.escape(lv.government)}")
        out.append((body, f"“{lv.committee}、{lv.government}”是{lv.name}一级的党委政府，本讲话为{own.name}级",
                    f"{own.committee}、{own.government}"))
        if lv.rank == own.rank:
            for unit in lv.own_units:
                out.append((re.compile(rf"(?<![{_NOT_BODY_BEFORE}]){re.escape(unit)}"),
                            f"“{unit}”是{lv.name}的机构，{own.name}没有", unit.replace(lv.short, own.short, 1)))
    for lv in levels_table().values():
        if lv.rank == own.rank - 1:
            out.append((re.compile(rf"全{lv.short}{_OWN_SCOPE_TAIL}"),
                        f"把上级的“全{lv.short}”当作本级范围，本讲话为{own.name}级", f"全{own.short}"))
    return out


def check_level(paragraphs: list[str], level: str) -> list[Finding]:
    """Level findings for a speech of ``level``: a peer level's words, or the level above spoken of as its own."""
    own = level_named(level)
    if own is None:
        return []
    # In an autonomous region (内蒙古, 广西, 宁夏, 新疆, 西藏) 全区 and 我区 name the region, the level above:
    # a 旗 is always in one, a 县 when its draft says 自治区.
    region_above = own.name == "旗" or (own.rank >= 2 and any("自治区" in p for p in paragraphs))
    found = []
    for index, paragraph in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        for rx, message, suggestion in _patterns(own.name):
            for m in rx.finditer(paragraph):
                if m.group().startswith("县级") and _COUNTY_REFORM.search(paragraph):
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
    return found
