"""Word packages (.docx/.dotx) read within bounds: file, member and total sizes capped, no DTDs or entities.

A .docx is a zip of XML parts. A small one can inflate to gigabytes (a zip bomb: 1 MB took 2 GB of
memory in `mine`), and its directory may lie about the sizes. So the file is read whole only when
small, the directory is checked against the caps before anything is inflated, each member is
inflated in chunks and counted as it streams, and the XML parts may declare no DTD (the entity
expansion "billion laughs" lives there). What passes is handed on as an in-memory package whose
members are stored uncompressed, so whatever reads it next (python-docx) inflates nothing itself.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .errors import JianggaoError
from .fileio import read_regular, size_text

MAX_FILE_BYTES = 64 << 20       # the .docx on disk
MAX_XML_BYTES = 16 << 20        # one XML part inflated (a 300-page speech's document.xml is ~5 MB)
MAX_MEMBER_BYTES = 32 << 20     # one image, font or other part inflated
MAX_TOTAL_BYTES = 96 << 20      # the whole package inflated
MAX_MEMBERS = 4000
# Markup in one XML part: what a parser builds a node for. 16 MB of `<w:p/>` is 2.7 million elements
# (1.4 GB once parsed and wrapped); a long real speech has some 50 000 tags.
MAX_XML_TAGS = 500_000
_CHUNK = 1 << 20
_XML_SUFFIXES = (".xml", ".rels")
# A DTD is where entities are declared; no part of a Word package has one. Checked in the encodings
# an XML part may be written in.
_DTD_MARKS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
# A Word template (.dotx, where offices keep their letterhead) declares its main part a template;
# python-docx opens documents only, so a verified copy of one may be declared a document.
_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _shown(name: str) -> str:
    """A member's name for a message: a hostile package may name one with anything, at any length."""
    return name if len(name) <= 80 else name[:77] + "…"


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def verified_package(path: Path, *, error: type[JianggaoError], field: str | None = None,
                     keep_media: bool = True, as_document: bool = True, what: str = "Word 文件") -> io.BytesIO:
    """The package at ``path`` as an in-memory, uncompressed zip that python-docx can open safely.

    ``error`` (naming ``path`` and ``field``) when the file is not a regular file, is too large, is no zip,
    inflates past a cap or holds a DTD. Without ``keep_media`` the non-XML parts (pictures, fonts) are
    kept empty: reading the text needs only the XML. With ``as_document`` a template's main part is
    declared a document.
    """
    def refuse(message: str, english: str) -> JianggaoError:
        return error(message, file=str(path), field=field, english=english)

    data = read_regular(path, MAX_FILE_BYTES, error=error, what=what)
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        members = source.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise refuse(f"{what}不是有效的 Word 文件（不是 zip 压缩包或已损坏）", "not a zip package") from None
    if len(members) > MAX_MEMBERS:
        raise refuse(f"{what}内的部件太多（{len(members)} 个），已拒绝读取", "too many members")
    # The directory first: a declared size past a cap is refused before a byte is inflated.
    declared = 0
    for member in members:
        cap = MAX_XML_BYTES if _is_xml(member.filename) else MAX_MEMBER_BYTES
        if member.file_size > cap:
            raise refuse(f"{what}内的部件 {_shown(member.filename)} 解压后有 {size_text(member.file_size)}，"
                         f"超过上限 {size_text(cap)}（可能是压缩炸弹），已拒绝读取", "member over the size cap")
        declared += member.file_size
    if declared > MAX_TOTAL_BYTES:
        raise refuse(f"{what}解压后共 {size_text(declared)}，超过上限 {size_text(MAX_TOTAL_BYTES)}（可能是压缩炸弹），"
                     "已拒绝读取", "package over the size cap")
    out = io.BytesIO()
    total = 0
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for member in members:
                if member.is_dir():
                    continue
                xml = _is_xml(member.filename)
                if not xml and not keep_media:
                    copy.writestr(member.filename, b"")
                    continue
                body = _inflate(source, member, MAX_XML_BYTES if xml else MAX_MEMBER_BYTES, refuse, what)
                total += len(body)
                if total > MAX_TOTAL_BYTES:
                    raise refuse(f"{what}解压后超过上限 {size_text(MAX_TOTAL_BYTES)}（可能是压缩炸弹），已停止读取",
                                 "package over the size cap while inflating")
                if xml and body.count(b"<") > MAX_XML_TAGS:
                    raise refuse(f"{what}内的 {_shown(member.filename)} 有超过 {MAX_XML_TAGS:,} 个标记，不像一篇讲话，"
                                 "已拒绝读取", "too many XML tags")
                if xml and any(mark in body for mark in _DTD_MARKS):
                    raise refuse(f"{what}内的 {_shown(member.filename)} 含有 DTD 或实体声明（Word 文件从不含有），已拒绝读取",
                                 "DTD or entity declaration")
                if as_document and member.filename == "[Content_Types].xml":
                    body = body.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
                copy.writestr(member.filename, body)
    except JianggaoError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, EOFError,
            RuntimeError):  # a bad CRC, an unknown compression method, an encrypted member
        raise refuse(f"{what}不是有效的 Word 文件（压缩包已损坏）", "damaged zip package") from None
    out.seek(0)
    return out


def _inflate(source: zipfile.ZipFile, member: zipfile.ZipInfo, cap: int, refuse, what: str) -> bytes:
    """One member's bytes, counted as they stream: the directory's sizes may lie."""
    chunks, size = [], 0
    with source.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise refuse(f"{what}内的部件 {_shown(member.filename)} 解压后超过上限 {size_text(cap)}（可能是压缩炸弹），"
                             "已停止读取", "member over the size cap while inflating")
            chunks.append(chunk)
    return b"".join(chunks)


def open_document(package: io.BytesIO, path: Path, *, error: type[JianggaoError], field: str | None = None,
                  what: str = "Word 文件"):
    """python-docx's Document for a verified package; ``error`` for anything python-docx or lxml refuses."""
    import docx

    try:
        return docx.Document(package)
    except Exception as exc:  # noqa: BLE001 — lxml's XMLSyntaxError, KeyError for a missing part, ValueError …
        raise error(f"{what}不是有效的 Word 文件（内容已损坏或不是 Word 文档）", file=str(path), field=field,
                    english=f"unreadable package: {type(exc).__name__}") from None
