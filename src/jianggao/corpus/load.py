"""Corpus loading: turn .txt/.md/.html/.docx files or folders into text lines, one document at a time."""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..fileio import printable, read_regular

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + DOCX_SUFFIXES
# Speech formats a secretary's archive holds that we cannot read: reported (with what to do), not silently skipped.
UNSUPPORTED = {".doc": "请用 Word 或 WPS 另存为 .docx", ".wps": "请用 WPS 另存为 .docx", ".rtf": "请另存为 .docx",
               ".pdf": "请导出为 .docx 或 .txt", ".odt": "请另存为 .docx"}

# A real speech is 10–200 KB of text; a file many times larger is no speech, and every cleaning step costs
# time per character, so it is refused unread (a 6 GB sparse .txt was read whole before).
MAX_TEXT_BYTES = 4 << 20
# A speech is a few hundred lines (a web copy with its page chrome a few thousand); every line costs the
# cleaner objects of its own, and 650 000 one-character lines took 33 s and 420 MB.
MAX_LINES = 100_000
# The same bound on what a .docx yields as text (its XML is capped separately, in fileio).
MAX_DOCUMENT_CHARS = 4 << 20
# The longest file name (bytes) most file systems allow; clean-dir names longer than it are shortened.
NAME_MAX = 255

# Magic numbers of formats a secretary's archive may hold under a wrong name; their bytes are never text.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"\xd0\xcf\x11\xe0", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf",
)


@dataclass(frozen=True)
class RawDocument:
    """One corpus file as text lines; ``lines[i]`` is what phrase sources cite as line ``i + 1``.

    ``name`` is the file's path relative to the folder mined (``2023/讲话.docx``), always printable
    text: two folders' ``speech.txt`` stay distinct, and a name holding invalid UTF-8 is written with
    ``\\xff`` escapes instead of the surrogates that once made the bank unreadable."""

    name: str
    path: Path
    lines: list[str]


def iter_documents(paths: Iterable[Path]) -> Iterator[RawDocument | CorpusError]:
    """Yield each corpus document under ``paths`` (files or folders, sorted), or a CorpusError naming a bad file."""
    for path, name in corpus_files(paths):
        yield read_document(path, name)


def read_document(path: Path, name: str) -> RawDocument | CorpusError:
    """The document at ``path`` cited as ``name``, or the CorpusError saying why it was skipped."""
    try:
        lines = read_lines(path)
    except CorpusError as error:
        return error
    if len(lines) > MAX_LINES:
        return CorpusError(f"行数太多（{len(lines):,} 行，上限 {MAX_LINES:,} 行），不像一篇讲话，已跳过",
                           file=shown_path(path), english="too many lines")
    if not any(line.strip() for line in lines):
        return CorpusError("文件为空，已跳过", file=shown_path(path), english="empty file, skipped")
    return RawDocument(name=name, path=path, lines=lines)


def corpus_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, its unique name) for every file ``iter_documents`` would read, in its order, without reading
    them: the miner hands each to a worker process, which reads it with ``read_document``."""
    files, taken = [], set()
    for path, name in _iter_files([Path(p) for p in paths]):
        unique, n = name, 2
        while unique.casefold() in taken:   # the same file given twice, or names alike but for case
            unique, n = f"{name} ({n})", n + 1
        taken.add(unique.casefold())
        files.append((path, unique))
    return files


def _iter_files(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """(file, its name relative to the folders mined), sorted. Names are relative to the one folder given,
    or to the folder the inputs share, so that sources and clean-dir files keep their place."""
    base = _common_folder(paths)
    for path in paths:
        if path.is_dir():
            # rglob order depends on the file system; sorting keeps every run (and the mined bank) reproducible.
            # The folder is listed once up front (paths only); the files themselves are read one by one.
            # Anything but a folder is listed (a FIFO named .txt too): read_lines refuses it by name, unread.
            yield from [
                (child, relative_name(child, base)) for child in sorted(path.rglob("*"))
                if (child.suffix.lower() in SUFFIXES or child.suffix.lower() in UNSUPPORTED)
                and not child.name.startswith((".", "~$")) and not child.is_dir()
            ]
        else:
            # A file named explicitly is read whatever its suffix (plain text assumed), or reported.
            yield path, relative_name(path, base)


def _common_folder(paths: list[Path]) -> Path | None:
    """The folder names are counted from: the single folder given, else the folder all inputs share."""
    if len(paths) == 1 and paths[0].is_dir():
        return Path(os.path.abspath(paths[0]))
    folders = [os.path.abspath(p if p.is_dir() else p.parent) for p in paths]
    try:
        return Path(os.path.commonpath(folders)) if folders else None
    except ValueError:   # different drives on Windows
        return None


def printable_name(name: str) -> str:
    """A file name as text that prints and round-trips through YAML (see fileio.printable)."""
    return printable(name)


def relative_name(path: Path, base: Path | None) -> str:
    """``path`` relative to ``base`` with / separators, printable; the bare file name when outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        rel = absolute.relative_to(base) if base is not None else Path(absolute.name)
    except ValueError:
        rel = Path(absolute.name)
    return printable_name(rel.as_posix() if str(rel) != "." else absolute.name)


def shown_path(path: Path) -> str:
    """A path for a message: printable whatever bytes its name holds."""
    return printable_name(str(path))


def clean_text_path(folder: Path, name: str) -> Path:
    """Where `--clean-dir` keeps a document's cleaned text: its relative name plus .txt (report.docx.txt
    and report.html.txt stay apart), inside ``folder`` whatever the name holds; a part longer than the
    file system allows is shortened and made unique with a hash of the whole name."""
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")] or ["document"]
    parts[-1] += ".txt"
    fitted = []
    for part in parts:
        if len(part.encode("utf-8", "surrogatepass")) > NAME_MAX:
            tag = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            head = part.encode("utf-8", "surrogatepass")[:NAME_MAX - 20].decode("utf-8", "ignore")
            part = f"{head}-{tag}" + (".txt" if part.endswith(".txt") else "")
        fitted.append(part)
    return Path(folder).joinpath(*fitted)


def read_lines(path: Path) -> list[str]:
    """The text lines of one file by its suffix; raises CorpusError when it cannot be read as text."""
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise CorpusError(f"不支持 {suffix} 格式，已跳过；{UNSUPPORTED[suffix]}", file=shown_path(path),
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
# Bounded and bracket-free inside, for the same reason: `[` × 100 000 took 40 s unbounded.
_MD_IMAGE = re.compile(r"!\[[^\[\]]{0,300}\]\([^()]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\[\]]{1,300})\]\([^()]{0,500}\)")
# Each span is bounded (bold headings are short): an unbounded `.+?` scanned to the end of the line from
# every `**`, and 100 KB of `**甲 ` took 16 s.
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,120}?)(?<=\S)\1|(?<![*\d])\*(?=[^\s\d*])([^*]{1,120}?)(?<=\S)\*(?![*\d])"
                          r"|`([^`]{1,120})`")
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
    """The file's bytes: regular files only (a FIFO or /dev/zero is refused unread), at most MAX_TEXT_BYTES."""
    try:
        return read_regular(path, MAX_TEXT_BYTES, error=CorpusError)
    except CorpusError as error:
        error.file = shown_path(path)
        error.message += "，已跳过"
        raise


def decode(data: bytes, path: Path) -> str:
    """Bytes → text: BOM first (utf-8-sig, utf-16), then utf-8, then gb18030; binary data is a CorpusError."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:4096]:
        raise CorpusError("不是文本文件（二进制内容），已跳过", file=shown_path(path), english="binary file, skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Chinese Windows saves "ANSI" text as GBK; gb18030 is its superset.
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise CorpusError(
            "无法识别文件编码（支持 UTF-8、GB18030、UTF-16），已跳过", file=shown_path(path), english="unknown encoding, skipped"
        ) from None


def _docx_lines(path: Path) -> list[str]:
    # python-docx is heavy; only .docx corpora pay for it. The package is checked first (zip bombs, DTDs):
    # a broken or hostile archive is reported and skipped, it never stops the run.
    from ..fileio import open_document, verified_package

    try:
        package = verified_package(path, error=CorpusError, keep_media=False, what=".docx 文件")
        document = open_document(package, path, error=CorpusError, what=".docx 文件")
    except CorpusError as error:
        error.file = shown_path(path)
        error.message += "，已跳过"
        raise
    lines = []
    for paragraph in document.paragraphs:
        # A soft line break inside a paragraph is a layout choice, not a paragraph break.
        lines.append(paragraph.text.replace("\n", "").replace("\v", ""))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    if sum(len(line) for line in lines) > MAX_DOCUMENT_CHARS:
        raise CorpusError(f"文档文字太多（超过 {MAX_DOCUMENT_CHARS:,} 个字符），不像一篇讲话，已跳过",
                          file=shown_path(path), english="document text over the limit")
    return lines


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li "
    "main ol p pre section table tbody td th thead tr ul title".split()
)
# Content of these is never part of the speech a reader sees.
_HIDDEN_TAGS = frozenset("script style nav noscript template head svg iframe button select".split())
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_lines(text: str) -> list[str]:
    """Visible text of an HTML page, one line per block element, blank runs collapsed.

    Parsed by libxml2 (lxml) in linear time, without network or DTD: the standard library's HTMLParser
    went quadratic on unclosed tags (`<a` × 100 000 took 54 s). Nesting past libxml2's depth limit is
    cut off, which only hostile pages have."""
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False, recover=True,
                              remove_comments=True, remove_pis=True, default_doctype=False)
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), parser)
    except (etree.LxmlError, ValueError):
        root = None
    if root is None:
        return []
    lines: list[str] = []
    current: list[str] = []
    hidden = 0

    def new_line() -> None:
        lines.append("".join(current))
        current.clear()

    def visible(data: str | None) -> None:
        if data and not hidden:
            # Whitespace runs in HTML source are formatting only and render as one space.
            current.append(_WHITESPACE.sub(" ", data))

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN_TAGS and tag not in _VOID_TAGS:
                hidden += 1
            elif tag in _BLOCK_TAGS and not hidden:
                new_line()
            visible(element.text)
        else:
            if tag in _HIDDEN_TAGS and tag not in _VOID_TAGS:
                hidden -= 1
            elif tag in _BLOCK_TAGS and tag not in _VOID_TAGS and not hidden:
                new_line()
            visible(element.tail)
    new_line()
    out: list[str] = []
    for line in lines:
        line = line.strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out
