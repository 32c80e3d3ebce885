"""The speech's occasion as lint sees it: the span of days it may have been given on, and its level."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Occasion:
    """``first``..``last``: one day (`--date`) or a whole year (`--year`); a term is out of its time only
    when it is out on every day of the span, so a year-only draft is never faulted for a month's doubt."""

    first: date
    last: date
    level: str

    @classmethod
    def on(cls, day: date, level: str) -> Occasion:
        return cls(day, day, level)

    @classmethod
    def in_year(cls, year: int, level: str) -> Occasion:
        return cls(date(year, 1, 1), date(year, 12, 31), level)

    def days(self) -> list[date]:
        """The days a window is tested on: both ends and the first of every month between."""
        days = {self.first, self.last}
        day = date(self.first.year, self.first.month, 1)
        while day < self.last:
            if day > self.first:
                days.add(day)
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return sorted(days)

    def years(self) -> set[int]:
        """The years the speech may speak of as 今年; a speech given in November or December plans the next."""
        years = set(range(self.first.year, self.last.year + 1))
        if self.last.month >= 11:
            years.add(self.last.year + 1)
        return years

    def describe(self) -> str:
        """`2024年2月18日` or `2024年`, for messages."""
        if self.first == self.last:
            return f"{self.first.year}年{self.first.month}月{self.first.day}日"
        if self.first.year == self.last.year:
            return f"{self.first.year}年"
        return f"{self.first.year}—{self.last.year}年"
