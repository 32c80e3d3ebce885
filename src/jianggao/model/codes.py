"""Short ASCII codes for input methods: pinyin initials (凝心聚力 → nxjl), unique across the bank."""
from __future__ import annotations

from collections.abc import Iterable

from .slots import SLOT_RE

BASE_CHARS = 4      # initials of the first four characters: short enough to type, long enough to recall
MAX_LEN = 12        # Microsoft Pinyin allows 32; Sogou keys stay short to be typeable


def initials(text: str) -> str:
    """Pinyin initials of the Chinese characters of ``text`` (slots and punctuation skipped)."""
    from pypinyin import Style, lazy_pinyin

    hans = "".join(c for c in SLOT_RE.sub("", text) if "\u4e00" <= c <= "\u9fff")  # the CJK block
    if not hans:
        return ""
    return "".join(p[0] for p in lazy_pinyin(hans, style=Style.FIRST_LETTER, errors="ignore") if p).lower()


def assign_codes(texts: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Codes for (id, text) pairs, deterministic and unique.

    Each code starts as the initials of the first four characters; on a
    collision it grows by the next character's initial, and past MAX_LEN a
    letter suffix (a, b, … aa …) tells the entries apart. Input order decides
    who keeps the shorter code, so callers pass entries in id order.
    """
    taken: set[str] = set()
    out: dict[str, str] = {}
    for pid, text in texts:
        full = initials(text) or "jg"
        code = ""
        for n in range(min(BASE_CHARS, len(full)), min(len(full), MAX_LEN) + 1):
            if full[:n] not in taken:
                code = full[:n]
                break
        if not code:
            stem = full[:MAX_LEN - 2]
            i = 0
            while True:
                code = stem + _letters(i)
                if code not in taken:
                    break
                i += 1
        taken.add(code)
        out[pid] = code
    return out


def _letters(i: int) -> str:
    """0 → a, 25 → z, 26 → aa …"""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(97 + r) + s
    return s
