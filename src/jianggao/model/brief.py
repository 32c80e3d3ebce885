"""The brief: what a secretary tells jianggao about the meeting (pydantic models, DESIGN.md "The brief")."""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from . import levels
from .kinds import resolve_kind

# What no brief value may hold: XML 1.0's forbidden characters, C1 controls, BOM and zero-width marks that
# pasting from chat apps and WPS leaves behind (one definition, shared with the writers).
from .text import UNPRINTABLE, template_residue

LEVELS = levels.LEVELS

# Default body length in characters per kind, when the brief gives none.
DEFAULT_LENGTH = {
    "annual_conference": 6000, "work_report": 8000, "midyear_review": 4500,
    "special_topic": 4500, "pledge": 900, "address": 700,
}
MIN_LENGTH, MAX_LENGTH = 300, 30000


# A date as secretaries type it: 2025-02-18, 2025年2月18日, 2025/2/18, 2025.2.18 (after NFKC).
DATE_TEXT = re.compile(r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?")


def _alias(en: str, zh: str) -> Any:
    """Accept the English key and its Chinese alias (DESIGN: either may be used throughout)."""
    return AliasChoices(en, zh)


def scrub_text(text: str) -> str:
    """``text`` without the characters in UNPRINTABLE (brief_yaml warns about them; here they just go)."""
    return UNPRINTABLE.sub("", text)


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


def _number_text(v: Any) -> str:
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


NumberText = Annotated[str, BeforeValidator(_number_text)]


def _clean_text(v: Any) -> Any:
    """Strip surrounding white space from free text; numbers typed where text is expected become text."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, str):
        v = scrub_text(v).strip()
        residue = template_residue(v)
        if residue:
            raise ValueError(f"含有未填写的模板占位内容“{residue}”（如 某某、xx、20xx、{{…}}、【】、＿＿），"
                             "请换成实际内容")
    return v


Text = Annotated[str, BeforeValidator(_clean_text)]


def _one_or_many(v: Any) -> Any:
    """``problems: 基层能力薄弱`` (one line, not a list) means a list of one."""
    return [v] if isinstance(v, (str, int, float)) and not isinstance(v, bool) else v


TextList = Annotated[list[Text], BeforeValidator(_one_or_many)]


class _Model(BaseModel):
    # defer_build: the validators are built only when pydantic validates (an invalid brief, the wizard); a
    # render's brief is made by briefs.quick from these same classes without them (~50 ms, issue 11).
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, str_strip_whitespace=True,
                              defer_build=True)


class Region(_Model):
    """The region whose health work the speech is about."""

    name: Text = Field(validation_alias=_alias("name", "名称"), min_length=1, max_length=40)
    level: Text | None = Field(default=None, validation_alias=_alias("level", "级别"))
    short: Text | None = Field(default=None, validation_alias=_alias("short", "简称"), max_length=20)
    parent: Text | None = Field(default=None, validation_alias=_alias("parent", "上级"), max_length=40)

    @field_validator("level")
    @classmethod
    def _known_level(cls, v: str | None) -> str | None:
        if v is not None and v not in LEVELS:
            raise ValueError(f"级别应为 {' '.join(LEVELS)} 之一")
        return v

    @model_validator(mode="after")
    def _derive(self) -> Region:
        level = self.level
        if level is None:
            level = levels.level_of(self.name) or (self.name if self.name in LEVELS else None)
            if level is None:
                level = self.name[-1]
                if level not in LEVELS:
                    raise ValueError(f"无法从名称推断级别，请填写 level（{' '.join(LEVELS)}）")
            object.__setattr__(self, "level", level)
        if self.short is None:
            short = self.name.removesuffix(level) if self.name != level else self.name
            for suffix in ("自治", "新"):
                short = short.removesuffix(suffix) if len(short) > 2 else short
            object.__setattr__(self, "short", short or self.name)
        return self

    @property
    def scope(self) -> str:
        """全区 / 全市 / 全县 …, as speeches say 全区卫生健康系统."""
        return levels.scope(self.level or "区")

    @property
    def above(self) -> levels.Above | None:
        """The level above (``parent``, else the usual one): a township pledges at its meeting."""
        return levels.above(self.level or "区", self.parent)


class Speaker(_Model):
    """Who gives the speech."""

    @model_validator(mode="before")
    @classmethod
    def _name_only(cls, data: Any) -> Any:
        # "speaker: 张明" is how the one thing everyone knows gets written.
        return {"name": data} if isinstance(data, str) else data

    name: Text = Field(default="", validation_alias=_alias("name", "姓名"), max_length=20)
    title: Text = Field(default="", validation_alias=_alias("title", "职务"), max_length=40)
    on_behalf_of: Text = Field(default="", validation_alias=_alias("on_behalf_of", "代表"), max_length=40)


class PreviousSpeaker(_Model):
    """Someone who spoke earlier in the meeting (刚才，李华同志作了工作报告)."""

    @model_validator(mode="before")
    @classmethod
    def _name_only(cls, data: Any) -> Any:
        return {"name": data} if isinstance(data, str) else data

    name: Text = Field(validation_alias=_alias("name", "姓名"), min_length=1, max_length=20)
    title: Text = Field(default="", validation_alias=_alias("title", "职务"), max_length=40)
    content: Text = Field(default="", validation_alias=_alias("content", "内容"), max_length=60)


class Metric(_Model):
    """A measured result or target: value and unit are printed exactly as given."""

    name: Text = Field(validation_alias=_alias("name", "名称"), min_length=1, max_length=60)
    value: NumberText = Field(validation_alias=_alias("value", "数值"))
    unit: Text = Field(default="", validation_alias=_alias("unit", "单位"), max_length=10)
    change: NumberText | None = Field(default=None, validation_alias=_alias("change", "变化"))
    change_unit: Text | None = Field(default=None, validation_alias=_alias("change_unit", "变化单位"), max_length=10)
    better: Literal["higher", "lower"] = Field(default="higher", validation_alias=_alias("better", "方向"))

    @model_validator(mode="before")
    @classmethod
    def _split_units(cls, data: Any) -> Any:
        # "45.2%" typed in value: take the unit from it when the unit is empty, else say which to keep.
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

    @field_validator("better", mode="before")
    @classmethod
    def _direction(cls, v: Any) -> Any:
        table = {"越高越好": "higher", "高": "higher", "升": "higher", "上升": "higher",
                 "越低越好": "lower", "低": "lower", "降": "lower", "下降": "lower"}
        return table.get(v, v) if isinstance(v, str) else v

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


class AchievementGroup(_Model):
    """Last year's results in one work area."""

    topic: Text = Field(validation_alias=_alias("topic", "领域"), min_length=1, max_length=30)
    metrics: list[Metric] = Field(default_factory=list, validation_alias=_alias("metrics", "指标"))
    facts: TextList = Field(default_factory=list, validation_alias=_alias("facts", "亮点"))


class Priority(_Model):
    """This year's work in one area: measures and numeric targets."""

    topic: Text = Field(validation_alias=_alias("topic", "领域"), min_length=1, max_length=30)
    items: TextList = Field(default_factory=list, validation_alias=_alias("items", "举措"))
    targets: list[Metric] = Field(default_factory=list, validation_alias=_alias("targets", "目标"))


class Brief(_Model):
    """Everything the composer needs; only ``year`` and ``region.name`` are required."""

    kind: str = Field(default="annual_conference", validation_alias=_alias("kind", "讲话类型"))
    year: int = Field(validation_alias=_alias("year", "年份"), ge=1949, le=2100)
    region: Region = Field(validation_alias=_alias("region", "地区"))
    meeting: Text | None = Field(default=None, validation_alias=_alias("meeting", "会议"), max_length=60)
    speaker: Speaker = Field(default_factory=Speaker, validation_alias=_alias("speaker", "讲话人"))
    date: dt.date | None = Field(default=None, validation_alias=_alias("date", "日期"))
    length: int | None = Field(default=None, validation_alias=_alias("length", "篇幅"), ge=MIN_LENGTH, le=MAX_LENGTH)
    seed: int = Field(default=1, validation_alias=_alias("seed", "随机种子"), ge=0, le=2**32 - 1)
    previous_speakers: list[PreviousSpeaker] = Field(default_factory=list,
                                                     validation_alias=_alias("previous_speakers", "前序发言"))
    achievements: list[AchievementGroup] = Field(default_factory=list, validation_alias=_alias("achievements", "工作成绩"))
    problems: TextList = Field(default_factory=list, validation_alias=_alias("problems", "问题"))
    priorities: list[Priority] = Field(default_factory=list, validation_alias=_alias("priorities", "重点任务"))
    closing: Text | None = Field(default=None, validation_alias=_alias("closing", "结束语"), max_length=80)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> Any:
        if isinstance(v, str):
            k = resolve_kind(v)
            if k is None:
                raise ValueError("未知的讲话类型；可选 annual_conference work_report midyear_review "
                                 "special_topic pledge address（或其中文名）")
            return k.key
        return v

    @field_validator("year", mode="before")
    @classmethod
    def _year(cls, v: Any) -> Any:
        if isinstance(v, str):
            digits = _half_width(v).removesuffix("年").strip()
            if digits.isascii() and digits.isdigit():
                return int(digits)
        return v

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        # 2025年2月18日, 2025/2/18, 2025.2.18 and full-width digits are how dates get typed in WPS.
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

    @field_validator("region", mode="before")
    @classmethod
    def _region_name_only(cls, v: Any) -> Any:
        return {"name": v} if isinstance(v, str) else v

    @property
    def prev_year(self) -> int:
        """The year under review."""
        return self.year - 1

    @property
    def target_length(self) -> int:
        """Body length to aim for, in characters."""
        return self.length or DEFAULT_LENGTH[self.kind]

    @property
    def speech_date(self) -> dt.date:
        """The day the speech is given: ``date``, else the usual time of such a meeting in ``year``
        (a half-year review in July, everything else in late February)."""
        if self.date:
            return self.date
        return dt.date(self.year, 7, 15) if self.kind == "midyear_review" else dt.date(self.year, 2, 20)

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
        system = levels.meeting_word(self.region.level or "区", self.speech_date)
        if self.kind == "midyear_review":
            return f"{self.year}年{scope}{system}工作推进会"
        if self.kind == "special_topic":
            from .topics import resolve_topic
            name = system
            if self.priorities:
                t = resolve_topic(self.priorities[0].topic)
                name = (t.aliases[0] if t and t.aliases else t.name) if t else self.priorities[0].topic
                name = name.removesuffix("工作")
            return f"{self.year}年{scope}{name}工作会议"
        return f"{self.year}年{scope}{system}工作会议"


def field_keys(model: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """English field name → every key accepted for it (English first, then the Chinese alias)."""
    keys = {}
    for name, info in model.model_fields.items():
        alias = info.validation_alias
        choices = tuple(c for c in getattr(alias, "choices", ()) if isinstance(c, str)) or (name,)
        keys[name] = choices if choices[0] == name else (name, *choices)
    return keys
