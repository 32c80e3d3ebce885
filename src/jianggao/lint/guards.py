"""Where lint reads the 提法 registry more carefully than a plain match: phrases that contain a registry
term without being it, and windows a real speech shows to have opened earlier.

Each item was found by a false alarm on a real speech of the corpus; each belongs in `model/tifa.yaml`
(its `guards`, or the entry's `from`) and can be dropped here once it is there."""
from __future__ import annotations

import re
from datetime import date

# 卫生部门 (any health department) is not 卫生部 (the ministry, to 2013).
GUARDS = ("卫生部门", "卫生部署")

# A bare 卫生健康 dates the text only as the system's name (卫生健康工作, 卫生健康系统, 卫生健康委); before
# 2018 speeches also joined 卫生 and 健康 as two words (倡导卫生健康风尚, 医疗卫生健康与社会力量).
_SYSTEM_WORD = re.compile(r"工作|事业|系统|委|局|部门|领域|行业|战线|会议|大会|干部|队伍|发展")
BARE = {"卫生健康": _SYSTEM_WORD, "卫生计生": _SYSTEM_WORD}

# Windows that opened before the registry's date: a 2015 city speech (corpus 004 篇八) plans to
# 推进“互联网+医疗” (国发〔2015〕40号 of July 2015 named 互联网+ health services; the registry dates the
# term from the 2018 opinion on 互联网+医疗健康).
# A 2016 district report (corpus 003) plans to 建立完善公立医院绩效考核体系: the 2015 county and city public
# hospital reform documents already required it; the registry dates the phrase from the 2019 三级公立医院
# 绩效考核 (“国考”) opinion, which is right for that longer term only.
EARLIER = {"互联网+医疗": date(2015, 3, 5), "公立医院绩效考核": date(2015, 5, 1)}


def shielded(paragraph: str, start: int, end: int, term: str) -> bool:
    """True when the registry hit ``term`` at ``start``..``end`` is part of another word."""
    for guard in GUARDS:
        at = paragraph.find(guard, max(0, start - len(guard)))
        while 0 <= at <= start:
            if at + len(guard) >= end:
                return True
            at = paragraph.find(guard, at + 1)
    need = BARE.get(term)
    return bool(need) and not need.match(paragraph, end)


def opened_earlier(term: str, day: date) -> bool:
    """True when lint knows ``term`` was in use on ``day`` although the registry dates it later."""
    since = EARLIER.get(term.replace("“", "").replace("”", ""))
    return since is not None and day >= since
