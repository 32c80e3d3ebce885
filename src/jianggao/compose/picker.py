"""Seeded phrase picks for one speech: by role, topic and kind, slots filled, never the same sentence twice."""
from __future__ import annotations

import datetime as dt
import math
import random
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ..corpus.sentences import split_sentences
from ..model import levels, levels_powers
from ..model.bank import RUN_ROLE, Phrase, PhraseBank
from ..model.slots import SLOT_RE
from ..model.text import RESIDUE, shares_run
from ..model.topics import classify, resolve_topic
from .answers import contradicting, problem_name
from .delivery import delivers
from .done import Done, order_for_done
from .era import outside_window
from .ideas import (
    AREA_OF,
    BROAD,
    CODES,
    DISTINCT,
    MEASURE_SAYS,
    MEASURES,
    ONCE,
    REPORT_MEASURE_SAYS,
    SAFEGUARDS_OWN,
    content_pairs,
    ideas_of,
    measure_again,
    repeats,
    said_before,
    tie,
)
from .lending import borrowed as lending
from .lending import table_for as lending_table
from .needs import is_particular, needs_of, opens_with_modal
from .occasion import meeting_spreads, off_occasion, other_disease
from .points import one_name, same_point
from .points import restates as point_restates
from .samepoint import forms as point_forms
from .samepoint import same as samepoint_same
from .serve import (
    HONEST,
    HONEST_UNNAMED,
    HONEST_UNNAMED_ONE,
    ITEM_WORDS,
    POVERTY,
    REMEDIES,
    SERVES_AT,
    STANDING_MOST,
    SUBJECTS,
    akin_subjects,
    answers_problem,
    aspects,
    at_home,
    belongs_elsewhere,
    best_item,
    best_score,
    by_subject,
    heads_at_home,
    in_stage_order,
    is_ledger,
    item_names_it,
    item_run,
    key_words,
    listed_things,
    names_business,
    names_thing,
    on_item_subject,
    on_standing,
    other_tier,
    packed,
    paragraph_breaks,
    problem_areas,
    same_heading,
    score,
    standing_items,
    standing_subject,
    subject_homes,
    subject_of,
    topic_only,
)
from .special import in_field
from .subject import area_forms, same_subject, sibling_work, subject_words
from .titles import TitleStatus
from .variants import reword
from .voice import (
    BUREAU,
    GOVERNMENT,
    GOVERNMENT_UNITS_PER_AREA,
    PER_AREA,
    addresses_all_governments,
    beyond_level,
    departments,
    fits,
    government_power,
    in_bureau_voice,
    role_of,
    speakable,
    told_in,
    too_fine,
    unbacked,
    unsaid_alliance,
    wrong_actor,
)

# What a finished speech never contains (DESIGN.md last section; model.text's residue), and in a bank phrase also
# a digit (a particular), an elision …… or the miner's ⟨⟩ marks: a phrase carrying any is skipped.
_RESIDUE_MORE = re.compile(r"[0-9０-９]|……|⟨|⟩")  # beside RESIDUE (not one pattern: RESIDUE is compiled already)
_FRAGMENT_CATEGORIES = {"heading", "parallel"}
# A part heading (一、…) must read right for its part: the words a heading for that role carries.  The
# mined heading.* entries are often lifted from a neighbouring part (a review part headed 困难和问题不容忽视,
# a tasks part headed 加强机构建设), so a heading without its role's words falls back to the outline's own.
_PART_HEADING_WORDS = {
    "review": re.compile(r"成绩|成效|回顾"),
    "situation": re.compile(r"形势|要求"),
    "tasks": re.compile(r"重点|任务|新局面|新进展|新突破|高质量"),
    "safeguards": re.compile(r"领导|责任|落实|保障|实效"),
    "understanding": re.compile(r"认识|意义|重要性|站位"),
    "focus": re.compile(r"重点|任务"),
    "responsibility": re.compile(r"责任|落实"),
}
# Words the speaker's own voice carries: a short sentence with them (我完全同意。) is speech, not a
# pasted headline.
_OWN_VOICE = re.compile(r"[我！？：]|同志们|大家|以下|方面的工作|几项工作")
# Verb-after-的 where 得 is meant (开的很及时): a corpus typo; such entries are skipped, not corrected, and
# listed for the bank's curator.
_TYPO = re.compile(r"(?:开|搞|做|抓|办|干|讲|说|走|跑)的(?:很|非常|十分|更|比较)")
# The share of the bank's fitting entries one speech may draw on: each seed is offered its own part of
# the bank, so three seeds of one brief do not all say the bank's same sentences (issue 3: three seeds
# share at most half their sentences).  Decided per entry by a hash of seed and id, so every render of
# one speech (compose tries several lengths) is offered the same part.
OFFERED_SHARE = 0.65
# Mined sentences one work area's paragraphs may hold (a run counts by its sentences): past it the area is
# worded in the templates' own measures, so that one area is not padded to four paragraphs while another
# has two (issue 13, second reading: the 医改 task padded with mined sentences, 妇幼 thin).  This is the floor:
# an area with a larger share of the tasks' budget may hold one mined sentence per MINED_CHARS of it (see
# mined_cap), the same era, idea and area rules applying to each.
MINED_PER_AREA = 4
MINED_CHARS = 125
# The share of an area's pool (its mined sentences and the templates' own measures) one call may draw from:
# two speeches on the same area then say different subsets (issue 13: ≤ 35% shared between briefs), however
# much each has to say about it.
AREA_POOL_SHARE = 0.85
# What a mined run of one real paragraph (a run entry, or a sentence whose next sentence may follow it: Phrase.next)
# adds to a measure's standing for an item, as a strong measure's 4 and a remedy's 2 do: tried before single lines of
# the same fit (issue 13: "prefer short runs of consecutive sentences from one real paragraph").
RUN_PREFERENCE = 3


# Mass COVID-19 vaccination in China: from the emergency use for key groups (2020-12-15) to the year of 乙类乙管.
_COVID_VACCINE = re.compile(r"新冠病毒疫苗|新冠疫苗")
_VACCINATION = (dt.date(2020, 12, 15), dt.date(2023, 12, 31))
# A unit told to act after a comma (…生命线，各医疗机构要…), which voice.told_in (sentence openings) does not count.
_TOLD_INSIDE = re.compile(r"(?<=，)((?:各|[县区市旗])[\u4e00-\u9fff（）]{1,12}?(?:卫生院|卫生室|中心|医院|机构|部门|所|站))要")
# Distinctive four-character runs a measure may share with its paragraph so far (finish._said_once drops it at three).
ECHO_QUADS = 3
# A run of this many characters shared by two measures makes them one measure said twice (推动优质护理服务向基层延伸).
SAME_RUN = 10


def _runs_of(text: str) -> frozenset[str]:
    """The SAME_RUN-character runs of every formulation of ``text`` (punctuation left out)."""
    out: set[str] = set()
    for form in text.split(ALTERNATE):
        key = sentence_key(form)
        out |= {key[i:i + SAME_RUN] for i in range(len(key) - SAME_RUN + 1)}
    return frozenset(out)


# A measure's opening clause at most this much longer than a run of an item's words it holds says the item again
# (完善生育支持政策，… after 二是完善生育支持政策。); a longer one says what the item takes (城市公立医院综合改革要以破除以药补医
# 为关键环节 under 推进城市公立医院综合改革试点: the fifteenth session's readers missed exactly that).
RESTATE_SLACK = 6
# … and a measure this much longer than the item says it again only in its first clause (_restates).
RESTATE_WHOLE = 12
# The rest of a template measure whose first clause says the item again (建立现代医院管理制度，要落实公立医院经营管理
# 自主权…) is said without it where it stands as a directive of its own this long at least (take).
TRIMMED_LEAST = 16
_DIRECTIVE = re.compile(r"要(?!求)|必须|严禁|不得|决不")


@lru_cache(maxsize=16384)
def _restates(form: str, item_runs: frozenset[str], items: tuple[str, ...] = ()) -> bool:
    """Whether ``form`` says again one of the brief's ``items`` (item_runs: their SAME_RUN-character runs): it holds
    the item whole, but for a character or two (按照应接尽接的要求有序推进新冠病毒疫苗接种), or opens on a run of it.
    A long measure naming the item only after its first clause does not say it again: it does something with it
    (…，把现代医院管理制度建设纳入医院章程 under 建立现代医院管理制度; bench/bench_items.py found four such measures of
    one item all refused, the item left as 此外，还要…)."""
    first = re.split(r"[，；：]", form)[0]
    if any(len(key := sentence_key(x)) >= SAME_RUN
           and item_run(form if len(sentence_key(form)) <= len(key) + RESTATE_WHOLE else first, key) >= len(key) - 2
           for x in items):
        return True
    head = sentence_key(first)
    runs = {head[i:i + SAME_RUN] for i in range(len(head) - SAME_RUN + 1)}
    return bool(runs & item_runs) and len(head) <= SAME_RUN + RESTATE_SLACK


def _after_lead(form: str) -> str:
    """``form`` without its first clause, where what follows is a directive of its own (要…, 公立医院要…) at least
    TRIMMED_LEAST long; else ""."""
    parts = re.split(r"(?<=[，；：])", form, maxsplit=1)
    if len(parts) < 2:
        return ""
    rest = parts[1]
    head = re.split(r"[，；：]", rest)[0]
    # (要先在…试点: the speaker's voice turns an opening 要 into 进一步, and 进一步先在… is no sentence)
    # (nor a rest that opens on an adverb leaning on the clause cut, 村卫生室标准化建设每完成一个，都要同步落实… →
    # 都要同步落实…: fresh47's t5)
    if len(sentence_key(rest)) < TRIMMED_LEAST or not _DIRECTIVE.search(head) \
            or rest.startswith(("并", "也", "还", "这", "其", "都", "就", "才", "便", "则", "又", "仍", "均")) \
            or re.match(r"要[先再也还就都]", rest):
        return ""
    return rest


def _grouped(measures: list[str]) -> list[str]:
    """Measures that serve no item, those naming the same idea next to each other (儿童 with 儿童, 妇女 with 妇女),
    the most named idea's first, each group in the order drawn: a paragraph that moves from one subject to the
    next, not a shuffled list."""
    ideas = [sorted(ideas_of(m) - {"台账", "宣传引导", "跟踪问效"}) for m in measures]
    counts: dict[str, int] = {}
    for found in ideas:
        for i in found:
            counts[i] = counts.get(i, 0) + 1
    first: dict[str, int] = {}
    keys = []
    for k, found in enumerate(ideas):
        main = max(found, key=lambda i: (counts[i], -len(i), i)) if found else ""
        first.setdefault(main, k)
        keys.append((main == "", -counts.get(main, 0), first[main], k))
    return [m for _, m in sorted(zip(keys, measures, strict=True))]


def answer_rank(measure: str, problem: str) -> tuple[int, int]:
    """How closely ``measure`` answers ``problem`` (the lower the closer): a measure mostly about an area the problem's
    words name (serve.problem_areas) before one naming it beside another, before one naming none; then by score."""
    plain = measure.split(ALTERNATE)[0]
    named, _ = problem_areas(problem)
    about = classify(plain)
    # (the area its words name first: 村医养老保障 is 基层卫生's before it is 老龄健康's)
    tier = 0 if about[:1] and named[:1] and about[0] == named[0] else 1 if set(about) & set(named) else 2
    return tier, -score(plain, problem, strict=False)


def on_other_business(measure: str, item: str) -> bool:
    """Whether ``measure`` is about a business beside ``item``'s own (OTHER_BUSINESS): it names that business and none
    of the item's narrow ideas nor a run of the item's words.  Such a measure reached the item by a broad idea (预防接种,
    应急) or a shared word (门诊, 建设) alone: 免疫规划 and 入学查验 under 有序推进新冠病毒疫苗接种, 预防接种门诊 under
    加强发热门诊建设, 临床专科 under 完善院前急救网络 (the twenty-ninth reading)."""
    theirs = ideas_of(item)
    beside = frozenset().union(*(OTHER_BUSINESS.get(x, frozenset()) for x in theirs))
    if not beside:
        return False
    mine = ideas_of(measure)
    # (the item's words in the measure's opening clause make it the item's; named further on, among a training's
    # courses, they do not: 乡村医生轮训要讲求实效，围绕常见病诊治、基本公共卫生服务…设置课程)
    # (… nor as what a training covers: 乡村医生轮训要突出…基本公共卫生服务 is said of the training, its subject before 要)
    opening = re.split(r"[，。；：]", measure, maxsplit=1)[0]
    opening = opening.split("要", 1)[0] if "要" in opening[2:] else opening
    if not mine & beside or mine & (theirs - _BROAD_ONLY) or item_run(opening, item) >= ITEM_WORDS:
        return False
    return True


_BROAD_ONLY = BROAD - CODES
# Businesses that share an item's broad idea or its words but are not its work: a measure on one of them goes under its
# own heading, never under the item's (ideas.py names each; the measure codes count as narrow here).
OTHER_BUSINESS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "新冠疫苗": ("免疫规划", "补种", "儿童保健", "托幼保健"),
    "免疫规划": ("新冠疫苗",),
    "发热门诊": ("接种点", "预防接种", "接种管理", "冷链", "疫苗追溯"),
    "接种点": ("发热门诊",),
    # (a vaccine item is served by vaccine work: 发热门诊和肠道门诊规范化管理 after 疫苗全程可追溯, round 36)
    "预防接种": ("发热门诊",),
    "接种管理": ("发热门诊",),
    "疫苗追溯": ("发热门诊",),
    "院前急救": ("专科建设", "儿科建设", "医疗质量", "护理服务"),
    "预约诊疗": ("家庭医生签约", "签约团队"),
    "家庭医生签约": ("全科转岗",),
    "计生特殊家庭": ("流动人口", "计生协", "人口信息", "普惠托育"),
    "普惠托育": ("计生特殊家庭", "特别扶助"),
    "流动人口": ("妇女保健", "儿童保健", "母婴安全", "高危孕产妇", "婚前孕前", "特别扶助", "计生特殊家庭"),
    "公立医院改革": ("基层综改", "卫生院", "村医"),
    # (not 医疗质量: the registry's idea is any 改善医疗服务 item's too, which 预约诊疗 and 就医体验 carry out)
}.items()}


def _stands(sentence: str) -> bool:
    """Whether ``sentence`` may open a paragraph: it leans on nothing said before it (needs.needs_of)."""
    return not needs_of(sentence) & {"antecedent", "follows", "partner"}


def mined_cap(area_budget: float) -> int:
    """How many mined sentences an area whose share of the tasks' budget is ``area_budget`` characters may
    hold: about a third of its text, never fewer than MINED_PER_AREA."""
    return max(MINED_PER_AREA, int(area_budget // MINED_CHARS))
# Measures one brief item takes: at least PER_ITEM_MIN where the pool has them, more (to PER_ITEM_MAX) only while the
# area's budget asks; measures that serve no item come after, REST_MAX at most (issue 13, sixth reading).
PER_ITEM_MIN = 2
# How often the measures of one area may name the narrow idea of its own item (医养结合, 母婴安全).
ITEM_SAYS = 5
PER_ITEM_MAX = 9
# … and more, in an area of several items whose measures on no item's subject were left out (Picker._serve)
ITEMS_MORE = 3
# … and under a government leader (县长, 副县长): fewer, broader measures per item (the ninth reading: a 县长 reading
# a 局长's lists).
GOVERNMENT_PER_ITEM = 12
# … who takes that many more of the area's broad measures that serve no item (REST_MAX), at his own level: the clinic
# routine refused him (voice.too_fine) and the item detail he leaves to the bureau make room for them.
GOVERNMENT_REST_MORE = 4
# Eight, not eleven: the seventh reading found every subsection ending in a heap of stock orders that served none of
# the brief's items.  A special meeting's few areas carry the whole speech, and a bureau's work report is the
# year's full account of its own work (REST_MAX_SPECIAL).
REST_MAX = 8
REST_MAX_SPECIAL = 10
UNKNOWN_REST_MAX = 2
# The most measures on one subject that serves none of an area's items (its paragraphs are on the items' subjects
# first), and on no subject (公共卫生工作平时看不见…) or on how the work is steered (部门协同, 总结推广): stock lines.
REST_PER_SUBJECT = 10
REST_CAPS = {"": 2, "推进": 3}
# Follow-up lines (台账, 时间表, 督导: serve.LEDGER) the task part says in all: the safeguards say the rest, once.
LEDGERS_IN_TASKS = 1
_SUBJECT_IDEAS = dict(SUBJECTS)
# Set phrases a listener hears twice in one item's paragraph (应管尽管, 应治尽治, 早发现、早报告).
_SET_PHRASE = re.compile(r"应.尽.|早发现|有人管|全覆盖|不漏一")
# The kinds of work (serve.ASPECTS) an item's run says once unless the item is about it: 转岗培训, 进修 and 继续教育 in
# one paragraph read as training three times (the eighteenth reading).
_ONE_WAY = frozenset({"train"})
# The most any brief item says: its best three to six, the strongest first (the eighteenth reading: 15–30
# measures under one 一是, 不分主次); what the area's budget still asks is said by numbered items of its own standing
# work (STANDING_HEADS), never by more measures heaped under an item.
ITEM_MOST = 6
# … and where the standing items beside it were left out (STANDING_ITEMS_BESIDE), up to this many: the length they would
# have taken goes to the brief's own items, not to stock
ITEM_FULLEST = 8
# … of which those its subject's words alone place under it (serve.item_names_it) only while it has fewer than this,
# and after every stronger one (as many as ITEM_MOST since standing items are fewer and lighter: the length a brief
# asks for comes from its own items before stock)
ITEM_STRONG = 6
# The most standing items (三是…四是…) an area with brief items adds after them, and the most numbered items a
# subsection holds in all (a real speech's 一是…五是).
STANDING_ITEMS_MAX = 4
SUBSECTION_ITEMS_MAX = 4
# … and never more than this however long the speech must grow (a 医改 subsection of 一是…七是 once the subject rule
# folded standing items and the length search gave the area more room: b05; a real speech's subsection holds ≤ 6)
SUBSECTION_ITEMS_ALL = 6
# The measures of a standing item whose subject another item of its subsection holds that go under that item instead.
HELD_MOVED = 4
# A standing item beside the brief's items weighs less than they do (the twenty-second reading: a briefed item of
# one sentence under four standing items of four): at most STANDING_ITEMS_BESIDE of them, each holding at most
# STANDING_BESIDE_ITEMS measures and no more than the fullest brief item (STANDING_LEAST at least: a brief item the
# bank has one line for does not leave its area a list of bare headings); what they would have said,
# the brief's items say instead (to ITEM_FULLEST).
STANDING_BESIDE_ITEMS = 5
STANDING_ITEMS_BESIDE = 3
STANDING_LEAST = 4
# A brief held to its length and short of it says DEEP_MORE measures more on each of its own items, beside at most
# DEEP_STANDING_BESIDE standing items, before a standing area is added (core.compose; the twenty-ninth reading: 30–45%
# of a rich draft was standing material the brief never asked for)
DEEP_MORE = 3
DEEP_STANDING_BESIDE = 3
# How much more the headline area (plan.headline_area) may say than the caps above.
HEADLINE_MORE = 1.35
# Measures answering an area's problem (REMEDIES) said right after it, before the items' runs.
ANSWERS_MAX = 3
# How much more than its budget an area offers: the cut to the plan's budgets (finish) then has a choice, and the
# tasks part stands in for parts that have less to say than their share (finish._STRETCH).
OVERSAY = 1.6
# How many other subsections may have said a broad idea (培训, 卫生院, 慢性病: compose.ideas.BROAD) before one more
# may name it; a narrow idea (医共体, 高危孕产妇) or one of a distinct area's (中医药, 出生缺陷) is said in one only.
BROAD_AREAS = 2
# Measures an area the brief gave no item for may take (its general measures, as its budget asks: a thin brief's
# speech is short because its budget is, plan.area_weights).
PLAIN_MAX = 20
# … and a standing area of a speech whose brief named items elsewhere (a work report's 党建, 医疗服务 …).
STANDING_MAX = 22
# The share of what an area could not fill that the next area takes on.
CARRY_SHARE = 0.8


# A village clinic's or a village doctor's own routine (DETAIL by level): said by a county's speaker, or by a 市's where
# it is the policy a 市 sets for them (机制, 政策, 待遇, 定向培养).
_VILLAGE_ROUTINE = re.compile(r"村卫生室|乡村医生|村医")
_VILLAGE_POLICY = re.compile(r"机制|政策|队伍建设|稳定[^，。；]{0,6}队伍|"
                             r"待遇|养老保障|定向培养|订单定向|乡村一体化|乡村医疗卫生体系|补助标准|村医补助|准入|退出")


@dataclass(frozen=True)
class ItemRun:
    """One brief item as a subsection says it: the item, its targets, the measures that carry it out."""

    item: str
    targets: tuple[str, ...]
    measures: tuple[str, ...]
    breaks: tuple[int, ...] = ()      # the measures that open a paragraph of their own (serve.paragraph_breaks)


@dataclass(frozen=True)
class AreaRuns:
    """A task subsection's content: a run per brief item, the measures that serve no item, the targets of
    no item."""

    runs: tuple[ItemRun, ...]
    rest: tuple[str, ...]
    targets: tuple[str, ...]
    answers: tuple[str, ...] = ()     # measures answering the brief's problem for the area, said right after it
    rest_breaks: tuple[int, ...] = ()  # the measures of ``rest`` that open a paragraph of their own
    item_answers: bool = False        # an item is itself the answer to the area's problem (its run is first)
    taken_up: bool = False            # no measure answers the area's problems: ``answers`` names them honestly
    standing: tuple[ItemRun, ...] = ()  # numbered items of the area's own standing work, after the brief's (三是…)
    facet_rest: tuple[str, ...] = ()  # a special meeting's lines on no standing item: said under a facet they are on, or not


def unsaid_by(options: Sequence[str], area: AreaRuns, kind: str = "") -> list[str]:
    """The template's ``options`` for an area's lead that name no measure (compose.ideas.MEASURES) its measures said
    as often as the kind allows (MEASURE_SAYS; a work report's REPORT_MEASURE_SAYS): an area with no item words its
    lead after serve picked its measures, and b05 (seed 2) opened 五是加快卫生计生信息化建设 with 推动医疗卫生数据互联互通
    before its measure 实现…健康档案的互联互通和共享调阅 (test_measures)."""
    said = [m for r in (*area.runs, *area.standing) for m in r.measures] + list(area.rest) + list(area.answers)
    counts: dict[str, int] = {}
    for m in said:
        for code in frozenset().union(*(ideas_of(f) & MEASURES for f in m.split(ALTERNATE))):
            counts[code] = counts.get(code, 0) + 1
    says = REPORT_MEASURE_SAYS if kind == "work_report" else MEASURE_SAYS
    return [o for o in options if not any(counts.get(c, 0) >= says for f in o.split(ALTERNATE)
                                          for c in ideas_of(f) & MEASURES)]


# An idea the speech has said this often is not said again by a mined sentence anywhere.
SAID_ENOUGH = 2
# … and a measure serving one of the brief's items whose narrow ideas (other than the item's own) its area has all
# said this often already is the same measure again (基本药物 twice in one paragraph: bench/bench_repeats.py).
SAID_IN_AREA = 1
# Separates formulations of one statement in a template's option (see Picker.vary).
ALTERNATE = "‖"
# Body sentences below this length read as headlines; only a paragraph's lead may be one.
HEADLINE_MAX = 15
# A speech's time frame: a half-year phrase is wrong in an annual speech and the reverse.
_HALF_YEAR = re.compile(r"上半年|下半年|过半|半年")
_LEVELS = levels.place_chars()
# Another level's own words (全县 in a 区 speech, 县委 / 市卫生局 …): the mark of a phrase lifted from
# somewhere else (DESIGN: a speech naming another place's units is the worst error).
_PLACE_WORDS = re.compile(rf"(?:全|我|本|该)([{_LEVELS}])|([{_LEVELS}])(?:委|政府|人大|政协|卫生局|卫计局|卫健局|"
                          rf"卫生健康局|卫健委|卫计委|妇联|财政局|人社局|医保局|民政局|教育局|疾控中心|人民医院)")


# Areas whose measures a named unit carries out (县疾控中心要…); reform and policy are the bureau's
# and the government's, so they keep the speaker's own 要.
_ACTED = {"public_health", "disease_control", "emergency", "maternal_child", "primary_care", "tcm",
          "medical_services", "regulation", "patriotic_health", "health_promotion", "elderly_health"}
_POLICY = re.compile(r"政策|制度|改革|机制|招聘|编制|投入|财政|补助|规划|体系|待遇|考核|配送|药品采购|经费|资金|财务")
_ANNOUNCES = re.compile(r"(?:将|将要|还要|稍后|一会儿?|等一下)(?:作|做)[^，。]{0,6}讲话|作重要讲话")
# A measure about units (疾控机构与医疗机构…, 妇幼保健机构标准化建设) is the bureau's to direct, not one
# unit's to carry out: it keeps the speaker's own voice.
_UNITS = re.compile(r"机构|医院|中心|卫生院|卫生室|服务站|部门|布局|委会|学校|幼儿园|药店|用人单位")
# A half-year meeting reviews 上半年, not the year before.
_WHOLE_YEAR = re.compile(r"过去的?一年|一年来|去年|全年工作|{prev_year}")
# Business a township has no hand in (county hospitals, insurance funds, hospital reform).
# A concrete programme or duty belongs to one work area even where the topic registry names none of its
# words (卫生许可 is supervision's, 日间手术 the hospitals', 勤洗手 health education's). Placed under another
# area's heading it reads as pasted there (the secretary's first complaint: 万能句 under the wrong heading).
_PROGRAMME_AREA = tuple((re.compile(words), area) for words, area in (
    (r"许可|黑诊所|非法行医|饮用水|公共场所卫生|案件查处|查处力度|监督所|限时办结|审批|欺诈|严打|移送司法", "regulation"),
    (r"编制|人事薪酬|薪酬制度|人员聘用|医务人员积极性", "workforce"),
    (r"日间手术|住院日|名医|工作室|一站式|投诉|技术比武|岗位练兵|准入|远程手术|医疗质量", "medical_services"),
    (r"双向转诊|上转容易|区域卫生规划|医疗费用过快|配送企业|疾病应急救助", "medical_reform"),
    (r"勤洗手|勤打扫|健康教育|健康知识", "health_promotion"),
    (r"建证|建卡|预防接种", "disease_control"),
))


def _programme_area(text: str) -> str | None:
    """The work area a measure's own programme belongs to (see _PROGRAMME_AREA), or None."""
    return next((area for pattern, area in _PROGRAMME_AREA if pattern.search(text)), None)


# Whose work a measure is, by what it names: the actor is chosen among the units that do it.
_WHOSE_WORK = (
    (re.compile(r"查处|执法|行政处罚|职业病|职业健康|用人单位|健康危害因素|饮用水|公共场所"), re.compile(r"监督|执法|疾控")),
    (re.compile(r"结核"), re.compile(r"定点医院|医院|医疗机构")),
    (re.compile(r"公共卫生委员会|村（居）|爱国卫生|改厕"), re.compile(r"^各(?:苏木)?乡镇|^各街道|^各镇")),
    (re.compile(r"急救|院前|用血|血液|床位|救治"), re.compile(r"医疗机构|医院")),
    (re.compile(r"心理|门诊"), re.compile(r"医疗机构|医院|卫生院|社区卫生服务")),
    (re.compile(r"慢性病|慢病|高血压|糖尿病|健康管理|家庭医生|签约|基本公共卫生|健康档案|老年人"),
     re.compile(r"卫生院|卫生室|社区卫生服务|基层")),
    (re.compile(r"传染病|疫情|监测|预警|免疫|接种|消杀|流调"), re.compile(r"疾控|卫生院|医疗机构")),
)
_BIRTH = re.compile(r"孕产|产妇|产科|产前|产后|分娩|新生儿|助产|出生缺陷")
_BUREAU = re.compile(r"卫生.*(局|委)$|卫健(局|委)$")
_SEASONS = ((re.compile(r"夏秋|夏季|汛期"), re.compile(r"秋冬|冬春|春季|冬季")),
            (re.compile(r"秋冬|冬春|冬季"), re.compile(r"夏秋|夏季|汛期")))
_POVERTY_WORK = re.compile(r"健康扶贫|贫困患者|贫困人口|贫困家庭|贫困群众|因病致贫|因病返贫|建档立卡|贫困村|贫困户|贫困地区")
_FARM_WORK = re.compile(r"畜禽|农村环境卫生|农村人居环境|农村改厕|农民群众|农户|庭院")
# … and what only a place with villages says: an urban district of 街道 and 社区 has no 农村 to send resources to, no
# 村 for a 定向生 to return to, no 改水改厕 (the eighteenth reading, a 2019 district's 全科医生 and 爱国卫生 items)
# (… nor 留守儿童, whose parents left the villages for work: fresh62's v3, an urban district's 妇幼 item)
_VILLAGE_LIFE = re.compile(r"农村|村里|回村|进村|入村|村民|农民|改水|改厕|乡村|留守")
_NCMS_OFFICE = re.compile(r"合管办|合管委|合管中心|参合筹资|以家庭为单位自愿参合")
_POST_POVERTY = re.compile(r"脱贫攻坚成果|脱贫地区|防止返贫")
# A programme of its own said only where the brief names it (a measure on 特岗医生 or 村庄清洁行动 stood as a 2025
# county's standing item: the measures written for such briefed priorities, templates/wording/task_more.yaml by_item):
# (the programme's words in a measure, what in the brief asks for it).
_ASKED_WORK = ((r"特岗", r"特岗"), (r"村庄清洁", r"村庄清洁|人居环境|村容村貌"), (r"垃圾分类", r"垃圾"),
               (r"城市医疗集团", r"医疗集团"), (r"发热诊室", r"发热"), (r"自动体外除颤", r"急救"),
               (r"新型婚育文化", r"婚育|生育|人口"), (r"育儿补贴", r"育儿补贴"), (r"体重管理", r"体重"),
               (r"人工智能", r"人工智能|智能|AI"), (r"生育友好", r"生育友好"), (r"卫生材料消耗", r"费用"),
               (r"次中心", r"次中心"), (r"健康社区建设要", r"健康社区|健康细胞"),
               # a special meeting's core items (task_more by_item, special15): the season's COVID work only where the
               # brief speaks of the epidemic (a 2026 冬春季呼吸道 meeting has no 返乡人员 to test), cold chain, poultry,
               # water, the 卫生城市/县城 campaign, 流感, 肠道 and the mosquito only where it names them
               (r"元旦|春节|返乡人员|冬春季疫情|重点场所要落实常态化", r"疫情|新冠"),
               (r"冷链食品|冷链物流|集中监管仓", r"冷链"), (r"禽流感|活禽|禽类", r"禽流感|H7N9|禽"),
               (r"水质|饮水安全|供水|水源", r"饮用水|饮水|供水|水源|水质"),
               (r"创建卫生县城，|创建卫生城市，|卫生城市创建要|卫生县城创建要", r"卫生县城|卫生城市|卫生创建|创卫"),
               (r"流感高发季节|流感聚集性疫情的多发|重点人群的流感疫苗|流感疫苗接种要以", r"流感|呼吸道"),
               (r"多病原|呼吸道传染病的高发期", r"呼吸道|冬春|流感"), (r"逢泻必检|集体聚餐", r"肠道|夏秋|腹泻"),
               # (the summer's infectious diseases, public_health's own lines: a brief item on 夏季/夏秋季传染病 asks them)
               (r"夏季传染病|肠道门诊|手足口病等季节性", r"夏季|夏秋|肠道|腹泻|手足口"),
               (r"伊蚊密度指数|伊蚊密度压", r"登革热|蚊|病媒"),
               # the mosquito campaign's own actions (field16): its 行动日, 入户, 单位责任 where the brief names the
               # campaign, its 挂牌督办 where it names the listing, its case work where it names the disease
               (r"全民行动日|翻盆倒罐|本单位清积水", r"积水|蚊|病媒"), (r"挂牌督办要有标准|爱卫办要挂牌督办", r"挂牌|督办"),
               (r"旅居史|应急灭蚊", r"登革热|蚊媒|基孔肯雅|疟疾|寨卡"),
               (r"重大危险源|双人双锁|三张清单", r"安全生产|隐患|消防|危化|燃气"),
               # (sec53: 医疗机构的消防通道和安全出口要保持畅通 under 畅通向下转诊通道, 登革热 in a northern county's work
               # report that never named a mosquito, 公共卫生与医疗服务的衔接 under a price item in three of six drafts)
               (r"消防", r"消防|安全生产|火灾|平安医院|隐患"), (r"登革热", r"登革热|蚊|病媒|夏秋|虫媒"),
               (r"公共卫生与医疗服务的衔接", r"医防|慢性病|慢病|随访"),
               # a healthy city's fitness trails and parks where the brief speaks of a healthy city or of fitness
               # (style29: 健康城市建设要完善健身步道 in drafts whose briefs never named either)
               (r"健身步道|体育公园", r"健康城市|健康县城|健康.{0,2}建设|健身|健康支持性环境"))
# Stock lines of the templates' own measures, true of any place and any year, that readers found in several drafts of
# one round (round 36: 发热门诊和肠道门诊 in four of six, 汛期和重大节日, 以病媒生物防制为重点 against a 改厕 focus, 人才强卫…
# 数量充足、结构合理, 不能只追求建档数量) and that bench/bench_placement.py found in a fifth to a quarter of its drafts:
# each is offered to SHARED_SHARE of drafts (by the speech's draw: seed, region, year, kind), so that two units'
# speeches do not share them; the other drafts say the area's other measures (Picker.rationed_out).
SHARED_RATIONED = re.compile(
    r"发热门诊和肠道门诊|汛期和重大节日|以病媒生物防制为重点|人才强卫|数量充足、结构合理|建档数量|重建档轻管理|"
    r"公共卫生服务的网底|群众性应急救护培训|卫生应急专家库|信息报告要严格落实时限|做好医患沟通|"
    # (style29: a reader's marks of a machine, in a quarter to a third of the bench's briefs)
    r"一年一年地解决|多到问题多|"
    # (sec53: in three of six drafts each)
    r"抓一阵、松一阵|贵在坚持、重在长效")
SHARED_SHARE = 0.3


def shared_offered(draw: str, text: str) -> bool:
    """Whether the speech drawn as ``draw`` may say ``text``: yes unless it is a SHARED_RATIONED stock line outside
    this speech's share."""
    m = SHARED_RATIONED.search(text)
    return m is None or zlib.crc32(f"{draw}|{m.group(0)}".encode()) % 1000 < SHARED_SHARE * 1000


# A hospital's own clinics (发热门诊, 肠道门诊) are a 县级 hospital's and above: a 乡镇、街道 has none to manage (round 36:
# 加强发热门诊和肠道门诊规范化管理 in a street's speech); the flood season's work is said in a year's plan or at a meeting
# held before or in the summer, not in an autumn or winter one.
_HOSPITAL_CLINICS = re.compile(r"发热门诊|肠道门诊")
# A town's building sites and 五小行业 (small shops, eateries, barbers) are a county seat's and a city's management work: a
# rural township's environment campaign is its villages' (style29: 建筑工地、农贸市场和五小行业是环境卫生管理的难点 in a
# rural township's draft).
_TOWN_SITES = re.compile(r"五小行业|建筑工地")
_FLOOD_SEASON = re.compile(r"汛期|防汛|洪涝")
# Each kind of work with what, in the brief, allows it (Picker.ruled_out).
_BRIEF_GATED = ((_POVERTY_WORK, "poverty"), (_POST_POVERTY, "villages"), (_NCMS_OFFICE, "ncms"),
                (re.compile("县城"), "county_town"), (_FARM_WORK, "farms"), (_VILLAGE_LIFE, "farms"),
                (_HOSPITAL_CLINICS, "hospitals"), (_FLOOD_SEASON, "summer"), (_TOWN_SITES, "town_sites"),
                *((re.compile(work), "asked:" + asked) for work, asked in _ASKED_WORK))
_TO_GOVERNMENT = re.compile(r"向(?:[县区市旗]|本级)?政府(?:报告|汇报)")
# Words only a province or a city says of those below it; a county, district or township has no 各地 (各级政府:
# voice.ALL_GOVERNMENTS, below the province, in _for_speaker).
_ABOVE_COUNTY = re.compile(r"各地(?![区方])|各地区|各省|各市（州）")
_SELF_DEPARTMENT = re.compile(r"卫生(健康|计生)?(部门|局|委)要|卫健(部门|局|委)要")
# What a township does not run is the level model's (levels_powers.above_township: a street's list is longer).
_ABOVE_TOWNSHIP = levels_powers.ABOVE_TOWNSHIP


_PLACES = re.compile(r"各(?:苏木)?乡镇(?:（街道）)?|各街道(?:（镇）)?|各镇（街道）|各村（社区）|各社区")


def _is_unit(who: str) -> bool:
    """Whether ``who`` is a single unit or a kind of unit (县疾控中心, 各乡镇卫生院), not a department or a place."""
    return not (_BUREAU.search(who) or _PLACES.fullmatch(who) or who.endswith("部门") or "编办" in who)


@dataclass(frozen=True)
class TopicView:
    """A work area as the templates see it: its registry key (or "general") and the name spoken."""

    key: str
    name: str
    known: bool = True

    def __str__(self) -> str:
        return self.name


def sentences_of(text: str) -> list[str]:
    """Sentences of a text, split after 。！？ (what "the same sentence twice" is counted over): the corpus's splitter,
    so a draft's sentences are cut as the bank's were (a closing quote stays with the sentence it ends)."""
    return list(_sentences_of(text))


@lru_cache(maxsize=16384)
def _sentences_of(text: str) -> tuple[str, ...]:
    """sentences_of, kept per text (~1,300 asks a render, ~540 texts)."""
    return tuple(split_sentences(text))


_UNKEYED = re.compile(r"[\s，。！？；：、“”‘’（）()—…,.;:!?]")


@lru_cache(maxsize=65536)
def sentence_key(sentence: str) -> str:
    """A sentence with punctuation and spaces removed, so trivial variants still count as the same."""
    return _UNKEYED.sub("", sentence)


def is_headline(sentence: str) -> bool:
    """A short sentence in no one's voice (公共卫生取得新成效。): fine as a paragraph's lead, pasted
    anywhere else."""
    return len(sentence_key(sentence)) <= HEADLINE_MAX and not _OWN_VOICE.search(sentence)


def as_sentence(text: str) -> str:
    """End a phrase as a sentence: a trailing comma or semicolon becomes 。; a colon is kept."""
    text = text.strip()
    if not text:
        return text
    if text[-1] in "，,；;、":
        text = text[:-1]
    if text[-1] not in "。！？：":
        text += "。"
    return text


def as_fragment(text: str) -> str:
    """A heading or run: no closing punctuation."""
    return text.strip().rstrip("。；;，,：:！？")


@lru_cache(maxsize=65536)
def phrase_fits(text: str, category: str, role: str, level: str, kind: str, key: str | None,
                main_topic: str) -> bool:
    """Whether a phrase belongs in a speech: its place words are the speech's level, its time frame is
    the kind's, and it does not talk about another work area than the one asked for.  Cached: the
    same phrase is judged many times while compose searches for the right length."""
    raw = SLOT_RE.sub("", text)
    if _TYPO.search(raw):
        return False
    if category == "heading" and role in _PART_HEADING_WORDS:
        if not _PART_HEADING_WORDS[role].search(raw) or raw.startswith("要") or len(raw) < 10:
            return False
        if role == "review" and "形势" in raw:     # that is the next part's business
            return False
        if kind == "midyear_review" and "{prev_year}" in text:
            return False
    if category == "heading" and role in _PART_HEADING_WORDS and main_topic != "patriotic_health" \
            and re.search(r"环境|爱国|卫生城|整洁|创卫", raw):
        return False          # a 爱国卫生 part heading (创造干净舒适的卫生环境) in another meeting
    for m in _PLACE_WORDS.finditer(raw):
        if (m.group(1) or m.group(2)) != level:
            return False
    if kind != "midyear_review" and _HALF_YEAR.search(raw):
        return False
    about = classify(raw)
    if category == "heading" and role == "topic" and key:
        # A subheading must name its own area, or it reads as a stray line under the wrong number.
        return "{topic}" in text or key in about[:1]
    if about:
        wanted = key or (main_topic if main_topic != "general" else None)
        if wanted is None or wanted not in about[:2]:
            return False
        if about[0] != wanted and about[0] in DISTINCT:
            # an area's own business (国医馆, 爱国卫生宣传: compose.ideas.DISTINCT) is out of place under another
            # area's subheading even when it also mentions that area
            return False
    elif main_topic == "general" and ("这项工作" in raw or "此项工作" in raw):
        # 这项工作 points at one campaign; a general speech has none to point at.
        return False
    return True


@lru_cache(maxsize=65536)
def _about(text: str, key: str) -> bool:
    """Whether a phrase is plainly about the work area ``key`` (its first classified area)."""
    return classify(SLOT_RE.sub("", text))[:1] == [key]


@lru_cache(maxsize=65536)
def _offered(seed: int | str, phrase_id: str) -> bool:
    return zlib.crc32(f"{seed}|{phrase_id}".encode()) % 1000 < OFFERED_SHARE * 1000


_TOLD_ADVERB = re.compile(r"^要(?:着力|切实)(?=[\u4e00-\u9fff]{2})")


def _kept_per_text(judge: Callable[[Picker, str], bool]) -> Callable[[Picker, str], bool]:
    """``judge`` (a question a Picker asks of a text, whose answer depends only on the text and on what the picker was
    made with, never on what it has said since: Picker.judged_as) answered once per text for pickers made alike: vary
    asks each of the templates' wordings again for each of its formulations (perf9), and compose words a brief held
    to its length up to six times, each with a new picker made from the same brief (perf13)."""
    name = judge.__name__

    def kept(picker: Picker, text: str) -> bool:
        answers = _answers_of(picker, name)
        if text not in answers:
            answers[text] = judge(picker, text)
        return bool(answers[text])

    kept.__doc__, kept.__name__ = judge.__doc__, judge.__name__
    return kept


_kept_for: dict[str, tuple[tuple[Any, ...], dict[Any, bool]]] = {}   # each judge's answers for the last pickers made
#                                                                     alike (a process composes one brief at a time)


def _answers_of(picker: Picker, name: str) -> dict[Any, bool]:
    """The answers of the judge ``name`` for ``picker``: shared by the pickers made alike (Picker.judged_as)."""
    answers: dict[Any, bool] | None = picker.__dict__.get("_kept_" + name)
    if answers is None:
        last = _kept_for.get(name)
        if last is None or last[0] != picker.judged_as:
            last = _kept_for[name] = (picker.judged_as, {})
        answers = picker.__dict__["_kept_" + name] = last[1]
    return answers


# The last pickers' ruled_out patterns and, per text, whether one of them finds something in it (_for_speaker asks
# ~10,000 texts a render, ~30 patterns each; a brief held to its length is worded up to eight times, each with a new
# picker made with the same patterns)
_ruled_out_kept: list[Any] = [None, {}]
# The last pickers' brief words (Picker.keep) and one alternation of them (Picker._may_hold_keep)
_keep_found: list[Any] = [None, None]


def _in_use(picker: Picker, option: str, before: Sequence[str], form: str, loud: bool,
            none_quiet: Callable[[], bool]) -> Callable[[], bool]:
    """Whether the templates' ``option`` is said as ``form`` where the area's state allows it (Picker._own_entries): the
    option in use on the speech's date, none of the forms ``before`` it and ``form`` itself, and, saying a ONCE idea
    again (``loud``), only where no quiet line is in use."""
    def holds() -> bool:
        return picker._timely(option) and not any(picker._timely(f) for f in before) and picker._timely(form) \
            and (not loud or none_quiet())
    return holds


class SparePool:
    """An area's unsaid measures (Picker.spare) in their fixed order, each of the templates' lines judged in use on the
    speech's date only when a reader comes to it: iterated, or through ``where`` (its cheap test first), it gives just
    the measures the whole list held, in its order."""

    def __init__(self, entries: Sequence[tuple[str, Callable[[], bool] | None]]) -> None:
        self._entries = list(entries)

    def __iter__(self) -> Iterator[str]:
        return self.where(None)

    def where(self, test: Callable[[str], bool] | None) -> Iterator[str]:
        """The pool's measures for which ``test`` holds (asked before the measure is judged), in order."""
        for said, holds in self._entries:
            if (test is None or test(said)) and (holds is None or holds()):
                yield said

    def remove(self, said: str) -> None:
        """Take ``said`` out of this copy of the pool (the first of it the pool holds, as list.remove)."""
        for n, (text, holds) in enumerate(self._entries):
            if text == said and (holds is None or holds()):
                del self._entries[n]
                return
        raise ValueError(said)


# The run a standing item's measure shares with a brief item of its subsection to be that item's (基本药物制度).
ITEM_OWN_RUN = 6


class Picker:
    """Picks phrases for one speech render; holds the seeded RNG and the sentences already used."""

    def __init__(self, bank: PhraseBank, *, kind: str, slots: dict[str, str | None], seed: int,
                 main_topic: str = "general", keep: Sequence[str] = (), date: Any = None, naming: Any = None,
                 actors: dict[str, tuple[str, ...]] | None = None, speaker_title: str = "",
                 area_items: dict[str, tuple[str, ...]] | None = None,
                 area_problems: dict[str, tuple[str, ...]] | None = None,
                 area_caps: dict[str, int] | None = None, role: str = "",
                 rural: bool = False, room: int = 0, deep: bool = False,
                 subject_field: frozenset[str] = frozenset(), county_city: bool = False,
                 done: Sequence[Done] = (), lenient: bool = False) -> None:
        self.bank = bank
        # a special meeting's field (special.meeting_field): its standing items come from these subjects only
        self.subject_field = subject_field
        # how much a brief item says and how many standing items stand beside the brief's (Plan.deep: a brief held to
        # its length says more on its own items before any standing area is added, core.compose)
        self.item_most = ITEM_MOST + (DEEP_MORE if deep else 0)
        self.item_fullest = ITEM_FULLEST + (DEEP_MORE if deep else 0)
        self.standing_beside = DEEP_STANDING_BESIDE if deep else STANDING_ITEMS_BESIDE
        # numbered items a subsection may hold beyond SUBSECTION_ITEMS_MAX and STANDING_ITEMS_BESIDE (Plan.room: a rich
        # brief still short of its length after every standing area, core.compose)
        self.room = room
        # (the length search's last resort: an idea another task subsection said may be said again, serve's take)
        self.lenient = lenient
        self.kind = kind
        self.slots = slots
        self.main_topic = main_topic
        # Seeded per speech, never the global RNG: same brief + seed ⇒ same speech.
        # The place and year are part of the draw: two counties with the default seed do not get the
        # same picks (issue 13: two minimal briefs came out 99% alike).  Same brief + seed ⇒ same speech.
        self.draw = f"{seed}|{slots.get('region')}|{slots.get('year')}|{kind}"
        self.rng = random.Random(self.draw)
        self.seed = seed
        # The brief's own words inside the templates' wording: never reworded (see variants.reword).
        self.keep = tuple(keep)
        self._keep_longest_first = sorted(self.keep, key=len, reverse=True)  # _timely's order, sorted once
        # … and the brief's own statements only, for the powers check: an area's name is the secretary's word but orders
        # nothing (a street's 健康促进 area excused 要推进健康促进医院和健康促进学校建设 once 健康促进 was taken out of it)
        self._stated_longest_first = [k for k in self._keep_longest_first if resolve_topic(k) is None]
        self._unstated_kept: dict[str, str] = {}
        self.used: set[str] = set()
        self.date = date
        self.naming = naming
        self.actors = actors or {}
        # A bureau's head speaks for the bureau: 编制 and 招商引资 are the government's to rule on.
        # Who speaks decides who is told to act (compose.voice): a government leader tells departments and
        # townships, a bureau's head his own units.
        self.role = role or role_of(speaker_title, "", slots.get("level") or "区")
        self.bureau_voice = self.role == BUREAU
        self._acted = 0
        self._last_actor = ""      # who the last voiced measure named: never the same unit twice running
        self._told: dict[tuple[str, str], int] = {}
        level = slots.get("level") or ""
        absent = levels.absent_words(level, rural=rural) if level in levels.LEVELS else None
        self.absent = re.compile(absent) if absent else None
        self.rural = rural
        # what the brief says is done (compose.done): no standing item orders it again (fresh50's h6, a township whose
        # 卫生院 and 村卫生室 were both brought to standard, got 四是推进基层医疗卫生机构标准化建设)
        self.done = tuple(done)
        self.unsaid = unsaid_alliance(" ".join(self.keep), level, rural=rural, county_city=county_city)
        # … and no measure working against a problem the brief names (answers.contradicting: 提高保障水平 where the
        # fund overspends)
        against = contradicting(self.keep)
        if against:
            self.unsaid = re.compile(f"{self.unsaid.pattern}|{against}" if self.unsaid else against)
        # Work a brief's own words rule in or out (one table, _BRIEF_GATED): 健康扶贫 where it speaks of poverty (a 2019
        # urban district's half-year meeting was told to 逐户摸清 因病致贫 families), 巩固拓展脱贫攻坚成果 where there are
        # villages, the 新农合 office's work (合管办, 参合筹资) where it speaks of 新农合, 县城 in a county's speech or
        # where it names one, farm work (畜禽粪便) not in an urban district without villages (the session-7 readings)
        brief_text = " ".join(self.keep)
        level_now = slots.get("level") or ""
        allowed = {"poverty": bool(POVERTY.search(brief_text)), "villages": rural,
                   "ncms": bool(re.search(r"新农合|合作医疗|参合", brief_text)),
                   "county_town": level_now in ("县", "旗") or "县城" in brief_text,
                   "farms": levels.has_countryside(level_now, rural),
                   "hospitals": level_now not in ("乡", "镇", "街道") or bool(_HOSPITAL_CLINICS.search(brief_text)),
                   "town_sites": not (rural and levels.is_township(level_now)) if level_now in levels.LEVELS
                   else True,
                   "summer": kind in ("annual_conference", "work_report") or date is None
                   or 3 <= getattr(date, "month", 3) <= 8 or bool(_FLOOD_SEASON.search(brief_text)),
                   **{"asked:" + asked: bool(re.search(asked, brief_text)) for _, asked in _ASKED_WORK}}
        # the titles the place holds or applies for (compose.titles: 复审 lines only where it holds one, reading 44)
        self.titles = TitleStatus(self.keep, township=levels.is_township(level_now) if level_now in levels.LEVELS
                                  else False)
        self._title_fits: dict[str, bool] = {}
        self.ruled_out = tuple(pattern for pattern, why in _BRIEF_GATED if not allowed[why]) \
            + unbacked(brief_text, level_now, slots.get("region") or "")   # 民族医药, 清廉医院 … unless the brief says so
        if _ruled_out_kept[0] != self.ruled_out:
            _ruled_out_kept[:] = [self.ruled_out, {}]
        self._ruled_out_answers: dict[str, bool] = _ruled_out_kept[1]
        # a special meeting's tools fit how its diseases spread, and its season words its month (compose.occasion: 密切
        # 接触者管理 at a mosquito meeting, 春季爱国卫生运动 in August: the thirty-sixth reading's r5)
        meeting = slots.get("meeting") or ""
        self.off_occasion = off_occasion(kind, date if isinstance(date, dt.date) else None, meeting, brief_text)
        self.spreads = meeting_spreads(kind, meeting, brief_text)
        self.departments = departments(level, date, rural) if self.role == GOVERNMENT and date is not None \
            and level in levels.LEVELS and levels.tier_of(level) != levels.TOWNSHIP else ()
        # a government leader tells the health department by name (县卫生健康局要…) where a measure is its to lead
        # (named as the brief names it: plan.naming)
        self.health_department = levels.department(level, naming or date, short=True) if self.departments else None
        # Sentences from a unit's own archive (--phrasebank): drawn before everything else for their role, so
        # that drafts sound like the office that wrote them (issue 14: the unit's wording is preferred).
        self.unit_wording: set[str] = set()
        # the entry each mined text was filled from (_candidates), and the bank by (layer, id): a placed entry's next
        # sentence in its source paragraph (Phrase.next) is said after it where it may be (_successor)
        self._phrase_of: dict[str, Phrase] = {}
        self._by_id: dict[tuple[str, str], Phrase] | None = None
        self.township = (slots.get("level") or "") in ("乡", "镇", "街道")
        self._above_township = levels_powers.above_township(slots.get("level") or "")
        self.county_or_below = (slots.get("level") or "") in ("县", "区", "旗", "市辖区", "乡", "镇", "街道")
        self.above_county = (slots.get("level") or "") in levels.LEVELS and levels.tier_of(slots.get("level") or "") in (
            levels.PROVINCE, levels.PREFECTURE)
        # What the speech has said, as ideas (compose.ideas), one entry per claim in order; the work area
        # being worded, where its claims start in that log, and the brief's own items per area (said there).
        self._log: list[frozenset[str]] = []
        self._framed_once: set[str] = set()     # the ONCE ideas (compose.ideas) said outside a task area's measures
        self._serving = False
        self._area: str | None = None
        self._area_start = 0
        self._since = 0
        self._mined: dict[str, int] = {}
        self._area_mined: set[str] = set()
        self.area_items = area_items or {}
        self.area_problems = area_problems or {}
        self._remedies: dict[str | None, re.Pattern[str] | None] = {}
        self._taken_up: set[str] = set()       # the HONEST wordings said (serve)
        # the brief's problems answered in the templates' own words (compose.answers): not answered again here
        self.answered_problems: set[str] = set()
        # mined sentences each area may hold (mined_cap of its budget); MINED_PER_AREA where not given
        self.area_caps = area_caps or {}
        # which task subsection first said each idea (serve): another subsection does not say it again
        self._task_ideas: dict[str, set[str]] = {}
        self._carry = 0.0
        self._task_runs: set[str] = set()      # eight-character runs of the task measures said (serve)
        self._ledgers = 0                      # follow-up lines (serve.LEDGER) the task measures said
        self._standing_heads: set[str] = set()  # the heading clauses of standing items said (serve.STANDING_HEADS)
        self._standing_area: dict[str, str] = {}  # … and the area each was said in (same_subject_elsewhere)
        self._headed_subjects: dict[str, set[str]] = {}   # the subjects of the standing items kept, and their areas
        # spare's answers by _spare_state (SparePool's entries)
        self._spares: dict[tuple[Any, ...], tuple[tuple[str, Callable[[], bool] | None], ...]] = {}
        # what the per-text judges (_kept_per_text: _timely; _speakable) read of the picker, all of it made from these:
        # pickers made alike share their answers
        self.judged_as = (kind, self.keep, slots.get("level") or "", rural, date, self.role)

    def offered(self, phrase: Phrase) -> bool:
        """Whether this speech's seed is offered ``phrase`` (see OFFERED_SHARE)."""
        return _offered(self.draw, phrase.id)

    # -- bookkeeping ---------------------------------------------------------
    def _may_hold_keep(self, text: str) -> bool:
        """Whether one of the brief's own words is in ``text``: where none is (most of the ~1,000 lines _timely asks),
        taking them out longest first changes nothing (one search of their alternation, ~4 µs, where trying each of
        ~50 words costs ~18)."""
        if _keep_found[0] != self.keep:
            words = [re.escape(k) for k in self.keep if k]
            _keep_found[:] = [self.keep, re.compile("|".join(words)) if words else None]
        found: re.Pattern[str] | None = _keep_found[1]
        return found is not None and found.search(text) is not None

    def _fresh(self, text: str) -> bool:
        keys = [sentence_key(s) for s in sentences_of(text)] or [sentence_key(text)]
        return all(k and k not in self.used for k in keys)

    def claim(self, text: str) -> str:
        """Mark every sentence of ``text`` as used; returns ``text``."""
        for s in sentences_of(text) or [text]:
            self.used.add(sentence_key(s))
        ideas = ideas_of(text)
        self._log.append(ideas)
        if not self._serving:
            self._framed_once |= ideas & ONCE
        for who in told_in(text):
            self._told[(self._area or "", who)] = self._told.get((self._area or "", who), 0) + 1
        return text

    def _for_speaker(self, text: str) -> bool:
        """Whether this speaker may say ``text`` here: every unit it tells to act has room in the area
        (_actor_room), and a government leader orders departments and townships, not a clinic's routine
        (孕妇学校, 出生医学证明, 处方点评: the eighth reading marked 23 such lines)."""
        if addresses_all_governments(text, self.slots.get("level") or ""):
            return False              # a 副市长 or a 县长 does not address 各级政府 (the eleventh reading, three drafts)
        ruled_out = self._ruled_out_answers.get(text)
        if ruled_out is None:
            ruled_out = self._ruled_out_answers[text] = any(pattern.search(text) for pattern in self.ruled_out)
        if ruled_out:
            return False              # work the brief's own words rule out here (_BRIEF_GATED)
        if not self.titled(text):
            return False              # a title's 复审 where the place only applies for it (compose.titles)
        if self._off_occasion(text):
            return False              # another disease's tool, another season's words (compose.occasion)
        if not shared_offered(self.draw, text) and not (self._may_hold_keep(text)
                                                        and any(k and k in text for k in self.keep)):
            return False              # a stock line offered to a share of speeches only (SHARED_RATIONED)
        if POVERTY.search(text) and "health_poverty" in self.area_items and self._area not in (None, "health_poverty"):
            return False              # a speech with a 健康扶贫 subsection says its poverty lines there, not under 基层卫生
        if self.role == GOVERNMENT and _TO_GOVERNMENT.search(text):
            return False              # the government speaks: 向政府报告 in its mouth (the eleventh reading, f1 and f6)
        if self.county_or_below and _ABOVE_COUNTY.search(text):
            return False              # 各地, 各地区: not a county's words (the eleventh reading: 对各地各部门的年度目标考核)
        if self.above_county and _VILLAGE_ROUTINE.search(text) and not _VILLAGE_POLICY.search(text) and not any(
                _VILLAGE_ROUTINE.search(x) for xs in self.area_items.values() for x in xs):
            return False              # a 市's speech sets the village doctors' policy, not a village clinic's routine
            #                           (the sixteenth session: 村医 insurance and 村卫生室 bulletin boards in a city's)
        return self._actor_room(text) and not (self.role == GOVERNMENT and too_fine(text))

    def _off_occasion(self, text: str) -> bool:
        """Whether ``text``, the brief's own words taken out, names a tool or a season the meeting is not about
        (compose.occasion.off_occasion)."""
        if not self.off_occasion and not self.spreads:
            return False
        if self._may_hold_keep(text):
            for k in self._keep_longest_first:
                if k and k in text:
                    text = text.replace(k, "")
        return any(pattern.search(text) for pattern in self.off_occasion) or other_disease(text, self.spreads)

    def _actor_room(self, text: str) -> bool:
        """Whether every unit ``text`` tells to act (各医疗机构要…) may be told once more in this area
        (voice.PER_AREA: the third reading found 各乡镇卫生院要 four times in one paragraph)."""
        return all(self._may_tell(self._area or "", who) for who in told_in(text))

    # -- ideas ---------------------------------------------------------------
    def spare(self, topic: TopicView, own: Sequence[str] = ()) -> SparePool:
        """``topic``'s own one-sentence measures this speech has not said, the bank's and the templates' (``own``, as
        mix takes them), in a fixed order, none claimed: what finish may say instead of a sentence that says its
        paragraph's point again (once.same_point_once; issue 13).  Each of the templates' lines is judged in use on the
        speech's date (_timely) only when the pool's reader comes to it (SparePool)."""
        self._enter(topic)
        # finish asks each area's pool over and over (_brief_items_fed: every area's for every item) while nothing is
        # said: the answer is kept per area, its own wording and what the picker has said (_spare_state)
        state = self._spare_state(topic, own)
        kept = self._spares.get(state)
        if kept is not None:
            self._leave()
            return SparePool(kept)
        out = self._spare(topic, own)
        self._spares[state] = tuple(out)
        return SparePool(out)

    def _spare_state(self, topic: TopicView, own: Sequence[str]) -> tuple[Any, ...]:
        """What spare's answer reads of the picker (its area entered), besides what it was made with: everything here
        only grows (what is said, told and drawn from a unit's own archive) or is set on entering an area."""
        return (topic.key, topic.name, topic.known, tuple(own), self._area, self._area_start, self._since, len(self._log),
                len(self.used), len(self._framed_once), sum(self._told.values()), len(self.unit_wording),
                frozenset(self._area_mined))

    def _spare(self, topic: TopicView, own: Sequence[str]) -> list[tuple[str, Callable[[], bool] | None]]:
        cands = [t for t, mine in self._candidates("task", "item", topic, None, HEADLINE_MAX + 1) if mine]
        out: list[tuple[str, Callable[[], bool] | None]] = [
            (t, None) for t in cands if len(sentences_of(t)) == 1 and self._fresh(t) and not self.says_again(t)
            and self._for_speaker(t)]
        out += self._own_entries(own)
        self._leave()
        return sorted(out, key=lambda entry: (zlib.crc32(entry[0].encode()), entry[0]))

    def own_spare(self, topic: TopicView, own: Sequence[str]) -> list[str]:
        """The templates' own ``own`` measures on ``topic`` this speech may still say (as ``spare`` takes them), in
        their written order: a special subject's facet lines for the brief item on that facet (finish feeds it them
        first)."""
        self._enter(topic)
        out = self._own_spare(own)
        self._leave()
        return out

    def _own_spare(self, own: Sequence[str]) -> list[str]:
        return [said for said, holds in self._own_entries(own) if holds is None or holds()]

    def _own_entries(self, own: Sequence[str]) -> list[tuple[str, Callable[[], bool] | None]]:
        """The templates' own ``own`` measures the area may still say, in their written order, each as (the form said,
        None or what says whether it may be said at all): what the area's state decides (said yet, said in the area,
        room for the unit it tells) is judged now, the rest (_timely: the line and what the picker was made with, never
        what it has said) when asked — a pool's reader comes to few of its lines, and judging all of them was a tenth
        of a compose (speed29)."""
        options = [o for o in own if o and all(self._fresh(f) for f in o.split(ALTERNATE)) and shared_offered(self.draw, o)]
        # (a line saying a ONCE idea again stands only where every line in use does: _quiet)
        quiet = {o: None for o in options if not self.said_once(o)}
        loud_only: list[bool] = []

        def none_quiet() -> bool:
            if not loud_only:
                loud_only.append(not any(self._timely(o) for o in quiet))
            return loud_only[0]

        out: list[tuple[str, Callable[[], bool] | None]] = []
        for option in options:
            # (each form as it is said where it is the first form in use: _in_use says which one is)
            forms = option.split(ALTERNATE)
            for n, form in enumerate(forms):
                said = in_bureau_voice(form) or form if self.bureau_voice else form
                said = levels.in_local_words(said, self.slots.get("level") or "", rural=self.rural, keep=self.keep)
                if not said or len(sentences_of(said)) != 1 or repeats(said, self._area_mined) \
                        or self._said_here(said) or self.said_once(said) or not self._for_speaker(said):
                    continue
                out.append((said, _in_use(self, option, forms[:n], form, option not in quiet, none_quiet)))
        return out

    def _enter(self, topic: TopicView | None) -> None:
        """Note the work area being worded: a new one starts where the last area's picks ended, so its
        subheading and lead (claimed just before) are its own."""
        key = topic.key if topic is not None and topic.known and topic.key != "general" else None
        if key != self._area:
            self._area = key
            self._area_start = self._since
            self._area_mined = set()

    def _leave(self) -> None:
        self._since = len(self._log)

    def area_ideas(self) -> set[str]:
        """The ideas said in the current work area: its claims so far and the brief's items for it."""
        out: set[str] = set()
        for ideas in self._log[self._area_start:]:
            out |= ideas
        for item in self.area_items.get(self._area or "", ()):
            out |= ideas_of(item)
        return out

    def said_once(self, text: str) -> bool:
        """Whether ``text`` (any of its formulations) says again one of the ideas a speech says once (compose.ideas.ONCE:
        关键在于落实, 一把手是第一责任人, 资金用在刀刃上, 留得住 …), in whatever words: the readers' commonest repeat.
        What a task area's measures said does not count here: compose offers an area more measures than its budget and
        the cut (finish) drops some, so an idea one of them named may never be said (serve judges its own areas)."""
        return bool(self._framed_once) and any(ideas_of(f) & self._framed_once for f in text.split(ALTERNATE))

    def _quiet(self, options: Sequence[str]) -> list[str]:
        """The templates' own ``options`` that say no ONCE idea again (said_once); all of them where every one does
        (a frame sentence is never dropped for it: the choice among its wordings avoids the repeat where it can)."""
        quiet = [o for o in options if not self.said_once(o)]
        return quiet or list(options)

    def says_again(self, text: str) -> bool:
        """Whether ``text`` mostly says what its area has said (compose.ideas.repeats), says again an idea a speech
        says once (said_once), or only ideas the speech has said SAID_ENOUGH times already."""
        if text in self.unit_wording:
            return False          # the unit's own archive says its own things its own way (issue 14)
        if self.said_once(text):
            return True
        if repeats(text, self.area_ideas()):
            return True
        mine = ideas_of(text)
        if not mine:
            return False
        said: dict[str, int] = {}
        for ideas in self._log:
            for i in ideas & mine:
                said[i] = said.get(i, 0) + 1
        return all(said.get(i, 0) >= SAID_ENOUGH for i in mine)

    def _said_here(self, text: str) -> bool:
        """Whether one of the templates' own measures says again, in its area, the narrow ideas (compose.ideas:
        not BROAD) said there already: a second 高危孕产妇 measure after 高危孕产妇专案管理, 加强医保、医疗、医药政策
        协同 after a lead of 坚持医疗、医保、医药协同.  Two thirds of the measure's narrow ideas said is the same
        measure again; the subheading and lead count once the paragraph is under way (or with the body's).  Broad
        ideas (培训, 传染病) are shared by distinct measures and do not count."""
        mine = ideas_of(text) - BROAD
        if self._area is None or not mine:
            return False
        start = self._area_start
        core: set[str] = set().union(*self._log[start:start + 2])
        body: set[str] = set().union(*self._log[start + 2:], *map(ideas_of, self.area_items.get(self._area, ())))
        under_way = len(self._log) - start > 3
        return len(mine & (body | core)) * 3 >= len(mine) * 2 and (under_way or bool(mine & body))

    def _room(self, text: str) -> bool:
        """Whether the current area may take one more mined ``text`` (its cap, see mined_cap; a unit's own
        wording is not counted against it)."""
        if text in self.unit_wording:
            return True           # a unit's own archive is its voice, preferred wherever it fits (issue 14)
        cap = self.area_caps.get(self._area, MINED_PER_AREA) if self._area is not None else 0
        return self._area is None or self._mined.get(self._area, 0) + len(sentences_of(text)) <= cap

    def _took(self, text: str) -> None:
        self._area_mined |= ideas_of(text)
        if self._area is not None:
            self._mined[self._area] = self._mined.get(self._area, 0) + len(sentences_of(text))

    def _fill(self, phrase: Phrase, topic: TopicView | None) -> str | None:
        values = dict(self.slots)
        values["topic"] = topic.name if topic is not None else values.get("topic")
        names = SLOT_RE.findall(phrase.text)
        filled = {n: v for n in names if (v := values.get(n))}
        if len(filled) < len(set(names)):
            return None
        # One pass: a brief value is data, never re-read as a slot or template.
        text = SLOT_RE.sub(lambda m: filled[m.group(1)], phrase.text)
        # The templates address the audience themselves (同志们，… in the closing): a picked phrase never
        # repeats it.
        text = text.removeprefix("同志们，").removeprefix("同志们！")
        bare = SLOT_RE.sub("", phrase.text)
        if RESIDUE.search(bare) or _RESIDUE_MORE.search(bare):
            return None
        # (in the place's own words, as the templates' wording is: a banner's 苏木乡镇卫生院 and 蒙医药中医药, a street's
        # 社区; reading 46's r1 heard the bank's 中医馆 in a 旗)
        return levels.in_local_words(text, self.slots.get("level") or "", rural=self.rural, keep=self.keep)

    def _candidates(self, category: str, role: str, topic: TopicView | None,
                    max_len: int | None, min_len: int = 0, avoid: Sequence[str] = ()) -> list[tuple[str, bool]]:
        """Usable unused texts for a role, each with whether it was written for ``topic`` itself."""
        key = topic.key if topic is not None and topic.known and topic.key != "general" else None
        found = self.bank.select(category=category, role=role, kind=self.kind, topic=key)
        if key is None:
            # Without a known topic, keep to phrases tagged general or for the speech's own main topic (a
            # 医改 sentence would be out of place); a role holding only other areas' entries yields nothing,
            # and the template's own wording speaks instead.
            found = [p for p in found if "general" in p.topics or (self.main_topic and self.main_topic in p.topics)]
        out: list[tuple[str, bool]] = []
        for p in found:
            if not self.offered(p) or not self._fits(p, key) or not self._speakable(p, category):
                continue
            # A special meeting has one subject (a 爱国卫生 meeting): its safeguards too keep to it.
            special = self.kind == "special_topic" and self.main_topic != "general"
            wanted = key or (self.main_topic if special else None)
            if wanted is not None and category in ("task", "safeguard") and wanted not in p.topics and not p.layer \
                    and not _about(p.text, wanted) and _programme_area(p.text) not in (None, wanted):
                # A measure of the built-in bank tagged for no area (卫生许可, 日间手术, 勤洗手…) reads as a stray
                # line in an area's paragraph: the secretary's first complaint (万能句 under the wrong heading).
                # A unit's own archive is its own voice and keeps its place.
                continue
            text = self._fill(p, topic)
            if text is None:
                continue
            text = as_fragment(text) if category in _FRAGMENT_CATEGORIES else as_sentence(text)
            if key is not None and category == "task" and not p.layer \
                    and any(tie(s, key) != "own" for s in sentences_of(text)):
                # In an area's paragraph a mined sentence names the area's work (or an akin area's):
                # one naming only another area's is off the area (院前急救 under 医改), one naming none is
                # filler (建立健全各项工作制度，推动各项目标任务的实施).  A run is judged sentence by sentence.
                continue
            if (max_len and len(text) > max_len) or len(text) < min_len or not self._fresh(text):
                continue
            if any(a in text for a in avoid):
                continue
            if p.layer:
                self.unit_wording.add(text)
            self._phrase_of[text] = p
            out.append((text, key is not None and key in p.topics))
        return out

    def _opens_run(self, text: str, topic: TopicView | None, category: str) -> bool:
        """Whether mined ``text`` is a run of one real paragraph, or opens one whose next sentence may follow it."""
        phrase = self._phrase_of.get(text)
        return phrase is not None and (phrase.run or bool(phrase.next and self._successor(text, topic, category)))

    def _successor(self, text: str, topic: TopicView | None, category: str) -> str:
        """The sentence said after ``text`` in its source paragraph (Phrase.next), filled in for this speech, where
        ``text`` is a mined entry that has one and that sentence fits here as any mined pick must (date, level, the
        speaker's remit, the area's work, not said yet); else "".  Said together, the two keep the run of one real
        paragraph, a reason or a case leaning on the duty before it (issue 13: runs, not single sentences)."""
        phrase = self._phrase_of.get(text)
        if phrase is None or not phrase.next:
            return ""
        if self._by_id is None:
            self._by_id = {(p.layer, p.id): p for p in self.bank}
        nxt = self._by_id.get((phrase.layer, phrase.next))
        if nxt is None:
            return ""
        key = topic.key if topic is not None and topic.known and topic.key != "general" else None
        if not self._fits(nxt, key) or not self._speakable(nxt, category):
            return ""
        filled = self._fill(nxt, topic)
        if filled is None:
            return ""
        filled = as_sentence(filled)
        if key is not None and category == "task" and not nxt.layer \
                and any(tie(s, key) != "own" for s in sentences_of(filled)):
            return ""
        if not self._fresh(filled):
            return ""
        self._phrase_of[filled] = nxt
        return filled

    def _speakable(self, phrase: Phrase, category: str) -> bool:
        """Whether a mined sentence may stand where a single pick goes: it leans on nothing before it
        (needs), speaks of no one place's own event or unit, fits the speech's date, never announces a
        speaker who has already spoken, and stays within the speaker's remit (asked once per entry and category
        for pickers made alike: what it reads of the entry is its text, needs and window)."""
        answers = _answers_of(self, "_speakable")
        key = (phrase.text, phrase.needs, phrase.valid, category)
        if key not in answers:
            answers[key] = self._judge_speakable(phrase, category)
        return answers[key]

    def _judge_speakable(self, phrase: Phrase, category: str) -> bool:
        text = phrase.text
        # what the miner recorded (Phrase.needs) and what compose reads off the text must both allow it
        recorded = set(getattr(phrase, "needs", ()) or ())
        if category not in _FRAGMENT_CATEGORIES and (needs_of(text) | recorded) & {"antecedent", "partner"}:
            return False
        if is_particular(text):
            return False
        if _ANNOUNCES.search(text) or ("{person}" in text and category != "agreement"):
            # a speaker who has spoken is thanked once (刚才…), never announced again (…将作重要讲话)
            return False
        if self.date is not None and outside_window(text, self.date, self.slots.get("level")):
            return False
        if self.date is not None and not phrase.valid_on(self.date):
            # the entry's own window (DESIGN: from its 提法 and its source speech's date; the miner ages
            # wording no longer attested in the corpus's later speeches, corpus/era.py)
            return False
        if self.bureau_voice and re.search(r"编制|招商引资|人事改革", text):
            return False
        if self.kind == "midyear_review" and _WHOLE_YEAR.search(text):
            return False
        if self.township and self._above_township.search(text):
            return False
        if (self.county_or_below and _ABOVE_COUNTY.search(text)) or addresses_all_governments(text, self.slots.get("level") or ""):
            return False          # 各地要加强研究, 各级政府要: a province's voice in a county's or a city's speech
        if self.bureau_voice and _SELF_DEPARTMENT.search(text):
            return False          # 卫生健康部门要…: the bureau's head is that department
        if not speakable(text, self.role, self.date):
            return False          # 各级政府要… in a bureau's mouth; 各乡镇卫生院要…查处 anywhere
        if beyond_level(text, self.slots.get("level") or ""):
            return False          # 统筹推进医疗服务价格…集采 in a county: the province sets them
        if self._beyond_powers(text):
            return False          # 新建小区要按规划配套建设托育服务设施 in a street's mouth (levels_powers)
        if self.unsaid and self.unsaid.search(text):
            return False          # 医联体 in a county that reported its 医共体
        return not (self.absent and self.absent.search(text))

    def _beyond_powers(self, text: str) -> bool:
        """Whether ``text`` orders what the speaker's level and body may not on the speech's date (levels_powers)."""
        level = self.slots.get("level") or ""
        if self.date is None or level not in levels.LEVELS:
            return False
        # (the body as the brief names it: a 2014 district's 卫生计生局 runs 计划生育, plan.naming)
        when = self.naming or self.date
        keys = levels_powers.beyond_powers(text, self.role, level, when)
        if keys and set(keys) <= {"providers", *levels_powers.CLIPPED, *(levels_powers.MEMBERS if self.township else ())}:
            # a township's 医疗机构要… is its own clinic's (in_remit says it so: 镇卫生院要…), and a clause it cannot
            # say goes with the rest standing (…，逐步提高县域内就诊率); only a provider above it, or a sentence that is
            # all such a clause, is refused here
            return levels_powers.said_within_powers(text, self.role, level, when) is None
        return bool(keys)

    @_kept_per_text
    def _timely(self, text: str) -> bool:
        """Whether some formulation of the templates' own wording is in use on the speech's date.  The
        brief's own words inside it (its items, facts, figures) are the secretary's and are not judged."""
        own = text
        if self._may_hold_keep(text):
            for k in self._keep_longest_first:
                if k and k in text:
                    text = text.replace(k, "")
        # the county's business is judged on the whole text: taking the brief's 镇卫生院 out of 每个乡镇卫生院 left 每个乡
        # (the twentieth reading's town), unless the brief's own words hold what matched
        above = self._above_township.search(own) if self.township else None
        if above and not any(above.group(0) in k for k in self.keep if k):
            return False
        if self.kind == "midyear_review" and _WHOLE_YEAR.search(text):
            return False
        if not self.titled(own):
            return False
        if self._off_occasion(own):
            return False
        if self.absent and self.absent.search(levels.in_local_words(text, self.slots.get("level") or "", rural=self.rural,
                                                                    keep=self.keep)):
            return False
        if wrong_actor(text, self.date) or (self.bureau_voice and in_bureau_voice(text) is None):
            return False
        if beyond_level(text, self.slots.get("level") or "") or self._beyond_powers(self._unstated(own)):
            return False
        if self.unsaid and self.unsaid.search(text):
            return False
        # a dated term is excused only where it lies inside the brief's words: the area's name 中医药 does
        # not excuse our heading's 促进中医药事业振兴发展 (a 2016 wording) in a 2023 speech
        return self.date is None or any(self._fits_date(f) for f in own.split(ALTERNATE))

    def titled(self, text: str) -> bool:
        """Whether ``text``, the brief's own statements aside, speaks of the place's titles as the brief has them
        (compose.titles: held or applied for)."""
        fits = self._title_fits.get(text)
        if fits is None:
            # the brief's own statements are the secretary's (成功创建国家卫生城市 said as its fact): never judged
            fits = self._title_fits[text] = self.titles.fits(self._unstated(text))
        return fits

    def _unstated(self, text: str) -> str:
        """``text`` without the brief's own statements in it (its items, problems, facts: the secretary's orders, not
        ours to judge), its areas' names left in."""
        # (kept per text: _timely asks it twice of each of ~1,000 lines, each time over every statement of the brief)
        kept = self._unstated_kept.get(text)
        if kept is not None:
            return kept
        out = text
        if self._may_hold_keep(text):
            for k in self._stated_longest_first:
                if k and k in out:
                    out = out.replace(k, "")
        self._unstated_kept[text] = out
        return out

    def _fits_date(self, text: str) -> bool:
        """Whether every term of ``text`` out of its time on the speech's date is part of the brief's words."""
        hits = outside_window(text, self.date, self.slots.get("level"))
        return all(any(h in k and k in text for k in self.keep if k) for h in hits)

    def voiced(self, said: str, topic: TopicView | None) -> str:
        """A measure given to the unit that carries it out (县疾控中心要…, 各乡镇卫生院要…), for about
        three in five of an area's operational measures; policy stays in the speaker's own voice."""
        if topic is None or not said or not opens_with_modal(said):
            return said
        told = self._department_for(said, topic)
        if told is None and self.health_department and topic.key not in _ACTED and not _UNITS.search(said[:12]) \
                and not government_power(said) \
                and self._may_tell(self._area or "", self.health_department) and fits(self.health_department, said) \
                and self.rng.random() < 0.3:
            told = self.health_department      # reform and policy: the department leads it (县卫生健康局要…)
        if told is None and (topic.key not in _ACTED or _POLICY.search(said) or _UNITS.search(said)
                             or self.rng.random() >= 0.6):
            return said
        who = told or self.actor(topic, said)
        if not who or who in said or who == self._last_actor:
            # 各社区卫生服务中心要… six times running is a machine's rhythm: the next measure keeps the speaker's voice
            self._last_actor = ""
            return said
        self._last_actor = who
        # a unit named is told plainly: 县疾控中心要切实… / 人社部门要着力… at every turn was the habit readers marked
        # (the adverb is the rewording's variant of plain 要, variants._LEADS)
        told_plainly = _TOLD_ADVERB.sub("要", "要" + said[2:] if said.startswith("必须") else said, count=1)
        return self.claim(who + told_plainly)

    def _department_for(self, said: str, topic: TopicView) -> str | None:
        """The government department a government leader tells to carry out a measure that is its power
        (编制 → 编办, 投入 → 财政部门, 医保支付 → 医保部门, 属地 → 各乡镇), within PER_AREA; else None."""
        if "政府" in said:
            return None           # 落实政府办医责任 is the government's own, in the leader's own voice
        area = self._area or ""
        for pattern, who in self.departments:
            if pattern.search(said[:40]) and self._told.get((area, who), 0) < PER_AREA and fits(who, said):
                return who
        return None

    def _may_tell(self, area: str, who: str) -> bool:
        """Whether ``who`` may be told once more in ``area``: PER_AREA each; a government leader names single
        units (县疾控中心, 各乡镇卫生院) GOVERNMENT_UNITS_PER_AREA times in an area in all."""
        if self._told.get((area, who), 0) >= PER_AREA:
            return False
        if self.role == GOVERNMENT and _is_unit(who):
            units = sum(n for (a, w), n in self._told.items() if a == area and _is_unit(w))
            return units < GOVERNMENT_UNITS_PER_AREA
        return True

    def actor(self, topic: TopicView | None, said: str = "") -> str | None:
        """Who carries out a measure in this area at this level (县疾控中心, 各乡镇卫生院), in turn, among
        the units whose work the measure is (院前急救 is no 疾控中心's; 慢性病管理 is the grassroots'), and
        never the speaker's own bureau in the third person (a 局长 says 我们, not 县卫生健康局要)."""
        key = topic.key if topic is not None else "general"
        names = [n for n in self.actors.get(key) or () if not (self.bureau_voice and _BUREAU.search(n))]
        for pattern, unit in _WHOSE_WORK:
            if pattern.search(said):
                names = [n for n in names if unit.search(n)]
                break
        names = [n for n in names if not (n == "各助产机构" and not _BIRTH.search(said)) and fits(n, said)]
        names = [n for n in names if self._may_tell(self._area or "", n)]
        if not names:
            return None
        self._acted += 1
        return names[self._acted % len(names)]

    def _fits(self, phrase: Phrase, key: str | None) -> bool:
        """Whether a phrase belongs in this speech (see phrase_fits)."""
        return phrase_fits(phrase.text, phrase.category, phrase.role, self.slots.get("level") or "",
                           self.kind, key, self.main_topic)

    # -- what templates call -------------------------------------------------
    def pick(self, category: str, role: str, topic: TopicView | None = None,
             default: str | Sequence[str] | None = None, max_len: int | None = None, min_len: int = 0,
             avoid: Sequence[str] = ()) -> str:
        """One unused phrase for (category, role, topic); else one of ``default`` (the template's own
        wording); else "". Topic-specific entries come first when a topic is given.  A pick that does
        not lead its paragraph passes ``min_len`` (HEADLINE_MAX + 1) so it never reads as a headline."""
        own = [default] if isinstance(default, str) else list(default or ())
        own = [o for o in own if o and all(self._fresh(f) for f in o.split(ALTERNATE)) and self._timely(o)]
        own = self._quiet(own)
        if own:
            # The bank's fitting entries and the template's own wordings are one pool: where a role has
            # one or two entries in the bank, every speech would otherwise say them (issue 13: drafts
            # for different briefs shared up to half their sentences).
            cands = self._candidates(category, role, topic, max_len, min_len, avoid)
            pool = sorted({t for t, _ in cands if not self.says_again(t) and self._for_speaker(t)})
            i = self.rng.randrange(len(pool) + len(own))
            if i >= len(pool):
                return self.vary(own[i - len(pool)])
            return self.voiced(self.claim(pool[i]), topic) if category == "task" else self.claim(pool[i])
        got = self.picks(category, role, 1, topic=topic, max_len=max_len, min_len=min_len, avoid=avoid)
        return got[0] if got else ""

    def pick_or_own(self, category: str, role: str, own: Sequence[str], topic: TopicView | None = None,
                    max_len: int | None = None, fits: Callable[[str], bool] | None = None) -> str:
        """One wording among the bank's fitting entries and the template's own together, seeded: where a
        bank has one or two entries for a role (a part's heading), every seed would otherwise say them.  ``fits``
        rules out wordings that claim what the part does not hold (account.heading_backed)."""
        cands = sorted(t for t, _ in self._candidates(category, role, topic, max_len, 0))
        fresh = self._quiet([o for o in own if o and all(self._fresh(f) for f in o.split(ALTERNATE)) and self._timely(o)])
        cands = [t for t in cands if not self.said_once(t)] or cands
        if not cands and not fresh:
            return ""
        i = self.rng.randrange(len(cands) + len(fresh))
        if fits is not None:
            # the draw is made over every wording and moves on to the next that fits: the seed's later draws stay
            # what they were where the drawn wording fits
            pool = [*cands, *fresh]
            i = next((k % len(pool) for k in range(i, i + len(pool)) if fits(pool[k % len(pool)])), i)
        return self.claim(cands[i]) if i < len(cands) else self.vary(fresh[i - len(cands)])

    def picks(self, category: str, role: str, n: int, topic: TopicView | None = None,
              max_len: int | None = None, specific_only: bool = False, min_len: int | None = None,
              avoid: Sequence[str] = ()) -> list[str]:
        """Up to ``n`` unused phrases, seeded; fewer when the bank runs short (never a repeat).
        Entries written for the topic come before general ones.  These elaborate what a paragraph's
        lead said, so by default none is headline-short (see HEADLINE_MAX)."""
        if n <= 0:
            return []
        if min_len is None:
            min_len = 0 if category in _FRAGMENT_CATEGORIES else HEADLINE_MAX + 1
        self._enter(topic)
        cands = self._candidates(category, role, topic, max_len, min_len, avoid)
        specific = sorted(t for t, own in cands if own)
        general = sorted(t for t, own in cands if not own)
        self.rng.shuffle(specific)
        self.rng.shuffle(general)
        out: list[str] = []
        for text in specific + ([] if specific_only else general):
            if len(out) >= n:
                break
            if self._fresh(text) and not self.says_again(text) and self._room(text) and self._for_speaker(text):
                said = self.claim(text)
                self._took(text)
                out.append(self.voiced(said, topic) if category == "task" else said)
        self._leave()
        return out

    def mix(self, category: str, role: str, n: int, own: Sequence[str], topic: TopicView | None = None,
            general: bool = True, avoid: Sequence[str] = ()) -> list[str]:
        """Up to ``n`` sentences for a role: the bank's entries written for the area and the template's own
        wordings in one seeded draw (so neither always wins and two speeches draw different subsets), then
        the bank's general entries when the area's own run short.  Never a repeat."""
        if n <= 0:
            return []
        self._enter(topic)
        min_len = 0 if category in _FRAGMENT_CATEGORIES else HEADLINE_MAX + 1
        cands = self._candidates(category, role, topic, None, min_len, avoid)
        specific = sorted(t for t, mine in cands if mine)
        generic = sorted(t for t, mine in cands if not mine)
        # Runs (two to four consecutive sentences of one real paragraph, mined whole) for the area come
        # in the same draw: that is where a speech's human rhythm comes from (issue 13).
        runs = sorted(t for t, mine in self._candidates(category, RUN_ROLE, topic, 420, min_len, avoid) if mine) \
            if category not in _FRAGMENT_CATEGORIES else []
        unit = [t for t in generic if t in self.unit_wording]     # the unit's own general wording joins the area's
        generic = [t for t in generic if t not in self.unit_wording]
        pool = [(True, t) for t in specific + runs + unit] + [(False, o) for o in own if o]
        self.rng.shuffle(pool)
        # stable: the unit's own wording first, then what answers the area's problems (a problem named and then
        # left without a measure was the readers' most frequent logic defect)
        answers = self.remedies(self._area)
        # … and, of the rest, a real paragraph's run (a mined run, or a mined sentence whose next may follow it) first:
        # a human rhythm comes from sentences that lean on each other (issue 13)
        pool.sort(key=lambda item: (not (item[0] and item[1] in self.unit_wording),
                                    not (answers is not None and answers.search(item[1])),
                                    not (item[0] and self._opens_run(item[1], topic, category))))
        self.rng.shuffle(generic)
        # Never the whole of an area's pool: two speeches on the same area then say different subsets
        # (issue 13: ≤ 35% shared between briefs); what is left is made up from the general entries.
        pool = pool[:max(2, math.ceil(len(pool) * AREA_POOL_SHARE))]
        out: list[str] = []
        for from_bank, text in pool + ([(True, t) for t in generic] if general else []):
            if len(out) >= n:
                break
            if from_bank:
                # a mined sentence says something new in its area, within the area's share of them
                ok = self._fresh(text) and not self.says_again(text) and self._room(text) and self._for_speaker(text)
                said = self.claim(text) if ok else ""
                if said:
                    self._took(text)
            else:
                # the templates' own measures are distinct from each other by design; one that says again what
                # a mined sentence of this area said is not
                said = self.vary(text) if not (repeats(text, self._area_mined) or self._said_here(text)
                                               or self.said_once(text)) and self._for_speaker(text) else ""
            if said:
                out.append(self.voiced(said, topic) if category == "task" else said)
                follow = self._successor(text, topic, category) if from_bank and len(out) < n else ""
                if follow and not self.says_again(follow) and self._room(follow) and self._for_speaker(follow):
                    follow = self.claim(follow)
                    self._took(follow)
                    out.append(self.voiced(follow, topic) if category == "task" else follow)
        self._leave()
        return out

    def serve(self, items: Sequence[str], own: Sequence[str], topic: TopicView | None = None,
              budget: int = 0, targets: Sequence[str] = (), general: bool = True, headline: bool = False,
              elsewhere: Mapping[str, Sequence[str]] | None = None, heading: str = "") -> AreaRuns:
        """An area's measures grouped under the brief's items they serve (compose.serve): for each item, its
        targets and its best matched measures, one item after another in turn, PER_ITEM_MIN each and more (to
        PER_ITEM_MAX) while ``budget`` characters ask; then, where the budget still asks, measures that serve no
        item (REST_MAX at most), the ones answering the area's problems first (REMEDIES).  The pool is mix's (the
        area's mined sentences and runs, the unit's wording, the templates' own measures ``own``), in a seeded
        order.  Speech-wide: the ideas of another subsection's items are left to it, and an idea one subsection
        said is not said by another's measure (a broad one by at most BROAD_AREAS others: the sixth reading
        found 出生缺陷 ×3 and 中医药就近 ×4 across subsections)."""
        self._enter(topic)
        self._serving = True
        try:
            return self._serve(items, own, topic, budget, targets, general, headline, elsewhere, heading)
        finally:
            self._serving = False

    def _serve(self, items: Sequence[str], own: Sequence[str], topic: TopicView | None, budget: int,
               targets: Sequence[str], general: bool, headline: bool,
               elsewhere: Mapping[str, Sequence[str]] | None = None, heading: str = "") -> AreaRuns:
        area = self._area or ""
        min_len = HEADLINE_MAX + 1
        cands = self._candidates("task", "item", topic, None, min_len)
        specific = sorted(t for t, mine in cands if mine)
        generic = sorted(t for t, mine in cands if not mine)
        runs = sorted(t for t, mine in self._candidates("task", RUN_ROLE, topic, 420, min_len) if mine)
        unit = [t for t in generic if t in self.unit_wording]
        generic = [t for t in generic if t not in self.unit_wording]
        # the templates' measures written under another area that serve one of this area's items (家庭医生签约 is
        # written under 医改 and a brief may list it under 基层卫生; 疾控体系 under 疾控 and listed under 公共卫生):
        # an item's subject, not the table's heading, decides where its measures are (fresh briefs: 1–3 measures)
        # … and those answering a problem of the brief this area takes up (健康扶贫 under 医改: its 先诊疗后付费 is written
        # under 基层卫生, and the eleventh reading found the problem taken up by 列入任务清单 alone)
        problems = self.area_problems.get(self._area or "", ())
        borrowed = lending(elsewhere, topic, own, items, ALTERNATE, problems=problems)   # looked up, not every line asked
        pool = [(True, t) for t in specific + runs + unit] + [(False, o) for o in (*own, *borrowed) if o]
        self.rng.shuffle(pool)
        if general and not specific:
            self.rng.shuffle(generic)
            pool += [(True, t) for t in generic]
        # each target goes with the item it belongs to (孕产妇死亡为零 with 母婴安全五项制度), else with the area
        keys = list(items)
        item_targets: list[list[str]] = [[] for _ in items]
        left: list[str] = []
        for target in targets:
            i, _ = best_item(target, items)
            mine = ideas_of(target) - BROAD
            if i >= 0 and mine and ideas_of(items[i]) - BROAD and not mine & ideas_of(items[i]):
                i = -1            # 免疫规划疫苗接种率 is no target of 新冠病毒疫苗接种: their narrow ideas differ
            if i < 0:
                left.append(target)
            else:
                item_targets[i].append(target)
                keys[i] += "，" + target
        answers = self.remedies(self._area)
        mine_ideas = [ideas_of(k) for k in keys]
        all_items = frozenset().union(*mine_ideas) if mine_ideas else frozenset()
        # the ideas of other subsections' own items are theirs to say (医联体 under 基层卫生 when 医改 lists it)
        # and so are a distinct area's own ideas (中医药, 出生缺陷, 老年) where that area has a subsection of its own
        reserved = (frozenset().union(*(ideas_of(x) for key, xs in self.area_items.items() if key != area
                                        for x in xs)) - BROAD
                    | {x for x, home in AREA_OF.items() if home != area and home in DISTINCT and home in self.area_items}) \
            - all_items
        matched: list[list[tuple[float, bool, str]]] = [[] for _ in items]
        weak: list[set[str]] = [set() for _ in items]
        rest: list[tuple[bool, bool, bool, str]] = []
        # the brief's items of the other subsections: a measure serving one of them better than any of this area's is
        # that item's to say (the fifteenth session's readers: 村医补助 and 基本公卫 measures under 巩固完善基本药物制度)
        other_items = tuple(x for key, xs in self.area_items.items() if key != area for x in xs)
        best_elsewhere = best_score(other_items)      # max(score(m, x) for x in other_items), looked up
        # an area the registry does not know borrows by its items' own words (lending), one word more than another
        least = SERVES_AT + (1 if topic is not None and not topic.known else 0)
        listed = [listed_things(x) for x in items]
        for from_bank, text in pool:
            plain_text = text.split(ALTERNATE)[0]
            i, points = best_item(plain_text, keys)
            if i >= 0 and points < least:
                i, points = -1, 0     # an unknown area's item is served by more than two shared words (患者, 救治)
            # a measure naming a thing an item lists (结核病 of 抓好结核病、艾滋病和严重精神障碍等重点疾病防治) is that item's,
            # whatever broader item it scores as well on (做好传染病防控: round 36 left 结核病 and 艾滋病 unsaid under it)
            lister = next((j for j, x in enumerate(items) if any(names_thing(plain_text, t) for t in listed[j])
                           and not on_other_business(plain_text, x)), -1)
            by_list = lister >= 0 and (lister == i or score(plain_text, keys[lister], strict=False) >= 1)
            if by_list:
                i, points = lister, max(points, SERVES_AT)
            elsewhere_best = best_elsewhere(plain_text)
            if elsewhere_best >= SERVES_AT and elsewhere_best > points and not (from_bank and text in self.unit_wording):
                continue
            if i >= 0:
                # a measure serving two items as well goes to the one with fewer so far (医养结合 and 老年医学科 share 老年)
                tied = [j for j in range(len(keys)) if score(plain_text, keys[j]) == points]
                i = i if by_list or not tied else min(tied, key=lambda j: (len(matched[j]), j))
                # … and one naming a sibling's own work and none of its item's own goes to that sibling (read67's u2: 明确
                # 医共体内…功能定位 and 统一采购、统一配送 lent to 推进医共体医保基金总额打包付费 for its 医共体, beside 推进县域医共体
                # 由“松散型”向紧密型转变，实行…药品耗材统一采购配送)
                if not by_list and len(items) > 1:
                    sibling_at = max(range(len(items)),
                                     key=lambda j: sibling_work(plain_text, items[i], items[j]) if j != i else 0.0)
                    if sibling_at != i and sibling_work(plain_text, items[i], items[sibling_at]):
                        i = sibling_at
                if not (from_bank and text in self.unit_wording) and not on_item_subject(plain_text, items[i]) \
                        and not item_names_it(plain_text, items[i]):
                    # 控烟 under 巩固国家卫生城市创建成果, 医保支付 under 推进区域医疗联合体建设 (the eighteenth reading); a
                    # measure naming the item's own business in its words stays (加强临床重点专科… under 加强县医院重点专科
                    # 建设: the nineteenth reading's after-merge drafts left three brief items bare)
                    i = -1
                elif not (from_bank and text in self.unit_wording) and on_other_business(plain_text, items[i]):
                    # a measure on a narrow business of its own that names none of the item's (免疫规划 and 入学查验
                    # under 有序推进新冠病毒疫苗接种, 预防接种门诊 under 加强发热门诊建设, 临床专科 under 完善院前急救
                    # 网络: the twenty-ninth reading) shares only the item's broad idea or words: it is said where its
                    # own business is, not under this heading
                    i = -1
            if belongs_elsewhere(plain_text, self._area) and not (from_bank and text in self.unit_wording) and (
                    i < 0 or not names_business(plain_text, keys[i])):
                continue      # another registered area's work (签约 under 公共卫生, 食源性疾病监测 under 安全生产 by 隐患):
                #               said where it is at home, or under an item naming its business (the sixteenth session)
            remedy = bool(answers is not None and answers.search(text))
            if i >= 0:
                # the unit's own archive first, as everywhere (issue 14), then what answers the area's problems
                own_unit = from_bank and text in self.unit_wording
                # a measure naming the item's own business in its own words is stronger than one its subject's words
                # alone place there (应急预案 under 加强县级医院急诊急救能力建设): the strongest first, and a weak one only
                # where the item has few (ITEM_STRONG)
                strong = own_unit or item_names_it(plain_text, items[i]) or by_list
                if not strong:
                    weak[i].add(text)
                # … a real paragraph's run (a mined run, or a sentence whose next may follow it) before a single line
                matched[i].append((points + self.rng.random() * 2 + 2 * remedy + 10 * own_unit + 4 * strong
                                   + RUN_PREFERENCE * (from_bank and self._opens_run(text, topic, "task")),
                                   from_bank, text))
            else:
                rest.append((not (from_bank and text in self.unit_wording), not remedy, from_bank, text))
        for offered in matched:
            offered.sort(key=lambda x: -x[0])
        # never the whole of the measures that serve no item: two speeches on one area then say different subsets
        # (issue 13: ≤ 35% shared between briefs); an item's own few are all offered
        whole_rest = sorted(rest, key=lambda x: x[:2])   # a brief's problem or target may be answered from all of them
        cut = max(2, math.ceil(len(rest) * AREA_POOL_SHARE))
        rest, spare = rest[:cut], rest[cut:]
        rest.sort(key=lambda x: x[:2])        # stable: the seeded order within each
        spare.sort(key=lambda x: x[:2])
        spare_keys = {(from_bank, text) for _, _, from_bank, text in spare}
        said_here: dict[str, int] = {}
        for logged in self._log[self._area_start:]:
            for x in logged:
                said_here[x] = said_here.get(x, 0) + 1
        overhead = 60 + sum(len(k) + 12 for k in keys) + sum(len(x) for x in left)
        # what an earlier area could not say (its pool ran dry) is said by the next ones, within their own caps
        want = max(0, budget - overhead) * OVERSAY + self._carry
        got = 0
        out: list[list[str]] = [[] for _ in items]
        run_said: list[dict[str, int]] = [{} for _ in items]     # ideas each item's run has named
        run_phrases: list[set[str]] = [set() for _ in items]     # set phrases (应管尽管) each item's run has said
        item_runs = frozenset().union(*(_runs_of(x) for x in (*items, *targets)))
        # the distinctive four-character runs said in each item's paragraph (its lead first) and in the rest's (-1)
        paragraph_quads: dict[int, set[str]] = {i: key_words(sentence_key(k)) for i, k in enumerate(keys)}
        paragraph_quads[-1] = set()
        # the items' own words are their paragraphs' subject, not an idea said twice: every measure of 做好严重精神障碍
        # 患者管理 names 严重精神障碍患者, and five of its quads barred all of them (b05: 3 measures of 9 on offer)
        item_quads = frozenset().union(*paragraph_quads.values())
        # the content of each measure said in this area and in each item's run, and of the items (their subject:
        # ideas.said_before judges a measure against its item's run only: against the whole area it refused so much that
        # work reports fell below 0.85 of their length and subsections filled up with standing items)
        area_pairs: list[frozenset[str]] = []
        run_pairs: dict[int, list[frozenset[str]]] = {}
        # the sentences said in each item's run (and the rest's, -1), and the words of each item (its subject, which every
        # measure under it names): a measure making a point one of them made is the point said again (points.same_point)
        # … but for the things an item lists, which tell its measures apart (结核病患者的…规范治疗率 is no 严重精神障碍患者
        # 规范服药率 said again under 抓好结核病、艾滋病和严重精神障碍等重点疾病防治: test_own_heading)
        run_texts: dict[int, list[str]] = {}
        run_skip = [point_forms(k) - frozenset(f for t in listed[i] for f in point_forms(t)) for i, k in enumerate(keys)]
        item_pairs = frozenset().union(*(content_pairs(k) for k in keys))

        # an area the brief gave nothing for is worded in its general measures, which share the broad ideas
        broad = BROAD_AREAS if items else len(self.area_items) + 9

        again = [0]         # measures refused as something said already (take), made up from the share held back
        # an item that is itself about following the work up (建立健全考核评价机制) may be served by such lines
        follow_up = any(is_ledger(k) for k in keys)
        # an item on one season's diseases takes no measure on another's
        season = next((other for own_season, other in _SEASONS if any(own_season.search(k) for k in keys)), None)

        def _again() -> str:
            again[0] += 1
            return ""

        # the measures the brief's problems for the area name are what its measures answer, not a repeat of them
        asked = frozenset().union(*map(ideas_of, problems))

        def take(from_bank: bool, text: str, own_ideas: frozenset[str], run: int, answering: bool = False,
                 standing: frozenset[str] = frozenset()) -> str:
            """``text`` said here, or "" where it may not be; ``answering``: it answers a problem of the brief that
            nothing else answers, and the rules keeping an idea to one subsection and a measure to something new in
            its area give way (a problem met with procedure is worse than an idea said twice); ``standing``: the ideas
            of the standing item's subject it is said under (serve.SUBJECTS), which it may name again as an item's
            measure names the item's (ITEM_SAYS)."""
            ideas = ideas_of(text.split(ALTERNATE)[0])
            if season is not None and season.search(text):
                return ""             # 秋冬季和春季是呼吸道传染病高发期 under 做好夏秋季传染病防控 (the eleventh reading)
            ledger = is_ledger(text.split(ALTERNATE)[0])
            if ledger and (answering or not follow_up and self._ledgers >= LEDGERS_IN_TASKS):
                return _again()       # 台账, 时间表, 督导: the safeguards part says how the tasks are followed up
            if answering:
                ideas = frozenset()   # judged below as a sentence (fresh, in the speaker's remit), not as ideas
            once = ideas & ONCE
            if once & (self._framed_once | said_here.keys()) - (own_ideas if run >= 0 else frozenset()) \
                    or ideas & SAFEGUARDS_OWN:
                # 留得住 a second time in its area, or after the frame said it, in other words (a measure of an item
                # about it may name it, as ITEM_SAYS allows); 资金用在刀刃上 is the safeguards' to say.  Another
                # area's measure is no bar here: it may be cut to the budget later (the rules above judge across areas)
                return _again()
            # a measure this item's more than any other's (村医补助 naming the 基本药物 and 基本公卫 money it is paid
            # from) is said under it, whatever other subsections' ideas it names
            # (naming the item's own words or narrow ideas: an idea that only helps carry it out, 家庭医生签约 for 慢性病
            # 综合防控, stays with the subsection that said it)
            # (the item's words in a list of whom the measure is for do not make it the item's: 扩大家庭医生签约服务覆盖面，
            # 优先做好老年人、慢性病患者…的签约 under 抓好慢性病综合防控 is 签约 work, said already under 医共体)
            items_own = run >= 0 and (bool(ideas & ideas_of(keys[run]) - BROAD)
                                      or item_run(text.split(ALTERNATE)[0].split("，", 1)[0], keys[run]) > 0) \
                and score(text.split(ALTERNATE)[0], keys[run]) > best_elsewhere(text.split(ALTERNATE)[0])
            if ideas & reserved and not items_own:
                return ""             # another subsection's own business (中医药 under 基层卫生 when 中医药 has its own)
            # (a distinct area's broad idea, 老龄 or 应急, is narrow only where that area has a subsection of its own: with
            # the record of what each subsection said alive again, 老年人 in a 中医药 line and 急诊急救 in an 产科 line were
            # refused everywhere; and a speech that cannot reach its length otherwise may say them again: lenient)
            if not items_own and not self.lenient and any(len(self._task_ideas.get(x, {area}) - {area}) > (
                    broad if x in BROAD and not (AREA_OF[x] in DISTINCT and AREA_OF[x] in self.area_items) else 0)
                    for x in ideas - own_ideas if AREA_OF[x] != area):
                return _again()       # said in another subsection already (a broad idea in two others)
            narrow = ideas - BROAD
            if not items and any(shares_run(h[1:], text.split(ALTERNATE)[0], 6) for h, there in self._task_ideas.items()
                                 if h[0] == "^" and there - {area}):
                return _again()       # another's standing item (要着力做实家庭医生签约服务 in 夯实基层卫生服务网底, b13)
            in_run = run_said[run] if run >= 0 else {}
            if run < 0 and standing and narrow & frozenset().union(*run_said) & MEASURES:
                return _again()       # a standing item says nothing a brief item's run said (专家下沉 after 医联体)
            if narrow and (all((said_here.get(x, 0) >= ITEM_SAYS) if x in standing else
                               said_here.get(x, 0) >= SAID_IN_AREA for x in narrow) if run < 0 and standing
                           else not narrow - set(said_here) - own_ideas if run < 0
                           else all((in_run.get(x, 0) >= ITEM_SAYS) if x in own_ideas else
                                    said_here.get(x, 0) >= SAID_IN_AREA for x in narrow)):
                # a measure serving an item may name the item's own ideas again (each of its measures names 医养结合)
                # up to ITEM_SAYS times, another narrow idea (高危孕产妇 after 妊娠风险筛查: the table's ideas are
                # coarse) not a third time; one serving none names something new
                return _again()
            if run >= 0 and _SET_PHRASE.findall(text.split(ALTERNATE)[0]) and set(_SET_PHRASE.findall(
                    text.split(ALTERNATE)[0])) & run_phrases[run]:
                return _again()       # 应管尽管 in two sentences of one item (the eighteenth reading)
            if run >= 0 and self._adds_nothing(text.split(ALTERNATE)[0], ideas - own_ideas, in_run, keys[run]):
                return _again()       # training a third way (转岗培训, 进修, 继续教育), 下沉 said three ways in one run
            if run < 0 and items and self._speech_said_enough(ideas - BROAD - standing):
                return _again()
            if measure_again(ideas, said_here, own_ideas if run >= 0 else (), asked,
                             REPORT_MEASURE_SAYS if self.kind == "work_report" else MEASURE_SAYS):
                return _again()       # one measure in other words (compose.ideas.MEASURES), whatever else it adds
            if _COVID_VACCINE.search(text) and not (self.date is not None and _VACCINATION[0] <= self.date <= _VACCINATION[1]):
                return ""             # the registry dates 新冠疫苗 from the outbreak; the jabs began in December 2020
            if not from_bank and run >= 0:
                # the templates' own measure whose first clause says the item again (建立健全现代医院管理制度，公立医院要
                # 制定医院章程…) says its directive after it (公立医院要制定医院章程…) where another form does not do
                # without: the heading has just said the item (bench/bench_items.py: an item's every measure opened so)
                forms = text.split(ALTERNATE)
                if all(_restates(f, item_runs, (*items, *targets)) for f in forms):
                    trimmed = [_after_lead(f) for f in forms]
                    trimmed = [f for f in trimmed if f and not _restates(f, item_runs, (*items, *targets))]
                    if trimmed:
                        text = ALTERNATE.join(trimmed)
            if ALTERNATE in text:
                # a formulation saying the item again in its words (落实乡村医生补助政策，要把… after 重点是落实乡村医生补助
                # 政策。) gives way to the others of the same measure
                forms = text.split(ALTERNATE)
                kept = [f for f in forms if not _restates(f, item_runs, (*items, *targets))]
                if kept and len(kept) < len(forms):
                    text = ALTERNATE.join(kept)
            grams = _runs_of(text)
            if any(_restates(f, item_runs, (*items, *targets)) or _restates(
                    levels.in_local_words(f, self.slots.get("level") or "", rural=self.rural, keep=self.keep),
                    item_runs, (*items, *targets))
                   for f in text.split(ALTERNATE)):
                return _again()       # says the brief's item again, in its words (its lead has just said it)
            if run >= 0 and not answering and all(point_restates(f, keys[run]) for f in text.split(ALTERNATE)):
                return _again()       # … or in other words, adding nothing (samepoint.restates: 做好计划生育特殊家庭扶助
                                      # 关怀工作，落实好各项扶助政策 under 关心关爱计划生育特殊家庭)
            quads = key_words(sentence_key(text.split(ALTERNATE)[0]))
            if len((quads - item_quads) & paragraph_quads[run]) >= ECHO_QUADS:
                return _again()       # finish would drop it as its paragraph's earlier sentence said again
            if (grams - item_runs) & self._task_runs:
                return _again()       # the same measure in other words (护理服务向基层延伸 twice)
            if said_before(text.split(ALTERNATE)[0], run_pairs.get(run, ()), (), item_pairs):
                return _again()       # what a measure said, said again (增加普惠托育服务供给 after 增加普惠性托育服务供给;
                                      # 加强基层中医药服务能力建设 after 实施基层中医药服务能力提升工程: reading 35)
            # the point a measure of this area made, in other words (rep32: 全民健康信息平台建设 twice in one item; the
            # item's words set aside within its run), or a measure it said, in the formulation the wording may choose
            # (人才工作关键在激励机制…向基层和临床一线倾斜 is the second form of a line judged by its first, and came after
            # 在职称评聘…上向基层和一线倾斜): finish keeps such a pair where the speech is at its length floor, so the
            # form is not taken here, and another form or measure is
            forms = [f for f in text.split(ALTERNATE) if not self._repeats_here(
                f, run_texts, run, run_skip[run] if run >= 0 else frozenset(), not answering and measure_again(
                    frozenset() if answering else ideas_of(f), said_here, own_ideas if run >= 0 else (), asked,
                    REPORT_MEASURE_SAYS if self.kind == "work_report" else MEASURE_SAYS))]
            if not forms:
                return _again()
            if len(forms) < len(text.split(ALTERNATE)):
                text = ALTERNATE.join(forms)
                if not answering:
                    ideas = ideas_of(forms[0])
            inner = [m.group(1) for m in _TOLD_INSIDE.finditer(text.split(ALTERNATE)[0])]
            if any(not self._may_tell(area, who) for who in inner):
                return ""             # 医疗质量是医院的生命线，各医疗机构要…: the unit is told, after a comma too
            if from_bank:
                if not (self._fresh(text) and self._room(text) and self._for_speaker(text)):
                    return ""
                said = self.claim(text)
                self._took(text)
            else:
                if not (all(self._fresh(f) for f in text.split(ALTERNATE)) and self._for_speaker(text)):
                    return ""
                said = self.vary(text)
            if not said:
                return ""
            self._ledgers += ledger
            # (the ideas of the form said too: a later measure is judged against what was said, not what was written)
            for x in ideas | (frozenset() if answering else ideas_of(said)):
                said_here[x] = said_here.get(x, 0) + 1
                in_run[x] = in_run.get(x, 0) + 1
                self._task_ideas.setdefault(x, set()).add(area)
            if run >= 0:
                run_phrases[run].update(_SET_PHRASE.findall(text.split(ALTERNATE)[0]))
            for x in aspects(text.split(ALTERNATE)[0]) & _ONE_WAY:
                in_run["@" + x] = in_run.get("@" + x, 0) + 1
            self._task_runs |= grams
            area_pairs.append(content_pairs(said))
            run_pairs.setdefault(run, []).append(area_pairs[-1])
            run_texts.setdefault(run, []).append(said)
            paragraph_quads[run] |= quads
            for who in inner:
                self._told[(area, who)] = self._told.get((area, who), 0) + 1
            return self.voiced(said, topic)

        # the brief's problem for the area is answered first, by measures that serve no item, unless an item is
        # itself the answer (加强慢性病综合防控 for 慢性病管理质量不高: its run says it, its answers drawn first there)
        answered: list[str] = []
        if answers is not None and not any(answers.search(k) for k in keys):
            problems = self.area_problems.get(area, ())
            # a remedy's word alone (队伍) is not an answer to 应急能力有短板: the measure answers one of the problems
            # (serve.answers_problem), the closest first (answer_rank: an 应急 problem by 应急预案, not by a 流调 team)
            remedies = [r for r in rest if not r[1] and any(answers_problem(r[3].split(ALTERNATE)[0], p) for p in problems)]
            remedies.sort(key=lambda r: min(answer_rank(r[3], p) for p in problems))
            for entry in remedies:
                if len(answered) >= ANSWERS_MAX:
                    break
                said = take(entry[2], entry[3], all_items, -1)
                rest.remove(entry)
                if said:
                    answered.append(said)
                    got += len(said)
        # round by round, one measure for each item in turn, while the budget asks for more
        # the year's headline area may say more on each item and around them (its budget asks for it)
        more = HEADLINE_MORE if headline else 1.0
        def say_next(i: int, cap: int) -> int:
            """Item ``i``'s next matched measure that may be said here, said; its length (0 when none is left)."""
            k = 0
            # an item listing several things says something on each before more on any (listed_things)
            unsaid = [t for t in listed[i] if not any(names_thing(x, t) for x in out[i])]
            if unsaid and out[i]:
                first = next((n for n, m in enumerate(matched[i]) if any(names_thing(m[2], t) for t in unsaid)), -1)
                if first > 0:
                    matched[i].insert(0, matched[i].pop(first))
            while k < len(matched[i]) and len(out[i]) <= cap and len(out[i]) < self.item_most:
                # a weak one only where no strong one is left, and while the item has fewer than ITEM_STRONG
                if matched[i][k][2] in weak[i] and (len(out[i]) >= ITEM_STRONG or any(
                        m[2] not in weak[i] for m in matched[i][k + 1:])):
                    k += 1
                    continue
                _, from_bank, text = matched[i].pop(k)
                said = take(from_bank, text, mine_ideas[i], i)
                if said:
                    out[i].append(said)
                    # the sentence after it in its real paragraph, where it may be said here too (_successor)
                    follow = self._successor(text, topic, "task") if from_bank else ""
                    if follow and len(out[i]) < self.item_most and (then := take(True, follow, mine_ideas[i], i)):
                        out[i].append(then)
                        return len(said) + len(then)
                    return len(said)
            return 0

        # a government leader says each item in a few broad measures; a bureau's head may go into detail
        for cap in range(round((GOVERNMENT_PER_ITEM if self.role == GOVERNMENT else PER_ITEM_MAX) * more)):
            if got >= want and cap >= PER_ITEM_MIN:
                break
            for i in range(len(items)):
                if got >= want and cap >= PER_ITEM_MIN:
                    break
                if not matched[i] and not out[i]:
                    # an item left with nothing to say takes a measure that serves it as well as the item it went to
                    # (the ninth reading's b14: 一是发展普惠托育服务。 with nothing after it, 二是完善生育支持政策。
                    # 支持用人单位和社区开办托育机构)
                    for j, others in enumerate(matched):
                        lent = next((m for m in others if j != i and score(m[2].split(ALTERNATE)[0], keys[i]) >= SERVES_AT
                                     and not on_other_business(m[2].split(ALTERNATE)[0], items[i])), None)
                        if lent is not None:
                            others.remove(lent)
                            matched[i].append(lent)
                            break
                got += say_next(i, cap)
        for i, item in enumerate(items):
            # an item its measures do not deliver (plan.HEADING_DELIVERY: 推进医保支付方式改革 over 医保支付杠杆 alone)
            # takes the area's first measure that does, where it may be said here (place19)
            for from_bank, text in (() if not out[i] or delivers(item, out[i]) else pool):
                if delivers(item, [text.split(ALTERNATE)[0]]) and (said := take(from_bank, text, mine_ideas[i], i)):
                    out[i].append(said)
                    got += len(said)
                    break
        extra: list[str] = []
        # an area the brief named no item for, in a speech whose brief named items elsewhere (a work report's standing
        # areas), is the brief's least: short; where the brief named none anywhere, its areas share the length
        standing = not items and any(self.area_items.values())
        rest_max = REST_MAX_SPECIAL if self.kind in ("special_topic", "work_report") else REST_MAX
        # a clinic's routine is refused a government leader (_for_speaker): more measures at his own level
        own_level = GOVERNMENT_REST_MORE if self.role == GOVERNMENT else 0
        # (an area with items says its measures on no item's subject as numbered standing items, each on one subject:
        # STANDING_ITEMS_MAX of them, STANDING_MOST measures each, at most)
        cap_rest = round((max(rest_max, STANDING_ITEMS_MAX * STANDING_MOST) if items else STANDING_MAX if standing
                          else PLAIN_MAX) * more) + own_level
        if topic is not None and not topic.known:
            # an area the registry does not know (健康扶贫, 食品安全): its items in the brief's words and what
            # serves them; the general pool would fill it with other areas' lines (院前急救 under 疫情防控)
            # … and with items of its own, nothing else: the general pool's lines on no item's subject were stray
            cap_rest = min(cap_rest, UNKNOWN_REST_MAX) if not items else 0
        # a measure refused as something said already (take: the same idea again, in any words) is made up from the
        # share held back, one for one: saying each thing once leaves the area no shorter where it has other things to say
        again[0] = 0
        # in the seeded order, those on an item's subject first; grouped by subject below (serve.SUBJECTS), they become
        # a few short paragraphs, each on one subject (the eleventh reading: 签约, 医保支付, 基药配送 and 医养 in one
        # paragraph under a heading on none of them)
        # a measure on an item's own subject (资源下沉 for 推进优质医疗资源扩容下沉) first: it goes to the item's paragraphs
        item_subjects = {subject_of(x): i for i, x in reversed(list(enumerate(items))) if subject_of(x) not in ("", "推进")}
        rest.sort(key=lambda x: (x[0], x[1], subject_of(x[3].split(ALTERNATE)[0]) not in item_subjects))
        per_subject: dict[str, int] = {}
        off_subject = 0       # measures on no item's subject: those are capped (cap_rest), the others not
        unit_said: set[str] = set()      # the unit's own archive: kept wherever it falls (issue 14)
        off_items = 0         # measures on no item's subject left out of an area of several items
        for not_unit, _, from_bank, text in rest + spare:
            if got >= want or off_subject >= cap_rest:
                break
            subject = subject_of(text.split(ALTERNATE)[0])
            cap = 0 if items and not subject else REST_CAPS.get(
                subject, REST_PER_SUBJECT if items and subject not in item_subjects else len(rest))
            cap = cap if not_unit else len(rest)
            if per_subject.get(subject, 0) >= cap:
                continue
            plain = text.split(ALTERNATE)[0]
            if items and not_unit:
                # a measure is said under an item it serves or under a standing item of its own subject (三是…), never
                # in a paragraph after the last item, where it reads as that one's (the sixteenth session: 预约诊疗 and
                # 急救 lines under 推进医药领域腐败问题集中整治; the eighteenth: 住培, IT staff and 急救 after 一是)
                home = item_subjects.get(subject, -1)
                stands = standing_subject(subject, plain, area)
                if not (stands and at_home(stands, area) or home >= 0 and self._serves_item(plain, items[home], out[home])):
                    off_items += 1
                    continue
            if (from_bank, text) in spare_keys:
                if again[0] <= 0:
                    break
                again[0] -= 1
            stands = standing_subject(subject, plain, area) if items and not_unit else ""
            said = take(from_bank, text, all_items, -1, standing=_SUBJECT_IDEAS.get(stands, frozenset()))
            if said and not not_unit:
                unit_said.add(said)
            if said:
                home = item_subjects.get(subject, -1)
                if home >= 0 and not self._serves_item(said, items[home], out[home]):
                    home = -1
                if home < 0 and len(items) > 1:
                    # … or with the item on a near subject that shares an idea (人才 measures with 加强乡镇卫生院人才队伍建设):
                    # said after the last item instead, they read as that item's, on another subject (the fifteenth
                    # session: 公立医院 and 薪酬 lines under 二是提高新农合保障水平)
                    home = next((i for i, x in enumerate(items) if subject and akin_subjects(subject, subject_of(x))
                                 and ideas_of(said) & ideas_of(x) - BROAD and self._serves_item(said, x, out[i])), -1)
                if home >= 0:
                    out[home].append(said)
                else:
                    extra.append(said)
                    off_subject += subject not in item_subjects
                per_subject[subject] = per_subject.get(subject, 0) + 1
                got += len(said)
        if off_items and got < want:
            # what the measures on no item's subject would have said, the items' own say instead (their matched measures,
            # ITEMS_MORE each beyond the cap): the area keeps its length on its items' subjects
            top = round((GOVERNMENT_PER_ITEM if self.role == GOVERNMENT else PER_ITEM_MAX) * more) + ITEMS_MORE
            for cap in range(min(len(x) for x in out), top):
                if got >= want:
                    break
                for i in range(len(items)):
                    if got < want:
                        got += say_next(i, cap)
        # an item holds its best ITEM_MOST; what more it had on offer, on a business of its own (医养结合 under 推进老年健康
        #服务), is said as a standing item of that business (STANDING_HEADS) while the budget asks
        for i in range(len(items)):
            for _, from_bank, text in list(matched[i]):
                if got >= want:
                    break
                plain = text.split(ALTERNATE)[0]
                subject = subject_of(plain)
                stands = standing_subject(subject, plain, area)
                if not (stands and at_home(stands, area)) or per_subject.get(subject, 0) >= REST_PER_SUBJECT:
                    continue
                said = take(from_bank, text, all_items, -1,
                            standing=_SUBJECT_IDEAS.get(standing_subject(subject, plain, area), frozenset()))
                if said:
                    matched[i].remove((_, from_bank, text))
                    extra.append(said)
                    per_subject[subject] = per_subject.get(subject, 0) + 1
                    got += len(said)
        # every problem of the brief this area takes up is answered in it (issue 13): by a measure said above, else by
        # one of the area's measures left over, else by a sentence that takes it up in the brief's own words
        said_all = [*keys, *(m for ms in out for m in ms), *answered]
        # a target of no item is followed by a measure that reaches it (the ninth reading: 居民健康素养水平力争由34.1%
        # 提高到36%, the area's only target, with no 健康教育 measure anywhere)
        reaching: list[str] = []
        for target in left:
            if any(score(x.split(ALTERNATE)[0], target, strict=False) >= SERVES_AT + 1 for x in said_all):
                continue
            reaches = next((x for x in extra if score(x, target, strict=False) >= SERVES_AT + 1), None)
            if reaches is not None:
                extra.remove(reaches)
                reaching.append(reaches)
                said_all.append(reaches)
                continue
            for entry in whole_rest:
                plain = entry[3].split(ALTERNATE)[0]
                if entry[3] not in said_all and score(plain, target, strict=False) >= SERVES_AT + 1:
                    found = take(entry[2], entry[3], all_items, -1)
                    if found:
                        reaching.append(found)
                        said_all.append(found)
                        break
        unanswered: list[str] = []
        for problem in self.area_problems.get(area, ()):
            if problem in self.answered_problems or any(answers_problem(x.split(ALTERNATE)[0], problem) for x in said_all):
                continue
            among_rest = next((x for x in extra if answers_problem(x, problem)), None)
            if among_rest is not None:
                # an answer among the measures that serve no item leads instead (the ninth reading: 「加强县级公立医院
                # 重点专科建设…减少患者外转」, the answer to problem 1, buried mid-paragraph)
                extra.remove(among_rest)
                answered.append(among_rest)
                said_all.append(among_rest)
                continue
            # the measures of the problem's own subject, wherever they are written (the area's pool, then the
            # templates' measures of the areas its words name: serve.problem_areas), those of the areas its words
            # name first and the closest answer first (an 应急 problem by 应急预案 and 物资储备, not by a 流调 team)
            pool_here = [(e[2], e[3]) for e in whole_rest]
            lent_here = [(False, o) for o in self._answers_elsewhere(problem, elsewhere, topic, own, said_all)]
            candidates = [(fb, x) for fb, x in dict.fromkeys(pool_here + lent_here)
                          if x not in said_all and answers_problem(x.split(ALTERNATE)[0], problem)]

            def rank(entry: tuple[bool, str], problem: str = problem) -> tuple[int, int]:
                return answer_rank(entry[1], problem)

            candidates.sort(key=rank)
            found = ""
            for fb, x in candidates:
                # one of the problem's own subject is said even where an idea of it was said in another subsection
                # (two at most): the answer to a problem is a measure, never procedure
                said = take(fb, x, all_items, -1) or (take(fb, x, all_items, -1, answering=True)
                                                      if rank((fb, x))[0] == 0 else "")
                if said:
                    answered.append(said)
                    said_all.append(said)
                    if found or rank((fb, x))[0] > 0:
                        break
                    found = said
            if not found and not any(answers_problem(x.split(ALTERNATE)[0], problem) for x in answered):
                unanswered.append(problem_name(problem))
        # no measure answered the area's problems: one honest sentence names them and commits to them (no procedure:
        # serve.HONEST), each wording once in a speech; the lead then does not name them as well
        taken_up = bool(unanswered) and not answered
        if unanswered:
            named = "、".join(unanswered) + ("等" if len(unanswered) > 1 else "")
            # the lead names every problem of the area where one is answered: the honest sentence does not name it again
            forms = HONEST if taken_up else HONEST_UNNAMED if len(self.area_problems.get(area, ())) > 1 \
                else HONEST_UNNAMED_ONE
            fresh = [t for t in forms if t not in self._taken_up]
            # every wording said already: the subsection's lead names the problem instead (never one twice)
            taken_up = taken_up and bool(fresh)
            if fresh:
                form = self.rng.choice(fresh)
                self._taken_up.add(form)
                name = topic.name if topic is not None else "这方面"
                said = form.replace("{p}", named).replace("{t}", name)
                if self.kind == "midyear_review":
                    said = said.replace("今年", "下半年")      # a half-year meeting speaks of what is left of the year
                answered.append(self.claim(said))
        # grouped by subject; a subject said once among them is an unordered tail, left out where the area has its
        # items' paragraphs to stand on (an area the brief gave no item keeps them: they are all it has)
        groups = by_subject(_grouped(extra), subjectless=bool(items))
        if items and groups:
            # no subject: stock, left out (the unit's own archive aside)
            groups = [g if subject_of(g[0].split(ALTERNATE)[0]) else [m for m in g if m in unit_said] for g in groups]
            groups = [g for g in groups if g]
            # a lone measure on an item's own subject goes to its paragraphs (人才 with 人才引育), else it closes
            # the paragraph of a near subject (FAMILIES), else two lone ones of one family make a paragraph; the rest
            # would be an unordered tail and are left out
            kept_groups = [g for g in groups if len(g) >= 2]
            lone: list[str] = []
            for g in groups:
                if len(g) >= 2:
                    continue
                subject = subject_of(g[0].split(ALTERNATE)[0])
                home = item_subjects.get(subject, -1) if subject else -1
                if home >= 0 and not self._serves_item(g[0], items[home], out[home]):
                    home = -1
                near = next((k for k in kept_groups if subject and akin_subjects(
                    subject, subject_of(k[0].split(ALTERNATE)[0]))), None)
                if home >= 0:
                    out[home].append(g[0])
                elif near is not None:
                    near.append(g[0])
                elif g[0] in unit_said and kept_groups:
                    kept_groups[-1].append(g[0])
                elif g[0] in unit_said:
                    kept_groups.append(g)
                else:
                    lone.append(g[0])
            while lone:
                first = subject_of(lone[0].split(ALTERNATE)[0])
                pair = [m for m in lone if first and akin_subjects(first, subject_of(m.split(ALTERNATE)[0]))]
                if len(pair) >= 2:
                    kept_groups.append(pair)
                lone = [m for m in lone if m not in pair and m != lone[0]]
            groups = kept_groups
        # the measures on the subject of an answer to the brief's problem join it (健康扶贫's 先诊疗后付费 with 健康扶贫)
        answer_subjects = {subject_of(a.split(ALTERNATE)[0]) for a in answered} - {"", "推进"}
        if answer_subjects:
            # … and only those on the answer's own business (its narrow ideas) or answering a problem: a 精神卫生 team after
            # an 应急 team's answer is a jump, however both are 队伍 (the fifteenth session's readers: topic jumps)
            narrow = frozenset().union(*(ideas_of(a.split(ALTERNATE)[0]) - BROAD for a in answered))
            joining = [m for g in groups for m in g if subject_of(m.split(ALTERNATE)[0]) in answer_subjects
                       and (ideas_of(m.split(ALTERNATE)[0]) & narrow or self._answers_problem(m, answers, area))]
            answered += joining[:ANSWERS_MAX + 2 - len(answered)]
            groups = [[m for m in g if m not in answered] for g in groups]
            groups = [g for g in groups if g]
        paragraphs = packed(groups)
        # the area's own standing work beyond the brief's items: each paragraph on one subject a numbered item of its
        # own (三是…四是…) under a heading clause of its subject (serve.STANDING_HEADS), two to STANDING_MOST measures;
        # a subject with no heading clause, a lone measure, or the subject of one of the area's items (said under it
        # where it serves it) is left out: the area ends shorter rather than padded with lines no heading holds (the
        # eighteenth reading: after 一是 came unnumbered paragraphs of 住培, IT staff and 急救, then 二是)
        standing_runs: list[ItemRun] = []
        facet_rest: list[str] = []
        dropped = 0
        item_subject_names = {subject_of(x): i for i, x in reversed(list(enumerate(items)))} if items else {}
        item_subject_names.pop("", None)
        item_subject_names.pop("推进", None)
        # … grouped by subject again (packed joins near subjects in one paragraph; an item holds one)
        by_subj: dict[str, list[str]] = {}
        for para in paragraphs:
            for m in para:
                by_subj.setdefault(subject_of(m.split(ALTERNATE)[0]), []).append(m)
        # a measure on an item's subject goes to the item where it serves it and the item has room; the others stand
        # under a standing item of their subject, or are left out
        to_items: dict[int, list[str]] = {}
        left_over: dict[str, list[str]] = {}
        room = [len(x) for x in out]
        for subject, ms in by_subj.items():
            home = item_subject_names.get(subject, -1)
            for m in ms:
                if home >= 0 and room[home] < self.item_most and self._serves_item(m, items[home], ()):
                    to_items.setdefault(home, []).append(m)
                    room[home] += 1
                else:
                    left_over.setdefault(standing_subject(subject, m.split(ALTERNATE)[0], area), []).append(m)
        heads: list[tuple[str, str, list[str]]] = []       # (heading clause, subject, measures)
        items_elsewhere = frozenset().union(*(ideas_of(x) for key, xs in self.area_items.items() if key != area
                                              for x in xs))
        for subject, ms in left_over.items():
            on_it = [m for m in ms if on_standing(subject, m.split(ALTERNATE)[0])]
            # … on the special meeting's field only, and never on a narrow business another subsection has spoken of
            # (做实家庭医生签约服务 headed in an added 基层 subsection after 医改's 医共体 item said 家庭医生签约)
            # (a business another subsection heads, as a brief item or a standing item: named in passing in another
            # subsection's measure it still has a home here — with the record of every idea said, the bench lost 32
            # of its 208 numbered items to unnumbered paragraphs, read72's 六段不分条的大杂烩)
            elsewhere_said = self._headed_subjects.get(subject, {area}) - {area} or \
                {x for x in _SUBJECT_IDEAS.get(subject, frozenset()) - BROAD if x in items_elsewhere}
            theirs_all = [(head, theirs) for head, theirs in self._standing_items(subject, on_it, items, heading)
                          if in_field(head, self.subject_field) and not elsewhere_said]
            if area not in subject_homes(subject):
                # a near area's work (健康教育 in an 爱国卫生 subsection) is one item at most, the fullest: two 健康教育
                # paragraphs pushed the subsection's own 病媒 work out (the eighteenth reading)
                theirs_all = sorted(theirs_all, key=lambda h: -len(h[1]))[:1]
            for head, theirs in theirs_all:
                holder = self._subject_holder(head, heading, items, echo=True)
                standing_home = next((h for h in heads if h[0] == holder), None)
                if holder is not None and holder in items:
                    # one subject, one home (a standing item on a brief item's subject, or saying only the area's): its
                    # measures that serve the brief's item go under it
                    at = items.index(holder)
                    moved = [m for m in theirs if m not in out[at] and self._serves_item(m, holder, out[at])]
                    out[at].extend(moved[:max(0, self.item_most - len(out[at]))])
                    if moved or not self._echoes_area(head, heading):
                        continue
                elif standing_home is not None:
                    # (one subject's standing items may name it twice: 老年人健康管理 / 老年健康服务)
                    standing_home[2].extend(m for m in theirs[:HELD_MOVED] if m not in standing_home[2])
                    continue
                elif holder is not None:
                    continue
                heads.append((head, subject, theirs))
                self._standing_heads.add(head)
                self._standing_area[head] = area
        # the fullest first, STANDING_ITEMS_MAX at most (the area's numbered items SUBSECTION_ITEMS_MAX in all), said in
        # the order of their subjects, the area's very own first (a 妇幼 subsection opens on 母婴安全, not on its staff)
        # (the year's headline area one more: HEADLINE_MORE)
        most = max(0, min(STANDING_ITEMS_MAX + self.room if not items else self.standing_beside + self.room,
                          SUBSECTION_ITEMS_MAX + self.room + (more > 1) - len(items), SUBSECTION_ITEMS_ALL - len(items)))
        # … each no fuller than the brief's items: no more measures than the fullest of them (STANDING_LEAST at least)
        per_standing = STANDING_MOST if not items else min(STANDING_BESIDE_ITEMS + self.room,
                                                           max(STANDING_LEAST + self.room, max(len(x) for x in out)))
        heads.sort(key=lambda h: area not in subject_homes(h[1]))
        order = {id(h): k for k, h in enumerate(heads)}
        chosen = sorted(heads, key=lambda h: -len(h[2]))[:most]
        for h in heads:
            if h not in chosen:
                self._standing_heads.discard(h[0])
        heads = sorted(chosen, key=lambda h: order[id(h)])
        for h in heads:
            self._headed_subjects.setdefault(h[1], set()).add(area)
        if paragraphs and (items or len(heads) >= 2):
            for home, ms in to_items.items():
                out[home].extend(ms)
            kept_here: set[str] = set()
            for head, _, ms in heads:
                # a government leader's own government carries out price and payment reform: he 推进s it (a 副市长
                # who 配合s it read as a bureau's voice: the nineteenth readings after the wave)
                if self.role == GOVERNMENT:
                    head = head.removeprefix("配合")
                standing_runs.append(ItemRun(head, (), tuple(ms[:per_standing])))
                kept_here.update(ms[:per_standing])
                self._task_ideas.setdefault("^" + head, set()).add(area)    # no later standing lead says it (take)
            left_out = [m for ms in left_over.values() for m in ms if m not in kept_here and m not in unit_said]
            # the unit's own archive is said wherever it falls (issue 14): what no item took stands in a paragraph
            kept_unit = [m for ms in left_over.values() for m in ms if m not in kept_here and m in unit_said]
            if self.kind == "special_topic":
                facet_rest = left_out      # a special meeting's facets (templates) may say them under their own heading
            dropped += sum(len(m) for m in left_out)
            paragraphs = [kept_unit] if kept_unit else []
        else:
            self._standing_heads -= {h for h, _, _ in heads}
        unsaid = dropped
        if dropped and items:
            # what they would have said, the items' own measures say (as for the measures on no item's subject above)
            top = round((GOVERNMENT_PER_ITEM if self.role == GOVERNMENT else PER_ITEM_MAX) * more) + ITEMS_MORE
            for cap in range(min(len(x) for x in out), top):
                if dropped <= 0:
                    break
                for i in range(len(items)):
                    while matched[i] and len(out[i]) <= cap and len(out[i]) < self.item_fullest and dropped > 0:
                        if all(entry[2] in weak[i] for entry in matched[i]) and len(out[i]) >= ITEM_STRONG:
                            break
                        k = next(k for k, entry in enumerate(matched[i])
                                 if entry[2] not in weak[i] or len(out[i]) < ITEM_STRONG)
                        _, from_bank, text = matched[i].pop(k)
                        said = take(from_bank, text, mine_ideas[i], i)
                        if said:
                            out[i].append(said)
                            dropped -= len(said)
                            unsaid -= len(said)
                            break
        extra = [m for para in paragraphs for m in para]
        # each paragraph opens where its first measure stands on its own (else it runs on from the one before)
        rest_breaks: list[int] = []
        at = 0
        for para in paragraphs:
            if at and _stands(para[0]):
                rest_breaks.append(at)
            at += len(para)
        reaching_first: list[str] = []
        if self.area_problems.get(area):
            # after a problem's lead its answer comes first (the item or the measure answering it); what reaches a
            # target opens the area's other measures instead (the ninth reading: a target wedged between premise and item)
            extra = reaching + extra
            reaching_first = reaching
        else:
            answered = reaching + answered
        self._carry = max(0.0, want - got + max(0, unsaid)) * CARRY_SHARE
        self._leave()
        # an item left with nothing to say takes the answers to the area's problem that carry it out (推进农村厕所革命
        # and the 改厕管护 answers: the eighteenth reading found 「二是推进农村厕所革命。三是推进健康城市建设。」, the 改厕
        # measures said before them as the problem's answers)
        for i, item in enumerate(items):
            if not out[i]:
                theirs = [a for a in answered if on_item_subject(a.split(ALTERNATE)[0], item) and (
                    item_names_it(a.split(ALTERNATE)[0], item)
                    or score(a.split(ALTERNATE)[0], item, strict=False) >= SERVES_AT)]
                out[i] = theirs[:self.item_most]
                answered = [a for a in answered if a not in out[i]]
        said_runs = [ItemRun(item, tuple(ts), tuple(self._arranged(ms, answers, area, item)))
                     for item, ts, ms in zip(items, item_targets, out, strict=True)]
        # the item that answers the area's problem leads the subsection (the ninth reading: 「前面讲到，村医队伍青黄不接…
        # 要从解决这个问题入手。一是完成剩余村卫生室标准化建设」)
        # … or the item whose measures answer it (实施卫生人才引育工程, whose 一人一策 and 住房 answer 引不进、留不住): the
        # problem is then named before it, not after it with nothing to follow (the answers are in its run)
        said_runs.sort(key=lambda r: (not self._answers_problem(r.item, answers, area),
                                      not any(self._answers_problem(m, answers, area) for m in r.measures)))
        item_answers = bool(said_runs) and (self._answers_problem(said_runs[0].item, answers, area) or any(
            self._answers_problem(m, answers, area) for m in said_runs[0].measures))
        # past a few measures (they all serve the item), a change of subject opens a paragraph; the first item's
        # paragraph also holds the subsection's lead (its problem or target) before the item itself
        # … one continuation at most: an item is a paragraph, or a paragraph and one more on its subject
        said_runs = [replace(r, breaks=paragraph_breaks(r.measures, 3 if k == 0 else 1, _stands, least=5)[:1])
                     for k, r in enumerate(said_runs)]
        breaks = [k + len(reaching_first) for k in rest_breaks]
        if not said_runs and not standing_runs and answered and not taken_up and not left:
            # an area with no items says the answers to its problem in a paragraph of their own after the problem's:
            # run on after the problem and what it costs they closed the subsection's longest paragraph, and the cut
            # to length (finish) took them first, leaving the problem named and nothing done about it
            extra = [*answered, *extra]
            breaks = [0, *(k + len(answered) for k in breaks if k or not answered)]
            if extra[len(answered):] and len(answered) not in breaks:
                breaks.append(len(answered))
            answered = []
        return AreaRuns(tuple(said_runs), tuple(extra), tuple(left), tuple(answered), tuple(sorted(set(breaks))),
                        item_answers, taken_up, tuple(standing_runs), tuple(facet_rest))

    @staticmethod
    def _adds_nothing(measure: str, beyond: frozenset[str], in_run: Mapping[str, int], item: str) -> bool:
        """Whether ``measure``, under ``item`` whose run has said the ideas counted in ``in_run``, says nothing new: every
        idea it names beyond the item's own (``beyond``) is said in the run already, or it does a kind of work (training:
        _ONE_WAY) the run has done once where the item is not about that work."""
        if beyond and all(in_run.get(x, 0) for x in beyond):
            return True
        return any(in_run.get("@" + x, 0) for x in aspects(measure) & _ONE_WAY - aspects(item))

    @staticmethod
    def _repeats_here(form: str, said: Mapping[int, Sequence[str]], run: int, skip: frozenset[str],
                      measure_said: bool) -> bool:
        """Whether a form of a measure for item ``run`` (-1: none) repeats its area: ``measure_said`` (compose.ideas.
        measure_again on the form's ideas), or the point of a sentence ``said`` there (points.same_point either way; the
        item's words ``skip`` set aside against its own run's sentences, none against another item's)."""
        if measure_said:
            return True
        # (another item's sentence only where each says the other's point, as once.same_point_once judges two
        # subsections: points' act-and-object test across items refused so much that b04's report lost 450 characters)
        # (a sentence sharing no content word with the form is passed over before either judge is asked: both say
        # "not the same" of such a pair first thing, and most pairs an area asks are such; _repeats_here was a tenth of
        # a compose)
        mine = point_forms(form)
        named = point_forms(one_name(form))
        return any(same_point(form, x, skip) or same_point(x, form, skip) for x in said.get(run, ())
                   if not named.isdisjoint(point_forms(one_name(x)))) \
            or any(samepoint_same(form, x) and samepoint_same(x, form)
                   for there, xs in said.items() if there != run for x in xs if not mine.isdisjoint(point_forms(x)))

    def _serves_item(self, measure: str, item: str, said: Sequence[str]) -> bool:
        """Whether ``measure`` may join ``item``'s run, which has said ``said``: the run is not full (ITEM_MOST) and the
        measure serves the item's own subject (serve.score), on its tier."""
        plain = measure.split(ALTERNATE)[0]
        return len(said) < self.item_most and not other_tier(plain, item) and score(plain, item) >= SERVES_AT \
            and on_item_subject(plain, item) and not on_other_business(plain, item)

    def _standing_items(self, subject: str, measures: Sequence[str], items: Sequence[str],
                        heading: str) -> list[tuple[str, list[str]]]:
        """The standing items on ``subject`` for ``measures`` (serve.standing_items), their heading clauses not said
        already (by another standing item, the subsection's ``heading``, or in an item's words)."""
        if len(measures) < 2 or subject in ("", "推进") or not heads_at_home(subject, self._area or ""):
            return []
        # (every brief item of the speech: 做好慢性病综合防治 is 公共卫生's item, no standing item of 基层卫生's)
        every_item = [x for xs in self.area_items.values() for x in xs]
        said = [sentence_key(x) for x in (heading, *items, *every_item) if x]

        def avoid(head: str) -> bool:
            key = sentence_key(head)
            # (and never a wording outside the speech's date: 整治医疗乱象 is 2018–2022's, finish would drop it and the
            # numbering with it)
            # … nor, in a township's speech, the county's business (加强疾病预防控制体系建设: the twentieth reading's town)
            if self.township and self._above_township.search(head):
                return True
            if self.done and order_for_done(head, self.done) is not None:
                return True
            # … nor, at a special meeting, a heading saying only the meeting's subject (（二）深入开展爱国卫生运动 at a 爱国卫生
            # meeting: the thirty-sixth reading's subsections that repeat the topic)
            if self.kind == "special_topic" and topic_only(head, self.main_topic):
                return True
            # (a heading clause is our wording whole: the brief's area name inside it excuses no term, as finish's
            # _fit_time does not — 加强妇幼健康服务 in b01's 2012 speech lost its 四是 there and its measures ran on)
            out_of_date = self.date is not None and bool(outside_window(head, self.date, self.slots.get("level")))
            # … nor a heading on another area of the speech's own (加强卫生人才队伍建设 under 基层 beside a 人才 subsection,
            # 做好慢性病综合防治 under 基层 beside 公共卫生: the twenty-ninth reading's 人才 heading twice)
            named = classify(head)
            if named and named[0] != self._area and named[0] in self.area_items:
                return True
            return head in self._standing_heads or out_of_date or any(key in x or x in key for x in said) or any(
                key_words(key) & key_words(x) for x in said) or any(
                same_heading(head, x) for x in (heading, *items, *every_item, *self._standing_heads) if x) or \
                self._subject_holder(head, heading, items, echo=False) is not None

        # (a measure off its heading's subject is no standing item's: 重点癌症早诊早治 fell to the plain 做实基本公共卫生服务
        # as a lone 慢性病 line, and placement kept it there for the length, b01 and b06 once the pools grew)
        from .offsubject import off_subject  # (kept apart from placement, which imports once, which imports this module)

        # … nor one whose measure opens on what a brief item of the subsection names (巩固完善基本药物制度… as 四是保障群众
        # 基本用药 beside 一是巩固基本药物制度: fresh59's s6 said the item twice): it is the item's, said there or not at all
        def items_own(m: str) -> bool:
            head_clause = re.split(r"[，。；]", m.split(ALTERNATE)[0], maxsplit=1)[0]
            return any(shares_run(head_clause, i, ITEM_OWN_RUN) for i in items)

        found = [(head, kept) for head, ms in standing_items(subject, measures, avoid, self._area or "")
                 if len(kept := [m for m in ms if not off_subject(m.split(ALTERNATE)[0], head)
                                 and not items_own(m)]) >= 2]
        brief_text = " ".join(self.keep)
        if (self.slots.get("level") or "") in ("县", "旗") or "医共体" in brief_text and "医联体" not in brief_text:
            # a county's alliance is its 医共体, and so is any brief's that names one and no 医联体
            # (a renamed heading is asked again: 推进医联体建设 became 推进医共体建设 beside the brief's 深化紧密型县域医共体建设,
            # 医共体 twice in one subsection, fresh15 r4)
            found = [(head.replace("医联体", "医共体"), ms) for head, ms in found
                     if "医联体" not in head or not avoid(head.replace("医联体", "医共体"))]
            # (the county's word has its own date: 推进医共体建设 in 2013 was dropped by finish and its measures left
            # unnumbered between 三是 and 五是, the twenty-third reading's 医改 meeting)
            found = [(head, ms) for head, ms in found if self._fits_date(head)]
        return found

    def _subject_holder(self, head: str, heading: str, items: Sequence[str], echo: bool) -> str | None:
        """The brief item or standing item already said whose subject standing item ``head`` names, None where there
        is none (the forty-first reading: 二是健全传染病监测预警体系 then 四是抓好传染病防控; 推动优质医疗资源向薄弱地区倾斜
        in （一） and 推动优质医疗资源下沉 in （五）; 一是做好老年人健康管理 / 三是加强老年健康服务): compose.subject.same_subject,
        an item of the same area judged by what it says beyond the area's own subject (人才培养培训 and 引进和留住人才
        under 人才 are two subjects); with ``echo``, a head saying only its area's subject beside the area's other items
        is held by the first of them."""
        area = self._area or ""
        own = area_forms(area, heading)
        theirs = [(x, area) for x in items]
        # (in the order they were said: a set's order changes with the interpreter's hash seed, and the same brief and
        # seed must give the same speech)
        theirs += [(x, k) for x, k in self._standing_area.items() if x in self._standing_heads and x != head]
        theirs += [(x, k) for k, xs in self.area_items.items() for x in xs if x not in items]
        if echo and self._echoes_area(head, heading):
            # (三是加强卫生人才队伍建设 under （七）筑牢卫生健康人才支撑, 三是加强老年健康服务 beside 一是做好老年人健康管理)
            first = next((x for x, k in theirs if x and k == area), None)
            if first is not None:
                return first
        return next((x for x, k in theirs if x and same_subject(head, x, own if k == area else frozenset())), None)

    def _echoes_area(self, head: str, heading: str) -> bool:
        """Whether standing item ``head`` says nothing beyond its area's own subject (compose.subject.area_forms)."""
        return bool(subject_words(head)) and not subject_words(head, area_forms(self._area or "", heading))

    def _answers_elsewhere(self, problem: str, elsewhere: Mapping[str, Sequence[str]] | None, topic: TopicView | None,
                           own: Sequence[str], said: Sequence[str]) -> list[str]:
        """The templates' own measures that answer ``problem`` (serve.answers_problem), those written under the areas
        its words name first (serve.problem_areas), then the rest of ``elsewhere``; none of ``own`` or ``said``."""
        if not elsewhere:
            return []
        named, cued = problem_areas(problem)
        mine = set(own) | set(said)
        keys = [k for k in (*named, *cued) if k in elsewhere]
        keys += [k for k in elsewhere if k not in keys]
        might = lending_table(elsewhere, ALTERNATE).could_answer(problem)    # looked up, not every line asked
        return [o for k in keys for o in elsewhere[k] if o and o not in mine
                and o.split(ALTERNATE)[0] in might and answers_problem(o.split(ALTERNATE)[0], problem)]

    def _answers_problem(self, text: str, answers: re.Pattern[str] | None, area: str) -> bool:
        """Whether ``text`` answers one of the brief's problems for ``area`` (serve.answers_problem)."""
        plain = text.split(ALTERNATE)[0]
        return any(answers_problem(plain, p) for p in self.area_problems.get(area, ()))

    def _arranged(self, measures: Sequence[str], answers: re.Pattern[str] | None, area: str, item: str) -> list[str]:
        """An item's measures as said: recruit → train → place → keep (serve.in_stage_order), the one answering the
        brief's problem first (the ninth reading: 「加强县级公立医院重点专科建设…减少患者外转」 buried mid-paragraph)
        unless the item is itself the answer (then its stages keep their order: 签订定向培养协议 before 跟班学习); past
        three, those on one subject together (serve.by_subject), the first measure's subject first."""
        ordered = in_stage_order(measures)
        if not self._answers_problem(item, answers, area):
            ordered = sorted(ordered, key=lambda m: not self._answers_problem(m, answers, area))
        if len(ordered) > 3:
            ordered = [m for group in by_subject(ordered) for m in in_stage_order(group)]
        if ordered:
            # the item's own measure right after it (its heading is delivered by the sentence after it: 落实乡村医生补助
            #政策 by the 补助 line, not by 轮训 because training comes before pay): the one serving it best opens
            # (one on the item's own subject first: 精神卫生专业队伍 names 乡镇卫生院 and 队伍 but is no 人才 measure)
            mine = subject_of(item)
            best = max(range(len(ordered)), key=lambda k: (
                not mine or akin_subjects(subject_of(ordered[k].split(ALTERNATE)[0]), mine),
                score(ordered[k].split(ALTERNATE)[0], item), -k))
            if best:
                lead = ordered.pop(best)
                ordered = [lead, *(m for m in ordered if subject_of(m.split(ALTERNATE)[0]) == subject_of(lead.split(ALTERNATE)[0])),
                           *(m for m in ordered if subject_of(m.split(ALTERNATE)[0]) != subject_of(lead.split(ALTERNATE)[0]))]
        things = listed_things(item)
        if things and len(ordered) > 1:
            # an item listing several things (结核病、艾滋病和严重精神障碍) says one measure on each first, in its order,
            # then the rest: a cut to the length takes the tail, never a listed thing's only line (round 36)
            first: list[str] = []
            for thing in things:
                if any(names_thing(m.split(ALTERNATE)[0], thing) for m in first):
                    continue          # (one line naming 艾滋病、结核病 says both)
                on_it = next((m for m in ordered if m not in first and names_thing(m.split(ALTERNATE)[0], thing)), None)
                if on_it is not None:
                    first.append(on_it)
            ordered = [*first, *(m for m in ordered if m not in first)]
        return ordered

    def _speech_said_enough(self, ideas: frozenset[str]) -> bool:
        """Whether every one of ``ideas`` the speech has said SAID_ENOUGH times already."""
        if not ideas:
            return False
        said: dict[str, int] = {}
        for logged in self._log:
            for i in logged & ideas:
                said[i] = said.get(i, 0) + 1
        return all(said.get(i, 0) >= SAID_ENOUGH for i in ideas)

    def remedies(self, area: str | None) -> re.Pattern[str] | None:
        """What a measure answering the brief's problems for ``area`` says (REMEDIES), or None; one pattern
        per area for the speech."""
        if area not in self._remedies:
            found = [remedy.pattern for problem in self.area_problems.get(area or "", ())
                     for trouble, remedy in REMEDIES if trouble.search(problem)]
            self._remedies[area] = re.compile("|".join(found)) if found else None
        return self._remedies[area]

    def vary(self, *options: str) -> str:
        """One of the template's own wordings, seeded, skipping any already said; "" if all were.  An
        option may hold several formulations of one statement separated by ALTERNATE: one is said, and
        all count as said.  Its
        interchangeable words are chosen by the same RNG (variants.reword); both the wording as written
        and as said count as said, so a reworded sentence is never said again in its other words."""
        # (an option whose every form is out of its date is no option: the whole may pass where each form fails, and
        # rng.choice([]) crashed a 2018 township's render on a merge, test_stock_lines on ci56)
        fresh = self._quiet([o for o in options if o and all(self._fresh(f) for f in o.split(ALTERNATE)) and self._timely(o)
                             and any(self._timely(f) for f in o.split(ALTERNATE)) and shared_offered(self.draw, o)])
        if not fresh:
            return ""
        forms = [f for f in self.rng.choice(fresh).split(ALTERNATE) if self._timely(f)]
        for f in forms:
            self.claim(f)
        chosen = self.rng.choice(forms)
        if self.bureau_voice:
            chosen = in_bureau_voice(chosen) or chosen
        chosen = levels.in_local_words(chosen, self.slots.get("level") or "", rural=self.rural, keep=self.keep)
        said = reword(chosen, self.rng, self.keep)
        return self.claim(said) if self._fresh(said) or said == chosen else chosen

    def deal(self, options: Sequence[Any]) -> list[Any]:
        """The template's own wordings in a seeded order, so a loop can give each item a different one."""
        dealt = list(options)
        self.rng.shuffle(dealt)
        return dealt

    def count(self, category: str, role: str, topic: TopicView | None = None, specific_only: bool = False) -> int:
        """How many unused phrases remain for a role (templates size a list by it)."""
        return sum(1 for _, own in self._candidates(category, role, topic, None) if own or not specific_only)
