"""Data prepared from the bundled bank, templates and tables when the package is made, shipped inside it.

A render reads the same YAML and asks the same questions of the same sentences every time it runs (is this
term of its time, which ideas and work areas does this sentence name); here the answers are worked out once
and kept as JSON files beside this module, part of the installed package (never a user-writable cache).

Each file's first line is the digest of everything its data was made from: the source files' bytes and the
code that reads or judges them (``digest``). A reader passes the digest of its sources as they are now and
gets the data only when the two are the same; otherwise None, and the caller computes as it always did. So an
edited bank, template or table is never answered from stale data: it is only slower until the files are made
again with ``python -m jianggao.prepared`` (``prepared/make.py``; a test checks the shipped files are current).

Nothing here imports the rest of jianggao: the modules that use the data import this one.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Version of the layout below: data written by another layout is never read.
FORMAT = 1
_DATE = "\0date"      # {"\0date": "2018-03-13"}: a date (YAML has them, JSON does not)
_ITEMS = "\0items"    # {"\0items": [[2021, …], …]}: a mapping whose keys are not all strings (YAML's 2021:)


def digest(*parts: bytes | str) -> str:
    """The key of data made from ``parts`` (file contents, source code, settings), in order."""
    h = hashlib.sha256(f"prepared {FORMAT}".encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def source_of(module_file: str | None) -> bytes:
    """The source of a module (its ``__file__``), for a digest: the code that made the data is part of it."""
    return Path(module_file or "").read_bytes()


def write_changed(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` unless it holds exactly that already (a shipped file changes only with its content)."""
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return path


def made_by(path: Path, who: str | None) -> Any | None:
    """The marshalled body of a file made for one interpreter (its first line names it: regexes, methods), when ``who``
    made it; else None (no file, another Python, a body marshal cannot read)."""
    import marshal

    try:
        head, _, body = path.read_bytes().partition(b"\n")
    except OSError:
        return None
    if who is None or head != who.encode("utf-8", "surrogatepass"):
        return None
    try:
        return marshal.loads(body)
    except (ValueError, TypeError, EOFError):
        return None


def write_made(path: Path, who: str, data: Any) -> Path:
    """Write ``data`` marshalled for the interpreter ``who`` names (read back by made_by)."""
    import marshal

    return write_changed(path, who.encode("utf-8", "surrogatepass") + b"\n" + marshal.dumps(data))


def path_of(name: str) -> Path:
    return HERE / f"{name}.json"


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if _DATE in obj:
            return dt.date.fromisoformat(obj[_DATE])
        if _ITEMS in obj:
            return {k: v for k, v in obj[_ITEMS]}
    return obj


def _keyed(value: Any) -> Any:
    """``value`` with every mapping whose keys are not all strings written as its items (see _ITEMS)."""
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _keyed(v) for k, v in value.items()}
        return {_ITEMS: [[k, _keyed(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return [_keyed(v) for v in value]
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        raise TypeError("datetime is not kept (only dates)")
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    raise TypeError(f"not JSON: {type(value).__name__}")


def encode(key: str, data: Any) -> bytes:
    """The file for ``data`` made from sources whose digest is ``key``."""
    body = json.dumps(_keyed(data), ensure_ascii=False, separators=(",", ":"), default=_encode)
    return f"{key}\n{body}\n".encode("utf-8", "surrogatepass")


def load(name: str, key: str) -> Any | None:
    """The data shipped as ``name`` when it was made from sources whose digest is ``key``; else None (absent,
    made from other sources, or unreadable: the caller computes it)."""
    try:
        raw = path_of(name).read_bytes()
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    if head != key.encode("ascii"):
        return None
    try:
        return json.loads(body.decode("utf-8", "surrogatepass"), object_hook=_decode)
    except (ValueError, RecursionError):
        return None


@lru_cache(maxsize=8192)  # a speech asks the three tables about the same ~700 texts ~1,300 times
def text_key(text: str) -> str:
    """A text's key in an answers table: 96 bits of its BLAKE2 digest."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


class Answers:
    """What a question (which ideas, which topics, which 提法 terms) answered at make time for the bundled texts,
    the bank's entries and the templates' own wording: ``get(text)`` is that answer, or None for a text not among
    them or when the table was made by other code than ``key()`` now names (the caller then works it out)."""

    def __init__(self, name: str, key: Callable[[], str]) -> None:
        self.name = name
        self._key = key
        self._table: dict[str, Any] | None = None
        self._loaded = False

    def get(self, text: str) -> Any | None:
        if not self._loaded:      # on the first question: a process that asks none reads nothing
            self._loaded = True
            try:
                table = load(self.name, self._key())
            except OSError:       # the sources cannot be read to be compared (no .py files installed): unused
                table = None
            self._table = table if isinstance(table, dict) else None
        return None if self._table is None else self._table.get(text_key(text))
