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
    near: list[tuple[str, frozenset[str], int]] = []
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
            for other, other_grams, other_index in near:
                if not 0.8 <= len(key) / len(other) <= 1.25:
                    continue
                shared = len(grams & other_grams)
                if shared / (len(grams) + len(other_grams) - shared) >= _NEAR:
                    found.append(Finding(index, sentence, "repeat", sentence,
                                         f"与第{other_index}段的句子几乎相同", None, start, end))
                    break
            else:
                near.append((key, grams, index))
    return found
