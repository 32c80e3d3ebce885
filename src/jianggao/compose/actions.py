"""Which of samepoint's content words name an act (考核, 配齐, 随访) rather than what is acted on (医联体, 急救车辆).

compose.points judges two sentences one point by what they are about and what they ask: an object and an act said
in both.  jieba's tags tell the acts (v, vn, vd: 考核 and 随访 are tagged as verbs and as verbal nouns alike) at make
time; a word is an act when most of its sightings in the bank's sentences and the templates' wording are so tagged.
Shipped as prepared/actions.marshal by ``python -m jianggao.prepared`` (a render imports no jieba).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .. import prepared
from . import samepoint

_ACT = re.compile(r"^v[dn]?$")


def _key() -> str:
    return prepared.digest(b"actions", prepared.source_of(__file__), prepared.source_of(samepoint.__file__))


def actions_of(texts: Iterable[str]) -> dict[str, int]:
    """Make time: the words of 2+ Han characters of ``texts`` most of whose sightings jieba tags as verbs (1 each:
    a table, not a set, for the shipped format)."""
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    acts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentence in samepoint.han_sentences(texts):
        for pair in pseg.cut(sentence):
            if 2 <= len(pair.word) <= samepoint.MAX_WORD:
                seen[pair.word] += 1
                if _ACT.match(pair.flag):
                    acts[pair.word] += 1
    return {w: 1 for w in sorted(acts) if 2 * acts[w] > seen[w]}


_table: list[dict[str, int]] = []


def actions() -> dict[str, int]:
    """The shipped table (empty when made by other code: then no word is an act and compose.points asks samepoint
    alone)."""
    if not _table:
        _table.append(prepared.load_table("actions", _key()))
    return _table[0]
