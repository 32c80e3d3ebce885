"""The user's cache of parsed phrase banks: plain JSON data, checked by content hashes, never code.

Parsing the bank's YAML was a tenth of a render's own work, so a parsed copy is kept in the user's
cache folder. What is kept there is data only: a cache file is read with ``json`` (which cannot run
code, unlike pickle or Jinja's marshalled bytecode, which are therefore not cached at all), checked
against two hashes, and every entry still passes ``Phrase.from_dict``. A copy that fails any check is
dropped with a warning and rebuilt from the YAML; the render goes on.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model.bank import PhraseBank

# Each edit of a bank leaves a new copy; a few cover the bundled bank and a user's own ones in turn.
BANK_COPIES = 8
# Version of the file layout below; a copy written by another layout is rebuilt.
FORMAT = 1
# The bundled bank's copy is ~1 MB; anything far larger was not written by us and is not read.
MAX_COPY_BYTES = 64 << 20


def cache_dir() -> Path | None:
    """Where parsed banks are kept: $JIANGGAO_CACHE_DIR, else the user's cache folder (XDG);
    None when caching is off (JIANGGAO_CACHE_DIR set empty) or no home is known."""
    env = os.environ.get("JIANGGAO_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    home = os.path.expanduser("~")
    base = os.environ.get("XDG_CACHE_HOME") or (os.path.join(home, ".cache") if home != "~" else "")
    return Path(base) / "jianggao" if base else None


def _warn(message: str) -> None:
    print(f"jianggao: 提示：{message}", file=sys.stderr)


def _entries_digest(entries: list) -> str:
    """The hash a copy's entries must match: of their canonical JSON, so a flipped byte is caught."""
    canonical = json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def bank_key(folder: Path) -> str | None:
    """The hash of every file ``load_bank`` reads and of the loader itself (an edited bank or a new loader
    never meets a stale copy); None when a file cannot be read (``load_bank`` then names it)."""
    from .errors import JianggaoError
    from .fileio import read_regular
    from .model import bank as pb

    try:
        digest = hashlib.sha256(Path(pb.__file__).read_bytes())
        digest.update(f"format {FORMAT}".encode())
        for path in sorted(folder.glob("*.yaml")):
            if not path.name.startswith("_"):
                digest.update(os.fsencode(path.name) + b"\0" + read_regular(path, MAX_COPY_BYTES) + b"\0")
    except (OSError, JianggaoError):
        return None
    return digest.hexdigest()


def _check_bank_files(folder: Path) -> None:
    """PhraseBankError for a bank file that is a FIFO, a device or far too large, before anything reads it
    (a bank file symlinked to /dev/zero would otherwise be read until memory ran out)."""
    from .fileio import check_regular
    from .model.bank import PhraseBankError

    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            if not path.name.startswith("_"):
                check_regular(path, MAX_COPY_BYTES, error=PhraseBankError, what="词库文件")


def read_copy(copy: Path, key: str, warn: Callable[[str], None] = _warn) -> PhraseBank | None:
    """The bank kept in ``copy`` if it checks out, else None (a damaged copy is removed, with a warning)."""
    from .errors import JianggaoError
    from .fileio import read_regular
    from .model import bank as pb

    if not copy.exists() and not copy.is_symlink():
        return None
    try:
        data = json.loads(read_regular(copy, MAX_COPY_BYTES).decode("utf-8"))
        if not (isinstance(data, dict) and data.get("format") == FORMAT and data.get("key") == key):
            raise ValueError("key")
        entries = data.get("entries")
        if not isinstance(entries, list) or data.get("sha256") != _entries_digest(entries):
            raise ValueError("hash")
        return pb.PhraseBank([pb.Phrase.from_dict(d, where=str(copy)) for d in entries])
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError, UnicodeDecodeError, JianggaoError):
        warn(f"词库缓存已损坏或不是本程序写的，已删除并重新读取词库：{copy}")
        try:
            copy.unlink()
        except OSError:
            pass
        return None


def shipped_bank(folder: Path, key: str) -> PhraseBank | None:
    """The bundled bank as parsed when the package was made (prepared/bank.marshal), when ``folder`` is the bundled
    bank and its files (and this loader) are byte for byte the ones it was made from (``key``); else None."""
    from . import prepared
    from .model import bank as pb
    from .resources import phrasebank_dir

    try:
        if folder.resolve() != phrasebank_dir().resolve():
            return None
    except OSError:
        return None
    entries = prepared.load("bank", key)
    if not isinstance(entries, list):
        return None
    return pb.PhraseBank([pb.Phrase.from_dict(d, where=str(folder)) for d in entries])


def cached_bank(folder: Path, warn: Callable[[str], None] = _warn) -> PhraseBank:
    """``load_bank(folder)``: the bundled bank as shipped parsed in the package (``shipped_bank``), else
    answered from the JSON copy in the user's cache when the bank files are byte-for-byte the same."""
    from .model import bank as pb

    root = cache_dir()
    folder = Path(folder)
    _check_bank_files(folder)
    if not folder.is_dir():
        return pb.load_bank(folder)
    key = bank_key(folder)
    if key is None:
        return pb.load_bank(folder)
    shipped = shipped_bank(folder, key)
    if shipped is not None:
        return shipped
    if root is None:
        return pb.load_bank(folder)
    copy = root / f"bank-{key[:32]}.json"
    bank = read_copy(copy, key, warn)
    if bank is not None:
        return bank
    bank = pb.load_bank(folder)
    entries = [p.to_dict() for p in bank]
    payload = {"format": FORMAT, "key": key, "sha256": _entries_digest(entries), "entries": entries}
    write_copy(copy, json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    prune_copies(root, "bank-*.json", keep=BANK_COPIES)
    return bank


def prune_copies(folder: Path, pattern: str, *, keep: int) -> None:
    """Remove all but the ``keep`` most recently written copies matching ``pattern`` (regular files we named;
    best effort). Shared by the bank's and the 提法 registry's caches."""
    try:
        copies = [f for f in folder.glob(pattern) if f.is_file() and not f.is_symlink()]
        for f in sorted(copies, key=lambda f: f.stat().st_mtime, reverse=True)[keep:]:
            f.unlink()
    except OSError:
        pass


def write_copy(target: Path, data: bytes) -> None:
    """Best effort, whole or not at all: a temporary file beside the target, then renamed. A cache that
    cannot be written (read-only home, full disk) just stays cold."""
    import tempfile

    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".jg", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
