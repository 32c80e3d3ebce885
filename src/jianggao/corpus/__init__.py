"""The corpus stage: load documents, clean them, split sentences (segmenting and mining build on this)."""
from __future__ import annotations

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
