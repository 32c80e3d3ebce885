"""Where a title too long for one line breaks: at a phrase boundary, into balanced lines (GB/T 9704 §7.3.1)."""
from __future__ import annotations

import unicodedata

# GB/T 9704-2012 §7.3.1: a title that runs over "回行时要做到词意完整，排列对称，长短适宜"
# — so never let the word processor drop one character (言, 话) onto a line of its own.
# Without a word segmenter we break only where a speech title has a natural seam.
_BREAK_BEFORE = ("上的", "工作会议", "卫生健康", "会议上", "暨")
_BREAK_AFTER = ("年", "暨", "、", "，", "：", "\u3000", "——")
_SCOPES = ("全省", "全市", "全州", "全盟", "全县", "全区", "全旗", "全乡", "全镇")

FIT = 0.96   # renderers differ in Latin/CJK spacing: keep a margin before calling a line full


def _em_width(text: str) -> float:
    """Estimated width in ems: CJK and full-width forms 1, other characters about half, plus a
    quarter em where Chinese meets Latin or digits (Word's and WPS's automatic spacing)."""
    width, previous_wide = 0.0, None
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F") or ch in "——"
        width += 1.0 if wide else 0.55
        if previous_wide is not None and wide != previous_wide and not ch.isspace():
            width += 0.25
        previous_wide = wide
    return width


def _seams(text: str) -> list[int]:
    """Indices i where a break before text[i] keeps words whole."""
    seams = set()
    for i in range(1, len(text)):
        head, tail = text[:i], text[i:]
        if tail.startswith(_BREAK_BEFORE) or head.endswith(_BREAK_AFTER) or head.endswith(_SCOPES):
            seams.add(i)
    return sorted(seams)


def title_lines(text: str, size_pt: float, width_pt: float) -> list[str]:
    """``text`` as one line if it fits, else two lines split at the most balanced seam where
    both fit; one line (left to the word processor) when no seam works."""
    capacity = width_pt * FIT / size_pt           # in ems
    if _em_width(text) <= capacity:
        return [text]
    best = None
    for i in _seams(text):
        first, second = text[:i].rstrip("\u3000 "), text[i:].lstrip("\u3000 ")
        if not first or not second:
            continue
        w1, w2 = _em_width(first), _em_width(second)
        if w1 > capacity or w2 > capacity:
            continue
        score = abs(w1 - w2)
        if best is None or score < best[0]:
            best = (score, [first, second])
    return best[1] if best else [text]
