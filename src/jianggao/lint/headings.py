"""`heading` findings: heading numbers out of sequence at each level (一、三、; （一）（三）; 1. 3.; （1）（3）)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .finding import Finding
from .numbers import chinese_to_int, int_to_chinese
from .sentences import sentence_at

# Level, pattern: the number is group 1. `1、` counts as level 3 here (its form is a `number` finding).
_LEVELS = (
    # 一、2020年工作回顾 is a heading; only after a dot does a digit make it a number (一.5 is not).
    (1, re.compile(r"^([一二三四五六七八九十]{1,3})(?:[、，]|[.．](?!\d))")),
    (2, re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]")),
    (3, re.compile(r"^(\d{1,2})[.．、](?!\d)(?=\D)")),
    (4, re.compile(r"^[（(](\d{1,2})[)）]")),
)


@dataclass(frozen=True)
class HeadingNumber:
    """A paragraph that opens with a heading number: its level, value and the number as written."""

    paragraph: int
    level: int
    value: int
    written: str


def heading_number(paragraph: str) -> tuple[int, int, str] | None:
    """(level, value, the number as written) when ``paragraph`` opens with a heading number."""
    text = paragraph.lstrip()
    for level, rx in _LEVELS:
        m = rx.match(text)
        if m:
            raw = m.group(1)
            value = int(raw) if raw.isdigit() else chinese_to_int(raw)
            if value:
                return level, value, m.group()
    return None


def _written(level: int, value: int) -> str:
    return {1: f"{int_to_chinese(value)}、", 2: f"（{int_to_chinese(value)}）", 3: f"{value}.",
            4: f"（{value}）"}[level]


def check_headings(paragraphs: list[str]) -> list[Finding]:
    """Heading-sequence findings: each level counts from one under its parent and steps by one."""
    found = []
    # The numbers each level may take next: one more than the last, or — after a faulty number — one more
    # than the number that was due, so 一、二、四、四、 (a typo) and 一、二、四、五、 (a gap) are each one finding.
    allowed = {1: {1}, 2: {1}, 3: {1}, 4: {1}}
    for index, paragraph in enumerate(paragraphs, 1):
        if paragraph.lstrip().startswith("——"):
            # A dash-led sub-title (——农区工作) opens a new run of numbered items under it.
            allowed[3] = allowed[4] = {1}
            continue
        head = heading_number(paragraph)
        if head is None:
            continue
        level, value, written = head
        expected = min(allowed[level])
        if value not in allowed[level]:
            lead = len(paragraph) - len(paragraph.lstrip())
            found.append(Finding(index, sentence_at(paragraph, lead), "heading", written,
                                 f"标题序号不连续：此处应为“{_written(level, expected)}”", _written(level, expected),
                                 lead, lead + len(written)))
            allowed[level] = {value + 1, expected + 1}
        else:
            allowed[level] = {value + 1}
        for deeper in range(level + 1, 5):
            allowed[deeper] = {1}
    return found
