"""Whether two headings of a speech's tasks name one subject (issue 13, STRUCT: the forty-first reading's 提升基层服务能力
under 医改 and then a 基层 subsection, 一是做好老年人健康管理 / 三是加强老年健康服务), by their content words
(compose.samepoint's vocabulary) less the words any heading carries."""
from __future__ import annotations

import re
from collections.abc import Set

from .samepoint import forms, words

# Words a heading of any area carries (筑牢…防线, 以…为抓手, 提升…服务水平): they name no subject of their own.
_NOT_SUBJECT = frozenset("""
夯实 筑牢 防线 抓手 支撑 底线 网底 特色 优势 水平 服务水平 质量 高质量 成效 保障 服务网 基本 关键 核心 统筹 聚焦 突出
紧盯 全力 稳步 有序 扎实 不断 持续 深入开展 均衡 综合 医疗 医生 医院 行为 预防 控制 基础 防治 防控 防制
""".split())
# Two headings are on one subject when one holds at least SUBJECT_SHARE of the lighter one's subject weight, and at
# least SUBJECT_LEAST of it (one mid-weight word: 基层 3.98, 人才 5.5, 传染病 4.7) — 提升基层服务能力 / 夯实基层卫生服务
# 网底, 健全传染病监测预警体系 / 抓好传染病防控, 推动优质医疗资源向薄弱地区倾斜 / 推动优质医疗资源下沉 (the forty-first
# reading's one subject in two places).
SUBJECT_SHARE = 0.5
SUBJECT_LEAST = 3.5


def subject_words(heading: str, skip: Set[str] = frozenset()) -> dict[str, tuple[float, frozenset[str]]]:
    """The content words of ``heading`` that name its subject, each with its weight and its forms less ``skip``: none of
    _NOT_SUBJECT, none all of whose forms are in ``skip`` (the forms of the section it stands in: under （五）老年健康,
    老年 names no item's own subject, 老年人 and 预防接种 still do)."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    for w, (v, inner) in words(heading).items():
        if v > 0 and w not in _NOT_SUBJECT and not inner <= skip:
            out[w] = (v, inner - skip)
    # a pair said whole is its short name too (孕产妇和新生儿安全 is 母婴安全: h1 of fresh50 had 二是落实孕产妇和新生儿安全
    # 保障措施 and a standing 四是保障母婴安全 in one subsection)
    held = {f for _, inner in out.values() for f in inner}
    for short, parts in _PAIRS:
        if short not in out and all(p in held for p in parts):
            for w, (v, inner) in words(short).items():
                if v > 0 and not inner <= skip:
                    out[w] = (v, inner - skip)
    return out


# Pairs a heading may name whole where another names them by their short name.
# (not 妇女、儿童 as 妇幼: a subsection 守护妇女儿童健康 would then hold every 妇幼健康 line as its own, test_within)
_PAIRS = (("母婴", ("孕产妇", "新生儿")), ("母婴", ("孕产妇", "婴儿")))


def subject_overlap(one: str, other: str, skip: Set[str] = frozenset()) -> float:
    """The share of the lighter heading's subject weight (subject_words) the other heading holds; 0.0 when what is held
    weighs under SUBJECT_LEAST."""
    a, b = subject_words(one, skip), subject_words(other, skip)
    if not a or not b:
        return 0.0
    fa = {f for _, inner in a.values() for f in inner}
    fb = {f for _, inner in b.values() for f in inner}
    wa, wb = sum(v for v, _ in a.values()), sum(v for v, _ in b.values())
    held = sum(v for v, inner in (a if wa <= wb else b).values() if inner & (fb if wa <= wb else fa))
    return held / min(wa, wb) if held >= SUBJECT_LEAST else 0.0


def same_subject(one: str, other: str, skip: Set[str] = frozenset()) -> bool:
    """Whether headings ``one`` and ``other`` name one subject (subject_overlap at least SUBJECT_SHARE)."""
    return subject_overlap(one, other, skip) >= SUBJECT_SHARE


def area_forms(area: str, heading: str = "") -> frozenset[str]:
    """The forms of an area's own subject: the content words of its names and first keyword (topics registry:
    老龄健康, 医养结合, 老年) and of its subsection ``heading``; an item under it names its own subject beyond these."""
    from ..model.topics import TOPICS

    topic = next((t for t in TOPICS if t.key == area), None)
    texts = [heading, *((topic.name, *topic.aliases, *topic.keywords[:1]) if topic else ())]
    return frozenset(f for text in texts if text for f in forms(text))


# A word naming who does the work, not what it is (疾控机构, 乡镇卫生院, 县医院, 胸痛、卒中中心's 中心): itself a body's
# name, or standing in the heading just before one.  struct23 moved 实验室 and 协同机制 lines to 加强疾控机构人员配备 for
# its 疾控; the subject of that heading is 人员配备.
_BODY_WORD = re.compile(r"(?:机构|中心|医院|卫生院|卫生室|服务站|保健院|保健所|单位|部门)$")
_BODY_NEXT = re.compile(r"(?:机构|中心|医院|卫生院|卫生室|服务站|保健院|保健所|单位|部门)")


def work_words(heading: str, skip: Set[str] = frozenset()) -> dict[str, tuple[float, frozenset[str]]]:
    """subject_words of ``heading`` less the words that name a body (_BODY_WORD, or every time the heading says the
    word a body's name follows it): what the heading's work is about, whoever does it."""
    out: dict[str, tuple[float, frozenset[str]]] = {}
    for w, (v, inner) in subject_words(heading, skip).items():
        if _BODY_WORD.search(w):
            continue
        spots = [m.end() for m in re.finditer(re.escape(w), heading)]
        if spots and all(_BODY_NEXT.match(heading, e) for e in spots):
            continue
        out[w] = (v, inner)
    return out


def work_held(sentence: str, heading: str, skip: Set[str] = frozenset()) -> float:
    """The weight of ``heading``'s work words (work_words beyond ``skip``) that ``sentence`` names."""
    said = forms(sentence)
    return sum(v for v, inner in work_words(heading, skip).values() if inner & said)


def sibling_work(sentence: str, head: str, sibling: str, section: frozenset[str] = frozenset()) -> float:
    """The weight of ``sibling``'s own work (work_words beyond what its heading shares with ``head`` and ``section``)
    that ``sentence`` names, where it names none of ``head``'s own: 0 where it names some, or less than
    subject.SUBJECT_LEAST of the sibling's (a 统一采购、统一配送 line is 推进…紧密型…药品耗材统一采购配送's, not 推进医共体医保
    基金总额打包付费's, though both say 医共体)."""
    pair = (forms(head) & forms(sibling)) | section
    if not pair or work_held(sentence, head, pair):
        return 0.0
    weight = work_held(sentence, sibling, pair)
    return weight if weight >= SUBJECT_LEAST else 0.0
