"""model.topics.classify, answered with one regex scan per text: mining classifies every sentence and
paragraph, and the registry's 150-odd keywords counted one by one were a third of extraction's time."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.topics import TOPICS


@lru_cache(maxsize=1)
def _index():
    keywords = sorted({k for t in TOPICS for k in t.keywords}, key=len, reverse=True)
    scan = re.compile("|".join(map(re.escape, keywords)))
    # a keyword found implies every keyword inside it occurs too: the topics to count exactly
    topics_of = {k: {i for i, t in enumerate(TOPICS) if any(kk in k for kk in t.keywords)} for k in keywords}
    return scan, topics_of


@lru_cache(maxsize=8192)
def classify(text: str) -> list[str]:
    """Same answer as model.topics.classify(text) (most hits first, registry order on ties)."""
    scan, topics_of = _index()
    found = set()
    for match in scan.finditer(text):
        found.add(match.group())
        # a keyword may start inside this one and run past it (公共卫生|服务 holds 卫生服务): look there too
        for inner in range(match.start() + 1, match.end()):
            again = scan.match(text, inner)
            if again:
                found.add(again.group())
    if not found:
        return []
    candidates = set().union(*(topics_of[k] for k in found))
    scores = []
    for i in sorted(candidates):
        topic = TOPICS[i]
        hits = sum(text.count(k) for k in topic.keywords)
        if hits:
            scores.append((-hits, i, topic.key))
    return [k for _, _, k in sorted(scores)]
