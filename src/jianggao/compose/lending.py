"""Measures lent across areas, looked up: which of the templates' own measures written under one area (TASK_MORE)
might serve an item of another (Picker.serve lends them: 家庭医生签约 is written under 医改 and a brief may list it
under 基层卫生).

Asking every one of the ~650 measures about every item of every area (serve.could_serve, then score) was ~3% of a
render. Here a table of the measures' ideas, and a search of their text for the item's content pairs (serve's
two-character runs), name the measures that could serve an item at all: those naming one of the item's ideas or
an idea that carries one out (serve.SERVES), and those holding two of its content pairs. That is every measure
``could_serve`` accepts (tests/compose/test_lending.py checks it), and each one named is still judged by
``could_serve`` and ``score`` as before, so the measures lent are the same, in the same order.

The table for the bundled wording ships with the package (prepared/lending.marshal, ``python -m jianggao.prepared``),
used only while the measures and the code finding their ideas are what made it; for other wording (an edited or
a user's own template) it is made on first use.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Protocol

from .. import prepared
from ..model.patterns import plain_words
from . import ideas
from .ideas import ideas_of
from .serve import SERVES, SERVES_AT, answer_cues, answers_problem, could_serve, score
from .serve import _words as content_pairs


class _Topic(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def known(self) -> bool: ...


class Table:
    """The measures (each in its first wording) and, for each idea, the measures naming it; their text is searched
    for an item's character pairs."""

    def __init__(self, measures: Sequence[str], by_idea: Mapping[str, Sequence[int]]) -> None:
        self.measures = list(measures)
        self.by_idea = by_idea
        # one text, the measures one a line (a pair of Chinese characters never spans two), and where each starts
        self._text = "\n".join(self.measures)
        self._starts = list(accumulate((len(m) + 1 for m in self.measures[:-1]), initial=0))
        self._answering: dict[str, frozenset[str]] = {}
        self._serving: dict[str, frozenset[str]] = {}
        self._by_measure: dict[int, frozenset[str]] | None = None

    @classmethod
    def of(cls, measures: Sequence[str]) -> Table:
        by_idea: dict[str, list[int]] = {}
        for i, m in enumerate(measures):
            for idea in sorted(ideas_of(m)):
                by_idea.setdefault(idea, []).append(i)
        return cls(measures, by_idea)

    def could_serve(self, item: str) -> frozenset[str]:
        """The measures that might serve ``item``: every one ``serve.could_serve`` accepts, and a few more (kept per
        item: each compose of a brief asks its items again)."""
        found = self._serving.get(item)
        if found is None:
            found = self._serving[item] = self._could_serve(item)
        return found

    def _could_serve(self, item: str) -> frozenset[str]:
        mine = ideas_of(item)
        wanted = set(mine)
        for idea in mine:
            wanted |= SERVES.get(idea, frozenset())
        found: set[int] = set()
        for idea in wanted:
            found.update(self.by_idea.get(idea, ()))
        seen: dict[int, int] = {}
        text, starts = self._text, self._starts
        for pair in content_pairs(item):     # the pairs could_serve counts (not the stock 加强, 推进…)
            holding: set[int] = set()
            at = text.find(pair)
            while at >= 0:
                holding.add(bisect_right(starts, at) - 1)
                at = text.find(pair, at + 1)
            for i in holding:
                seen[i] = seen.get(i, 0) + 1
        found.update(i for i, n in seen.items() if n >= 2)
        return frozenset(self.measures[i] for i in found)

    def _holding(self, word: str) -> set[int]:
        """The measures whose text holds ``word`` (a word never spans two lines)."""
        text, starts = self._text, self._starts
        holding: set[int] = set()
        at = text.find(word)
        while at >= 0:
            holding.add(bisect_right(starts, at) - 1)
            at = text.find(word, at + 1)
        return holding

    def _ideas_at(self) -> dict[int, frozenset[str]]:
        """Each measure's ideas (those by_idea names it under), made once."""
        if self._by_measure is None:
            at: dict[int, set[str]] = {}
            for idea, places in self.by_idea.items():
                for i in places:
                    at.setdefault(i, set()).add(idea)
            self._by_measure = {i: frozenset(ideas) for i, ideas in at.items()}
        return self._by_measure

    def could_answer(self, problem: str) -> frozenset[str]:
        """The measures that might answer ``problem``: every one serve.answers_problem says yes to, and a few more
        (those holding what it must hold, serve.answer_cues), kept per problem."""
        if problem in self._answering:
            return self._answering[problem]
        asked, wanted, words = answer_cues(problem)
        found: set[int] = set()
        if asked:
            # the measures naming a remedy asked for (few), then those of them holding an idea or a word of the cues
            for remedy in asked:
                if plain_words(remedy.pattern):
                    for word in remedy.pattern.split("|"):
                        found |= self._holding(word)
                else:
                    found.update(i for i, m in enumerate(self.measures) if remedy.search(m))
            ideas_at = self._ideas_at()
            found = {i for i in found if ideas_at.get(i, frozenset()) & wanted
                     or any(map(self.measures[i].__contains__, words))}
        else:
            for idea in wanted:
                found.update(self.by_idea.get(idea, ()))
            for word in words:
                found |= self._holding(word)
        self._answering[problem] = frozenset(self.measures[i] for i in found)
        return self._answering[problem]


def measures_of(wording: Mapping[str, Iterable[str]], alternate: str) -> list[str]:
    """The distinct measures of TASK_MORE (each in its first wording), in order."""
    return list(dict.fromkeys(o.split(alternate)[0] for texts in wording.values() for o in texts if o))


def table_key(measures: Sequence[str]) -> str:
    """The digest the shipped table is kept under: the measures (so the file need not hold them), and the code that
    finds and indexes their ideas."""
    return prepared.digest(b"lending", "\0".join(measures), prepared.source_of(__file__),
                           prepared.source_of(ideas.__file__), prepared.source_of(ideas.wordsets.__file__))


def _shipped(measures: Sequence[str]) -> Table | None:
    try:
        data = prepared.load("lending", table_key(measures))
    except OSError:       # the sources cannot be read to be compared (no .py files installed)
        return None
    if not isinstance(data, dict):
        return None
    return Table(measures, data)


_made: list[tuple[Mapping[str, Sequence[str]], str, Table]] = []     # one per wording this process lends from


def table_for(wording: Mapping[str, Sequence[str]], alternate: str) -> Table:
    """The table of ``wording``'s measures: the shipped one when it was made from them, else made now (once)."""
    for seen, alt, table in _made:
        if seen is wording and alt == alternate:
            return table
    measures = measures_of(wording, alternate)
    table = _shipped(measures) or Table.of(measures)
    _made.append((wording, alternate, table))
    return table


_split: list[tuple[Mapping[str, Sequence[str]], str, list[tuple[str, str, str]]]] = []   # one per wording lent from


def _lines(wording: Mapping[str, Sequence[str]], alternate: str) -> list[tuple[str, str, str]]:
    """(area, measure, its first wording) for every measure of ``wording``, in order: split once per process, not
    once per area lending (five a render)."""
    for seen, alt, lines in _split:
        if seen is wording and alt == alternate:
            return lines
    lines = [(key, o, o.split(alternate)[0]) for key, texts in wording.items() for o in texts if o]
    _split.append((wording, alternate, lines))
    return lines


def borrowed(elsewhere: Mapping[str, Sequence[str]] | None, topic: _Topic | None, own: Sequence[str],
             items: Sequence[str], alternate: str, also: Callable[[str], bool] | None = None,
             problems: Sequence[str] = ()) -> list[str]:
    """The measures written under other areas in ``elsewhere`` (TASK_MORE) that serve one of ``items`` (score at
    least SERVES_AT), not among ``own``, in their order: Picker.serve's borrowed measures. ``problems``: lend a
    measure too when it answers one of them (serve.answers_problem of its first wording; looked up: only the measures
    Table.could_answer names are asked). ``also``: lend a measure too when it says yes to its first wording (asked of
    every measure the table does not name)."""
    if not elsewhere or topic is None or (not items and also is None and not problems):
        return []         # (an area the registry does not know lends by its items' own words like any other)
    if also is not None:
        return _borrowed(elsewhere, topic, own, items, alternate, also, problems)
    # the same area lends the same measures to each compose of a brief held to its length (up to six: core.compose)
    key = (id(elsewhere), topic.key, tuple(own), tuple(items), alternate, tuple(problems))
    for seen, kept in _lent.get(key, ()):
        if seen is elsewhere:
            return list(kept)
    lent = _borrowed(elsewhere, topic, own, items, alternate, None, problems)
    if len(_lent) >= _LENT_MAX:
        _lent.clear()
    _lent.setdefault(key, []).append((elsewhere, tuple(lent)))
    return lent


# What borrowed lent, by its arguments (the wording by identity, kept alive beside its answer): a process composes
# briefs one after another, so a few hundred answers are all it asks again.
_lent: dict[tuple[object, ...], list[tuple[Mapping[str, Sequence[str]], tuple[str, ...]]]] = {}
_LENT_MAX = 512


def _borrowed(elsewhere: Mapping[str, Sequence[str]], topic: _Topic, own: Sequence[str], items: Sequence[str],
              alternate: str, also: Callable[[str], bool] | None, problems: Sequence[str]) -> list[str]:
    maybe: set[str] = set()
    table = table_for(elsewhere, alternate) if items or problems else None
    if items and table is not None:
        for item in items:
            maybe |= table.could_serve(item)
    # each problem with the measures that might answer it (answers_problem says no to every other)
    answering = [(p, table.could_answer(p)) for p in problems] if table is not None else []
    any_might = frozenset().union(*(might for _, might in answering))
    mine = set(own)
    return [o for key, o, plain in _lines(elsewhere, alternate) if key != topic.key
            if o not in mine
            and (plain in maybe and any(could_serve(plain, item) and score(plain, item) >= SERVES_AT for item in items)
                 or plain in any_might and any(plain in might and answers_problem(plain, p) for p, might in answering)
                 or also is not None and also(plain))]
