"""`residue` findings: template slots and placeholders left in a draft (DESIGN: what a speech never contains)."""
from __future__ import annotations

from ..model.text import RESIDUE_RULES
from .finding import Finding
from .sentences import sentence_at


def check_residue(paragraphs: list[str]) -> list[Finding]:
    """Residue findings of every paragraph; overlapping matches are reported once."""
    found = []
    for index, paragraph in enumerate(paragraphs, 1):
        taken: list[tuple[int, int]] = []
        for rx, message in RESIDUE_RULES:
            for m in rx.finditer(paragraph):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Finding(index, sentence_at(paragraph, m.start()), "residue", m.group(),
                                     message, None, m.start(), m.end()))
    return found
