"""Patterns asked at no start-up cost: a word list asked only yes/no is looked for with ``in`` (Words), any other
pattern is compiled when first used (Lazy).  Compiling a regex of CJK words is ~0.1 ms, ~1 ms for a long list or a
CJK class, paid on every start by every module-level pattern; one render left ~45 of compose's unused and ~70 were
plain words (issue 11, bench/regex_audit.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

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

    def sub(self, repl: str, text: str) -> str:
        return self.compiled.sub(repl, text)

    def split(self, text: str) -> list[str]:
        return self.compiled.split(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)


def matcher(pattern: str) -> Words | Lazy:
    """``pattern`` asked yes/no: its words looked for with ``in`` when it is only words, else compiled on first use."""
    return Words(pattern) if plain_words(pattern) else Lazy(pattern)
