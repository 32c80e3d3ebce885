"""A reviewed figure that bears on a measure is said where the measure is, as its reason (reading 44).

The secretary of reading 44 marked figures left apart from the measures they explain: r2's 出生人口 +11.2% never tied to
the 产科/儿科 shortage its tasks answer, r2's 三级医院平均住院日 9.6天 reviewed in part 一 while 日间手术 stood alone in
part 三.  A real speech says the figure again at the measure, as the reason for it: 在…平均住院日降至9.6天的基础上，推行日间手术.
Only the brief's own result clause is said (word for word, no new number and no new claim), once, in the tasks part,
before the first sentence that names the measure; nothing where the speech has no such measure.
"""
from __future__ import annotations

import re

# (the metric a result clause opens on, the measure it explains, how the figure is joined to it, whether only a rise
# bears on it): a rise in births fills the maternity and children's wards (全面两孩, 三孩: 国卫医发〔2016〕21号); a
# hospital stay's length is what 日间手术 shortens (国卫办医函〔2016〕1400号 on 日间手术试点)
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str], str, bool], ...] = (
    (re.compile(r"^(?:全[县区市旗])?出生(?:人口|人数)"), re.compile(r"产科|儿科|助产"), "sentence", True),
    (re.compile(r"^(?:全[县区市旗])?(?:[^，。]{0,8}医院)?平均住院日"), re.compile(r"日间手术"), "basis", False),
)
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+是")
_RISE = re.compile(r"增长|增加|上升|提高")


def _reason(result: str, how: str) -> tuple[str, str]:
    """The sentence said before the measure, or the clause put at its head (``basis``)."""
    if how == "basis":
        return "", "在" + result.replace("，", "、") + "的基础上，"
    return result + "，产科、儿科的服务需求随之增加。", ""


def figures_as_reasons(tasks: list[list[list[str]]], results: list[str]) -> None:
    """In place: each rule's reviewed result said at the first sentence of the tasks (``tasks``: the tasks parts'
    paragraphs of sentences) that names its measure, and nowhere else in them."""
    for metric, measure, how, rise in _RULES:
        result = next((r for r in results if metric.search(r)), None)
        if result is None or (rise and not _RISE.search(result)):
            continue
        if any(result in s for part in tasks for para in part for s in para):
            continue
        spot = next(((para, k) for part in tasks for para in part for k, s in enumerate(para)
                     if measure.search(s) and not _ORDINAL.match(s) and not re.search(r"\d", s)), None)
        if spot is None:
            continue
        para, k = spot
        before, head = _reason(result, how)
        if head:
            para[k] = head + para[k]
        else:
            para.insert(k, before)
