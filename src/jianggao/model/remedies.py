"""What acts on each kind of problem a brief names (problem_remedies.yaml beside this module, loaded once): facts of the
kind, read by compose.answers (an entry naming a remedy is said first) and bench/bench_problems (the gaps no measure
acts on).  Matching words, not wording a speech says: kept out of the templates' wording, whose every string the make
step reads as speech (compose.turns, samepoint)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

_FILE = Path(__file__).resolve().parent / "problem_remedies.yaml"


def data_key(source: bytes) -> str:
    """The digest of problem_remedies.yaml's bytes that the parsed copy shipped in the package was made from."""
    from .. import prepared

    return prepared.digest(b"problem_remedies.yaml", source)


def parse(source: bytes) -> list[dict[str, Any]]:
    """The file's entries as YAML gives them."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return list(yaml.load(source.decode("utf-8"), Loader=loader) or ())  # noqa: S506 (a safe loader)


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, Any], ...]:
    """The kinds of problem, most particular first, each with its when/also/unless words, its remedies (acts) and its
    window: the copy parsed when the package was made (prepared/remedies.marshal) while the file is the one it was
    made from, else the file parsed (~50 ms a render as YAML: the review of session 19)."""
    from .. import prepared

    source = _FILE.read_bytes()
    shipped = prepared.load("remedies", data_key(source))
    return tuple(shipped if isinstance(shipped, list) else parse(source))
