"""Time for compose: which wording a speech of a given date may use, and what that year was.

One seam (``outside_window``, ``modernise``, ``year_framing``) over the 提法 registry (``jianggao.model.tifa``), the
one table of dated words compose and ``jianggao lint`` read: its spellings, and its entries given by pattern
(compose's own windows until level31, each with its reason and sources there), all of which compose keeps out of a
draft of the wrong date.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model is imported where used (below), as tifa and levels are
    from ..model.brief import Brief

# compose's own windows (pattern, from, to) live in the 提法 registry since level31: model/tifa.yaml's entries
# given by `patterns` (ids era.w…), each with its reason and sources; `scope: compose` marks those narrower than
# a real speech of the date may be, which lint leaves alone.  compose reads them all (_out_of_window).

# A registered area's own name that is of a later date than the speech (the twenty-ninth reading: 人口家庭工作取得新进展
# in a 2015 work report): the label the 2018 reform gave the 计划生育 line of work, said as 计划生育 before it.  Only
# the registry's names are changed; a secretary who typed 流动人口 or 计划生育服务 keeps her words.
_AREA_NAME_SINCE: dict[str, tuple[tuple[str, ...], dt.date, str]] = {
    "population_family": (("人口家庭", "人口监测", "人口发展", "人口监测和家庭发展", "人口监测与家庭发展"),
                          dt.date(2018, 3, 17), "计划生育"),
    # 妇幼健康 names the line of work from the 2013 reform that made 国家卫生计生委 and its 妇幼健康服务司 (tifa.yaml
    # jigou.fuyou_jiankang); before it a speech said 妇幼卫生 (round 41: 妇幼健康方面 in a February 2013 speech)
    "maternal_child": (("妇幼健康",), dt.date(2013, 3, 14), "妇幼卫生"),
}


def area_name(key: str, name: str, date: dt.date | None) -> str:
    """The name a speech of ``date`` says for a registered area typed as ``name`` (人口家庭 → 计划生育 before 2018)."""
    rule = _AREA_NAME_SINCE.get(key)
    if rule is None or date is None or name not in rule[0] or date >= rule[1]:
        return name
    return rule[2]


@functools.lru_cache(maxsize=32)
def _out_of_window(date: dt.date) -> tuple[re.Pattern[str], ...]:
    """The registry's patterns (every scope: compose's narrower windows too) whose window ``date`` lies outside, in
    the registry's order: only they can be found, and picking one speech asks about a thousand texts on one date."""
    from ..model import tifa

    return tuple(p for p, entry in tifa.load_registry().patterns_of(tifa.COMPOSE) if not entry.valid_on(date))


_OPENING_YEAR = re.compile(r"开好局、?起好步")


def meeting_date(brief: Brief) -> dt.date:
    """The date a speech is given (the brief's, else the usual time of such a meeting: model.brief)."""
    return brief.speech_date


def outside_window(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The terms of ``text`` a speech of ``date`` at ``level`` may not say (empty when it fits): those not in use
    then (the 提法 registry, jianggao.model.tifa, and for the phrasings it does not list the small table above), and
    a stock line whose turn this speech is not (``not_its_turn``)."""
    # (what the picker and the templates may choose: a finished sentence is judged by out_of_time alone, so that a line
    # the brief's words brought in is never dropped for its turn)
    return list(_outside_window(text, date, level)) + not_its_turn(text, date, level)


def out_of_time(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The terms of ``text`` not in use on ``date`` at ``level``: what a reader marks ERA (bench/era_scan.py)."""
    return list(_outside_window(text, date, level))


# Stock lines (the twenty-ninth reading's "signs of one template behind all six drafts"): a vivid maxim so particular
# in its wording that a reader who sees two drafts recognises it (衡量慢性病管理，关键看…; 少得病、晚得病; 优生优育服务，
# 年轻父母问得越来越细; 大多数病在本地就能看好).  Each line is said in one speech of STOCK_TURN: its turn comes by the
# speech's date and level (the brief's own), so two briefs seldom share it and the same brief always says the same.  A
# line is given by the distinctive words of each of its wordings (‖), which share one turn: rationing one wording alone
# only moved the drafts to the other.  The picker then takes the area's other measures.  Data: add a maxim here — not an
# area's plain measures, which a thin area leans on (rationing ten of bench_quality's most shared measures took b14 seed
# 1, g1 seed 1 and test_length's 2012 report under 0.85 of their lengths).
STOCK_LINES: tuple[tuple[str, ...], ...] = (
    ("血压、血糖控制",), ("少得病、晚得病",), ("问得越来越细", "问得越来越具体"),
    ("大多数病在本地就能看好", "少往外跑、就近看好病"),
    # the issue's own (公立医院是医改的主战场…, 群众就医的每一个环节…, 医疗集团要统一管理、统一调度…) and bench_quality's lines
    # in drafts of other kinds, years and levels at dec1ce4 (5–7 of 28 drafts each, task_more.yaml's measures of a
    # standing area).  (Not 医疗服务价格调整要做好测算评估…, in 5 drafts too: a 医改 area without it in its turn took three
    # more numbered items under one heading, test_standing_items' b05 at seed 2.)
    ("医改的主战场",), ("都是改善服务的着力点",), ("统一管理、统一调度",),
    ("生长发育监测纳入",), ("感染孕产妇的规范干预",), ("出院后有人管",),
    ("都要组织逐例评审",), ("早筛查、早识别、早干预",), ("晋升职称前要到",),
)
# A measure written in several wordings (task_more.yaml's ‖): each speech says one of them, by its turn, so the measure
# stays in every speech and each wording is in about 1/n of them (rationing one wording alone moved the drafts to its
# sibling — 助产人员的培训和考核… took 助产人员要经常培训…'s six drafts —, and independent turns dropped the measure from a
# quarter of the speeches: the minimal brief fell under test_core's floor).
STOCK_WORDINGS: tuple[tuple[str, ...], ...] = (
    ("关键在激励机制", "要完善人才激励机制，在引进"),
    ("作出突出贡献的人员倾斜", "医务人员的薪酬要体现多劳多得"),
    ("助产人员要经常培训", "助产人员的培训和考核", "助产技术人员培训，规范"),
    ("妇女儿童健康涉及多个部门", "部门协作机制，教育、民政、妇联"),
    ("政策解读要做在前面", "调整之前要先把政策讲清楚"),
    ("转到“用起来”", "要推动电子健康档案在诊疗中的应用", "建档不是目的"),
    # (stock22: the measures said in 9–11 of bench_quality's 40 drafts, one wording each)
    ("加强预防接种规范化管理", "接种门诊要按规范设置", "严格落实预防接种各环节的工作规范"),
    ("推动助产机构落实促进母乳喂养", "爱婴医院要定期复核", "督促助产机构把母乳喂养"),
    ("健全防治工作网络，提高综合防治水平", "两项基础性工作", "两项工作都要摆上重要位置"),
    ("定期公布费用、质量和服务等信息", "自觉接受群众和社会各方面的监督"),
    ("早发现、早诊断、早治疗，筛查出的患儿", "对筛查发现的先天性心脏病"),
    ("产科质量要定期检查", "定期开展助产机构产科质量检查"),
    # (voice23: the standing work's follow-up line, 抓一阵、松一阵 in 7 of 40 drafts after stock22)
    ("没有一劳永逸", "贵在持之以恒", "不能抓一阵、松一阵"),
)
# A maxim (the first four lines) is said in one speech of STOCK_TURN; an area's plain measure, which a thin area leans on
# for its length, in one of MEASURE_TURN.
STOCK_TURN = 3
MEASURE_TURN = 2
_MAXIMS = 4
_LINE_OF = {mark: line[0] for line in STOCK_LINES for mark in line}
_TURN_OF = {line[0]: STOCK_TURN if i < _MAXIMS else MEASURE_TURN for i, line in enumerate(STOCK_LINES)}
_WORDINGS_OF = {mark: group for group in STOCK_WORDINGS for mark in group}
_STOCK = re.compile("|".join(re.escape(m) for m in (*_LINE_OF, *_WORDINGS_OF)))


def _draw(key: str) -> int:
    # (blake2b, not crc32: a CRC is linear, and two wordings' turns came out always opposite)
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "big")


def not_its_turn(text: str, date: dt.date, level: str | None = None) -> list[str]:
    """The stock lines of ``text`` a speech of ``date`` at ``level`` leaves to other speeches: each line of STOCK_LINES
    has its turn in one speech of its share (STOCK_TURN, MEASURE_TURN), each measure of STOCK_WORDINGS is said in one of
    its wordings, by the brief's own date and level, so the same brief always says the same and two briefs seldom share
    the line."""
    if not level:
        return []       # a text of no known level (a finished speech checked by date alone) is not judged here
    out = []
    for m in _STOCK.finditer(text):
        mark = m.group(0)
        group = _WORDINGS_OF.get(mark)
        if group is not None:
            if group[_draw(f"{group[0]}|{date.isoformat()}|{level}") % len(group)] != mark:
                out.append(mark)
        elif _draw(f"{_LINE_OF[mark]}|{date.isoformat()}|{level}") % _TURN_OF[_LINE_OF[mark]]:
            out.append(mark)
    return out


@functools.lru_cache(maxsize=32)
def _any_out_of_window(date: dt.date) -> re.Pattern[str]:
    """One pattern finding whether any of ``_out_of_window(date)`` occurs in a text: a text none of them is in (most)
    is searched once, not with each of them (~14 on a 2025 date, ~500 texts a render)."""
    patterns = _out_of_window(date)
    try:
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns))
    except re.error:              # (a pattern that cannot stand in an alternation: each is asked as before)
        return re.compile("")
    if any(re.search(r"\\\d|\(\?P=", p.pattern) for p in patterns):
        return re.compile("")     # (a back-reference counts its groups: joined, it would name another)
    return joined


@functools.lru_cache(maxsize=32)
def _could_be_out_of_window(date: dt.date) -> re.Pattern[str] | None:
    """The needles of ``_any_out_of_window(date)`` as one alternation of plain strings (model.patterns.prefilter), or
    None where it has none: a text holding none of them holds no pattern out of window (~0.5 µs a text, where the
    alternation costs ~30)."""
    from ..model.patterns import prefilter

    return prefilter(_any_out_of_window(date))


# Picking one speech asks about each candidate text two or three times (1,000 questions, 400 texts); the
# registry is the packaged one, loaded once, so an answer never changes within a process.
@functools.lru_cache(maxsize=8192)
def _outside_window(text: str, date: dt.date, level: str | None) -> tuple[str, ...]:
    from ..model import tifa

    found = [h.term for h in tifa.outside_window(text, date, level)]
    patterns = _out_of_window(date)
    could = _could_be_out_of_window(date) if patterns else None
    if patterns and (could is None or could.search(text)) and _any_out_of_window(date).search(text):
        found += [m.group(0) for p in patterns for m in p.finditer(text)]
    opening = _OPENING_YEAR.search(text)
    if opening and (date.year - 1966) % 5 != 0:
        found.append(opening.group(0))
    return tuple(found)


def department_word(date: dt.date, level: str = "县") -> str:
    """The health department's stem of that date at that level (卫生 · 卫生计生 · 卫生健康), from the
    level model: the 2013 merger and the 2018 reform reached each tier at its own time."""
    from ..model import levels

    return levels.meeting_word(level, date)


# The department's compounds in any era's form (卫生系统, 卫生计生工作, 卫生健康事业); 公共卫生, 爱国卫生,
# 环境卫生 … are work areas, not the department, and are left alone; nor is the nation's own body (国家卫生和计划生育委员会
# became 国家卫生委员会 in a 2014 district's speech, whose own department was still a 卫生局).
_DEPARTMENT = re.compile(r"(?<![公共爱国环境精神职业学校饮水食品妇幼基层乡村农村城乡医疗家])卫生(?:健康|计生|和计划生育)?"
                         r"(?=工作会议|系统|事业|工作|部门|战线|行业|队伍|故事|声音|委员会|局|发展)")


# Our wording said in the form of an earlier date, where the later form has a plain older one (rather than losing the
# sentence: 补齐…短板 is in some forty wordings of the templates): (pattern, the day the later form came in, the older
# form).  补齐…短板 came with the 十三五 proposal (2015-10-29, above); before it a speech 弥补…的不足.  A 医保 body beside
# 民政 or 财政 before the 2018 reform was the 人社 department (城镇医保; 新农合 sat with 卫生计生).
_BACKDATED: tuple[tuple[re.Pattern[str], dt.date, str], ...] = (
    (re.compile(r"补齐(的?)短板"), dt.date(2015, 11, 1), r"弥补\1不足"),
    (re.compile(r"补齐([^。；，]{0,23}[^的。；，])的?短板"), dt.date(2015, 11, 1), r"弥补\1的不足"),
    (re.compile(r"(?:(?<=民政、)|(?<=财政、)|(?<=人社、)|(?<=计生、)|(?<=健康、))医保(?=、|等|和)"
                r"|医保(?=(?:、|和)(?:民政|财政|卫生计生|人社))"),
     dt.date(2018, 5, 31), "人社"),
)


def backdate(text: str, date: dt.date) -> str:
    """``text`` with the later forms of _BACKDATED in the older form of ``date``."""
    if "补齐" not in text and "医保" not in text:
        return text
    for pattern, since, older in _BACKDATED:
        if date < since:
            text = pattern.sub(older, text)
    return text


def modernise(text: str, date: dt.date, level: str = "县", naming: dt.date | None = None) -> str:
    """Our own wording and the bank's in the forms of ``date``: the registry's successors (新农合 →
    城乡居民医保 …), and the department's compounds (卫生健康系统 → 卫生计生系统 in 2016, 卫生系统 in 2012; a
    mined 卫生工作会议 → 卫生健康工作会议 in 2025), named as of ``naming`` where the brief's own words name the
    department (brief.naming_date: a 2014 city 卫生计生委's speech says 卫生计生系统).  Brief text is never passed here."""
    from ..model import levels, tifa

    word = department_word(naming or date, level)
    if naming and naming != date:
        # the registry's name of the day (市卫生局) gives way to the one the brief uses (市卫生计生委)
        for full in (False, True):
            said, named = levels.department(level, date, short=not full), levels.department(level, naming, short=not full)
            if said and named and said != named:
                text = text.replace(said, named)
    text = _DEPARTMENT.sub(word, tifa.modernise(backdate(text, date), naming or date, level))
    # the market regulator by its name on the date (fresh50's h4, 2014: 会同公安、市场监管部门 in a problem's answer, where
    # only the pool's lines had passed voice.at_level)
    text = levels.market_body_named(text, date)
    if word != "卫生健康":
        # Before the 2018 reform reached the level, 卫生健康 names no body at all: 卫生健康、医保等部门 →
        # 卫生计生、医保等部门, 卫生健康人才 → 卫生计生人才 (卫生健康风尚 and the like are not the department).
        text = re.sub(r"卫生健康(风尚|知识|素养|意识|教育|理念)", r"健康\1", text)
        text = re.sub(r"(?<![公共爱国环境])卫生健康(?!中国)", word, text)
    return text


@dataclass(frozen=True)
class YearFraming:
    """What the year of a speech was: its place in the five-year plan and the meeting whose spirit it
    carries out (None where nothing sure can be said)."""

    plan: str            # 十四五
    place: str           # 开局之年
    congress: str | None  # 党的二十大 / 党的十九届五中全会 …


# The Party congress or plenum whose spirit a health meeting early in a year carries out (held the
# autumn before, or that year's spring for congresses held in autumn of the year before).
_CONGRESS = {2012: "党的十七届六中全会", 2013: "党的十八大", 2014: "党的十八届三中全会", 2015: "党的十八届四中全会",
             2016: "党的十八届五中全会", 2017: "党的十八届六中全会", 2018: "党的十九大", 2019: "党的十九大和十九届二中、三中全会",
             2020: "党的十九届四中全会", 2021: "党的十九届五中全会", 2022: "党的十九届六中全会", 2023: "党的二十大",
             2024: "党的二十大和二十届二中全会", 2025: "党的二十届三中全会", 2026: "党的二十届四中全会"}


def year_framing(date: dt.date, level: str | None = None, year: int | None = None) -> YearFraming | None:
    """The plan year of ``date`` (十四五 开局之年 …) and the spirit the year's work carries out, from the
    registry; nothing after the date.  With ``year`` (plan_year: a December meeting plans the next), the place in
    the five-year plan is that year's (十四五开局之年 at the end of 2020), the spirit still the date's."""
    from ..model import tifa

    try:
        f = tifa.year_framing(date, level)
        planned = tifa.year_framing(dt.date(year, 1, 1), level) if year and year > date.year else f
    except ValueError:
        return None
    return YearFraming(planned.plan, planned.plan_place, f.spirit.removesuffix("精神") or None)


# From November a meeting plans the year after its date's (the readers' 2020-12-23 疾控 meeting said 做好今年的工作 and
# 年中、年底两次对账 eight days before the year ended, and 确保完成“十三五”规划 when the 十四五 was about to open).
AHEAD_FROM_MONTH = 11


def plan_year(date: dt.date, year: int, kind: str = "annual_conference", items: Sequence[str] = ()) -> int:
    """The year a speech of ``date`` plans (its 今年 of the work ahead): the brief's ``year``, but from November the
    next calendar year (a brief of the meeting's own year then reviews that year: its 今年以来), and never a year
    before the date's.  A half-year review speaks of its own year, and so does a speech whose brief sets its work
    ahead as 今年's (``items``, the brief's priorities: read69's t4, a late-November 防艾 meeting whose items said
    列入今年的工作台账, spoke of 做好明年工作)."""
    if kind == "midyear_review":
        return year
    if date.month >= AHEAD_FROM_MONTH and date.year >= year and not any(_THIS_YEARS_WORK.search(i) for i in items):
        return date.year + 1
    # a meeting in January 2021 of a brief that says 2020 (a 2020年度 meeting held after the year) plans 2021: a
    # speech never plans a year already over
    return max(year, date.year)


# The brief's own work ahead dated this year (今年内完成…, 列入今年的工作台账), not its review (今年以来).
_THIS_YEARS_WORK = re.compile(r"今年(?!以来)")


def brief_plan_year(brief: Brief) -> int:
    """plan_year of ``brief`` (its date, year, kind and priorities' items)."""
    return plan_year(brief.speech_date, brief.year, brief.kind,
                     [i for p in brief.priorities for i in p.items])


_THIS_YEAR = re.compile(r"今年(?!以来)|去年|(?<![明今去上全当半每一二两三四五六七八九十本前次])年(?=内|底|中)")


def ahead_words(text: str) -> str:
    """Our words of a speech that plans the year after its date's (plan_year): the work ahead is 明年's, the
    year reviewed is 今年 (去年 → 今年), and a deadline of the year (年底前, 年内, 年中、年底) is next year's: the first
    in each sentence says so (明年年底前), once."""
    out, dated = [], False
    for piece in re.split(r"(?<=[。！？；])", text):
        def swap(m: re.Match[str]) -> str:
            nonlocal dated
            word = m.group(0)
            if word.startswith("今年"):
                dated = True
                return "明年"
            if word == "去年":
                return "今年"
            if dated:
                return word
            dated = True
            return "明年" + word
        dated = False
        out.append(_THIS_YEAR.sub(swap, piece))
    return "".join(out)


def meeting_name(brief: Brief) -> str:
    """The meeting as the title names it (model.brief follows the date, the level and a township's
    level above)."""
    return brief.meeting_name
