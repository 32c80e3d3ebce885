"""`repeat` findings: the same sentence twice, or two sentences that differ only in a word or two."""
from __future__ import annotations

from .finding import Finding
from .sentences import normalise, sentence_spans

_MIN_EXACT = 12     # `谢谢大家！` may close twice; parallel lists end alike (…，促进人口均衡发展。)
_MIN_NEAR = 16      # near-duplicates only among real sentences
_NEAR = 0.8         # Jaccard of character bigrams


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def check_repeat(paragraphs: list[str]) -> list[Finding]:
    """Repeat findings: each later copy points back to the first (paragraph numbers 1-based)."""
    found = []
    seen: dict[str, int] = {}
    # Earlier sentences by length: a near copy is within 0.8–1.25 of the length, so only those few are compared.
    near: dict[int, list[tuple[int, frozenset[str], int]]] = {}
    kept = 0
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
            first = None  # the earliest earlier sentence it nearly repeats, as a scan in order would find
            n = len(key)
            for length in range(int(n / 1.25) - 1, int(n / 0.8) + 2):
                for order, other_grams, other_index in near.get(length, ()):
                    if first is not None and order > first[0]:
                        break
                    if not 0.8 <= n / length <= 1.25:
                        break
                    shared = len(grams & other_grams)
                    if shared / (len(grams) + len(other_grams) - shared) >= _NEAR:
                        first = (order, other_index)
                        break
            if first is not None:
                found.append(Finding(index, sentence, "repeat", sentence,
                                     f"与第{first[1]}段的句子几乎相同", None, start, end))
            else:
                near.setdefault(n, []).append((kept, grams, index))
                kept += 1
    return found
