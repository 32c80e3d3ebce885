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
        lead = len(_LEAD.match(text).group()) if _LEAD.match(text) else 0
        if text[lead:]:
            draft.paragraphs.append(text[lead:])
            draft.sources.append(index)
            draft.leads.append(lead)
    return draft


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
    return _from_lines(path, [p.text for p in document.paragraphs])


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
