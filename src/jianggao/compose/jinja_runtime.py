"""The runtime of the shipped compiled templates, without importing Jinja2 (issue 11: its import was ~122 M
instructions, 7% of a render, for a handful of classes and filters).

The code of ``compose/compiled/*.py`` is what Jinja2's compiler made of the bundled templates; run by Jinja it needs
``jinja2.runtime`` and a sandboxed environment, and importing either imports all of Jinja2 (its lexer, parser, compiler,
bytecode cache…).  Here are exactly the pieces that code calls, copied from Jinja2 3.1.6 (BSD-3-Clause, Copyright 2007
Pallets; docstrings and the async paths left out, nothing else changed but where marked "here"): the context, macros,
loops, Undefined and StrictUndefined, the sandbox's attribute, item and call checks, and the filters and tests the
templates use.  ``templating.Templates.render`` uses it for a template whose shipped code is current (the same check
Jinja's loader makes, ``templating._precompiled``), with the options ``make_environment`` gives.

What it does not do it hands back: a render that raises anything here (a template's error, a filter or test not
copied, ``str.format`` in a template, autoescaping) is rendered again by Jinja2 itself, which raises the error with its
own message and template line as before, or renders what this runtime does not.  So a draft is byte for byte what
Jinja2 renders (bench/same_output.py), and no error reads differently.
"""
from __future__ import annotations

import builtins
import enum
import functools
import math
import operator
import re
import sys
import types
import typing as t
from collections import abc
from collections.abc import Callable
from itertools import chain
from numbers import Number

if t.TYPE_CHECKING:
    import typing_extensions as te

    LoopRenderFunc = t.Callable[..., str]

F = t.TypeVar("F", bound=t.Callable[..., t.Any])

# jinja2.sandbox's limits
MAX_RANGE = 100000
UNSAFE_FUNCTION_ATTRIBUTES: set[str] = set()
UNSAFE_METHOD_ATTRIBUTES: set[str] = set()
UNSAFE_GENERATOR_ATTRIBUTES = {"gi_frame", "gi_code"}
UNSAFE_COROUTINE_ATTRIBUTES = {"cr_frame", "cr_code"}
UNSAFE_ASYNC_GENERATOR_ATTRIBUTES = {"ag_code", "ag_frame"}
V = t.TypeVar("V")
K = t.TypeVar("K")


class Unsupported(Exception):
    """A render this runtime hands back to Jinja2 (see the module's docstring)."""


# Jinja2's exceptions, here one class: whatever is raised, the template is rendered again by Jinja2, which raises its own.
UndefinedError = TemplateRuntimeError = TemplateNotFound = SecurityError = FilterArgumentError = Unsupported


class _MissingType:
    def __repr__(self) -> str:
        return "missing"

    def __reduce__(self) -> str:
        return "missing"


missing: t.Any = _MissingType()
concat = "".join


def internalcode(f: F) -> F:
    """(Jinja2 marks these frames to hide them from a template's traceback; an error here is Jinja2's to report.)"""
    return f


def soft_str(s: t.Any) -> str:
    return s if isinstance(s, str) else str(s)


def Markup(*args: t.Any, **kwargs: t.Any) -> t.Any:  # noqa: N802 (markupsafe's class, imported only when needed)
    from markupsafe import Markup as markup

    return markup(*args, **kwargs)


def escape(s: t.Any) -> t.Any:
    from markupsafe import escape as markup_escape

    return markup_escape(s)


class BlockReference:
    """(Blocks are for template inheritance, which the bundled templates do not use.)"""

    def __init__(self, *args: t.Any) -> None:
        raise Unsupported("blocks")



class _PassArg(enum.Enum):
    context = enum.auto()
    eval_context = enum.auto()
    environment = enum.auto()

    @classmethod
    def from_obj(cls, obj: F) -> _PassArg | None:
        if hasattr(obj, 'jinja_pass_arg'):
            return obj.jinja_pass_arg
        return None

def pass_context(f: F) -> F:
    f.jinja_pass_arg = _PassArg.context  # type: ignore[attr-defined]
    return f

def pass_eval_context(f: F) -> F:
    f.jinja_pass_arg = _PassArg.eval_context  # type: ignore[attr-defined]
    return f

def pass_environment(f: F) -> F:
    f.jinja_pass_arg = _PassArg.environment  # type: ignore[attr-defined]
    return f

def object_type_repr(obj: t.Any) -> str:
    if obj is None:
        return 'None'
    elif obj is Ellipsis:
        return 'Ellipsis'
    cls = type(obj)
    if cls.__module__ == 'builtins':
        return f'{cls.__name__} object'
    return f'{cls.__module__}.{cls.__name__} object'

class Namespace:

    def __init__(*args: t.Any, **kwargs: t.Any) -> None:
        self, args = (args[0], args[1:])
        self.__attrs = dict(*args, **kwargs)

    def __getattribute__(self, name: str) -> t.Any:
        if name in {'_Namespace__attrs', '__class__'}:
            return object.__getattribute__(self, name)
        try:
            return self.__attrs[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setitem__(self, name: str, value: t.Any) -> None:
        self.__attrs[name] = value

    def __repr__(self) -> str:
        return f'<Namespace {self.__attrs!r}>'

class EvalContext:

    def __init__(self, environment: Environment, template_name: str | None=None) -> None:
        self.environment = environment
        if callable(environment.autoescape):
            self.autoescape = environment.autoescape(template_name)
        else:
            self.autoescape = environment.autoescape
        self.volatile = False

    def save(self) -> t.Mapping[str, t.Any]:
        return self.__dict__.copy()

    def revert(self, old: t.Mapping[str, t.Any]) -> None:
        self.__dict__.clear()
        self.__dict__.update(old)

def identity(x: V) -> V:
    return x

def markup_join(seq: t.Iterable[t.Any]) -> str:
    buf = []
    iterator = map(soft_str, seq)
    for arg in iterator:
        buf.append(arg)
        if hasattr(arg, '__html__'):
            return Markup('').join(chain(buf, iterator))
    return concat(buf)

def str_join(seq: t.Iterable[t.Any]) -> str:
    return concat(map(str, seq))

def new_context(environment: Environment, template_name: str | None, blocks: dict[str, t.Callable[[Context], t.Iterator[str]]], vars: dict[str, t.Any] | None=None, shared: bool=False, globals: t.MutableMapping[str, t.Any] | None=None, locals: t.Mapping[str, t.Any] | None=None) -> Context:
    if vars is None:
        vars = {}
    if shared:
        parent = vars
    else:
        parent = dict(globals or (), **vars)
    if locals:
        if shared:
            parent = dict(parent)
        for key, value in locals.items():
            if value is not missing:
                parent[key] = value
    return environment.context_class(environment, parent, template_name, blocks, globals=globals)

class TemplateReference:

    def __init__(self, context: Context) -> None:
        self.__context = context

    def __getitem__(self, name: str) -> t.Any:
        blocks = self.__context.blocks[name]
        return BlockReference(name, self.__context, blocks, 0)

    def __repr__(self) -> str:
        return f'<{type(self).__name__} {self.__context.name!r}>'

def _dict_method_all(dict_method: F) -> F:

    @functools.wraps(dict_method)
    def f_all(self: Context) -> t.Any:
        return dict_method(self.get_all())
    return t.cast(F, f_all)

@abc.Mapping.register
class Context:

    def __init__(self, environment: Environment, parent: dict[str, t.Any], name: str | None, blocks: dict[str, t.Callable[[Context], t.Iterator[str]]], globals: t.MutableMapping[str, t.Any] | None=None):
        self.parent = parent
        self.vars: dict[str, t.Any] = {}
        self.environment: Environment = environment
        self.eval_ctx = EvalContext(self.environment, name)
        self.exported_vars: set[str] = set()
        self.name = name
        self.globals_keys = set() if globals is None else set(globals)
        self.blocks = {k: [v] for k, v in blocks.items()}

    def super(self, name: str, current: t.Callable[[Context], t.Iterator[str]]) -> BlockReference | Undefined:
        try:
            blocks = self.blocks[name]
            index = blocks.index(current) + 1
            blocks[index]
        except LookupError:
            return self.environment.undefined(f'there is no parent block called {name!r}.', name='super')
        return BlockReference(name, self, blocks, index)

    def get(self, key: str, default: t.Any=None) -> t.Any:
        try:
            return self[key]
        except KeyError:
            return default

    def resolve(self, key: str) -> t.Any | Undefined:
        rv = self.resolve_or_missing(key)
        if rv is missing:
            return self.environment.undefined(name=key)
        return rv

    def resolve_or_missing(self, key: str) -> t.Any:
        if key in self.vars:
            return self.vars[key]
        if key in self.parent:
            return self.parent[key]
        return missing

    def get_exported(self) -> dict[str, t.Any]:
        return {k: self.vars[k] for k in self.exported_vars}

    def get_all(self) -> dict[str, t.Any]:
        if not self.vars:
            return self.parent
        if not self.parent:
            return self.vars
        return dict(self.parent, **self.vars)

    @internalcode
    def call(__self, __obj: t.Callable[..., t.Any], *args: t.Any, **kwargs: t.Any) -> t.Any | Undefined:
        if __debug__:
            __traceback_hide__ = True
        if hasattr(__obj, '__call__') and _PassArg.from_obj(__obj.__call__) is not None:
            __obj = __obj.__call__
        pass_arg = _PassArg.from_obj(__obj)
        if pass_arg is _PassArg.context:
            if kwargs.get('_loop_vars'):
                __self = __self.derived(kwargs['_loop_vars'])
            if kwargs.get('_block_vars'):
                __self = __self.derived(kwargs['_block_vars'])
            args = (__self,) + args
        elif pass_arg is _PassArg.eval_context:
            args = (__self.eval_ctx,) + args
        elif pass_arg is _PassArg.environment:
            args = (__self.environment,) + args
        kwargs.pop('_block_vars', None)
        kwargs.pop('_loop_vars', None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined('value was undefined because a callable raised a StopIteration exception')

    def derived(self, locals: dict[str, t.Any] | None=None) -> Context:
        context = new_context(self.environment, self.name, {}, self.get_all(), True, None, locals)
        context.eval_ctx = self.eval_ctx
        context.blocks.update(((k, list(v)) for k, v in self.blocks.items()))
        return context
    keys = _dict_method_all(dict.keys)
    values = _dict_method_all(dict.values)
    items = _dict_method_all(dict.items)

    def __contains__(self, name: str) -> bool:
        return name in self.vars or name in self.parent

    def __getitem__(self, key: str) -> t.Any:
        item = self.resolve_or_missing(key)
        if item is missing:
            raise KeyError(key)
        return item

    def __repr__(self) -> str:
        return f'<{type(self).__name__} {self.get_all()!r} of {self.name!r}>'

class LoopContext:
    index0 = -1
    _length: int | None = None
    _after: t.Any = missing
    _current: t.Any = missing
    _before: t.Any = missing
    _last_changed_value: t.Any = missing

    def __init__(self, iterable: t.Iterable[V], undefined: type[Undefined], recurse: LoopRenderFunc | None=None, depth0: int=0) -> None:
        self._iterable = iterable
        self._iterator = self._to_iterator(iterable)
        self._undefined = undefined
        self._recurse = recurse
        self.depth0 = depth0

    @staticmethod
    def _to_iterator(iterable: t.Iterable[V]) -> t.Iterator[V]:
        return iter(iterable)

    @property
    def length(self) -> int:
        if self._length is not None:
            return self._length
        try:
            self._length = len(self._iterable)  # type: ignore[arg-type]
        except TypeError:
            iterable = list(self._iterator)
            self._iterator = self._to_iterator(iterable)
            self._length = len(iterable) + self.index + (self._after is not missing)
        return self._length

    def __len__(self) -> int:
        return self.length

    @property
    def depth(self) -> int:
        return self.depth0 + 1

    @property
    def index(self) -> int:
        return self.index0 + 1

    @property
    def revindex0(self) -> int:
        return self.length - self.index

    @property
    def revindex(self) -> int:
        return self.length - self.index0

    @property
    def first(self) -> bool:
        return self.index0 == 0

    def _peek_next(self) -> t.Any:
        if self._after is not missing:
            return self._after
        self._after = next(self._iterator, missing)
        return self._after

    @property
    def last(self) -> bool:
        return self._peek_next() is missing

    @property
    def previtem(self) -> t.Any | Undefined:
        if self.first:
            return self._undefined('there is no previous item')
        return self._before

    @property
    def nextitem(self) -> t.Any | Undefined:
        rv = self._peek_next()
        if rv is missing:
            return self._undefined('there is no next item')
        return rv

    def cycle(self, *args: V) -> V:
        if not args:
            raise TypeError('no items for cycling given')
        return args[self.index0 % len(args)]

    def changed(self, *value: t.Any) -> bool:
        if self._last_changed_value != value:
            self._last_changed_value = value
            return True
        return False

    def __iter__(self) -> LoopContext:
        return self

    def __next__(self) -> tuple[t.Any, LoopContext]:
        if self._after is not missing:
            rv = self._after
            self._after = missing
        else:
            rv = next(self._iterator)
        self.index0 += 1
        self._before = self._current
        self._current = rv
        return (rv, self)

    @internalcode
    def __call__(self, iterable: t.Iterable[V]) -> str:
        if self._recurse is None:
            raise TypeError("The loop must have the 'recursive' marker to be called recursively.")
        return self._recurse(iterable, self._recurse, depth=self.depth)

    def __repr__(self) -> str:
        return f'<{type(self).__name__} {self.index}/{self.length}>'

class Macro:

    def __init__(self, environment: Environment, func: t.Callable[..., str], name: str, arguments: list[str], catch_kwargs: bool, catch_varargs: bool, caller: bool, default_autoescape: bool | None=None):
        self._environment = environment
        self._func = func
        self._argument_count = len(arguments)
        self.name = name
        self.arguments = arguments
        self.catch_kwargs = catch_kwargs
        self.catch_varargs = catch_varargs
        self.caller = caller
        self.explicit_caller = 'caller' in arguments
        if default_autoescape is None:
            if callable(environment.autoescape):
                default_autoescape = environment.autoescape(None)
            else:
                default_autoescape = environment.autoescape
        self._default_autoescape = default_autoescape

    @internalcode
    @pass_eval_context
    def __call__(self, *args: t.Any, **kwargs: t.Any) -> str:
        if args and isinstance(args[0], EvalContext):
            autoescape = args[0].autoescape
            args = args[1:]
        else:
            autoescape = self._default_autoescape
        arguments = list(args[:self._argument_count])
        off = len(arguments)
        found_caller = False
        if off != self._argument_count:
            for name in self.arguments[len(arguments):]:
                try:
                    value = kwargs.pop(name)
                except KeyError:
                    value = missing
                if name == 'caller':
                    found_caller = True
                arguments.append(value)
        else:
            found_caller = self.explicit_caller
        if self.caller and (not found_caller):
            caller = kwargs.pop('caller', None)
            if caller is None:
                caller = self._environment.undefined('No caller defined', name='caller')
            arguments.append(caller)
        if self.catch_kwargs:
            arguments.append(kwargs)
        elif kwargs:
            if 'caller' in kwargs:
                raise TypeError(f'macro {self.name!r} was invoked with two values for the special caller argument. This is most likely a bug.')
            raise TypeError(f'macro {self.name!r} takes no keyword argument {next(iter(kwargs))!r}')
        if self.catch_varargs:
            arguments.append(args[self._argument_count:])
        elif len(args) > self._argument_count:
            raise TypeError(f'macro {self.name!r} takes not more than {len(self.arguments)} argument(s)')
        return self._invoke(arguments, autoescape)

    def _invoke(self, arguments: list[t.Any], autoescape: bool) -> str:
        rv = self._func(*arguments)
        if autoescape:
            rv = Markup(rv)
        return rv

    def __repr__(self) -> str:
        name = 'anonymous' if self.name is None else repr(self.name)
        return f'<{type(self).__name__} {name}>'

class Undefined:
    __slots__ = ('_undefined_hint', '_undefined_obj', '_undefined_name', '_undefined_exception')

    def __init__(self, hint: str | None=None, obj: t.Any=missing, name: str | None=None, exc: type[Exception]=UndefinedError) -> None:
        self._undefined_hint = hint
        self._undefined_obj = obj
        self._undefined_name = name
        self._undefined_exception = exc

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        if self._undefined_obj is missing:
            return f'{self._undefined_name!r} is undefined'
        if not isinstance(self._undefined_name, str):
            return f'{object_type_repr(self._undefined_obj)} has no element {self._undefined_name!r}'
        return f'{object_type_repr(self._undefined_obj)!r} has no attribute {self._undefined_name!r}'

    @internalcode
    def _fail_with_undefined_error(self, *args: t.Any, **kwargs: t.Any) -> te.NoReturn:
        raise self._undefined_exception(self._undefined_message)

    @internalcode
    def __getattr__(self, name: str) -> t.Any:
        if name[:2] == '__' and name[-2:] == '__':
            raise AttributeError(name)
        return self._fail_with_undefined_error()
    __add__ = __radd__ = __sub__ = __rsub__ = _fail_with_undefined_error
    __mul__ = __rmul__ = __div__ = __rdiv__ = _fail_with_undefined_error
    __truediv__ = __rtruediv__ = _fail_with_undefined_error
    __floordiv__ = __rfloordiv__ = _fail_with_undefined_error
    __mod__ = __rmod__ = _fail_with_undefined_error
    __pos__ = __neg__ = _fail_with_undefined_error
    __call__ = __getitem__ = _fail_with_undefined_error
    __lt__ = __le__ = __gt__ = __ge__ = _fail_with_undefined_error
    __int__ = __float__ = __complex__ = _fail_with_undefined_error
    __pow__ = __rpow__ = _fail_with_undefined_error

    def __eq__(self, other: t.Any) -> bool:
        return type(self) is type(other)

    def __ne__(self, other: t.Any) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return id(type(self))

    def __str__(self) -> str:
        return ''

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> t.Iterator[t.Any]:
        yield from ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return 'Undefined'

class StrictUndefined(Undefined):
    __slots__ = ()
    __iter__ = __str__ = __len__ = Undefined._fail_with_undefined_error
    __eq__ = __ne__ = __bool__ = __hash__ = Undefined._fail_with_undefined_error
    __contains__ = Undefined._fail_with_undefined_error

def ignore_case(value: V) -> V:
    if isinstance(value, str):
        return t.cast(V, value.lower())
    return value

def make_attrgetter(environment: Environment, attribute: str | int | None, postprocess: t.Callable[[t.Any], t.Any] | None=None, default: t.Any | None=None) -> t.Callable[[t.Any], t.Any]:
    parts = _prepare_attribute_parts(attribute)

    def attrgetter(item: t.Any) -> t.Any:
        for part in parts:
            item = environment.getitem(item, part)
            if default is not None and isinstance(item, Undefined):
                item = default
        if postprocess is not None:
            item = postprocess(item)
        return item
    return attrgetter

def make_multi_attrgetter(environment: Environment, attribute: str | int | None, postprocess: t.Callable[[t.Any], t.Any] | None=None) -> t.Callable[[t.Any], list[t.Any]]:
    if isinstance(attribute, str):
        split: t.Sequence[str | int | None] = attribute.split(',')
    else:
        split = [attribute]
    parts = [_prepare_attribute_parts(item) for item in split]

    def attrgetter(item: t.Any) -> list[t.Any]:
        items = [None] * len(parts)
        for i, attribute_part in enumerate(parts):
            item_i = item
            for part in attribute_part:
                item_i = environment.getitem(item_i, part)
            if postprocess is not None:
                item_i = postprocess(item_i)
            items[i] = item_i
        return items
    return attrgetter

def _prepare_attribute_parts(attr: str | int | None) -> list[str | int]:
    if attr is None:
        return []
    if isinstance(attr, str):
        return [int(x) if x.isdigit() else x for x in attr.split('.')]
    return [attr]

@pass_environment
def sync_do_first(environment: Environment, seq: t.Iterable[V]) -> V | Undefined:
    try:
        return next(iter(seq))
    except StopIteration:
        return environment.undefined('No first item, sequence was empty.')

def do_int(value: t.Any, default: int=0, base: int=10) -> int:
    try:
        if isinstance(value, str):
            return int(value, base)
        return int(value)
    except (TypeError, ValueError):
        try:
            return int(float(value))
        except (TypeError, ValueError, OverflowError):
            return default

@pass_eval_context
def do_replace(eval_ctx: EvalContext, s: str, old: str, new: str, count: int | None=None) -> str:
    if count is None:
        count = -1
    if not eval_ctx.autoescape:
        return str(s).replace(str(old), str(new), count)
    if hasattr(old, '__html__') or (hasattr(new, '__html__') and (not hasattr(s, '__html__'))):
        s = escape(s)
    else:
        s = soft_str(s)
    return s.replace(soft_str(old), soft_str(new), count)

@pass_environment
def do_sort(environment: Environment, value: t.Iterable[V], reverse: bool=False, case_sensitive: bool=False, attribute: str | int | None=None) -> list[V]:
    key_func = make_multi_attrgetter(environment, attribute, postprocess=ignore_case if not case_sensitive else None)
    return sorted(value, key=key_func, reverse=reverse)

@pass_environment
def sync_do_unique(environment: Environment, value: t.Iterable[V], case_sensitive: bool=False, attribute: str | int | None=None) -> t.Iterator[V]:
    getter = make_attrgetter(environment, attribute, postprocess=ignore_case if not case_sensitive else None)
    seen = set()
    for item in value:
        key = getter(item)
        if key not in seen:
            seen.add(key)
            yield item

def _min_or_max(environment: Environment, value: t.Iterable[V], func: t.Callable[..., V], case_sensitive: bool, attribute: str | int | None) -> V | Undefined:
    it = iter(value)
    try:
        first = next(it)
    except StopIteration:
        return environment.undefined('No aggregated item, sequence was empty.')
    key_func = make_attrgetter(environment, attribute, postprocess=ignore_case if not case_sensitive else None)
    return func(chain([first], it), key=key_func)

@pass_environment
def do_min(environment: Environment, value: t.Iterable[V], case_sensitive: bool=False, attribute: str | int | None=None) -> V | Undefined:
    return _min_or_max(environment, value, min, case_sensitive, attribute)

@pass_environment
def do_max(environment: Environment, value: t.Iterable[V], case_sensitive: bool=False, attribute: str | int | None=None) -> V | Undefined:
    return _min_or_max(environment, value, max, case_sensitive, attribute)

@pass_eval_context
def sync_do_join(eval_ctx: EvalContext, value: t.Iterable[t.Any], d: str='', attribute: str | int | None=None) -> str:
    if attribute is not None:
        value = map(make_attrgetter(eval_ctx.environment, attribute), value)
    if not eval_ctx.autoescape:
        return str(d).join(map(str, value))
    if not hasattr(d, '__html__'):
        value = list(value)
        do_escape = False
        for idx, item in enumerate(value):
            if hasattr(item, '__html__'):
                do_escape = True
            else:
                value[idx] = str(item)
        if do_escape:
            d = escape(d)
        else:
            d = str(d)
        return d.join(value)
    return soft_str(d).join(map(soft_str, value))

def do_trim(value: str, chars: str | None=None) -> str:
    return soft_str(value).strip(chars)

def do_batch(value: t.Iterable[V], linecount: int, fill_with: V | None=None) -> t.Iterator[list[V]]:
    tmp: list[V] = []
    for item in value:
        if len(tmp) == linecount:
            yield tmp
            tmp = []
        tmp.append(item)
    if tmp:
        if fill_with is not None and len(tmp) < linecount:
            tmp += [fill_with] * (linecount - len(tmp))
        yield tmp

@pass_environment
def sync_do_sum(environment: Environment, iterable: t.Iterable[V], attribute: str | int | None=None, start: V=0) -> V:  # type: ignore[assignment]
    if attribute is not None:
        iterable = map(make_attrgetter(environment, attribute), iterable)
    return sum(iterable, start)  # type: ignore[call-overload]

def sync_do_list(value: t.Iterable[V]) -> list[V]:
    return list(value)

def do_reverse(value: str | t.Iterable[V]) -> str | t.Iterable[V]:
    if isinstance(value, str):
        return value[::-1]
    try:
        return reversed(value)  # type: ignore[call-overload]
    except TypeError:
        try:
            rv = list(value)
            rv.reverse()
            return rv
        except TypeError as e:
            raise FilterArgumentError('argument must be iterable') from e

@pass_context
def sync_do_map(context: Context, value: t.Iterable[t.Any], *args: t.Any, **kwargs: t.Any) -> t.Iterable[t.Any]:
    if value:
        func = prepare_map(context, args, kwargs)
        for item in value:
            yield func(item)

@pass_context
def sync_do_select(context: Context, value: t.Iterable[V], *args: t.Any, **kwargs: t.Any) -> t.Iterator[V]:
    return select_or_reject(context, value, args, kwargs, lambda x: x, False)

@pass_context
def sync_do_reject(context: Context, value: t.Iterable[V], *args: t.Any, **kwargs: t.Any) -> t.Iterator[V]:
    return select_or_reject(context, value, args, kwargs, lambda x: not x, False)

@pass_context
def sync_do_selectattr(context: Context, value: t.Iterable[V], *args: t.Any, **kwargs: t.Any) -> t.Iterator[V]:
    return select_or_reject(context, value, args, kwargs, lambda x: x, True)

@pass_context
def sync_do_rejectattr(context: Context, value: t.Iterable[V], *args: t.Any, **kwargs: t.Any) -> t.Iterator[V]:
    return select_or_reject(context, value, args, kwargs, lambda x: not x, True)

def prepare_map(context: Context, args: tuple[t.Any, ...], kwargs: dict[str, t.Any]) -> t.Callable[[t.Any], t.Any]:
    if not args and 'attribute' in kwargs:
        attribute = kwargs.pop('attribute')
        default = kwargs.pop('default', None)
        if kwargs:
            raise FilterArgumentError(f'Unexpected keyword argument {next(iter(kwargs))!r}')
        func = make_attrgetter(context.environment, attribute, default=default)
    else:
        try:
            name = args[0]
            args = args[1:]
        except LookupError:
            raise FilterArgumentError('map requires a filter argument') from None

        def func(item: t.Any) -> t.Any:
            return context.environment.call_filter(name, item, args, kwargs, context=context)
    return func

def prepare_select_or_reject(context: Context, args: tuple[t.Any, ...], kwargs: dict[str, t.Any], modfunc: t.Callable[[t.Any], t.Any], lookup_attr: bool) -> t.Callable[[t.Any], t.Any]:
    if lookup_attr:
        try:
            attr = args[0]
        except LookupError:
            raise FilterArgumentError('Missing parameter for attribute name') from None
        transfunc = make_attrgetter(context.environment, attr)
        off = 1
    else:
        off = 0

        def transfunc(x: V) -> V:
            return x
    try:
        name = args[off]
        args = args[1 + off:]

        def func(item: t.Any) -> t.Any:
            return context.environment.call_test(name, item, args, kwargs, context)
    except LookupError:
        func = bool  # type: ignore[assignment]
    return lambda item: modfunc(func(transfunc(item)))

def select_or_reject(context: Context, value: t.Iterable[V], args: tuple[t.Any, ...], kwargs: dict[str, t.Any], modfunc: t.Callable[[t.Any], t.Any], lookup_attr: bool) -> t.Iterator[V]:
    if value:
        func = prepare_select_or_reject(context, args, kwargs, modfunc, lookup_attr)
        for item in value:
            if func(item):
                yield item

def safe_range(*args: int) -> range:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise OverflowError(f'Range too big. The sandbox blocks ranges larger than MAX_RANGE ({MAX_RANGE}).')
    return rng

def is_internal_attribute(obj: t.Any, attr: str) -> bool:
    if isinstance(obj, types.FunctionType):
        if attr in UNSAFE_FUNCTION_ATTRIBUTES:
            return True
    elif isinstance(obj, types.MethodType):
        if attr in UNSAFE_FUNCTION_ATTRIBUTES or attr in UNSAFE_METHOD_ATTRIBUTES:
            return True
    elif isinstance(obj, type):
        if attr == 'mro':
            return True
    elif isinstance(obj, (types.CodeType, types.TracebackType, types.FrameType)):
        return True
    elif isinstance(obj, types.GeneratorType):
        if attr in UNSAFE_GENERATOR_ATTRIBUTES:
            return True
    elif hasattr(types, 'CoroutineType') and isinstance(obj, types.CoroutineType):
        if attr in UNSAFE_COROUTINE_ATTRIBUTES:
            return True
    elif hasattr(types, 'AsyncGeneratorType') and isinstance(obj, types.AsyncGeneratorType):
        if attr in UNSAFE_ASYNC_GENERATOR_ATTRIBUTES:
            return True
    return attr.startswith('__')



# ---- the environment (Jinja2's Environment and SandboxedEnvironment, as make_environment sets them up)

_word_beginning_split_re = re.compile(r"([-\s({\[<]+)")
_word_re = re.compile(r"\w+")


def test_odd(value: int) -> bool:
    return value % 2 == 1

def test_even(value: int) -> bool:
    return value % 2 == 0

def test_divisibleby(value: int, num: int) -> bool:
    return value % num == 0

def test_defined(value: t.Any) -> bool:
    return not isinstance(value, Undefined)

def test_undefined(value: t.Any) -> bool:
    return isinstance(value, Undefined)

@pass_environment
def test_filter(env: Environment, value: str) -> bool:
    return value in env.filters

@pass_environment
def test_test(env: Environment, value: str) -> bool:
    return value in env.tests

def test_none(value: t.Any) -> bool:
    return value is None

def test_boolean(value: t.Any) -> bool:
    return value is True or value is False

def test_false(value: t.Any) -> bool:
    return value is False

def test_true(value: t.Any) -> bool:
    return value is True

def test_integer(value: t.Any) -> bool:
    return isinstance(value, int) and value is not True and (value is not False)

def test_float(value: t.Any) -> bool:
    return isinstance(value, float)

def test_lower(value: str) -> bool:
    return str(value).islower()

def test_upper(value: str) -> bool:
    return str(value).isupper()

def test_string(value: t.Any) -> bool:
    return isinstance(value, str)

def test_mapping(value: t.Any) -> bool:
    return isinstance(value, abc.Mapping)

def test_number(value: t.Any) -> bool:
    return isinstance(value, Number)

def test_sequence(value: t.Any) -> bool:
    try:
        len(value)
        value.__getitem__  # noqa: B018
    except Exception:
        return False
    return True

def test_iterable(value: t.Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True

def test_sameas(value: t.Any, other: t.Any) -> bool:
    return value is other

def test_escaped(value: t.Any) -> bool:
    return hasattr(value, '__html__')

def test_in(value: t.Any, seq: t.Container[t.Any]) -> bool:
    return value in seq

@pass_environment
def do_last(environment: Environment, seq: t.Reversible[V]) -> V | Undefined:
    try:
        return next(iter(reversed(seq)))
    except StopIteration:
        return environment.undefined('No last item, sequence was empty.')

def do_float(value: t.Any, default: float=0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default

def do_round(value: float, precision: int=0, method: te.Literal["common", "ceil", "floor"]='common') -> float:
    if method not in {'common', 'ceil', 'floor'}:
        raise FilterArgumentError('method must be common, ceil or floor')
    if method == 'common':
        return round(value, precision)
    func = getattr(math, method)
    return t.cast(float, func(value * 10 ** precision) / 10 ** precision)

def do_default(value: V, default_value: V='', boolean: bool=False) -> V:  # type: ignore[assignment]
    if isinstance(value, Undefined) or (boolean and (not value)):
        return default_value
    return value

def do_lower(s: str) -> str:
    return soft_str(s).lower()

def do_upper(s: str) -> str:
    return soft_str(s).upper()

def do_title(s: str) -> str:
    return ''.join([item[0].upper() + item[1:].lower() for item in _word_beginning_split_re.split(soft_str(s)) if item])

def do_capitalize(s: str) -> str:
    return soft_str(s).capitalize()

def do_items(value: t.Mapping[K, V] | Undefined) -> t.Iterator[tuple[K, V]]:
    if isinstance(value, Undefined):
        return
    if not isinstance(value, abc.Mapping):
        raise TypeError('Can only get item pairs from a mapping.')
    yield from value.items()

def do_wordcount(s: str) -> int:
    return len(_word_re.findall(soft_str(s)))

def do_center(value: str, width: int=80) -> str:
    return soft_str(value).center(width)

def do_dictsort(value: t.Mapping[K, V], case_sensitive: bool=False, by: te.Literal["key", "value"]='key', reverse: bool=False) -> list[tuple[K, V]]:
    if by == 'key':
        pos = 0
    elif by == 'value':
        pos = 1
    else:
        raise FilterArgumentError('You can only sort by either "key" or "value"')

    def sort_func(item: tuple[t.Any, t.Any]) -> t.Any:
        value = item[pos]
        if not case_sensitive:
            value = ignore_case(value)
        return value
    return sorted(value.items(), key=sort_func, reverse=reverse)


@pass_eval_context
def do_list(eval_ctx: EvalContext, value: t.Iterable[V]) -> list[V]:
    """(Jinja2 registers an async-aware wrapper of sync_do_list, which takes the evaluation context and drops it.)"""
    return sync_do_list(value)


def _unsupported(*args: t.Any, **kwargs: t.Any) -> t.Any:
    raise Unsupported("a global this runtime does not have")


# Jinja2's filters (as it registers them: the same name, the same first argument) that are copied; a template using
# another is rendered by Jinja2 (run_code's check, or for a name given to map/select/reject, the render's fallback).
FILTERS: dict[str, Callable[..., t.Any]] = {
    "abs": abs, "batch": do_batch, "capitalize": do_capitalize, "center": do_center, "count": len, "d": do_default,
    "default": do_default, "dictsort": do_dictsort, "first": sync_do_first, "float": do_float, "int": do_int,
    "items": do_items, "join": sync_do_join, "last": do_last, "length": len, "list": do_list, "lower": do_lower,
    "map": sync_do_map, "max": do_max, "min": do_min, "reject": sync_do_reject, "rejectattr": sync_do_rejectattr,
    "replace": do_replace, "reverse": do_reverse, "round": do_round, "select": sync_do_select,
    "selectattr": sync_do_selectattr, "sort": do_sort, "string": soft_str, "sum": sync_do_sum, "title": do_title,
    "trim": do_trim, "unique": sync_do_unique, "upper": do_upper, "wordcount": do_wordcount,
}
# all of Jinja2's tests
TESTS: dict[str, Callable[..., t.Any]] = {
    "odd": test_odd, "even": test_even, "divisibleby": test_divisibleby, "defined": test_defined,
    "undefined": test_undefined, "filter": test_filter, "test": test_test, "none": test_none, "boolean": test_boolean,
    "false": test_false, "true": test_true, "integer": test_integer, "float": test_float, "lower": test_lower,
    "upper": test_upper, "string": test_string, "mapping": test_mapping, "number": test_number,
    "sequence": test_sequence, "iterable": test_iterable, "callable": callable, "sameas": test_sameas,
    "escaped": test_escaped, "in": test_in, "==": operator.eq, "eq": operator.eq, "equalto": operator.eq,
    "!=": operator.ne, "ne": operator.ne, ">": operator.gt, "gt": operator.gt, "greaterthan": operator.gt,
    "ge": operator.ge, ">=": operator.ge, "<": operator.lt, "lt": operator.lt, "lessthan": operator.lt,
    "<=": operator.le, "le": operator.le,
}


class Environment:
    """What the compiled code and the pieces above ask of Jinja2's sandboxed environment made by make_environment
    (StrictUndefined, no autoescaping, not async), with templating._Sandbox's attribute check kept per type."""

    sandboxed = True
    is_async = False
    autoescape = False
    undefined = StrictUndefined
    context_class = Context

    def __init__(self, load: Callable[[Environment, str], Template]) -> None:
        self.filters = dict(FILTERS)
        self.tests = dict(TESTS)
        # Jinja2's DEFAULT_NAMESPACE, range replaced by the sandbox's (lipsum, cycler and joiner: not copied)
        self.globals: dict[str, t.Any] = {"range": safe_range, "dict": dict, "lipsum": _unsupported,
                                          "cycler": _unsupported, "joiner": _unsupported, "namespace": Namespace}
        self.concat = concat
        self._load = load
        self._templates: dict[str, Template] = {}
        self._safe: dict[tuple[type, str], bool] = {}

    def get_template(self, name: str, parent: str | None = None) -> Template:
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self._load(self, name)
        return template

    def wrap_str_format(self, value: t.Any) -> t.Any:
        if isinstance(value, (types.MethodType, types.BuiltinMethodType)) and value.__name__ in ("format", "format_map"):
            raise Unsupported("str.format in a template")        # here: Jinja2's sandboxed formatter is not copied
        return None

    def getattr(self, obj: t.Any, attribute: str) -> t.Any:
        """templating._Sandbox.getattr: SandboxedEnvironment.getattr with the safety of an attribute kept per type."""
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return self._sandbox_getattr(obj, attribute)
        if isinstance(value, (types.MethodType, types.BuiltinMethodType)) and value.__name__ in ("format", "format_map"):
            return self._sandbox_getattr(obj, attribute)
        key = (type(obj), attribute)
        safe = self._safe.get(key)
        if safe is None:
            safe = self._safe[key] = self.is_safe_attribute(obj, attribute, value)
        return value if safe else self.unsafe_undefined(obj, attribute)

    def is_safe_attribute(self, obj: t.Any, attr: str, value: t.Any) -> bool:
        return not (attr.startswith('_') or is_internal_attribute(obj, attr))

    def is_safe_callable(self, obj: t.Any) -> bool:
        return not (getattr(obj, 'unsafe_callable', False) or getattr(obj, 'alters_data', False))

    def getitem(self, obj: t.Any, argument: str | t.Any) -> t.Any | Undefined:
        try:
            return obj[argument]
        except (TypeError, LookupError):
            if isinstance(argument, str):
                try:
                    attr = str(argument)
                except Exception:
                    pass
                else:
                    try:
                        value = getattr(obj, attr)
                    except AttributeError:
                        pass
                    else:
                        fmt = self.wrap_str_format(value)
                        if fmt is not None:
                            return fmt
                        if self.is_safe_attribute(obj, argument, value):
                            return value
                        return self.unsafe_undefined(obj, argument)
        return self.undefined(obj=obj, name=argument)

    def _sandbox_getattr(self, obj: t.Any, attribute: str) -> t.Any | Undefined:
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            try:
                return obj[attribute]
            except (TypeError, LookupError):
                pass
        else:
            fmt = self.wrap_str_format(value)
            if fmt is not None:
                return fmt
            if self.is_safe_attribute(obj, attribute, value):
                return value
            return self.unsafe_undefined(obj, attribute)
        return self.undefined(obj=obj, name=attribute)

    def unsafe_undefined(self, obj: t.Any, attribute: str) -> Undefined:
        return self.undefined(f'access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe.', name=attribute, obj=obj, exc=SecurityError)

    def call(__self, __context: Context, __obj: t.Any, *args: t.Any, **kwargs: t.Any) -> t.Any:
        if not __self.is_safe_callable(__obj):
            raise SecurityError(f'{__obj!r} is not safely callable')
        return __context.call(__obj, *args, **kwargs)

    def _filter_test_common(self, name: str | Undefined, value: t.Any, args: t.Sequence[t.Any] | None, kwargs: t.Mapping[str, t.Any] | None, context: Context | None, eval_ctx: EvalContext | None, is_filter: bool) -> t.Any:
        if is_filter:
            env_map = self.filters
            type_name = 'filter'
        else:
            env_map = self.tests
            type_name = 'test'
        func = env_map.get(name)  # type: ignore[arg-type]
        if func is None:
            msg = f'No {type_name} named {name!r}.'
            if isinstance(name, Undefined):
                try:
                    name._fail_with_undefined_error()
                except Exception as e:
                    msg = f'{msg} ({e}; did you forget to quote the callable name?)'
            raise TemplateRuntimeError(msg)
        args = [value, *(args if args is not None else ())]
        kwargs = kwargs if kwargs is not None else {}
        pass_arg = _PassArg.from_obj(func)
        if pass_arg is _PassArg.context:
            if context is None:
                raise TemplateRuntimeError(f'Attempted to invoke a context {type_name} without context.')
            args.insert(0, context)
        elif pass_arg is _PassArg.eval_context:
            if eval_ctx is None:
                if context is not None:
                    eval_ctx = context.eval_ctx
                else:
                    eval_ctx = EvalContext(self)
            args.insert(0, eval_ctx)
        elif pass_arg is _PassArg.environment:
            args.insert(0, self)
        return func(*args, **kwargs)

    def call_filter(self, name: str, value: t.Any, args: t.Sequence[t.Any] | None=None, kwargs: t.Mapping[str, t.Any] | None=None, context: Context | None=None, eval_ctx: EvalContext | None=None) -> t.Any:
        return self._filter_test_common(name, value, args, kwargs, context, eval_ctx, True)

    def call_test(self, name: str, value: t.Any, args: t.Sequence[t.Any] | None=None, kwargs: t.Mapping[str, t.Any] | None=None, context: Context | None=None, eval_ctx: EvalContext | None=None) -> t.Any:
        return self._filter_test_common(name, value, args, kwargs, context, eval_ctx, False)

class Template:
    """A compiled template run here (Jinja2's Template as templating._ConfinedLoader.load makes it)."""

    def __init__(self, environment: Environment, namespace: dict[str, t.Any]) -> None:
        self.environment = environment
        self.globals: t.MutableMapping[str, t.Any] = collections_chainmap({}, environment.globals)
        self.name = namespace["name"]
        self.filename = namespace["__file__"]
        self.blocks = namespace["blocks"]
        self.root_render_func = namespace["root"]
        self._module: TemplateModule | None = None

    def render(self, *args: t.Any, **kwargs: t.Any) -> str:
        ctx = self.new_context(dict(*args, **kwargs))
        return self.environment.concat(self.root_render_func(ctx))

    def new_context(self, vars: dict[str, t.Any] | None=None, shared: bool=False, locals: t.Mapping[str, t.Any] | None=None) -> Context:
        return new_context(self.environment, self.name, self.blocks, vars, shared, self.globals, locals)

    def make_module(self, vars: dict[str, t.Any] | None=None, shared: bool=False, locals: t.Mapping[str, t.Any] | None=None) -> TemplateModule:
        ctx = self.new_context(vars, shared, locals)
        return TemplateModule(self, ctx)

    @internalcode
    def _get_default_module(self, ctx: Context | None=None) -> TemplateModule:
        if ctx is not None:
            keys = ctx.globals_keys - self.globals.keys()
            if keys:
                return self.make_module({k: ctx.parent[k] for k in keys})
        if self._module is None:
            self._module = self.make_module()
        return self._module


class TemplateModule:

    def __init__(self, template: Template, context: Context, body_stream: t.Iterable[str] | None=None) -> None:
        if body_stream is None:
            body_stream = list(template.root_render_func(context))
        self._body_stream = body_stream
        self.__dict__.update(context.get_exported())
        self.__name__ = template.name

    def __html__(self) -> t.Any:
        return Markup(concat(self._body_stream))

    def __str__(self) -> str:
        return concat(self._body_stream)

    def __repr__(self) -> str:
        if self.__name__ is None:
            name = f'memory:{id(self):x}'
        else:
            name = repr(self.__name__)
        return f'<{type(self).__name__} {name}>'


from collections import ChainMap as collections_chainmap  # noqa: E402


def _import(name: str, globals: t.Any = None, locals: t.Any = None, fromlist: t.Any = (), level: int = 0) -> t.Any:
    """The compiled code's ``from jinja2.runtime import …``, answered by this module."""
    if name == "jinja2.runtime" and level == 0:
        return sys.modules[__name__]
    return builtins.__import__(name, globals, locals, fromlist, level)


_BUILTINS = {**builtins.__dict__, "__import__": _import}


def run_code(environment: Environment, code: types.CodeType, filename: str) -> Template:
    """The template whose compiled ``code`` (a module of compose/compiled) was read from ``filename``, and the templates
    it imports loaded; Unsupported, before any of it runs, when it needs what is not here (see ``needs``)."""
    constants = _constants(code)
    lacking = needs(constants)
    if lacking:
        raise Unsupported(", ".join(sorted(lacking)))
    namespace: dict[str, t.Any] = {"__builtins__": _BUILTINS, "environment": environment, "__file__": filename}
    exec(code, namespace)
    if namespace.get("blocks"):
        raise Unsupported("blocks")          # (template inheritance: BlockReference is not copied)
    for other in sorted(c for c in constants if c.endswith(".j2") and c != namespace.get("name")):
        environment.get_template(other)      # an imported template's needs are known before this one runs
    return Template(environment, namespace)


# What the compiled code says it needs, in its string constants: Jinja2's compiler gives each filter and test a
# template uses the message "No filter named 'x' found." (raised if the environment has none), and names a global,
# an attribute read (str.format, which the sandbox wraps) and an imported template as constants.
_FILTER = re.compile(r"No (filter|test) named '(.*)' found\.", re.DOTALL)
_NOT_HERE = frozenset({"format", "format_map", "lipsum", "cycler", "joiner"})


def needs(constants: set[str]) -> set[str]:
    """What of ``constants`` (a compiled template's) this runtime does not do: filters and tests not copied, ``str.format``,
    and the globals lipsum, cycler and joiner."""
    lacking = constants & _NOT_HERE
    for c in constants:
        if c.startswith("No "):
            found = _FILTER.fullmatch(c)
            if found and found.group(2) not in (FILTERS if found.group(1) == "filter" else TESTS):
                lacking.add(f"{found.group(1)} {found.group(2)}")
    return lacking


def _constants(code: types.CodeType) -> set[str]:
    """The string constants of ``code`` and of every function in it."""
    out: set[str] = set()
    todo = [code]
    while todo:
        for c in todo.pop().co_consts:
            if isinstance(c, str):
                out.add(c)
            elif isinstance(c, types.CodeType):
                todo.append(c)
    return out
