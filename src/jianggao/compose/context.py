"""What the section templates see: slot values and brief data prepared as plain views (never template source)."""
from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..model import levels
from ..model.text import longest_run
from ..model.topics import classify, get_topic, resolve_topic
from .account import in_own_time, meanings, ration_meanings
from .era import area_name, brief_plan_year
from .item_content import in_window
from .numbers import (
    FigureShapes,
    five_year_plan,
    how_many,
    is_good_news,
    metric_phrase,
    target_phrase,
    value_text,
    year_goal,
    year_progress,
)
from .periods import figures_year, reviews_to_date
from .picker import TopicView

if TYPE_CHECKING:
    from ..model.brief import AchievementGroup, Brief, Metric, Priority

# The core areas a speech covers when the brief names no priorities: a sensible default set, not more
# as length grows (length grows by saying more about each, never by adding areas nobody asked for).
CORE_TOPICS = ("medical_reform", "public_health", "medical_services", "primary_care", "tcm", "maternal_child")
# Work areas a special-topic meeting leans on when the brief names none.
SPECIAL_DEFAULT = "patriotic_health"


def _spoken_name(key: str) -> str:
    """The short name a speaker says for a registered area: 医改 rather than 深化医药卫生体制改革."""
    t = get_topic(key)
    short = {"medical_reform": "医改", "disease_control": "疾病预防控制", "emergency": "卫生应急",
             "party_building": "党建和党风廉政建设"}
    return short.get(key, t.name)


def topic_view(typed: str, date: dt.date | None = None) -> TopicView:
    """The area a secretary typed: registered ones keep her wording (a registry name of a later date than the
    speech in the date's form: era.area_name); unknown ones are drafted generally."""
    t = resolve_topic(typed)
    name = plain(typed.strip().removesuffix("工作") or typed.strip())
    if t is None:
        return TopicView("general", name, known=False)
    return TopicView(t.key, area_name(t.key, name, date))


def default_topic(key: str, date: dt.date | None = None) -> TopicView:
    """A registered area the brief did not name, under its spoken name on ``date`` (计划生育 before 2018: era.area_name)."""
    return TopicView(key, area_name(key, _spoken_name(key), date))


def speaker_unit(title: str, bureau: str) -> str:
    """The unit a work report is given for: the speaker's own (市卫生健康委员会主任 → 市卫生健康委员会),
    else the level's health bureau."""
    # (a hospital's, a 卫生院's or a 监督所's head speaks for it: 县人民医院院长 → 县人民医院, not the bureau that called
    # the meeting; the twenty-seventh reading's p6, 我代表县卫生健康局作表态发言 in a 院长's mouth)
    m = re.match(r"^(.*?(?:委员会|卫健委|卫计委|卫生计生委|卫生健康委|局|中心|办公室|医院|卫生院|保健院|所|站))", title or "")
    return m.group(1) if m and len(m.group(1)) > 2 else bureau


def plain(text: str) -> str:
    """Brief text made safe for the line markup (¶ and # are markup; briefs never need them)."""
    return text.replace("¶", "").replace("#", "＃")


# What a special meeting's name says it is about, once its year, scope, season and kind of meeting are taken off
# (2025年全区夏季爱国卫生运动暨蚊媒传染病防控工作会议 → 爱国卫生运动暨蚊媒传染病防控): the opening's 专题研究部署…工作 says
# this, not the first priority's topic (reading 39: 专题研究部署公共卫生工作 at a 爱卫/蚊媒 meeting).
_MEETING_HEAD = re.compile(r"^(?:\d{4}年(?:度|上半年|下半年)?)?"
                           r"(?:全[省市州盟区县旗镇乡](?:卫生健康|卫生计生|卫生)?系统|全[省市州盟区县旗镇乡]|全街道|全系统)?"
                           r"(?:春季|夏季|秋季|冬季|冬春季|夏秋季)?")
# (a 动员大会 too: fresh21 r4's 明确爱国卫生运动暨创建省级卫生县城动员大会工作的重点任务)
_MEETING_TAIL = re.compile(r"(?:工作)?(?:推进大会|推进会议|推进会|动员部署会议|动员部署大会|动员大会|动员会议|动员会|"
                           r"部署会议|部署会|现场会|视频会议|电视电话会议|专题会议|联席会议|调度会议|调度会|座谈会|"
                           r"培训会|表彰大会|大会|会议)$")
MEETING_SUBJECT_MAX = 24


def meeting_subject(meeting: str) -> str:
    """The business a meeting's name says it is about, without 工作 ("" where the name gives none that reads, or one
    longer than MEETING_SUBJECT_MAX)."""
    name = _MEETING_TAIL.sub("", _MEETING_HEAD.sub("", plain(meeting).strip()))
    # (two meetings in one, …推进会暨…动员会: each business without its meeting word — fresh62's v4 read
    # 专题研究部署创建国家卫生县城推进会暨第27个爱国卫生月活动工作)
    name = "暨".join(re.sub(r"工作$", "", _MEETING_TAIL.sub("", part)) for part in name.split("暨"))
    name = re.sub(r"工作$", "", name)
    return name if 2 <= len(name) <= MEETING_SUBJECT_MAX and not re.search(r"[，。；、\s]", name) else ""


def clause(text: str) -> str:
    """Brief free text as a clause inside a sentence: no closing punctuation."""
    return plain(text).strip().rstrip("。；;，,！!")


def level_word(level: str) -> str:
    """The administrative word used in 区委 / 县政府: 市辖区 speaks as 区 (the level model decides)."""
    return levels.word(level)


def org_slots(brief: Brief) -> dict[str, str]:
    """{org} {party} {government} {bureau} from the level model, unless the brief names on_behalf_of."""
    level = brief.region.level or "区"
    b = levels.bodies(level)
    # A township has no health department of its own: its health work is led by its 卫生院 (社区卫生服务中心).
    # (named as the brief names it: levels.naming_date)
    bureau = levels.department(level, brief.naming_date, short=True) or levels.units(level, brief.naming_date).grassroots[0]
    org = brief.speaker.on_behalf_of or b.both
    return {"org": plain(org), "party": b.party, "government": b.government, "bureau": bureau}


def slot_values(brief: Brief, *, parts: int, topic: TopicView) -> dict[str, str | None]:
    """Values for every registered slot; None where the brief gives nothing (phrases needing it are skipped)."""
    person = None
    if brief.previous_speakers:
        person = brief.previous_speakers[0].name + "同志"
    values: dict[str, str | None] = {
        "region": brief.region.name,
        "region_short": brief.region.short,
        "level": level_word(brief.region.level or "区"),
        "scope": brief.region.scope,
        "year": str(brief_plan_year(brief)),
        "prev_year": str(brief_plan_year(brief) - 1),
        "meeting": brief.meeting_name,
        "topic": topic.name,
        "speaker": brief.speaker.name or None,
        "person": person,
        "count": how_many(parts) if 0 < parts < 100 else None,
    }
    values.update(org_slots(brief))
    return {k: plain(v) if v else v for k, v in values.items()}


@dataclass(frozen=True)
class ResultsView:
    """Last year's results in one area: metric clauses split into good news and setbacks, and facts."""

    topic: TopicView
    results: tuple[str, ...] = ()
    setbacks: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    # the results the year's targets measure (a half-year meeting weighs them): (measure, target as said, verdict
    # met | short | half | behind, (share done, gap left): numbers.year_progress), see numbers.year_goal
    goals: tuple[tuple[str, str, str, tuple[str, str]], ...] = ()
    # what the figures and facts mean for the people they count, a sentence each (compose.account; reading 45)
    meanings: tuple[str, ...] = ()

    @property
    def has_data(self) -> bool:
        return bool(self.results or self.setbacks or self.facts)


@dataclass(frozen=True)
class TasksView:
    """This year's work in one area: measures, target clauses (力争…), and whether the brief named it."""

    topic: TopicView
    items: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    from_brief: bool = True
    answers: tuple[str, ...] = ()       # the brief's problems this area's work takes up (see plan)


@dataclass(frozen=True)
class SpeakerView:
    """Someone who spoke before (刚才，李华同志作了工作报告)."""

    name: str
    title: str
    content: str

    @property
    def agreeable(self) -> bool:
        """Whether one agrees with what was given (我完全同意): a report or a speech, not a 通报 of figures, a
        宣读 of a document or an 介绍 of someone's experience."""
        # (named by its end too: 上半年工作情况通报, sec49's g5, was agreed with and 遵照执行'd)
        # (… nor one who 就…作了交流发言: fresh62's v3 agreed with a hospital's 交流 and asked all to 贯彻落实 it)
        return not re.match(r"(?:通报|宣读|介绍|传达|汇报|解读|说明|交流)", self.content) \
            and not re.search(r"(?:通报|汇报|说明|介绍|解读)$|交流发言|经验交流|作了交流|典型发言|表态发言", self.content)

    @property
    def progress(self) -> bool:
        """Whether what was given is a 通报 of how the work stands (通报了上半年…进展情况): it is checked against
        (对照…查找差距), not 领会'd or 落实'd (the thirty-ninth reading)."""
        return bool(re.match(r"通报", self.content) or re.search(r"情况通报$|进展通报$", self.content))


@dataclass
class BriefView:
    """The brief as template data: names, lists of clauses, and the topics each part covers."""

    region: str
    region_short: str
    scope: str
    level: str
    year: int
    prev_year: int
    meeting: str
    speaker: str
    speaker_title: str
    org: str
    party: str
    government: str
    bureau: str
    main_topic: TopicView
    speaker_unit: str
    plan: tuple[str, str] | None
    congress: str | None = None
    department: str = "卫生健康"
    voice: str = ""                 # whom the speaker represents (我代表…): see core._voice_of
    previous_speakers: list[SpeakerView] = field(default_factory=list)
    achievements: list[ResultsView] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    priorities: list[TasksView] = field(default_factory=list)
    closing: str = ""
    parent: str = ""                # the level above the brief names (a pledge at its meeting names its place)
    above: str = ""                 # a township's level above, as its departments are named (县住建局, 区城管局)
    to_date: bool = False           # the figures are of the year so far (periods.reviews_to_date: a special meeting from July)


def _results(metrics: list[Metric], said: set[str], compare: str = "同比",
             shapes: FigureShapes | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Metric clauses split into good news and setbacks; a metric the brief lists twice is said once.  The good news
    takes its shapes in turn from ``shapes`` (one for the whole speech), so that no shape runs more than twice."""
    good: list[str] = []
    bad: list[str] = []
    for m in metrics:
        plain_text = plain(metric_phrase(m, compare))
        if plain_text in said:
            continue
        said.add(plain_text)
        text = plain_text
        if shapes is not None and is_good_news(m) and metric_phrase(m, compare, 1) != metric_phrase(m, compare):
            text = plain(metric_phrase(m, compare, shapes.next()))
        (good if is_good_news(m) else bad).append(text)
    return tuple(good), tuple(bad)


def _once(texts: list[str], said: set[str]) -> tuple[str, ...]:
    """Brief clauses in order, each said once across the whole speech."""
    out = []
    for t in texts:
        if t and t not in said:
            said.add(t)
            out.append(t)
    return tuple(out)


# The broader area a special meeting's brief may file its work under, and the meeting's own subject that
# takes it over (a 疾控 meeting's 公共卫生 priority is its 疾病预防控制 work; the third session's readings found
# such a meeting drifting to 家庭医生, 院前急救, 卫生监督).
_NARROWED = {"disease_control": ("public_health",)}


def meeting_topic(brief: Brief) -> str | None:
    """The area a special meeting's own name says it is about (全县疾病预防控制工作会议 → disease_control)."""
    if brief.kind != "special_topic" or not brief.meeting:
        return None
    # the department's own name says no subject: a 2018 全县卫生计生系统安全生产工作会议 is on 安全生产, not 计生
    # (field16: its tasks were headed 人口家庭工作)
    found = classify(levels.DEPARTMENT_STEMS.sub("", brief.meeting))
    # (a name on two areas is on the one the secretary put first among her priorities: fresh60's t6, a 镇's
    # 家庭医生签约服务提质增效暨村卫生室规范化建设推进会 with 基层卫生 first, was a speech on 医改 by 签约's registry entry)
    if len(found) > 1 and brief.priorities:
        first = topic_view(brief.priorities[0].topic, brief.speech_date).key
        if first in found:
            return first
    return found[0] if found else None



def _in_meeting(view: TopicView, subject: str | None) -> TopicView:
    """An area as the special meeting on ``subject`` speaks of it (公共卫生 → 疾病预防控制 at a 疾控 meeting)."""
    if subject and view.key in _NARROWED.get(subject, ()):
        return default_topic(subject)
    return view


# The length of a campaign's name a meeting is called after that its speech may say as the subject of its work.
# (four: 免疫规划, 结核病防治 and 职业病防治 are campaigns of 公共卫生 as much as 医药领域腐败问题集中整治 is of 党建廉政: fresh64's
# x5 said 公共卫生工作 throughout its 免疫规划 meeting, read70)
CAMPAIGN_NAME = (4, 14)


def _several(name: str) -> bool:
    """Whether a meeting's subject joins several things (和, 与, 及): no one campaign."""
    return any(w in name for w in "和与及")


def _as_campaign(view: TopicView, brief: Brief) -> TopicView:
    """The meeting's area as the meeting names it where its name is one campaign of that area, longer than the area's
    own name (医药领域腐败问题集中整治 for 党建廉政: fresh61's u5 said 党建廉政工作 of its 集中整治 throughout)."""
    # (the region's own name said as 全县, as the templates do: fresh63 w3's 榆溪县紧密型县域医共体建设推进会 named its
    # area 榆溪县紧密型县域医共体建设, read 全县榆溪县医共体建设工作 once the term was said short)
    region = brief.region.name or ""
    named = meeting_subject((brief.meeting or "").replace(region, "全" + level_word(brief.region.level or "区"))
                            if len(region) >= 2 else brief.meeting or "")
    # (a meeting of two joined by 暨 is called after its first where the second is a part of the same area's work, not the
    # area itself: 免疫规划暨预防接种规范化管理 is 免疫规划 work; 普惠托育服务体系建设暨妇幼健康 is the area's, 妇幼健康, and
    # 新冠病毒疫苗接种暨常态化疫情防控和爱国卫生 spans areas)
    if "暨" in named:
        first, _, second = named.partition("暨")
        if view.name in second or _several(second) or classify(second)[:1] != classify(first)[:1]:
            return view
        named = first
    if not (CAMPAIGN_NAME[0] <= len(named) <= CAMPAIGN_NAME[1]) or _several(named) \
            or view.name in named or classify(named)[:1] != [view.key]:
        return view
    return TopicView(view.key, named, view.known)


def main_topic(brief: Brief) -> TopicView:
    """The area a special-topic speech is about: the subject its meeting's name gives, else its first
    priority or achievement, else 卫生健康."""
    subject = meeting_topic(brief)
    if subject:
        groups0: list[Priority | AchievementGroup] = [*brief.priorities, *brief.achievements]
        for group in groups0:
            view = topic_view(group.topic, brief.speech_date)
            if view.key == subject:
                return _as_campaign(view, brief)           # the secretary's own name for it
        return _as_campaign(default_topic(subject), brief)
    if brief.kind == "special_topic":
        groups: list[Priority | AchievementGroup] = [*brief.priorities, *brief.achievements]
        for group in groups:
            return topic_view(group.topic, brief.speech_date)
        return default_topic(SPECIAL_DEFAULT)
    return TopicView("general", "卫生健康")


def comparison_word(brief: Brief) -> str:
    """The one word a speech compares with last year in (issue 13: 同比 and 比上年 never both): 同比, unless
    the secretary's own text says 比上年 (or 较上年) and never 同比 — her words stand, so ours follow them."""
    typed = [*brief.problems, *(f for g in brief.achievements for f in g.facts),
             *(i for p in brief.priorities for i in p.items)]
    if any("同比" in x for x in typed):
        return "同比"
    return next((w for w in ("比上年", "较上年") if any(w in x for x in typed)), "同比")


def brief_view(brief: Brief) -> BriefView:
    """Everything the templates read about the brief, already phrased (metrics per GB/T 15835): made once per brief
    (plan and compose each ask, and compose words a brief held to its length up to six times); callers replace
    its fields (dataclasses.replace), never change them."""
    if _viewed and _viewed[0][0] is brief:
        return _viewed[0][1]
    view = _brief_view(brief)
    _viewed[:] = [(brief, view)]
    return view


_viewed: list[tuple[Brief, BriefView]] = []   # the last brief's view (the brief kept alive beside it)


def _one_per_area(views: list[Any]) -> list[Any]:
    """A brief's groups of one area said as one (its items, targets, results and facts in their order): a secretary
    who listed 信息化 twice among the priorities gets one 信息化 subsection, not two, nor 医改、信息化和信息化 (found
    by test_speech_contract's generated briefs)."""
    out: dict[str, Any] = {}
    for v in views:
        key = v.topic.name
        if key not in out:
            out[key] = v
            continue
        had = out[key]
        out[key] = replace(had, **{f: getattr(had, f) + tuple(x for x in getattr(v, f) if x not in getattr(had, f))
                                   for f in ("items", "targets", "results", "setbacks", "facts", "goals", "meanings")
                                   if hasattr(had, f)})
    return list(out.values())


# A running total (累计接种新冠病毒疫苗28.6万剂次) stands as of the day it was counted, not in the reviewed year.
_CUMULATIVE = re.compile(r"^(?:全[县区市旗镇])?累计")


def _cumulative_now(results: tuple[str, ...], past: bool) -> tuple[str, ...]:
    """``results`` with the running totals said last and as of now (截至目前，累计…) where the review covers a period
    already over (``past``): fresh60's t3, an April 2021 meeting, said 2020年累计接种新冠病毒疫苗28.6万剂次 of the
    total to its day, the year's opener taken by the first figure."""
    totals = [r for r in results if _CUMULATIVE.match(r)]
    if not past or not totals:
        return results
    rest = [r for r in results if not _CUMULATIVE.match(r)]
    return (*rest, "截至目前，" + totals[0], *totals[1:])


def _brief_view(brief: Brief) -> BriefView:
    orgs = org_slots(brief)
    achievements = []
    said: set[str] = set()
    compare = comparison_word(brief)
    shapes = FigureShapes()
    subject = meeting_topic(brief)
    groups: list[Priority | AchievementGroup] = [*brief.priorities, *brief.achievements]
    if any(topic_view(g.topic).key == subject for g in groups):
        subject = None            # the brief names the subject itself: its 公共卫生 stays a second area
    aims = {t.name: t for p in brief.priorities for t in p.targets}
    # the last day of the period the review covers: a fact naming an event begun after it is said in its own time
    # (account.in_own_time: 乙类乙管 in a report on 2022, reading 45)
    period_end = (dt.date(brief.speech_date.year, 6, 30) if brief.kind == "midyear_review"
                  else dt.date(brief_plan_year(brief) - 1, 12, 31))
    for g in brief.achievements:
        plain_facts = [clause(f) for f in g.facts]
        dated = [in_own_time(f, period_end, brief.speech_date) for f in plain_facts]
        # a fact said in its own later time goes last: the area's figures are not dated by it
        timed = [f for f, d in zip(plain_facts, dated, strict=True) if f == d] + \
            [d for f, d in zip(plain_facts, dated, strict=True) if f != d]
        good, bad = _results(list(g.metrics), said, compare, shapes)
        good = _cumulative_now(good, period_end < brief.speech_date)
        weighed = ((m, m.name, year_goal(m, aims[m.name])) for m in g.metrics if m.name in aims)
        # (name, target, verdict, (share done, gap left) or ('', '')): a half-year meeting states both
        goals = tuple((plain(name), plain(w[0]), w[1], year_progress(m, aims[name]) or ("", ""))
                      for m, name, w in weighed if w)
        achievements.append(ResultsView(_in_meeting(topic_view(g.topic, brief.speech_date), subject), good, bad,
                                        _once(timed, said), goals,
                                        meanings(list(g.metrics), [clause(f) for f in g.facts], brief.region.scope)))
    last = {m.name: m for g in brief.achievements for m in g.metrics}
    # each target of the speech in its turn of wordings (numbers.target_phrase: 力争由X提高到Y six times was a form)
    # (from the target's own name too: a brief of one target is not always 力争由X提高到Y)
    turns = {id(t): n + zlib.crc32(t.name.encode()) for n, t in enumerate(t for p in brief.priorities for t in p.targets)}
    midyear = brief.kind == "midyear_review"
    planned = brief_plan_year(brief)   # a December meeting plans the next year
    to_date = reviews_to_date(brief.kind, brief.speech_date, planned)
    of_year = figures_year(planned, to_date)
    priorities = [TasksView(_in_meeting(topic_view(p.topic, brief.speech_date), subject), _once([clause(i) for i in p.items], said),
                            _once([plain(target_phrase(t, last.get(t.name), turn=turns[id(t)], midyear=midyear,
                                                       last_year=of_year < brief.speech_date.year))
                                   # (not one a brief item sets in its own words: 新农合人均筹资标准提高到340元 was
                                   # followed by …筹资标准要在290元的基础上提高到340元, fresh56's p1)
                                   for t in p.targets if not _item_sets(t, p.items)], said))
                  for p in brief.priorities]
    areas = _one_per_area(achievements)
    areas = [replace(a, meanings=m) for a, m in zip(areas, ration_meanings([a.meanings for a in areas]), strict=True)]
    return BriefView(
        achievements=areas, priorities=_one_per_area(priorities),
        region=plain(brief.region.name), region_short=plain(brief.region.short or brief.region.name),
        scope=brief.region.scope, level=level_word(brief.region.level or "区"),
        year=planned, prev_year=planned - 1, meeting=plain(brief.meeting_name),
        speaker=plain(brief.speaker.name), speaker_title=plain(brief.speaker.title),
        org=orgs["org"], party=orgs["party"], government=orgs["government"], bureau=orgs["bureau"],
        main_topic=main_topic(brief), plan=five_year_plan(planned),
        speaker_unit=plain(speaker_unit(brief.speaker.title, orgs["bureau"])),
        parent=plain(brief.region.parent or ""),
        above=levels.above_word(brief.region.level or "区", brief.region.parent),
        previous_speakers=[SpeakerView(plain(s.name), plain(s.title), clause(s.content)) for s in brief.previous_speakers],
        problems=list(_once([clause(p) for p in brief.problems], said)),
        closing=clause(brief.closing or ""), to_date=to_date,
    )


# Verbs a measure opens with in the speeches (推进…, 实施…); a brief item that opens otherwise is a
# name (改善医疗服务行动计划) and is said as what is done with it (落实改善医疗服务行动计划).
_MEASURE_VERB = re.compile(
    r"^(?:保持|守住|维持|降低|减少|控制|缩短|推进|推动|实施|有序|科学|依法|精准|开展|加强|强化|完善|健全|深化|落实|做好|做实|抓好|扎实|巩固|提升|提高|建设|建立|创建|启动|扩大|"
    r"规范|优化|稳妥|稳步|持续|全面|加快|积极|深入|大力|着力|切实|严格|严厉|守牢|筑牢|织密|织牢|力争|确保|实现|新建|改扩建|"
    r"组建|引进|培养|培育|招聘|打造|构建|探索|发展|促进|保障|提供|开通|上线|整治|打击|防控|防治|普及|宣传|组织|召开|举办|"
    r"完成|争创|迎接|配合|支持|统筹|办好|办实|用好|管好|补齐|夯实|聚焦|突出|坚持|继续|进一步|全力|加大|拓展|延伸|下沉|"
    r"整合|改革|改善|改造|修订|制定|出台|编制|研究|谋划|部署|落地|试点|推广|覆盖|签约|筛查|接种|救治|监测|培训|轮训|"
    r"调整|融入|推行|实行|执行|贯彻|引导|鼓励|增加|新增|扩建|建成|投用|启用|畅通|弘扬|传承|创新|应对|处置|清理|化解|压减|"
    r"减轻|兜牢|守好|织密|扩容|提质|改进|攻坚|派驻|选派|帮扶|对口|"
    # (opening a way through: fresh59's s5 read 抓好打通区属医院与社区卫生服务中心信息系统)
    r"打通|贯通|联通|疏通|理顺|破解|消除|"
    # (read66: 抓好丰富个性化签约服务包)
    r"丰富|拓宽|盘活|"
    # (read67's u5: 抓好严查“带金销售”…, 抓好保护医务人员干事创业的积极性)
    r"严查|严惩|查处|查办|保护|维护|区分|把握|压实|"
    # opening or equipping something (开设中医综合服务区: fresh18's pledge read 抓好开设中医综合服务区)
    r"开设|设立|增设|开办|配备|配齐|购置|添置|招收|招录|充实|"
    # (认真贯彻…, 严防…: reading 38's 抓好认真贯彻《医疗保障基金使用监督管理条例》 and 抓好严防登革热…本地传播)
    r"认真|严防|严控|严守|坚决|防范|预防|清除|遏制|阻断|杜绝|加紧|广泛|"
    # (read63: 抓好提前做好发热门诊…扩容准备, 推动会同教育部门开展…, 抓好倡导勤洗手…)
    r"提前|会同|倡导|协同|联合|"
    # (a unit's own part: fresh65 y5's pledge read 推动牵头推进医联体建设)
    r"牵头|带头|主动|"
    # (a scan of fresh52–57 at seed 2: 抓好多渠道扩大…, 抓好关心关爱…, 推动高标准完成…, 抓好综合治理…)
    r"多渠道|多措并举|关心|关爱|纵深|高标准|高质量(?=完成|推进|建设|发展)|综合(?=治理|施策|整治|防控|监管)|"
    # an adverb before the verb (主动融入…, 毫不放松抓好…, 动态调整…, 逐步推开…): the item already says what is done
    # (the thirtieth reading: 推动主动融入…, 抓好毫不放松抓好…, 抓好动态调整…)
    r"主动|毫不放松|动态|不断|逐步|分类|因地制宜|抓紧|加速|多措并举|分步|率先|"
    # (a role taken up, 发挥中医药在…中的独特作用: read57's g8 read 抓好发挥中医药…)
    r"发挥|激发|调动|增强|"
    # (…化 before the verb, 常态化做好疫情防控: fresh44's w2 read 抓好常态化做好疫情防控)
    r"(?:[\u4e00-\u9fff]{1,3}化、?){1,3}(?=做好|抓好|推进|开展|落实|实施|抓实|做实|推动|管理|防控)|"
    # a preposition framing the item's own verb (对登革热…病例落实“四早”, 按照…做好…, 结合…开展…, 对照…整改…: read61
    # read 抓好对…落实, 抓好按照, 推动结合, 推动对照)
    # (… or a clause of its own before it: 依托紧密型县域医共体，推动…, 结合“体重管理年”活动，开展…: fresh56's p5 read
    # 抓好依托…, 推动结合…)
    r"(?:对|按照|结合|对照|依托|围绕|通过|借助|以|为)[^，。；]{2,30}?，?"
    r"(?:落实|开展|推进|做好|抓好|实施|实行|推行|进行|整改|建立|完善|加强|提升|提高|实现|推动|组织|确保|做到|建成|纳入|助力|提供|"
    # (read65's s4: 抓好通过公开招聘、定向培养和乡镇卫生院派驻等方式配齐合格村医)
    r"配齐|配备|补齐|补充|充实|引进|培养|解决|保障|建设|设置|开设)|"
    # (… or a frame clause of its own, whatever follows: 按照上级统一部署，对…开展…; 结合老旧小区综合改造，同步…)
    r"(?:按照|根据|依照|结合|依托|围绕|借助|对照|对标)[^，。；]{2,30}，|"
    # (… and 在…上 before its verb: 在职称评聘、绩效工资分配上向基层倾斜, read63's q4 read 抓好在…)
    r"在[^，。；]{2,24}?[上中][^，。；]{0,6}?(?:倾斜|给予|加大|下功夫|用力|落实|体现|推行|实行|开展|推进|建立)|"
    # (… and 在 a place before its verb: 推动在3个小区开展生活垃圾分类试点)
    r"在[^，。；]{1,32}?(?:开展|推进|推行|实行|建立|设立|试点|实施|增设|新建|建设|开设|布设|推广|普及|应用|配备|配置)|"
    # (read64's readers: 抓好抓住…, 抓好采取…, 抓好以老年人…为重点…, 抓好足额储备…, 抓好严密防范…, 推动扩充…,
    # 抓好9月底前全面推开…)
    r"抓住|采取|扩充|足额|严密|全额|及时|尽快|以[^，。；]{1,16}为(?:重点|抓手|核心|突破口|载体)|"
    # (把…结合起来/纳入…/作为…: read67's u5 read 推动把集中整治与…主题教育结合起来)
    # (fresh62's v5: 抓好将传染病报告质量纳入…, 抓好用足用好…, 抓好每年至少组织一次…)
    r"将[^，。；]{2,44}?(?:纳入|作为|列入|融入|结合起来|落实到)|用足|每年|每季度|每月|每半年|"
    r"把[^，。；]{2,44}?(?:结合起来|统筹起来|贯通起来|衔接起来|纳入|作为|列入|融入|落实到|延伸到|覆盖到|做深|做实|做细|做好|抓实|抓好|管好|用好|讲透|讲清|落到实处)|"
    r"(?:\d{1,2}月|年)(?:底|中旬|上旬|下旬|中)?前|"
    # (… and a figure's own sentence, 人均基本公共卫生服务经费补助标准提高到50元: read63's q2 read 抓好人均…提高到50元)
    r"[^，。；]{2,24}?(?:提高到|提高至|提升到|达到|增加到|增至|降至|降低到|控制在|稳定在)[^，。；\d]{0,4}\d|"
    r"[一二三四五六七八九十两]+是)")


def _item_sets(target: Metric, items: Sequence[str]) -> bool:
    """Whether one of ``items`` names ``target`` and its figure (新农合人均筹资标准提高到340元)."""
    figure = value_text(target)
    # (the item may name the target without the programme's prefix: 政策范围内住院费用报销比例稳定在75%左右 sets 新农合
    # 政策范围内住院费用报销比例's 75%, read66's t1 said both, 稳定在 and 提高到)
    least = min(len(target.name), _ITEM_NAME_RUN)
    return any(figure in i and (target.name in i or longest_run(target.name, i) >= least) for i in items)


# The run of a target's name an item must say to be setting that target (its figure said too).
_ITEM_NAME_RUN = 10


def as_measure(item: str) -> str:
    """A brief item as a measure: as typed when it opens on a verb, else 落实/抓好 + the item."""
    named = re.search(r"(?:计划|方案|制度|政策|项目|工程|行动|规划|办法)$", item)
    # 改善医疗服务行动计划 opens on a verb but names a plan: 今年要着力改善医疗服务行动计划 reads as nonsense
    # (seventh reading); a plan is carried out, whatever its name opens on.
    # An adverb may come first (平稳有序实施全面两孩政策, 稳妥推进…制度): the item still says what is done with the plan
    # (a 2016 draft's 落实平稳有序实施全面两孩政策, 落实改革完善计划生育服务管理，全面实行生育登记服务制度).
    # (坚决打赢健康扶贫攻坚战，落实“三个一批”行动计划 opens on its own verb: not 实施坚决打赢…, readings 39 and 40;
    # nor 坚持计划生育基本国策，…实施“单独两孩”政策: fresh57's q1 read 落实坚持…)
    # (… but an item of clauses that opens on its own verb is what is done, whatever its last clause names: 新增流动医疗
    # 服务车，完善牧区巡回医疗制度 read 落实新增流动医疗服务车…, read66's t5)
    if named and "，" in item and _MEASURE_VERB.match(item):
        return item
    # (… nor one whose verb follows a frame of its own, 在…全面推行疾控监督员制度: fresh62's v5 read 落实在…)
    if named and re.match(r"(?:在|将|把|对|按照|结合|依托|围绕|通过)", item) and _MEASURE_VERB.match(item):
        return item
    if named and not re.match(r"(?:深入|全面|继续|持续|认真|扎实|平稳有序|稳妥有序|平稳|稳妥|稳步|有序|依法|积极|大力|切实|全力|"
                              r"加快|逐步|坚决|毫不放松)*(?:实施|落实|执行|推进|推行|开展|启动|制定|编制|完成|抓好|打赢|打好|"
                              r"推动|组织|健全|完善|建立|出台|贯彻|做好|做实|抓实|办好|用好|加强|强化|深化|规范|提高|提升|扩大|"
                              r"争取|巩固|严格|改革|实行|调整|整合|建好|管好|坚持|守住|守牢|兜牢)", item):
        return ("实施" if re.search(r"(?:计划|工程|项目|行动|规划)$", item) else "落实") + item
    if _MEASURE_VERB.match(item) or named:
        return item
    # an item of clauses in parallel whose later clause opens on a verb (…，推进电子健康档案向居民开放) says what is done
    # in its first too, whatever verb that one opens on: a secretary's items are 做甲，做乙 (牵头医院专家常驻社区，畅通双向
    # 转诊… read 抓好牵头医院专家常驻社区, fresh59's s5), and the list of verbs above never holds them all
    clauses = re.split(r"[，；]", item)
    # (… its verb perhaps after a manner word of two characters: 错峰组织企业专场接种, fresh60's t3)
    if len(clauses) > 1 and len(clauses[0]) <= 24 and any(_MEASURE_VERB.match(c) or _MEASURE_VERB.match(c[2:])
                                                          for c in clauses[1:] if len(c) > 3):
        return item
    # 镇卫生院创建社区医院: a subject with its own verb is pushed forward; a plain name is taken in hand; a state every
    # one of a kind is to reach (每个社区卫生服务中心至少配备1名…) is made sure of (read69's t4 read 抓好每个…).
    if re.match(r"每[个所家名户村一]|所有|全部|各[^项]", item):
        return "确保" + item
    return ("推动" if re.search(r"创建|建设|改造|实施|开展|达到|覆盖|完成", item) else "抓好") + item


def measures(items: Iterable[str]) -> str:
    """Brief items as a run of measures: 推进…，抓好…."""
    return "，".join(as_measure(i) for i in items)


# What each facet of a special meeting (templates/wording/facets.yaml, keyed by its heading's first wording) is
# about, as words a brief item or a measure on the same subject holds.  A special meeting's subsections are its
# items and the facets no item covers; a measure on a facet's subject is said under that facet, not in the first
# subsection's heap (a 2024 爱国卫生 meeting had 开展城乡环境卫生整洁行动 and 持续开展城乡环境卫生整治 as two
# subsections, and 病媒生物监测 in the first while 病媒生物防制 stood third).
FACET_SUBJECTS: dict[str, tuple[str, ...]] = {
    "持续开展城乡环境卫生整治": ("环境卫生", "环境整治", "整洁", "脏乱差", "卫生死角", "背街小巷", "农贸市场"),
    "科学开展病媒生物防制": ("病媒", "除四害", "消杀", "灭鼠", "蚊蝇"),
    "巩固提升卫生创建成果": ("卫生创建", "卫生县城", "卫生城市", "卫生乡镇", "卫生镇", "卫生村", "创卫", "复审",
                             "复评", "创建成果"),
    "广泛开展健康教育": ("健康教育", "健康素养", "健康知识", "健康科普", "健康生活方式", "文明健康"),
    "推进健康城市和健康村镇建设": ("健康城市", "健康村镇", "健康乡镇", "健康县城", "健康细胞", "健康社区",
                                   "健康村", "健康单位", "健康家庭"),
    "加快改善农村环境卫生": ("改厕", "厕所", "农村环境", "人居环境", "垃圾", "污水", "粪污"),
    "强化监测预警": ("监测预警", "预警", "哨点"),
    "抓好重点传染病防控": ("结核", "艾滋病", "肝炎", "重点传染病", "重大传染病", "包虫", "血吸虫", "布病"),
    "筑牢免疫屏障": ("免疫", "接种", "疫苗", "冷链"),
    "巩固免疫屏障": ("免疫", "接种", "疫苗", "冷链"),
    "做好慢性病综合防控": ("慢性病", "慢病", "高血压", "糖尿病", "心脑血管"),
    "做实慢性病综合防控": ("慢性病", "慢病", "高血压", "糖尿病", "心脑血管"),
    "加强疾控能力建设": ("疾控体系", "疾控机构", "疾控中心", "疾控能力", "实验室", "疾控改革", "疾控人员"),
    "提升疾控专业能力": ("疾控体系", "疾控机构", "疾控中心", "疾控能力", "实验室", "疾控改革", "疾控人员"),
    "织密传染病监测网络": ("监测预警", "传染病监测", "哨点", "网络直报", "疫情报告"),
    "推进医防协同": ("医防协同", "医防融合", "公共卫生科"),
    "深化公立医院综合改革": ("公立医院",),
    "健全药品供应保障体系": ("药品", "基本药物", "集采", "带量采购", "短缺药", "耗材", "配送"),
    "推动医保、医疗、医药协同发展": ("三医", "医疗、医保、医药", "医保、医疗、医药"),
    "深入开展控烟工作": ("控烟", "无烟", "吸烟", "烟草", "戒烟"),
    "提升应急处置能力": ("应急处置", "卫生应急", "突发公共卫生事件", "应急预案", "应急演练", "应急队伍", "应急物资"),
    "做好职业病防治": ("职业病", "职业健康", "职业卫生", "尘肺"),
    "稳妥推进医疗服务价格改革": ("医疗服务价格", "价格调整", "调价", "价格改革"),
    "推进分级诊疗": ("分级诊疗", "双向转诊", "基层首诊", "上下联动"),
    # (len26) a 医改 meeting's 综合监管 (one of its five systems), a 妇幼 meeting's and a township's own facets
    "健全综合监管制度": ("综合监管", "监督执法", "卫生监督", "非法行医", "基金监管", "行业监管"),
    "保障母婴安全": ("母婴安全", "孕产妇", "危重新生儿", "产前检查", "产后访视"),
    "加强出生缺陷综合防治": ("出生缺陷", "孕前优生", "产前筛查", "新生儿疾病筛查", "婚前"),
    "做实儿童健康服务": ("儿童健康", "儿童保健", "0至6岁", "新生儿访视", "生长发育"),
    "做好妇女健康服务": ("两癌", "妇女保健", "妇女常见病", "宫颈癌", "乳腺癌"),
    "健全妇幼健康服务体系": ("妇幼健康服务体系", "妇幼保健机构", "妇幼保健院", "妇幼保健站", "爱婴医院"),
    "加强村卫生室建设": ("村卫生室", "卫生室"),
    "稳定乡村医生队伍": ("乡村医生", "村医"),
    "做实基本公共卫生服务项目": ("基本公共卫生", "公共卫生服务项目", "公卫项目", "健康档案"),
    "做实家庭医生签约服务": ("签约", "家庭医生"),
    "提升乡镇卫生院服务能力": ("乡镇卫生院", "卫生院"),
}


# … and the facets of the subjects special meetings are held on beside the annual areas (f53: 党风廉政, 卫生监督, 安全
# 生产, 医疗质量, 计划生育, 健康扶贫, 老龄, 中医药, 健康促进, 卫生应急, 人才, 信息化): the same words, for facet_of
# only; the whole speech's narrow subjects (owned.SUBJECTS) stay those of the areas above.
SPECIAL_FACET_SUBJECTS: dict[str, tuple[str, ...]] = {
    "加强医疗卫生单位党组织建设": ("党组织", "党支部", "三会一课", "组织生活", "党员"),
    "落实党风廉政建设责任制": ("党风廉政建设责任", "主体责任", "一岗双责", "廉政谈话", "责任书"),
    "强化廉洁风险防控": ("廉洁风险", "廉政风险", "风险点", "内控"),
    "坚决纠治行业不正之风": ("不正之风", "红包", "回扣", "医药购销", "开单提成", "腐败"),
    "加强医德医风建设": ("医德医风", "职业道德", "九不准", "九项准则", "廉洁从业"),
    "持续改进工作作风": ("作风", "四风", "八项规定", "形式主义", "官僚主义"),
    "严格监督执纪问责": ("执纪", "问责", "纪检", "违纪", "警示教育"),
    "强化医疗机构依法执业监管": ("依法执业", "执业登记", "校验", "超范围执业", "执业资质"),
    "严厉打击非法行医": ("非法行医", "无证行医", "黑诊所", "游医"),
    "加强公共场所卫生监督": ("公共场所", "卫生许可", "住宿", "美容美发", "洗浴"),
    "保障生活饮用水卫生安全": ("饮用水", "供水", "水质"),
    "做好学校卫生监督": ("学校卫生", "托幼机构", "教学环境", "学校"),
    "加强放射卫生和职业卫生监督": ("放射", "职业卫生", "职业病危害"),
    "加强监督执法队伍建设": ("执法队伍", "执法人员", "监督员", "执法能力"),
    "压实安全生产责任": ("安全生产责任", "安全生产", "隐患排查", "安全检查"),
    "抓好消防安全": ("消防", "火灾", "疏散通道", "安全出口"),
    "管好危险化学品和特种设备": ("危险化学品", "危化品", "特种设备", "电梯", "压力容器", "氧气"),
    "规范医疗废物管理": ("医疗废物", "医废", "污水处理"),
    "加强医院治安防控": ("治安", "安检", "安保", "暴力伤医", "平安医院"),
    "妥善化解医疗纠纷": ("医疗纠纷", "医患纠纷", "人民调解", "医疗责任保险", "医疗事故"),
    "做好信访工作": ("信访", "来信来访", "群众诉求", "接访"),
    "严格落实医疗质量安全核心制度": ("核心制度", "医疗质量", "医疗安全", "质控", "病历"),
    "改善群众就医感受": ("就医感受", "就医体验", "预约诊疗", "便民", "改善医疗服务", "患者满意"),
    "促进临床合理用药": ("合理用药", "抗菌药物", "处方点评", "辅助用药"),
    "提升护理服务质量": ("护理", "护士", "优质护理"),
    "加强医院感染管理": ("院感", "医院感染", "感染防控", "消毒", "手卫生"),
    "加强临床专科建设": ("专科", "学科建设", "重点学科", "特色科室"),
    "做好无偿献血和临床用血": ("献血", "用血", "血液"),
    "依法落实生育政策": ("生育政策", "两孩", "二孩", "三孩", "生育登记", "再生育", "社会抚养费"),
    "综合治理出生人口性别比": ("性别比", "两非", "胎儿性别", "选择性别"),
    "落实计划生育家庭奖励扶助政策": ("奖励扶助", "扶助金", "奖扶", "独生子女"),
    "关爱计划生育特殊家庭": ("特殊家庭", "特别扶助", "失独", "伤残死亡"),
    "加强人口监测和形势研判": ("人口监测", "出生人口", "人口信息", "人口形势", "人口统计"),
    "夯实人口工作基层基础": ("计生队伍", "计生专干", "人口工作", "计生协会", "计划生育协会", "基层计生"),
    "增强家庭发展能力": ("家庭发展", "家庭健康", "托育", "婴幼儿照护", "幸福家庭", "育儿"),
    "落实综合医疗保障政策": ("医疗保障", "大病保险", "医疗救助", "一站式", "报销比例", "先诊疗后付费"),
    "分类救治患病困难群众": ("分类救治", "大病专项救治", "三个一批", "慢病签约", "兜底保障"),
    "补齐基层医疗卫生服务短板": ("空白点", "贫困村", "村卫生室", "对口帮扶"),
    "加强疾病预防和健康教育": ("地方病", "健康教育", "疾病预防", "健康促进"),
    "加强因病致贫返贫风险监测": ("返贫", "因病致贫", "监测对象", "动态监测", "预警"),
    "健全部门协作和督查机制": ("部门协作", "督查", "台账", "数据比对"),
    "做实老年人健康管理": ("老年人健康管理", "老年人体检", "65岁", "老年人健康"),
    "提升老年医疗服务能力": ("老年医学科", "老年友善", "老年病", "老年医疗"),
    "推进医疗卫生与养老服务结合": ("医养结合", "养老机构", "养老服务", "护理院"),
    "发展居家社区医疗服务": ("居家", "家庭病床", "上门服务", "上门"),
    "加强失能老年人健康照护": ("失能", "半失能", "长期照护", "安宁疗护", "康复护理"),
    "开展老年健康促进": ("老年健康教育", "老年健康促进", "老年健康知识"),
    "提升基层中医药服务能力": ("中医馆", "国医堂", "基层中医", "中医药服务"),
    "推广中医药适宜技术": ("适宜技术", "针灸", "推拿", "拔罐", "艾灸"),
    "加强中医医院建设": ("中医医院", "中医院", "中医专科"),
    "加强中医药人才培养": ("中医药人才", "师承", "中医医师", "确有专长"),
    "发挥中医治未病作用": ("治未病", "体质辨识", "养生保健"),
    "加强中药质量管理": ("中药", "饮片", "中药材", "中成药"),
    "弘扬中医药文化": ("中医药文化", "中医药知识"),
    "开展健康素养监测和促进": ("健康素养", "素养监测"),
    "多渠道普及健康知识": ("健康知识", "健康科普", "科普", "健康讲座"),
    "推进无烟环境建设": ("控烟", "无烟", "吸烟", "烟草", "戒烟", "电子烟"),
    "建设健康促进场所": ("健康促进医院", "健康促进学校", "健康促进场所", "健康单位", "健康促进县", "健康促进区"),
    "建强健康科普队伍": ("科普队伍", "健康教育队伍", "科普专家", "健康教育专业"),
    "倡导全民健康生活方式": ("健康生活方式", "合理膳食", "减盐", "体重", "全民健身"),
    "完善卫生应急预案体系": ("应急预案", "预案"),
    "建强卫生应急队伍": ("应急队伍", "应急演练", "演练", "应急小分队"),
    "做好应急物资储备": ("应急物资", "物资储备", "储备"),
    "强化突发事件监测报告": ("突发公共卫生事件", "突发事件报告", "监测报告", "风险评估"),
    "提升紧急医学救援能力": ("紧急医学救援", "院前急救", "急救", "120", "胸痛", "卒中"),
    "做好重大活动医疗卫生保障": ("重大活动", "医疗保障组", "医疗卫生保障"),
    "健全卫生应急工作机制": ("应急指挥", "应急机制", "联防联控", "应急管理"),
    "加大人才引进培养力度": ("人才引进", "引进", "招聘", "紧缺人才", "学科带头人"),
    "加强全科医生培养": ("全科医生", "全科"),
    "抓好住院医师规范化培训": ("规范化培训", "规培", "住院医师"),
    "提升乡村医生能力素质": ("乡村医生", "村医"),
    "抓好继续医学教育": ("继续医学教育", "在职培训", "岗位培训", "进修"),
    "完善人才评价激励机制": ("人才评价", "职称", "激励", "薪酬", "绩效工资"),
    "深化对口支援工作": ("对口支援", "对口帮扶", "支援", "下沉"),
    "建好用好区域卫生信息平台": ("信息平台", "全民健康信息", "区域卫生信息"),
    "推进电子病历和健康档案应用": ("电子病历", "电子健康档案", "健康档案"),
    "发展远程医疗服务": ("远程医疗", "远程会诊", "远程心电", "远程影像", "互联网诊疗"),
    "筑牢网络和数据安全防线": ("网络安全", "数据安全", "信息安全", "等级保护"),
    "优化预约诊疗和便民服务": ("预约诊疗", "分时段", "在线支付", "便民服务", "智慧医院"),
    "推动信息互联互通": ("互联互通", "信息共享", "数据共享", "检查检验结果互认"),
    "加强信息化统筹和保障": ("信息化建设", "信息化", "信息化人才"),
}


def facet_of(text: str, facets: Iterable[str]) -> int:
    """The index among ``facets`` (headings as facets.yaml words them, variants split by ‖) of the one whose
    subject ``text`` is about, or -1: the first facet holding the most of its subject's words wins."""
    best, most = -1, 0
    for i, heading in enumerate(facets):
        key = heading.split("‖")[0]
        words = FACET_SUBJECTS.get(key) or SPECIAL_FACET_SUBJECTS.get(key, ())
        n = sum(1 for w in words if w in text)
        if n > most:
            best, most = i, n
    return best


def facet_lines(text: str, facets: Mapping[str, Any], topics: Iterable[str]) -> list[str]:
    """The lines (lead and measures, each with its ‖ variants) of the facet of ``topics`` (facets.yaml's lists, the
    general one aside) whose subject ``text`` is about (facet_of), ``{t}`` filled with nothing: what a brief item
    naming that facet says first (开展病媒生物防制 the 病媒 facet's, 加强传染病监测预警 the 监测预警 facet's), a facet
    the brief names being that item's own and not a subsection beside it (tasks.j2)."""
    for key in topics:
        entries = [f for f in facets.get(key) or () if f]
        k = facet_of(text, [str(f[0]) for f in entries])
        if k >= 0:
            # (a dated line not yet read for its date, facets_on, is no line: its mapping never said as text)
            return [x for x in entries[k][1:] if isinstance(x, str) and "{t}" not in x]
    return []


# The facet lists an area's brief items may draw on (facets.yaml keys): its own, then its neighbours' (a 疾控 item on
# 应急 is the emergency list's; a public-health item on 免疫 the disease-control list's).
FACET_KIN: dict[str, tuple[str, ...]] = {
    "disease_control": ("disease_control", "public_health", "emergency"),
    "public_health": ("public_health", "disease_control", "emergency", "primary_care"),
    "emergency": ("emergency", "disease_control", "public_health"),
    "patriotic_health": ("patriotic_health", "health_promotion"),
    "health_promotion": ("health_promotion", "patriotic_health"),
    "medical_reform": ("medical_reform", "primary_care"),
    "primary_care": ("primary_care", "medical_reform"),
    "maternal_child": ("maternal_child", "primary_care"),
    "population_family": ("population_family", "maternal_child"),
}


# A subject with no facet list of its own heads the facets of its kin that are its business, before the general ones
# (len26: a 2024 控烟 meeting, its subject 健康促进, had 完善工作机制, 补齐短板弱项, 强化基础支撑, 推动创新发展 and
# 广泛发动群众参与 as five one-line subsections): (the kin's list, the heads, as facets.yaml first words them).
FACETS_BORROWED: dict[str, tuple[str, tuple[str, ...]]] = {
    # (not 广泛开展健康教育: that is the 健康促进 subsection itself, 普及健康知识和健康生活方式)
    "health_promotion": ("patriotic_health", ("深入开展控烟工作", "推进健康城市和健康村镇建设")),
    "emergency": ("disease_control", ("提升应急处置能力", "强化监测预警")),
}


def facets_on(facets: Mapping[str, Any], date: dt.date) -> dict[str, Any]:
    """``facets`` (facets.yaml) as said on ``date``: a line written as ``{text, from, to}``, as item_content.yaml
    dates one (a measure whose words hold only in its window: 大病专项救治 2017–2020, 防止因病返贫监测 from 2021), kept
    as its text inside its window and left out outside it; a plain line is kept as it is."""
    out: dict[str, Any] = {}
    for key, groups in facets.items():
        if not isinstance(groups, list):
            out[key] = groups
            continue
        out[key] = [[x["text"] if isinstance(x, Mapping) else x for x in group
                     if not isinstance(x, Mapping) or in_window(x, date)] if isinstance(group, list) else group
                    for group in groups]
    return out


def facets_of(key: str, facets: Mapping[str, Any]) -> list[Any]:
    """The facets a special meeting on ``key`` may open (templates/wording/facets.yaml): its own list, else the ones it
    borrows (FACETS_BORROWED), else the general list."""
    own = [f for f in facets.get(key) or () if f]
    if own:
        return own
    kin = FACETS_BORROWED.get(key)
    if kin is not None:
        heads = {h: i for i, h in enumerate(kin[1])}
        lent = [f for f in facets.get(kin[0]) or () if f and str(f[0]).split("‖")[0] in heads]
        if lent:
            return sorted(lent, key=lambda f: heads[str(f[0]).split("‖")[0]])
    return [f for f in facets.get("general") or () if f]


def facet_topics(keys: Iterable[str]) -> list[str]:
    """The facet lists (FACET_KIN) the brief items of areas ``keys`` draw on, each once, the areas' own first."""
    out: list[str] = []
    for key in keys:
        out += [k for k in FACET_KIN.get(key, (key,)) if k not in out]
    return out
