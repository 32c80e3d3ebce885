"""Pinyin annotations some sites print after each converted character, in every form they use, and their removal.

Forms seen on such sites: `衛(wèi)` `衛（wèi）` `衛[wèi]` `衛【wèi】` (tone marks), `衛(wei4)` (tone digits),
and bare `衛wèi` / `衛wei4` glued to the character.  A tone mark or digit is required, so English in brackets —
`(his)`, `(ris)` — Roman numerals and words such as `CT检查` are never taken for pinyin; the few neutral-tone
syllables (們(men)) are accepted without one.
"""
from __future__ import annotations

import re
from functools import lru_cache

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_VOWELS = f"[aeiouüv{_TONED}]"
_SYLLABLE = f"{_INITIAL}{_VOWELS}{{1,4}}(?:ng|n|r)?[1-5]?"
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_OPEN, _CLOSE = "(（[【", ")）]】"
_BRACKETED = re.compile(
    rf"(?<=[{_CJK}])[ \u3000]?[{re.escape(_OPEN)}]((?i:{_SYLLABLE}))[{re.escape(_CLOSE)}]"
)
# Bare: lower-case letters right after a character, carrying a tone mark or ending in a tone digit, and not
# running on into more Latin (an English word after a character is left alone).
_BARE = re.compile(
    rf"(?<=[{_CJK}])(?:{_INITIAL}[aeiouüv]{{0,3}}[{_TONED}][aeiouüv{_TONED}]{{0,3}}(?:ng|n|r)?"
    rf"|{_INITIAL}[aeiouüv]{{1,4}}(?:ng|n|r)?[1-5])(?![A-Za-z\d{_TONED}])"
)
_HAS_TONE = re.compile(f"[{_TONED}1-5]")
# Neutral-tone syllables carry no mark (們(men), 的(de)); only these few are accepted without one.
_NEUTRAL = frozenset("men de le me zi ne ma ba zhe guo li tou shang xia mian bian lai qu ge ya wa na la".split())
# Bare neutral syllables are taken only after the characters that carry them.
_BARE_NEUTRAL = re.compile(r"(?<=們)men|(?<=麼)me|(?<=個)ge|(?<=裏)li|(?<=頭)tou|(?<=們)men")


def strip_pinyin(text: str) -> str:
    """``text`` without pinyin annotations after CJK characters; `（一）`, `(试行)`, `(his)` are kept."""
    if any(c in text for c in _OPEN):
        text = _BRACKETED.sub(_drop_if_toned, text)
    if _has_latin(text):
        text = _BARE.sub("", text)
        text = _BARE_NEUTRAL.sub("", text)
    return text


# What bare pinyin always shows: a tone-marked vowel, or a tone digit right after a letter.
_BARE_HINT = re.compile(rf"[{_TONED}]|[a-zü][1-5]")


_NEUTRAL_HINT = re.compile(rf"[{re.escape(_OPEN)}](?:{'|'.join(sorted(_NEUTRAL))})[{re.escape(_CLOSE)}]")


_ANY_HINT = re.compile(_BARE_HINT.pattern + "|" + _NEUTRAL_HINT.pattern)


def _has_latin(text: str) -> bool:
    return bool(_BARE_HINT.search(text))


def _drop_if_toned(match: re.Match) -> str:
    syllable = match.group(1)
    return "" if _HAS_TONE.search(syllable) or syllable.lower() in _NEUTRAL else match.group(0)


@lru_cache(maxsize=2048)
def has_pinyin(text: str) -> bool:
    """True when ``text`` still holds a pinyin annotation (used by tests and checks)."""
    if not _ANY_HINT.search(text):
        return False
    return any(_drop_if_toned(m) == "" for m in _BRACKETED.finditer(text)) or bool(_BARE.search(text))


_LEADING = re.compile(
    rf"^(?:[{re.escape(_OPEN)}](?i:{_SYLLABLE})[{re.escape(_CLOSE)}]"
    rf"|{_INITIAL}[aeiouüv]{{0,3}}[{_TONED}][aeiouüv{_TONED}]{{0,3}}(?:ng|n|r)?(?=[{_CJK}])"
    rf"|{_INITIAL}[aeiouüv]{{1,4}}(?:ng|n|r)?[1-5](?=[{_CJK}]))"
)


def strip_leading_pinyin(text: str) -> str:
    """``text`` without an annotation at its very start (a page broke between a character and its pinyin)."""
    match = _LEADING.match(text)
    if match and (_HAS_TONE.search(match.group(0)) or match.group(0).strip("()（）[]【】").lower() in _NEUTRAL):
        return text[match.end():]
    return text


_CUT_TAIL = re.compile(rf"(?<=[{_CJK}])(?:[{re.escape(_OPEN)}][a-zü{_TONED}]{{0,6}}[1-5]?|[a-zü{_TONED}]{{1,6}})$")
_CUT_HEAD = re.compile(rf"^(\d{{1,3}}[、.．]\s*)([a-zü{_TONED}]{{0,6}}[1-5]?[{re.escape(_CLOSE)}]?)")


def mend_annotation_across(before: str, after: str) -> tuple[str, str]:
    """Two page-spliced raw lines with an annotation cut between them (`…群(q` + `2、ún)众…`) made whole again."""
    tail = _CUT_TAIL.search(before.rstrip())
    head = _CUT_HEAD.match(after.lstrip())
    if not tail or not head or not head.group(2):
        return before, after
    joined = tail.group(0) + head.group(2)
    bracketed = joined[0] in _OPEN and joined[-1] in _CLOSE
    if not (bracketed or joined[-1] not in _CLOSE and joined[0] not in _OPEN):
        return before, after
    core = joined.strip(_OPEN + _CLOSE)
    if not re.fullmatch(_SYLLABLE, core, re.IGNORECASE) or not (_HAS_TONE.search(core) or core in _NEUTRAL):
        return before, after
    before = before.rstrip()
    after = after.lstrip()
    return before[: len(before) - len(tail.group(0))], head.group(1) + after[head.end():]
