"""Sentences of a paragraph with their offsets, and the normalised form used to compare them."""
from __future__ import annotations

import re

_END = re.compile(r"[^。！？!?；;]*[。！？!?；;]+[”’」』）)]*|[^。！？!?；;]+$")
_FULL_END = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")
_NOT_WORD = re.compile(r"[\s\W_]+", re.UNICODE)


def sentence_spans(paragraph: str, clauses: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a sentence ends at 。！？ (and at ； when ``clauses``) and takes its
    closing quotes along."""
    spans = []
    for m in (_END if clauses else _FULL_END).finditer(paragraph):
        start, end = m.start(), m.end()
        while start < end and paragraph[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


def sentence_at(paragraph: str, offset: int) -> str:
    """The sentence of ``paragraph`` that holds character ``offset`` (the whole paragraph when unsplit)."""
    for start, end in sentence_spans(paragraph):
        if start <= offset < end:
            return paragraph[start:end].strip()
    return paragraph.strip()


def normalise(sentence: str) -> str:
    """A sentence stripped of punctuation and spaces, so `我们要……。` and `我们要……！` compare equal."""
    return _NOT_WORD.sub("", sentence)
