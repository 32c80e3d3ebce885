"""Reading a draft (.docx, .txt, .md) into its non-empty paragraphs, in order."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import JianggaoError

SUFFIXES = (".docx", ".txt", ".md")
_UNSUPPORTED = {".doc": "请用 Word 或 WPS 另存为 .docx", ".wps": "请用 WPS 另存为 .docx", ".pdf": "请导出为 .docx 或 .txt",
                ".rtf": "请另存为 .docx", ".odt": "请另存为 .docx"}
# Leading indentation a typist uses instead of a first-line indent: spaces, full-width spaces, tabs.
_LEAD = re.compile(r"^[\s\u3000\ufeff]+")


class DraftError(JianggaoError):
    """Raised when a draft cannot be read: missing, not a readable .docx/.txt/.md, or empty."""


@dataclass
class Draft:
    """A draft's non-empty paragraphs (leading indentation removed); for a .docx, ``sources[i]`` is the
    index of paragraph i in the document body and ``leads[i]`` the characters of indentation removed."""

    path: Path
    paragraphs: list[str]
    sources: list[int] = field(default_factory=list)
    leads: list[int] = field(default_factory=list)


def read_draft(path: str | Path) -> Draft:
    """The draft at ``path``; raises DraftError (Chinese message naming the file) when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise DraftError(f"不支持 {suffix} 格式；{_UNSUPPORTED[suffix]}", file=str(path))
    if not path.exists():
        raise DraftError("文件不存在", file=str(path))
    if not path.is_file():
        raise DraftError("不是文件", file=str(path))
    if suffix == ".docx":
        draft = _read_docx(path)
    else:
        text = _decode(path)
        lines = text.splitlines()
        if suffix == ".md":
            lines = [_plain_markdown(line) for line in lines]
        draft = _from_lines(path, lines)
    if not draft.paragraphs:
        raise DraftError("文件中没有文字", file=str(path))
    return draft


def _from_lines(path: Path, lines: list[str]) -> Draft:
    draft = Draft(path, [])
    for index, line in enumerate(lines):
        text = line.rstrip()
        lead = _lead_width(text)
        if text[lead:]:
            draft.paragraphs.append(text[lead:])
            draft.sources.append(index)
            draft.leads.append(lead)
    return draft


def _lead_width(text: str) -> int:
    """How many characters of indentation open ``text``."""
    lead = _LEAD.match(text)
    return lead.end() if lead else 0


def _decode(path: Path) -> str:
    from ..corpus.load import decode
    from ..errors import CorpusError

    try:
        data = path.read_bytes()
    except OSError as error:
        raise DraftError(f"无法读取文件：{error.strerror}", file=str(path)) from None
    try:
        return decode(data, path)
    except CorpusError as error:
        raise DraftError(error.message.replace("，已跳过", ""), file=str(path)) from None


def _read_docx(path: Path) -> Draft:
    import zipfile

    import docx  # python-docx is heavy: only a .docx draft pays for it

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DraftError("无法作为 .docx 打开（文件损坏或不是 Word 文档）", file=str(path),
                         english=type(error).__name__) from None
    except Exception as error:  # python-docx raises bare package errors for foreign parts
        raise DraftError("无法作为 .docx 打开（文件损坏或不是 Word 文档）", file=str(path),
                         english=type(error).__name__) from None
    paragraphs, numbers = _numbered(document)
    lines: list[str] = []
    for paragraph, number in zip(paragraphs, numbers, strict=True):
        text = paragraph.text
        if number and text.strip() and not _already_numbered(text.lstrip()):
            lead = _lead_width(text)
            text = text[:lead] + number + text[lead:]
        else:
            numbers[len(lines)] = ""
        lines.append(text)
    draft = _from_lines(path, lines)
    # A Word list number is shown, not typed: the paragraph's runs do not hold it, so the commented copy
    # shifts each finding back by its length (a finding on the number itself anchors at the first character).
    for i, source in enumerate(draft.sources):
        draft.leads[i] -= len(numbers[source])
    return draft


def body_paragraphs(document) -> list:
    """Every paragraph of the document's body in reading order, those inside tables (and nested tables)
    included, text boxes left out (Word keeps a fallback copy of their text elsewhere)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    body = document.element.body
    box = qn("w:txbxContent")
    return [Paragraph(p, document._body) for p in body.iter(qn("w:p"))
            if next(p.iterancestors(box), None) is None]


# Word's auto-numbered paragraphs, by list level, written as speeches number headings (GB/T 9704 §7.3.3:
# 一、 （一） 1. （1）); deeper levels read as the fourth.
def _list_number(ilvl: int, value: int) -> str:
    from .numbers import int_to_chinese

    return (f"{int_to_chinese(value)}、", f"（{int_to_chinese(value)}）", f"{value}.", f"（{value}）")[min(ilvl, 3)]


def _already_numbered(text: str) -> bool:
    """A paragraph whose typed text already opens with a heading number (not numbered twice)."""
    from .headings import heading_number

    return heading_number(text) is not None


def _numbered(document) -> tuple[list, list[str]]:
    """(paragraphs in reading order, the list number Word shows before each, or "")."""
    from docx.oxml.ns import qn

    paragraphs = body_paragraphs(document)
    abstract_of, starts = _numbering_definitions(document)
    counters: dict[str, dict[int, int]] = {}
    numbers = []
    for paragraph in paragraphs:
        num = _num_pr(paragraph, qn)
        if num is None or num[0] == "0" or num[0] not in abstract_of:
            numbers.append("")
            continue
        num_id, ilvl = num
        abstract = abstract_of[num_id]
        levels = counters.setdefault(abstract, {})
        start = starts.get((abstract, ilvl), 1)
        levels[ilvl] = levels[ilvl] + 1 if ilvl in levels else start
        for deeper in [k for k in levels if k > ilvl]:
            del levels[deeper]
        numbers.append(_list_number(ilvl, levels[ilvl]))
    return paragraphs, numbers


def _num_pr(paragraph, qn) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph's own numbering, else of its style's (following basedOn), or None."""
    def read(ppr) -> tuple[str | None, int | None] | None:
        if ppr is None:
            return None
        num_pr = ppr.find(qn("w:numPr"))
        if num_pr is None:
            return None
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        return (num_id.get(qn("w:val")) if num_id is not None else None,
                int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else None)

    own = read(paragraph._p.pPr)
    if own is not None and own[0] is not None:
        return own[0], own[1] or 0
    style = paragraph.style if paragraph._p.pPr is not None and paragraph._p.pPr.pStyle is not None else None
    seen = 0
    while style is not None and seen < 16:
        found = read(style.element.pPr)
        if found is not None and found[0] is not None:
            ilvl = own[1] if own is not None and own[1] is not None else found[1]
            return found[0], ilvl or 0
        style = style.base_style
        seen += 1
    return None


def _numbering_definitions(document) -> tuple[dict[str, str], dict[tuple[str, int], int]]:
    """numId → its list (abstractNumId), and each list level's start value."""
    from docx.oxml.ns import qn

    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}, {}
    abstract_of = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is not None:
            abstract_of[num.get(qn("w:numId"))] = ref.get(qn("w:val"))
    starts = {}
    for abstract in numbering.findall(qn("w:abstractNum")):
        key = abstract.get(qn("w:abstractNumId"))
        for lvl in abstract.findall(qn("w:lvl")):
            start = lvl.find(qn("w:start"))
            if start is not None:
                try:
                    starts[(key, int(lvl.get(qn("w:ilvl"), "0")))] = int(start.get(qn("w:val")))
                except (TypeError, ValueError):
                    pass
    return abstract_of, starts


# Markdown: what our own `render --format md` and an editor write; list numbers (`1.`) are kept, they are
# the speech's own heading numbers.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_MD_BULLET = re.compile(r"^\s{0,3}[-*+]\s+")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$|^\s*```")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![*\w])|`([^`]+)`")
_MD_BREAK = re.compile(r"\\$|<br\s*/?>")


def _plain_markdown(line: str) -> str:
    """One Markdown line as plain text; `**` that opens no pair stays (it is residue, not markup)."""
    if _MD_RULE.match(line):
        return ""
    for rx in (_MD_HEADING, _MD_QUOTE, _MD_BULLET):
        line = rx.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or "", line)
    return _MD_BREAK.sub("", line)
