"""The speech as data before any wording: parts and their budgets, what each reviews with which
figures, which problem each task answers, which safeguards fit (pure; ``--format outline`` shows it)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from ..model import levels
from ..model.text import longest_run
from ..model.topics import classify
from . import era, voice
from .answers import HOSPITAL_NAME, entries_of, is_catch_all, without_unit
from .context import (
    BriefView,
    ResultsView,
    SpeakerView,
    TasksView,
    brief_view,
    default_topic,
    level_word,
)
from .delivery import HEADING_DELIVERY, beyond_heading, delivers
from .gaps import gaps_of, subject_of
from .ideas import ideas_of
from .numbers import value_text
from .serve import PROBLEM_SETTING, SERVES_AT, UNIT_NAME_WORDS, keyword_hits, problem_areas, score, weighs
from .special import meeting_field

if TYPE_CHECKING:
    from ..model.brief import Brief, Metric

# Share of the body each part gets, per kind (tasks heaviest, as every real speech of the corpus).
_SHARES: dict[str, dict[str, float]] = {
    "annual_conference": {"opening": .04, "review": .24, "situation": .13, "tasks": .44, "safeguards": .11, "closing": .04},
    "work_report": {"opening": .02, "retrospect": .38, "direction": .12, "tasks": .44, "closing": .04},
    "midyear_review": {"opening": .055, "review": .30, "tasks": .465, "safeguards": .13, "closing": .05},
    "special_topic": {"opening": .07, "understanding": .28, "tasks": .47, "safeguards": .13, "closing": .05},
    "pledge": {"pledge": 1.0},
    "address": {"address": 1.0},
}
_TEMPLATE_ROLE = {"opening.j2": "opening", "review.j2": "review", "situation.j2": "situation", "tasks.j2": "tasks",
                  "safeguards.j2": "safeguards", "closing.j2": "closing", "retrospect.j2": "retrospect",
                  "direction.j2": "direction", "understanding.j2": "understanding", "pledge.j2": "pledge",
                  "address.j2": "address"}
_PART_NAMES = {"opening": "开场", "review": "成绩与问题", "situation": "形势与要求", "tasks": "重点任务",
               "safeguards": "保障措施", "closing": "结尾", "retrospect": "工作回顾", "direction": "总体思路",
               "understanding": "提高认识", "pledge": "表态", "address": "致辞"}

# Safeguards fitted to the kind and subject (3–5): 廉政 speaks of 医药购销, which belongs to a speech on
# the whole system or on reform and supervision, never to a 爱国卫生 or 疾控 meeting.
_SAFEGUARDS = {
    "annual_conference": ("leadership", "supervision", "style", "integrity", "coordination"),
    "midyear_review": ("leadership", "supervision", "style"),
    "special_topic": ("leadership", "coordination", "supervision", "publicity"),
}
_INTEGRITY_TOPICS = {"general", "medical_reform", "regulation", "medical_services", "party_building"}
_FUNDING_TOPICS = {"general", "primary_care", "medical_services", "public_health", "disease_control", "tcm"}


@dataclass(frozen=True)
class PartPlan:
    """One part of the speech: its role (the section template's), its budget in characters."""

    role: str
    template: str
    budget: int
    numbered: bool


@dataclass(frozen=True)
class TaskPlan:
    """One task subsection: its area, the brief's measures and targets, and the problems it answers."""

    view: TasksView
    answers: tuple[str, ...] = ()
    shape: str = "plain"      # how the subsection is built: see SHAPES
    budget: int = 0           # its share of the tasks' budget in characters (see area_weights)
    headline: bool = False    # the year's main line: the first priority, or the pandemic in 2020–2022


@dataclass(frozen=True)
class Plan:
    """What the speech will say, decided before a word is chosen."""

    kind: str
    date: dt.date
    framing: era.YearFraming | None
    department: str                   # 卫生 / 卫生计生 / 卫生健康 of that date
    level: str
    meeting: str
    target: int
    parts: tuple[PartPlan, ...]
    reviews: tuple[ResultsView, ...]
    tasks: tuple[TaskPlan, ...]
    situation_problems: tuple[str, ...]   # problems no task takes up: named in the situation part
    safeguards: tuple[str, ...]
    actors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    missing: tuple[str, ...] = ()     # brief data that would lengthen an honest speech
    pandemic: str = ""                # the COVID stage on the meeting date: see pandemic_stage
    pandemic_review: bool = False     # the period the speech reviews was a COVID year (2020–2022)
    voice: str = "government"         # who speaks: compose.voice.role_of (government / bureau / unit / township)
    party: bool = False               # he speaks for the party committee too (levels.speaks_for_party)
    rural: bool = False               # a 区 whose brief names a 镇, 乡 or 村 keeps its township wording
    county_city: bool = False         # a 市 under a 市/州/盟 (levels.is_county_city): 各镇（街道）, not 各县（市、区）
    above: str = ""                   # a township's level above as the brief names it (巢湖市 → 市), "" the usual
    after_report: str = ""            # the report a government leader speaks after (工作报告): see report_before
    answers_insurance: str = ""       # the 医保 body whose 通报 the speech answers (县医保局): see insurance_before
    extra_areas: int = 0              # standing areas (a special meeting's facets) beyond the usual: see core.compose
    held_to_length: bool = False      # the brief gives enough to be held to its length (AREAS_FOR_LENGTH; core.compose)
    room: int = 0                     # numbered items a subsection may hold beyond the usual caps: see core.compose
    deep: bool = False                # the brief's own items say more, fewer standing items beside them (picker.DEEP_MORE)
    lenient: bool = False             # a narrow idea one subsection said may be said in another: core.compose's last resort
    naming: dt.date | None = None     # the date the department is named at (brief.naming_date): the brief's own naming
    ahead: bool = False               # the speech plans the year after its date's (era.plan_year: a December meeting)
    subject_field: tuple[str, ...] = ()   # a special meeting's field: the subjects its standing work comes from (special)
    gaps: tuple[tuple[str, tuple[str, ...]], ...] = ()   # each brief problem and the gaps it is answered by (compose.gaps)

    def budget(self, role: str) -> int:
        return next((p.budget for p in self.parts if p.role == role), 0)

    def gaps_of(self, problem: str) -> tuple[str, ...]:
        """The gaps the brief's ``problem`` is answered by, each by the task of its subject (itself where it is one)."""
        return next((g for p, g in self.gaps if p == problem), (problem,))

    def delivers(self, heading: str, measures: Sequence[str]) -> bool:
        """Whether a subsection's numbered item is delivered by its measures (plan.delivers)."""
        return delivers(heading, measures)

    def delivering_first(self, heading: str, measures: Sequence[str]) -> list[str]:
        """``measures`` with the first that delivers ``heading`` (HEADING_DELIVERY) leading: said right after the
        heading, it is the last the cut to length takes."""
        needs = [says for head, says in HEADING_DELIVERY if head.search(heading)]
        first = next((m for m in measures if any(re.search(part, beyond_heading(m, heading)) for says in needs
                                                 for part in says.pattern.split(" & "))), None)
        return list(measures) if first is None else [first, *(m for m in measures if m is not first)]

    def joined_runs(self, runs: Sequence[_Run], items: Sequence[str], under: Mapping[str, str],
                    bare: Sequence[str] = (), fed: Mapping[str, int] | None = None
                    ) -> tuple[list[JoinedRun], list[JoinedRun]]:
        """A subsection's numbered items with each thin brief item joined to a neighbour (joined_runs)."""
        return joined_runs(runs, items, under, bare, fed)

    def leads_to_task(self, text: str) -> bool:
        """Whether a situation point leads to a task of the speech: it names no area, or one a task takes up (or a
        near one: TASKED_WITH).  The twenty-second reading: 母婴安全 raised with no 妇幼 task, 健康扶贫衔接 called a
        political responsibility and never tasked, 依法治国 raised with no 依法执业 task."""
        return leads_to_task(text, {t.view.topic.key for t in self.tasks})

    @property
    def countryside(self) -> bool:
        """Whether the place has villages and farmland of its own (levels.has_countryside)."""
        return levels.has_countryside(self.level, self.rural)

    @property
    def problems_home(self) -> str:
        """The part that takes up the problems no task answers: the situation, else the report's
        direction, else the part that names the problems (review, understanding)."""
        roles = [p.role for p in self.parts]
        for role in ("situation", "direction", "review", "retrospect", "understanding"):
            if role in roles:
                return role
        return roles[0] if roles else ""

    def lines(self) -> list[str]:
        """The plan as the outline (提纲) shows it: parts, subsections, figures, answers."""
        out = [f"篇幅目标：约{self.target}字；会议：{self.meeting}"]
        if self.framing:
            extra = f"；贯彻{self.framing.congress}精神" if self.framing.congress else ""
            out.append(f"年份定位：“{self.framing.plan}”{self.framing.place}{extra}")
        n = 0
        for p in self.parts:
            label = _PART_NAMES.get(p.role, p.role)
            if p.numbered:
                n += 1
                from .numbers import chinese_count
                label = f"{chinese_count(n)}、{label}"
            out.append(f"{label}（约{p.budget}字）")
            if p.role in ("review", "retrospect", "understanding") and self.after_report:
                gov = levels.bodies(self.level).government if self.level in levels.LEVELS else "政府"
                out.append(f"  · {self.after_report}已作总结：指标一段带过，不逐项回顾；讲需要{gov}解决的问题"
                           + ("；回应医保基金监管通报" if self.answers_insurance else ""))
            elif p.role in ("review", "retrospect", "understanding"):
                for r in self.reviews:
                    data = "；".join([*r.results, *r.setbacks, *r.facts]) or "无数据：只作一般表述"
                    out.append(f"  · {r.topic.name}：{data}")
            if p.role in ("tasks", "pledge"):
                for t in self.tasks:
                    bits = [*t.view.items, *t.view.targets]
                    line = f"  · {t.view.topic.name}：{'；'.join(bits) or '一般部署'}"
                    if t.answers:
                        line += f"（回应：{'；'.join(t.answers)}）"
                    if p.role == "tasks":
                        line += f"〔{_SHAPE_NAMES.get(t.shape, t.shape)}〕"
                    out.append(line)
            if p.role == self.problems_home and self.situation_problems:
                out.append(f"  · 问题：{'；'.join(self.situation_problems)}")
            if p.role == "safeguards":
                out.append("  · " + "、".join(_SAFEGUARD_NAMES[s] for s in self.safeguards))
        if self.missing:
            out.append("可补充以加长：" + "；".join(self.missing))
        return out


_SAFEGUARD_NAMES = {"leadership": "组织领导", "supervision": "督查考核", "style": "作风建设", "integrity": "廉洁自律",
                    "coordination": "协作配合", "publicity": "宣传引导", "funding": "投入保障", "talent": "人才支撑"}


# Areas whose work a task of another takes up for a situation point (a 疾控 task answers a 免疫规划 or 慢性病 point).
TASKED_WITH: dict[str, frozenset[str]] = {
    "public_health": frozenset({"disease_control", "emergency", "health_promotion"}),
    "disease_control": frozenset({"public_health", "emergency"}),
    "emergency": frozenset({"public_health", "disease_control"}),
    "medical_reform": frozenset({"medical_services", "primary_care"}),
    "medical_services": frozenset({"medical_reform"}),
    "primary_care": frozenset({"medical_reform"}),
    "health_promotion": frozenset({"patriotic_health", "public_health"}),
    "patriotic_health": frozenset({"health_promotion"}),
}
# The system's and the nation's own names are no area (卫生计生工作任务繁重 is not 计生; 健康中国 not 健康促进).
_NO_AREA = re.compile(r"卫生计生|卫生和计划生育|卫生健康|卫计|健康中国|卫生与健康")


def areas_named(text: str) -> set[str]:
    """The areas ``text`` names (topics.classify), the system's and the nation's names aside."""
    return {k for k in classify(_NO_AREA.sub("", text)) if k != "general"}


def leads_to_task(text: str, tasked: set[str]) -> bool:
    """Whether ``text`` names no area (areas_named) or one of ``tasked`` or near one (TASKED_WITH); a speech with no
    task takes every point."""
    if not tasked:
        return True
    keys = areas_named(text)
    near = set(tasked).union(*(TASKED_WITH.get(k, frozenset()) for k in tasked))
    return not keys or bool(keys & near)


def units(level: str, date: dt.date, *, rural: bool = False, role: str = "government",
          county_city: bool = False) -> dict[str, tuple[str, ...]]:
    """Who acts, per work area, at a level on a date (from the level model: 县疾控中心, 各乡镇卫生院).
    A bureau's head tells his own system's units, never the townships or the other departments."""
    from ..model import levels

    u = levels.units(level, date, rural=rural, county_city=county_city)
    if role == "bureau":
        u = replace(u, subdivisions=None, departments_word="")
    grass = u.grassroots[:1]
    cdc = tuple(x for x in u.public_health if "疾控" in x)
    mch = tuple(x for x in u.public_health if "妇幼" in x)
    inspect = tuple(x for x in u.public_health if "监督" in x or "执法" in x)
    tcm = tuple(x for x in u.hospitals if "中医" in x)
    hospitals = u.hospitals[1:2] or u.hospitals[:1]
    out = {
        "general": tuple(x for x in (u.department, u.subdivisions) if x) or grass,
        "public_health": cdc + grass,
        "disease_control": cdc + ("各医疗机构",),
        "emergency": cdc + ("各医疗机构",),
        "medical_services": hospitals + ("各医疗机构",),
        "primary_care": tuple(g for g in u.grassroots if not g.endswith("站")) or u.grassroots,   # a 服务站 is told nothing
        "maternal_child": mch + ("各助产机构",) if mch else grass,
        "tcm": tcm + grass if tcm else grass,
        "medical_reform": hospitals + ("各公立医院",) if hospitals else grass,
        "elderly_health": ("各医疗机构",) + grass,
        "health_poverty": grass + hospitals,
        "health_promotion": ("各医疗卫生单位",) + grass,
        "regulation": inspect or ("各医疗卫生单位",),
        "patriotic_health": tuple(x for x in (u.subdivisions, u.departments_word) if x),
        "informatization": ("各医疗机构",),
        "workforce": ("各医疗卫生单位",),
    }
    return {k: v for k, v in out.items() if v}


def _review(view: BriefView, kind: str) -> list[ResultsView]:
    """The areas reviewed: the brief's results only.  Without any, no area is reviewed by name (that
    would claim results nobody gave); the part then speaks of the year in general."""
    if kind in ("pledge", "address"):
        return list(view.achievements)
    return list(view.achievements)


# The task areas a work report deploys at most, Party building included, where the brief names fewer: six at
# the default length, one more for each REPORT_AREA_CHARS asked beyond it (an area says what it has, and a
# longer report needs more of them to reach its length honestly).
REPORT_AREAS, REPORT_AREA_CHARS = 6, 600


def report_areas(target: int) -> int:
    """How many task areas a work report of ``target`` characters deploys at most."""
    from ..model.brief_rules import DEFAULT_LENGTH

    extra = max(0, target - DEFAULT_LENGTH["work_report"])
    return REPORT_AREAS + -(-extra // REPORT_AREA_CHARS)


# The year's main issue, by the words of a brief's item: the pandemic while it led the year's work (常态化疫情防控 first in
# a March 2022 疾控 meeting), 新冠 重点人群 and 重症 in the year of 乙类乙管 (February 2023: the twenty-sixth reading).
_MAIN_ISSUE = {"outbreak": re.compile(r"疫情防控|新冠|疫苗接种|核酸"),
               "normal": re.compile(r"疫情防控|新冠|疫苗接种|核酸"),
               "after": re.compile(r"重症|新冠|重点人群|乙类乙管|疫情防控")}


def main_issue_first(priorities: Sequence[TasksView], date: dt.date) -> list[TasksView]:
    """The brief's priorities with the year's main issue first where the brief holds it (_MAIN_ISSUE): the area whose
    item names it leads, and that item leads its area; the rest keep the secretary's order (issue 13, the
    twenty-sixth reading's "lead with the year's main issue")."""
    pattern = _MAIN_ISSUE.get(pandemic_stage(date))
    named = list(priorities)
    if pattern is None:
        return named
    out = []
    for t in named:
        # (the first item on it leads; the others keep their places)
        hits = [i for i in t.items if pattern.search(i)][:1]
        out.append(replace(t, items=(*hits, *(i for i in t.items if i not in hits))) if hits else t)
    leads = [t for t in out if any(pattern.search(i) for i in t.items)]
    return leads[:1] + [t for t in out if t not in leads[:1]]


def _tasks(view: BriefView, kind: str, level: str = "县", date: dt.date = dt.date(2025, 1, 1),
           target: int = 6500, extra: int = 0, naming: dt.date | None = None, budget: float = 0) -> list[TasksView]:
    """The areas the tasks part deploys; ``extra`` standing areas more than the brief's own where a first wording
    fell short of the length (core.compose).  In an annual or half-year speech a standing area never comes where the
    brief's areas already hold its subject (held_by_brief).  An annual conference deploys the health body's core work
    (core_areas, as its body is named on ``naming``) after the brief's areas while the tasks' ``budget`` has room for
    them, whatever else the brief gives: the core work is the meeting's own, not length added."""
    # (a special meeting on another subject keeps the secretary's order: a 2022 医改 meeting opened its tasks on 医疗服务
    # for that area's 统筹做好疫情防控常态化条件下的医疗服务保障, read73's t4; a 疾控 meeting leads with the pandemic)
    named = main_issue_first(view.priorities, date) if kind != "special_topic" \
        or view.main_topic.key in _PANDEMIC_AREAS else list(view.priorities)
    naming = naming or date
    if kind == "work_report":
        have = {t.topic.key for t in named}
        # A work report deploys the system's year: the brief's areas, then what the level runs, up to
        # REPORT_AREAS in all, then Party building (every real report closes its tasks with it). Four readings
        # running found a report deploying every standing area beyond the brief's four (九个方面, ~2,500
        # characters of stock work): the brief's areas are the report's, the standing ones fill in.
        # (a report deploys the system's whole year: its standing areas stay though the brief's areas hold some of
        # their subject — struct21 measured a fill from _REPORT_FILL bringing 疾控 and 基层 sections back twice)
        # (an area the report reviewed and gave no priority comes first: the year's work on it goes on, len35's
        # 2019 district report reviewed 通过省级卫生城市复审 and deployed no 爱国卫生)
        reviewed = [v.topic.key for v in view.achievements if v.topic.known and v.topic.key not in have]
        standing = [k for k in dict.fromkeys((*reviewed, *_standing_areas(level, date, extra, naming)))
                    if k not in have and k != "party_building"]
        room = max(0, report_areas(target) - 1 - len(named)) + extra
        return named + [TasksView(default_topic(k, date), from_brief=False)
                        for k in (*standing[:room], "party_building") if k not in have]
    if named and kind in CORE_KINDS:
        # (the forty-third reading: a 2014 district's 卫生计生工作会议 deployed 医改, 计划生育 and 医疗服务 from its brief and
        # no public health at all; the brief's thin review held it out of the length search that adds standing areas)
        have = {t.topic.key for t in named}
        held = held_by_brief(named, view.problems)
        room = max(0, int(budget // CORE_AREA_CHARS) - len(named))
        core = [k for k in core_areas(level, naming) if k not in have and k not in held][:room]
        named = named + [TasksView(default_topic(k, date), from_brief=False) for k in core]
    if named and extra and kind in ("annual_conference", "midyear_review"):
        have = {t.topic.key for t in named}
        held = held_by_brief(named, view.problems)
        return named + [TasksView(default_topic(k, date), from_brief=False)
                        for k in _standing_areas(level, date, extra, naming) if k not in have and k not in held
                        ][:extra]
    if named or kind == "address":
        return named
    if kind == "special_topic":
        return [TasksView(view.main_topic, from_brief=False)]
    return [TasksView(default_topic(k, date), from_brief=False) for k in default_areas(level, date)]


def held_by_brief(named: Sequence[TasksView], problems: Sequence[str]) -> set[str]:
    """The standing areas whose subject the brief's own areas already hold (the forty-first reading: 提升基层服务能力
    under 医改 and then a whole 基层 subsection; staffing under 基层 and again under 人才): an area a brief item or
    target of another area is mainly about (topics.classify: its first area), an area whose problem the brief's own
    areas answer (_answer: 基层…能力不强 under the 医共体 item), and the near neighbour of a brief area (公共卫生 and
    疾病预防控制 share their 传染病 and 免疫规划 work)."""
    have = {t.topic.key for t in named}
    held: set[str] = set()
    for t in named:
        for text in (*t.items, *t.targets):
            first = classify(text)[:1]
            if first and first[0] != t.topic.key and first[0] != "general":
                held.add(first[0])
    answers, _ = _answer(list(problems), list(named))
    for answered in answers:
        for p in answered:
            areas, _cued = problem_areas(p)
            held.update(areas[:1])
    for k in have:
        held.update(_NEAR_AREAS.get(k, ()))
    return held - have


def _standing_areas(level: str, date: dt.date, extra: int, naming: dt.date | None = None) -> tuple[str, ...]:
    """The level's standing areas, the health body's core work first (core_areas, then the rest of default_areas),
    and where a speech asks for more than the brief gave (``extra``), the system's general ones after them (医疗服务,
    人才队伍, 信息化) and the rest of the system's year after those (YEAR_MORE: fresh47's t1, a 2013 city's conference
    with four reviewed areas and four priorities, had only 人才队伍 and 信息化 left standing, its catch-all went for want
    of a second area and it stopped at 0.73 of its target)."""
    from ..model import levels

    areas = tuple(dict.fromkeys((*core_areas(level, naming or date), *default_areas(level, date))))
    if extra:
        township = levels.tier_of(level) == levels.TOWNSHIP
        more = TOWNSHIP_MORE if township else SYSTEM_MORE + YEAR_MORE
        areas += tuple(k for k in more if k not in areas)
    return areas


# The general areas a speech asking for more than its brief gave deploys after the level's own: the system's (医疗服务,
# 人才队伍, 信息化), and a township's own work instead, which runs no hospital, hires no staff and builds no platform
# (len26: a 2015 镇's annual meeting said 加强平安医院建设, 实行按需设岗、竞聘上岗 and 提升医院信息化建设规范化水平 in its
# catch-all): its 健康教育 and 健康乡村, its 卫生院's and villages' care of the old (not 妇幼: its measures are the
# 助产机构's and the screening hospitals', 产前筛查 and 产科、儿科能力建设 told to a street's 社区卫生服务中心).
SYSTEM_MORE = ("medical_services", "workforce", "informatization")
# … and after those the rest of what a county's or city's health body runs every year: len35 measured five held-out
# rich reports (2012–2025, 县/区/市, three or four reviewed areas and priorities) at 0.66–0.88 of their targets with the
# standing areas exhausted after 信息化, and fresh47's t1 (a 2013 city's annual conference) at 0.73.
YEAR_MORE = ("tcm", "patriotic_health", "regulation", "health_promotion")
TOWNSHIP_MORE = ("health_promotion", "elderly_health")


# The kinds that deploy the health body's core work whatever the brief names (_tasks): the year's meeting and report
# of the whole system.  A half-year meeting pushes what is behind, a special meeting its subject.
CORE_KINDS = frozenset({"annual_conference"})
# What a standing area of core work says, about: measured on the bench's drafts, an area with one item or none runs
# 450–600 characters.
CORE_AREA_CHARS = 500


def core_areas(level: str, naming: dt.date) -> tuple[str, ...]:
    """The health body's own core work at ``level``, as the body is named on ``naming``: 公共卫生, 医疗服务, 基层 and
    妇幼, and 计划生育 while the body is 卫生计生 (2013–2018, each tier at its own time: its statutory half, never
    配合ed); none for a township, which has no health body of its own (its 卫生院 is the county's; a 乡's core 公共卫生
    told 乡政府要… in its own speech, test_stock_lines)."""
    from ..model import levels

    if levels.tier_of(level) == levels.TOWNSHIP:
        return ()
    areas = ["public_health", "medical_services", "primary_care", "maternal_child"]
    if levels.meeting_word(level, naming) == "卫生计生":
        areas.insert(1, "population_family")
    return tuple(areas)


def default_areas(level: str, date: dt.date) -> tuple[str, ...]:
    """The areas a speech deploys when the brief names none: what that level of government actually
    runs (a county its 乡镇卫生院 and 县级医院, a city its hospitals and its people), with the moment's
    priority first (public health in the COVID years, the elderly as the population ages)."""
    from ..model import levels

    tier = levels.tier_of(level)
    if tier == levels.TOWNSHIP:
        areas = ["primary_care", "public_health", "patriotic_health"]
    elif level_word(level) in ("县", "旗"):
        areas = ["primary_care", "medical_reform", "public_health", "maternal_child", "tcm", "patriotic_health"]
    elif level_word(level) == "区":
        areas = ["medical_reform", "public_health", "medical_services", "primary_care", "elderly_health", "maternal_child"]
    else:
        areas = ["medical_reform", "public_health", "medical_services", "workforce", "informatization", "maternal_child"]
    if dt.date(2020, 1, 20) <= date <= dt.date(2023, 3, 31):
        areas.remove("public_health")
        areas.insert(0, "public_health")
    if date >= dt.date(2021, 6, 1) and "elderly_health" not in areas and tier != levels.TOWNSHIP:
        areas[-1] = "elderly_health"
    return tuple(areas)


# The reviewed areas and the priorities a brief gives for its length to hold (issue 13: ±15% with at least three of
# each); with fewer, the speech is honestly shorter and render says what would lengthen it (Plan.missing).
AREAS_FOR_LENGTH = 3

# The kinds whose standing areas are added for length (core.compose) and that first go deeper into the brief's items
# (a work report deploys the system's year, REPORT_AREAS: measured on the rich bench and held-out reports at seeds 1–3,
# going deeper first changed their brief share not at all, 38.6% both, and left b14 shorter)
DEEP_KINDS = frozenset({"annual_conference", "midyear_review", "special_topic"})
DEEP_STEPS = 2
# The most steps core.compose's search for length takes: DEEP_STEPS within the brief's areas, then one to four of the
# level's standing areas.
MOST_EXTRA = DEEP_STEPS + 4

# The share of the situation's budget the tasks take when every problem of the brief is answered there.
SITUATION_TO_TASKS = 0.15

# Areas whose work overlaps so that one's problem is the other's to answer when only the other has a subsection.
_NEAR_AREAS: dict[str, tuple[str, ...]] = {
    "public_health": ("disease_control",), "disease_control": ("public_health",),
    "health_promotion": ("patriotic_health",), "patriotic_health": ("health_promotion",),
}

# The areas that may take up a problem no area's words name: the system's general work, not a campaign's.
_GENERAL_HOMES = frozenset({"medical_reform", "medical_services", "primary_care", "public_health", "general"})


# A problem of people: too few, or leaving (plan._answer).
_STAFF = re.compile(r"(?:医生|医师|人才|人员|队伍|护士).{0,4}(?:不足|短缺|缺口|紧缺|缺乏|偏少|流失|留不住|引不进)|紧缺专业")

_STAFF_RUN = 4  # characters a shortage and a workforce item share to be about the same staff (全科医生)
_OWN_RUN = 5   # characters a problem and an item or target share to be about the same thing (县域内就诊率)


# The setting a problem opens on: serve.PROBLEM_SETTING.
_SETTING = PROBLEM_SETTING


def _by_own_words(problem: str, tasks: list[TasksView]) -> int | None:
    """The brief's task whose items or targets share the longest run (at least _OWN_RUN characters) with
    ``problem``, its setting aside (sec41's x1: 全面两孩政策实施后妇幼服务资源紧张 went to the 计划生育 item 稳妥实施全面两孩
    政策 by its setting, not to 妇幼's); the first such task on a tie, None where none shares one."""
    rest = _SETTING.sub("", problem)
    problem = rest if len(rest) >= _OWN_RUN else problem
    # (… and the unit it is found in: fresh59's s5 took 社区卫生服务中心全科医生数量不足 to 公共卫生's item 推进“三高”共管在
    # 全区社区卫生服务中心全覆盖 by the unit's name, away from 基层's 加大全科医生招聘…)
    rest = without_unit(problem)
    problem = rest if len(rest) >= _OWN_RUN else problem
    # (… and a hospital's name wherever it stands: fresh62's v2 took …妇幼健康服务资源紧张，市妇幼保健院、市中心医院产科
    # 床位使用率… to 医改 by 市中心医院 of 以市中心医院、市中医医院为牵头单位推进医联体建设, away from 人口家庭's 新增产科床位)
    rest = HOSPITAL_NAME.sub("|", problem)
    problem = rest if len(rest.replace("|", "")) >= _OWN_RUN else problem
    best, best_len = None, _OWN_RUN - 1
    for i, t in enumerate(tasks):
        if not t.from_brief:
            continue
        for text in (*t.items, *t.targets):
            n = longest_run(problem, text)
            if n == _OWN_RUN - 1 and _names_a_thing(problem, text):
                n = _OWN_RUN      # 发热门诊, 急救站点: four characters that name one thing (the twenty-seventh reading, p3)
            if n > best_len:
                best, best_len = i, n
    return best


# Four characters two texts share that name no one thing (服务能力 is every unit's): see _names_a_thing.
_GENERIC_FOUR = frozenset("服务能力 卫生服务 医疗卫生 公共卫生 卫生机构 基层医疗 能力建设 服务管理 卫生健康 医疗服务 疗卫生机 "
                          "工作机制 体系建设 队伍建设 综合能力 服务水平 服务质量 进一步加 加强基层 推进基层 医疗机构 基本公共 "
                          "建设进度 工作进度 管理水平 人员队伍".split())


def _names_a_thing(problem: str, item: str) -> bool:
    """Whether ``problem`` and ``item`` share four characters naming one thing (发热门诊), not a generic run: one of the
    runs above, or one holding no content word of weight (serve.weighs: 健康管理 is two stop words, and took 慢病患者
    自我管理意识弱 to 人口家庭's 做好孕产妇和0—6岁儿童健康管理 by its answer's heading, fresh54's m5)."""
    n = _OWN_RUN - 1
    return any(problem[i:i + n] in item and problem[i:i + n] not in _GENERIC_FOUR and weighs(problem[i:i + n])
               and not _in_unit_name(problem[i:i + n]) for i in range(len(problem) - n + 1))


def _in_unit_name(run: str) -> bool:
    """Whether ``run`` lies inside the name of a grassroots unit (村卫生室, 乡镇卫生院): four characters of a unit's name
    name where, not what (fresh64's x4 took 部分村卫生室只有一名村医… to 安全生产's 开展镇卫生院和村卫生室消防…安全检查
    by 村卫生室 alone, away from 基层卫生's 充实村医队伍; a longer run, 镇卫生院住院楼, still names its thing)."""
    return any(run in name for name in UNIT_NAME_WORDS)


_HOSPITAL_WORK = ((re.compile(r"急救|院前|急诊|重症|胸痛|卒中|创伤中心"), "medical_services"),)


def _by_answer_heading(heading: str, tasks: list[TasksView], problem: str = "") -> int | None:
    """The brief's first task whose area's name or items name what ``heading`` (the problem's answer heading, its
    wordings ‖-separated, less their verb and slots) does, None where none does: 加强行风建设 is the 行风建设 area's.  An
    item is named only in words ``problem`` says too: the heading of 留守老人多，慢病患者…控制率不高 (做好留守老人和儿童
    健康服务) names 儿童健康 of 做好孕产妇和0—6岁儿童健康管理, which the problem never speaks of (fresh54's m5)."""
    forms = [re.sub(r"\{\w+\}", "", f)[2:] for f in heading.split("‖") if f]
    for i, t in enumerate(tasks):
        if not t.from_brief:
            continue
        if any(_names_a_thing(f, t.topic.name) for f in forms) or any(
                _names_a_thing(f, text) and (not problem or _said_in(f, text, problem)) for f in forms for text in t.items):
            return i
    return None


def _said_in(form: str, item: str, problem: str) -> bool:
    """Whether a run of four characters ``form`` and ``item`` share holds a content word ``problem`` says too."""
    from .samepoint import words

    n = _OWN_RUN - 1
    runs = {form[i:i + n] for i in range(len(form) - n + 1) if form[i:i + n] in item}
    said = words(problem).keys()
    return any(said & words(run).keys() for run in runs)


def _by_shared_word(problem: str, tasks: list[TasksView]) -> int | None:
    """The brief's task one of whose items shares with ``problem`` a content word (samepoint.words: 儿科, 结核病, 托育;
    not 服务 or 能力, which it sets aside as saying nothing), the rarest shared word first, the first task on a tie; None
    where none does."""
    from .samepoint import words

    mine = words(problem)
    best, weight = None, 0.0
    for i, t in enumerate(tasks):
        if not t.from_brief:
            continue
        for text in t.items:
            shared = [mine[w][0] for w in mine.keys() & words(text).keys()]
            if shared and max(shared) > weight:
                best, weight = i, max(shared)
    return best


def _answer(problems: list[str], tasks: list[TasksView], prefer_brief: bool = True,
            heading_of: Callable[[str], str] | None = None,
            siblings: Mapping[str, Sequence[str]] | None = None,
            parents: Mapping[str, str] | None = None) -> tuple[list[tuple[str, ...]], list[str]]:
    """Each brief problem to the task whose area it speaks of (by the topic registry's keywords); a
    problem no task's area takes up stays with the situation part.  ``heading_of``: the heading of a problem's answer,
    whose words place it where the registry's do not (answer29: 医疗领域不正之风仍有发生 answered under 医改 while the
    brief had a 行风建设 area).  ``siblings``: the other gaps of the problem a gap was split from (gaps_of); a gap that
    names no area of its own goes where they do (_WEAK)."""
    homes = {p: _home(p, tasks, prefer_brief, heading_of) for p in problems}
    # a gap split from a problem (``parents``) that places it only weakly, or by a word or a neighbour, goes where the
    # whole problem's own words put it (read67's u6: 病房设施陈旧 and 中医馆…中医药服务能力跟不上, split from 镇卫生院住院楼
    # 建于本世纪初，…, went to 老龄健康 by 中医's neighbour while 基层卫生 had 启动镇卫生院住院楼改造)
    for p in problems:
        whole = (parents or {}).get(p)
        if whole and homes[p][1] in _LOOSE:
            hit = _by_own_words(whole, tasks)
            if hit is not None:
                homes[p] = (hit, "own")
    answers: list[list[str]] = [[] for _ in tasks]
    left: list[str] = []
    for p in problems:
        hit, basis = homes[p]
        # (… and one whose area rests on a single keyword, where its cues point to its sibling's area: read63's q3,
        # 牵头医院带动乡镇卫生院不够 beside 医共体内人员、财务统一管理尚未完全落地 went to 基层卫生 by its 乡镇卫生院 and was
        # answered there as 各乡镇卫生院要牵头把牵头医院带动乡镇卫生院上的症结找准)
        lone = basis == "named" and sum(keyword_hits(p).values()) == 1
        if (basis in _WEAK or lone) and siblings:
            # a clause of a problem that names no area itself, or only by a cue its sibling's area shares, is said
            # where its sibling is (fresh55's n3: 托位利用率不高 went to 医改 as the year's first general task while
            # 普惠托育服务供给不足 beside it went to 人口家庭; 牵头医院带动乡村两级的内生动力不足 to a standing 医疗服务 by
            # its cue 医院, away from 紧密型县域医共体…不够)
            named, cued = problem_areas(p)
            anchored = [i for q in siblings.get(p, ()) if q in homes and homes[q][1] not in _WEAK
                        and (i := homes[q][0]) is not None
                        and (tasks[i].topic.key in cued if lone
                             else not named and (not cued or tasks[i].topic.key in cued
                                                 # (… or only cued, beside a sibling placed by its own words: fresh59's
                                                 # s4, 贫困户对签约医生…说不清楚 went to 基层卫生 by its cue 签约医生
                                                 # while 签而不约 beside it was 健康扶贫's item 做实做细…慢病签约服务)
                                                 or (basis == "cued" and homes[q][1] == "own")))]
            if anchored:
                hit = anchored[0]
        if hit is None:
            left.append(p)
        else:
            answers[hit].append(p)
    return [tuple(a) for a in answers], left


# How a problem's home was found (_home) where the problem itself says little of its subject: by a cue word of the
# table only, or as the year's first general task.
_WEAK = frozenset({"cued", "general"})
# … and the bases a split gap's whole problem overrules by its own words (_answer's ``parents``)
_LOOSE = _WEAK | {"near", "shared"}


def _home(p: str, tasks: list[TasksView], prefer_brief: bool = True,
          heading_of: Callable[[str], str] | None = None) -> tuple[int | None, str]:
    """The task that takes up problem ``p`` (see _answer) and the basis it was found by: own, heading, staff,
    hospital, named, cued, near, shared, general, or none (no task: the situation part names it)."""
    # the areas the registry's keywords name, most hits first (the cue table breaking a tie), then the cue
    # table's (人才 → 人才队伍, else 基层 …): the first with a task takes it up
    named, cued = problem_areas(p)
    words = {t.topic.key: i for i, t in reversed(list(enumerate(tasks)))}
    # a problem naming what one area's own item or target names is that area's, whatever the registry calls it
    # (the nineteenth reading: 县域内就诊率与上级要求仍有差距 went to 基层卫生 for its 县域, while 医疗服务 set the
    # 县域内就诊率 target)
    hit = _by_own_words(p, tasks)
    if hit is not None:
        return hit, "own"
    hit = _by_answer_heading(heading_of(p), tasks, p) if heading_of is not None else None
    if hit is not None:
        return hit, "heading"
    if _STAFF.search(p) and "workforce" in words and any(
            longest_run(p, i) >= _STAFF_RUN for i in (*tasks[words["workforce"]].items,)):
        # a shortage the workforce area's own item speaks of (乡镇卫生院全科医生缺口较大, 实施全科医生特岗计划) is its
        return words["workforce"], "staff"
    if not named and _STAFF.search(p) and "workforce" in words:
        # a shortage of people the registry's words place nowhere (儿科、精神科等紧缺专业医生不足) is the workforce
        # area's, where the brief has one (the twenty-second reading: answered under 医改 with 基层 posts)
        return words["workforce"], "staff"
    # the hospitals' own business the registry's words miss (急救站点 went to a standing 医改 subsection while
    # 医疗服务 had the item 完善院前急救网络: the twenty-seventh reading, p1)
    hit = next((words[k] for pattern, k in _HOSPITAL_WORK if pattern.search(p) and k in words), None)
    if hit is not None:
        return hit, "hospital"
    if prefer_brief:
        # the brief's own areas first: a standing area added for length (core.compose's second wording) does not
        # take a problem the first wording answered inside a brief item (b13: 基层…能力不强 under the 医共体 item,
        # then alone atop an added 基层 subsection); a work report's standing areas are its own (REPORT_AREAS)
        mine = {t.topic.key: i for i, t in reversed(list(enumerate(tasks))) if t.from_brief}
        first = next((k for k in (*named, *cued) if k in mine), "")
        hit = mine[first] if first else None
        if hit is not None and first in named:
            # … and of the brief's areas on that subject (a brief's own 免疫规划 beside its 公共卫生: the registry
            # knows the one, and its name classifies the other there), the one whose items speak of the problem's
            # things (fresh54's m4: 冷链设备老化…疫苗出入库登记 went to 公共卫生 and opened its disease item)
            key = tasks[hit].topic.key
            alike = [i for i, t in enumerate(tasks) if t.from_brief and (
                t.topic.key == key or not t.topic.known and key in classify(t.topic.name))]
            if len(alike) > 1:
                near = _by_shared_word(p, [tasks[i] for i in alike])
                hit = alike[near] if near is not None else hit
        if hit is not None:
            return hit, "named" if first in named else "cued"
    hit = next((words[k] for k in (*named, *cued) if k in words), None)
    if hit is not None:
        return hit, "named" if tasks[hit].topic.key in named else "cued"
    # an area's near neighbour takes it up before any general home: a 疾病预防控制 meeting's one subsection
    # answers 疫苗接种门诊规范化建设不平衡, which the registry calls 公共卫生 (the fifteenth reading had it
    # named in the situation part and never answered)
    hit = next((words[n] for k in named for n in _NEAR_AREAS.get(k, ()) if n in words), None)
    if hit is not None:
        return hit, "near"
    # a brief item naming the thing the problem is about in a word the registry has no area for (儿科夜间门诊资源紧张
    # and 加强儿科服务能力建设 under 妇幼: sec35's h53 answered it under the first general task, 医疗服务)
    hit = _by_shared_word(p, tasks)
    if hit is not None:
        return hit, "shared"
    if tasks and tasks[0].from_brief and not re.search(r"进度|滞后|落实不到位|作风|财政|投入|经费", p):
        # a problem of the brief no area's words name is taken up by the year's first general task (issue 13:
        # every problem is answered by a task); a problem of the work itself (进度滞后) or of money (财政投入) is
        # the situation's and the safeguards'; an outbreak's or a campaign's subsection is no home for it (the
        # thirteenth reading: 医疗资源布局不够均衡 was to be solved by 疫情防控)
        # … and where the brief has no general area, by its own first area (issue 13, session 12: 外出务工 under a
        # 人口家庭 meeting was left to the situation part's 涉及面广，需要县政府统筹协调, which answers nothing)
        hit = next((i for i, t in enumerate(tasks) if t.topic.key in _GENERAL_HOMES),
                   next((i for i, t in enumerate(tasks) if t.from_brief), None))
        return hit, "general"
    return None, "none"


def _safeguards(kind: str, topic_key: str, task_keys: set[str], budget: int, role: str = "") -> tuple[str, ...]:
    roles = list(_SAFEGUARDS.get(kind, ()))
    if not roles:
        return ()
    if role == voice.GOVERNMENT and kind == "annual_conference":
        # A government leader speaks to the departments whose power the work needs (编制, 待遇, 投入): the
        # coordination and the money are his to order, so they come before supervision and style.
        roles = ["leadership", "coordination", "funding", *(r for r in roles if r not in ("leadership", "coordination"))]
    if topic_key not in _INTEGRITY_TOPICS and "integrity" in roles:
        roles.remove("integrity")
    if kind == "annual_conference" and topic_key in _FUNDING_TOPICS:
        roles.append("funding")
    if "workforce" not in task_keys and kind == "annual_conference":
        roles.append("talent")
    # 3 items for a short part, up to 5 for a long one.
    want = 3 if budget < 600 else 4 if budget < 900 else 5
    return tuple(roles[:max(3, min(5, want))])


# The words by which a safeguards part's heading claims one of its items (reading 46's r1: 强化领导，改进作风 over
# 领导, 合力, 投入 and 督导, no 作风 under it); 保障, 落实 and 措施 claim none in particular.
_SAFEGUARD_CLAIMS = {"style": re.compile(r"作风|务实之风|实干"), "integrity": re.compile(r"廉|纪律|规矩|正风"),
                     "talent": re.compile(r"人才|队伍"), "publicity": re.compile(r"宣传|舆论|氛围"),
                     "funding": re.compile(r"投入|经费|资金"), "supervision": re.compile(r"督|考核|问效|问责"),
                     "coordination": re.compile(r"合力|协同|协作|联动"), "leadership": re.compile(r"领导")}


def safeguards_backed(heading: str, safeguards: Sequence[str]) -> bool:
    """Whether a safeguards part's ``heading`` claims only items the part has (``safeguards``: plan.safeguards)."""
    return all(key in safeguards for key, words in _SAFEGUARD_CLAIMS.items() if words.search(heading))


# How a task subsection is built, chosen from what the brief gives the area (issue 13: the same heading /
# 具体要做到：一是…二是… / target / measures frame four to six times over reads as a machine):
#   listed  — the area's framing sentence, then its measures as 一是…二是… (two or more items)
#   woven   — each of the brief's measures said as a sentence of its own among the area's other measures
#   problem — the brief's problem this area answers comes first, then what is done about it
#   target  — the year's target comes first, then what it takes (为此…)
#   single  — one measure named as the year's focus (重点是…)
#   plain   — no brief data: the framing sentence and the area's measures
SHAPES = ("listed", "woven", "problem", "target", "single", "plain")
_SHAPE_NAMES = {"listed": "分项列举", "woven": "举措分述", "problem": "先讲问题", "target": "先讲目标",
                "single": "突出一项", "plain": "一般部署"}
_SHAPE_CAP = {"listed": 2, "problem": 2, "target": 2}   # devices used sparingly within one speech


def _shape_options(t: TasksView, answers: tuple[str, ...]) -> list[str]:
    out = []
    if answers:
        out.append("problem")
    if t.targets:
        out.append("target")
    if len(t.items) >= 2:
        out += ["listed", "woven"]
    elif t.items:
        out += ["single", "woven"]
    out.append("plain")
    return out


def task_shapes(tasks: list[TasksView], answers: list[tuple[str, ...]]) -> list[str]:
    """One shape per subsection, from its content, so that no two neighbours share one and no device is
    used past its allowance (a 排比 or an 一是…二是… list reads well once or twice in a speech, not six times)."""
    used: dict[str, int] = {}
    out: list[str] = []
    for t, a in zip(tasks, answers, strict=True):
        options = _shape_options(t, a)
        prev = out[-1] if out else ""

        def cost(shape: str, options: list[str] = options, prev: str = prev) -> tuple[int, int]:
            over = used.get(shape, 0) >= _SHAPE_CAP.get(shape, 99)
            return (4 * (shape == prev and shape != "plain") + 3 * over + used.get(shape, 0), options.index(shape))

        choice = min(options, key=cost)
        used[choice] = used.get(choice, 0) + 1
        out.append(choice)
    return out


# The areas that carry the pandemic in 2020–2022: in those years theirs is the year's main line.
_PANDEMIC_AREAS = ("public_health", "disease_control", "emergency")


def headline_area(tasks: list[TasksView], stage: str, kind: str) -> int:
    """The index of the subsection that carries the year's main line, or -1: the pandemic's area while the
    pandemic led the year's work (2020 to 乙类乙管), else the brief's first priority (a secretary lists the
    headline task first).  A special meeting's one subject is its own headline; none is weighted."""
    if not tasks or kind == "special_topic":
        return -1
    if stage in ("outbreak", "normal"):
        hit = next((i for i, t in enumerate(tasks) if t.topic.key in _PANDEMIC_AREAS), None)
        if hit is not None:
            return hit
    return 0 if tasks[0].from_brief else -1


# How much each thing the brief gives an area weighs in its share of the tasks' budget (issue 13, sixth reading:
# the year's headline task got no more room than a minor one; a thin area was padded like a rich one).
_WEIGHT = {"base": 1.0, "item": 0.45, "target": 0.35, "answer": 0.45, "headline": 1.4, "default": 0.8}


def area_weights(tasks: list[TasksView], answers: list[tuple[str, ...]], headline: int) -> list[float]:
    """Each subsection's weight: what the brief gives it (items, targets, problems it answers), the headline
    area more; an area the brief did not name (a work report's standing areas) less."""
    out = []
    for i, (t, a) in enumerate(zip(tasks, answers, strict=True)):
        if not t.from_brief:
            w = _WEIGHT["default"]
        else:
            w = _WEIGHT["base"] + _WEIGHT["item"] * min(len(t.items), 4) + _WEIGHT["target"] * min(len(t.targets), 3) \
                + _WEIGHT["answer"] * min(len(a), 2)
        if i == headline:
            w *= _WEIGHT["headline"]
        out.append(w)
    return out


# The turn to 乙类乙管 (国务院联防联控机制总体方案, effective 2023-01-08): the registry dates the term from its
# announcement (2022-12-26); a speech's stage turns when the measures did.
_CLASS_B = dt.date(2023, 1, 8)


def pandemic_stage(date: dt.date) -> str:
    """The COVID-19 stage of a date, from the 提法 registry's windows: "outbreak" (新冠肺炎 from 2020-01-20,
    before 常态化疫情防控 from 2020-04-08), "normal" (to 乙类乙管, 2023-01-08), "after" (2023, the year
    of the turn), or "" outside the pandemic years."""
    from ..model import tifa

    reg = tifa.load_registry()
    first = reg.entry("新冠肺炎")
    normal = reg.entry("常态化疫情防控")
    start = first.start if first and first.start else dt.date(2020, 1, 20)
    steady = normal.start if normal and normal.start else dt.date(2020, 4, 8)
    if date < start:
        return ""
    if date < steady:
        return "outbreak"
    if date < _CLASS_B:
        return "normal"
    return "after" if date.year == _CLASS_B.year else ""


def reviews_pandemic(kind: str, date: dt.date) -> bool:
    """Whether the period a speech looks back on was a COVID year: the year before (annual meetings,
    reports) or the first half of this one (a half-year meeting), 2020–2022."""
    if kind in ("midyear_review", "special_topic"):
        return dt.date(2020, 2, 1) <= date < _CLASS_B
    return 2020 <= date.year - 1 <= 2022


# A work report given before the speech: its review is the report's, and whoever speaks after it for the
# 县委、县政府 affirms it in a line and speaks to what only the government can do (the third session's readings).
_REPORT = re.compile(r"工作报告|报告|(?:总结|汇报)了?.{0,12}工作")


def report_before(previous: list[SpeakerView], role: str, kind: str) -> str:
    """The noun of the report a government leader speaks after (工作报告, 报告), or "" (then the speech
    reviews the year itself: the bureau head's own report, or a meeting where nobody reported)."""
    if role != voice.GOVERNMENT or kind not in ("annual_conference", "midyear_review"):
        return ""
    for s in previous:
        # a 汇报 of the half-year's work is not agreed with (context.SpeakerView.agreeable) but reviewed the period all the same
        if _REPORT.search(s.content) and (s.agreeable or re.match(r"(?:汇报|总结)", s.content)):
            return "工作报告" if "工作报告" in s.content else "报告" if "报告" in s.content else "汇报"
    return ""


def insurance_before(previous: list[SpeakerView], date: dt.date) -> str:
    """The 医保 body whose 通报 a government leader answers in his own words (县医保局 通报了医保基金监管情况 →
    a paragraph on 医保基金监管), or "".  医保局 are the 2018–2019 institutional reform's: none before."""
    if date < dt.date(2019, 1, 1):
        return ""
    for s in previous:
        if "医保" in s.content or "医疗保障" in s.content:
            m = re.match(r"(.*?(?:医保局|医疗保障局))", s.title)
            return m.group(1) if m else "医保部门"
    return ""


def brief_texts(view: BriefView) -> list[str]:
    """The secretary's own statements (problems, results, items, targets): what says whether a 区 has towns."""
    out = [*view.problems]
    for r in view.achievements:
        out += [*r.results, *r.setbacks, *r.facts]
    for t in view.priorities:
        out += [*t.items, *t.targets]
    return out


def plan(brief: Brief, sections: list[tuple[str, bool]], extra_areas: int = 0,
         answer_table: Sequence[Mapping[str, Any]] = ()) -> Plan:
    """The plan of ``brief``'s speech; ``sections`` are the kind outline's (template, numbered) in order;
    ``extra_areas``: standing areas beyond the brief's (see _tasks); ``answer_table``: the templates' answers to
    problems (PROBLEM_ANSWERS), which say whether a gap of a problem has an answer of its own (compose.gaps)."""
    view = brief_view(brief)
    date = era.meeting_date(brief)
    kind = brief.kind
    target = brief.target_length
    shares = _SHARES.get(kind, {})
    roles = [(_TEMPLATE_ROLE.get(t, t.removesuffix(".j2")), t, numbered) for t, numbered in sections]
    total = sum(shares.get(r, .1) for r, _, _ in roles) or 1
    reviews = _review(view, kind)
    budgets = {r: target * shares.get(r, .1) / total for r, _, _ in roles}
    level = brief.region.level or "区"
    role = voice.role_of(brief.speaker.title, brief.speaker.on_behalf_of or "", level)
    after = report_before(view.previous_speakers, role, kind) if reviews else ""
    insurance = insurance_before(view.previous_speakers, date) if after else ""
    # A review says the brief's figures and one framing line per area, no more (issue 13: no claims
    # nobody gave): its budget is what the data fills, and the rest goes to the tasks.
    for r in ("review", "retrospect"):
        if r in budgets:
            need = 260 + 30 * len(view.problems) + sum(
                90 + sum(len(x) for x in (*v.results, *v.setbacks, *v.facts)) for v in reviews)
            if r == "retrospect":
                # a report's areas are headed (a line each, no 各项工作按要求落实 filler since the fifteenth reading)
                # and its lessons drawn: measured on the shipped and bench reports, the part runs ~560 characters
                # beyond the brief's own data, not the ~1,250 this said before
                need += 150 - 45 * len(reviews)
            if after:
                # the report's figures are not recited again: a headline line, the problems, and what the
                # government will do about them (编制, 投入, 部门; 医保 after a 医保 通报)
                need = 600 + 40 * len(view.problems) + (240 if insurance else 0) + sum(
                    sum(len(x) for x in (*v.results, *v.setbacks, *v.facts)) for v in reviews)
            if need < budgets[r]:
                spare = budgets[r] - need
                if after and "safeguards" in budgets:
                    # what only the government can order (部门协同, 投入, 人事) is the safeguards' to say
                    extra = min(spare, budgets["safeguards"] * .6)
                    budgets["safeguards"] += extra
                    spare -= extra
                budgets["tasks"] = budgets.get("tasks", 0) + spare
                budgets[r] = need
    held = kind not in ("pledge", "address") and len(reviews) >= AREAS_FOR_LENGTH \
        and len(view.priorities) >= AREAS_FOR_LENGTH
    # a brief held to its length and short of it first says more on its own items (deep); only then is a standing area
    # added, one fewer than asked (the twenty-ninth reading: a whole 医改 or 人才 section the brief never asked for,
    # 30–45% of the task part standing material)
    deep = held and extra_areas > 0 and kind in DEEP_KINDS
    # … then more standing items inside the brief's own areas (room) before any whole standing area: the first
    # DEEP_STEPS steps of core.compose's search stay within the brief's areas
    # (a standing area added after them comes with the usual standing items: one more beside the brief's items in each
    # of its areas said 家庭医生签约 in 基层 and again in the added 医改, b22)
    room = extra_areas if deep and extra_areas <= DEEP_STEPS else 0
    areas = max(0, extra_areas - DEEP_STEPS) if deep else extra_areas
    task_views = _tasks(view, kind, brief.region.level or "区", date, brief.target_length, areas,
                        naming=brief.naming_date, budget=budgets.get("tasks", 0))
    # a problem joining two gaps (基层首诊率不高，糖尿病患者随访管理还有差距) is answered gap by gap, each by the task
    # it belongs to (compose.gaps); a problem of one gap goes whole, as the brief says it
    # (a gap the answer table has nothing for stays with its neighbour: split off, it would be named and left)
    def known(gap: str) -> bool:
        return next(entries_of(gap, answer_table, date), None) is not None

    # … and two gaps about one subject stay one (消防设施老化，安全隐患整改不及时: the 消防 answer names 安全隐患): the
    # most specific answer of one names the other's subject, in the words before its shortfall (not a shortfall word
    # such as the 首诊 answer's 差距, which 糖尿病患者随访管理还有差距 only says of itself)
    def one_subject(first: str, second: str) -> bool:
        for one, other in ((first, second), (second, first)):
            entry = next((e for e in entries_of(one, answer_table, date) if not is_catch_all(e)), None)
            if entry is None:
                continue
            subject = subject_of(other)
            if (any(w in subject for w in entry.get("when") or ())
                    and any(e is entry for e in entries_of(other, answer_table, date))):
                return True
        return False

    gaps = tuple((p, gaps_of(p, known, one_subject) if answer_table else gaps_of(p)) for p in view.problems)
    def answer_heading(gap: str) -> str:
        entry = next(entries_of(gap, answer_table, date), None)
        return str(entry.get("heading") or "") if entry else ""

    siblings = {g: [o for o in gs if o != g] for _, gs in gaps for g in gs if len(gs) > 1}
    parents = {g: p for p, gs in gaps for g in gs if g != p}
    answers, left = _answer(list(dict.fromkeys(g for _, gs in gaps for g in gs)), task_views,
                            prefer_brief=kind != "work_report", heading_of=answer_heading if answer_table else None,
                            siblings=siblings, parents=parents)
    # a gap no entry answers, split from a problem the brief's own item of its task names (启动镇卫生院住院楼改造 for 镇卫生院
    # 住院楼建于本世纪初，病房设施陈旧): that item is its answer, and no honest 前面讲到的…问题，…要抓紧抓实 is said of it
    # (read67's u6)
    if answer_table:
        def unanswered(gap: str) -> bool:
            # (an entry with no township wording is no township's to say: answers.Answers refuses it there)
            return not any(not levels.is_township(level) or e.get("town")
                           for e in entries_of(gap, answer_table, date))
        answers = [tuple(g for g in a if not (g in parents and unanswered(g)
                                              and _by_own_words(parents[g], [task_views[i]]) is not None))
                   for i, a in enumerate(answers)]
    if view.problems and not left and "situation" in budgets and "tasks" in budgets:
        # the problems are all answered in the tasks: the situation has none of its own to name, and what it would
        # say in their place is the 形势 filler the readers mark first (高风险行业, 政策红利); the tasks say it
        moved = budgets["situation"] * SITUATION_TO_TASKS
        budgets["situation"] -= moved
        budgets["tasks"] += moved
    parts = tuple(PartPlan(r, t, int(budgets[r]), numbered) for r, t, numbered in roles)
    # _answer gives one answer tuple per task
    shapes = task_shapes(task_views, answers)
    stage = pandemic_stage(date)
    head = headline_area(task_views, stage, kind)
    weights = area_weights(task_views, answers, head)
    tasks_budget = next((p.budget for p in parts if p.role == "tasks"), 0)
    tasks = tuple(TaskPlan(replace(t, answers=a), a, shape, int(tasks_budget * w / (sum(weights) or 1)), i == head)
                  for i, (t, a, shape, w) in enumerate(zip(task_views, answers, shapes, weights, strict=True)))
    safeguards = _safeguards(kind, view.main_topic.key, {t.topic.key for t in task_views},
                             next((p.budget for p in parts if p.role == "safeguards"), 0), role)
    missing = []
    if kind not in ("pledge", "address"):
        if len(reviews) < AREAS_FOR_LENGTH:
            missing.append("工作成绩（至少三个领域的指标和亮点）")
        if len(view.priorities) < AREAS_FOR_LENGTH:
            missing.append("重点任务（至少三个领域的举措和目标）")
        if not view.problems:
            missing.append("存在问题")
    # what the brief lacks is what would lengthen it; one lacking neither is held to its length (issue 13: ±15%: held)
    rural = levels.mentions_villages([brief.region.name, *brief_texts(view)])
    county_city = levels.is_county_city(level, brief.region.parent)
    planned = era.brief_plan_year(brief)
    return Plan(kind=kind, date=date, framing=era.year_framing(date, brief.region.level, planned),
                department=era.department_word(brief.naming_date, level), meeting=era.meeting_name(brief), target=target,
                level=level, parts=parts, reviews=tuple(reviews), tasks=tasks,
                situation_problems=tuple(left), safeguards=safeguards,
                actors=units(level, brief.naming_date, rural=rural, role=role, county_city=county_city), voice=role,
                rural=rural, naming=brief.naming_date, ahead=planned > date.year,
                party=levels.speaks_for_party(brief.speaker.on_behalf_of),
                county_city=county_city, missing=tuple(missing),
                above=levels.above_word(level, brief.region.parent) if brief.region.parent else "",
                pandemic=stage,
                pandemic_review=reviews_pandemic(kind, date), after_report=after, answers_insurance=insurance,
                extra_areas=areas, held_to_length=held, deep=deep, room=room,
                subject_field=tuple(sorted(meeting_field(kind, era.meeting_name(brief), view.main_topic.key))),
                gaps=gaps)


def metric_text(m: Metric) -> str:
    """Value and unit as typed (for checks)."""
    return value_text(m)


# A brief item's numbered heading of its own needs this many sentences under it (an answer to the brief's problem on
# its subject counts as one): 二是推进医联体建设。 and one line, or 此外，还要… with none, is what readers found (issue 13;
# bench/bench_items.py counts them).
ITEM_OWN_LEAST = 2
# … and a heading names at most this many brief items once joined (一是A，B。): three read as a list, not a task.
JOINED_MOST = 2


@dataclass
class JoinedRun:
    """A numbered item as a subsection says it: ``named`` the brief items its heading names (one, or a thin one
    joined to its neighbour), ``item`` the first of them (what ``under`` and the template look it up by)."""

    item: str
    targets: list[str]
    measures: list[str]
    breaks: list[int]
    named: list[str]


def _same_business(one: str, other: str) -> bool:
    """Whether two brief items of one area are on one business: a narrow idea or a named area in common."""
    return bool(ideas_of(one) & ideas_of(other)) or bool(areas_named(one) & areas_named(other))


class _Run(Protocol):
    """A numbered item as serve and the template hand it over (picker.ItemRun, or the template's namespace)."""

    @property
    def item(self) -> str: ...

    @property
    def targets(self) -> Sequence[str]: ...

    @property
    def measures(self) -> Sequence[str]: ...

    @property
    def breaks(self) -> Sequence[int]: ...


def joined_runs(runs: Sequence[_Run], items: Sequence[str], under: Mapping[str, str],
                bare: Sequence[str] = (), fed: Mapping[str, int] | None = None
                ) -> tuple[list[JoinedRun], list[JoinedRun]]:
    """``runs`` (a subsection's numbered items, in order) with every brief item said in fewer than ITEM_OWN_LEAST
    sentences joined to a neighbouring item (一是推进医联体建设，深化紧密型县域医共体建设。 and the measures of both):
    one on the same business (its heading's items or one of its measures serving the item: 开展省级卫生镇创建 with the
    standing 抓好环境卫生整治, whose 各乡镇要推进卫生城镇创建 is on it); each of ``bare`` (brief items with nothing to
    say) is named in such an item's heading likewise.  The brief items that found none are returned apart (with their
    one measure, if any), to be said in the subsection's lead: never a heading of their own with one line, never
    此外，还要… after the rest.  The brief's item is named first in a joined heading; two standing items are never
    joined.  ``fed`` counts, per brief item, the lines of what it consists of that finish will put under it
    (compose.item_content): those are its own sentences too."""
    fed = fed or {}
    out: list[JoinedRun] = []
    for r in runs:
        item = str(r.item)
        out.append(JoinedRun(item, list(r.targets), list(r.measures), list(r.breaks), [item]))

    def brief(j: JoinedRun) -> bool:
        return j.item in items

    def thin(j: JoinedRun, standing: bool = False) -> bool:
        return (brief(j) or standing) and j.item not in under \
            and len(j.measures) + fed.get(j.item, 0) < ITEM_OWN_LEAST and len(j.named) == 1

    def on_business(j: JoinedRun, name: str) -> bool:
        return all(_same_business(x, name) for x in j.named) or any(score(m, name) >= SERVES_AT for m in j.measures)

    def room(j: JoinedRun) -> bool:
        return len(j.named) < JOINED_MOST

    def merge(first: JoinedRun, second: JoinedRun) -> JoinedRun:
        at = len(first.measures)
        breaks = first.breaks + [at + b for b in second.breaks]
        if first.measures and second.measures and at + len(second.measures) > 4 and at not in breaks:
            breaks.append(at)       # the second item's measures open a paragraph of their own past four
        return JoinedRun(first.item, first.targets + second.targets, first.measures + second.measures, sorted(breaks),
                         first.named + second.named)

    k = 0
    while k < len(out):
        j = out[k]
        if not thin(j, standing=True):
            k += 1
            continue
        near = [n for n in (k - 1, k + 1) if 0 <= n < len(out) and room(out[n])]
        # only a neighbour on its business (一是加强护理队伍建设，推进日间手术。 over lines on 护理 alone was a heading
        # delivering half of itself: the thin item is said in the lead instead)
        pick = next((n for n in near if on_business(out[n], j.item) or not brief(j) and on_business(j, out[n].item)),
                    None)
        if pick is None:
            k += 1
            continue
        other = out[pick]
        # the brief's items first, in their order; a standing item's heading after them
        first, second = (other, j) if brief(other) and (pick < k or not brief(j)) or not brief(j) and pick < k \
            else (j, other)
        out[min(k, pick)] = merge(first, second)
        del out[max(k, pick)]
        k = min(k, pick) + 1
    # (a brief item with a measure of its own stays a numbered item beside the others: reading 44's r1 said
    # 推进县域医疗卫生次中心建设 as a bare sentence before 一是, a priority with no item; finish feeds it its area's unsaid
    # measures on its subject)
    # (… unless a brief item with nothing to say is left for the lead too: they are named together there, 今年要推进A、B,
    # the one measure said with them, rather than B bare beside a numbered A)
    lead = [j for j in out if thin(j) and len(out) > 1]
    # (… and only beside two items with measures of their own: beside one, the two are said as one item, 重点是A，B。,
    # below — 一是建成县域全民健康信息平台 then 二是加快推进信息化建设 split one subject)
    if not bare and not any(not j.measures for j in lead) \
            and sum(j not in lead and len(j.measures) >= ITEM_OWN_LEAST for j in out) >= 2:
        lead = [j for j in lead if not (brief(j) and j.measures)]
    out = [j for j in out if j not in lead]
    from .owned import fine_subjects

    def apart(j: JoinedRun, name: str) -> bool:
        # (each on a narrow business of its own: reading 47's r5 said 推行按疾病诊断相关分组付费改革 as one line inside
        # the 医共体 item, the business of 医保 inside a heading on the county's hospitals)
        mine, theirs = fine_subjects(name), fine_subjects("".join(j.named))
        return bool(mine and theirs and not mine & theirs)

    for name in bare:
        # (an item with nothing of its own adds no measures: a heading may name it as a third)
        home = next((j for j in out if len(j.named) <= JOINED_MOST and on_business(j, name) and not apart(j, name)),
                    None)
        if home is not None:
            home.named.append(name)
        elif name in items and any(apart(j, name) for j in out):
            # (a brief item on a business none of the others is on is a numbered item of its own, with nothing yet:
            # finish feeds it its subject's measures, never a 今年要着力… line inside another's)
            out.append(JoinedRun(name, [], [], [], [name]))
        elif lead:
            lead[0].named.append(name)
        else:
            lead.append(JoinedRun(name, [], [], [], [name]))
    named = [x for j in lead for x in j.named]
    if lead and len(out) == 1 and len(named) + len(out[0].named) <= JOINED_MOST + 1:
        # one numbered item left beside the lead: one item, not 今年要A。… 今年的重点是B。
        only = out[0]
        out = [JoinedRun(only.item, [t for j in lead for t in j.targets] + only.targets,
                         [m for j in lead for m in j.measures] + only.measures, [], named + only.named)]
        lead = []
    return out, lead
