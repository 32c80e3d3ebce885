"""Merging near-duplicate candidates (keeping count and every source) and scoring what is worth keeping."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

PUNCT_RE = re.compile(r"[\s，。、；：！？“”‘’（）()《》—…,.;:!?\"']")
SLOT_RE = re.compile(r"\{[a-z_]+\}")
SIMILAR = 0.9
# Sources cited per entry: the first ones in corpus order. `count` goes on counting, and a bank mined from a
# province's archive keeps its memory flat instead of citing every one of thousands of speeches.
MAX_SOURCES = 50

# The length a secretary can drop into a speech as it is, per category (Chinese characters).
LENGTH_FIT: dict[str, tuple[int, int]] = {
    "salutation": (3, 20), "heading": (6, 40), "parallel": (8, 40), "outline": (6, 40),
    "agreement": (6, 90), "opening": (14, 140), "thanks": (10, 110), "closing": (4, 130),
}
DEFAULT_FIT = (10, 110)
RUN_FIT = (24, 220)          # a run of two to four sentences
KIND_BOUND = ("pledge", "address")  # categories only one kind of speech uses


@dataclass
class Candidate:
    """A phrase on its way into the bank: slotted text, where it goes, and every place it was found."""

    text: str
    category: str
    role: str
    topics: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    sources: list[tuple] = field(default_factory=list)      # (doc, line) or (doc, line, title)
    count: int = 1
    needs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)      # a run's sentences; empty for a single one
    reworded: bool = False                                   # every source is a reworded (伪原创) document
    next: list[str] = field(default_factory=list)            # the entries said after it in its source paragraphs

    @property
    def key(self) -> str:
        return normalize(self.text)

    def absorb(self, other: Candidate) -> None:
        """Merge ``other`` (a duplicate) into this one: count adds up, sources and topics unite.

        A near-duplicate's sources are kept only when they hold this wording's literal parts, so every
        cited line still shows the entry's text (下面，我再讲… is counted but not cited for 下面，我讲…).
        """
        self.count += other.count
        if self.category in KIND_BOUND and other.category not in KIND_BOUND:
            # 谢谢大家！ ends a pledge and a speech alike: file it where every kind of speech can use it
            self.category, self.role = other.category, other.role
            self.kinds = set()
        # Found once in a natural document, the wording is natural.
        self.reworded = self.reworded and other.reworded
        traceable = all(part in other.text for part in literal_parts(self.text))
        for s in other.sources if traceable else ():
            if len(self.sources) >= MAX_SOURCES:
                break
            if s not in self.sources:
                self.sources.append(s)
        for t in other.topics:
            if t not in self.topics:
                self.topics.append(t)
        self.next += [t for t in other.next if t not in self.next]
        if self.category not in KIND_BOUND:
            self.kinds |= other.kinds


@lru_cache(maxsize=32768)
def literal_parts(text: str) -> tuple[str, ...]:
    """The text between slots and punctuation, of two characters or more: what a cited line must hold."""
    return tuple(p for p in _LITERAL_SPLIT.split(text) if len(p) >= 2)


_LITERAL_SPLIT = re.compile(r"\{[a-z_]+\}|" + PUNCT_RE.pattern)


@lru_cache(maxsize=32768)
def normalize(text: str) -> str:
    """Text compared for duplicates: punctuation dropped and every slot made the same."""
    return PUNCT_RE.sub("", SLOT_RE.sub("〇", text))


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Exact duplicates (same normalized text) merge anywhere; near-duplicates (≥ 0.9 similar) merge within a
    category. The first-found wording is kept, so the result depends only on the input order."""
    by_key: dict[str, Candidate] = {}
    for c in cands:
        k = c.key
        if k in by_key:
            by_key[k].absorb(c)
        else:
            by_key[k] = c
    kept: list[Candidate] = []
    buckets: dict[str, _Bucket] = {}
    for c in by_key.values():
        k = c.key
        bucket = buckets.setdefault(c.category, _Bucket())
        twin = bucket.near_twin(k)
        if twin is not None:
            twin.absorb(c)
            continue
        bucket.add(k, c)
        kept.append(c)
    return kept


class _Bucket:
    """The kept keys of one category, indexed by their character bigrams, so a key is compared (difflib) only
    with the keys that can be ≥ SIMILAR to it: near-linear instead of every pair.

    Why the index finds every twin: cut a key of n characters into n // 2 disjoint bigrams. The characters
    two keys do not share, plus the breaks between difflib's matching blocks, number at most n + m − 2M, and
    a ratio 2M / (n + m) ≥ 0.9 bounds that by 0.1 (n + m). Each of those spoils at most one bigram, so of any
    d + 1 of them (d ≥ that bound) the twin holds at least one verbatim. Those d + 1 are looked up; the
    candidates are then tried in their original order with the same test, so the first twin is the same."""

    def __init__(self) -> None:
        self.items: list[tuple[str, Candidate]] = []
        self.postings: dict[str, list[int]] = {}

    def add(self, key: str, c: Candidate) -> None:
        index = len(self.items)
        self.items.append((key, c))
        for gram in {key[i:i + 2] for i in range(len(key) - 1)}:
            self.postings.setdefault(gram, []).append(index)

    def near_twin(self, key: str) -> Candidate | None:
        n = len(key)
        longest = n * (2 / SIMILAR - 1)              # the longest key that can still be SIMILAR
        spoiled = int((1 - SIMILAR) * (n + longest)) + 1
        chunks = [key[i:i + 2] for i in range(0, n - 1, 2)]
        if len(chunks) <= spoiled:
            return _near_twin(key, self.items)        # too short for the bound: try every key
        lists = sorted((self.postings.get(gram, ()) for gram in chunks), key=len)[:spoiled + 1]
        found = sorted(set().union(*lists))
        return _near_twin(key, [self.items[i] for i in found])


def _near_twin(key: str, bucket: list[tuple[str, Candidate]]) -> Candidate | None:
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(key)
    n = len(key)
    for other_key, other in bucket:
        m = len(other_key)
        if not n or not m or 2 * min(n, m) / (n + m) < SIMILAR:
            continue
        matcher.set_seq1(other_key)
        if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR:
            return other
    return None


def score(c: Candidate) -> float:
    """Higher is better: found often, of a length that fits its category, few slots, no dangling clause."""
    lo, hi = RUN_FIT if c.sentences else LENGTH_FIT.get(c.category, DEFAULT_FIT)
    n = len(SLOT_RE.sub("", c.text))
    fit = 1.0 if lo <= n <= hi else max(0.0, 1.0 - abs(n - (lo if n < lo else hi)) / hi)
    slots = len(SLOT_RE.findall(c.text))
    return round(min(c.count, 5) * 0.5 + fit * 2 - slots * 0.2, 3)


def fits(c: Candidate) -> bool:
    """Whether the candidate's length is usable at all in its category."""
    lo, hi = RUN_FIT if c.sentences else LENGTH_FIT.get(c.category, DEFAULT_FIT)
    n = len(SLOT_RE.sub("", c.text))
    return lo <= n <= hi * 1.3
