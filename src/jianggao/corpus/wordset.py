"""A regex for a set of literal words, factored on common prefixes (a trie): Python's re tries the branches
of a flat alternation one by one at every position, so a list of a few hundred names was the miner's
costliest pattern; factored, each position costs one character lookup."""
from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups that capture) matching exactly the given literal words, longest first."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        tail = _pattern(node[ch])
        if tail:
            branches.append(re.escape(ch) + tail)
        else:
            singles.append(re.escape(ch))
    if len(singles) == 1:
        branches.append(singles[0])
    elif singles:
        branches.append("[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # the word may end here: the longer continuation is tried first
        return "(?:" + body + ")?"
    return body
