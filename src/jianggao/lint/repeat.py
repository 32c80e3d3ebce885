"""`repeat` findings: the same sentence twice, or two sentences that differ only in a word or two."""
from __future__ import annotations

import math

from .finding import Finding
from .sentences import normalise, sentence_spans

_MIN_EXACT = 12     # `谢谢大家！` may close twice; parallel lists end alike (…，促进人口均衡发展。)
_MIN_NEAR = 16      # near-duplicates only among real sentences
_NEAR = 0.8         # Jaccard of character bigrams


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _prefix(grams: frozenset[str]) -> list[str]:
    """The first bigrams (in string order) that any set this near to ``grams`` must share one of: with
    Jaccard ≥ t two sets share ≥ ⌈t·|A|⌉ bigrams, so A's first |A| − ⌈t·|A|⌉ + 1 meet B's first likewise
    (prefix filtering, Chaudhuri et al. 2006). ``floor`` rather than ``ceil`` only makes the prefix longer."""
    return sorted(grams)[:len(grams) - math.floor(_NEAR * len(grams)) + 1]


def check_repeat(paragraphs: list[str]) -> list[Finding]:
    """Repeat findings: each later copy points back to the first (paragraph numbers 1-based)."""
    found = []
    seen: dict[str, int] = {}
    # Earlier sentences kept for the near test, and which of them start (prefix) with each bigram: a sentence
    # is compared only with those sharing a prefix bigram, the rest cannot be near (tests/lint/test_repeat_order.py).
    near: list[tuple[int, frozenset[str], int]] = []
    by_prefix: dict[str, list[int]] = {}
    for index, paragraph in enumerate(paragraphs, 1):
        for start, end in sentence_spans(paragraph, clauses=False):
            sentence = paragraph[start:end].strip()
            key = normalise(sentence)
            if len(key) < _MIN_EXACT:
                continue
            if key in seen:
                found.append(Finding(index, sentence, "repeat", sentence,
                                     f"与第{seen[key]}段的句子重复", None, start, end))
                continue
            seen[key] = index
            if len(key) < _MIN_NEAR:
                continue
            grams = _bigrams(key)
            prefix = _prefix(grams)
            candidates = sorted({k for g in prefix for k in by_prefix.get(g, ())})
            for k in candidates:  # in the order kept: the first near one is the one reported
                length, other_grams, other_index = near[k]
                if not 0.8 <= len(key) / length <= 1.25:
                    continue
                shared = len(grams & other_grams)
                if shared / (len(grams) + len(other_grams) - shared) >= _NEAR:
                    found.append(Finding(index, sentence, "repeat", sentence,
                                         f"与第{other_index}段的句子几乎相同", None, start, end))
                    break
            else:
                for g in prefix:
                    by_prefix.setdefault(g, []).append(len(near))
                near.append((len(key), grams, index))
    return found
