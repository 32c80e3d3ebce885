"""Make the data ``jianggao.prepared`` ships, from the bundled bank and templates as they are now.

    python -m jianggao.prepared          # after editing the bank, the templates' YAML or the tables judged

Each file is written only when its content changed; a test checks the shipped files are what this makes.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import _decode, encode, path_of


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (JSON must give back exactly what was parsed)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _roundtrips(data: Any) -> bool:
    body = encode("x", data).partition(b"\n")[2]
    return _same(json.loads(body.decode("utf-8", "surrogatepass"), object_hook=_decode), data)


def bank() -> tuple[str, Any] | None:
    """(key, entries) of the bundled bank, as ``cache.shipped_bank`` reads them."""
    from ..cache import bank_key
    from ..model.bank import load_bank
    from ..resources import phrasebank_dir

    folder = phrasebank_dir()
    key = bank_key(folder)
    if key is None:
        return None
    return key, [p.to_dict() for p in load_bank(folder)]


def templates() -> tuple[str, Any] | None:
    """(key, parsed YAML) of the bundled templates, as ``templating.shipped_yaml`` reads them."""
    from ..compose.templating import parse_yaml, yaml_key
    from ..resources import templates_dir

    root = templates_dir().resolve()
    key = yaml_key(root)
    if key is None:
        return None
    return key, parse_yaml(root)


def tifa() -> tuple[str, Any] | None:
    """(key, parsed YAML) of the 提法 registry, as ``tifa.shipped_data`` reads it."""
    from ..model import tifa as registry

    source = Path(registry.__file__).with_name("tifa.yaml").read_bytes()
    return registry.data_key(source), registry._load_yaml(source)


MAKERS: dict[str, Callable[[], tuple[str, Any] | None]] = {"bank": bank, "templates": templates, "tifa": tifa}


def make(folder: Path | None = None) -> list[Path]:
    """Write every prepared file (into ``folder``, default the package's own); returns the files written or
    already current. Data that JSON would not give back exactly is not shipped (its file is removed)."""
    out = []
    for name, maker in MAKERS.items():
        path = path_of(name) if folder is None else folder / f"{name}.json"
        made = maker()
        if made is None or not _roundtrips(made[1]):
            path.unlink(missing_ok=True)
            continue
        data = encode(*made)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        out.append(path)
    return out


__all__ = ["MAKERS", "make"]
