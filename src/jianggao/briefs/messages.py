"""What a secretary reads about a brief: field paths in Chinese counted from 1, and pydantic's errors in Chinese.

One table for every reader of a brief — `render`/`check` (briefs.load) and the wizard's as-you-type checks
(wizard.answers) — so the same mistake gets the same words wherever it is made.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from . import schema

# How the items of each list are counted: 工作成绩第1组·指标第2项.
LIST_COUNTERS = {
    "achievements": "组", "priorities": "组", "metrics": "项", "targets": "项", "items": "项",
    "facts": "条", "problems": "条", "previous_speakers": "位",
}

# What to type, per field, when a number is wanted (the example shown after 如).
NUMBER_EXAMPLES = {"year": "2027", "length": "6000", "seed": "1", "value": "45.2", "change": "3.1"}

DATE_MESSAGE = "日期格式应为 2025-02-18（也可写 2025年2月18日）"

# Chinese numerals typed where a number is wanted (二〇二七, 四十五点二, 三千).
_CHINESE_NUMERAL = frozenset("〇零一二三四五六七八九十百千万两点")


def _fields(model: str) -> dict[str, tuple[str, str | None]]:
    """Every key accepted by ``model`` (English and Chinese) → (English field name, the model it holds)."""
    out: dict[str, tuple[str, str | None]] = {}
    for name, keys in schema.field_keys(model).items():
        sub = schema.submodel(model, name)
        for key in keys:
            out[key] = (name, sub)
    return out


def field_label(model: str, name: str) -> str:
    """The Chinese name of a field (region → 地区); the name itself when it has none."""
    zh = [c for c in schema.field_keys(model)[name] if not c.isascii()]
    return zh[0] if zh else name


def readable_path(loc: Iterable[Any]) -> str:
    """A pydantic ``loc`` (keys as typed, list indices from 0) as a person reads it:
    ``("achievements", 0, "metrics", 0, "value")`` → ``工作成绩第1组·指标第1项·数值``."""
    parts: list[str] = []
    model: str | None = schema.root()
    field: str | None = None
    for part in loc:
        if isinstance(part, int):
            counter = LIST_COUNTERS.get(field or "", "项")
            if parts:
                parts[-1] += f"第{part + 1}{counter}"
            else:
                parts.append(f"第{part + 1}{counter}")
            continue
        key = str(part)
        known = _fields(model).get(key) if model is not None else None
        if known is None:  # a key the schema does not know (a typo): shown as typed
            parts.append(key)
            model, field = None, None
            continue
        field, sub = known
        parts.append(field_label(model, field) if model is not None else field)
        model = sub
    return "·".join(parts)


def _wants_number_hint(field: str, value: Any) -> str:
    example = NUMBER_EXAMPLES.get(field, "")
    if isinstance(value, str) and any(c in _CHINESE_NUMERAL for c in value):
        return f"请用阿拉伯数字，如 {example or '2027'}"
    return f"应为{'整数' if field in ('year', 'length', 'seed') else '数字'}" + (f"，如 {example}" if example else "")


def _english_field(loc: tuple) -> str:
    """The English name of the last field in ``loc`` (数值 → value), for the per-field examples."""
    model: str | None = schema.root()
    name = ""
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        known = _fields(model).get(str(part))
        if known is None:
            return str(part)
        name, model = known
    return name


def chinese_message(err: Mapping[str, Any]) -> str:
    """One pydantic error (``ValidationError.errors()`` item) in the words a secretary reads, saying what
    to type where that helps (二〇二七 → 请用阿拉伯数字，如 2027)."""
    kind, ctx = err.get("type", ""), err.get("ctx") or {}
    loc = tuple(err.get("loc") or ())
    field = _english_field(loc)
    value = err.get("input")
    if kind == "missing":
        return "缺少必填项"
    if value is None and kind.endswith("_type"):
        return "没有填写（冒号后面是空的）"
    if kind == "value_error":
        text = str(ctx.get("error", err.get("msg", ""))).removeprefix("Value error, ")
        if text == "应为数字":
            return _wants_number_hint(field, value)
        return text
    if kind in ("int_parsing", "int_type", "int_from_float", "float_parsing", "float_type", "decimal_parsing"):
        return _wants_number_hint(field, value)
    if kind == "greater_than_equal":
        return f"不能小于 {ctx.get('ge')}"
    if kind == "less_than_equal":
        return f"不能大于 {ctx.get('le')}"
    if kind == "literal_error":
        if field == "better":
            return "应为 higher 或 lower（越高越好/越低越好）"
        return f"应为 {ctx.get('expected')} 之一"
    if kind.startswith("date") or kind.startswith("datetime"):
        return DATE_MESSAGE
    if kind in ("string_too_long", "too_long") and (kind == "string_too_long" or isinstance(value, str)):
        return f"太长：最多 {ctx.get('max_length')} 个字"
    if kind == "too_long":
        return f"太多：最多 {ctx.get('max_length')} 项"
    if kind == "string_too_short":
        return "不能为空"
    if kind == "string_type":
        return "应为一段文字"
    if kind == "list_type":
        return "应为列表（每项一行，以“- ”开头）"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "应为一组“键: 值”"
    if kind in ("bool_type", "bool_parsing"):
        return "应为 是/否（true/false）"
    if kind == "extra_forbidden":
        return f"未知的键“{loc[-1]}”" if loc else "未知的键"
    return "取值无效"
