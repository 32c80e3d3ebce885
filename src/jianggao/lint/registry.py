"""The 提法 registry as lint reads it (`jianggao.model.tifa`): lookups that take the speech's level."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.tifa import Entry, Registry


def registry() -> Registry:
    """The registry (the model caches it: loaded once per process)."""
    from ..model.tifa import load_registry

    return load_registry()


def valid_on(entry: Entry, day: date, level: str | None) -> bool:
    """Whether ``entry`` is in use on ``day`` at ``level``."""
    return entry.valid_on(day, level)


def window(entry, level: str | None = None) -> tuple[date | None, date | None]:
    """(start, end) of an entry's spells at a level: the earliest start and the latest end (None: open)."""
    spells = entry.windows_at(level) if hasattr(entry, "windows_at") else ((entry.start, entry.end),)
    starts = [s for s, _ in spells]
    ends = [e for _, e in spells]
    return (None if None in starts else min(starts)), (None if None in ends else max(ends))


def entry_for(term: str) -> Entry | None:
    """The registry's entry one of whose spellings is exactly ``term``, or None."""
    return registry().entry(term)


def current_form(term: str, day: date, level: str | None) -> str | None:
    """The form in use on ``day`` for a term out of its window, following successors; None when none."""
    return registry().current_form(term, day, level)
