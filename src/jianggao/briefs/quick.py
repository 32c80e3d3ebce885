"""The brief validated without building pydantic's schema, for the common case (issue 11: render's speed).

Building the brief models' pydantic validators costs ~50 ms, a sixth of a render. The models keep
``defer_build``; ``validate`` here walks the same models — their fields, aliases, defaults, constraints and
their own validator functions, read from the classes, so each rule is still written once, in
``model.brief`` — and makes the instances with ``model_construct``. Whenever it meets anything it does not
know for certain (a wrong type, a value out of range, a validator's error, a type it does not handle) it
gives up with ``Unsure`` and the caller runs pydantic's full validation, whose result and Chinese messages are
then exactly what they always were. ``tests/briefs/test_quick.py`` checks on generated and real briefs that a
brief this module accepts is the very brief pydantic makes.
"""
from __future__ import annotations

import datetime as dt
import re
import types
import typing
from typing import Any

from annotated_types import Ge, Le, MaxLen, MinLen
from pydantic import BaseModel
from pydantic.functional_validators import BeforeValidator

__all__ = ["Unsure", "validate"]

_M = typing.TypeVar("_M", bound=BaseModel)


class Unsure(Exception):
    """The quick path cannot vouch for this input: let pydantic validate it."""


def validate(model: type[_M], data: Any) -> _M:
    """``model.model_validate(data)`` for input the quick path is sure about; Unsure otherwise."""
    try:
        return _model(model, data)
    except Unsure:
        raise
    except Exception as exc:  # a validator's ValueError: pydantic says it in Chinese (briefs.messages)
        raise Unsure(f"{type(exc).__name__}: {exc}") from None


def _model(model: type[_M], data: Any) -> _M:
    decorators = model.__pydantic_decorators__
    for mdec in decorators.model_validators.values():
        if mdec.info.mode == "before":
            data = mdec.func(data)
        elif mdec.info.mode != "after":
            raise Unsure(f"{model.__name__}: model validator mode {mdec.info.mode}")
    if type(data) is not dict:
        raise Unsure(f"{model.__name__}: not a mapping")
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    known: set[Any] = set()
    for name, info in model.model_fields.items():
        choices = getattr(info.validation_alias, "choices", None) or [name]
        keys = [k for k in choices if isinstance(k, str)]
        known.update(keys)
        present = [k for k in keys if k in data]
        if len(present) > 1:
            raise Unsure(f"{name}: given twice")
        if not present:
            if info.is_required():
                raise Unsure(f"{name}: missing")
            values[name] = _default(info)
            continue
        value = data[present[0]]
        for dec in decorators.field_validators.values():
            if name in dec.info.fields and dec.info.mode == "before":
                value = dec.func(value)
            elif name in dec.info.fields and dec.info.mode != "after":
                raise Unsure(f"{name}: field validator mode {dec.info.mode}")
        try:
            value = _value(info.annotation, list(info.metadata), value)
        except Unsure as exc:
            raise Unsure(f"{name}: {exc}") from None
        for dec in decorators.field_validators.values():
            if name in dec.info.fields and dec.info.mode == "after":
                value = dec.func(value)
        values[name] = value
        fields_set.add(name)
    if any(key not in known for key in data):
        raise Unsure(f"{model.__name__}: unknown key")
    instance = model.model_construct(fields_set, **values)
    for mdec in decorators.model_validators.values():
        if mdec.info.mode == "after":
            instance = mdec.func(instance)
    return instance


def _default(info: Any) -> Any:
    """The default pydantic would give (not validated, as pydantic does not); a model default is made here."""
    factory = info.default_factory
    if factory is None:
        return info.default
    if isinstance(factory, type) and issubclass(factory, BaseModel):
        return _model(factory, {})  # calling the class would build its schema
    return factory()


_NONE = type(None)
# Digits pydantic surely reads as this very int (no sign, space, underscore, leading zero or point).
_PLAIN_INT = re.compile(r"0|[1-9][0-9]{0,17}")


def _value(tp: Any, metadata: list[Any], value: Any) -> Any:
    """``value`` validated as type ``tp`` with the constraints and before-validators in ``metadata``."""
    if typing.get_origin(tp) is typing.Annotated:
        base, *extra = typing.get_args(tp)
        return _value(base, extra + metadata, value)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        arms = [a for a in typing.get_args(tp) if a is not _NONE]
        if len(arms) != 1 or _NONE not in typing.get_args(tp):
            raise Unsure(f"union {tp}")
        if value is None and not any(isinstance(m, BeforeValidator) for m in metadata):
            return None
        return _value(arms[0], metadata, value)
    checks = []
    for item in reversed(metadata):  # pydantic runs annotated before-validators last to first
        if isinstance(item, BeforeValidator):
            value = item.func(value)  # type: ignore[call-arg]
        elif isinstance(item, (MinLen, MaxLen, Ge, Le)):
            checks.append(item)
        else:
            raise Unsure(f"metadata {item!r}")
    if origin is list:
        if type(value) is not list:
            raise Unsure("not a list")
        (item_type,) = typing.get_args(tp)
        value = [_value(item_type, [], v) for v in value]
    elif origin is typing.Literal:
        if type(value) is not str or value not in typing.get_args(tp):
            raise Unsure("not one of the choices")
    elif tp is str:
        if type(value) is not str or value != value.strip():
            raise Unsure("not a clean str")
    elif tp is int:
        if type(value) is str and _PLAIN_INT.fullmatch(value):
            value = int(value)  # the YAML reader keeps scalars as text; pydantic reads "6000" so too
        if type(value) is not int:
            raise Unsure("not an int")
    elif tp is dt.date:
        if type(value) is not dt.date:
            raise Unsure("not a date")
    elif isinstance(tp, type) and issubclass(tp, BaseModel):
        return _model(tp, value) if not checks else _unsure("constraints on a model")
    else:
        raise Unsure(f"type {tp}")
    for check in checks:
        if isinstance(check, MinLen) and len(value) < check.min_length:
            raise Unsure("too short")
        if isinstance(check, MaxLen) and len(value) > check.max_length:
            raise Unsure("too long")
        if isinstance(check, Ge) and not value >= check.ge:
            raise Unsure("too small")
        if isinstance(check, Le) and not value <= check.le:
            raise Unsure("too large")
    return value


def _unsure(why: str) -> typing.NoReturn:
    raise Unsure(why)
