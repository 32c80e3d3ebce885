"""Doc-site rewording (伪原创): a document whose stock phrases were swapped for unusual synonyms, scored.

A rewording tool keeps the meaning and replaces the set phrases of official speech with words no secretary
writes in them: 今日 for 今天, 核心宗旨 for 主要任务, 旨在, 精神内涵, 给予高度认可, 奠定坚实的…基石. Each marker
below is such a swap; the score is marker weight per thousand characters. A document above THRESHOLD is
reworded: its sentences holding a marker never reach the bank, the others are kept but marked.
"""
from __future__ import annotations

import re

# marker → weight (2: never in a real speech of this genre; 1: rare there, common in rewritten text)
MARKERS: dict[str, int] = {
    "今日": 2, "旨在": 2, "核心宗旨": 2, "精神内涵": 2, "给予高度认可": 2, "高度认可": 1, "卓越成果": 2, "卓越": 1,
    "显著的": 1, "展现出了": 2, "展现出": 1, "崭新的发展态势": 2, "踏上了": 2, "深切关注": 2, "热切期盼": 1, "基石": 1,
    "奠定坚实": 1, "汇聚强大合力": 2, "迈向": 1, "众多": 1, "有效传播": 2, "更标志着": 2, "标志着": 1, "清晰界定": 2,
    "关键内容": 2, "同样存在": 1, "面临挑战": 1, "在此过程中": 2, "这些行动": 2, "未能": 1, "坚守": 1, "致力于": 1,
    "全心全意地": 1, "坚定不移地": 1, "积极迎接": 2, "起始之年": 2, "核心论述": 2, "主动适应": 1, "不仅是": 1,
    "诸多": 1, "进而": 1, "得以": 1, "充分彰显": 1, "亦": 1, "极为": 1, "此次会议": 1, "本次会议的核心": 2,
    "切实有效地": 2, "全力以赴地": 2, "深度融合": 1, "赋能": 1, "助力": 1, "打造了": 1, "彰显了": 1, "宏伟蓝图": 1,
    "不可或缺": 1, "与此同时": 1, "至关重要": 1, "显著提升": 1, "显著成效": 1, "成功收集": 2, "有力地": 1,
}
_MARKER_RE = re.compile("|".join(map(re.escape, sorted(MARKERS, key=len, reverse=True))))
THRESHOLD = 3.0          # weighted markers per 1,000 characters
# Markers a single sentence may not hold when its document is reworded (weight 2, and these set swaps).
_SENTENCE_TELLS = re.compile("|".join(map(re.escape, sorted(
    [m for m, w in MARKERS.items() if w >= 2] + ["今日", "旨在", "卓越", "迈向", "众多", "基石", "坚守", "未能", "标志着",
                                                "显著的", "展现出", "致力于", "积极迎接", "主动适应", "汇聚"], key=len, reverse=True))))


def score(text: str) -> float:
    """Weighted rewording markers per 1,000 characters of ``text`` (a whole cleaned document)."""
    if not text:
        return 0.0
    weight = sum(MARKERS[m.group(0)] for m in _MARKER_RE.finditer(text))
    return round(weight * 1000 / len(text), 2)


def is_reworded(doc_score: float) -> bool:
    return doc_score >= THRESHOLD


def reads_reworded(sentence: str) -> bool:
    """True when a sentence of a reworded document shows the rewording (it may not reach the bank)."""
    return bool(_SENTENCE_TELLS.search(sentence))
