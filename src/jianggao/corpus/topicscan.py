"""model.topics.classify, answered with one regex scan per text: mining classifies every sentence and
paragraph, and the registry's 150-odd keywords counted one by one were a third of extraction's time."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.topics import TOPICS
from .wordset import trie_pattern


@lru_cache(maxsize=1)
def _index():
    keywords = sorted({k for t in TOPICS for k in t.keywords}, key=len, reverse=True)
    scan = re.compile(trie_pattern(keywords))
    # a keyword found implies every keyword inside it occurs too
    inside = {k: [kk for kk in keywords if kk in k] for k in keywords}
    topics_of = {k: [i for i, t in enumerate(TOPICS) if k in t.keywords] for k in keywords}
    return scan, inside, topics_of


@lru_cache(maxsize=8192)
def classify(text: str) -> list[str]:
    """Same answer as model.topics.classify(text): topic keys by keyword hits, most first, registry order on
    ties. Only keywords that occur are counted: those the scan finds, those starting inside a found one
    (公共卫生|服务 holds 卫生服务), and those inside either."""
    scan, inside, topics_of = _index()
    found = set()
    for match in scan.finditer(text):
        found.add(match.group())
        for start in range(match.start() + 1, match.end()):
            again = scan.match(text, start)
            if again:
                found.add(again.group())
    if not found:
        return []
    occurring = {kk for k in found for kk in inside[k]}
    hits: dict[int, int] = {}
    for keyword in occurring:
        n = text.count(keyword)
        for i in topics_of[keyword]:
            hits[i] = hits.get(i, 0) + n
    return [TOPICS[i].key for i in sorted(hits, key=lambda i: (-hits[i], i)) if hits[i]]
