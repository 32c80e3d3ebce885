"""Corpus loading: turn .txt/.md/.html/.docx files or folders into text lines, one document at a time."""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import CorpusError

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES
# Speech formats a secretary's archive holds that we cannot read: reported (with what to do), not silently skipped.
UNSUPPORTED = {".doc": "请用 Word 或 WPS 另存为 .docx", ".wps": "请用 WPS 另存为 .docx", ".rtf": "请另存为 .docx",
               ".pdf": "请导出为 .docx 或 .txt", ".odt": "请另存为 .docx"}

# Magic numbers of formats a secretary's archive may hold under a wrong name; their bytes are never text.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf",
)


@dataclass(frozen=True)
class RawDocument:
    """One corpus file as text lines; ``lines[i]`` is what phrase sources cite as line ``i + 1``."""

    name: str
    path: Path
    lines: list[str]


def iter_documents(paths: Iterable[Path]) -> Iterator[RawDocument | CorpusError]:
    """Yield each corpus document under ``paths`` (files or folders, sorted), or a CorpusError naming a bad file."""
    for path in _iter_files(paths):
        try:
            lines = read_lines(path)
        except CorpusError as error:
            yield error
            continue
        if not any(line.strip() for line in lines):
            yield CorpusError("文件为空，已跳过", file=str(path), english="empty file, skipped")
            continue
        yield RawDocument(name=path.name, path=path, lines=lines)


def corpus_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files ``iter_documents`` would read, in its order, without reading them (the miner hands each
    to a worker process, which reads it through ``iter_documents`` itself)."""
    return _iter_files(paths)


def _iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        path = Path(path)
        if path.is_dir():
            # rglob order depends on the file system; sorting keeps every run (and the mined bank) reproducible.
            # The folder is listed once up front (paths only); the files themselves are read one by one.
            yield from [
                child for child in sorted(path.rglob("*"))
                if (child.suffix.lower() in SUFFIXES or child.suffix.lower() in UNSUPPORTED)
                and not child.name.startswith((".", "~$")) and child.is_file()
            ]
        else:
            # A file named explicitly is read whatever its suffix (plain text assumed), or reported.
            yield path


def read_lines(path: Path) -> list[str]:
    """The text lines of one file by its suffix; raises CorpusError when it cannot be read as text."""
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise CorpusError(f"不支持 {suffix} 格式，已跳过；{UNSUPPORTED[suffix]}", file=str(path),
                          english=f"{suffix} is not supported, skipped")
    if suffix in DOCX_SUFFIXES:
        return _docx_lines(path)
    data = _read_bytes(path)
    if suffix in HTML_SUFFIXES:
        return html_lines(decode(data, path))
    if suffix == ".md":
        return markdown_lines(decode(data, path))
    return decode(data, path).splitlines()


_MD_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+(?=\S))")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![*\d])\*(?=[^\s\d*])([^*]+?)(?<=\S)\*(?![*\d])|`([^`]+)`")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$|^\s*```")


def markdown_lines(text: str) -> list[str]:
    """Markdown as plain text lines, line for line (sources cite line numbers): markup dropped, text kept.

    `**粗体**` must not reach the cleaner as `**`, which sites use to blank out names."""
    lines = []
    for line in text.splitlines():
        if _MD_RULE.match(line):
            lines.append("")
            continue
        line = _MD_BLOCK.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", line)
        lines.append(line)
    return lines


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CorpusError("文件不存在", file=str(path), english="no such file") from None
    except OSError as error:
        raise CorpusError(f"无法读取文件：{error.strerror}", file=str(path), english="unreadable file") from None


def decode(data: bytes, path: Path) -> str:
    """Bytes → text: BOM first (utf-8-sig, utf-16), then utf-8, then gb18030; binary data is a CorpusError."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096]:
        raise CorpusError("不是文本文件（二进制内容），已跳过", file=str(path), english="binary file, skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Chinese Windows saves "ANSI" text as GBK; gb18030 is its superset.
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise CorpusError(
            "无法识别文件编码（支持 UTF-8、GB18030、UTF-16），已跳过", file=str(path), english="unknown encoding, skipped"
        ) from None


def _docx_lines(path: Path) -> list[str]:
    import docx  # python-docx is heavy; only .docx corpora pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise CorpusError("无法打开 .docx 文件（已损坏或不是 Word 文档），已跳过", file=str(path),
                          english=f"unreadable .docx: {error}") from None
    except Exception as error:  # zipfile.BadZipFile, lxml errors: a broken archive must not stop the run
        raise CorpusError("无法打开 .docx 文件（已损坏或不是 Word 文档），已跳过", file=str(path),
                          english=f"unreadable .docx: {type(error).__name__}") from None
    lines = []
    for paragraph in document.paragraphs:
        # A soft line break inside a paragraph is a layout choice, not a paragraph break.
        lines.append(paragraph.text.replace("\n", "").replace("\v", ""))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return lines


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li "
    "main ol p pre section table tbody td th thead tr ul title".split()
)
# Content of these is never part of the speech a reader sees.
_HIDDEN_TAGS = frozenset("script style nav noscript template head svg iframe button select".split())
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class _VisibleText(HTMLParser):
    """Collects the visible text of a page; block elements start new lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._hidden: list[str] = []

    def _break(self) -> None:
        self.lines.append("".join(self._current))
        self._current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN_TAGS and tag not in _VOID_TAGS:
            self._hidden.append(tag)
        elif tag in _BLOCK_TAGS and not self._hidden:
            self._break()

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK_TAGS and not self._hidden:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self._hidden and tag in _HIDDEN_TAGS:
            # Pop to the matching tag; stray end tags in real-world HTML must not unbalance the stack.
            while self._hidden:
                if self._hidden.pop() == tag:
                    break
        elif tag in _BLOCK_TAGS and not self._hidden:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            # Whitespace runs in HTML source are formatting only and render as one space.
            self._current.append(_WHITESPACE.sub(" ", data))


def html_lines(text: str) -> list[str]:
    """Visible text of an HTML page, one line per block element, blank runs collapsed."""
    parser = _VisibleText()
    parser.feed(text)
    parser.close()
    parser._break()
    lines: list[str] = []
    for line in parser.lines:
        line = line.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines
