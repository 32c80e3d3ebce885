"""Which of many lists of words occur in a text, asked of all the lists at once, without a regex for each.

The idea table (compose.ideas) and the topic registry (model.topics) are lists of plain words, asked about
every sentence a speech considers: a compiled regex per list cost ~7 ms to compile on every start and one
search per list per sentence.  Here the words are indexed by their first two characters, and a text is looked
up by the pairs of characters it holds, so only the words that could be there are looked for.  The answers are
exactly the regexes' (``tests/model/test_wordsets.py``): a list that is not plain words (it has a regex's
metacharacters, or an empty alternative) is asked as the regex it is, compiled when first needed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The characters that make an alternative more than a plain word.
_META = frozenset("\\.^$*+?{}[]()|")


class WordSets:
    """Lists of words (each a plain alternation ``词一|词二``, or any regex), asked which occur in a text."""

    def __init__(self, patterns: Iterable[str], *, literal: bool = False) -> None:
        """``patterns``: one alternation per list; with ``literal`` each is a single word taken as written."""
        self.patterns = tuple(patterns)
        self.literal = literal
        self._by_pair: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._single: list[tuple[int, str]] = []      # one-character words: looked for directly
        self._regex: list[int] = []                   # lists that are not plain words
        self._compiled: dict[int, re.Pattern[str]] = {}
        for i, pattern in enumerate(self.patterns):
            words = [pattern] if literal else pattern.split("|")
            if not all(words) or (not literal and any(c in _META for w in words for c in w)):
                self._regex.append(i)
                continue
            for w in words:
                if len(w) == 1:
                    self._single.append((i, w))
                else:
                    self._by_pair.setdefault((w[0], w[1]), []).append((i, w))

    def found(self, text: str) -> set[int]:
        """The indices of the lists one of whose words (or whose regex) occurs in ``text``."""
        hits: set[int] = set()
        by_pair = self._by_pair
        for pair in set(zip(text, text[1:], strict=False)) & by_pair.keys():
            for i, w in by_pair[pair]:
                if i not in hits and w in text:
                    hits.add(i)
        for i, w in self._single:
            if i not in hits and w in text:
                hits.add(i)
        for i in self._regex:
            if i not in hits and self._pattern(i).search(text):
                hits.add(i)
        return hits

    def _pattern(self, i: int) -> re.Pattern[str]:
        if i not in self._compiled:
            self._compiled[i] = re.compile(re.escape(self.patterns[i]) if self.literal else self.patterns[i])
        return self._compiled[i]
