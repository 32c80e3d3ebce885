"""`era` findings for the health department's name, judged by the level model: which name a body of that
tier could plausibly carry on the date (`jianggao.model.levels.department_names`), and — inside that
generous window — a draft that already uses the newer name elsewhere."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..model import levels as model
from .finding import Finding
from .occasion import Occasion
from .sentences import sentence_at

_NAME = re.compile(r"(省|市|州|盟|县|区|旗)?(卫生和计划生育委员会|卫生和计划生育局|卫生计生委|卫生计生局|卫计委|卫计局"
                   r"|卫生健康委员会|卫生健康委|卫生健康局|卫健委|卫健局|卫生厅|卫生局)")
_FULL = {"卫计委": "卫生计生委", "卫计局": "卫生计生局", "卫健委": "卫生健康委", "卫健局": "卫生健康局"}
_SHORT = {"卫生计生委": "卫计委", "卫生计生局": "卫计局", "卫生健康委": "卫健委", "卫生健康局": "卫健局"}
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def _generation(name: str) -> int:
    """0 卫生局/卫生厅 (to 2013–16), 1 卫生计生 (2013–19), 2 卫生健康 (from 2018)."""
    return 2 if name.startswith(("卫生健康", "卫健")) else 1 if name.startswith(("卫生和计划生育", "卫生计生", "卫计")) else 0


# A sentence telling of the bodies' merger names the old bodies as what was merged (县卫生局和县人口计生局机构整合顺利
# 完成: fresh50's h4, a 2014 report whose brief says so): no old name in use.
_MERGED = re.compile(r"(?:机构|职能)?(?:整合|合并|撤并|组建|更名|改革)(?:为|成|后|顺利|工作|完成|到位|基本|全面|已)")


def tells_of_merger(paragraph: str, start: int) -> bool:
    """Whether the name at ``start`` of ``paragraph`` stands in a sentence telling of the merger that retired it."""
    return _MERGED.search(sentence_at(paragraph, start)) is not None


def spans(paragraph: str) -> list[tuple[int, int]]:
    """Where department names sit in ``paragraph`` (the registry leaves these to this module)."""
    return [m.span() for m in _NAME.finditer(paragraph)]


def _level_for(prefix: str | None, name: str, occ: Occasion) -> str:
    if prefix is None and name == "卫生厅":
        return "省"  # only a province had a 厅
    level = prefix or occ.level
    return "县" if model.is_township(level) else level


def _plausible(name: str, level: str, days: Iterable[date]) -> bool:
    full = _FULL.get(name, name)
    return any(full in model.department_names(level, day) for day in days)


def _in_use(name: str, prefix: str | None, level: str, occ: Occasion) -> str | None:
    current = model.department(level, occ.last, short=True)
    if current is None:
        return None
    bare = current[len(model.word(level)):]
    if name in _FULL:  # the draft writes short forms (卫计委): suggest the short form in use
        bare = _SHORT.get(bare, bare)
    return (prefix or "") + bare


def check_departments(paragraphs: list[str], occ: Occasion) -> list[Finding]:
    """Department-name findings over the whole draft."""
    found = []
    days = occ.days()
    newest: dict[str, tuple[int, int]] = {}   # tier level → (generation, paragraph) of the newest name used in time
    hits = []
    for index, paragraph in enumerate(paragraphs, 1):
        for m in _NAME.finditer(paragraph):
            prefix, name = m.group(1), m.group(2)
            level = _level_for(prefix, name, occ)
            hits.append((index, paragraph, m, prefix, name, level))
            if _plausible(name, level, days):
                generation = _generation(name)
                if generation > newest.get(level, (-1, 0))[0]:
                    newest[level] = (generation, index)
    for index, paragraph, m, prefix, name, level in hits:
        if paragraph[max(0, m.start() - 1):m.start()] in ("原", "前") or tells_of_merger(paragraph, m.start()):
            continue
        named_years = [int(y) for y in _YEAR.findall(paragraph[:m.start()])]
        if named_years and _plausible(name, level, [d.replace(year=y) for y in named_years for d in days[:1]]):
            continue
        suggestion = _in_use(name, prefix, level, occ)
        if not _plausible(name, level, days):
            message = f"“{m.group()}”与{occ.describe()}的机构名称不符"
        else:
            generation, where = newest.get(level, (-1, 0))
            same_paragraph = any(h[0] == index and h[5] == level and _generation(h[4]) == generation for h in hits)
            if generation <= _generation(name) or same_paragraph:
                continue
            message = f"本稿别处已用新机构名称，此处仍用旧称“{m.group()}”"
        found.append(Finding(index, sentence_at(paragraph, m.start()), "era", m.group(), message,
                             suggestion if suggestion != m.group() else None, m.start(), m.end()))
    return found
