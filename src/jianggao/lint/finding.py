"""What lint reports: one Finding per fault, anchored at the words at fault inside a paragraph."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("era", "level", "number", "residue", "repeat", "heading")
KIND_NAMES = {"era": "提法时效", "level": "层级", "number": "数字用法", "residue": "残留", "repeat": "重复",
              "heading": "标题序号"}


@dataclass(frozen=True)
class Finding:
    """One fault: paragraph index (1-based), the sentence holding it, the words at fault and their offsets.

    ``start``/``end`` are character offsets of ``term`` inside the paragraph text; the commented .docx
    anchors its Word comment there. ``file`` is filled in by the caller that knows it."""

    paragraph: int
    text: str
    kind: str
    term: str
    message: str
    suggestion: str | None
    start: int
    end: int
    file: str = ""

    def as_json(self) -> dict:
        """The contract's JSON object (DESIGN: jianggao lint), in its key order."""
        return {"file": self.file, "paragraph": self.paragraph, "text": self.text, "kind": self.kind,
                "term": self.term, "message": self.message, "suggestion": self.suggestion}
