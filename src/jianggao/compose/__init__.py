"""The pure core: a Brief, a phrase bank and templates in, a Speech out."""
from __future__ import annotations

from .core import compose

__all__ = ["compose"]
