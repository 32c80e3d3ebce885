"""Text hygiene for anything written into XML: drop what XML 1.0 cannot hold and stray control characters."""
from __future__ import annotations

import re

# XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# We go further and also drop C1 controls (U+0080–U+009F) and DEL: they are legal XML but
# come only from mis-decoded web copies, and Word shows them as boxes.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)
# Invisible characters that a pasted brief often carries (BOM, zero-width space/joiners);
# in a printed speech they only break searching and character counts.
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060]")
# Everything a brief's text loses (line breaks stay: a brief value may hold several lines).
UNPRINTABLE = re.compile(f"{_FORBIDDEN.pattern}|{_INVISIBLE.pattern}")
# A paragraph is one line of the speech: a tab or line break inside it is pasting noise.
_LINE_BREAKS = re.compile("[\t\r\n\u2028\u2029\x85]+")


def xml_safe(text: str) -> str:
    """Return ``text`` with every character XML 1.0 forbids, control characters and
    invisible zero-width marks removed; tabs and line breaks become a single space."""
    text = _LINE_BREAKS.sub(" ", text)
    text = _FORBIDDEN.sub("", text)
    return _INVISIBLE.sub("", text)
