"""`residue` findings: template slots and placeholders left in a draft (DESIGN: what a speech never contains)."""
from __future__ import annotations

import re

from .finding import Finding
from .sentences import sentence_at

_RESIDUE = (
    (re.compile(r"\{\{?[^{}]{0,30}\}?\}|[{}｛｝]"), "模板占位符未替换"),
    (re.compile(r"(?:19|20)[xX×＊*]{2}年?|[xX×]{1,4}年(?=[\u4e00-\u9fff])"), "年份占位符未替换"),
    (re.compile(r"(?<![A-Za-z])(?:[xX]{2,}|[ＸＸｘ]{2,})(?![A-Za-z])"), "“xx”占位符未替换"),
    (re.compile(r"×{2,}"), "“××”占位符未替换"),
    (re.compile(r"某某"), "“某某”占位符未替换"),
    (re.compile(r"\*{2,}|＊{2,}"), "“**”残留（占位符或 Markdown 标记）"),
    (re.compile(r"_{2,}|＿{2,}"), "“__”填空线残留"),
    (re.compile(r"“\s*”|\"\s*\"|‘\s*’|《\s*》|（\s*）|\(\s*\)"), "空引号或空括号：内容缺失"),
    (re.compile(r"【[^】]{0,20}】"), "“【】”占位标记残留"),
)


def check_residue(paragraphs: list[str]) -> list[Finding]:
    """Residue findings of every paragraph; overlapping matches are reported once."""
    found = []
    for index, paragraph in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        for rx, message in _RESIDUE:
            for m in rx.finditer(paragraph):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Finding(index, sentence_at(paragraph, m.start()), "residue", m.group(),
                                     message, None, m.start(), m.end()))
    return found
