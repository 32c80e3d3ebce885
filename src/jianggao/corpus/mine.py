"""Mining: corpus documents → cleaned, segmented speeches → candidates → merged, curated, numbered phrase bank."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import CorpusError
from ..fileio import write_text_atomic
from ..model.bank import CATEGORIES, Phrase, Source, dump_phrases
from ..model.codes import assign_codes
from .curate import Curation, apply_edits, dropped, merge_and_retag, stale_decisions
from .dedupe import Candidate, fits, merge, score
from .extract import extract
from .segment import render_segmented, segment_document

MIN_SCORE = 1.0
UNPUNCTUATED = ("heading", "parallel", "salutation")  # categories whose entries carry no closing stop


@dataclass
class MineReport:
    """What a mining run saw and produced, for the summary line and the benchmark."""

    documents: int = 0
    speeches: int = 0
    sentences: int = 0
    candidates: int = 0
    failed: list[CorpusError] = field(default_factory=list)
    per_category: Counter = field(default_factory=Counter)
    per_role: Counter = field(default_factory=Counter)
    stale_curation: list[str] = field(default_factory=list)


def mine_documents(
    paths: Iterable[Path],
    *,
    curation: Curation | None = None,
    clean_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Phrase], MineReport]:
    """Mine every document under ``paths`` into numbered bank entries.

    Documents stream one at a time: only the (small) candidates of each stay
    in memory, never a document's text, so memory stays flat as the corpus grows.
    """
    from .clean import clean_document
    from .load import iter_documents
    from .sentences import split_sentences

    report = MineReport()
    curation = curation or Curation()
    # Exact duplicates merge as they stream in, so memory grows with distinct phrases, not with the corpus.
    unique: dict[str, Candidate] = {}
    for doc in iter_documents([Path(p) for p in paths]):
        if isinstance(doc, CorpusError):
            report.failed.append(doc)
            if progress:
                progress(f"跳过 {doc}")
            continue
        report.documents += 1
        if progress:
            progress(f"[{report.documents}] {doc.name}")
        speeches = segment_document(doc.name, clean_document(doc), split_sentences)
        report.speeches += len(speeches)
        report.sentences += sum(sp.sentence_count for sp in speeches)
        for sp in speeches:
            for c in extract(sp):
                report.candidates += 1
                apply_edits(curation, [c])
                if c.key in unique:
                    unique[c.key].absorb(c)
                else:
                    unique[c.key] = c
        if clean_dir is not None:
            write_text_atomic(Path(clean_dir) / (Path(doc.name).stem + ".txt"), render_segmented(speeches), force=True)
    phrases = build_bank(list(unique.values()), curation, edited=True, stale=report.stale_curation)
    for p in phrases:
        report.per_category[p.category] += 1
        report.per_role[(p.category, p.role)] += 1
    return phrases, report


def build_bank(cands: list[Candidate], curation: Curation, *, edited: bool = False,
               stale: list[str] | None = None) -> list[Phrase]:
    """Candidates (in corpus order) → merged, curated, scored, numbered, coded entries; decisions that
    matched nothing are appended to ``stale``."""
    if not edited:
        apply_edits(curation, cands)
    merged = merge(cands)
    if stale is not None:
        stale.extend(stale_decisions(curation, {c.text for c in merged}))
    # Numbers are given before curated drops, so dropping an entry leaves a gap instead of renumbering the rest.
    kept = [c for c in merge_and_retag(curation, merged) if fits(c) and score(c) >= MIN_SCORE]
    mined_text = {id(c): c.text for c in kept}  # what curation decisions name, before the stop below
    for c in kept:
        # a sub-heading filed as a safeguard or task (要强化检查，督查到位) reads as a sentence there
        if c.category not in UNPUNCTUATED and c.text.rstrip("”")[-1:] not in ("。", "！", "？", "："):
            c.text += "。"
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for c in kept:
        groups.setdefault((c.category, c.role), []).append(c)
    numbered: list[tuple[str, Candidate]] = []
    order = {cat: i for i, cat in enumerate(CATEGORIES)}
    for (cat, role) in sorted(groups, key=lambda k: (order[k[0]], list(CATEGORIES[k[0]][1]).index(k[1]))):
        group = sorted(groups[(cat, role)], key=lambda c: (min(c.sources), c.text))
        for n, c in enumerate(group, 1):
            pid = f"{cat}.{role}.{n:03d}"
            if not dropped(curation, mined_text[id(c)], pid):
                numbered.append((pid, c))
    numbered.sort(key=lambda x: x[0])
    codes = assign_codes((pid, _code_basis(c.text)) for pid, c in numbered)
    out = []
    for pid, c in numbered:
        sources = tuple(Source(d, ln) for d, ln in sorted(set(c.sources)))
        out.append(Phrase(id=pid, text=c.text, category=c.category, role=c.role, topics=tuple(c.topics),
                          kinds=tuple(sorted(c.kinds)), sources=sources, count=c.count, code=codes[pid]))
    return out


def _code_basis(text: str, han: int = 24) -> str:
    """The head of ``text`` that decides its code: codes use at most the first 12 initials, and converting
    only the head to pinyin (with context to spare for polyphones) keeps mining fast."""
    seen = 0
    for i, ch in enumerate(text):
        if "\u4e00" <= ch <= "\u9fff":
            seen += 1
            if seen == han:
                return text[: i + 1]
    return text


def write_bank(phrases: list[Phrase], out_dir: Path) -> list[Path]:
    """One YAML list per category under ``out_dir`` (atomic writes); stale category files are removed."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    by_cat: dict[str, list[Phrase]] = {}
    for p in phrases:
        by_cat.setdefault(p.category, []).append(p)
    for cat in CATEGORIES:
        target = out_dir / f"{cat}.yaml"
        if cat in by_cat:
            # Re-mining regenerates the bank by design, so its own files are replaced (never a half-written one).
            write_text_atomic(target, dump_phrases(by_cat[cat]), force=True)
            written.append(target)
        elif target.exists():
            target.unlink()
    return written
