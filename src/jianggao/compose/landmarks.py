"""The year's defining policy said in the area it belongs to, and a plan's final year said as one (reading 49)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..model import levels


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def landmark_line(entries: Iterable[Mapping[str, Any]], date: dt.date, level: str, *, rural: bool,
                  said: Callable[[Sequence[str]], bool]) -> tuple[str, tuple[str, ...]]:
    """The newest entry of an area's landmarks (templates/wording/task_landmarks.yaml) a speech of ``date`` at
    ``level`` says, with its marks: in its window, in the level's wording (``township`` for a 乡 镇 街道, ``text``
    for the others, within ``levels`` where given), in a place with villages where ``rural``, and not already said
    (``said(marks)``: the brief's items or a line before it name it).  ("", ()) where none is left."""
    township = levels.is_township(level)
    live = [e for e in entries
            if (_day(e.get("from")) or dt.date.min) <= date <= (_day(e.get("to")) or dt.date.max)]
    # newest first; entries of one day in the file's order (全面两孩 before 生育登记)
    live.sort(key=lambda e: str(e.get("from") or ""), reverse=True)
    for e in live:
        text = e.get("township") if township else e.get("text")
        if not text or (e.get("rural") and not rural):
            continue
        if not township and e.get("levels") and level not in e["levels"] and levels.word(level) not in e["levels"]:
            continue
        marks = tuple(str(m) for m in e.get("marks") or ())
        if said(marks):
            continue
        return str(text), marks
    return "", ()


class Landmarks:
    """The templates' ``landmark(topic_key, items)``: the line that opens the area's subsection (landmark_line), once
    a speech: a landmark whose marks the brief's own items and problems (``brief_lines``) or the area's ``items``
    name is left to them, and one line said is not said again under another area (全面两孩 under 人口家庭, then not
    under 妇幼健康).  ``said`` holds the lines given, whose length the tasks' budget makes room for (core: a line
    added is not paid for with a brief item's measure)."""

    def __init__(self, table: Mapping[str, Sequence[Mapping[str, Any]]], date: dt.date, level: str, *, rural: bool,
                 brief_lines: Iterable[str]) -> None:
        self.table, self.date, self.level, self.rural = table, date, level, rural
        self.brief_text = "|".join(brief_lines)
        self.said: list[str] = []
        self._spoken: list[str] = []

    def __call__(self, topic_key: str, items: Sequence[str] = ()) -> str:
        here = self.brief_text + "|" + "|".join(items)

        def said(marks: Sequence[str]) -> bool:
            return any(m in here or any(m in s for s in self._spoken) for m in marks)

        text, marks = landmark_line(self.table.get(topic_key) or (), self.date, self.level, rural=self.rural,
                                    said=said)
        if text:
            self.said.append(text)
            self._spoken.append(text + "|" + "|".join(marks))
        return text


# A plan's final year (tifa.yaml ``plans``: 2015, 2020, 2025): the plan's targets are due by the year's end, so what the
# plan set as a target is not said as 逐步/稳步 (reading 49's r3: 二级以上综合医院要逐步开设老年医学科 in July 2025).
# Only verbs that complete a target (开设 建成 配齐 …): 逐步提高补助标准 or 逐步扩大覆盖面 name no end point.
_GRADUAL = re.compile(r"(要|应|应当|将)?(?:逐步|稳步)(开设|设置|建成|建立|配齐|配备|实现|达到|覆盖|完成)")


def deadline_words(text: str) -> str:
    """``text`` with a target due this year said as due (年底前要开设…), not as gradual (要逐步开设…)."""
    return _GRADUAL.sub(lambda m: "年底前" + (m.group(1) or "要") + m.group(2), text)


def next_plan(name: str) -> str:
    """The five-year plan after ``name`` in the 提法 registry (tifa.yaml ``plans``: 十五五 after 十四五), "" for the last."""
    from ..model.tifa import load_registry

    plans = load_registry().plans
    return next((after.name for this, after in zip(plans, plans[1:], strict=False) if this.name == name), "")
