"""What segmenting makes of a document: speeches, part headings, paragraphs and sentences (pure data,
shared by segment and roles)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    """One sentence of a paragraph and the raw line it starts on."""

    text: str
    line: int


@dataclass
class Heading:
    """A part heading: level 1 一、, 2 （一）, 3 1.; ``role`` says which part of a speech it opens."""

    level: int
    number: str
    text: str
    line: int
    role: str = "body"
    topics: list[str] = field(default_factory=list)
    raw: str = ""          # the heading as printed, number and stop included: `一、坚定信心…`, `（一）深化医改。`

    @property
    def printed(self) -> str:
        return self.raw or f"{self.number}、{self.text}"


@dataclass
class Paragraph:
    """A body paragraph: its sentences, the role it plays in the speech and its topic keys."""

    sentences: list[Sentence]
    line: int
    role: str = "body"
    part_role: str = "opening"
    topics: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.sentences)


@dataclass
class Speech:
    """One speech of a document (a 范文 page holds several)."""

    doc: str
    index: int
    title: str = ""
    salutation: str = ""
    salutation_line: int = 0
    kind: str = "annual_conference"
    blocks: list[Heading | Paragraph] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def sentence_count(self) -> int:
        return sum(len(p.sentences) for p in self.paragraphs)
