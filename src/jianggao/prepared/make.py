"""Make the data ``jianggao.prepared`` ships, from the bundled bank and templates as they are now.

    python -m jianggao.prepared          # after editing the bank, the templates' YAML or the tables judged

Each file is written only when its content changed; a test checks the shipped files are what this makes.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import decode, encode, path_of, write_pickled


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (the file must give back exactly what was parsed)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _roundtrips(data: Any) -> bool:
    return _same(decode(encode("x", data), "x"), data)


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


def remedies() -> tuple[str, Any]:
    """(key, parsed YAML) of the problem remedies, as ``model.remedies.table`` reads it."""
    from ..model import remedies as module

    source = module._FILE.read_bytes()
    return module.data_key(source), module.parse(source)


def bundled_texts() -> list[str]:
    """The texts compose asks about that are known when the package is made: every bank entry (as written, its
    sentences, and without its slots) and every string of the templates' own wording (the wording YAML, the kind
    outlines and the compiled templates' constants), each also split at ‖ (a template's alternate formulations)."""
    import ast

    from ..compose.templating import COMPILED, parse_yaml
    from ..model.bank import load_bank
    from ..model.slots import SLOT_RE
    from ..resources import phrasebank_dir, templates_dir

    found: set[str] = set()

    def add(text: str) -> None:
        for t in (text, *text.split("‖")):
            found.update((t, t.strip(), SLOT_RE.sub("", t)))

    def walk(value: Any) -> None:
        if isinstance(value, str):
            add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for p in load_bank(phrasebank_dir()):
        for text in (p.text, *p.sentences):
            add(text)
    walk(parse_yaml(templates_dir().resolve()))
    for path in sorted(COMPILED.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                add(node.value)
    return sorted(t for t in found if t)


def _answers(ask: Callable[[str], Any]) -> dict[str, Any]:
    from . import text_key

    return {text_key(t): ask(t) for t in bundled_texts()}


def ideas() -> tuple[str, Any]:
    """(key, answers) of compose.ideas for the bundled texts, as ``ideas.KNOWN`` reads them."""
    from ..compose import ideas as module

    return module.KNOWN._key(), _answers(module.idea_indices)


def topics() -> tuple[str, Any]:
    """(key, answers) of model.topics for the bundled texts, as ``topics.KNOWN`` reads them."""
    from ..model import topics as module

    return module.KNOWN._key(), _answers(module.topic_indices)


def tifa_find() -> tuple[str, Any]:
    """(key, answers) of the packaged 提法 registry's ``find`` for the bundled texts, as its ``known`` reads them."""
    from ..model import tifa as module

    registry = module.load_registry()
    place = {id(e): i for i, e in enumerate(registry.entries)}
    source = Path(module.__file__).with_name("tifa.yaml").read_bytes()
    return module.answers_key(source), _answers(lambda t: [[h.start, h.end, place[id(h.entry)]] for h in registry.scan(t)])


def lending() -> tuple[str, Any]:
    """(key, table) of the templates' own measures lent across areas, as ``compose.lending`` reads it."""
    from ..compose import lending as module
    from ..compose.picker import ALTERNATE
    from ..compose.templating import Templates
    from ..resources import templates_dir

    measures = module.measures_of(Templates(templates_dir()).wording["TASK_MORE"], ALTERNATE)
    return module.table_key(measures), module.Table.of(measures).by_idea


# The wording whose lines compose asks its subject and aspects of (the measures lent and the tasks' own lines: 864 of
# the 865 bundled texts the samples' renders ask, out of 1,193 here; all bundled texts, 4,972, took longer to read
# than they saved).
ASKED_WORDING = ("TASK_MORE", "TASK_WORDING")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for v in value for s in _strings(v)] if isinstance(value, list) else []


def serve() -> tuple[str, Any]:
    """(key, answers) of compose.serve's subject_of and aspects for the lines of ASKED_WORDING (each formulation, as
    split at ‖), keyed by the texts themselves, as ``serve.SHIPPED`` reads them."""
    from ..compose import serve as module
    from ..compose.templating import parse_yaml
    from ..resources import templates_dir

    wording = parse_yaml(templates_dir().resolve())["wording"]
    texts = {t.strip() for group in ASKED_WORDING for s in _strings(wording[group]) for t in s.split("‖")}
    return module.SHIPPED._key(), {t: module.shipped_answers(t) for t in sorted(texts) if t}


@lru_cache(maxsize=1)
def _samepoint_texts() -> tuple[tuple[str, ...], dict[str, float]]:
    """The bank's sentences and the templates' wording (templates/wording/*.yaml), slots out, and their vocabulary
    (compose.samepoint.vocabulary_of): what the samepoint and spread tables are made of."""
    from ..compose import samepoint as module
    from ..compose.templating import parse_yaml
    from ..model.bank import load_bank
    from ..model.slots import SLOT_RE
    from ..resources import phrasebank_dir, templates_dir

    texts = [SLOT_RE.sub("", s) for p in load_bank(phrasebank_dir()) for s in (p.sentences or [p.text])]
    wording = parse_yaml(templates_dir().resolve())["wording"]
    texts += [SLOT_RE.sub("", t) for s in _strings(wording) for t in s.split("‖")]
    return tuple(texts), module.vocabulary_of(texts)


def samepoint() -> tuple[str, Any]:
    """(key, vocabulary) of compose.samepoint: the content words of the bank's sentences and the templates' wording
    with their IDF, as ``samepoint.vocabulary`` reads it (a render imports no jieba)."""
    from ..compose import samepoint as module

    return module._key(), _samepoint_texts()[1]


def spread() -> tuple[str, Any]:
    """(key, spread) of compose.samepoint: how each word of the vocabulary is spread over the registry's areas, as
    ``samepoint.spread`` reads it."""
    from ..compose import samepoint as module

    texts, vocab = _samepoint_texts()
    return module._spread_key(), module.spread_of(texts, vocab)


def actions() -> tuple[str, Any]:
    """(key, table) of compose.actions: which of the bank's and the wording's words jieba tags mostly as verbs."""
    from ..compose import actions as module
    from ..compose.templating import parse_yaml
    from ..model.bank import load_bank
    from ..model.slots import SLOT_RE
    from ..resources import phrasebank_dir, templates_dir

    texts = [SLOT_RE.sub("", s) for p in load_bank(phrasebank_dir()) for s in (p.sentences or [p.text])]
    wording = parse_yaml(templates_dir().resolve())["wording"]
    texts += [SLOT_RE.sub("", t) for s in _strings(wording) for t in s.split("‖")]
    return module._key(), module.actions_of(texts)


def turns() -> tuple[str, Any]:
    """(key, table) of compose.turns: the adverb-led turns of the bank's sentences and the templates' wording, with how
    many sentences say each, found with jieba at make time (``turns.table_of``) against samepoint's vocabulary."""
    from ..compose import samepoint as vocabulary
    from ..compose import turns as module
    from ..compose.templating import parse_yaml
    from ..model.bank import load_bank
    from ..model.slots import SLOT_RE
    from ..resources import phrasebank_dir, templates_dir

    texts = [SLOT_RE.sub("", s) for p in load_bank(phrasebank_dir()) for s in (p.sentences or [p.text])]
    wording = parse_yaml(templates_dir().resolve())["wording"]
    texts += [SLOT_RE.sub("", t) for s in _strings(wording) for t in s.split("‖")]
    return module._key(), module.table_of(texts, vocabulary.vocabulary_of(texts))


def brief_schema() -> tuple[str, Any] | None:
    """(key, schema) of the brief models, as ``briefs.schema`` reads it (a render then imports no pydantic)."""
    from ..briefs import schema

    return schema.made()


def tifa_registry() -> Path:
    """Ship the 提法 registry built (prepared/tifa_registry.pickle), as ``tifa.shipped_registry`` reads it."""
    from ..model import tifa as registry

    source = Path(registry.__file__).with_name("tifa.yaml").read_bytes()
    built = registry.registry_from_data(registry._load_yaml(source))
    return write_pickled("tifa_registry", registry.registry_key(source), built, registry.same_registry)


MAKERS: dict[str, Callable[[], tuple[str, Any] | None]] = {"bank": bank, "templates": templates, "tifa": tifa,
                                                          "ideas": ideas, "topics": topics, "tifa_find": tifa_find,
                                                          "lending": lending, "serve": serve, "samepoint": samepoint, "spread": spread,
                                                          "actions": actions,
                                                          "turns": turns, "remedies": remedies,
                                                          "brief_schema": brief_schema}


def make(folder: Path | None = None) -> list[Path]:
    """Write every prepared file (into ``folder``, default the package's own); returns the files written or
    already current. Data that the file would not give back exactly is not shipped (its file is removed)."""
    out = []
    if folder is None:
        out.append(tifa_registry())
    for name, maker in MAKERS.items():
        path = path_of(name) if folder is None else folder / path_of(name).name
        made = maker()
        if made is None or not _roundtrips(made[1]):
            path.unlink(missing_ok=True)
            continue
        if not current(path, *made):      # (marshal's bytes can differ for the same data: compared as data)
            path.write_bytes(encode(*made))
        out.append(path)
    return out


def current(path: Path, key: str, data: Any) -> bool:
    """Whether the file at ``path`` holds ``data`` made from sources whose digest is ``key``."""
    try:
        return _same(decode(path.read_bytes(), key), data)
    except OSError:
        return False


__all__ = ["MAKERS", "current", "make"]
