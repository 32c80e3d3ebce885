"""The 提法 registry lint reads: `jianggao.model.tifa` when it is installed, else the small stand-in."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    """The registry (loaded once per process)."""
    try:
        from ..model.tifa import load_registry
    except ImportError:  # the real registry lands with branch `tifa`; until then the stand-in keeps lint usable
        from .fallback_tifa import load_registry
    return load_registry()


def window(entry) -> tuple[object, object]:
    """(start, end) of an entry's window, whatever the registry calls them."""
    start = next((getattr(entry, n) for n in ("start", "valid_from", "from_", "since") if hasattr(entry, n)), None)
    end = next((getattr(entry, n) for n in ("end", "valid_to", "to", "until") if hasattr(entry, n)), None)
    return start, end


def entry_for(term: str):
    """The registry's entry whose term is exactly ``term``, or None."""
    reg = registry()
    for hit in reg.find(term):
        if hit.start == 0 and hit.end == len(term):
            return hit.entry
    return None
