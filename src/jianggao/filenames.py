"""File names made from what a user typed (a brief's name, a meeting's name): safe on every system we write for."""
from __future__ import annotations

import re

# Characters Windows forbids in names, path separators and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
# Names Windows reserves for devices whatever the extension (con.docx cannot be created there), and
# secretaries mostly work on Windows even when the batch runs elsewhere.
DEVICES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))})
MAX_STEM = 80   # with the folder and the extension, well inside Windows' 260-character paths


def safe_stem(name: str, fallback: str) -> str:
    """``name`` as a file name without extension: no separators or reserved characters, no ``..``, no leading
    or trailing dot, space or underscore, no device name (``con`` → ``con_``); ``fallback`` when nothing is left."""
    stem = _UNSAFE.sub("_", name or "")
    stem = re.sub(r"\.{2,}", "_", stem).strip(" ._")[:MAX_STEM].rstrip(" .")
    if stem.split(".")[0].lower() in DEVICES:
        stem += "_"
    return stem or fallback
