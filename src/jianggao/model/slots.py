"""The slot registry: every `{name}` a phrase may hold, with its Chinese label and export fallback."""
from __future__ import annotations

import re
from dataclasses import dataclass

SLOT_RE = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Slot:
    """A hole in a phrase that a brief fills (region, year …)."""

    name: str
    label: str      # shown in exports that can hold a field: 地区名称
    fallback: str   # printed where a target cannot hold a field: ××区
    example: str    # what a typical brief fills in, for previews and tests


SLOTS: tuple[Slot, ...] = (
    Slot("region", "地区名称", "××区", "临江区"),
    Slot("region_short", "地区简称", "××", "临江"),
    Slot("level", "行政级别", "区", "区"),
    Slot("scope", "全域称谓", "全区", "全区"),             # 全区 / 全市 / 全县: the corpus says 全县卫生系统
    Slot("year", "年份", "××××", "2025"),
    Slot("prev_year", "上一年份", "××××", "2024"),
    Slot("meeting", "会议名称", "这次会议", "2025年全区卫生健康工作会议"),
    Slot("topic", "工作领域", "××", "公共卫生"),
    Slot("speaker", "讲话人", "×××", "张明"),
    Slot("org", "党委政府", "区委、区政府", "区委、区政府"),
    Slot("party", "党委", "区委", "区委"),
    Slot("government", "政府", "区政府", "区政府"),
    Slot("bureau", "卫生健康部门", "区卫生健康局", "区卫生健康局"),
    Slot("person", "前序发言人", "××同志", "李华同志"),
    Slot("count", "条数", "几", "三"),
)

_BY_NAME = {s.name: s for s in SLOTS}


def get_slot(name: str) -> Slot:
    """The slot called ``name``; KeyError if the registry has none."""
    return _BY_NAME[name]


def slot_names(text: str) -> list[str]:
    """The slot names used in ``text``, in order of first appearance."""
    seen: list[str] = []
    for m in SLOT_RE.finditer(text):
        if m.group(1) not in seen:
            seen.append(m.group(1))
    return seen


def fill_slots(text: str, values: dict[str, str]) -> str:
    """Replace each ``{slot}`` with its value; a slot missing from ``values`` raises KeyError."""
    return SLOT_RE.sub(lambda m: values[m.group(1)], text)


def with_fallbacks(text: str) -> str:
    """The phrase as printed where slots cannot be held: ``{region}`` → ``××区``."""
    return SLOT_RE.sub(lambda m: _BY_NAME[m.group(1)].fallback, text)
