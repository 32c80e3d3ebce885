"""The brief's rules as plain Python: its validators, its derived values and a plain record of a valid brief.

``model.brief`` declares the brief's pydantic models and hands them these very functions as validators and
these classes as mixins (their properties), so each rule is written once, here. The plain records are what
``briefs.quick`` builds for a valid brief from the models' schema shipped in ``prepared/brief_schema.marshal``:
a render reads its brief without importing pydantic (issue 11: pydantic's import is a fifth of a render).
Compose reads either alike (the same fields, the same properties). Nothing here imports pydantic.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, ClassVar

from . import levels
from .kinds import is_work_meeting, resolve_kind

# What no brief value may hold: XML 1.0's forbidden characters, C1 controls, BOM and zero-width marks that
# pasting from chat apps and WPS leaves behind (one definition, shared with the writers).
from .text import UNPRINTABLE, template_residue

LEVELS = levels.LEVELS

# A ceremony's 致辞 (a launch, an opening, a 义诊, a 护士节): welcome, what the event is and why now, the brief's figures,
# how it will run, hopes and a wish: 600-1,200 characters, as a secretary expects of one.  700 cut a rich brief's meaning and hopes
# (a signing launch with five figures and four items at 577-628); a thin brief stays shorter, never padded
# (compose.ceremony, templates/wording/ceremonies.yaml).
CEREMONY_ADDRESS_LENGTH = 1000
# Default body length in characters per kind, when the brief gives none: what a leader delivers in about 20 minutes
# (a work report 30), at about 220 characters a minute. Four readings running (sixteenth to nineteenth) asked for
# the long drafts "cut by 30-40%": 6,000/8,000/4,500 were filled with standing work beyond the brief ("density, not
# length, is what the leader needs"). A brief's own `length` is still met.
DEFAULT_LENGTH = {
    "annual_conference": 5000, "work_report": 6500, "midyear_review": 3500,
    "special_topic": 4000, "pledge": 900, "address": CEREMONY_ADDRESS_LENGTH,
}
MIN_LENGTH, MAX_LENGTH = 300, 30000
# An address at a work meeting (kinds.is_work_meeting) is a leader's speech of greeting, 肯定, situation and three or
# four 要求: real ones at 卫生工作会议 run 1,500-3,000 characters (corpus 000: a 2023 区 address, about 3,000); the
# 700 of a ceremony's 致辞 left a 2012 county address at 517 characters with one sentence of substance.  A brief of
# four priorities, figures and problems words to about 1,400 without padding (address29's drafts); a thin one stays
# shorter (Plan.missing says what would lengthen it).
WORK_ADDRESS_LENGTH = 1600
# A leader who speaks after the bureau's work report does not cover its ground again: the report has the year's
# figures and the full list of tasks, the leader the priorities and what only the government can order (the sixteenth
# reading: a 副县长's 5,800 characters after the report were "too long and too granular").
AFTER_REPORT_LENGTH = 4000
# A 乡, 镇 or 街道 runs a few lines of the county's work (its 卫生院, its villages' doctors, its 爱国卫生): its own
# meeting's speech is shorter, and a default of the county's length filled it with the county's hospitals and staff
# (the twenty-third session's 2021 town annual: 医疗服务 and 人才 areas deployed by a 副镇长 to reach 5,000)
TOWNSHIP_SHARE = 0.7


# A date as secretaries type it: 2025-02-18, 2025年2月18日, 2025/2/18, 2025.2.18 (after NFKC).
DATE_TEXT = re.compile(r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?")


def scrub_text(text: str) -> str:
    """``text`` without the characters in UNPRINTABLE (brief_yaml warns about them; here they just go)."""
    return UNPRINTABLE.sub("", text)


_ASCII_QUOTED = re.compile(r'"([^"\n]*)"')
_HAN = re.compile(r"[\u4e00-\u9fff]")


def chinese_quotes(text: str) -> str:
    """``"乙类乙管"`` typed with the keyboard's straight quotes, in Chinese text, as “乙类乙管”: the speech is set in
    Chinese type, where a straight quote is a typo (fresh29's reader: "5·12" and "乙类乙管" beside “乙类乙管”).  Only
    quotes that pair up are turned; text with no Chinese character (an English name) is left as typed."""
    if '"' not in text or not _HAN.search(text) or text.count('"') % 2:
        return text
    return _ASCII_QUOTED.sub(r"“\1”", text)


def _half_width(text: str) -> str:
    """Full-width digits, signs and points (４５．２, －３) as typed with a Chinese IME, made ASCII."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").replace("\u2014", "-").strip()


# A unit is % ‰ °, /…, a word of letters (kg) or starts with a Chinese character; "1:30" and "0x10" have none.
# Compiled when first needed (a value typed with its unit): the wide character class costs ~2 ms to compile.
_NUMBER_WITH_UNIT = r"^([+-]?(?:\d[\d,，]*)(?:\.\d+)?)\s*([%‰°]|/.+|[A-Za-z]+|[\u0100-\uffff].*)$"


def split_unit(text: str) -> tuple[str, str] | None:
    """("45.2", "%") for "45.2%" or "45.2 %"; None when ``text`` is not a number followed by a unit."""
    text = _half_width(text)
    try:
        Decimal(text.replace(",", "").replace("，", ""))
        return None  # a plain number such as 1e5: nothing to split
    except InvalidOperation:
        pass
    m = re.match(_NUMBER_WITH_UNIT, text)  # re keeps the compiled pattern
    return (m.group(1), m.group(2).strip()) if m else None


def number_text(v: Any) -> str:
    """The number as the secretary wrote it: 45.2 stays 45.2, "45.20" stays 45.20, 3 stays 3."""
    if isinstance(v, bool):
        raise ValueError("应为数字")
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError("应为有限的数字")
        text = repr(v)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        return text.removesuffix(".0") if text.endswith(".0") else text
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, str):
        s = _half_width(v).replace("，", "").replace(",", "")
        try:
            d = Decimal(s)
        except InvalidOperation:
            raise ValueError("应为数字") from None
        if not d.is_finite():
            raise ValueError("应为有限的数字")
        return s.lstrip("+")
    raise ValueError("应为数字")


def clean_text(v: Any) -> Any:
    """Strip surrounding white space from free text; numbers typed where text is expected become text."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, str):
        v = chinese_quotes(scrub_text(v).strip())
        residue = template_residue(v)
        if residue:
            raise ValueError(f"含有未填写的模板占位内容“{residue}”（如 某某、xx、20xx、{{…}}、【】、＿＿），"
                             "请换成实际内容")
    return v


def one_or_many(v: Any) -> Any:
    """``problems: 基层能力薄弱`` (one line, not a list) means a list of one."""
    return [v] if isinstance(v, (str, int, float)) and not isinstance(v, bool) else v


# ---------------------------------------------------------------- validators, one per rule


def name_only(data: Any) -> Any:
    """``speaker: 张明`` is how the one thing everyone knows gets written (speaker, previous speakers)."""
    return {"name": data} if isinstance(data, str) else data


def known_level(v: str | None) -> str | None:
    """A region's level is one of LEVELS."""
    if v is not None and v not in LEVELS:
        raise ValueError(f"级别应为 {' '.join(LEVELS)} 之一")
    return v


def derive_region(region: Any) -> Any:
    """The level and short name a region leaves out, derived from its name (the region, frozen, set in place)."""
    level = region.level
    if level is None:
        level = levels.level_of(region.name) or (region.name if region.name in LEVELS else None)
        if level is None:
            level = region.name[-1]
            if level not in LEVELS:
                raise ValueError(f"无法从名称推断级别，请填写 level（{' '.join(LEVELS)}）")
        object.__setattr__(region, "level", level)
    if region.short is None:
        short = region.name.removesuffix(level) if region.name != level else region.name
        # (a county-level city written with level 县 is still named without its own 市: 健康江油, not 健康江油市)
        own = levels.level_of(region.name)
        if short == region.name and own and own != level and len(region.name) > len(own) + 1:
            short = region.name.removesuffix(own)
        for suffix in ("自治", "新"):
            short = short.removesuffix(suffix) if len(short) > 2 else short
        object.__setattr__(region, "short", short or region.name)
    return region


def split_units(data: Any) -> Any:
    """"45.2%" typed in value: take the unit from it when the unit is empty, else say which to keep."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for num_keys, unit_keys in ((("value", "数值"), ("unit", "单位")), (("change", "变化"), ("change_unit", "变化单位"))):
        num_key = next((k for k in num_keys if k in data), None)
        if num_key is None or not isinstance(data[num_key], str):
            continue
        parts = split_unit(data[num_key])
        if parts is None:
            continue
        number, unit = parts
        unit_key = next((k for k in unit_keys if k in data), unit_keys[0])
        given = data.get(unit_key)
        given = given.strip() if isinstance(given, str) else given
        if given in (None, "") or given == unit:
            data[num_key], data[unit_key] = number, unit
        else:
            raise ValueError(f"{num_key} 写成了“{data[num_key]}”，带着单位“{unit}”，而 {unit_key} 又写了“{given}”；"
                             f"请在 {num_key} 只写数字，单位只写在 {unit_key} 中")
    return data


_DIRECTIONS = {"越高越好": "higher", "高": "higher", "升": "higher", "上升": "higher",
               "越低越好": "lower", "低": "lower", "降": "lower", "下降": "lower"}


# Metric names whose fall is good news (DESIGN: better: lower): a brief that does not say 方向 gets it from the
# name.  A secretary writes 婴儿死亡率 3.2‰, change −0.4 and no 方向; read as higher-is-better, the fall was
# named among the problems as 这一指标需要引起高度重视 (the lead's reading of held-out briefs, 2026-12).  The
# wizard proposes the same default from this list.
LOWER_IS_BETTER = ("死亡率", "死亡人数", "死亡例数", "发病率", "患病率", "发生率", "感染率", "吸烟率", "近视率",
                   "超重", "肥胖", "低体重", "贫血", "费用", "负担", "自付", "事故", "住院日", "药占比", "耗占比",
                   "不良事件", "纠纷", "投诉", "漏报率", "迟报率", "等候时间", "候诊时间", "反应时间",
                   # (fresh21 r1: 政策外多孩率达到1.2% — a rate held down is 控制在)
                   "多孩率", "政策外", "剖宫产率", "外转率", "流失率", "差错率",
                   # (fresh29 h26: 公立医院药品收入占比 36.4%, down 4.8, was named a problem and set to 继续提高)
                   "药品收入", "药品占比", "耗材收入", "耗材占比", "医用耗材占比", "自费", "病死率", "死亡数",
                   "发病数", "确诊病例", "感染病例", "暴发", "聚集性疫情", "县外就诊", "县外住院", "市外就诊",
                   "外流", "抗菌药物使用", "输液率", "超标", "不合格率", "债务", "欠费", "欠薪", "等待时间")


# … unless the name's head is a share paid or reached (贫困人口住院费用实际报销比例 holds 费用 and rises: fresh22 r1 read
# 报销比例继续控制在90.2%以内)
HIGHER_HEADS = ("报销比例", "报销比", "补偿比", "救助比例", "报销率", "控制率", "达标率", "知晓率", "覆盖率", "治疗率",
                "治愈率", "成功率", "好转率", "检测率", "筛查率", "管理率", "接种率", "合格率", "满意度", "下降率")


def lower_is_better(name: str) -> bool:
    """Whether a metric so named is better when it falls (孕产妇死亡率, 平均住院日, 药占比 …)."""
    # (a count of places that met a standard rises: 病媒生物密度控制水平达标街道 holds 密度 and 达标)
    return any(w in name for w in LOWER_IS_BETTER) and not name.endswith(HIGHER_HEADS) \
        and not any(w in name for w in ("达标", "合格数", "合格的"))


def derive_better(metric: Any) -> Any:
    """A metric's ``better`` the brief leaves out, from its name (the metric, frozen, set in place)."""
    if "better" not in metric.model_fields_set and lower_is_better(metric.name):
        object.__setattr__(metric, "better", "lower")
    return metric


def direction(v: Any) -> Any:
    """A metric's ``better`` typed in Chinese (越低越好, 降 …)."""
    return _DIRECTIONS.get(v, v) if isinstance(v, str) else v


def speech_kind(v: Any) -> Any:
    """The kind's key for a kind typed as its key, its Chinese name or an alias."""
    if isinstance(v, str):
        k = resolve_kind(v)
        if k is None:
            raise ValueError("未知的讲话类型；可选 annual_conference work_report midyear_review "
                             "special_topic pledge address（或其中文名）")
        return k.key
    return v


def year_text(v: Any) -> Any:
    """2025年, ２０２５ typed for the year."""
    if isinstance(v, str):
        digits = _half_width(v).removesuffix("年").strip()
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return v


def date_text(v: Any) -> Any:
    """2025年2月18日, 2025/2/18, 2025.2.18 and full-width digits are how dates get typed in WPS."""
    if isinstance(v, dt.datetime) and v.time() == dt.time():
        return v.date()
    if isinstance(v, str):
        m = DATE_TEXT.fullmatch(_half_width(v))
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                raise ValueError(f"没有这一天：{v.strip()}") from None
    return v


def region_name_only(v: Any) -> Any:
    """``region: 临江区`` means the region named so."""
    return {"name": v} if isinstance(v, str) else v


# ---------------------------------------------------------------- derived values (mixins of both forms)


class RegionRules:
    """What a region implies: its scope word and the level above."""

    __slots__ = ()

    if TYPE_CHECKING:
        name: str
        level: str | None
        short: str | None
        parent: str | None

    @property
    def scope(self) -> str:
        """全区 / 全市 / 全县 …, as speeches say 全区卫生健康系统."""
        return levels.scope(self.level or "区")

    @property
    def above(self) -> levels.Above | None:
        """The level above (``parent``, else the usual one): a township pledges at its meeting."""
        return levels.above(self.level or "区", self.parent)


class MetricRules:
    """How a metric's change is spoken."""

    __slots__ = ()

    if TYPE_CHECKING:
        name: str
        value: str
        unit: str
        change: str | None
        change_unit: str | None
        better: str

    @property
    def is_rate(self) -> bool:
        """A rate (% ‰ /10万): its change is spoken in 个百分点 (GB/T 15835 usage in reports)."""
        return self.unit in ("%", "‰") or self.unit.startswith("/")

    @property
    def effective_change_unit(self) -> str:
        """The unit of ``change``: as given, else 个百分点 for percentages, else the metric's unit."""
        if self.change_unit:
            return self.change_unit
        if self.unit == "%":
            return "个百分点"
        return self.unit


class BriefRules:
    """What a brief implies: the year under review, the length, the day and the meeting's name."""

    __slots__ = ()

    if TYPE_CHECKING:
        kind: str               # the fields these properties read (model.brief declares them all)
        year: int
        region: RegionRules
        meeting: str | None
        date: dt.date | None
        length: int | None
        priorities: list[Any]
        previous_speakers: list[Any]
        speaker: Any

    @property
    def prev_year(self) -> int:
        """The year under review."""
        return self.year - 1

    @property
    def target_length(self) -> int:
        """Body length to aim for, in characters: ``length``, else the kind's default (shorter for an annual
        speech given after a work report, and for a township's own meeting: TOWNSHIP_SHARE)."""
        if self.length:
            return self.length
        if self.kind == "annual_conference" and any("报告" in (s.content or "") for s in self.previous_speakers):
            return AFTER_REPORT_LENGTH
        if self.kind == "address" and is_work_meeting(self.meeting_name):
            return WORK_ADDRESS_LENGTH
        if self.kind not in ("pledge", "address") and levels.is_township(self.region.level or "区"):
            return round(DEFAULT_LENGTH[self.kind] * TOWNSHIP_SHARE / 100) * 100
        return DEFAULT_LENGTH[self.kind]

    @property
    def speech_date(self) -> dt.date:
        """The day the speech is given: ``date``, else the usual time of such a meeting in ``year``
        (a half-year review in July, everything else in late February)."""
        if self.date:
            return self.date
        return dt.date(self.year, 7, 15) if self.kind == "midyear_review" else dt.date(self.year, 2, 20)

    @property
    def naming_date(self) -> dt.date:
        """The date the health department's name is read at (levels.naming_date): the speech's, unless the brief's
        own words (the meeting, the speaker's title, an earlier speaker's title, whom the speaker speaks for) name
        the department in the form of a little earlier or later; then that form names it throughout the speech."""
        texts = (self.meeting or "", self.speaker.title or "", *(s.title or "" for s in self.previous_speakers),
                 self.speaker.on_behalf_of or "")
        return levels.naming_date(self.region.level or "区", self.speech_date, tuple(t for t in texts if t))

    @property
    def department_as_named(self) -> tuple[str, str] | None:
        """(the department's short name as the registry gives it, as the brief's own words give it) where they differ
        in 局 and 委 only (levels.department_as_named): the speaker's title names his own house."""
        texts = (self.speaker.title or "", self.speaker.on_behalf_of or "", self.meeting or "",
                 *(s.title or "" for s in self.previous_speakers))
        return levels.department_as_named(self.region.level or "区", self.naming_date, texts)

    @property
    def meeting_name(self) -> str:
        """The meeting as named in the title: given, or derived from year, level, kind and date
        (卫生工作会议 / 卫生计生工作会议 / 卫生健康工作会议 as the department was named then). A township's
        pledge is given at the meeting of the level above, and so is any pledge whose brief names the
        level above (``region.parent``): a county bureau pledges at the city's meeting."""
        if self.meeting:
            return self.meeting
        scope = self.region.scope
        if self.kind == "pledge" and (self.region.parent or levels.is_township(self.region.level or "区")):
            above = self.region.above
            scope = above.scope if above else scope
        system = levels.meeting_word(self.region.level or "区", self.naming_date)
        if self.kind == "midyear_review":
            return f"{self.year}年{scope}{system}工作半年推进会"
        if self.kind == "special_topic":
            from .topics import resolve_topic
            name = system
            if self.priorities:
                t = resolve_topic(self.priorities[0].topic)
                name = (t.aliases[0] if t and t.aliases else t.name) if t else self.priorities[0].topic
                name = name.removesuffix("工作")
            return f"{self.year}年{scope}{name}工作会议"
        return f"{self.year}年{scope}{system}工作会议"


# ---------------------------------------------------------------- the plain record of a valid brief


class Record:
    """A part of a valid brief as plain frozen values: the fields its model declares, the properties of its
    mixin, equal to another record of the same class with the same values (as frozen pydantic models are).
    ``model_fields_set`` names the fields the brief gave, as pydantic's does."""

    __slots__ = ("__weakref__", "model_fields_set")
    _fields: ClassVar[tuple[str, ...]] = ()
    model_fields_set: set[str]

    def __init__(self, fields_set: Iterable[str], values: Mapping[str, Any]) -> None:
        for name in self._fields:
            object.__setattr__(self, name, values[name])
        object.__setattr__(self, "model_fields_set", set(fields_set))

    def __copy__(self) -> Record:
        return type(self)(self.model_fields_set, {name: getattr(self, name) for name in self._fields})

    def __deepcopy__(self, memo: dict[int, Any]) -> Record:
        from copy import deepcopy

        return type(self)(self.model_fields_set, {name: deepcopy(getattr(self, name), memo) for name in self._fields})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"


def record_class(name: str, fields: Iterable[str], mixins: Iterable[type]) -> type[Record]:
    """The record class of a model named ``name`` with these fields and property mixins."""
    fields = tuple(fields)
    return type(name, (*mixins, Record), {"__slots__": fields, "_fields": fields,
                                          "__module__": __name__, "__qualname__": name})
