"""A reader of VS Code snippet bodies (the TextMate-style grammar): text with `$n`, `${n}`, `${n:default}`.

Outside a placeholder `\\` escapes `$`, `}` and `\\`; an unescaped `$` must start a tab stop, variable or
placeholder, and an unescaped `}` closes one. The reader returns the body as pieces so a test can compare
it with the phrase it came from.
"""
from __future__ import annotations

import re


class SnippetError(ValueError):
    """Raised when a body is not valid snippet syntax, or uses something the exporter never writes."""


def parse(body: str) -> list[tuple[str, object]]:
    """Pieces ("text", str) and ("stop", (number, default text)) in order."""
    pieces: list[tuple[str, object]] = []
    text: list[str] = []
    i = 0

    def flush():
        if text:
            pieces.append(("text", "".join(text)))
            text.clear()

    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body) and body[i + 1] in "$}\\":
            text.append(body[i + 1])
            i += 2
        elif ch == "$":
            m = re.compile(r"\$\{(\d+):((?:[^\\}$]|\\[\\}$])*)\}").match(body, i)
            if not m:
                raise SnippetError(f"bare $ at {i}: {body[i:i + 10]!r}")
            flush()
            default = re.sub(r"\\([\\}$])", r"\1", m.group(2))
            pieces.append(("stop", (int(m.group(1)), default)))
            i = m.end()
        elif ch == "}":
            raise SnippetError(f"unescaped }} at {i}")
        else:
            text.append(ch)
            i += 1
    flush()
    return pieces
