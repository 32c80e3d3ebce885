"""Mining: corpus documents → cleaned, segmented speeches → candidates → merged, curated, numbered phrase bank."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from ..errors import CorpusError
from ..model.bank import CATEGORIES, Phrase, Source, dump_phrases
from ..model.codes import assign_codes
from .curate import Curation, apply_edits, dropped, merge_and_retag, stale_decisions
from .dedupe import Candidate, fits, literal_parts, merge, score
from .extract import extract
from .outfolders import CleanFolder, write_bank_files
from .segment import render_segmented, segment_document

MIN_SCORE = 1.0
UNPUNCTUATED = ("heading", "parallel", "salutation")  # categories whose entries carry no closing stop


@dataclass
class DocumentReport:
    """What mining one document found: its speeches and sentences, its rewording score, the typos fixed."""

    name: str
    speeches: int = 0
    sentences: int = 0
    candidates: int = 0
    reworded_score: float = 0.0
    reworded: bool = False
    corrections: Counter = field(default_factory=Counter)
    untraceable: int = 0          # candidates whose cited line did not hold them (dropped)


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
    per_document: list[DocumentReport] = field(default_factory=list)
    no_speech: list[str] = field(default_factory=list)      # documents that yielded no speech at all
    corrections: Counter = field(default_factory=Counter)
    particular: int = 0                                      # candidates dropped by the name tagger


@dataclass
class _Mined:
    """A worker's answer for one file: its report, its candidates and (when asked) its cleaned texts."""

    report: DocumentReport | None = None
    candidates: list[Candidate] = field(default_factory=list)
    plain: str = ""
    segmented: str = ""
    error: CorpusError | None = None
    rows: list[tuple] = field(default_factory=list)       # the candidates as field tuples, between processes
    eras: list[tuple] = field(default_factory=list)       # per speech: (doc, first line, last line, years, words)


def mine_document(doc, *, texts: bool = False) -> _Mined:
    """Clean, segment and extract one document; every candidate keeps only the sources whose cleaned line
    holds its literal parts (an entry is traceable by construction)."""
    from . import rewording
    from .clean import clean_document
    from .segment import render_plain
    from .sentences import split_sentences

    report = DocumentReport(doc.name)
    titles: dict[int, str] = {}
    blocks = clean_document(doc, titles, corrections=report.corrections)
    speeches = segment_document(doc.name, blocks, split_sentences, titles)
    report.speeches = len(speeches)
    report.sentences = sum(sp.sentence_count for sp in speeches)
    report.reworded_score = rewording.score("".join(b.text for b in blocks))
    report.reworded = rewording.is_reworded(report.reworded_score)
    held = _line_texts(blocks)
    out: list[Candidate] = []
    for sp in speeches:
        for c in extract(sp):
            report.candidates += 1
            if report.reworded:
                if any(rewording.reads_reworded(t) for t in (c.sentences or [c.text])):
                    continue
                c.reworded = True
            c.sources = [s for s in c.sources if _holds(held.get(s[1], ""), c.text)]
            if not c.sources:
                report.untraceable += 1
                continue
            out.append(c)
    mined = _Mined(report, out, eras=[_era_of(sp) for sp in speeches])
    if texts:
        mined.plain = render_plain(speeches)
        mined.segmented = render_segmented(speeches)
    return mined


def _era_of(speech) -> tuple:
    """When one mined speech was given and the words it says (corpus/era.py), with the lines it spans: (doc, first
    line, last line, speech_years, words, registry_start)."""
    from .era import registry_start, speech_years, words

    said = [s for p in speech.paragraphs for s in p.sentences]
    text = "".join(s.text for s in said)
    lines = [s.line for s in said] or [0]
    return (speech.doc, min(lines), max(lines), speech_years(text), words(text), registry_start(text))


@lru_cache(maxsize=2048)
def _holds(line: str, text: str) -> bool:
    """Whether a cleaned ``line`` holds every literal part of the entry ``text`` (lines repeat: asked once)."""
    return all(part in line for part in literal_parts(text))


def _line_texts(blocks) -> dict[int, str]:
    """Raw line → the cleaned text it contributes (what an entry citing that line must hold)."""
    out: dict[int, str] = {}
    for block in blocks:
        bounds = list(block.spans) + [(len(block.text), 0)]
        for (start, line), (end, _) in zip(bounds, bounds[1:], strict=False):  # each span with the next: one pair fewer
            out[line] = out.get(line, "") + block.text[start:end]
    return out


def _mine_path(job: tuple[str, str, bool]) -> _Mined:
    """Worker: read one file (through the loader's own checks) and mine it under its relative name."""
    from .load import read_document

    path, name, texts = job
    doc = read_document(Path(path), name)   # corpus_files listed it as a file: no second look at the folder
    if isinstance(doc, CorpusError):
        return _Mined(error=doc)
    mined = mine_document(doc, texts=texts)
    # Sent to the parent as plain tuples: unpickling thousands of dataclasses cost the parent four times more.
    mined.rows = list(map(_ROW, mined.candidates))
    mined.candidates = []
    return mined


_ROW = attrgetter(*(f.name for f in fields(Candidate)))   # a candidate → its fields in Candidate's order


def _pool_jobs(jobs: int | None, files: int) -> int:
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    # never more workers than processors (issue 10: `--jobs 1000` must not start a thousand processes)
    jobs = cpus if jobs is None else min(jobs, cpus)
    # A pool costs more than it saves on a handful of documents.
    return max(1, min(jobs, files // 2))


def mine_documents(
    paths: Iterable[Path],
    *,
    curation: Curation | None = None,
    clean_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int | None = None,
) -> tuple[list[Phrase], MineReport]:
    """Mine every document under ``paths`` into numbered bank entries.

    Documents stream through one worker process per core (``jobs``; 1 mines in this process). Each
    worker reads, cleans and mines one file and sends back only its small candidates, merged here as they
    come, so memory grows with the distinct phrases found, not with the corpus.
    """
    from .load import corpus_files

    report = MineReport()
    curation = curation or Curation()
    clean = CleanFolder(clean_dir) if clean_dir is not None else None
    unique: dict[str, Candidate] = {}
    files = corpus_files([Path(p) for p in paths])
    want_texts = clean_dir is not None
    jobs = _pool_jobs(jobs, len(files))
    work = [(str(path), name, want_texts) for path, name in files]
    results: Iterator[_Mined]
    if jobs == 1:
        results = map(_mine_path, work)
        pool = None
    else:
        import multiprocessing

        pool = multiprocessing.get_context("fork" if hasattr(__import__("os"), "fork") else "spawn").Pool(jobs)
        results = pool.imap(_mine_path, work, chunksize=max(1, min(8, len(work) // (jobs * 4) or 1)))
    # The name tagger (jieba: a second to load) checks each new phrase in a thread while the workers mine;
    # another thread loads what building the bank needs (pinyin for codes, the 提法 registry for windows).
    names = _NameCheck()
    warm = _warm_up()
    eras: list[tuple] = []
    try:
        for mined in results:
            if mined.error is not None:
                report.failed.append(mined.error)
                if progress:
                    progress(f"跳过 {mined.error}")
                continue
            doc = mined.report
            assert doc is not None  # a worker's answer without an error always carries its report
            report.documents += 1
            report.per_document.append(doc)
            report.speeches += doc.speeches
            report.sentences += doc.sentences
            report.candidates += doc.candidates
            report.corrections.update(doc.corrections)
            if not doc.speeches or not doc.sentences:
                report.no_speech.append(doc.name)
            if progress:
                progress(f"[{report.documents}] {doc.name}")
            eras += mined.eras
            candidates = mined.candidates or [Candidate(*row) for row in mined.rows]
            apply_edits(curation, candidates)
            for c in candidates:
                if c.key in unique:
                    unique[c.key].absorb(c)
                else:
                    unique[c.key] = c
                    names.check(c.text)
            if clean is not None:
                # relative path + extension (report.docx and report.html, two folders' speech.txt stay apart),
                # only into a folder that is empty or ours (outfolders.py)
                clean.write(doc.name, mined.plain)
                clean.write(doc.name, mined.segmented, under="segmented")
    except BaseException:
        if pool is not None:
            pool.terminate()   # Ctrl-C, SIGTERM or an error here: the workers write nothing, stop them now
            pool = None
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    kept = _without_particulars(list(unique.values()), report, names)
    warm.join()
    phrases = build_bank(kept, curation, edited=True, stale=report.stale_curation, eras=eras)
    for p in phrases:
        report.per_category[p.category] += 1
        report.per_role[(p.category, p.role)] += 1
    return phrases, report


def _warm_up():
    """A thread loading pypinyin's dictionaries and the 提法 registry, so the bank is built without waiting."""
    import threading

    def work() -> None:
        from ..model.codes import initials
        from ..model.tifa import load_registry

        initials("卫生健康")
        load_registry()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    return thread


class _NameCheck:
    """particulars.particular_name for each distinct phrase, asked in a background thread as phrases arrive."""

    def __init__(self) -> None:
        import queue
        import threading

        self.verdicts: dict[str, str | None] = {}
        self._queue: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def _work(self) -> None:
        from .particulars import particular_name

        while (text := self._queue.get()) is not None:
            if text not in self.verdicts:
                self.verdicts[text] = particular_name(text)

    def check(self, text: str) -> None:
        self._queue.put(text)

    def finish(self) -> dict[str, str | None]:
        self._queue.put(None)
        self._thread.join()
        return self.verdicts


def _without_particulars(cands: list[Candidate], report: MineReport, names: _NameCheck) -> list[Candidate]:
    """Candidates without a particular place, person or unit name (jieba's tags; see particulars.py),
    checked once per distinct phrase, so the cost does not grow with repeated wording."""
    from .particulars import particular_name

    verdicts = names.finish()
    kept = []
    for c in cands:
        found = verdicts[c.text] if c.text in verdicts else particular_name(c.text)
        if found:
            report.particular += 1
            continue
        kept.append(c)
    return kept


def build_bank(cands: list[Candidate], curation: Curation, *, edited: bool = False,
               stale: list[str] | None = None, eras: list[tuple] | None = None) -> list[Phrase]:
    """Candidates (in corpus order) → merged, curated, scored, numbered, coded entries; decisions that
    matched nothing are appended to ``stale``.  ``eras`` (per source speech, see _era_of) age each entry's
    window by its source speech's date and its wording's last attested use (corpus/era.py)."""
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
            # a run goes with any of its sentences a curation decision dropped
            if not dropped(curation, mined_text[id(c)], pid) and not any(
                    dropped(curation, t) or dropped(curation, t.rstrip("。")) for t in c.sentences):
                numbered.append((pid, c))
    numbered.sort(key=lambda x: x[0])
    successors = _successors(numbered, mined_text)
    codes = assign_codes((pid, _code_basis(c.text)) for pid, c in numbered)
    from .era import last_use

    uses = last_use((e[3], e[4]) for e in eras or [])
    out = []
    for pid, c in numbered:
        sources = tuple(Source(*s) for s in sorted(set(c.sources)))
        valid = valid_window(c.text, sources, _aged(c.text, sources, eras or [], uses),
                             spoken=_spoken_years(sources, eras or []))
        out.append(Phrase(id=pid, text=c.text, category=c.category, role=c.role, topics=tuple(c.topics),
                          kinds=tuple(sorted(c.kinds)), sources=sources, count=c.count, code=codes[pid],
                          needs=tuple(c.needs), run=bool(c.sentences), sentences=tuple(c.sentences),
                          reworded=c.reworded, valid=valid, next=successors.get(pid, "")))
    return out


def _successors(numbered: list[tuple[str, Candidate]], mined_text: dict[int, str]) -> dict[str, str]:
    """Entry id → the id of the entry that followed it in a source paragraph (Candidate.next), where that one is in
    the bank too, in the same category and role: the two are a run from one real paragraph (issue 13)."""
    by_text = {(mined_text.get(id(c), c.text).rstrip("。"), c.category, c.role): pid
               for pid, c in numbered if not c.sentences}
    out = {}
    for pid, c in numbered:
        if c.sentences:
            continue
        for text in c.next:
            nxt = by_text.get((text.rstrip("。"), c.category, c.role))
            if nxt is not None and nxt != pid:
                out[pid] = nxt
                break
    return out


_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _aged(text: str, sources, eras: list[tuple], uses: dict[str, int]) -> int | None:
    """The last year ``text`` may be said by its source speeches' dates and its words' last attested use:
    corpus/era.py's stale year plus AGE, or None (open) when a source is undated or its wording still in use."""
    from .era import AGE, stale_year

    latest = []
    for s in sources:
        span = next((e for e in eras if e[0] == s.doc and e[1] <= s.line <= e[2]), None)
        if span is None or span[3] is None:
            return None           # an undated source: nothing known of its age
        latest.append(span[3][1] if span[3][1] is not None else 9999)
    if not latest:
        return None
    year = stale_year(text, max(latest), uses)
    return None if year is None else year + AGE


def _spoken_years(sources, eras: list[tuple]) -> tuple[int | None, ...]:
    """Per source, the earliest year its speech can have been given by the dated terms the speech itself says
    (corpus/era.py registry_start, _era_of's last field), or None where it says none."""
    out: list[int | None] = []
    for s in sources:
        span = next((e for e in eras if e[0] == s.doc and e[1] <= s.line <= e[2]), None)
        out.append(span[5] if span is not None and len(span) > 5 else None)
    return tuple(out)


def valid_window(text: str, sources, until: int | None = None,
                 spoken: tuple[int | None, ...] = ()) -> tuple[str, str]:
    """When an entry may be used (ISO dates, "" = open): the window of the 提法 it holds (model/tifa.py), taken
    around its earliest dated source, and never before the year that source speech was given (its wording
    may be of that time in ways the registry does not list).  A source whose title writes no year is dated by
    ``spoken`` (per source, _spoken_years: the registry's start dates of the terms its speech says), so that a line
    of an untitled 2019 speech that says 卫生健康委 never serves a 2014 speech (era28: 382 of the 402 entries' titles write no year)."""
    import datetime as dt

    from ..model.tifa import window_of

    years = []
    for i, s in enumerate(sources):
        m = _TITLE_YEAR.search(s.title) if s.title else None
        if m:
            years.append(int(m.group(1)))
        elif i < len(spoken) and (year := spoken[i]) is not None:
            years.append(year)
    said = min(years) if years else None
    start, end = window_of(text, on=said)
    if said is not None:
        first = dt.date(said, 1, 1)
        start = first if start is None or start < first else start
    if until is not None:
        last = dt.date(until, 12, 31)
        end = last if end is None or end > last else end
        if start is not None and start > end:
            end = start           # a window is never empty: the entry stays sayable where its 提法 is
    return (start.isoformat() if start else "", end.isoformat() if end else "")


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
    """One YAML list per category under ``out_dir`` (atomic writes), only into an empty folder or a bank
    mine wrote; the category files it wrote before and no longer has are removed (outfolders.py)."""
    by_cat: dict[str, list[Phrase]] = {}
    for p in phrases:
        by_cat.setdefault(p.category, []).append(p)
    # Re-mining regenerates the bank by design, so its own files are replaced (never a half-written one).
    return write_bank_files({f"{cat}.yaml": dump_phrases(by_cat[cat]) for cat in CATEGORIES if cat in by_cat},
                            Path(out_dir))
