"""The brief: what a secretary tells jianggao about the meeting (pydantic models, DESIGN.md "The brief").

The rules — validators and derived values — are written once in ``model.brief_rules`` (no pydantic) and
given to these models from there; ``briefs.schema`` exports the models' fields, aliases, defaults,
constraints and validators so that a valid brief is read without importing pydantic (issue 11).
"""
from __future__ import annotations

import datetime as dt
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

from . import brief_rules as rules
from .brief_rules import (  # noqa: F401  (re-exported: the brief's constants and helpers, as before)
    DATE_TEXT,
    DEFAULT_LENGTH,
    LEVELS,
    MAX_LENGTH,
    MIN_LENGTH,
    _half_width,
    scrub_text,
    split_unit,
)


def _alias(en: str, zh: str) -> Any:
    """Accept the English key and its Chinese alias (DESIGN: either may be used throughout)."""
    return AliasChoices(en, zh)


NumberText = Annotated[str, BeforeValidator(rules.number_text)]
Text = Annotated[str, BeforeValidator(rules.clean_text)]
TextList = Annotated[list[Text], BeforeValidator(rules.one_or_many)]

# Validators are the plain functions of brief_rules (no cls, no self), taken as they are: briefs.schema names
# them by module and name, and briefs.quick calls the very same functions.
_model_before = model_validator(mode="before")
_model_after = model_validator(mode="after")


class _Model(BaseModel):
    # defer_build: the validators are built only when pydantic validates (an invalid brief, the wizard); a
    # render's brief is made by briefs.quick from these same classes' schema without them (issue 11).
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, str_strip_whitespace=True,
                              defer_build=True)


class Region(rules.RegionRules, _Model):
    """The region whose health work the speech is about."""

    name: Text = Field(validation_alias=_alias("name", "名称"), min_length=1, max_length=40)
    level: Text | None = Field(default=None, validation_alias=_alias("level", "级别"))
    short: Text | None = Field(default=None, validation_alias=_alias("short", "简称"), max_length=20)
    parent: Text | None = Field(default=None, validation_alias=_alias("parent", "上级"), max_length=40)

    _known_level = field_validator("level")(staticmethod(rules.known_level))
    _derive = _model_after(rules.derive_region)


class Speaker(_Model):
    """Who gives the speech."""

    _name_only = _model_before(staticmethod(rules.name_only))

    name: Text = Field(default="", validation_alias=_alias("name", "姓名"), max_length=20)
    title: Text = Field(default="", validation_alias=_alias("title", "职务"), max_length=40)
    on_behalf_of: Text = Field(default="", validation_alias=_alias("on_behalf_of", "代表"), max_length=40)


class PreviousSpeaker(_Model):
    """Someone who spoke earlier in the meeting (刚才，李华同志作了工作报告)."""

    _name_only = _model_before(staticmethod(rules.name_only))

    name: Text = Field(validation_alias=_alias("name", "姓名"), min_length=1, max_length=20)
    title: Text = Field(default="", validation_alias=_alias("title", "职务"), max_length=40)
    content: Text = Field(default="", validation_alias=_alias("content", "内容"), max_length=60)


class Metric(rules.MetricRules, _Model):
    """A measured result or target: value and unit are printed exactly as given."""

    name: Text = Field(validation_alias=_alias("name", "名称"), min_length=1, max_length=60)
    value: NumberText = Field(validation_alias=_alias("value", "数值"))
    unit: Text = Field(default="", validation_alias=_alias("unit", "单位"), max_length=10)
    change: NumberText | None = Field(default=None, validation_alias=_alias("change", "变化"))
    change_unit: Text | None = Field(default=None, validation_alias=_alias("change_unit", "变化单位"), max_length=10)
    better: Literal["higher", "lower"] = Field(default="higher", validation_alias=_alias("better", "方向"))

    _split_units = _model_before(staticmethod(rules.split_units))
    _direction = field_validator("better", mode="before")(staticmethod(rules.direction))
    _derive = _model_after(rules.derive_better)


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


class Brief(rules.BriefRules, _Model):
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

    _kind = field_validator("kind", mode="before")(staticmethod(rules.speech_kind))
    _year = field_validator("year", mode="before")(staticmethod(rules.year_text))
    _date = field_validator("date", mode="before")(staticmethod(rules.date_text))
    _region_name_only = field_validator("region", mode="before")(staticmethod(rules.region_name_only))


def field_keys(model: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """English field name → every key accepted for it (English first, then the Chinese alias)."""
    keys = {}
    for name, info in model.model_fields.items():
        alias = info.validation_alias
        choices = tuple(c for c in getattr(alias, "choices", ()) if isinstance(c, str)) or (name,)
        keys[name] = choices if choices[0] == name else (name, *choices)
    return keys
