"""VS Code snippets (.code-snippets JSON): prefix = the code, slots as `${n:label}` tab stops."""
from __future__ import annotations

import json
from collections.abc import Sequence

from ..model.bank import Phrase
from .common import Rendered, describe, fallback_text, head, segments, slot_label


def escape(text: str) -> str:
    """Snippet-syntax escaping: `\\`, `$` and `}` would otherwise start or end a placeholder."""
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}")


def body(p: Phrase) -> str | list[str]:
    """The snippet body; a slot used twice gets the same tab stop, so typing once fills both."""
    stops: dict[str, int] = {}
    parts: list[str] = []
    for kind, value in segments(p.text):
        if kind == "text":
            parts.append(escape(value))
        else:
            n = stops.setdefault(value, len(stops) + 1)
            parts.append(f"${{{n}:{escape(slot_label(value))}}}")
    text = "".join(parts)
    return text.split("\n") if "\n" in text else text


def render(phrases: Sequence[Phrase]) -> Rendered:
    """The JSON bytes, one snippet per phrase, keyed by id so that colliding codes stay apart."""
    snippets = {
        f"{p.id} {head(fallback_text(p), 12)}": {
            "prefix": p.code,
            "body": body(p),
            "description": f"{describe(p)}（{p.id}）",
        }
        for p in phrases
    }
    data = json.dumps(snippets, ensure_ascii=False, indent=2) + "\n"
    return Rendered(data.encode("utf-8"), len(snippets))
