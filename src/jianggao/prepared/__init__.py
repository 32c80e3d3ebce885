"""Data prepared from the bundled bank, templates and tables when the package is made, shipped inside it.

A render reads the same YAML and asks the same questions of the same sentences every time it runs (is this
term of its time, which ideas and work areas does this sentence name); here the answers are worked out once
and kept as files beside this module (marshalled, see ``encode``), part of the installed package (never a user-writable cache).

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
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Version of the layout below (and of the keys): data written by another layout is never read.
FORMAT = 3


def digest(*parts: bytes | str) -> str:
    """The key of data made from ``parts`` (file contents, source code, settings), in order: BLAKE2b over each part,
    a part longer than _INLINE bytes entering as its own digest, kept for the process (a render keys its tables with
    ~1.2 MB of sources, tifa.yaml's 320 KB in two keys; SHA-256 cost ~28 instructions a byte, BLAKE2b ~14)."""
    h = hashlib.blake2b(f"prepared {FORMAT}".encode(), digest_size=32)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        if len(data) > _INLINE:
            data = b"D" + _part_digest(data)
        else:
            data = b"R" + data
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


_INLINE = 4096


@lru_cache(maxsize=64)
def _part_digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


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
    """Write ``data`` marshalled for the interpreter ``who`` names (read back by made_by), unless the file holds that
    data for that interpreter already (marshal's bytes can differ for equal data: the file changes only with it)."""
    import marshal

    if made_by(path, who) == data:
        return path
    return write_changed(path, who.encode("utf-8", "surrogatepass") + b"\n" + marshal.dumps(data))


def load_pickled(name: str, key: str) -> Any | None:
    """The object shipped pickled as ``name``.pickle when it was made from sources whose digest is ``key``; else None.
    Only for objects of our own classes that marshal cannot hold and that cost more to build than to unpickle (the
    提法 registry: ~690 frozen dataclasses, built from its parsed YAML in 87 M instructions, unpickled in 36 M); the
    file is part of the installed package, never a user-writable cache."""
    try:
        raw = (HERE / f"{name}.pickle").read_bytes()
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    if head != key.encode("ascii"):
        return None
    try:
        from _pickle import loads  # (the C unpickler alone: pickle.py's import costs twice as much)
    except ImportError:               # pragma: no cover - CPython always has it
        from pickle import loads
    try:
        return loads(body)
    except Exception:                 # (a file another layout wrote: the caller builds the object)
        return None


def write_pickled(name: str, key: str, value: Any, same: Callable[[Any, Any], bool]) -> Path:
    """Ship ``value`` pickled as ``name``.pickle for sources whose digest is ``key``, unless the file gives back an
    object ``same`` calls equal already (pickling a set follows the process's string hashing: bytes differ run to run)."""
    import pickle

    path = HERE / f"{name}.pickle"
    shipped = load_pickled(name, key)
    if shipped is None or not same(shipped, value):
        path.write_bytes(key.encode("ascii") + b"\n" + pickle.dumps(value, protocol=4))
    return path


def path_of(name: str) -> Path:
    return HERE / f"{name}.marshal"


def _dated(value: Any, at: tuple[Any, ...], found: list[tuple[Any, ...]]) -> Any:
    """``value`` with each date written as its ISO text, the place of each (its keys from the top) in ``found``."""
    if isinstance(value, dt.datetime):
        raise TypeError("datetime is not kept (only dates)")
    if isinstance(value, dt.date):
        found.append(at)
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _dated(v, (*at, k), found) for k, v in value.items()}
    if isinstance(value, list):
        return [_dated(v, (*at, i), found) for i, v in enumerate(value)]
    return value


def encode(key: str, data: Any) -> bytes:
    """The file for ``data`` made from sources whose digest is ``key``: the digest's line, then the data marshalled
    (format 4, which every Python 3 since 3.4 reads) with its dates as text and the places of the dates beside it,
    so that reading it is one ``marshal.loads`` and a few hundred look-ups, not a walk over every value (as JSON's
    hook for dates was: perf9 measured the seven tables at 84 M instructions as JSON, ~52 M as marshal)."""
    import marshal

    places: list[tuple[Any, ...]] = []
    body = marshal.dumps((_dated(data, (), places), tuple(places)), 4)
    return key.encode("ascii") + b"\n" + body


def _undated(data: Any, places: Any) -> Any:
    for at in places:
        *path, last = at
        node = data
        for k in path:
            node = node[k]
        node[last] = dt.date.fromisoformat(node[last])
    return data


def load(name: str, key: str) -> Any | None:
    """The data shipped as ``name`` when it was made from sources whose digest is ``key``; else None (absent,
    made from other sources, or unreadable: the caller computes it)."""
    try:
        raw = path_of(name).read_bytes()
    except OSError:
        return None
    return decode(raw, key)


def load_table(name: str, key: str) -> dict[Any, Any]:
    """``load`` for a shipped table: the table, or {} where none fits ``key`` (the caller then marks nothing)."""
    data = load(name, key)
    return data if isinstance(data, dict) else {}


def decode(raw: bytes, key: str) -> Any | None:
    """The data of a file's bytes ``raw`` (see load)."""
    import marshal

    head, _, body = raw.partition(b"\n")
    if head != key.encode("ascii"):
        return None
    try:
        data, places = marshal.loads(body)
        return _undated(data, places)
    except (ValueError, TypeError, EOFError, KeyError, IndexError):
        return None


@lru_cache(maxsize=8192)  # a speech asks the three tables about the same ~700 texts ~1,300 times
def text_key(text: str) -> str:
    """A text's key in an answers table: 96 bits of its BLAKE2 digest."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


class Answers:
    """What a question (which ideas, which topics, which 提法 terms) answered at make time for the bundled texts,
    the bank's entries and the templates' own wording: ``get(text)`` is that answer, or None for a text not among
    them or when the table was made by other code than ``key()`` now names (the caller then works it out)."""

    def __init__(self, name: str, key: Callable[[], str], by_text: bool = False) -> None:
        self.name = name
        self._key = key
        self._by_text = by_text   # keyed by the text itself (a dict look-up, no digest: for the most asked)
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
        if self._table is None:
            return None
        return self._table.get(text if self._by_text else text_key(text))
