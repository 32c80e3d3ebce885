"""Pinyin annotations some sites print after each converted character (`衛(wèi)`), and their removal."""
from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_VOWELS = f"[aeiouüv{_TONED}]"
# One syllable: optional initial, vowels, optional nasal/r coda, optional tone digit. A tone mark or digit is
# required so that English in brackets — `(his)`, `(ris)` — and Roman numerals are never taken for pinyin.
_SYLLABLE = f"{_INITIAL}{_VOWELS}{{1,4}}(?:ng|n|r)?[1-5]?"
_ANNOTATION = re.compile(
    rf"(?<=[\u3400-\u9fff\uf900-\ufaff])[ \u3000]?[\(（]((?i:{_SYLLABLE}))[\)）]"
)
_HAS_TONE = re.compile(f"[{_TONED}1-5]")
# Neutral-tone syllables carry no mark (們(men), 的(de)); only these few are accepted without one.
_NEUTRAL = frozenset("men de le me zi ne ma ba zhe guo li tou shang xia mian bian lai qu ge ya wa na la".split())


def strip_pinyin(text: str) -> str:
    """``text`` without pinyin annotations after CJK characters; `（一）`, `(试行)`, `(his)` are kept."""
    if "(" not in text and "（" not in text:
        return text
    return _ANNOTATION.sub(_drop_if_toned, text)


def _drop_if_toned(match: re.Match) -> str:
    syllable = match.group(1)
    return "" if _HAS_TONE.search(syllable) or syllable in _NEUTRAL else match.group(0)


def has_pinyin(text: str) -> bool:
    """True when ``text`` still holds a pinyin annotation (used by tests and checks)."""
    return any(_drop_if_toned(m) == "" for m in _ANNOTATION.finditer(text))
