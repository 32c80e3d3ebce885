"""A strict reader of Microsoft Pinyin's user-defined-phrase file (`mschxudp`, Windows 10 1703+ layout).

Layout, from public descriptions of the format (all integers little-endian):
  0x00  8 bytes  "mschxudp"
  0x08  u32      0x00600002 (layout tag), then u32 version 1
  0x10  u32      offset of the offset table (0x40)
  0x14  u32      offset of the first record (= table + 4 × count)
  0x18  u32      file size
  0x1C  u32      record count
  0x20  u32      timestamp; zeros up to 0x40
  0x40  u32[n]   each record's offset from the first record
  record: u32 0x00100010; u16 offset of the phrase inside the record (16 + code bytes); u8 position 1–9;
          u8 0x06; u32 0; u32 timestamp; code UTF-16LE NUL-terminated; phrase UTF-16LE NUL-terminated.
The settings page takes codes of 1–32 letters a–z and phrases of at most 64 characters.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass

CODE = re.compile(r"^[a-z]{1,32}$")


class FormatError(ValueError):
    """Raised when the file breaks one of the rules above."""


@dataclass(frozen=True)
class UdpEntry:
    code: str
    position: int
    phrase: str


def _utf16z(blob: bytes, what: str) -> str:
    if len(blob) % 2 or not blob.endswith(b"\x00\x00"):
        raise FormatError(f"{what} is not a NUL-terminated UTF-16 string")
    text = blob[:-2].decode("utf-16-le")
    if "\x00" in text:
        raise FormatError(f"{what} holds a NUL inside")
    return text


def read(data: bytes) -> list[UdpEntry]:
    """Every record in file order; FormatError names the first broken rule."""
    if len(data) < 0x40 or data[:8] != b"mschxudp":
        raise FormatError("missing mschxudp header")
    tag, version, table, first, size, count, _stamp = struct.unpack_from("<7I", data, 8)
    if tag != 0x00600002 or version != 1:
        raise FormatError(f"unknown layout tag {tag:#x} / version {version}")
    if any(data[0x24:0x40]):
        raise FormatError("reserved header bytes are not zero")
    if table != 0x40 or first != table + 4 * count:
        raise FormatError("offset table misplaced")
    if size != len(data):
        raise FormatError(f"size field {size} != file size {len(data)}")
    offsets = list(struct.unpack_from(f"<{count}I", data, table))
    if offsets and offsets[0] != 0:
        raise FormatError("first record offset is not 0")
    ends = offsets[1:] + [size - first]
    entries = []
    for n, (start, end) in enumerate(zip(offsets, ends, strict=False)):  # no records: ends holds the table end alone
        rec = data[first + start:first + end]
        if end <= start or len(rec) < 20:
            raise FormatError(f"record {n}: bad bounds")
        magic, phrase_at, position, pad, zero, _ = struct.unpack_from("<IHBBII", rec, 0)
        if magic != 0x00100010 or pad != 0x06 or zero != 0:
            raise FormatError(f"record {n}: bad record header")
        if not 16 < phrase_at < len(rec):
            raise FormatError(f"record {n}: phrase offset out of range")
        code = _utf16z(rec[16:phrase_at], f"record {n} code")
        phrase = _utf16z(rec[phrase_at:], f"record {n} phrase")
        if not CODE.match(code):
            raise FormatError(f"record {n}: code {code!r} is not 1–32 letters a–z")
        if not 1 <= position <= 9:
            raise FormatError(f"record {n}: position {position} outside 1–9")
        if not 1 <= len(phrase) <= 64:
            raise FormatError(f"record {n}: phrase of {len(phrase)} characters")
        entries.append(UdpEntry(code, position, phrase))
    if [e.code for e in entries] != sorted(e.code for e in entries):
        raise FormatError("records not sorted by code")
    return entries
