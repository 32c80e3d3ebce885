"""The composed speech: what compose returns and every writer (docx, md, txt, outline) reads."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .text import starts_of

# Plain-text heading numbers by level (DESIGN: 一、 （一） 1. （1）; never Word auto-numbering).
HEADING_LEVELS = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


@dataclass(frozen=True)
class Heading:
    """A numbered heading. ``body`` is text that runs on in the same paragraph after it,
    as speeches often do below the first level: ``（一）加强组织领导。要……``."""

    level: int
    number: str
    text: str
    body: str = ""


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph (first line indented two characters when printed)."""

    text: str


Block = Heading | Paragraph


@dataclass(frozen=True)
class Speech:
    """A finished speech, ready for any writer."""

    kind: str
    title: str                      # 在2025年全区卫生健康工作会议上的讲话
    speaker_line: str               # 副区长　张明 (full-width space between title and name)
    date_line: str                  # （2025年2月18日）
    salutation: str = "同志们："
    main_title: str | None = None   # a thematic main title; the title then prints as ——subtitle
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    plan: tuple[str, ...] = ()      # the plan compose worded (parts, data, answers), for the outline

    def headings(self) -> list[Heading]:
        """The headings in order, for the outline (提纲) and the wizard's preview."""
        return [b for b in self.blocks if isinstance(b, Heading)]

    def body_length(self) -> int:
        """Characters of body text (headings and run-on text included, front matter excluded)."""
        n = 0
        for b in self.blocks:
            if isinstance(b, Heading):
                n += len(b.number) + len(b.text) + len(b.body)
            else:
                n += len(b.text)
        return n

    def all_text(self) -> str:
        """Every line of the speech as plain text, front matter included (for checks and txt)."""
        lines = [self.main_title or "", ("——" + self.title) if self.main_title else self.title,
                 self.speaker_line, self.date_line, self.salutation]
        for b in self.blocks:
            lines.append(b.number + b.text + b.body if isinstance(b, Heading) else b.text)
        return "\n".join(x for x in lines if x)


def with_text(blocks: list[Block], change: Callable[[str], str]) -> list[Block]:
    """``blocks`` with ``change`` applied, in speaking order, to each paragraph's text and each heading's run-on
    body (heading texts stay as they are)."""
    return [replace(b, body=change(b.body)) if isinstance(b, Heading) else replace(b, text=change(b.text))
            for b in blocks]


def said_at_most(blocks: list[Block], pattern: re.Pattern[str], most: int,
                 instead: str | Sequence[str] | Callable[[re.Match[str]], str] = "",
                 keep: Sequence[str] = ()) -> list[Block]:
    """``blocks`` with ``pattern`` said ``most`` times in speaking order; each later match becomes ``instead``, or,
    given several wordings, the next of them in turn (the frame varied: 各项任务 → 各项工作, then 工作任务, …), or what
    ``instead`` makes of the match (a wording that suits where it stands).  A match inside one of ``keep`` (the brief's
    own clauses) is counted and said as typed."""
    seen = [0]
    turns = (instead,) if isinstance(instead, str) or callable(instead) else tuple(instead) or ("",)

    def in_text(text: str) -> str:
        if not pattern.search(text):   # (most paragraphs do not say it: their kept clauses need not be found)
            return text
        kept = [(at, at + len(c)) for c in keep if c for at in starts_of(c, text)]

        def once_more(m: re.Match[str]) -> str:
            seen[0] += 1
            if seen[0] <= most or any(a <= m.start() and m.end() <= b for a, b in kept):
                return m.group(0)
            turn = turns[(seen[0] - most - 1) % len(turns)]
            return turn(m) if callable(turn) else turn

        return pattern.sub(once_more, text)

    return with_text(blocks, in_text)

