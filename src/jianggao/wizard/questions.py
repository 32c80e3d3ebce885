"""The wizard's questions, section by section, in the order a secretary thinks about a speech.

Each section reads its defaults from the answers so far (pre-filled by ``--from`` or an earlier pass)
and writes every answer back into them at once, so Ctrl-C never loses what was typed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..model.brief_rules import lower_is_better
from ..model.kinds import KINDS, resolve_kind
from .prompts import Prompter

BASIC, SPEAKER, PREVIOUS, ACHIEVEMENTS, PROBLEMS, PRIORITIES, LENGTH = (
    "基本信息", "讲话人", "前序发言", "工作成绩", "问题", "重点任务", "篇幅")
SECTIONS = (BASIC, SPEAKER, PREVIOUS, ACHIEVEMENTS, PROBLEMS, PRIORITIES, LENGTH)

# Which sections a kind asks: a 致辞 has no review or tasks; a 表态发言 pledges on tasks only.
KIND_SECTIONS = {
    "annual_conference": SECTIONS, "work_report": SECTIONS, "midyear_review": SECTIONS,
    "special_topic": SECTIONS,
    "pledge": (BASIC, SPEAKER, PREVIOUS, PRIORITIES, LENGTH),
    "address": (BASIC, SPEAKER, LENGTH),
}

UNITS = ("%", "‰", "万元", "亿元", "人", "人次", "万人次", "所", "家", "个", "张", "/10万", "岁")
NO_UNIT, OTHER_UNIT = "（无单位）", "（其他，自己输入）"
_OTHER = "__other__"  # questionary would turn a None value into the title


def topic_choices_title(key: str) -> str:
    """A topic as the checkbox lists it: 深化医药卫生体制改革（医改）."""
    from ..model.topics import get_topic

    t = get_topic(key)
    short = t.aliases[0] if t.aliases else ""
    return f"{t.name}（{short}）" if short and short != t.name else t.name


def topic_label(topic: str) -> str:
    """The short Chinese name written into the brief for a topic key (医改, 公共卫生 …)."""
    from ..model.topics import get_topic, resolve_topic

    t = resolve_topic(topic)
    if t is None:
        return topic
    t = get_topic(t.key)
    return t.aliases[0] if t.aliases else t.name


def check_field(model: type, data: dict, loc: tuple) -> str | None:
    """The Chinese problem with ``loc`` when ``data`` is validated by ``model`` (see wizard_answers)."""
    from .answers import problem_at

    return problem_at(model, data, loc)


def brief_value(field: str, typed: Any) -> Any:
    """The value the Brief itself makes of a validated answer (2027年 → 2027, "2027.0" → 2027)."""
    data = {"year": 2027, "region": {"name": "临江区"}, field: typed}
    return getattr(_brief_model().model_validate(data), field)


def _brief_model():
    from ..model.brief import Brief

    return Brief


def ask_basic(p: Prompter, a: dict, today=None) -> None:
    """Kind, year, region, meeting name (and, for a 专项 meeting, its work area)."""
    from ..model.brief import LEVELS, Region
    from .answers import default_year, try_brief

    known = resolve_kind(str(a.get("kind") or "annual_conference"))
    a["kind"] = p.select("讲话类型？", [(k.name, k.key, k.description) for k in KINDS],
                         default=known.key if known else "annual_conference")
    base = {"region": {"name": "临江区"}}
    # what the year means depends on the kind: a half-year meeting reviews 上半年 of its own year
    asked = {"midyear_review": "年份（召开半年推进会的年份；回顾的是当年上半年）：", "pledge": "年份（表态发言的年份）：",
             "address": "年份（致辞的年份）："}.get(a["kind"], "年份（要部署工作的年份；回顾的是上一年）：")
    year = p.text(asked, default=str(a.get("year") or default_year(today, a["kind"])), hint=True,
                  validate=lambda v: check_field(_brief_model(), {**base, "year": v}, ("year",)))
    a["year"] = brief_value("year", year)
    region = dict(a.get("region") or {})
    name = p.text("地区名称（如 临江区、江州市）：", default=region.get("name", ""),
                  validate=lambda v: "地区名称不能为空" if not v.strip() else
                  check_field(Region, {"name": v, "level": "区"}, ("name",)))
    if name != region.get("name"):
        region.pop("short", None)
        region.pop("level", None)
    region["name"] = name
    a["region"] = region  # kept at once: a draft saved at the next prompt has the region
    guessed = next((lv for lv in sorted(LEVELS, key=len, reverse=True) if name.endswith(lv)), None)
    region["level"] = p.select("行政级别？", [(lv, lv) for lv in LEVELS],
                               default=region.get("level") or guessed or "区")
    if a["kind"] == "special_topic":
        _ask_special_topic(p, a)
    suggested = try_brief({**a, "meeting": None})
    derived = suggested.meeting_name if suggested else ""
    meeting = p.text("会议名称：", default=a.get("meeting") or derived,
                     validate=lambda v: check_field(_brief_model(), {**base, "year": 2000, "meeting": v}, ("meeting",)))
    a["meeting"] = None if meeting in ("", derived) else meeting


def _ask_special_topic(p: Prompter, a: dict) -> None:
    """A 专项 meeting is about one work area: it becomes the first of this year's priorities."""
    from ..model.topics import TOPICS, resolve_topic

    priorities = list(a.get("priorities") or [])
    first = resolve_topic(priorities[0]["topic"]) if priorities else None
    key = p.select("专项会议是哪个领域的？", [(topic_choices_title(t.key), t.key) for t in TOPICS],
                   default=first.key if first else "patriotic_health")
    same = [x for x in priorities if resolve_topic(x["topic"]) is resolve_topic(key)]
    rest = [x for x in priorities if x not in same]
    head = same[0] if same else {}
    a["priorities"] = [{**head, "topic": topic_label(key)}] + rest


def ask_speaker(p: Prompter, a: dict) -> None:
    """Speaker, title, on whose behalf, date."""
    from ..model.brief import Speaker
    from .answers import parse_date, suggested_on_behalf

    sp = dict(a.get("speaker") or {})
    a["speaker"] = sp
    sp["name"] = p.text("讲话人姓名（可留空）：", default=sp.get("name", ""),
                        validate=lambda v: check_field(Speaker, {"name": v}, ("name",)))
    sp["title"] = p.text(f"讲话人职务（如 {_title_examples((a.get('region') or {}).get('level'), _speech_day(a))}）：",
                         default=sp.get("title", ""),
                         validate=lambda v: check_field(Speaker, {"title": v}, ("title",)))
    conference = a.get("kind") in ("annual_conference", "midyear_review", "special_topic")
    behalf = sp.get("on_behalf_of") or (suggested_on_behalf((a.get("region") or {}).get("level"), sp.get("title") or "")
                                        if conference else "")
    sp["on_behalf_of"] = p.text("代表谁讲话（可留空）：", default=behalf,
                                validate=lambda v: check_field(Speaker, {"on_behalf_of": v}, ("on_behalf_of",)))
    base = {"year": a.get("year", 2000), "region": {"name": "临江区"}}
    y = a.get("year", 2025)
    date = p.text(f"讲话日期（如 {y}-02-18 或 {y}年2月18日，可留空）：", default=a.get("date") or "",
                  validate=lambda v: check_field(_brief_model(), {**base, "date": parse_date(v)}, ("date",)))
    a["date"] = parse_date(date)


def _speech_day(a: dict) -> dt.date:
    """The day the speech is given, as far as the answers tell (the names of bodies follow it)."""
    try:
        return dt.date.fromisoformat(str(a.get("date")))
    except ValueError:
        return dt.date(int(a.get("year") or dt.date.today().year), 2, 1)


def _head_title(level: str | None, day: dt.date) -> str:
    """The health department's head at this level on this day: 县卫生健康局局长, 市卫生健康委主任; for a
    township (no department of its own) the head of its health centre: 镇卫生院院长."""
    from ..model import levels

    lv = level if level in levels.LEVELS else "区"
    if levels.word(lv) == "街道":
        return "街道社区卫生服务中心主任"
    dept = levels.department(lv, day, short=True)
    if dept is None:
        return f"{levels.units(lv, day).grassroots[0]}院长"
    return f"{dept}{'主任' if dept.endswith('委') else '局长'}"


def _title_examples(level: str | None, day: dt.date | None = None) -> str:
    """Titles a speaker at this level typically holds: 副市长、市卫生健康委主任 for a 市, 副镇长、镇卫生院院长
    for a 镇 (the department's name comes from the level model, as of the speech's day)."""
    from ..model import levels

    lv = level if level in levels.LEVELS else "区"
    w = levels.word(lv)
    head = _head_title(lv, day or dt.date.today())
    return f"街道办事处副主任、{head}" if w == "街道" else f"副{w}长、{head}"


def ask_previous(p: Prompter, a: dict) -> None:
    """Who spoke earlier in the meeting (刚才，李华同志作了工作报告)."""
    from ..model.brief import PreviousSpeaker

    kept = p.keep("保留哪些前序发言？", list(a.get("previous_speakers") or []),
                  lambda s: f"{s.get('title', '')}{s['name']}：{s.get('content', '')}")
    a["previous_speakers"] = kept
    more = p.confirm("会上在您之前还有人发言吗（如局长作工作报告）？" if not kept else "还要添加前序发言吗？",
                     default=False)
    while more:
        s: dict = {}
        s["name"] = p.text("前序发言人姓名：", validate=lambda v: check_field(PreviousSpeaker, {"name": v}, ("name",)))
        kept.append(s)
        head = _head_title((a.get("region") or {}).get("level"), _speech_day(a))
        s["title"] = p.text(f"职务（如 {head}）：",
                            validate=lambda v: check_field(PreviousSpeaker, {"name": "x", "title": v}, ("title",)))
        s["content"] = p.text("发言内容：", default="工作报告",
                              validate=lambda v: check_field(PreviousSpeaker, {"name": "x", "content": v}, ("content",)))
        more = p.confirm("还有其他前序发言吗？", default=False)


def ask_metric(p: Prompter, context: str, *, with_change: bool = True, since: str = "上年") -> dict:
    """One metric, each field validated as typed by the Metric model itself."""
    m: dict = {}

    def check(field: str, value: Any) -> str | None:
        return metric_problem(m, field, value)

    m["name"] = p.text(f"{context}指标名称（如 家庭医生签约服务覆盖率）：", validate=lambda v: check("name", v))
    value = p.text(f"「{m['name']}」的数值（如 45.2 或 45.2%）：", validate=lambda v: check("value", v))
    m["value"], unit = _number_and_unit(value)
    if unit is not None and unit not in UNITS and not p.confirm(f"单位是「{unit}」吗？", default=True):
        unit = None  # 45.2a: a slip of the finger, not a unit
    if unit is None:  # no unit typed with the number: pick one
        unit = p.select("单位？", [(u, u) for u in UNITS] + [(NO_UNIT, ""), (OTHER_UNIT, _OTHER)], default="%")
        if unit == _OTHER:
            unit = p.text("单位：", validate=lambda v: check("unit", v))
    m["unit"] = unit
    if with_change:
        _ask_change(p, m, check, since)
    lower = lower_is_better(m["name"])
    m["better"] = p.select("这项指标越高越好还是越低越好？",
                           [("越高越好", "higher"), ("越低越好（如死亡率、发病率）", "lower")],
                           default="lower" if lower else "higher")
    return m


UNIT_OF = {"value": "unit", "change": "change_unit"}


def metric_problem(m: dict, field: str, value: Any) -> str | None:
    """What is wrong with ``value`` typed for ``field`` of the metric ``m`` being entered, checked by the
    Metric model itself; a unit typed along with a number ("45.2%") is checked as that number's unit."""
    from ..model.brief import Metric

    data = {"name": "x", "value": "1", **m, field: value}
    return check_field(Metric, data, (field,)) or check_field(Metric, data, (UNIT_OF.get(field, field),))


def _number_and_unit(text: str) -> tuple[str, str | None]:
    """"45.2%" → ("45.2", "%"), "45.2" → ("45.2", None): the Metric model splits a unit typed with the
    number the same way (brief.split_unit)."""
    from ..model.brief import split_unit

    parts = split_unit(text)
    return (parts[0], parts[1]) if parts else (text, None)


def _ask_change(p: Prompter, m: dict, check: Callable[[str, Any], str | None], since: str = "上年") -> None:
    """The change on last year (a half-year meeting: on the same half of last year, ``since`` 上年同期), and in what
    unit it is spoken (个百分点 for a rate)."""
    change = p.text(f"比{since}变化了多少？（增加填正数，减少填负数，如 3.1 或 -0.5；不清楚就直接回车）：",
                    default=str(m.get("change") or ""), validate=lambda v: None if not v.strip() else check("change", v))
    before = m.pop("change_unit", None)
    if not change:
        m.pop("change", None)
        return
    m["change"], typed_unit = _number_and_unit(change)
    if typed_unit is not None:  # 3.1个百分点: the unit came with the number
        m["change_unit"] = typed_unit
        return
    unit = m.get("unit", "")
    relative = ("%（同比增减幅度）", "%")
    if unit == "%":
        options = [("个百分点（百分率的增减）", "个百分点"), relative]
    elif unit == "‰":  # a rate per thousand changes in 个千分点, as 个百分点 is to %
        options = [("个千分点（千分率的增减）", "个千分点"), ("%（同比增减幅度）", "%")]
    elif unit.startswith("/"):  # a rate per 10万: its change is in the same unit
        options = [(f"{unit}（与数值同单位）", unit), relative]
    else:
        options = [relative] + ([(f"{unit}（绝对数的增减）", unit)] if unit else [])
    if len(options) > 1:
        values = [o[1] for o in options]
        m["change_unit"] = p.select("变化的单位？", options, default=before if before in values else values[0])
    elif options[0][1] != unit:
        m["change_unit"] = options[0][1]


def _metric_title(m: dict) -> str:
    return f"{m['name']} {m.get('value', '')}{m.get('unit', '')}"


def _recheck_values(p: Prompter, metrics: list[dict], *, what: str, with_change: bool, since: str = "上年") -> None:
    """Pre-filled metrics: ask each value again (the default is last year's figure or target)."""
    for m in metrics:
        def check(field: str, value: Any, m: dict = m) -> str | None:
            return metric_problem(m, field, value)
        def check_value(v: str, check: Callable[[str, Any], str | None] = check) -> str | None:
            return check("value", v)
        value = p.text(f"「{m['name']}」{what}（{m.get('unit') or '无单位'}）：", default=str(m.get("value", "")), hint=True,
                       validate=check_value)
        m["value"] = _number_and_unit(value)[0]  # a unit typed along was checked to agree with m["unit"]
        if with_change:
            _ask_change(p, m, check, since)


def _pick_topics(p: Prompter, message: str, groups: list[dict]) -> list[dict]:
    """A checkbox over the topic registry (plus any topic the answers already name); returns the groups
    for the ticked topics, keeping what was already answered for each."""
    from ..model.topics import TOPICS, resolve_topic

    def key_of(name: str) -> str:
        t = resolve_topic(name)
        return t.key if t else name

    present = {key_of(g["topic"]): g for g in groups}
    extra = [k for k in present if k not in {t.key for t in TOPICS}]
    choices = [(topic_choices_title(t.key), t.key, t.key in present) for t in TOPICS]
    choices += [(k, k, True) for k in extra]
    chosen = p.checkbox(message, choices)
    # First-timers press ⏎ on a highlighted topic expecting it chosen: an empty answer is confirmed.
    while not chosen and not p.confirm("没有勾选任何领域（勾选要按空格）。跳过这一部分吗？", default=True):
        chosen = p.checkbox(message, choices)
    return [present.get(k, {"topic": topic_label(k)}) for k in chosen]


def review_period(a: dict) -> str:
    """The period the brief's achievements cover, as the questions name it: a half-year meeting reviews its own
    year's 上半年 (2023年上半年), every other kind the year before the meeting's (2022年)."""
    year = int(a.get("year", 2000))
    return f"{year}年上半年" if a.get("kind") == "midyear_review" else f"{year - 1}年"


def ask_achievements(p: Prompter, a: dict) -> None:
    """Last year's results: topics, then each topic's metrics and facts."""
    year = review_period(a)
    since = "上年同期" if a.get("kind") == "midyear_review" else "上年"
    groups = _pick_topics(p, f"{year}在哪些领域取得了成绩？", list(a.get("achievements") or []))
    a["achievements"] = groups
    for g in groups:
        name = g["topic"]
        metrics = p.keep(f"【{name}】保留哪些指标？", list(g.get("metrics") or []), _metric_title)
        g["metrics"] = metrics
        _recheck_values(p, metrics, what=f"{year}实际完成值", with_change=True, since=since)
        add = p.confirm(f"【{name}】添加一项指标（有数字的成绩）？", default=not metrics)
        while add:
            g["metrics"].append(ask_metric(p, f"【{name}】", since=since))
            add = p.confirm(f"【{name}】再添加一项指标？", default=False)
        facts = p.keep(f"【{name}】保留哪些亮点？", list(g.get("facts") or []), str)
        g["facts"] = facts
        facts.extend(p.lines(f"【{name}】亮点（不含数字的一句话，如 成功创建国家卫生城市）",
                             after=lambda fact: _warn_number_in_fact(p, fact)))


def _warn_number_in_fact(p: Prompter, fact: str) -> None:
    """A highlight holding a figure: say that figures belong in the metrics (where they are printed as
    value + unit and checked), without refusing the sentence."""
    from rich.text import Text

    from ..briefs.load import number_in_fact

    figure = number_in_fact(fact)
    if figure:
        p.show(Text(f"  提示：这条亮点含有数字“{figure}”。有数字的成绩请作为“指标”填写（名称、数值、单位），"
                    "讲稿才会按规范写出数字；亮点只写不含数字的一句话。", style="yellow"))


def ask_problems(p: Prompter, a: dict, bank_items: list[str]) -> None:
    """Problems: ticked from the bank's problem framings, or typed."""
    own = "__own__"
    existing = list(a.get("problems") or [])
    if not bank_items and not existing:  # nothing to tick: straight to typing
        a["problems"] = []
        a["problems"].extend(p.lines("问题（一句话，如 基层医疗服务能力仍然薄弱）"))
        return
    choices = [(t, t, t in existing) for t in bank_items]
    choices += [(t, t, True) for t in existing if t not in bank_items]
    choices.append(("自己输入……", own, False))
    chosen = p.checkbox("工作中还存在哪些问题和不足？", choices)
    problems = [c for c in chosen if c != own]
    a["problems"] = problems
    if own in chosen:
        problems.extend(p.lines("问题（一句话，如 基层医疗服务能力仍然薄弱）"))


def ask_priorities(p: Prompter, a: dict) -> None:
    """This year's priorities: topics, then each topic's measures and numeric targets."""
    groups = _pick_topics(p, f"{a.get('year', '')}年的重点任务涉及哪些领域？", list(a.get("priorities") or []))
    a["priorities"] = groups
    for g in groups:
        name = g["topic"]
        items = p.keep(f"【{name}】保留哪些举措？", list(g.get("items") or []), str)
        g["items"] = items
        items.extend(p.lines(f"【{name}】举措（如 {_item_example(name)}）"))
        targets = p.keep(f"【{name}】保留哪些目标？", list(g.get("targets") or []), _metric_title)
        g["targets"] = targets
        _recheck_values(p, targets, what="目标值", with_change=False)
        add = p.confirm(f"【{name}】添加一项目标指标（如 接种率达到95%）？", default=False)
        while add:
            g["targets"].append(ask_metric(p, f"【{name}】目标", with_change=False))
            add = p.confirm(f"【{name}】再添加一项目标？", default=False)


# An example measure for each area, said in words any year since 2012 uses (the prompt had offered 完善重大疫情监测预警体系,
# a 2020 phrase about epidemics, for every area: a 2014 基层卫生 entry was shown it).
_ITEM_EXAMPLES = {
    "medical_reform": "深化公立医院综合改革", "public_health": "做好基本公共卫生服务项目",
    "disease_control": "做好重点传染病防控", "medical_services": "加强重点专科建设",
    "primary_care": "推进乡镇卫生院标准化建设", "tcm": "推广中医药适宜技术",
    "maternal_child": "做好孕产妇和儿童健康管理", "population_family": "做好出生人口监测",
    "elderly_health": "做好老年人健康管理服务", "health_poverty": "落实防止因病致贫返贫的各项政策",
    "patriotic_health": "深入开展城乡环境卫生整洁行动", "regulation": "加强卫生监督执法",
    "workforce": "加强全科医生队伍建设", "informatization": "推进区域卫生信息平台建设",
    "health_promotion": "提升居民健康素养", "emergency": "加强卫生应急队伍建设",
    "party_building": "加强党风廉政建设", "work_safety": "开展医疗机构安全隐患排查",
}


def _item_example(topic: str) -> str:
    """An example measure for ``topic`` (a key or any of its Chinese names); a topic outside the registry gets one
    that names no area."""
    from ..model.topics import resolve_topic

    found = resolve_topic(topic)
    return _ITEM_EXAMPLES.get(found.key if found else "", "把今年要做的一件事写成一句话")


def ask_length(p: Prompter, a: dict) -> None:
    """Length (characters, or minutes at 220 字/分钟) and the seed."""
    from ..model.brief import DEFAULT_LENGTH
    from .answers import parse_length, try_brief

    base = {"year": a.get("year", 2000), "region": {"name": "临江区"}}
    # the length the brief would get without one: the kind's, shorter for a township's own meeting or after a
    # work report (BriefRules.target_length), so what is offered is what the draft will aim for
    unset = try_brief({**a, "length": None})
    usual = unset.target_length if unset else DEFAULT_LENGTH.get(a.get("kind", "annual_conference"), 6000)
    default = a.get("length") or usual
    text = p.text("篇幅：字数（如 6000）或讲话时长（如 25分钟，按每分钟约220字）：", default=str(default), hint=True,
                  validate=lambda v: check_field(_brief_model(), {**base, "length": parse_length(v)}, ("length",)))
    length = brief_value("length", parse_length(text))
    a["length"] = None if length == usual else length
    seed = p.text("随机种子（换一个数字可得到措辞不同的另一稿）：", default=str(a.get("seed", 1)), hint=True,
                  validate=lambda v: check_field(_brief_model(), {**base, "seed": v}, ("seed",)))
    a["seed"] = brief_value("seed", seed)
