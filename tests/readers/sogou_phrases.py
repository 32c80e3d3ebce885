"""A strict reader of Sogou's PhraseEdit.txt, from the rules in the header of Sogou's own file.

Rules: UTF-16LE with a BOM; lines end with CRLF; a line starting with `;` is a comment; an entry is
`key,position=phrase` (key: letters, position: a number, the candidate slot); the multi-line form is
`key,position=` with nothing after `=`, its phrase being the following lines up to a blank line or the next
entry. A phrase starting with `#` is a time-function expression (not used by us).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ENTRY = re.compile(r"^(?P<key>[A-Za-z]+),(?P<pos>[0-9]+)=(?P<phrase>.*)$")


class FormatError(ValueError):
    """Raised when the file breaks one of the rules above."""


@dataclass(frozen=True)
class SogouEntry:
    key: str
    position: int
    phrase: str
    line: int


def read(data: bytes) -> list[SogouEntry]:
    """Every entry in file order; FormatError names the first broken rule."""
    if not data.startswith(b"\xff\xfe"):
        raise FormatError("no UTF-16LE byte-order mark")
    if len(data) % 2:
        raise FormatError("odd byte count for UTF-16")
    text = data[2:].decode("utf-16-le")
    if "\ufeff" in text:
        raise FormatError("a second BOM inside the text")
    if text and not text.endswith("\r\n"):
        raise FormatError("last line not ended by CRLF")
    if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
        raise FormatError("a line break that is not CRLF")
    lines = text[:-2].split("\r\n") if text else []
    entries: list[SogouEntry] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip() or line.startswith(";"):
            i += 1
            continue
        m = ENTRY.match(line)
        if not m:
            raise FormatError(f"line {i + 1}: not an entry: {line!r}")
        pos = int(m.group("pos"))
        if not 1 <= pos <= 9:
            raise FormatError(f"line {i + 1}: position {pos} outside 1–9")
        if m.group("phrase"):
            entries.append(SogouEntry(m.group("key"), pos, m.group("phrase"), i + 1))
            i += 1
            continue
        body: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() and not ENTRY.match(lines[j]):
            body.append(lines[j])
            j += 1
        if not body:
            raise FormatError(f"line {i + 1}: multi-line entry with no phrase")
        entries.append(SogouEntry(m.group("key"), pos, "\n".join(body), i + 1))
        i = j
    return entries
