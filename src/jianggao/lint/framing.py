"""The year's framing a speech may claim, read from the 提法 registry: its five-year plans and the party
congresses and plenums with their dates."""
from __future__ import annotations

from datetime import date

from .registry import registry


def plans() -> dict[str, int]:
    """Plan name → its first year (十四五 → 2021)."""
    return {p.name: p.first for p in registry().plans}


def plan_of(year: int) -> tuple[str, int] | None:
    """(plan name, its first year) of the plan ``year`` falls in."""
    for p in registry().plans:
        if p.first <= year <= p.last:
            return p.name, p.first
    return None


def place_in_plan(year: int, level: str | None = None) -> str | None:
    """How a speech frames ``year``: `十四五开局之年`, `实现十四五规划目标任务的攻坚之年` …"""
    if plan_of(year) is None:
        return None
    return registry().year_framing(date(year, 2, 15), level).plan_phrase


def opened(name: str) -> date | None:
    """The opening day of a congress (二十大) or plenum (二十届三中全会); None when the registry lacks it."""
    return next((c.start for c in registry().congresses if c.name == name), None)


def latest_plenum(day: date) -> str | None:
    """The last plenum (from the 二中) held by ``day``, as a speech names it (`二十届二中全会`)."""
    held = [c for c in registry().congresses if c.ordinal >= 2 and c.start <= day]
    return held[-1].name if held else None


def latest_congress(day: date) -> str | None:
    held = [c for c in registry().congresses if c.ordinal == 0 and c.start <= day]
    return f"党的{held[-1].name}" if held else None
