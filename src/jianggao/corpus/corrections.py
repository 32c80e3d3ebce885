"""Spelling: the typo list (corrections.yaml, data) applied to every cleaned line, each fix counted for the report."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).with_name("corrections.yaml")


@lru_cache(maxsize=1)
def corrections() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """(wrong → right, one pattern matching any wrong form) from corrections.yaml."""
    import yaml

    pairs = {str(d["wrong"]): str(d["right"]) for d in yaml.safe_load(_FILE.read_text(encoding="utf-8")) or []}
    if not pairs:
        return {}, None
    return pairs, re.compile("|".join(map(re.escape, sorted(pairs, key=len, reverse=True))))


def correct(text: str, made: Counter | None = None) -> str:
    """``text`` with every listed typo fixed; ``made`` counts each fix as `wrong→right`."""
    pairs, pattern = corrections()
    if pattern is None or not any(wrong in text for wrong in pairs):
        return text

    def fix(match: re.Match) -> str:
        wrong = match.group(0)
        if made is not None:
            made[f"{wrong}→{pairs[wrong]}"] += 1
        return pairs[wrong]

    return pattern.sub(fix, text)
