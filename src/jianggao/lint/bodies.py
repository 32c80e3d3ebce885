"""`level` findings for a body given the lead another holds on the date (the level model's levels.lead_of): 发改
'assisting' on prices it leads (and on prices at all once 医保 took them, 2019), and the health body punishing
false advertising, which 工商 (市场监管 from 2019) does.  What a speaker may order is compose's (voice.in_remit):
lint knows the date and the level, not who speaks."""
from __future__ import annotations

import re
from datetime import date

from ..model import levels
from .finding import Finding
from .occasion import Occasion
from .sentences import sentence_at

# 发改部门要配合做好医疗服务价格调整: the 价格主管部门 leads pricing, the health body assists
_PRICE_ASSISTED = re.compile(r"(?:发改|发展改革|物价)(?:（物价）)?部门要配合[^，。；]{0,10}价格")
# 发改 on medical service prices after the 2018 reform reached the county (levels.lead_of)
_PRICE_BY_NDRC = re.compile(r"(?:发改|发展改革|物价)(?:（物价）)?部门要[^，。；]{0,12}医疗服务价格")
# the health body or a hospital punishing false advertising
_AD_BY_HEALTH = re.compile(r"(?:卫生(?:计生|健康)?(?:局|委|部门)|卫计|卫健)[^，。；]{0,4}要[^，。；]{0,10}"
                           r"查处[^，。；]{0,6}(?:虚假宣传|虚假广告|违法(?:医疗)?广告)")


def _leads(day: date, business: str) -> str:
    return levels.lead_of(business, day)


def check_bodies(paragraphs: list[str], occ: Occasion) -> list[Finding]:
    """Lead-body findings over the whole draft: judged on the occasion's last day (a year-only draft by its end)."""
    day = occ.last
    found = []
    for index, paragraph in enumerate(paragraphs, 1):
        for m in _PRICE_ASSISTED.finditer(paragraph):
            found.append(Finding(index, sentence_at(paragraph, m.start()), "level", m.group(),
                                 f"医疗服务价格由{_leads(day, 'pricing')}牵头，不是配合", None, m.start(), m.end()))
        if day >= date(2019, 1, 1):
            for m in _PRICE_BY_NDRC.finditer(paragraph):
                if _PRICE_ASSISTED.match(paragraph, m.start()):
                    continue
                found.append(Finding(index, sentence_at(paragraph, m.start()), "level", m.group(),
                                     f"{occ.describe()}医疗服务价格已由医保部门牵头", None, m.start(), m.end()))
        for m in _AD_BY_HEALTH.finditer(paragraph):
            found.append(Finding(index, sentence_at(paragraph, m.start()), "level", m.group(),
                                 f"查处虚假医疗广告是{_leads(day, 'advertising')}的职责，卫生部门审查、移送",
                                 None, m.start(), m.end()))
    return found
