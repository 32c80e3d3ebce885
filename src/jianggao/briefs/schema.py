"""The brief models' schema as plain data: each model's fields, keys, defaults, types, constraints and validators.

``export()`` reads it from the pydantic models of ``model.brief`` (field by field, as pydantic itself would
validate them) when the package is made; ``prepared/brief_schema.marshal`` ships it under the digest of the
modules it was read from. ``current()`` is that shipped schema when those modules are byte for byte what made
it, else a fresh export (importing pydantic). ``briefs.quick`` validates a brief against it and ``briefs.load``
and ``briefs.messages`` find keys and fields in it, so reading a valid brief does not import pydantic.

A schema: ``{"root": "Brief", "models": {name: model}}``; a model: ``mixins`` and model validators ``before``
and ``after`` (each a function named ``module:name``) and ``fields``, each with its ``name``, ``keys``
(English first, then the Chinese alias), ``required``, ``default`` ({"value": v}, {"factory": "list"} or
{"model": name}), field validators ``before``/``after``, ``sub`` (the model it holds, or None) and ``type``,
a node: {"t": "str"|"int"|"date"|"list"|"literal"|"model"|"optional", "pre": [function, …] (run in that
order), "checks": [["min_length"|"max_length"|"ge"|"le", n], …], "of": node, "choices": […], "model": name,
"none_ok": bool}.
"""
from __future__ import annotations

import datetime as dt
import importlib
import types
import typing
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .. import prepared

__all__ = ["NAME", "Unexportable", "current", "export", "key", "resolve"]

NAME = "brief_schema"
_HERE = Path(__file__).resolve().parent
_NONE = type(None)


class Unexportable(Exception):
    """Raised by export() when a model uses something this schema cannot say (then none is shipped)."""


def key() -> str:
    """The digest of what the schema is read from: the models, their rules and this exporter."""
    model = _HERE.parent / "model"
    return prepared.digest(*(p.read_bytes() for p in (model / "brief.py", model / "brief_rules.py",
                                                     _HERE / "schema.py")))


@lru_cache(maxsize=1)
def current() -> dict[str, Any]:
    """The schema of the brief models as they are now: shipped when current, else exported afresh."""
    try:
        shipped = prepared.load(NAME, key())
    except OSError:  # the sources cannot be read to be compared (no .py files installed)
        shipped = None
    return shipped if isinstance(shipped, dict) else export()


@cache
def resolve(ref: str) -> Any:
    """The function or class named ``module:name``."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


# ---------------------------------------------------------------- export (make time, or a stale schema)


def _ref(obj: Any) -> str:
    func = getattr(obj, "__func__", obj)  # a staticmethod's function
    ref = f"{func.__module__}:{func.__qualname__}"
    if "." in func.__qualname__ or "<" in func.__qualname__:
        raise Unexportable(f"not a module-level function: {ref}")
    return ref


def export() -> dict[str, Any]:
    """The schema of ``model.brief.Brief`` and the models it holds (imports pydantic)."""
    from pydantic import BaseModel

    from ..model.brief import Brief

    models: dict[str, Any] = {}

    def model(cls: type[BaseModel]) -> str:
        name = cls.__name__
        if name in models:
            return name
        models[name] = None  # placeholder: a model holding itself
        decorators = cls.__pydantic_decorators__
        spec: dict[str, Any] = {"mixins": [], "before": [], "after": [], "fields": []}
        for base in cls.__mro__[1:]:
            if base is object or issubclass(base, BaseModel):
                continue
            spec["mixins"].append(f"{base.__module__}:{base.__qualname__}")
        for mdec in decorators.model_validators.values():
            if mdec.info.mode not in ("before", "after"):
                raise Unexportable(f"{name}: model validator mode {mdec.info.mode}")
            spec[mdec.info.mode].append(_ref(mdec.func))
        for field, info in cls.model_fields.items():
            choices = [c for c in getattr(info.validation_alias, "choices", None) or [field] if isinstance(c, str)]
            keys = choices if choices[0] == field else [field, *choices]
            entry: dict[str, Any] = {"name": field, "keys": keys, "required": info.is_required(),
                                     "before": [], "after": [], "sub": None}
            for dec in decorators.field_validators.values():
                if field in dec.info.fields:
                    if dec.info.mode not in ("before", "after"):
                        raise Unexportable(f"{field}: field validator mode {dec.info.mode}")
                    entry[dec.info.mode].append(_ref(dec.func))
            if not entry["required"]:
                factory = info.default_factory
                if factory is None:
                    entry["default"] = {"value": info.default}
                elif isinstance(factory, type) and issubclass(factory, BaseModel):
                    entry["default"] = {"model": model(factory)}
                elif factory is list:
                    entry["default"] = {"factory": "list"}
                else:
                    raise Unexportable(f"{field}: default factory {factory!r}")
            entry["type"] = _node(info.annotation, list(info.metadata), model)
            entry["sub"] = _submodel(info.annotation, model)
            spec["fields"].append(entry)
        models[name] = spec
        return name

    return {"root": model(Brief), "models": models}


def _submodel(tp: Any, model: Any) -> str | None:
    """The model a field holds (directly, in a list, or optional), as briefs.load has always looked for it."""
    from pydantic import BaseModel

    todo = [tp]
    while todo:
        t = todo.pop()
        if isinstance(t, type) and issubclass(t, BaseModel):
            return str(model(t))
        todo.extend(typing.get_args(t))
    return None


def _node(tp: Any, metadata: list[Any], model: Any) -> dict[str, Any]:
    """The node validating type ``tp`` with the constraints and before-validators in ``metadata``."""
    from annotated_types import Ge, Le, MaxLen, MinLen
    from pydantic import BaseModel
    from pydantic.functional_validators import BeforeValidator

    if typing.get_origin(tp) is typing.Annotated:
        base, *extra = typing.get_args(tp)
        return _node(base, extra + metadata, model)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        arms = [a for a in typing.get_args(tp) if a is not _NONE]
        if len(arms) != 1 or _NONE not in typing.get_args(tp):
            raise Unexportable(f"union {tp}")
        return {"t": "optional", "none_ok": not any(isinstance(m, BeforeValidator) for m in metadata),
                "of": _node(arms[0], metadata, model)}
    node: dict[str, Any] = {"pre": [], "checks": []}
    for item in reversed(metadata):  # pydantic runs annotated before-validators last to first
        if isinstance(item, BeforeValidator):
            node["pre"].append(_ref(item.func))
        elif isinstance(item, MinLen):
            node["checks"].append(["min_length", item.min_length])
        elif isinstance(item, MaxLen):
            node["checks"].append(["max_length", item.max_length])
        elif isinstance(item, Ge):
            node["checks"].append(["ge", item.ge])
        elif isinstance(item, Le):
            node["checks"].append(["le", item.le])
        else:
            raise Unexportable(f"metadata {item!r}")
    if origin is list:
        (item_type,) = typing.get_args(tp)
        node.update(t="list", of=_node(item_type, [], model))
    elif origin is typing.Literal:
        choices = list(typing.get_args(tp))
        if not all(type(c) is str for c in choices):
            raise Unexportable(f"literal {tp}")
        node.update(t="literal", choices=choices)
    elif tp is str:
        node["t"] = "str"
    elif tp is int:
        node["t"] = "int"
    elif tp is dt.date:
        node["t"] = "date"
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        if node["checks"]:
            raise Unexportable("constraints on a model")
        node.update(t="model", model=model(tp))
    else:
        raise Unexportable(f"type {tp}")
    return node


def made() -> tuple[str, Any] | None:
    """(key, schema) for prepared/ (None when the models use something the schema cannot say)."""
    try:
        return key(), export()
    except Unexportable:
        return None


# ---------------------------------------------------------------- reading it (no pydantic)


def root() -> str:
    """The brief's own model (Brief)."""
    return str(current()["root"])


@cache
def fields(model: str) -> dict[str, dict[str, Any]]:
    """The fields of ``model`` by English name, in the model's (= DESIGN's) order."""
    return {f["name"]: f for f in current()["models"][model]["fields"]}


@cache
def field_keys(model: str) -> dict[str, tuple[str, ...]]:
    """English field name → every key accepted for it (English first, then the Chinese alias)."""
    return {name: tuple(f["keys"]) for name, f in fields(model).items()}


def submodel(model: str, name: str) -> str | None:
    """The model a field holds (directly, in a list, or optional), or None for plain values."""
    sub = fields(model)[name]["sub"]
    return None if sub is None else str(sub)
