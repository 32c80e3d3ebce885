"""The bank audit: every entry traceable to its cited line, no particular names, no residue or corpus noise."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from ..model.text import RESIDUE
from .dedupe import literal_parts

# What a bank entry may never hold: template residue (model.text), the miner's ⟨⟩ marks, corpus chrome,
# traditional characters or pinyin.
_NOISE = re.compile(
    RESIDUE.pattern + r"|⟨|⟩|http|www|本文地址|希望对大家|小编|范文|下载|上传|篇[一二三四五六七八九十]"
    r"|效劳|原那么|方案生育|广阔干部|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[A-Za-z]"
)


@dataclass
class AuditReport:
    """Counts and the entries at fault, per check."""

    entries: int = 0
    sources: int = 0
    untraceable: list[str] = field(default_factory=list)   # "id doc:line part"
    particular: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)

    @property
    def traceable_share(self) -> float:
        bad = {u.split()[0] for u in self.untraceable}
        return 1.0 if not self.entries else 1 - len(bad) / self.entries


def cleaned_lines(path: Path) -> dict[int, str]:
    """Raw line number → the cleaned text that line contributes (pieces of several blocks joined)."""
    from .clean import clean_document
    from .load import RawDocument, read_lines

    doc = RawDocument(path.name, path, read_lines(path))
    out: dict[int, str] = {}
    for block in clean_document(doc):
        bounds = list(block.spans) + [(len(block.text), 0)]
        for (start, line), (end, _) in pairwise(bounds):
            out[line] = out.get(line, "") + block.text[start:end]
    return out


def audit_bank(phrases: Iterable, corpus: Path) -> AuditReport:
    """Check each entry of ``phrases`` against the corpus folder its sources name."""
    from .generalize import particular_reason
    from .particulars import particular_name

    report = AuditReport()
    docs: dict[str, dict[int, str]] = {}
    files = {p.name: p for p in Path(corpus).rglob("*") if p.is_file()}
    for phrase in phrases:
        report.entries += 1
        text = phrase.text
        reason = particular_reason(text.rstrip("。！？")) or particular_name(text)
        if reason:
            report.particular.append(f"{phrase.id} {reason}")
        if _NOISE.search(re.sub(r"\{[a-z_]+\}", "", text)):
            report.noise.append(f"{phrase.id} {text}")
        for source in phrase.sources:
            report.sources += 1
            if source.doc not in files:
                report.untraceable.append(f"{phrase.id} {source.doc}:{source.line} (no such document)")
                continue
            if source.doc not in docs:
                docs[source.doc] = cleaned_lines(files[source.doc])
            held = docs[source.doc].get(source.line, "")
            for part in literal_parts(text):
                if part not in held:
                    report.untraceable.append(f"{phrase.id} {source.doc}:{source.line} {part}")
    return report
