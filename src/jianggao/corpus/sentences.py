"""Sentence splitting for cleaned Chinese text: on 。！？!? (and ；on request), never inside quotes or brackets."""
from __future__ import annotations

import re
from functools import lru_cache

_ENDS = "。！？!?"
# Closers that belong to the sentence they end: 。” 。） 。』
_CLOSERS = "”’」』）)】》〉"
_OPEN_TO_CLOSE = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "《": "》"}
# Quotes in the corpus are often left unclosed (a site ate the closing mark); past this many characters an
# open quote is assumed lost, so one missing ” cannot swallow a whole paragraph into one "sentence".
_MAX_NESTED = 160


def split_sentences(text: str, *, semicolon: bool = False) -> list[str]:
    """The sentences of ``text``, each stripped, closing quotes/brackets kept with the sentence they end."""
    return list(_split(text, semicolon))


@lru_cache(maxsize=4096)
def _split(text: str, semicolon: bool) -> tuple[str, ...]:
    ends = _ENDS + ("；;" if semicolon else "")
    sentences: list[str] = []
    start = 0
    stack: list[tuple[str, int]] = []
    i, n = 0, len(text)
    interesting = _INTERESTING_SEMI if semicolon else _INTERESTING
    while i < n:
        # jump to the next mark that matters (most characters are plain text)
        found = interesting.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if stack and i - stack[-1][1] > _MAX_NESTED:
            stack.clear()
        if ch in _OPEN_TO_CLOSE:
            stack.append((_OPEN_TO_CLOSE[ch], i))
        elif stack and ch == stack[-1][0]:
            stack.pop()
        elif ch in _CLOSERS and any(close == ch for close, _ in stack):
            while stack and stack.pop()[0] != ch:
                pass
        elif ch in ends and (not stack or _closes_all(text, i + 1, stack)):
            stack.clear()
            j = i + 1
            while j < n and (text[j] in ends or text[j] in _CLOSERS or text[j] == "…"):
                j += 1
            _emit(sentences, text[start:j])
            start = i = j
            continue
        i += 1
    _emit(sentences, text[start:])
    return tuple(sentences)


_INTERESTING = re.compile("[" + re.escape(_ENDS + _CLOSERS + "".join(_OPEN_TO_CLOSE)) + "]")
_INTERESTING_SEMI = re.compile("[" + re.escape(_ENDS + "；;" + _CLOSERS + "".join(_OPEN_TO_CLOSE)) + "]")


def _closes_all(text: str, j: int, stack: list[tuple[str, int]]) -> bool:
    """True when the marks right after a terminator close every open quote/bracket: `。”` ends the sentence."""
    for close, _ in reversed(stack):
        # Only quotes end a sentence this way (`。”`); a bracket or title mark closes a note inside one: `（试行。）》执行`.
        if close not in "”’」』" or j >= len(text) or text[j] != close:
            return False
        j += 1
    return True


def _emit(sentences: list[str], piece: str) -> None:
    piece = piece.strip()
    if piece:
        sentences.append(piece)
