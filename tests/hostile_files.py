"""Hostile files made at test time, small on disk: zip bombs, lying zips, DTD bombs, sparse giants, FIFOs.

Shared by tests/test_hostile_inputs.py (refused cleanly) and bench/bench_hostile.py (memory and time).
"""
from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def small_docx(paragraphs: list[str]) -> bytes:
    """A real .docx holding ``paragraphs``."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_member(package: bytes, name: str, writer) -> bytes:
    """``package`` with member ``name`` written by ``writer(zipfile, ZipInfo)`` instead."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            if item.filename == name:
                writer(copy, item)
            else:
                copy.writestr(item, source.read(item.filename))
    return out.getvalue()


def zip_bomb_docx(megabytes: int = 300) -> bytes:
    """A valid .docx whose document.xml inflates to ``megabytes`` MB (about 1/1000 of that on disk)."""
    def write(copy: zipfile.ZipFile, item: zipfile.ZipInfo) -> None:
        info = zipfile.ZipInfo(item.filename)
        info.compress_type = zipfile.ZIP_DEFLATED
        with copy.open(info, "w", force_zip64=True) as stream:
            stream.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            block = b"\xe7\x94\xb2" * (1 << 18)   # 甲 × 262 144
            for _ in range(megabytes * (1 << 20) // len(block)):
                stream.write(block)
            stream.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return _replace_member(small_docx(["同志们："]), "word/document.xml", write)


def lying_zip_docx(megabytes: int = 300) -> bytes:
    """A zip bomb whose directory (central and local headers) claims document.xml is 1 000 bytes."""
    data = bytearray(zip_bomb_docx(megabytes))
    name = b"word/document.xml"
    claimed = 1000
    # local file header: signature PK\3\4, uncompressed size at offset 22 (or in the zip64 extra field)
    for signature, size_at, name_len_at, extra_len_at, header_len in ((b"PK\x03\x04", 22, 26, 28, 30),
                                                                      (b"PK\x01\x02", 24, 28, 30, 46)):
        start = 0
        while True:
            at = data.find(signature, start)
            if at < 0:
                break
            start = at + 4
            name_len = struct.unpack_from("<H", data, at + name_len_at)[0]
            extra_len = struct.unpack_from("<H", data, at + extra_len_at)[0]
            if bytes(data[at + header_len: at + header_len + name_len]) != name:
                continue
            if struct.unpack_from("<I", data, at + size_at)[0] == 0xFFFFFFFF:
                # zip64: the real sizes sit in the extra field (id 0x0001: uncompressed, compressed)
                extra = at + header_len + name_len
                end = extra + extra_len
                while extra < end:
                    field_id, field_len = struct.unpack_from("<HH", data, extra)
                    if field_id == 1:
                        struct.pack_into("<Q", data, extra + 4, claimed)
                    extra += 4 + field_len
            else:
                struct.pack_into("<I", data, at + size_at, claimed)
    return bytes(data)


def dtd_bomb_docx() -> bytes:
    """A .docx whose document.xml declares the "billion laughs" entities."""
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">'
                                      for i in range(1, 10)]
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{"".join(lol)}]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    return _replace_member(small_docx(["同志们："]), "word/document.xml",
                           lambda copy, item: copy.writestr(item, xml.encode()))


def dense_xml_docx(paragraphs: int = 83_000, text: str = "甲") -> bytes:
    """A .docx within every cap whose document.xml is ``paragraphs`` one-run paragraphs (3 tags each):
    the most XML a package that passes the caps (fileio.MAX_XML_TAGS) can make a parser build."""
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode()
    tail = b"</w:body></w:document>"
    paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()
    count = paragraphs

    def write(copy: zipfile.ZipFile, item: zipfile.ZipInfo) -> None:
        info = zipfile.ZipInfo(item.filename)
        info.compress_type = zipfile.ZIP_DEFLATED
        with copy.open(info, "w") as stream:
            stream.write(head)
            for _ in range(count // 10_000):
                stream.write(paragraph * 10_000)
            stream.write(tail)
    return _replace_member(small_docx(["同志们："]), "word/document.xml", write)


def bad_xml_docx() -> bytes:
    """A .docx whose document.xml is not well-formed XML (lxml raised a traceback for it)."""
    return _replace_member(small_docx(["同志们："]), "word/document.xml",
                           lambda copy, item: copy.writestr(item, b"<w:document><unclosed>"))


def sparse(path: Path, size: int = 6 << 30) -> Path:
    """A sparse file of ``size`` bytes (6 GB by default) that takes no room on disk."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def fifo(path: Path) -> Path:
    """A named pipe: reading it blocks forever."""
    os.mkfifo(path)
    return path


def dev_zero(path: Path) -> Path:
    """A symlink to /dev/zero: reading it never ends."""
    path.symlink_to("/dev/zero")
    return path


def quadratic_markdown() -> str:
    """100 KB of `**甲 `, which took 16 s through unbounded emphasis matching."""
    return "**甲 " * 25_000


def quadratic_html() -> str:
    """Unclosed tags that sent the standard library's HTMLParser quadratic (54 s)."""
    return "<a" * 100_000


def many_lines(count: int = 650_000) -> str:
    """One-character lines (1.9 MB): the cleaner's per-line work took 33 s and 420 MB for these."""
    return "甲\n" * count


def speech_text() -> str:
    """A real speech (a test fixture) to mine."""
    return (FIXTURES / "speech_linshui.txt").read_text(encoding="utf-8")
