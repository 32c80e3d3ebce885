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


# First item of a ``--phrasebank`` list when `--no-builtin-bank` was given: the listed banks stand alone.
ONLY_GIVEN_BANKS = "\0only"


def phrasebank_dir(override: str | Path | None = None) -> Path:
    """The bundled phrase bank folder, or a single ``override`` folder."""
    if isinstance(override, (list, tuple)):
        override = next((o for o in override if o != ONLY_GIVEN_BANKS), None)
    return Path(override) if override else _bundled("phrasebank")


def bank_layers(override=None) -> tuple[Path | None, list[Path]]:
    """(the built-in bank or None, the unit's own banks bottom to top) for a ``--phrasebank`` value:
    None, one folder, or the list the repeatable option gives (see ONLY_GIVEN_BANKS)."""
    if override is None or override == []:
        return _bundled("phrasebank"), []
    items = list(override) if isinstance(override, (list, tuple)) else [override]
    only = bool(items) and items[0] == ONLY_GIVEN_BANKS
    own = [Path(o) for o in items if o != ONLY_GIVEN_BANKS]
    base = None if only else _bundled("phrasebank")
    if base is not None:
        own = [o for o in own if o.resolve() != base.resolve()]
    if only and len(own) == 1:
        return own[0], []
    return base, own
