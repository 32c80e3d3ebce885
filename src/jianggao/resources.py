"""Where the bundled templates and phrase bank live, installed or in a source checkout."""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """The folder shipped as package data, or the top-level one of a source checkout (editable install)."""
    inside = _PKG / name
    if inside.is_dir():
        return inside
    return _PKG.parent.parent / name


def templates_dir(override: str | Path | None = None) -> Path:
    """The templates root: ``--templates DIR`` if given, else the bundled one."""
    return Path(override) if override else _bundled("templates")


def phrasebank_dir(override: str | Path | None = None) -> Path:
    """The phrase bank folder: ``--phrasebank DIR`` if given, else the bundled one."""
    return Path(override) if override else _bundled("phrasebank")
