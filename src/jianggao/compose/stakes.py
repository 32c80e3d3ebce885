"""What a brief's problem costs if it stays unsolved (templates/wording/problem_stakes.yaml): one line of reasoning
said where a task takes the problem up.  Data, not a claim: the line is worded as what follows from the problem,
true anywhere; the problem itself is the secretary's own words (issue 13, the twelfth reading)."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# A problem of places or services standing unused (托育服务利用率不高, 空置): the stake must not read it as too few of
# them (托育服务供给跟不上…: the twenty-ninth reading, a speaker contradicting his own 先把空着的托位用起来).
_LOW_USE = re.compile(r"利用率|使用率|入托率|空置|闲置|用不起来|闲着")
_SUPPLY_SHORT = re.compile(r"供给跟不上|供给不足|不够用|短缺|数量不足|总量不足|建设跟不上")


def stake_of(problem: str, table: Sequence[Mapping[str, Any]]) -> str:
    """The formulations (‖-separated) of the first entry of ``table`` whose words the problem names, less those that
    contradict the kind of shortfall it states; "" when none does (a problem the table does not know is named without
    a stake, never given a wrong one)."""
    low_use = bool(_LOW_USE.search(problem))
    for entry in table:
        when = entry.get("when") or ()
        also = entry.get("also") or ()
        if any(w in problem for w in when) and (not also or any(w in problem for w in also)):
            forms = [f for f in str(entry.get("text") or "").split("‖") if f and not (low_use and _SUPPLY_SHORT.search(f))]
            if forms:
                return "‖".join(forms)
    return ""
