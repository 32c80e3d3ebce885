"""The brief validated without pydantic, for the common case (issue 11: render's speed).

Importing pydantic and building the brief models' validators cost a fifth of a render. ``briefs.schema`` holds
the models' fields, aliases, defaults, constraints and validator functions (read from the classes in
``model.brief``, shipped with the package), and this module validates a brief against it, calling the models'
own validator functions, so each rule is still written once, in ``model.brief_rules``. ``plain`` makes the
brief as plain frozen records (``model.brief_rules.Record``: the same fields and properties, no pydantic
import); ``validate`` makes the pydantic models themselves, with ``model_construct``. Whenever either meets
anything it does not know for certain (a wrong type, a value out of range, a validator's error, a type it does
not handle) it gives up with ``Unsure`` and the caller runs pydantic's full validation, whose result and
Chinese messages are then exactly what they always were. ``tests/briefs/test_quick.py`` checks on generated
and real briefs that a brief this module accepts is the very brief pydantic makes.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from ..model.brief_rules import Record, record_class
from . import schema

if TYPE_CHECKING:
    from pydantic import BaseModel

    _M = TypeVar("_M", bound=BaseModel)

__all__ = ["Unsure", "plain", "validate"]

# How an instance is made: (model name, fields the brief gave, values) → instance.
_Make = Callable[[str, set[str], dict[str, Any]], Any]


class Unsure(Exception):
    """The quick path cannot vouch for this input: let pydantic validate it."""


def plain(data: Any) -> Record:
    """The brief in ``data`` as plain records, for input the quick path is sure about; Unsure otherwise."""
    spec = schema.current()
    return _run(_record, spec["root"], data)


def validate(model: type[_M], data: Any) -> _M:
    """``model.model_validate(data)`` for input the quick path is sure about; Unsure otherwise."""
    result: _M = _run(_pydantic, model.__name__, data)
    return result


def _run(make: _Make, name: str, data: Any) -> Any:
    try:
        return _model(make, name, data)
    except Unsure:
        raise
    except Exception as exc:  # a validator's ValueError: pydantic says it in Chinese (briefs.messages)
        raise Unsure(f"{type(exc).__name__}: {exc}") from None


@cache
def _record_class(name: str) -> type[Record]:
    spec = schema.current()["models"][name]
    return record_class(name, [f["name"] for f in spec["fields"]], [schema.resolve(m) for m in spec["mixins"]])


def _record(name: str, fields_set: set[str], values: dict[str, Any]) -> Record:
    return _record_class(name)(fields_set, values)


def _pydantic(name: str, fields_set: set[str], values: dict[str, Any]) -> Any:
    from ..model import brief

    return getattr(brief, name).model_construct(fields_set, **values)


def _calls(refs: list[str]) -> list[Callable[[Any], Any]]:
    return [schema.resolve(ref) for ref in refs]


def _model(make: _Make, name: str, data: Any) -> Any:
    spec = schema.current()["models"].get(name)
    if spec is None:
        raise Unsure(f"{name}: not in the schema")
    for func in _calls(spec["before"]):
        data = func(data)
    if type(data) is not dict:
        raise Unsure(f"{name}: not a mapping")
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    known: set[Any] = set()
    for field in spec["fields"]:
        field_name, keys = field["name"], field["keys"]
        known.update(keys)
        present = [k for k in keys if k in data]
        if len(present) > 1:
            raise Unsure(f"{field_name}: given twice")
        if not present:
            if field["required"]:
                raise Unsure(f"{field_name}: missing")
            values[field_name] = _default(make, field["default"])
            continue
        value = data[present[0]]
        for func in _calls(field["before"]):
            value = func(value)
        try:
            value = _value(make, field["type"], value)
        except Unsure as exc:
            raise Unsure(f"{field_name}: {exc}") from None
        for func in _calls(field["after"]):
            value = func(value)
        values[field_name] = value
        fields_set.add(field_name)
    if any(key not in known for key in data):
        raise Unsure(f"{name}: unknown key")
    instance = make(name, fields_set, values)
    for func in _calls(spec["after"]):
        instance = func(instance)
    return instance


def _default(make: _Make, default: dict[str, Any]) -> Any:
    """The default pydantic would give (not validated, as pydantic does not); a model default is made here."""
    if "model" in default:
        return _model(make, default["model"], {})  # calling the class would build its schema
    if default.get("factory") == "list":
        return []
    if "value" in default:
        return default["value"]
    raise Unsure(f"default {default!r}")


# Digits pydantic surely reads as this very int (no sign, space, underscore, leading zero or point).
_PLAIN_INT = re.compile(r"0|[1-9][0-9]{0,17}")


def _value(make: _Make, node: dict[str, Any], value: Any) -> Any:
    """``value`` validated as the schema's type ``node`` (its before-validators, its type, its constraints)."""
    t = node["t"]
    if t == "optional":
        if value is None and node["none_ok"]:
            return None
        return _value(make, node["of"], value)
    for func in _calls(node["pre"]):
        value = func(value)
    if t == "list":
        if type(value) is not list:
            raise Unsure("not a list")
        value = [_value(make, node["of"], v) for v in value]
    elif t == "literal":
        if type(value) is not str or value not in node["choices"]:
            raise Unsure("not one of the choices")
    elif t == "str":
        if type(value) is not str or value != value.strip():
            raise Unsure("not a clean str")
    elif t == "int":
        if type(value) is str and _PLAIN_INT.fullmatch(value):
            value = int(value)  # the YAML reader keeps scalars as text; pydantic reads "6000" so too
        if type(value) is not int:
            raise Unsure("not an int")
    elif t == "date":
        if type(value) is not dt.date:
            raise Unsure("not a date")
    elif t == "model":
        return _model(make, node["model"], value)
    else:
        raise Unsure(f"type {t}")
    for check, bound in node["checks"]:
        if check == "min_length" and len(value) < bound:
            raise Unsure("too short")
        if check == "max_length" and len(value) > bound:
            raise Unsure("too long")
        if check == "ge" and not value >= bound:
            raise Unsure("too small")
        if check == "le" and not value <= bound:
            raise Unsure("too large")
    return value
