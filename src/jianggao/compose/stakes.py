"""What a brief's problem costs if it stays unsolved (templates/wording/problem_stakes.yaml): one line of reasoning
said where a task takes the problem up.  Data, not a claim: the line is worded as what follows from the problem,
true anywhere; the problem itself is the secretary's own words (issue 13, the twelfth reading)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def stake_of(problem: str, table: Sequence[Mapping[str, Any]]) -> str:
    """The formulations (‖-separated) of the first entry of ``table`` whose words the problem names; "" when none
    does (a problem the table does not know is named without a stake, never given a wrong one)."""
    for entry in table:
        when = entry.get("when") or ()
        also = entry.get("also") or ()
        if any(w in problem for w in when) and (not also or any(w in problem for w in also)):
            return str(entry.get("text") or "")
    return ""
