"""What acts on each kind of problem a brief names (problem_remedies.yaml beside this module, loaded once): facts of the
kind, read by compose.answers (an entry naming a remedy is said first) and bench/bench_problems (the gaps no measure
acts on).  Matching words, not wording a speech says: kept out of the templates' wording, whose every string the make
step reads as speech (compose.turns, samepoint)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parent / "problem_remedies.yaml"


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, Any], ...]:
    """The kinds of problem, most particular first, each with its when/also/unless words, its remedies (acts) and its
    window."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(_FILE.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    return tuple(data or ())
