"""Sources a person can read: ``004_….txt 第274行《在2016年全县卫生计生工作会议上的讲话》``.

A bank entry's source carries the speech's title when the miner recorded it. For banks mined before
titles were kept, the title is read from the source document itself when it can be found (the corpus
folders named in ``JIANGGAO_CORPUS``, separated like PATH, and ``../shared/corpus`` beside the source
tree): cleaned and segmented as the miner does, the speech holding the line gives its title, else the
document's first clean line does. Nothing found, the source is shown by file and line alone.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.bank import Source

TITLE_MAX = 40   # a 范文 page's first line can be a paragraph of site blurb: not a title to show


def corpus_dirs() -> list[Path]:
    """Where source documents are looked for: ``JIANGGAO_CORPUS`` first, then ``../shared/corpus``."""
    dirs = [Path(p) for p in os.environ.get("JIANGGAO_CORPUS", "").split(os.pathsep) if p]
    repo = Path(__file__).resolve().parents[3]          # src/jianggao/corpus/titles.py → the repository
    dirs.append(repo.parent / "shared" / "corpus")
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=64)
def _speech_starts(doc: str) -> tuple[tuple[int, str], ...]:
    """(first line, title) of each speech in the document called ``doc``; () when it cannot be read."""
    from ..errors import JianggaoError
    from .clean import clean_document
    from .load import iter_documents
    from .segment import segment_document
    from .sentences import split_sentences

    path = next((d / doc for d in corpus_dirs() if (d / doc).is_file()), None)
    if path is None:
        return ()
    try:
        found = next(iter_documents([path]), None)
        if found is None or isinstance(found, JianggaoError):
            return ()
        blocks = clean_document(found)
        speeches = segment_document(found.name, blocks, split_sentences)
    except Exception:  # noqa: BLE001 — a title is a courtesy: an unreadable document just shows file and line
        return ()
    starts = []
    for sp in speeches:
        lines = [ln for ln in [sp.salutation_line, *(b.line for b in sp.blocks)] if ln]
        starts.append((min(lines) if lines else 0, sp.title.strip() if _is_title(sp.title.strip()) else ""))
    if not any(title for _, title in starts):
        starts = [(0, _first_line_title(found.lines))]
    return tuple(starts)


# A document's first line is taken as its title only if it names a speech (not site chrome or a blurb).
_SPEECH_WORDS = ("讲话", "致辞", "报告", "发言", "会议", "讲稿")


def _first_line_title(lines: list[str]) -> str:
    """The document's first line that reads as a speech's title (the cleaner drops a title line with the
    site's chrome, so the raw lines are read: simplified, pinyin removed, chrome skipped)."""
    from .chrome import is_chrome_line
    from .normalize import simplify_line

    for raw in lines[:20]:
        # a 文库 page names the speech as its file (2023年区卫生计生工作会议致辞.docx): the name is the title
        line = simplify_line(raw).strip().removesuffix(".docx").removesuffix(".doc").strip()
        if not line or is_chrome_line(line):
            continue
        if _is_title(line) and any(w in line for w in _SPEECH_WORDS):
            return line
    return ""


def _is_title(text: str) -> bool:
    """A line that can stand as a speech's title: short, not a salutation (同志们：) nor a sentence."""
    return bool(text) and len(text) <= TITLE_MAX and not text.endswith(("：", ":", "。", "，", "；"))


def derived_title(doc: str, line: int) -> str:
    """The title of the speech holding ``line`` of ``doc`` (the nearest titled speech above it), or ""."""
    title = ""
    for start, name in _speech_starts(doc):
        if start > line:
            break
        title = name or title
    return title


def source_title(source: Source) -> str:
    """The speech's title for a bank Source: recorded by the miner, else read from the document."""
    return getattr(source, "title", "") or derived_title(source.doc, source.line)


def source_text(source: Source) -> str:
    """``004_….txt 第274行《在2016年全县卫生计生工作会议上的讲话》`` (without the title when none is known)."""
    title = source_title(source)
    return f"{source.doc} 第{source.line}行" + (f"《{title}》" if title else "")
