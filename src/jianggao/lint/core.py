"""The pure check: paragraphs + date + level → findings, in reading order. No file or terminal I/O."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .bodies import check_bodies
from .era import check_era
from .finding import KINDS, Finding
from .headings import check_headings
from .numbers import check_numbers
from .occasion import Occasion
from .place import check_level
from .repeat import check_repeat
from .residue import check_residue

if TYPE_CHECKING:
    from ..model.speech import Speech


def occasion_of(when: date | int | Occasion, level: str) -> Occasion:
    """A day, a year or an Occasion, as the Occasion the checks take."""
    if isinstance(when, Occasion):
        return when
    if isinstance(when, int):
        return Occasion.in_year(when, level)
    return Occasion.on(when, level)


def lint_text(paragraphs: list[str], date: date | int | Occasion, level: str,
              kinds: tuple[str, ...] = KINDS) -> list[Finding]:
    """Every finding in ``paragraphs`` (the draft's paragraphs in order, title lines included) for a
    speech given on ``date`` (a day, or a year when only that is known) at ``level`` (县, 区, 镇 …)."""
    occ = occasion_of(date, level)
    found: list[Finding] = []
    if "era" in kinds:
        found += check_era(paragraphs, occ)
    if "level" in kinds:
        found += check_level(paragraphs, occ.level, (occ.first.year, occ.last.year))
        found += check_bodies(paragraphs, occ)
    if "number" in kinds:
        found += check_numbers(paragraphs)
    if "residue" in kinds:
        found += check_residue(paragraphs)
    if "repeat" in kinds:
        found += check_repeat(paragraphs)
    if "heading" in kinds:
        found += check_headings(paragraphs)
    return _dedupe(sorted(found, key=lambda f: (f.paragraph, f.start, KINDS.index(f.kind))))


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per words at fault: two checks on the same span (14五 as era and number) keep the first."""
    out, spans = [], set()
    for f in found:
        key = (f.paragraph, f.start, f.end, f.kind)
        if key in spans:
            continue
        spans.add(key)
        out.append(f)
    return out


def self_check(speech: Speech, date: date | int, level: str) -> list[Finding]:
    """What lint finds in a speech jianggao itself composed (render's summary and the wizard's last step):
    a rendered draft lints clean, so anything here is a fault of the tool or of the brief's own words."""
    return lint_text(speech.all_text().split("\n"), date, level)
