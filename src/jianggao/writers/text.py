"""Speech → plain text formats: Markdown (md), plain text (txt) and the outline of headings (提纲)."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from ..fileio import write_text_atomic
from ..model.speech import Block, Heading, Speech
from ..model.text import xml_safe

TEXT_FORMATS = ("md", "txt", "outline")
INDENT = "\u3000\u3000"   # two full-width spaces: the printed first-line indent, in plain text

# Markdown syntax characters that would change the rendering if left bare inside a line.
_MD_INLINE = r"([\\`*_\[\]<>|~])"  # both compiled when Markdown is written (re keeps them)
# …and at the start of a line: headings, quotes, lists ("1." is our level-3 heading number!).
_MD_LINE_START = r"^(\s*)([#>+\-=]|\d+[.)])"
_TRAILING_PUNCT = "。，；：！？、.,;:!?"


def render_text(speech: Speech, fmt: str) -> str:
    """The speech as ``fmt`` text ("md", "txt" or "outline"), ending with a newline."""
    if fmt == "md":
        lines = _markdown(speech)
    elif fmt == "txt":
        lines = _plain(speech)
    elif fmt == "outline":
        lines = _outline(speech)
    else:
        raise UsageError(f"未知的文本格式「{fmt}」，可选：md、txt、outline", field="--format",
                         english=f"unknown text format {fmt!r}; choose md, txt or outline")
    return "\n".join(lines).rstrip("\n") + "\n"


def write_speech(speech: Speech, target: Path, fmt: str, *, profile: str = "speech",
                 reference_doc: Path | None = None, force: bool = False) -> None:
    """Write ``speech`` to ``target`` in any format (docx or text), atomically."""
    if fmt == "docx":
        if reference_doc is None:
            # our own layout: from the shipped skeleton, without importing python-docx (docx_skeleton)
            from .docx_skeleton import write_from_skeleton
            if write_from_skeleton(speech, Path(target), profile=profile, force=force):
                return
        from .docx_writer import write_docx
        write_docx(speech, target, profile=profile, reference_doc=reference_doc, force=force)
        return
    text = render_text(speech, fmt)     # validates fmt before anything touches the disk
    write_text_atomic(Path(target), text, force=force)


def _clean(text: str) -> str:
    return xml_safe(text).strip()


def _front(speech: Speech) -> list[str]:
    """Title line(s), speaker and date: the same lines the .docx centres."""
    lines = []
    if speech.main_title:
        lines += [_clean(speech.main_title), "——" + _clean(speech.title)]
    else:
        lines.append(_clean(speech.title))
    lines += [_clean(speech.speaker_line), _clean(speech.date_line)]
    return [x for x in lines if x and x != "——"]


def _plain(speech: Speech) -> list[str]:
    """txt: front matter, a blank line, the salutation flush left, then every paragraph
    indented two full-width spaces, one paragraph a line (how Chinese plain text is typed)."""
    lines = _front(speech) + [""]
    if speech.salutation:
        lines.append(_clean(speech.salutation))
    for block in speech.blocks:
        text = _block_text(block)
        if text:
            lines.append(INDENT + text)
    return lines


def _block_text(block: Block) -> str:
    if isinstance(block, Heading):
        return _clean(block.number + block.text + block.body)
    return _clean(block.text)


def _md_escape(text: str) -> str:
    text = re.sub(_MD_INLINE, r"\\\1", text)
    # Escape the last character of a line-start marker: "\#", "\>", "1\." …
    return re.sub(_MD_LINE_START, lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], text)


def _markdown(speech: Speech) -> list[str]:
    """md: the title as `#`, speaker and date as plain lines, headings as `##`–`#####`.

    A heading with run-on text stays one paragraph, as printed: the heading in bold, then
    its text (`**（一）加强组织领导**。要……`), rather than a Markdown heading followed by a
    paragraph the speaker would read as a new thought.
    """
    front = _front(speech)
    lines = ["# " + _md_escape(front[0]), ""] if front else []
    for line in front[1:]:
        lines += [_md_escape(line), ""]
    if speech.salutation:
        lines += [_md_escape(_clean(speech.salutation)), ""]
    for block in speech.blocks:
        if isinstance(block, Heading):
            head = _md_escape(_clean(block.number + block.text))
            body = _clean(block.body)
            if body:
                lines += [_bold_run_on(head, body), ""]
            else:
                lines += ["#" * (min(max(block.level, 1), 4) + 1) + " " + head, ""]
        else:
            text = _clean(block.text)
            if text:
                lines += [_md_escape(text), ""]
    return lines


def _bold_run_on(head: str, body: str) -> str:
    """`**（一）加强组织领导**。要……`: a closing `**` right after punctuation does not close
    before a CJK letter (CommonMark flanking rules), so trailing 。 stays outside the bold."""
    bare = head.rstrip(_TRAILING_PUNCT)
    tail = head[len(bare):]
    body = re.sub(_MD_INLINE, r"\\\1", body)
    return (f"**{bare}**{tail}" if bare else head) + body


def _outline(speech: Speech) -> list[str]:
    """outline (提纲): front matter, a blank line, then the headings alone, each indented
    two full-width spaces per level below the first; run-on text is left out."""
    lines = _front(speech) + [""]
    for heading in speech.headings():
        text = _clean(heading.number + heading.text)
        if text:
            lines.append(INDENT * (min(max(heading.level, 1), 4) - 1) + text)
    if speech.plan:
        # The plan behind the headings: each part's budget, the figures it carries, the problem each
        # task answers, and which brief data would lengthen a short speech (issue 13: plan first).
        lines += ["", "谋篇：", *(INDENT + _clean(x) for x in speech.plan)]
    return lines
