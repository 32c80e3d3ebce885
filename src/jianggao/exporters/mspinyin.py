"""Microsoft Pinyin user-defined phrases (.dat, `mschxudp`): the binary file its settings page imports."""
from __future__ import annotations

import re
import struct
import time
from collections.abc import Sequence

from ..model.bank import Phrase
from .common import Rendered, Unfit, fallback_text, ime_problem, positions

MAGIC = b"mschxudp"
FORMAT_TAG = 0x00600002     # the Windows 10 1703+ layout (each record carries 8 extra bytes)
VERSION = 1
HEADER_SIZE = 0x40
RECORD_MAGIC = 0x00100010
RECORD_HEAD = 16            # magic u32, phrase offset u16, position u8, 0x06 u8, 0 u32, timestamp u32
MAX_CODE = 32               # the settings page accepts codes of up to 32 letters a–z
MAX_PHRASE = 64             # … and phrases of up to 64 characters
MAX_POSITION = 9
CODE_RE = re.compile(r"^[a-z]{1,%d}$" % MAX_CODE)


def _problem(p: Phrase, text: str, pos: int) -> str | None:
    problem = ime_problem(p, text, pos, code_re=CODE_RE, code_rule=f"须为 1–{MAX_CODE} 个小写字母",
                          max_position=MAX_POSITION, max_chars=MAX_PHRASE)
    if problem:
        return problem
    if "\n" in text or "\r" in text or "\x00" in text:
        return "含换行，微软拼音短语只能一行"
    return None


def _record(code: str, text: str, pos: int, stamp: int) -> bytes:
    code_bytes = code.encode("utf-16-le") + b"\x00\x00"
    text_bytes = text.encode("utf-16-le") + b"\x00\x00"
    head = struct.pack("<IHBBII", RECORD_MAGIC, RECORD_HEAD + len(code_bytes), pos, 0x06, 0, stamp)
    return head + code_bytes + text_bytes


def render(phrases: Sequence[Phrase], *, stamp: int | None = None) -> Rendered:
    """The .dat bytes; records sorted by code, then position, as the IME keeps them."""
    stamp = int(time.time()) if stamp is None else stamp
    pos = positions(phrases)
    unfit: list[Unfit] = []
    records: list[bytes] = []
    for p in sorted(phrases, key=lambda q: (q.code, pos[q.id])):
        text = fallback_text(p)
        problem = _problem(p, text, pos[p.id])
        if problem:
            unfit.append(Unfit(p.id, problem))
            continue
        records.append(_record(p.code, text, pos[p.id], stamp))
    offsets, at = [], 0
    for r in records:
        offsets.append(at)
        at += len(r)
    table_start = HEADER_SIZE
    records_start = table_start + 4 * len(records)
    total = records_start + at
    header = struct.pack("<8sIIIIIII", MAGIC, FORMAT_TAG, VERSION, table_start, records_start, total,
                         len(records), stamp)
    header += b"\x00" * (HEADER_SIZE - len(header))
    data = header + b"".join(struct.pack("<I", o) for o in offsets) + b"".join(records)
    return Rendered(data, len(records), tuple(unfit))
