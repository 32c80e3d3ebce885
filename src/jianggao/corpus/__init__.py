"""The corpus stage: load documents, clean them, split sentences (segmenting and mining build on this)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clean import (
        PLACEHOLDER,
        YEAR_PLACEHOLDER,
        CleanBlock,
        clean_document,
        detect_substitution,
    )
    from .load import RawDocument, iter_documents
    from .sentences import split_sentences

__all__ = [
    "PLACEHOLDER",
    "YEAR_PLACEHOLDER",
    "CleanBlock",
    "RawDocument",
    "clean_document",
    "detect_substitution",
    "iter_documents",
    "split_sentences",
]

# Each public name and the module it lives in, imported when first asked for: compose reads corpus.needs and
# corpus.sentences on every render, and the cleaning modules (normalize, pinyin: ~0.7 s) are the miner's alone.
_HOMES = {"PLACEHOLDER": "clean", "YEAR_PLACEHOLDER": "clean", "CleanBlock": "clean", "clean_document": "clean",
          "detect_substitution": "clean", "RawDocument": "load", "iter_documents": "load",
          "split_sentences": "sentences"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{home}", __name__), name)
