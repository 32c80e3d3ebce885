"""`jianggao lint`: checks any speech draft for words out of their time and place and for form faults."""
from __future__ import annotations

from .core import lint_text, self_check
from .finding import KINDS, Finding
from .occasion import Occasion

__all__ = ["KINDS", "Finding", "Occasion", "lint_text", "self_check"]
