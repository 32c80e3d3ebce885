"""Patterns asked at no start-up cost: a word list asked only yes/no is looked for with ``in`` (Words), any other
pattern is compiled when first used (Lazy).  Compiling a regex of CJK words is ~0.1 ms, ~1 ms for a long list or a
CJK class, paid on every start by every module-level pattern; one render left ~45 of compose's unused and ~70 were
plain words (issue 11, bench/regex_audit.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

# The characters that make an alternative more than a plain word.
_META = frozenset("\\.^$*+?{}[]()|")


def plain_words(pattern: str) -> bool:
    """Whether ``pattern`` is only words joined by ``|`` (no regex metacharacter, no empty alternative)."""
    return all(pattern.split("|")) and not any(c in _META for c in pattern.replace("|", ""))


class Words:
    """A list of words written as a plain alternation (``词一|词二``) and asked only whether one occurs: looked for
    with ``in``, so nothing is compiled (a regex of CJK words costs ~0.1 ms to compile on every start)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: str) -> None:
        if not plain_words(pattern):
            raise ValueError(f"not plain words: {pattern!r}")
        self.pattern = pattern
        self.words = tuple(pattern.split("|"))

    def search(self, text: str) -> bool:
        """Whether one of the words occurs in ``text`` (what ``bool(re.search(pattern, text))`` says)."""
        return any(map(text.__contains__, self.words))


class Lazy:
    """A regular expression compiled when first used (a pattern many starts never need costs them nothing)."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        # (the compiled pattern asked directly once made: ~10,000 searches a render)
        return (self._compiled or self.compiled).search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(repl, text)

    def split(self, text: str) -> list[str]:
        return self.compiled.split(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


def matcher(pattern: str) -> Words | Lazy:
    """``pattern`` asked yes/no: its words looked for with ``in`` when it is only words, else compiled on first use."""
    return Words(pattern) if plain_words(pattern) else Lazy(pattern)


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or None where none can be told: a text holding none of
    them has no match, so ``in`` (a fraction of a search's cost) answers most texts for a long alternation of slow
    branches (levels_powers' businesses: 10–15 µs a search).  Read off ``re``'s own parse of the pattern: a literal run
    every match passes through, or one such run per branch of an alternation every match passes through; the best
    such set (its shortest needle longest, then the fewest) is kept.  The needles of the patterns the sample renders
    ask are shipped (prepared/needles.marshal, made with regexes.marshal for the same interpreter): parsing the
    businesses' and the 提法 windows' long alternations again was 14–38 M instructions of a render (speed32)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    if ASKED is not None:
        ASKED.add((pattern.pattern, pattern.flags))
    shipped = _shipped_needles().get((pattern.pattern, pattern.flags), _NONE)
    if shipped is not _NONE:
        return shipped
    return worked_out_needles(pattern)


_NONE: Any = object()
# The patterns whose needles were asked for, while prepared/regexes.py records the sample runs (else None).
ASKED: set[tuple[str, int]] | None = None


@lru_cache(maxsize=1)
def _shipped_needles() -> dict[tuple[str, int], tuple[str, ...] | None]:
    """The shipped needles by (pattern, flags), when this interpreter and this module's code made them; else {}."""
    try:
        from ..prepared import regexes

        return regexes.shipped_needles()
    except (ImportError, OSError):
        return {}


def worked_out_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``needles`` worked out from ``re``'s parse of the pattern (never the shipped table)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        found = _needed(_parser.parse(pattern.pattern, pattern.flags), _parser)
    except Exception:         # (another Python's parse tree: no prefilter, every text is searched)
        return None
    return tuple(found) if found else None


def _best(sets: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    sets = [s for s in sets if s and all(s)]
    if not sets:
        return None
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)))


def _needed(items: object, parser: object) -> tuple[str, ...] | None:
    """The needles of a parsed sequence (see needles): its literal runs and the needles of what it must pass through."""
    c: Any = parser
    sets: list[tuple[str, ...]] = []
    run = ""
    for op, arg in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if run:
            sets.append((run,))
            run = ""
        if op is c.SUBPATTERN:
            inner = _needed(arg[-1], parser)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            inner = _needed(arg[2], parser)
        elif op is c.ASSERT:
            inner = _needed(arg[1], parser)
        elif op is c.BRANCH:
            branches = [_needed(b, parser) for b in arg[1]]
            inner = None if any(b is None for b in branches) else tuple(dict.fromkeys(n for b in branches for n in b or ()))
        else:
            inner = None
        if inner:
            sets.append(inner)
    if run:
        sets.append((run,))
    return _best(sets)


def could_match(found: tuple[str, ...] | None, text: str) -> bool:
    """Whether a pattern whose ``needles`` are ``found`` could match ``text`` (True where it has none)."""
    return found is None or any(map(text.__contains__, found))


def prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One alternation of ``pattern``'s needles as plain strings (None where it has none): a search of it costs well
    under a microsecond where a long alternation of slow branches costs 10–30, and where it finds nothing ``pattern``
    finds nothing either (levels_powers asks ~2,000 clauses a speech, a few hundred of which hold a needle)."""
    found = needles(pattern)
    if not found:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(found, key=lambda n: (-len(n), n))))


# A numbered item's head in a speech's paragraph (一是…, 十二是…): one pattern for every compose pass that tells items
# apart (it had been written out in seven modules).
ORDINAL_ITEM = re.compile(r"^[一二三四五六七八九十]+是")
