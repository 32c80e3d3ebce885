"""The year's framing a speech may claim: five-year plans, party congresses and plenums, with their dates.

Facts only (public record). Plenum dates are the opening day: a speech may cite a plenum's spirit
from the day it opened."""
from __future__ import annotations

from datetime import date

CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# Five-year plans: name → first year.
PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}

# Party congresses: ordinal → opening day.
CONGRESSES = {
    "十六": date(2002, 11, 8), "十七": date(2007, 10, 15), "十八": date(2012, 11, 8),
    "十九": date(2017, 10, 18), "二十": date(2022, 10, 16),
}

# Plenary sessions of each Central Committee: (congress ordinal, session) → opening day.
_D = date
PLENUMS = {
    ("十六", 3): _D(2003, 10, 11), ("十六", 4): _D(2004, 9, 16), ("十六", 5): _D(2005, 10, 8),
    ("十六", 6): _D(2006, 10, 8), ("十六", 7): _D(2007, 10, 9),
    ("十七", 1): _D(2007, 10, 22), ("十七", 2): _D(2008, 2, 25), ("十七", 3): _D(2008, 10, 9),
    ("十七", 4): _D(2009, 9, 15), ("十七", 5): _D(2010, 10, 15), ("十七", 6): _D(2011, 10, 15),
    ("十七", 7): _D(2012, 11, 1),
    ("十八", 1): _D(2012, 11, 15), ("十八", 2): _D(2013, 2, 26), ("十八", 3): _D(2013, 11, 9),
    ("十八", 4): _D(2014, 10, 20), ("十八", 5): _D(2015, 10, 26), ("十八", 6): _D(2016, 10, 24),
    ("十八", 7): _D(2017, 10, 11),
    ("十九", 1): _D(2017, 10, 25), ("十九", 2): _D(2018, 1, 18), ("十九", 3): _D(2018, 2, 26),
    ("十九", 4): _D(2019, 10, 28), ("十九", 5): _D(2020, 10, 26), ("十九", 6): _D(2021, 11, 8),
    ("十九", 7): _D(2022, 10, 9),
    ("二十", 1): _D(2022, 10, 23), ("二十", 2): _D(2023, 2, 26), ("二十", 3): _D(2024, 7, 15),
    ("二十", 4): _D(2025, 10, 20),
}


def plan_of(year: int) -> tuple[str, int] | None:
    """(plan name, its first year) of the plan ``year`` falls in."""
    for name, first in PLANS.items():
        if first <= year < first + 5:
            return name, first
    return None


def place_in_plan(year: int) -> str | None:
    """How a speech frames ``year``: `十四五开局之年`, `十四五收官之年`, `十四五关键之年`."""
    plan = plan_of(year)
    if plan is None:
        return None
    name, first = plan
    if year == first:
        return f"“{name}”开局之年"
    if year == first + 4:
        return f"“{name}”收官之年"
    return f"“{name}”规划实施的关键之年"


def latest_plenum(day: date) -> str | None:
    """The last Central Committee plenum held by ``day``, as a speech names it (`二十届三中全会`)."""
    held = [(d, key) for key, d in PLENUMS.items() if d <= day]
    if not held:
        return None
    _, (ordinal, session) = max(held)
    number = "一二三四五六七八九"[session - 1]
    return f"{ordinal}届{number}中全会"


def latest_congress(day: date) -> str | None:
    held = [(d, o) for o, d in CONGRESSES.items() if d <= day]
    return f"党的{max(held)[1]}大" if held else None
