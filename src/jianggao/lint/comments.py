"""The commented copy: the draft .docx with a Word comment anchored at each finding's words."""
from __future__ import annotations

import copy
from pathlib import Path

from ..fileio import atomic_path
from .finding import KIND_NAMES, Finding
from .read import Draft

AUTHOR = "讲稿检查"
INITIALS = "JG"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A run holding only these children can be cut in two without losing anything.
_SPLITTABLE = {f"{_W}rPr", f"{_W}t", f"{_W}tab", f"{_W}br"}


def _comment_text(f: Finding) -> str:
    text = f"【{KIND_NAMES[f.kind]}】{f.message}"
    return text + (f"。建议：{f.suggestion}" if f.suggestion else "")


def _split(run, at: int):
    """Cut ``run`` at character ``at``; returns the second half (a new run right after it)."""
    text = run.text
    twin = copy.deepcopy(run._r)
    run._r.addnext(twin)
    from docx.text.run import Run

    second = Run(twin, run._parent)
    run.text = text[:at]
    second.text = text[at:]
    return second


def _runs_covering(paragraph, start: int, end: int) -> list:
    """The paragraph's runs exactly covering characters ``start``..``end`` (splitting runs as needed);
    when the text is not all in plain runs (hyperlinks, fields), the runs overlapping it."""
    runs = paragraph.runs
    if "".join(r.text for r in runs) != paragraph.text:
        return _overlapping(runs, start, end) or runs
    pos = 0
    index = 0
    while index < len(runs):
        run = runs[index]
        length = len(run.text)
        splittable = all(child.tag in _SPLITTABLE for child in run._r)
        if pos < start < pos + length and splittable:
            runs.insert(index + 1, _split(run, start - pos))
            pos += start - pos
            index += 1
            continue
        if pos < end < pos + length and splittable:
            runs.insert(index + 1, _split(run, end - pos))
        pos += len(run.text)
        index += 1
    return _overlapping(runs, start, end)


def _overlapping(runs, start: int, end: int) -> list:
    out, pos = [], 0
    for run in runs:
        length = len(run.text)
        if length and pos < end and start < pos + length:
            out.append(run)
        pos += length
    return out


def write_commented(draft: Draft, findings: list[Finding], target: Path, *, force: bool) -> int:
    """Write the commented copy of ``draft`` (a .docx) to ``target`` atomically; returns the comment count.

    The draft is only read: python-docx loads it into memory and the copy is saved elsewhere."""
    import docx

    document = docx.Document(str(draft.path))
    body = document.paragraphs
    count = 0
    for f in findings:
        number = f.paragraph - 1
        if not 0 <= number < len(draft.sources):
            continue
        paragraph = body[draft.sources[number]]
        lead = draft.leads[number]
        runs = _runs_covering(paragraph, lead + f.start, lead + max(f.end, f.start + 1))
        if not runs:
            continue
        document.add_comment(runs, text=_comment_text(f), author=AUTHOR, initials=INITIALS)
        count += 1
    with atomic_path(target, force=force) as tmp:
        document.save(str(tmp))
    return count
