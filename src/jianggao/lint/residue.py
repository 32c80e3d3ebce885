"""`residue` findings: template slots and placeholders left in a draft (DESIGN: what a speech never contains)."""
from __future__ import annotations

from ..model.text import RESIDUE, residue_rules
from .finding import Finding
from .sentences import sentence_at


def check_residue(paragraphs: list[str]) -> list[Finding]:
    """Residue findings of every paragraph; overlapping matches are reported once."""
    found: list[Finding] = []
    for index, paragraph in enumerate(paragraphs, 1):
        if not RESIDUE.search(paragraph):  # no rule finds anything where none of them does (a clean draft)
            continue
        taken: list[tuple[int, int]] = []
        for rx, message in residue_rules():
            for m in rx.finditer(paragraph):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Finding(index, sentence_at(paragraph, m.start()), "residue", m.group(),
                                     message, None, m.start(), m.end()))
    return found
